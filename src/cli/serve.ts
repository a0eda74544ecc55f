import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';
import { loadSources } from '../query/index.js';
import { createServer } from '../server/index.js';
import type { Command } from './types.js';

const USAGE = `usage: newskg serve <graph or article files...> [options]

Serves the files' graph read-only over the SPARQL 1.1 Protocol at /sparql
(GET and POST; JSON, XML, CSV or TSV results by content negotiation, Turtle for
CONSTRUCT and DESCRIBE) and the whole graph as Turtle at /graph.ttl.

options:
  --port N         port to listen on (default 3030; 0 picks a free one)
  --host ADDR      address to bind (default 127.0.0.1, this machine only)
  --timeout MS     per-query time limit (default 10000)
  --max-rows N     most rows returned per query (default 10000)
  --viewer DIR     also serve the static files of DIR (a built viewer) at /
`;

export const command: Command = {
  name: 'serve',
  summary: 'serve graph files over the SPARQL 1.1 Protocol (read-only, localhost)',
  usage: USAGE,
  async run(argv, io) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv, allowPositionals: true,
        options: {
          port: { type: 'string', default: '3030' }, host: { type: 'string', default: '127.0.0.1' },
          timeout: { type: 'string', default: '10000' }, 'max-rows': { type: 'string', default: '10000' }, viewer: { type: 'string' },
        },
      });
    } catch (e) {
      throw new UserError(`serve: ${(e as Error).message}; see \`newskg serve --help\``);
    }
    const { values: o, positionals: files } = parsed;
    if (files.length === 0) throw new UserError('serve: no graph or article files given; pass at least one, e.g. `newskg serve corpus.trig`');
    const port = wholeNumber(o.port!, '--port', 0);
    const server = await createServer({
      quads: await loadSources(files),
      viewerDir: o.viewer,
      timeoutMs: wholeNumber(o.timeout!, '--timeout', 1),
      maxRows: wholeNumber(o['max-rows']!, '--max-rows', 1),
    });
    let url: string;
    try {
      url = await server.listen(port, o.host);
    } catch (e) {
      await server.close();
      throw new UserError(`serve: cannot listen on ${o.host}:${port} (${(e as NodeJS.ErrnoException).code}); choose another --port`);
    }
    io.stdout.write(`newskg: SPARQL endpoint at ${url}/sparql${o.viewer ? `, viewer at ${url}/` : ''} (Ctrl-C stops)\n`);
    await new Promise<void>((resolve) => {
      const stop = (): void => { void server.close().then(resolve); };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

function wholeNumber(s: string, flag: string, min: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < min) throw new UserError(`serve: ${flag} must be a whole number ≥ ${min}, got "${s}"`);
  return n;
}
