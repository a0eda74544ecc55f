// A build's thread (see pool.ts): extracts the articles it is sent, one at a time, or, given the
// merge plan, routes the article graphs of the spool it is sent and writes their TriG text.
import { open, type FileHandle } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Writer } from 'n3';
import { isUserError } from '../errors.js';
import type { SyntaxModelBytes } from '../syntax/models.js';
import type { PoolReply, PoolRequest, RoutedText } from './pool.js';
import { routeGraph } from './route.js';
import { spooledQuads } from './spool.js';
import { graphText } from './writer.js';

const port = parentPort!;
const data = workerData as { models?: SyntaxModelBytes; extract: boolean };
// A thread that extracts loads the extractor and the models the build read once for all its threads
// (pool.ts; else it reads its own); one that only routes (started for that, with a heap of its own) neither.
const extractor = data.extract
  ? (async () => {
      const models = await import('../syntax/models.js');
      if (data.models) models.useSyntaxModelBytes(data.models);
      const [{ extractForCorpus }] = await Promise.all([import('./extract.js'), models.preloadSyntaxModels()]);
      return extractForCorpus;
    })()
  : undefined;

let plan: Map<string, string> | undefined;
let spool: Promise<FileHandle> | undefined;
const nquads = new Writer({ format: 'N-Quads' });

async function routed(at: number, length: number): Promise<RoutedText> {
  const bytes = Buffer.alloc(length);
  await (await spool!).read(bytes, 0, length, at);
  const r = routeGraph(plan!, nquads, spooledQuads(bytes));
  const text = graphText(r.kept);
  // its own memory, so that it moves to the main thread without a copy
  const trig = new Uint8Array(Buffer.byteLength(text, 'utf8'));
  Buffer.from(trig.buffer).write(text, 'utf8');
  return { defaults: r.defaults, names: r.names, own: r.own, kept: r.kept.length, trig };
}

// Requests are done one at a time, in the order they came: the pool sends the next before this one is
// done (pool.ts), so that the thread does not wait for the main thread between two.
let queue: Promise<void> = Promise.resolve();

port.on('message', (req: PoolRequest) => {
  if (req.kind === 'plan') {
    plan = req.plan;
    void spool?.then((f) => f.close()).catch(() => undefined);
    spool = open(req.spool, 'r');
    spool.catch(() => undefined); // reported by the first read
    return;
  }
  queue = queue.then(() => handle(req));
});

async function handle(req: Exclude<PoolRequest, { kind: 'plan' }>): Promise<void> {
  let reply: PoolReply;
  try {
    if (req.kind === 'extract') {
      const extract = await extractor!;
      reply = { k: req.k, ok: true, article: await extract(req.file, req.date) };
    } else {
      const graph = await routed(req.at, req.length);
      port.postMessage({ k: req.k, ok: true, graph } satisfies PoolReply, [graph.trig.buffer as ArrayBuffer]);
      return;
    }
  } catch (e) {
    const what = req.kind === 'extract' ? req.file : 'writing the article graphs';
    const message = isUserError(e) ? e.message : `build: ${what}: internal error: ${(e as Error)?.stack ?? String(e)}`;
    reply = { k: req.k, ok: false, message, exitCode: isUserError(e) ? e.exitCode : 70 };
  }
  port.postMessage(reply);
}
