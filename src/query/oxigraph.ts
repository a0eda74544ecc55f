// Oxigraph (Rust, compiled to WASM) runs queries synchronously, so a time limit
// needs a thread it can lose: the store lives in a worker, and a query that
// overruns is stopped by terminating that worker and loading a fresh one from
// the same shared bytes (N-Quads, and graph files as they were read).
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { Writer, type Quad } from 'n3';
import { UserError } from '../errors.js';
import { bindValues } from './bind.js';
import { queryForm } from './form.js';
import { explainSyntaxError, withPrefixes } from './prefixes.js';
import type { JsonQuad, JsonTerm } from './terms.js';
import {
  QueryResourceError, QuerySyntaxError, QueryTimeoutError,
  type QueryEngine, type QueryOptions, type QueryResult,
} from './types.js';

// Plain JS because a worker cannot load .ts sources under tsx or vitest.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
const ox = require(workerData.oxigraphPath);
const store = new ox.Store();
let failed = null;
for (const { buffer, format, name } of workerData.inputs) {
  try {
    store.load(new Uint8Array(buffer), { format, lenient: true, no_transaction: true });
  } catch (e) {
    failed = { name, message: String(e && e.message || e) };
    break;
  }
}
// The default graph becomes the merge of all graphs: a triple stated in several graphs is one triple
// there, as in the Turtle export (the union default graph would count it once per graph).
if (!failed) {
  const graphs = JSON.parse(store.query('SELECT DISTINCT ?g WHERE { GRAPH ?g { } }', { results_format: 'application/sparql-results+json' })).results.bindings;
  for (const { g } of graphs) {
    if (g.type === 'uri' && !/[<>"{}|^\`\\\\\\s]/.test(g.value)) {
      try { store.update('ADD <' + g.value + '> TO DEFAULT'); continue; } catch { /* copied one by one below */ }
    }
    const name = g.type === 'uri' ? ox.namedNode(g.value) : ox.blankNode(g.value);
    for (const q of store.match(null, null, null, name)) store.add(ox.quad(q.subject, q.predicate, q.object, ox.defaultGraph()));
  }
}
parentPort.postMessage(failed ? { ready: false, failed } : { ready: true, size: store.size });
const term = (t) => t.termType === 'NamedNode' ? { type: 'uri', value: t.value }
  : t.termType === 'BlankNode' ? { type: 'bnode', value: t.value }
  : t.language ? { type: 'literal', value: t.value, 'xml:lang': t.language }
  : t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? { type: 'literal', value: t.value }
  : { type: 'literal', value: t.value, datatype: t.datatype.value };
parentPort.on('message', ({ id, text, graph, maxRows }) => {
  try {
    if (graph) {
      const quads = store.query(text);
      const kept = quads.slice(0, maxRows).map((q) => ({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }));
      parentPort.postMessage({ id, ok: true, quads: kept, truncated: quads.length > maxRows });
    } else {
      parentPort.postMessage({ id, ok: true, json: store.query(text, { results_format: 'application/sparql-results+json' }) });
    }
  } catch (e) {
    // a trap of the WebAssembly engine leaves its memory broken: the worker must be replaced
    const broken = e instanceof WebAssembly.RuntimeError || /memory access out of bounds|unreachable|out of memory|stack overflow/i.test(String(e && e.message || e));
    parentPort.postMessage({ id, ok: false, broken, message: String(e && e.message || e) });
  }
});
`;

interface WorkerReply {
  id: number;
  ok: boolean;
  message?: string;
  json?: string;
  quads?: JsonQuad[];
  truncated?: boolean;
  /** The engine trapped; its memory cannot be trusted for another query. */
  broken?: boolean;
}

interface SparqlJson {
  head: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}

/** A graph file's bytes, parsed by Oxigraph itself: no JS quads, no N-Quads round trip. */
export interface RdfText {
  bytes: Uint8Array;
  /** A media type Oxigraph reads: text/turtle, application/trig, application/n-triples, application/n-quads. */
  format: string;
  /** The file it came from, for error messages. */
  name: string;
}

/** Shared, so every respawned worker reads the same bytes without a copy. */
export function sharedBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.buffer instanceof SharedArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return bytes;
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

export function toNQuadsBytes(quads: Iterable<Quad>): Uint8Array {
  return sharedBytes(new TextEncoder().encode(new Writer({ format: 'N-Quads' }).quadsToString([...quads])));
}

/** Loads `quads` (or ready N-Quads bytes) and then each of `texts`, in the worker. */
export async function createOxigraphEngine(quads: Iterable<Quad> | Uint8Array, texts: RdfText[] = []): Promise<QueryEngine> {
  const nquads = quads instanceof Uint8Array ? sharedBytes(quads) : toNQuadsBytes(quads);
  const inputs = [
    { buffer: nquads.buffer, format: 'application/n-quads', name: 'quads' },
    ...texts.map((t) => ({ buffer: sharedBytes(t.bytes).buffer, format: t.format, name: t.name })),
  ];
  const oxigraphPath = createRequire(import.meta.url).resolve('oxigraph');
  let worker: Worker;
  let ready: Promise<void>;
  let nextId = 0;
  const pending = new Map<number, (r: WorkerReply) => void>();
  // One query at a time: the worker is single-threaded anyway, and a timeout
  // must only ever kill the query it was set for.
  let queue: Promise<unknown> = Promise.resolve();

  const spawn = (): void => {
    worker = new Worker(WORKER_CODE, { eval: true, workerData: { oxigraphPath, inputs } });
    worker.unref();
    ready = new Promise((resolve, reject) => {
      worker.once('message', (m: { ready: boolean; failed?: { name: string; message: string } }) => {
        if (m.ready) return resolve();
        void worker.terminate();
        reject(new UserError(`newskg: ${m.failed!.name}: ${m.failed!.message}; fix the syntax or pass an article file`));
      });
      worker.once('error', reject);
    });
    worker.on('message', (r: WorkerReply & { ready?: boolean }) => {
      if (r.ready) return;
      pending.get(r.id)?.(r);
      pending.delete(r.id);
    });
  };
  spawn();
  await ready!;

  const run = async (text: string, options: QueryOptions): Promise<QueryResult> => {
    const form = queryForm(text);
    const full = withPrefixes(bindValues(text, options.bindings));
    const maxRows = options.maxRows ?? Number.MAX_SAFE_INTEGER;
    await ready;
    const id = nextId++;
    const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      pending.set(id, resolve);
      worker.postMessage({ id, text: full, graph, maxRows });
      if (options.timeoutMs !== undefined) {
        const timer = setTimeout(() => {
          if (!pending.delete(id)) return;
          void worker.terminate();
          spawn();
          reject(new QueryTimeoutError(`query: stopped after ${options.timeoutMs} ms; make the query more selective or raise the time limit`));
        }, options.timeoutMs);
        timer.unref();
      }
    });
    if (!reply.ok && reply.broken) {
      void worker.terminate();
      spawn();
      throw new QueryResourceError(`query: the engine ran out of room for this query (${reply.message}); it was restarted; simplify the query`);
    }
    if (!reply.ok) throw new QuerySyntaxError(explainSyntaxError(reply.message ?? 'query failed', text));
    if (graph) return { form, quads: reply.quads ?? [], truncated: reply.truncated ?? false };
    const json = JSON.parse(reply.json!) as SparqlJson;
    if (form === 'ASK') return { form, boolean: json.boolean === true };
    const rows = json.results?.bindings ?? [];
    return { form: 'SELECT', vars: json.head.vars ?? [], rows: rows.slice(0, maxRows), truncated: rows.length > maxRows };
  };

  return {
    name: 'oxigraph',
    query(text, options = {}) {
      const result = queue.then(() => run(text, options));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await worker.terminate();
    },
  };
}
