// `newskg view`: the entity graph in a browser, served on 127.0.0.1 (by src/server, as `newskg serve` is)
// or written as one self-contained HTML file.
import type { Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { checkWritable, writeFileAtomic } from '../output/write.js';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DataFactory, Writer, type Quad } from 'n3';
import { UserError, isUserError } from '../errors.js';
import { buildViewModel, type ViewModel } from '../graph/index.js';
import type { EngineSources } from '../query/load.js';
import type { RdfText } from '../query/oxigraph.js';
import type { EngineSettings } from '../query/types.js';
import type { ViewLimits } from '../server/corpus-view.js';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';
import { createServer, VIEWER_DIR, type EndpointData } from '../server/index.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { LARGE_CORPUS_OPTIONS, parseCommandArgs, viewLimitsFrom } from './args.js';
import { fromEndpoint, oneSource, openEndpoint } from './endpoint.js';
import { shownUrl } from '../store/http.js';

export { VIEWER_DIR };

const DEFAULT_PORT = 8765;

export const command: Command = {
  name: 'view',
  ...HELP.view,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('view', {
      args: argv, allowPositionals: true,
      options: { port: { type: 'string' }, html: { type: 'string' }, endpoint: { type: 'string' }, ...LARGE_CORPUS_OPTIONS },
    });
    const view = viewLimitsFrom(values, 'view');
    if (!positionals.length && values.endpoint === undefined) throw new UserError('view: no input files; pass graph (.ttl) or article (.txt .md .html) files (or --endpoint URL), e.g. `newskg view data/articles/*.txt`');
    oneSource('view', positionals, values.endpoint, 'newskg view data/articles/*.txt');
    const port = values.port === undefined ? undefined : Number(values.port);
    if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536)) throw new UserError(`view: --port ${values.port} is not a port number; pass an integer from 0 to 65535`);
    // the endpoint answers a test query before anything else is done
    const endpoint = values.endpoint === undefined ? undefined : await openEndpoint('view', values.endpoint);
    if (values.html) {
      // before the articles are read: an unwritable path fails at once
      await checkWritable(values.html, 'view');
      await refuseLargeBundle(positionals);
      const quads = endpoint ? await fromEndpoint('view', () => endpoint.readGraph()) : await loadQuads(positionals);
      if (quads.length > MAX_BUNDLE_TRIPLES) throw tooLarge(values.endpoint === undefined ? positionals : [shownUrl(values.endpoint)], `${quads.length.toLocaleString('en-US')} triples`);
      await writeHtmlBundle(quads, values.html);
      io.stdout.write(`wrote ${values.html}: open it in a browser (works offline)\n`);
      return 0;
    }
    const data = endpoint ? { endpoint } : await loadForEngine(positionals);
    // with an endpoint, the viewer's graph is read from it before the server starts
    const server = await fromEndpoint('view', () => startViewerServer({ ...data, port, view, engine: { standby: !values['no-standby'] } }));
    if (server.moved) io.stderr.write(`newskg view: port ${DEFAULT_PORT} is in use, so the viewer took a free port; pass --port N to choose one\n`);
    io.stdout.write(`newskg viewer: ${server.url}  (Ctrl+C to stop)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};

/**
 * One HTML file holds the whole graph in a browser tab (Turtle, view model and engine): past this it is
 * too heavy to open (a 1,000-article corpus, 409,000 triples and 30 MB, took 1.4 GB to bundle), so
 * such a corpus is served instead. Graph files are weighed before they are read.
 */
const MAX_BUNDLE_TRIPLES = 500_000;
const MAX_BUNDLE_BYTES = 50 * 2 ** 20;

const tooLarge = (files: string[], what: string): UserError =>
  new UserError(`view: ${files.join(' ')}: ${what} is too much for one HTML file (at most ${MAX_BUNDLE_TRIPLES.toLocaleString('en-US')} triples); browse it with \`newskg view\` without --html, which serves it`);

async function refuseLargeBundle(files: string[]): Promise<void> {
  const { stat } = await import('node:fs/promises');
  let bytes = 0;
  for (const f of files) if (/\.(ttl|trig|nt|nq|jsonld|json)$/i.test(f)) bytes += (await stat(f).catch(() => undefined))?.size ?? 0;
  if (bytes > MAX_BUNDLE_BYTES) throw tooLarge(files, `${Math.round(bytes / 2 ** 20)} MB of graph files`);
}

async function asView<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (e) {
    // The loader belongs to the query command; say which command the user ran.
    if (isUserError(e)) throw new UserError(e.message.replace(/^query:/, 'view:'), e.exitCode);
    throw e;
  }
}

// Loaded on use, not at the top: reading articles pulls in the whole extraction pipeline.
const loadQuads = (files: string[]): Promise<Quad[]> => asView(async () => (await import('../query/load.js')).loadSources(files));
const loadForEngine = (files: string[]): Promise<EngineSources> => asView(async () => (await import('../query/load.js')).loadEngineSources(files));

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

/** Written whole or not at all, as extract and build write (a killed run's temp file is removed by the next). */
export async function writeHtmlBundle(quads: Quad[], out: string): Promise<void> {
  await writeFileAtomic(out, await renderHtmlBundle(quads), 'view');
}

export interface ViewerServer {
  url: string;
  server: Server;
  close(): Promise<void>;
  /** The default port was taken, so a free one was used. */
  moved: boolean;
}

/** `newskg serve`'s server with the built viewer, on 127.0.0.1:8765 (or a free port when that is taken and no port was asked for). */
export async function startViewerServer(opts: {
  quads?: Quad[]; texts?: RdfText[]; endpoint?: EndpointData; port?: number; host?: string; timeoutMs?: number; maxRows?: number;
  view?: Partial<ViewLimits>; engine?: Partial<Omit<EngineSettings, 'maxQueue'>>;
}): Promise<ViewerServer> {
  await viewerIndex();
  const host = opts.host ?? '127.0.0.1';
  const srv = await createServer({
    quads: opts.quads, texts: opts.texts, endpoint: opts.endpoint, viewerDir: VIEWER_DIR, warmViewer: true,
    timeoutMs: opts.timeoutMs ?? 10_000, maxRows: opts.maxRows ?? 5_000, view: opts.view, engine: opts.engine,
  });
  let base: string;
  let moved = false;
  try {
    base = await srv.listen(opts.port ?? DEFAULT_PORT, host).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EADDRINUSE') throw e;
      if (opts.port !== undefined) throw new UserError(`view: port ${opts.port} is in use; pass another with --port N (or --port 0 for any free port)`);
      moved = true;
      return srv.listen(0, host);
    });
  } catch (e) {
    await srv.close();
    throw e;
  }
  return { url: `${base}/`, server: srv.server, close: () => srv.close(), moved };
}
