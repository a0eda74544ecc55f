// Oxigraph (Rust, compiled to WASM) runs queries synchronously, so a time limit
// needs a thread it can lose: the store lives in a worker, and a query that
// overruns is stopped by terminating that worker and loading a fresh one from
// the same shared bytes (N-Quads, and graph files as they were read).
//
// Memory is bounded the same way: a SELECT's LIMIT is capped at the row limit (limit.ts), the
// process's memory is sampled while a query runs and the worker is replaced when the query has
// taken more than its share, the worker's JS heap has a limit (resourceLimits), and a worker whose
// WebAssembly memory grew past a cap is replaced after its query (that memory never shrinks).
//
// With `quickLane`, a second worker answers the queries that are cheap by shape (shape.ts), so a
// line of slow queries in the main worker does not hold them up.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { Writer, type Quad } from 'n3';
import { UserError } from '../errors.js';
import { bindValues } from './bind.js';
import { queryForm } from './form.js';
import { capLimit } from './limit.js';
import { explainSyntaxError, withPrefixes } from './prefixes.js';
import { isCheapByShape } from './shape.js';
import type { JsonQuad, JsonTerm } from './terms.js';
import {
  DEFAULT_ENGINE_SETTINGS, QueryBusyError, QueryResourceError, QuerySyntaxError, QueryTimeoutError,
  type EngineSettings, type QueryEngine, type QueryForm, type QueryOptions, type QueryResult,
} from './types.js';

// Plain JS because a worker cannot load .ts sources under tsx or vitest.
const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
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
parentPort.postMessage(failed ? { ready: false, failed } : { ready: true, wasmBytes: wasmBytes() });
const term = (t) => t.termType === 'NamedNode' ? { type: 'uri', value: t.value }
  : t.termType === 'BlankNode' ? { type: 'bnode', value: t.value }
  : t.language ? { type: 'literal', value: t.value, 'xml:lang': t.language }
  : t.datatype.value === 'http://www.w3.org/2001/XMLSchema#string' ? { type: 'literal', value: t.value }
  : { type: 'literal', value: t.value, datatype: t.datatype.value };
