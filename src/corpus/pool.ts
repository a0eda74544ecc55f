// Extraction on several threads: each worker (worker.ts) extracts one article at a time, and the
// results are handed on in input order, so a build with --jobs N writes the same bytes as --jobs 1
// (and the first bad article in input order is the one reported, as with one thread). At most a few
// articles per thread wait for their turn, so memory does not grow with the corpus.
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { readSyntaxModelBytes } from '../syntax/models.js';
import type { ExtractedForCorpus } from './extract.js';

export interface PoolRequest { k: number; file: string; date: string | undefined }
export type PoolReply = { k: number; ok: true; article: ExtractedForCorpus } | { k: number; ok: false; message: string; exitCode: number };

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

export async function* extractOnThreads(files: string[], date: string | undefined, jobs: number): AsyncGenerator<ExtractedForCorpus> {
  setFlagsFromString(`--interrupt-budget=${THREADS_INTERRUPT_BUDGET}`);
  // read once, shared by every thread (a thread reads its own, and reports what is wrong, if this fails)
  const models = await readSyntaxModelBytes().catch(() => undefined);
  // no inherited flags: a parent started with -e or --input-type would make every worker fail
  const workers = Array.from({ length: Math.min(jobs, files.length) }, () => new Worker(workerFile(), { execArgv: [], workerData: { models } }));
  const done = new Map<number, PoolReply>();
  let wake: (() => void) | undefined;
  let failed: Error | undefined;
  let next = 0; // next file to send
  const ahead = workers.length * 4; // how far sending may run ahead of handing on
  let handed = 0;
  let finished = false;
  const idle: Worker[] = [];
  const send = (w: Worker): void => {
    if (next >= files.length || next >= handed + ahead) {
      idle.push(w);
      return;
    }
    w.postMessage({ k: next, file: files[next]!, date } satisfies PoolRequest);
    next++;
  };
  for (const w of workers) {
    w.on('message', (reply: PoolReply) => {
      done.set(reply.k, reply);
      send(w);
      wake?.();
    });
    w.on('error', (e) => {
      failed = e;
      wake?.();
    });
    // a thread that ends before the build is done (killed for memory, say) would otherwise be waited for forever
    w.on('exit', (code) => {
      if (finished) return;
      failed ??= new Error(`its thread ended with code ${code}`);
      wake?.();
    });
  }
  try {
    for (const w of workers) send(w);
    while (handed < files.length) {
      const reply = done.get(handed);
      if (!reply) {
        if (failed) throw new UserError(`build: an extraction thread stopped (${failed.message}); run again with --jobs 1 to see which article`, 70);
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      done.delete(handed++);
      if (!reply.ok) throw new UserError(reply.message, reply.exitCode);
      while (idle.length && next < files.length && next < handed + ahead) send(idle.shift()!);
      yield reply.article;
    }
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
