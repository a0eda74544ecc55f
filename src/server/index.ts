// The one HTTP server of newskg (`serve` and `view`): the SPARQL 1.1 Protocol endpoint at /sparql
// (read-only), the loaded graph at /graph.ttl, and optionally the viewer: its static files and its
// view model at /data.json.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writer, type Quad } from 'n3';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';
// The engine and formats only: ../query/index.js would load the extraction pipeline too.
import {
  createEngine, QueryBusyError, QueryEndpointError, QueryResourceError, QuerySyntaxError, QueryTimeoutError, QueryUpdateError,
  type EngineSettings, type QueryEngine, type RdfText,
} from '../query/engine.js';
import { formatResult, MEDIA_TYPES, toTurtle } from '../query/format.js';
import { parseRdf } from '../rdf/parse.js';
import { CorpusView, DEFAULT_VIEW_LIMITS, ViewRequestError, type ViewLimits } from './corpus-view.js';
import { pickResultFormat } from './negotiate.js';
import { serveStatic } from './static.js';
import { ViewBusyError, ViewRoutes } from './view-routes.js';

export { VIEWER_DIR } from './viewer-dir.js';

/**
 * Data that lives in a SPARQL endpoint (`--endpoint`): queries go to its engine, and the graph the
 * viewer and /graph.ttl need is read from it when first asked for.
 */
export interface EndpointData {
  engine: QueryEngine;
  readGraph(): Promise<Quad[]>;
}

export interface ServerOptions {
  /** The data, for the embedded engine (with `texts`); ignored when `endpoint` is given. */
  quads?: Iterable<Quad>;
  /** Graph files the engine parses itself (see loadEngineSources); n3 parses them only if /graph.ttl or /data.json is asked for. */
  texts?: RdfText[];
  /** Answer from a SPARQL endpoint instead of loading the data into the embedded engine. */
  endpoint?: EndpointData;
  /** A built viewer served at / (index.html for folders), with its view model at /data.json; /sparql and /graph.ttl take precedence. */
  viewerDir?: string;
  /** Build /data.json before the server starts, not on the first request. */
  warmViewer?: boolean;
  /** When the viewer gets an overview instead of the whole graph, and how large the overview and neighbourhoods are. */
  view?: Partial<ViewLimits>;
  /** Per-query wall-clock limit. */
  timeoutMs: number;
  /** Rows (or triples) returned at most; a response that was cut says so in the X-Newskg-Truncated header. */
  maxRows: number;
  /** Longest request body accepted, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Queries running or waiting at most in each lane of the engine; past it a query is refused with 503 and Retry-After (default 16). */
  maxQueue?: number;
  /**
   * The engine's limits (memory per query, worker recycling) and lanes; the server turns the quick
   * lane on unless told otherwise, so cheap queries are answered while slow ones run.
   */
  engine?: Partial<Omit<EngineSettings, 'maxQueue'>>;
}

