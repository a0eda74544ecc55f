// A build's thread (see pool.ts): extracts the articles it is sent, one at a time; then, given the
// merge plan, routes the article graphs of the spool it is sent and writes their TriG text.
import { open, type FileHandle } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { Writer } from 'n3';
import { isUserError } from '../errors.js';
import { preloadSyntaxModels, useSyntaxModelBytes, type SyntaxModelBytes } from '../syntax/models.js';
import { extractForCorpus } from './extract.js';
import type { PoolReply, PoolRequest, RoutedText } from './pool.js';
import { routeGraph } from './route.js';
import { spooledQuads } from './spool.js';
import { graphText } from './writer.js';

const port = parentPort!;
// the models the build read once for all its threads (pool.ts); else this thread reads its own
const shared = (workerData as { models?: SyntaxModelBytes } | undefined)?.models;
if (shared) useSyntaxModelBytes(shared);
const ready = preloadSyntaxModels();

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

port.on('message', (req: PoolRequest) => {
  if (req.kind === 'plan') {
    plan = req.plan;
    void spool?.then((f) => f.close()).catch(() => undefined);
    spool = open(req.spool, 'r');
    spool.catch(() => undefined); // reported by the first read
    return;
  }
  void (async () => {
    let reply: PoolReply;
    try {
      if (req.kind === 'extract') {
        await ready;
        reply = { k: req.k, ok: true, article: await extractForCorpus(req.file, req.date) };
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
  })();
});
