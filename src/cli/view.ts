// `newskg view`: the entity graph in a browser, served on 127.0.0.1 or written as one self-contained HTML file.
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, rename, writeFile, unlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DataFactory, Writer, type Quad } from 'n3';
import { UserError, isUserError } from '../errors.js';
import { buildViewModel, type ViewModel } from '../graph/index.js';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';
import type { Command } from './types.js';

const USAGE = `usage: newskg view <graph or article files...> [--port N] [--html OUT.html]

Shows the entity graph in the browser: people, countries, places and
organisations, the relations between them, and the sentence behind each.
Article files (.txt .md .html) are extracted first; graph files
(.ttl .trig .nt .nq .jsonld) are read as they are.

options:
  --port N          serve on 127.0.0.1:N (default 8765, or a free port if taken)
  --html OUT.html   write one self-contained HTML file (no server, no network) and exit
`;

/** Built by \`vite build\` into viewer/dist, next to dist/ and src/ in the package. */
export const VIEWER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../viewer/dist');
const DEFAULT_PORT = 8765;

export const command: Command = {
  name: 'view',
  summary: 'browse the entity graph in a browser (or write it as one HTML file)',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' }, html: { type: 'string' } } });
    if (!positionals.length) throw new UserError('view: no input files; pass graph (.ttl) or article (.txt .md .html) files, e.g. `newskg view data/articles/*.txt`');
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UserError(`view: --port ${values.port} is not a port number; pass an integer from 0 to 65535`);
    const quads = await loadQuads(positionals);
    if (values.html) {
      await writeHtmlBundle(quads, values.html);
      io.stdout.write(`wrote ${values.html}: open it in a browser (works offline)\n`);
      return 0;
    }
    const server = await startViewerServer({ quads, port });
    io.stdout.write(`newskg viewer: ${server.url}  (Ctrl+C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

async function loadQuads(files: string[]): Promise<Quad[]> {
  try {
    // Loaded here, not at the top: reading articles pulls in the whole extraction pipeline.
    const { loadSources } = await import('../query/load.js');
    return await loadSources(files);
  } catch (e) {
    // The loader belongs to the query command; say which command the user ran.
    if (isUserError(e)) throw new UserError(e.message.replace(/^query:/, 'view:'), e.exitCode);
    throw e;
  }
}

export function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES, id: ID_BASE } });
  // Turtle has no named graphs; the viewer shows the union anyway.
  for (const q of quads) writer.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}

async function viewerIndex(): Promise<string> {
  try {
    return await readFile(path.join(VIEWER_DIR, 'index.html'), 'utf8');
  } catch {
    throw new UserError(`view: ${path.join(VIEWER_DIR, 'index.html')} is missing; build the viewer with \`npm run build\``, 1);
  }
}

/** JSON that is safe inside <script>: no "<" survives, so neither </script> nor <!-- can end the block. */
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** Everything in one file: styles, script, view model, Turtle (for export and in-page SPARQL), the SPARQL engine. */
export async function renderHtmlBundle(quads: Quad[], vm: ViewModel = buildViewModel(quads)): Promise<string> {
  let html = await viewerIndex();
  const css = await readFile(path.join(VIEWER_DIR, 'assets/index.css'), 'utf8');
  const js = await readFile(path.join(VIEWER_DIR, 'assets/viewer.js'), 'utf8');
  const wasmPath = path.join(path.dirname(createRequire(import.meta.url).resolve('oxigraph/package.json')), 'web_bg.wasm');
  const wasm = gzipSync(await readFile(wasmPath), { level: 9 }).toString('base64');
  const data = [
    `<script type="application/json" id="newskg-data">${scriptJson(vm)}</script>`,
    `<script type="application/json" id="newskg-turtle">${scriptJson(await toTurtle(quads))}</script>`,
    `<script type="application/octet-stream" id="newskg-oxigraph-wasm">${wasm}</script>`,
  ].join('\n');
  // Replacer functions, not strings: "$&" and friends in the bundle must stay literal.
  html = html.replace(/<link rel="stylesheet"[^>]*href="\.\/assets\/index\.css"[^>]*>/, () => `<style>${css}</style>`);
  html = html.replace(/<script type="module"[^>]*src="\.\/assets\/viewer\.js"[^>]*><\/script>/, () => '');
  html = html.replace('</body>', () => `${data}\n<script type="module">${js.replace(/<\/script/gi, '<\\/script')}</script>\n</body>`);
  return html;
}

