// Work on several threads: each worker (worker.ts) extracts one article at a time, and later, once
// the merge plan is known, new workers route and write the TriG text of one article graph at a time. Results
// are handed on in input order, so a build with --jobs N writes the same bytes as --jobs 1 (and the
// first bad article in input order is the one reported, as with one thread). At most a few articles
// per thread wait for their turn, so memory does not grow with the corpus.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { readSyntaxModelBytes } from '../syntax/models.js';
import type { ExtractedForCorpus } from './extract.js';
import type { RoutedGraph } from './route.js';

/** A graph routed on a worker: what the router keeps of it, its kept quads' count and their TriG text as UTF-8. */
export type RoutedText = Omit<RoutedGraph, 'kept'> & { kept: number; trig: Uint8Array };

export type PoolRequest =
  | { kind: 'extract'; k: number; file: string; date: string | undefined }
  | { kind: 'plan'; plan: Map<string, string>; spool: string }
  | { kind: 'route'; k: number; at: number; length: number };
export type PoolReply =
  | { k: number; ok: true; article?: ExtractedForCorpus; graph?: RoutedText }
  | { k: number; ok: false; message: string; exitCode: number };

/** The compiled worker: beside this module in dist/, or dist/corpus/worker.js when this runs from src/ (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  return here.endsWith('.ts') ? path.join(packageRoot(), 'dist', 'corpus', 'worker.js') : path.join(path.dirname(here), 'worker.js');
}

/**
 * How much a function runs before V8 optimises it, 8 times its default (67,584): each thread's V8
 * compiles its own optimised code on helper threads, over and over as new articles show the code
 * new shapes of objects (about 100 functions per 50 articles still after 400). On one thread that
 * work is done by the otherwise idle core; on two it takes a third of both cores. Measured on 1,000
 * generated articles on 2 threads: 22.5 -> 19.0 s wall and 43 -> 36 s of CPU, the same CPU per
 * article on the extracting threads. V8's flags are the process's, so this is set before the threads
 * start (and only for them: one thread extracting is faster with the default).
 */
const THREADS_INTERRUPT_BUDGET = 8 * 67_584;

export class ThreadPool {
  /** Why a thread stopped (its error, or its exit before close()). */
  private failed: Error | undefined;
  private closing = false;
  /** What the running inOrder() does with a reply, and how it is woken. */
  private onReply: ((w: Worker, reply: PoolReply) => void) | undefined;
  private wake: (() => void) | undefined;

  private workers: Worker[] = [];

  private constructor(workers: Worker[]) {
    this.attach(workers);
  }

  private attach(workers: Worker[]): void {
    this.workers = workers;
    for (const w of workers) {
      w.on('message', (reply: PoolReply) => this.onReply?.(w, reply));
      w.on('error', (e) => {
        this.failed ??= e;
        this.wake?.();
      });
      // a thread that ends before the work is done (killed for memory, say) would otherwise be waited for forever
      w.on('exit', (code) => {
        if (this.closing) return;
        this.failed ??= new Error(`its thread ended with code ${code}`);
        this.wake?.();
      });
    }
  }

  /** `threads` workers, sharing the syntax models read here once. */
  static async start(threads: number): Promise<ThreadPool> {
    setFlagsFromString(`--interrupt-budget=${THREADS_INTERRUPT_BUDGET}`);
    // read once, shared by every thread (a thread reads its own, and reports what is wrong, if this fails)
    const models = await readSyntaxModelBytes().catch(() => undefined);
    // no inherited flags: a parent started with -e or --input-type would make every worker fail
    return new ThreadPool(Array.from({ length: threads }, () => new Worker(workerFile(), { execArgv: [], workerData: { models, extract: true } })));
  }

  /** The ids of the threads at work (those that extract are not those that route: test/build.test.ts). */
  get threadIds(): number[] {
    return this.workers.map((w) => w.threadId);
  }

  /** The articles extracted, in input order. */
  async *extract(files: string[], date: string | undefined): AsyncGenerator<ExtractedForCorpus> {
    for await (const r of this.inOrder(files.length, (k) => ({ kind: 'extract', k, file: files[k]!, date }), 'an extraction thread stopped', ' to see which article')) {
      yield r.article!;
    }
  }

  /**
   * The article graphs of the spool (`ranges`, Spool.ranges()) routed by the plan and written as
   * TriG, in order, as Router.route() and CorpusWriter.writeGraph() would on this thread.
   */
  async *route(plan: Map<string, string>, spool: string, ranges: [number, number][]): AsyncGenerator<RoutedText> {
    // On new threads, which load only the router and n3 (67 ms): the extraction threads' heaps have
    // grown with every article they read and are not given back. 10,000 generated articles on 2
    // threads: RSS while routing 0.9-1.46 GB on the extraction threads, 0.28-0.44 GB on new ones.
    const threads = this.workers.length;
    await this.close();
    this.closing = false;
    this.attach(Array.from({ length: threads }, () => new Worker(workerFile(), { execArgv: [], workerData: { extract: false } })));
    for (const w of this.workers) w.postMessage({ kind: 'plan', plan, spool } satisfies PoolRequest);
    for await (const r of this.inOrder(ranges.length, (k) => ({ kind: 'route', k, at: ranges[k]![0], length: ranges[k]![1] }), 'a thread stopped while writing the article graphs', '')) {
      yield r.graph!;
    }
  }

  /**
   * Sends requests 0..n-1 to whichever worker is free, at most a few per thread ahead of the one handed
   * on, and hands the replies on in order; the first failure in order is thrown. Each worker has two
   * requests at a time, and does them one after the other (worker.ts): it has the next when it has
   * replied, instead of waiting for this thread to take the reply and send one (5% of a worker's
   * time at 1,000 generated articles on 2 threads).
   */
  private async *inOrder(n: number, request: (k: number) => PoolRequest, stopped: string, hint: string): AsyncGenerator<PoolReply & { ok: true }> {
    const done = new Map<number, PoolReply>();
    let next = 0; // next request to send
    const ahead = this.workers.length * 4; // how far sending may run ahead of handing on
    let handed = 0;
    const idle: Worker[] = [];
    const send = (w: Worker): void => {
      if (next >= n || next >= handed + ahead) {
        idle.push(w);
        return;
      }
      w.postMessage(request(next));
      next++;
    };
    this.onReply = (w, reply) => {
      done.set(reply.k, reply);
      send(w);
      this.wake?.();
    };
    try {
      for (let twice = 0; twice < 2; twice++) for (const w of this.workers) send(w);
      while (handed < n) {
        const reply = done.get(handed);
        if (!reply) {
          if (this.failed) throw new UserError(`build: ${stopped} (${this.failed.message}); run again with --jobs 1${hint}`, 70);
          await new Promise<void>((resolve) => (this.wake = resolve));
          continue;
        }
        done.delete(handed++);
        if (!reply.ok) throw new UserError(reply.message, reply.exitCode);
        while (idle.length && next < n && next < handed + ahead) send(idle.shift()!);
        yield reply;
      }
    } finally {
      this.onReply = undefined;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