// parses a query the user wrote, for its own syntax error: the empty store answers at once
const empty = new ox.Store();
parentPort.on('message', ({ id, text, plain, graph, maxRows }) => {
  try {
    if (graph) {
      const quads = store.query(text);
      const kept = quads.slice(0, maxRows).map((q) => ({ subject: term(q.subject), predicate: term(q.predicate), object: term(q.object) }));
      parentPort.postMessage({ id, ok: true, quads: kept, truncated: quads.length > maxRows, wasmBytes: wasmBytes() });
    } else {
      parentPort.postMessage({ id, ok: true, json: store.query(text, { results_format: 'application/sparql-results+json' }), wasmBytes: wasmBytes() });
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

interface WorkerReply {
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

interface ReadyMessage { ready: boolean; wasmBytes?: number; failed?: { name: string; message: string } }

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

const MB = 1024 * 1024;
/** How often the process's memory is sampled while a query runs. */
const SAMPLE_MS = 25;
/** Queries that overran the quick lane, remembered so they go straight to the main lane. */
const SLOW_REMEMBERED = 256;

/** One query, from admission to its answer. */
interface Job {
  /** The text the engine runs (prefixes, bound values, capped limit). */
  text: string;
  /** The same without the capped limit, parsed again for the user's own syntax error. */
  plain: string;
  /** The user's text: what the slow-query memory and error messages are about. */
  userText: string;
  graph: boolean;
  maxRows: number;
  timeoutMs?: number;
  /** When it must be answered by, set when it first starts running. */
  deadline?: number;
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

interface Running {
  job: Job;
  id: number;
  /** Process memory when the query started, and what other workers' loading has added since. */
  startRss: number;
  startMainJs: number;
  allowance: number;
  /** Another lane ran a query meanwhile, so the process's memory is not this query's alone. */
  shared: boolean;
  timer?: NodeJS.Timeout;
}

/** What a lane needs from its engine. */
interface LaneHost {
  readonly settings: EngineSettings;
  readonly workerData: { oxigraphPath: string; inputs: { buffer: ArrayBufferLike; format: string; name: string }[] };
  /** A worker of `lane` is about to load: queries running elsewhere get room for it. */
  spawning(lane: Lane): void;
  /** A worker of `lane` has loaded, `rss` bytes more than before it started. */
  loaded(lane: Lane, rss: number): void;
  /** `running` has started in `lane`. */
  started(lane: Lane, running: Running): void;
  /** A query overran the quick lane's budget with time left: the main lane takes it. */
  overranQuick(job: Job): void;
}

const timeoutError = (job: Job): QueryTimeoutError =>
  new QueryTimeoutError(`query: stopped after ${job.timeoutMs} ms; make the query more selective or raise the time limit`);

/** The JS memory of this (the main) thread, which is not the engine's. */
const mainJs = (): number => {
  const m = process.memoryUsage();
  return m.heapTotal + m.external;
};

/** Memory the process has taken since `running` started, less this thread's JS and other workers' loading. */
function queryMemory(running: Running, rss = process.memoryUsage.rss(), js = mainJs()): number {
  return rss - running.startRss - Math.max(0, js - running.startMainJs) - running.allowance;
}

/** One worker holding the store, and its line of queries. */
class Lane {
  private worker: Worker | undefined;
  private generation = 0;
  private nextId = 0;
  private closed = false;
  loaded = false;
  private loadedWasm = 0;
  running: Running | undefined;
  readonly waiting: Job[] = [];

  constructor(readonly name: 'main' | 'quick', private readonly host: LaneHost) {}

  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  /** Starts a worker; resolves once it has loaded the data. */
  spawn(): Promise<void> {
    const generation = ++this.generation;
    this.loaded = false;
    this.host.spawning(this);
    const rssBefore = process.memoryUsage.rss();
    const worker = new Worker(WORKER_CODE, {
      eval: true, workerData: this.host.workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.host.settings.workerHeapMb },
    });
    // a loading worker keeps the process alive (the CLI awaits it); once idle it does not
    this.worker = worker;
    return new Promise((resolve, reject) => {
      const gone = (why: string): void => {
        if (generation !== this.generation) return;
        if (!this.loaded) {
          this.generation++;
          reject(new QueryResourceError(`query: the engine stopped while loading the data (${why})`));
        } else this.died(why);
      };
      worker.on('message', (m: WorkerReply | ReadyMessage) => {
        if (generation !== this.generation) return;
        if ('ready' in m) {
          if (!m.ready) {
            this.generation++;
            void worker.terminate();
            return reject(new UserError(`newskg: ${m.failed!.name}: ${m.failed!.message}; fix the syntax or pass an article file`));
          }
          this.loaded = true;
          this.loadedWasm = m.wasmBytes ?? 0;
          if (!this.running) worker.unref();
          this.host.loaded(this, process.memoryUsage.rss() - rssBefore);
          resolve();
          this.pump();
          return;
        }
        this.reply(m);
      });
      worker.on('error', (e: Error) => gone(e.message));
      worker.on('exit', (code: number) => gone(`its thread ended with code ${code}`));
    });
  }

  /** A fresh worker for a broken, overgrown or stopped one; resolves when the old one is gone. */
  private replace(): Promise<void> {
    const old = this.worker;
    if (this.closed) return Promise.resolve();
    this.respawn();
    return old ? old.terminate().then(() => undefined) : Promise.resolve();
  }

  /** A new worker; if it cannot load, the queries waiting for it fail, and the next query tries again. */
  private respawn(): void {
    this.spawn().catch((e: Error) => {
      this.worker = undefined;
      for (const job of this.waiting.splice(0)) job.reject(e instanceof QueryResourceError ? e : new QueryResourceError(`query: the engine could not be restarted (${e.message})`));
    });
  }

  enqueue(job: Job): void {
    this.waiting.push(job);
    if (!this.worker && !this.closed) this.respawn();
    this.pump();
  }

  private pump(): void {
    while (!this.running && this.loaded && this.waiting.length) this.start(this.waiting.shift()!);
  }

  private start(job: Job): void {
    job.deadline ??= job.timeoutMs === undefined ? undefined : Date.now() + job.timeoutMs;
    const left = job.deadline === undefined ? undefined : job.deadline - Date.now();
    if (left !== undefined && left <= 0) return job.reject(timeoutError(job));
    const budget = this.name === 'quick' ? this.host.settings.quickLaneMs : undefined;
    const wait = left === undefined ? budget : budget === undefined ? left : Math.min(left, budget);
    const running: Running = { job, id: this.nextId++, startRss: process.memoryUsage.rss(), startMainJs: mainJs(), allowance: 0, shared: false };
    if (wait !== undefined) running.timer = setTimeout(() => this.overran(running), wait);
    this.running = running;
    // a running query keeps the process alive; an idle worker does not
    this.worker!.ref();
    this.worker!.postMessage({ id: running.id, text: job.text, plain: job.plain, graph: job.graph, maxRows: job.maxRows });
    this.host.started(this, running);
  }

  private finish(running: Running): void {
    clearTimeout(running.timer);
    this.running = undefined;
    this.worker?.unref();
  }

  private reply(r: WorkerReply): void {
    const running = this.running;
    if (!running || running.id !== r.id) return;
    this.finish(running);
    running.job.resolve(r);
    // WebAssembly memory never shrinks: what it grew (the reported size past its size after loading) stays
    // with the worker, and so does what the query made it touch (the process's memory since the query began,
    // when no other lane ran meanwhile)
    const cap = this.host.settings.recycleMemoryMb * MB;
    const grown = r.wasmBytes - this.loadedWasm > cap || (!running.shared && queryMemory(running) > cap);
    if ((!r.ok && r.broken) || grown) void this.replace();
    else this.pump();
  }

  private overran(running: Running): void {
    if (this.running !== running) return;
    this.finish(running);
    const { job } = running;
    void this.replace();
    if (this.name === 'quick' && (job.deadline === undefined || Date.now() < job.deadline)) this.host.overranQuick(job);
    else job.reject(timeoutError(job));
  }

  /** Stops the running query with `error` (it took too much memory); resolves once its worker is gone. */
  stop(running: Running, error: Error): Promise<void> {
    if (this.running !== running) return Promise.resolve();
    this.finish(running);
    running.job.reject(error);
    return this.replace();
  }

  /** The worker died under a query (its JS heap limit, or a crash). */
  private died(why: string): void {
    const running = this.running;
    if (running) {
      this.finish(running);
      running.job.reject(new QueryResourceError(`query: the engine ran out of memory for this query (${why}); it was restarted; make the query more selective or raise the memory limit`));
    }
    void this.replace();
  }

  close(): Promise<void> {
    this.closed = true;
    this.generation++;
    const closed = new QueryResourceError('query: the engine was closed before it answered');
    if (this.running) {
      const { job } = this.running;
      this.finish(this.running);
      job.reject(closed);
    }
    for (const job of this.waiting.splice(0)) job.reject(closed);
    return this.worker ? this.worker.terminate().then(() => undefined) : Promise.resolve();
  }
}

class OxigraphEngine implements QueryEngine, LaneHost {
  readonly name = 'oxigraph';
  readonly main: Lane;
  readonly quick: Lane | undefined;
  private quickReady: Promise<void> = Promise.resolve();
  /** Process memory one loaded worker takes, measured on the first load. */
  private workerCost = 0;
  private sampler: NodeJS.Timeout | undefined;
  private sampling = true;
  private readonly slow = new Set<string>();

  constructor(readonly workerData: LaneHost['workerData'], readonly settings: EngineSettings) {
    this.main = new Lane('main', this);
    this.quick = settings.quickLane ? new Lane('quick', this) : undefined;
  }

  async open(): Promise<void> {
    await this.main.spawn();
    // the quick lane loads once the engine answers, so that start-up takes no longer
    if (this.quick) this.quickReady = this.quick.spawn().catch(() => undefined);
  }

  warm(): Promise<void> {
    return this.quickReady;
  }

  spawning(lane: Lane): void {
    for (const other of this.lanes()) if (other !== lane && other.running) other.running.allowance += this.workerCost;
  }

  loaded(_lane: Lane, rss: number): void {
    // room for a worker loading beside a running query: what the first load took, and its JS heap's start
    if (this.workerCost === 0) this.workerCost = Math.max(rss, 0) + 64 * MB;
  }

  started(lane: Lane, running: Running): void {
    for (const other of this.lanes()) {
      if (other === lane || !other.running) continue;
      other.running.shared = true;
      running.shared = true;
    }
    if (this.sampler) return;
    this.sampler = setInterval(() => this.checkMemory(), SAMPLE_MS);
    this.sampler.unref();
  }

  overranQuick(job: Job): void {
    this.slow.add(job.userText);
    if (this.slow.size > SLOW_REMEMBERED) this.slow.delete(this.slow.values().next().value!);
    this.main.enqueue(job);
  }

  private lanes(): Lane[] {
    return this.quick ? [this.main, this.quick] : [this.main];
  }

  /** Stops a query that has taken more memory than its share; the main lane's first, as the quick lane's are short. */
  private checkMemory(): void {
    const busy = this.lanes().filter((l) => l.running);
    if (!busy.length) {
      clearInterval(this.sampler);
      this.sampler = undefined;
      return;
    }
    if (!this.sampling) return;
    const rss = process.memoryUsage.rss();
    const js = mainJs();
    const limit = this.settings.queryMemoryMb * MB;
    for (const lane of busy) {
      const r = lane.running!;
      // this thread's own JS (parsing a graph for /data.json, say) is not the query's
      if (queryMemory(r, rss, js) <= limit) continue;
      this.sampling = false;
      const error = new QueryResourceError(`query: stopped after it took more than ${this.settings.queryMemoryMb} MB of memory; the engine was restarted; make the query more selective or raise the memory limit`);
      void lane.stop(r, error).finally(() => {
        const now = process.memoryUsage.rss();
        for (const other of this.lanes()) if (other.running) other.running.startRss = Math.min(other.running.startRss, now);
        this.sampling = true;
      });
      return;
    }
  }

  private laneFor(userText: string): Lane {
    const quick = this.quick;
    if (!quick || !quick.loaded || this.slow.has(userText) || !isCheapByShape(userText)) return this.main;
    return quick.size === 0 || this.main.size > 0 ? quick : this.main;
  }

  async query(text: string, options: QueryOptions = {}): Promise<QueryResult> {
    const form = queryForm(text);
    const graph = form === 'CONSTRUCT' || form === 'DESCRIBE';
    const plain = withPrefixes(bindValues(text, options.bindings));
    const capped = form === 'SELECT' && options.maxRows !== undefined ? capLimit(plain, options.maxRows + 1) : plain;
    const maxRows = options.maxRows ?? Number.MAX_SAFE_INTEGER;
    const lane = this.laneFor(text);
    if (lane.size >= this.settings.maxQueue) {
      throw new QueryBusyError(`query: ${lane.size} queries are already running or waiting; try again shortly`);
    }
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      lane.enqueue({ text: capped, plain, userText: text, graph, maxRows, timeoutMs: options.timeoutMs, resolve, reject });
    });
    return toResult(form, reply, maxRows, text);
  }

  async close(): Promise<void> {
    clearInterval(this.sampler);
    await Promise.all(this.lanes().map((l) => l.close()));
  }
}

function toResult(form: QueryForm, reply: WorkerReply, maxRows: number, text: string): QueryResult {
  if (!reply.ok && reply.exhausted) {
    throw new QueryResourceError(`query: the engine ran out of room for this query (${reply.message})${reply.broken ? '; it was restarted' : ''}; simplify the query`);
  }
  if (!reply.ok) throw new QuerySyntaxError(explainSyntaxError(reply.message ?? 'query failed', text));
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { form, quads: reply.quads ?? [], truncated: reply.truncated ?? false };
  const json = JSON.parse(reply.json!) as SparqlJson;
  if (form === 'ASK') return { form, boolean: json.boolean === true };
  const rows = json.results?.bindings ?? [];
  return { form: 'SELECT', vars: json.head.vars ?? [], rows: rows.slice(0, maxRows), truncated: rows.length > maxRows };
}

/** Loads `quads` (or ready N-Quads bytes) and then each of `texts`, in the worker. */
export async function createOxigraphEngine(
  quads: Iterable<Quad> | Uint8Array, texts: RdfText[] = [], settings: Partial<EngineSettings> = {},
): Promise<QueryEngine> {
  const nquads = quads instanceof Uint8Array ? sharedBytes(quads) : toNQuadsBytes(quads);
  const inputs = [
    { buffer: nquads.buffer, format: 'application/n-quads', name: 'quads' },
    ...texts.map((t) => ({ buffer: sharedBytes(t.bytes).buffer, format: t.format, name: t.name })),
  ];
  const oxigraphPath = createRequire(import.meta.url).resolve('oxigraph');
  const engine = new OxigraphEngine({ oxigraphPath, inputs }, { ...DEFAULT_ENGINE_SETTINGS, ...settings });
  await engine.open();
  return engine;
}