export interface NewskgServer {
  server: http.Server;
  engine: QueryEngine;
  /** Starts listening (port 0 picks a free one) and resolves to the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfter?: number) { super(message); }
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A page on another site must not reach this server through the browser: the Host must name this
 * server (a DNS-rebinding page sends its own name), and a request a page sends from another
 * origin is refused (no CORS headers are sent either, so such pages cannot read answers).
 */
function checkCaller(req: http.IncomingMessage, server: http.Server): void {
  const a = server.address() as AddressInfo | null;
  if (!a) return;
  const own = new Set([...LOOPBACK_NAMES, a.address.includes(':') ? `[${a.address}]` : a.address].map((h) => `${h}:${a.port}`));
  const host = (req.headers.host ?? '').toLowerCase();
  // bound to every interface on purpose (--host 0.0.0.0): any name may reach it, but pages only from that name
  const wildcard = a.address === '0.0.0.0' || a.address === '::';
  if (!wildcard && !own.has(host)) throw new HttpError(403, `Host "${host}" is not this server; use http://127.0.0.1:${a.port}`);
  const origin = req.headers.origin;
  const fromPage = origin?.replace(/^https?:\/\//, '').toLowerCase();
  if (fromPage && origin !== 'null' && !(wildcard ? fromPage === host : own.has(fromPage))) throw new HttpError(403, `requests from ${origin} are not served`);
  if (req.headers['sec-fetch-site'] === 'cross-site') throw new HttpError(403, 'cross-site requests are not served');
}

export async function createServer(options: ServerOptions): Promise<NewskgServer> {
  const remote = options.endpoint;
  const inMemory = remote ? [] : [...(options.quads ?? [])];
  const texts = remote ? [] : options.texts ?? [];
  let quads: Promise<Quad[]> | undefined;
  const readQuads = (): Promise<Quad[]> => (remote ? remote.readGraph() : Promise.resolve(texts.length ? withParsed(inMemory, texts) : inMemory));
  // an endpoint that failed once is asked again next time, not remembered as failed
  const allQuads = (): Promise<Quad[]> => (quads ??= readQuads().catch((e: unknown) => { quads = undefined; throw e; }));
  let graphTurtle: Promise<string> | undefined;
  const maxBody = options.maxBodyBytes ?? 1_000_000;
  const engine = await (remote ? Promise.resolve(remote.engine) : createEngine(inMemory, texts, { quickLane: true, standby: true, ...options.engine, maxQueue: options.maxQueue ?? 16 }));
  // the corpus's size decides what the viewer gets: counted by the engine, so a large corpus is never parsed here
  const view = new CorpusView(engine, allQuads, { ...DEFAULT_VIEW_LIMITS, ...options.view }, options.timeoutMs);
  const viewRoutes = new ViewRoutes(view);
  try {
    if (options.viewerDir && options.warmViewer) await view.dataJson();
  } catch (e) {
    await engine.close();
    throw e;
  }
  // a large corpus's overview takes seconds to read: start now, so that it is ready when a browser asks
  // (a small corpus is still parsed only when /data.json is first asked for)
  if (options.viewerDir && !options.warmViewer) void view.large().then((large) => (large ? view.dataJson() : undefined)).catch(() => undefined);

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const status = statusOf(e);
      if (status === 500) console.error(e);
      const retry = e instanceof HttpError ? e.retryAfter : e instanceof QueryBusyError || e instanceof ViewBusyError ? 2 : undefined;
      if (!res.headersSent) res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...(retry ? { 'retry-after': String(retry) } : {}) });
      res.end((e as Error).message + '\n');
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    res.setHeader('x-content-type-options', 'nosniff');
    checkCaller(req, server);
    if (url.pathname === '/sparql') return sparql(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, `${req.method} is not allowed here; use GET`);
    const head = req.method === 'HEAD';
    if (url.pathname === '/graph.ttl') {
      if (await view.large()) {
        const { count, atLeast } = await view.entities();
        throw new HttpError(403, `the corpus is too large to send whole (${count.toLocaleString('en-US')}${atLeast ? '+' : ''} entities); CONSTRUCT the part you need at /sparql, or read the corpus file`);
      }
      const body = await (graphTurtle ??= allQuads().then(toTurtleText).catch((e: unknown) => { graphTurtle = undefined; throw e; }));
      res.writeHead(200, { 'content-type': 'text/turtle; charset=utf-8', 'cache-control': 'no-store' });
      res.end(head ? undefined : body);
      return;
    }
    if (options.viewerDir && (await viewRoutes.serve(url.pathname, url.searchParams, res, head))) return;
    if (options.viewerDir && (await serveStatic(options.viewerDir, url.pathname, res, head))) return;
    throw new HttpError(404, `no such page: ${url.pathname}; the SPARQL endpoint is /sparql`);
  }

  async function sparql(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    let query: string | null = null;
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (url.searchParams.has('update')) throw new HttpError(403, 'SPARQL Update is not allowed: this endpoint is read-only');
      query = url.searchParams.get('query');
    } else if (req.method === 'POST') {
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const body = await readBody(req, maxBody);
      if (type === 'application/sparql-update') throw new HttpError(403, 'SPARQL Update is not allowed: this endpoint is read-only');
      if (type === 'application/sparql-query') query = body;
      else if (type === 'application/x-www-form-urlencoded') {
        const form = new URLSearchParams(body);
        if (form.has('update')) throw new HttpError(403, 'SPARQL Update is not allowed: this endpoint is read-only');
        query = form.get('query');
      } else throw new HttpError(415, 'POST a query as application/sparql-query or application/x-www-form-urlencoded (query=…)');
    } else {
      throw new HttpError(405, `${req.method} is not allowed on /sparql; use GET or POST`);
    }
    if (!query) throw new HttpError(400, 'missing the "query" parameter');

    // each lane of the engine runs one query at a time behind a bounded line, not an unbounded wait
    let result;
    try {
      result = await engine.query(query, { timeoutMs: options.timeoutMs, maxRows: options.maxRows });
    } catch (e) {
      if (e instanceof QueryUpdateError) throw new HttpError(403, e.message);
      if (e instanceof QuerySyntaxError) throw new HttpError(400, e.message);
      if (e instanceof QueryBusyError) throw new HttpError(503, e.message, 2);
      if (e instanceof QueryTimeoutError || e instanceof QueryResourceError) throw new HttpError(503, e.message);
      if (e instanceof QueryEndpointError) throw new HttpError(502, e.message);
      throw e;
    }
    const headers: Record<string, string> = { vary: 'Accept' };
    if ('truncated' in result && result.truncated) headers['x-newskg-truncated'] = String(options.maxRows);
    if ('quads' in result) {
      res.writeHead(200, { ...headers, 'content-type': `${MEDIA_TYPES.turtle}; charset=utf-8` });
      res.end(req.method === 'HEAD' ? undefined : await toTurtle(result));
      return;
    }
    const format = pickResultFormat(req.headers.accept, url.searchParams.get('format'));
    if (!format) throw new HttpError(406, 'cannot answer in the accepted formats; accept JSON, XML, CSV or TSV SPARQL results');
    res.writeHead(200, { ...headers, 'content-type': `${MEDIA_TYPES[format]}; charset=utf-8` });
    res.end(req.method === 'HEAD' ? undefined : formatResult(result, format));
  }

  return {
    server,
    engine,
    listen(port = 0, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const a = server.address() as AddressInfo;
          resolve(`http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`);
        });
      });
    },
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // A browser's keep-alive connections would otherwise hold close() open.
      server.closeAllConnections();
      await closed;
      await engine.close();
    },
  };
}

