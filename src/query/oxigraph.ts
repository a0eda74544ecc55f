// Oxigraph (Rust, compiled to WASM) runs queries synchronously, so a time limit
// needs a thread it can lose: the store lives in a worker (store-worker.ts), and a query that
// overruns is stopped by terminating that worker (lane.ts); another is loaded from the same shared
// bytes (N-Quads, and graph files as they were read).
//
// Memory is bounded the same way: a SELECT's LIMIT is capped at the row limit (limit.ts), the
// process's memory is sampled while a query runs and the worker is replaced when the query has
// taken more than its share, the worker's JS heap has a limit (resourceLimits), and a worker whose
// WebAssembly memory grew past a cap is replaced after its query (that memory never shrinks).
//
// With `quickLane`, a second worker answers the queries that are cheap by shape (shape.ts), so a
// line of slow queries in the main worker does not hold them up. With `standby`, one more loaded
// worker waits aside: a lane that loses its worker takes it at once, and the next standby loads in
// the background, so the query after a stopped one does not wait for the whole corpus to load again.
import { createRequire } from 'node:module';
import { Writer, type Quad } from 'n3';
import { bindValues } from './bind.js';
import { queryForm } from './form.js';
import { capLimit } from './limit.js';
import { Lane, MB, mainJs, queryMemory, type Job, type LaneHost, type Running } from './lane.js';
import { explainSyntaxError, withPrefixes } from './prefixes.js';
import { isCheapByShape } from './shape.js';
import { isWord, tokenize } from './tokens.js';
import { StoreWorker, type WorkerOwner } from './store-worker.js';
import type { JsonTerm } from './terms.js';
import {
  DEFAULT_ENGINE_SETTINGS, QueryBusyError, QueryResourceError, QuerySyntaxError,
  type EngineSettings, type QueryEngine, type QueryForm, type QueryOptions, type QueryResult,
} from './types.js';
import type { WorkerData, WorkerReply } from './worker-code.js';

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
  /** Its build found no triple in two of its named graphs (load.ts reads this from the corpus index). */
  disjointGraphs?: boolean;
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

/** How often the process's memory is sampled while a query runs. */
const SAMPLE_MS = 25;
/** Queries that overran the quick lane, remembered so they go straight to the main lane. */
const SLOW_REMEMBERED = 256;

class OxigraphEngine implements QueryEngine, LaneHost {
  readonly name = 'oxigraph';
  readonly main: Lane;
  readonly quick: Lane | undefined;
  /** A loaded worker nobody uses yet, for the next lane that loses its own. */
  private standby: StoreWorker | undefined;
  /** Settles once the workers started after the main lane (quick lane, standby) have been started. */
  private opening: Promise<void> = Promise.resolve();
  private closed = false;
  /** Workers loading now: queries running meanwhile are given room for them in their memory share. */
  private loading = 0;
  /** Process memory one loaded worker takes, measured on the first load. */
  private workerCost = 0;
  private sampler: NodeJS.Timeout | undefined;
  private sampling = true;
  private readonly slow = new Set<string>();

  constructor(readonly workerData: WorkerData, readonly settings: EngineSettings) {
    this.main = new Lane('main', this);
    this.quick = settings.quickLane ? new Lane('quick', this) : undefined;
  }

  async open(): Promise<void> {
    await this.main.open();
    // the quick lane loads once the engine answers, and the standby after it, so that start-up takes no
    // longer and the two do not share the machine's cores with each other
    const quick = this.quick ? this.quick.open().catch(() => undefined) : Promise.resolve();
    this.opening = quick.then(() => this.startStandby());
  }

  /** Resolves once every worker (the quick lane's and the standby too) has loaded or failed to. */
  async warm(): Promise<void> {
    await this.opening;
    for (;;) {
      const pending = [...this.lanes().map((l) => l.pendingWorker), this.standby && !this.standby.loaded && !this.standby.failed ? this.standby : undefined]
        .filter((w): w is StoreWorker => w !== undefined);
      if (!pending.length) return;
      await Promise.allSettled(pending.map((w) => w.ready));
    }
  }

  /** A new worker; while it loads, queries running now get room for it in their memory share. */
  private newWorker(background: boolean): StoreWorker {
    const worker = new StoreWorker(this.workerData, this.settings.workerHeapMb, background);
    this.loading++;
    for (const lane of this.lanes()) if (lane.running) lane.running.allowance += this.workerCost;
    const done = (): void => {
      this.loading--;
      // room for a worker loading beside a running query: what the first load took, and its JS heap's start
      if (this.workerCost === 0 && worker.loaded) this.workerCost = Math.max(worker.loadGrowth, 0) + 64 * MB;
    };
    worker.ready.then(done, done);
    return worker;
  }

  nextWorker(): StoreWorker {
    const spare = this.standby;
    if (!spare) return this.newWorker(false);
    this.standby = undefined;
    this.startStandby();
    return spare;
  }

  /** Loads a worker aside, in the background; one that dies or fails to load is dropped (the next takeover starts another). */
  private startStandby(): void {
    if (!this.settings.standby || this.closed || this.standby) return;
    const worker = this.newWorker(true);
    const drop = (): void => { if (this.standby === worker) this.standby = undefined; };
    const aside: WorkerOwner = { reply: () => undefined, died: drop };
    worker.adopt(aside);
    worker.ready.catch(drop);
    this.standby = worker;
  }

  started(lane: Lane, running: Running): void {
    // workers loading as it starts (a standby after a takeover) grow the process too, and are not the query
    running.allowance += this.loading * this.workerCost;
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
    // FROM is a keyword only in a dataset clause (FROM <g>, FROM NAMED <g>)
    const dataset = tokenize(plain).some((t) => isWord(t, 'FROM'));
    const lane = this.laneFor(text);
    if (lane.size >= this.settings.maxQueue) {
      throw new QueryBusyError(`query: ${lane.size} queries are already running or waiting; try again shortly`);
    }
    const reply = await new Promise<WorkerReply>((resolve, reject) => {
      lane.enqueue({ text: capped, plain, userText: text, graph, maxRows, dataset, timeoutMs: options.timeoutMs, resolve, reject });
    });
    return toResult(form, reply, maxRows, text);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sampler);
    const standby = this.standby;
    this.standby = undefined;
    await Promise.all([...this.lanes().map((l) => l.close()), standby?.terminate()]);
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
  // what a build says of its corpus holds when that corpus is all there is
  const disjointGraphs = nquads.byteLength === 0 && texts.length === 1 && texts[0]!.disjointGraphs === true;
  const inputs = [
    { buffer: nquads.buffer, format: 'application/n-quads', name: 'quads' },
    ...texts.map((t) => ({ buffer: sharedBytes(t.bytes).buffer, format: t.format, name: t.name })),
  ];
  const oxigraphPath = createRequire(import.meta.url).resolve('oxigraph');
  const engine = new OxigraphEngine({ oxigraphPath, inputs, disjointGraphs }, { ...DEFAULT_ENGINE_SETTINGS, ...settings });
  await engine.open();
  return engine;
}
