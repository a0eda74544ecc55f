// One worker thread holding the whole store: it loads the data once, then answers one query at a time.
// A lane (lane.ts) owns a worker and hears its answers; the engine keeps one loaded worker aside (the
// standby) so that a lane whose worker had to be stopped answers again at once.
import { Worker } from 'node:worker_threads';
import { UserError } from '../errors.js';
import { QueryResourceError } from './types.js';
import { WORKER_CODE, type ReadyMessage, type WorkerData, type WorkerReply, type WorkerRequest } from './worker-code.js';

/** Whoever uses a worker: it is given the answers, and told when the thread dies under it. */
export interface WorkerOwner {
  reply(reply: WorkerReply): void;
  died(why: string): void;
}

export class StoreWorker {
  /** Resolves once the data is loaded; rejects when it cannot be (a syntax error in a file, the thread dying). */
  readonly ready: Promise<void>;
  loaded = false;
  failed = false;
  /** WebAssembly memory right after loading: what a query makes it grow is counted from here. */
  loadedWasm = 0;
  /** How much the process's memory grew while this worker loaded (other work included). */
  loadGrowth = 0;
  private owner: WorkerOwner | undefined;
  /** Terminated or dead: nothing it says any more is passed on. */
  private gone = false;
  private readonly thread: Worker;

  /** `background`: the worker does not keep the process alive while it loads (a standby nobody waits for yet). */
  constructor(data: WorkerData, heapMb: number, background = false) {
    const rssBefore = process.memoryUsage.rss();
    this.thread = new Worker(WORKER_CODE, { eval: true, workerData: data, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    if (background) this.thread.unref();
    this.ready = new Promise((resolve, reject) => {
      const end = (why: string): void => {
        if (this.gone) return;
        this.gone = true;
        if (this.loaded) this.owner?.died(why);
        else {
          this.failed = true;
          reject(new QueryResourceError(`query: the engine stopped while loading the data (${why})`));
        }
      };
      this.thread.on('message', (m: WorkerReply | ReadyMessage) => {
        if (this.gone) return;
        if (!('ready' in m)) {
          this.owner?.reply(m);
          return;
        }
        if (!m.ready) {
          this.gone = true;
          this.failed = true;
          void this.thread.terminate();
          reject(new UserError(`newskg: ${m.failed!.name}: ${m.failed!.message}; fix the syntax or pass an article file`));
          return;
        }
        this.loaded = true;
        this.loadedWasm = m.wasmBytes ?? 0;
        this.loadGrowth = process.memoryUsage.rss() - rssBefore;
        resolve();
      });
      this.thread.on('error', (e: Error) => end(e.message));
      this.thread.on('exit', (code: number) => end(`its thread ended with code ${code}`));
    });
    // whoever owns the worker handles a failed load; a standby nobody owns yet must not be an unhandled rejection
    this.ready.catch(() => undefined);
  }

  /** From now on `owner` hears this worker's answers and death. */
  adopt(owner: WorkerOwner): void {
    this.owner = owner;
  }

  post(request: WorkerRequest): void {
    this.thread.postMessage(request);
  }

  /** A worker with work (loading for a lane, or a query) keeps the process alive; an idle one does not. */
  keepAlive(on: boolean): void {
    if (on) this.thread.ref();
    else this.thread.unref();
  }

  /** Stops the thread (and a query running in it); what it would still say is ignored. Resolves once it is gone. */
  terminate(): Promise<void> {
    this.gone = true;
    this.owner = undefined;
    return this.thread.terminate().then(() => undefined);
  }
}
