import { existsSync } from 'node:fs';
import path from 'node:path';
import { UserError } from '../errors.js';
import { DEFAULT_ENGINE_SETTINGS, loadEngineSources } from '../query/index.js';
import { createServer, VIEWER_DIR } from '../server/index.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { LARGE_CORPUS_OPTIONS, parseCommandArgs, viewLimitsFrom, wholeNumber } from './args.js';
import { oneSource, openEndpoint } from './endpoint.js';
import { shownUrl } from '../store/http.js';

export const command: Command = {
  name: 'serve',
  ...HELP.serve,
  async run(argv, io) {
    const started = performance.now();
    const { values: o, positionals: files } = parseCommandArgs('serve', {
      args: argv, allowPositionals: true,
      options: {
        port: { type: 'string', default: '3030' }, host: { type: 'string', default: '127.0.0.1' },
        timeout: { type: 'string', default: '10000' }, 'max-rows': { type: 'string', default: '10000' }, 'max-queue': { type: 'string', default: '16' },
        'max-memory': { type: 'string', default: String(DEFAULT_ENGINE_SETTINGS.queryMemoryMb) }, 'no-quick-lane': { type: 'boolean', default: false },
        ...LARGE_CORPUS_OPTIONS,
        viewer: { type: 'string' }, 'no-viewer': { type: 'boolean', default: false }, endpoint: { type: 'string' },
      },
    });
    oneSource('serve', files, o.endpoint, 'newskg serve corpus.trig');
    const port = wholeNumber(o.port!, '--port', 0);
    const viewerDir = o['no-viewer'] ? undefined : viewerFolder(o.viewer);
    // the data: loaded into the embedded engine, or left in the endpoint, which answers every query
    const maxQueue = wholeNumber(o['max-queue']!, '--max-queue', 1);
    const data = o.endpoint === undefined ? await loadEngineSources(files) : { endpoint: await openEndpoint('serve', o.endpoint, { maxQueue }) };
    const server = await createServer({
      ...data, viewerDir,
      timeoutMs: wholeNumber(o.timeout!, '--timeout', 1),
      maxRows: wholeNumber(o['max-rows']!, '--max-rows', 1),
      maxQueue,
      engine: { queryMemoryMb: wholeNumber(o['max-memory']!, '--max-memory', 1), quickLane: !o['no-quick-lane'], standby: !o['no-standby'] },
      view: viewLimitsFrom(o, 'serve'),
    });
    let url: string;
    try {
      url = await server.listen(port, o.host);
    } catch (e) {
      await server.close();
      throw new UserError(`serve: cannot listen on ${o.host}:${port} (${(e as NodeJS.ErrnoException).code}); choose another --port`);
    }
    const behind = o.endpoint === undefined ? '' : ` (answered by ${shownUrl(o.endpoint)})`;
    io.stdout.write(`newskg: SPARQL endpoint at ${url}/sparql${behind}${viewerDir ? `, viewer at ${url}/` : ''} (Ctrl-C stops)\n`);
    // the quick lane and the standby load after the server answers; say when the memory they take is taken
    const spares = [o['no-quick-lane'] ? '' : 'quick lane', o['no-standby'] ? '' : 'standby'].filter(Boolean);
    if (o.endpoint === undefined && spares.length) {
      void server.engine.warm?.().then(() => io.stdout.write(`newskg: ${spares.join(' and ')} loaded (${((performance.now() - started) / 1000).toFixed(1)} s after start)\n`));
    }
    await new Promise<void>((resolve) => {
      const stop = (): void => { void server.close().then(resolve); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

/** The folder given, or the bundled viewer when it has been built (without it, serve answers SPARQL only). */
function viewerFolder(given: string | undefined): string | undefined {
  if (given === undefined) return existsSync(path.join(VIEWER_DIR, 'index.html')) ? VIEWER_DIR : undefined;
  if (!existsSync(path.join(given, 'index.html'))) throw new UserError(`serve: --viewer ${given}: no index.html in that folder; pass the built viewer (viewer/dist, made by \`npm run build\`)`);
  return given;
}
