// A build's extraction thread (see pool.ts): extracts the articles it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { isUserError } from '../errors.js';
import { preloadSyntaxModels, useSyntaxModelBytes, type SyntaxModelBytes } from '../syntax/models.js';
import { extractForCorpus } from './extract.js';
import type { PoolReply, PoolRequest } from './pool.js';

const port = parentPort!;
// the models the build read once for all its threads (pool.ts); else this thread reads its own
const shared = (workerData as { models?: SyntaxModelBytes } | undefined)?.models;
if (shared) useSyntaxModelBytes(shared);
const ready = preloadSyntaxModels();
port.on('message', (req: PoolRequest) => {
  void (async () => {
    let reply: PoolReply;
    try {
      await ready;
      reply = { k: req.k, ok: true, article: await extractForCorpus(req.file, req.date) };
    } catch (e) {
      const message = isUserError(e) ? e.message : `build: ${req.file}: internal error: ${(e as Error)?.stack ?? String(e)}`;
      reply = { k: req.k, ok: false, message, exitCode: isUserError(e) ? e.exitCode : 70 };
    }
    port.postMessage(reply);
  })();
});
