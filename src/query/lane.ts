// A lane: one worker holding the store and its line of queries, run one at a time. A query that overruns
// its time, takes too much memory or breaks the engine costs the lane its worker (Oxigraph's binding is
// synchronous, so terminating the thread is the only way to stop it); the lane then takes the engine's
// next worker, the standby when there is one, so the line keeps moving instead of waiting for a reload.
import { QueryResourceError, QueryTimeoutError, type EngineSettings } from './types.js';
import type { StoreWorker, WorkerOwner } from './store-worker.js';
import type { WorkerReply } from './worker-code.js';

export const MB = 1024 * 1024;

/** One query, from admission to its answer. */
export interface Job {
  /** The text the engine runs (prefixes, bound values, capped limit). */
  text: string;
  /** The same without the capped limit, parsed again for the user's own syntax error. */
  plain: string;
  /** The user's text: what the slow-query memory and error messages are about. */
  userText: string;
  graph: boolean;
  maxRows: number;
  /** The query names its own graphs (FROM, FROM NAMED). */
  dataset: boolean;
  timeoutMs?: number;
  /** When it must be answered by, set when it first starts running. */
  deadline?: number;
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
}

export interface Running {
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
export interface LaneHost {
  readonly settings: EngineSettings;
  /** A worker for a lane: the standby (loaded, or at least further along) when there is one, else a new one. */
  nextWorker(): StoreWorker;
  /** `running` has started in `lane`. */
  started(lane: Lane, running: Running): void;
  /** A query overran the quick lane's budget with time left: the main lane takes it. */
  overranQuick(job: Job): void;
}

const timeoutError = (job: Job): QueryTimeoutError =>
  new QueryTimeoutError(`query: stopped after ${job.timeoutMs} ms; make the query more selective or raise the time limit`);

/** The JS memory of this (the main) thread, which is not the engine's. */
export const mainJs = (): number => {
  const m = process.memoryUsage();
  return m.heapTotal + m.external;
};

/** Memory the process has taken since `running` started, less this thread's JS and other workers' loading. */
export function queryMemory(running: Running, rss = process.memoryUsage.rss(), js = mainJs()): number {
  return rss - running.startRss - Math.max(0, js - running.startMainJs) - running.allowance;
}

export class Lane implements WorkerOwner {
  private worker: StoreWorker | undefined;
  private nextId = 0;
  private closed = false;
  running: Running | undefined;
  readonly waiting: Job[] = [];

  constructor(readonly name: 'main' | 'quick', private readonly host: LaneHost) {}

  get size(): number {
    return this.waiting.length + (this.running ? 1 : 0);
  }

  get loaded(): boolean {
    return this.worker?.loaded ?? false;
  }

  /** The lane's worker while it loads, for callers that wait until every worker is ready. */
  get pendingWorker(): StoreWorker | undefined {
    return this.worker && !this.worker.loaded && !this.worker.failed ? this.worker : undefined;
  }

  /** Takes its first worker; resolves once that has loaded the data (rejects when it cannot). */
  open(): Promise<void> {
    const worker = this.host.nextWorker();
    this.attach(worker);
    return worker.ready;
  }

  private attach(worker: StoreWorker): void {
    this.worker = worker;
    worker.adopt(this);
    this.keepAlive();
    worker.ready.then(
      () => {
        if (this.worker !== worker) return;
        this.keepAlive();
        this.pump();
      },
      (e: Error) => {
        // the queries waiting for it fail, and the next query tries a new worker
        if (this.worker !== worker) return;
        this.worker = undefined;
        for (const job of this.waiting.splice(0)) job.reject(e instanceof QueryResourceError ? e : new QueryResourceError(`query: the engine could not be restarted (${e.message})`));
      },
    );
  }

  /** A worker that is loading, or has queries to run, keeps the process alive; an idle one does not. */
  private keepAlive(): void {
    const w = this.worker;
    if (w) w.keepAlive(!w.loaded || this.size > 0);
  }

  /** The next worker for a broken, overgrown or stopped one; resolves when the old one is gone. */
  private replace(): Promise<void> {
    const old = this.worker;
    if (this.closed) return Promise.resolve();
    this.attach(this.host.nextWorker());
    return old ? old.terminate() : Promise.resolve();
  }

  enqueue(job: Job): void {
    this.waiting.push(job);
    if (!this.worker && !this.closed) this.attach(this.host.nextWorker());
    this.keepAlive();
    this.pump();
  }

  private pump(): void {
    while (!this.running && this.loaded && this.waiting.length) this.start(this.waiting.shift()!);
    this.keepAlive();
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
    this.worker!.post({ id: running.id, text: job.text, plain: job.plain, graph: job.graph, maxRows: job.maxRows, dataset: job.dataset });
    this.host.started(this, running);
  }

  private finish(running: Running): void {
    clearTimeout(running.timer);
    this.running = undefined;
    this.keepAlive();
  }

  reply(r: WorkerReply): void {
    const running = this.running;
    if (!running || running.id !== r.id) return;
    this.finish(running);
    running.job.resolve(r);
    // WebAssembly memory never shrinks: what it grew (the reported size past its size after loading) stays
    // with the worker, and so does what the query made it touch (the process's memory since the query began,
    // when no other lane ran meanwhile)
    const cap = this.host.settings.recycleMemoryMb * MB;
    const grown = r.wasmBytes - (this.worker?.loadedWasm ?? 0) > cap || (!running.shared && queryMemory(running) > cap);
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
  died(why: string): void {
    const running = this.running;
    if (running) {
      this.finish(running);
      running.job.reject(new QueryResourceError(`query: the engine ran out of memory for this query (${why}); it was restarted; make the query more selective or raise the memory limit`));
    }
    void this.replace();
  }

  close(): Promise<void> {
    this.closed = true;
    const closed = new QueryResourceError('query: the engine was closed before it answered');
    if (this.running) {
      const { job } = this.running;
      this.finish(this.running);
      job.reject(closed);
    }
    for (const job of this.waiting.splice(0)) job.reject(closed);
    const worker = this.worker;
    this.worker = undefined;
    return worker ? worker.terminate() : Promise.resolve();
  }
}
