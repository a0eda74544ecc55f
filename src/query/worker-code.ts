// The code each engine worker runs (plain JS, evaluated as the worker's script) and the messages it
// exchanges with the main thread: it loads the data into an Oxigraph store, says it is ready, then
// answers one query per message.
import type { JsonQuad } from './terms.js';

// Plain JS because a worker cannot load .ts sources under tsx or vitest.
export const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const { isUtf8 } = require('node:buffer');
// Oxigraph makes its WebAssembly instance as it loads: keep its memory, whose size is reported after each query.
const Instance = WebAssembly.Instance;
let memory = null;
WebAssembly.Instance = function (module, imports) {
  const instance = new Instance(module, imports);
  if (instance.exports.memory instanceof WebAssembly.Memory) memory = instance.exports.memory;
  return instance;
};
let ox;
try { ox = require(workerData.oxigraphPath); } finally { WebAssembly.Instance = Instance; }
const wasmBytes = () => (memory ? memory.buffer.byteLength : 0);
const store = new ox.Store();
let failed = null;
// Each input is given to Oxigraph as text, 4 MB at a time (cut between characters), in one load and so
// one transaction: at 954,145 triples that took 3.1 s and 302 MB of WebAssembly memory, against 5.2-5.5 s
// and 368 MB for the same bytes as one Uint8Array and 5.6 s as one string (no_transaction was slower
// still). Bytes that are not UTF-8 go as they are, for Oxigraph's own error.
const CHUNK = 4 << 20;
function* texts(bytes) {
  for (let at = 0; at < bytes.length;) {
    let end = Math.min(at + CHUNK, bytes.length);
    while (end < bytes.length && (bytes[end] & 0xc0) === 0x80) end--;
    yield bytes.toString('utf8', at, end);
    at = end;
  }
}
for (const { buffer, format, name } of workerData.inputs) {
  try {
    const bytes = Buffer.from(buffer);
    store.load(isUtf8(bytes) ? texts(bytes) : new Uint8Array(buffer), { format, lenient: true });
  } catch (e) {
    failed = { name, message: String(e && e.message || e) };
    break;
  }
}
// The default graph is the merge of all graphs: a triple stated in several graphs is one triple there,
// as in the Turtle export. When no triple is in two graphs (as in a corpus \`newskg build\` wrote), the
// union of the graphs is that merge, and queries read it as their default graph: nothing is copied.
// Otherwise (\`extract -o x.trig\` states an entity's label in the default graph and in each article's)
// every named graph is copied into the default graph, as the union would count such a triple once per
// graph; at a million triples that copy took 2.9 s. Whether two named graphs share a triple is asked of
// the store (1 to 1.5 s at a million triples) unless the build of the one corpus loaded said none do.
let union = false;
if (!failed) {
  union = !store.query('ASK { ?s ?p ?o . GRAPH ?g { ?s ?p ?o } }')
    && (workerData.disjointGraphs || !store.query('ASK { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s ?p ?o } FILTER(?a != ?b) }'));
  if (!union) {
    const graphs = JSON.parse(store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { } }', { results_format: 'application/sparql-results+json' })).results.bindings;
    for (const { g } of graphs) {
      if (g.type === 'uri' && !/[<>"{}|^\`\\\\\\s]/.test(g.value)) {
        try { store.update('ADD <' + g.value + '> TO DEFAULT'); continue; } catch { /* copied one by one below */ }
      }
      const name = g.type === 'uri' ? ox.namedNode(g.value) : ox.blankNode(g.value);
      for (const q of store.match(null, null, null, name)) store.add(ox.quad(q.subject, q.predicate, q.object, ox.defaultGraph()));
    }
  }
}
parentPort.postMessage(failed ? { ready: false, failed } : { ready: true, wasmBytes: wasmBytes() });
const term = (t) => t.termType === 'NamedNode' ? { type: 'uri', value: t.value }
  : t.termType === 'BlankNode' ? { type: 'bnode', value: t.value }
  : t.language ? { type: 'literal', value: t.value, 'xml:lang': t.language }
  : t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? { type: 'literal', value: t.value }
  : { type: 'literal', value: t.value, datatype: t.datatype.value };
// parses a query the user wrote, for its own syntax error: the empty store answers at once
const empty = new ox.Store();
parentPort.on('message', ({ id, text, plain, graph, maxRows, dataset }) => {
  // a query that names its graphs (FROM, FROM NAMED) reads those: Oxigraph's union option would replace them
  const options = { use_default_graph_as_union: union && !dataset };
  try {
    if (graph) {
      const quads = store.query(text, options);
      const kept = quads.slice(0, maxRows).map((q) => ({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }));
      parentPort.postMessage({ id, ok: true, quads: kept, truncated: quads.length > maxRows, wasmBytes: wasmBytes() });
    } else {
      parentPort.postMessage({ id, ok: true, json: store.query(text, { ...options, results_format: 'application/sparql-results+json' }), wasmBytes: wasmBytes() });
    }
  } catch (e) {
    let message = String(e && e.message || e);
    // the row limit added to the text must not move or change the user's syntax error
    if (plain !== text && /^error at /.test(message)) {
      try { empty.query(plain); } catch (p) { message = String(p && p.message || p); }
    }
    // a trap of the WebAssembly engine leaves its memory broken: the worker must be replaced
    const broken = e instanceof WebAssembly.RuntimeError || /memory access out of bounds|unreachable|stack overflow/i.test(message);
    const exhausted = broken || e instanceof RangeError || /out of memory|memory allocation|capacity overflow|invalid string length|array buffer allocation/i.test(message);
    parentPort.postMessage({ id, ok: false, broken, exhausted, message, wasmBytes: wasmBytes() });
  }
});
`;

/** What every worker is given: where Oxigraph is, and the data's bytes (shared, so never copied). */
export interface WorkerData {
  oxigraphPath: string;
  inputs: { buffer: ArrayBufferLike; format: string; name: string }[];
  /** The inputs are one corpus whose build found no triple in two of its named graphs (so the worker need not ask). */
  disjointGraphs: boolean;
}

/** One query for the worker: `plain` is `text` without the capped LIMIT, parsed again for the user's own syntax error. */
export interface WorkerRequest {
  id: number;
  text: string;
  plain: string;
  graph: boolean;
  maxRows: number;
  /** The query names its own graphs (FROM, FROM NAMED): its default graph is not the store's. */
  dataset: boolean;
}

export interface WorkerReply {
  id: number;
  ok: boolean;
  message?: string;
  json?: string;
  quads?: JsonQuad[];
  truncated?: boolean;
  /** The engine trapped; its memory cannot be trusted for another query. */
  broken?: boolean;
  /** The query ran out of memory (a trap, or an allocation the engine or V8 refused). */
  exhausted?: boolean;
  /** The worker's WebAssembly memory after the query. */
  wasmBytes: number;
}

export interface ReadyMessage { ready: boolean; wasmBytes?: number; failed?: { name: string; message: string } }