export async function writeHtmlBundle(quads: Quad[], out: string): Promise<void> {
  const html = await renderHtmlBundle(quads);
  const tmp = path.join(path.dirname(out), `.newskg-tmp-${process.pid}-${path.basename(out)}`);
  try {
    await writeFile(tmp, html);
    await rename(tmp, out);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new UserError(`view: cannot write ${out}: ${(e as Error).message}; check the folder exists and is writable`, 1);
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export interface ViewerServer { url: string; server: Server; close(): Promise<void> }

/** Serves the built viewer, its data (/data.json, /graph.ttl) and SPARQL (POST /sparql) on 127.0.0.1. */
export async function startViewerServer(opts: { quads: Quad[]; port?: number; host?: string; timeoutMs?: number; maxRows?: number }): Promise<ViewerServer> {
  await viewerIndex();
  const host = opts.host ?? '127.0.0.1';
  const dataJson = Buffer.from(JSON.stringify(buildViewModel(opts.quads)));
  const turtle = Buffer.from(await toTurtle(opts.quads));
  const { createEngine, QuerySyntaxError, QueryTimeoutError, QueryUpdateError } = await import('../query/engine.js');
  const { formatResult } = await import('../query/format.js');
  const engine = await createEngine(opts.quads);
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (url.pathname === '/data.json') return send(200, MIME['.json'], dataJson);
    if (url.pathname === '/graph.ttl') return send(200, 'text/turtle; charset=utf-8', turtle);
    if (url.pathname === '/sparql') return sparql(req, url, send);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname).replace(/^\/+/, '');
    const file = path.resolve(VIEWER_DIR, rel);
    if (!file.startsWith(VIEWER_DIR + path.sep)) return send(403, 'text/plain', 'forbidden');
    try {
      send(200, MIME[path.extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      send(404, 'text/plain', 'not found');
    }
  };
  const sparql = async (req: IncomingMessage, url: URL, send: (s: number, t: string, b: string) => void) => {
    let query = url.searchParams.get('query') ?? '';
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const body = Buffer.concat(chunks).toString('utf8');
      query = (req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded') ? (new URLSearchParams(body).get('query') ?? '') : body;
    }
    try {
      const result = await engine.query(query, { timeoutMs: opts.timeoutMs ?? 10_000, maxRows: opts.maxRows ?? 5_000 });
      if ('quads' in result) return send(400, 'text/plain', 'the viewer shows SELECT and ASK results; run CONSTRUCT with `newskg query`');
      send(200, 'application/sparql-results+json', formatResult(result, 'json'));
    } catch (e) {
      const known = e instanceof QuerySyntaxError || e instanceof QueryUpdateError || e instanceof QueryTimeoutError;
      send(known ? 400 : 500, 'text/plain; charset=utf-8', (e as Error).message);
    }
  };
  const server = createHttpServer((req, res) => void handler(req, res));
  const listen = (port: number) => new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => { server.off('error', reject); resolve(); });
  });
  try {
    await listen(opts.port ?? DEFAULT_PORT);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    if (opts.port !== undefined) throw new UserError(`view: port ${opts.port} is in use; pass another with --port N (or --port 0 for any free port)`);
    await listen(0);
  }
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    url: `http://${host}:${port}/`,
    server,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); void engine.close(); }),
  };
}