/** The status of a failed request: the client's mistake, a busy or overrun server, a failing endpoint behind it. */
function statusOf(e: unknown): number {
  if (e instanceof HttpError || e instanceof ViewRequestError) return e.status;
  if (e instanceof QueryBusyError || e instanceof ViewBusyError || e instanceof QueryTimeoutError || e instanceof QueryResourceError) return 503;
  // the endpoint behind /data.json or /graph.ttl failed: the gateway's error, not this server's
  if (e instanceof QueryEndpointError) return 502;
  return 500;
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new HttpError(413, `request body over ${limit} bytes; send a shorter query`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function toTurtleText(quads: Quad[]): Promise<string> {
  // Triples only: the viewer wants one graph, whatever article each fact came from.
  const writer = new Writer({ prefixes: { ...PREFIXES, id: ID_BASE } });
  const seen = new Set<string>();
  for (const q of quads) {
    const key = `${q.subject.id} ${q.predicate.id} ${q.object.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    writer.addQuad(q.subject, q.predicate, q.object);
  }
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}

/** The texts parsed with n3, for what needs quads in JS (the view model, /graph.ttl). */
function withParsed(quads: Quad[], texts: RdfText[]): Quad[] {
  const all = [...quads];
  for (const t of texts) for (const q of parseRdf(Buffer.from(t.bytes).toString('utf8'), t.name)) all.push(q);
  return all;
}
