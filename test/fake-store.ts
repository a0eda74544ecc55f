// A SPARQL 1.1 Graph Store (PUT and POST of a named graph, `?graph=IRI`) and query endpoint (POST or
// GET `query=`) in one Node http server on 127.0.0.1, backed by an in-process Oxigraph store whose
// default graph is the union of its named graphs, as Virtuoso's is. It can be told to misbehave the
// ways a real store does, so the tests see what a user would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import oxigraph from 'oxigraph';

export type FakeStoreFault =
  | 'none'
  /** A PUT stores half the triples and answers 500 (what Virtuoso 7.2 did with a Turtle PUT of one article). */
  | 'put-fails'
  /** A PUT stores all but one triple and answers 201 as if all were kept. */
  | 'drops-a-triple'
  /** Every query is answered with 500. */
  | 'query-fails'
  /** Every query is answered with 500 and Virtuoso's message for a query over its MaxQueryExecutionTime. */
  | 'query-times-out'
  /** Answers stop at 10 rows, as Virtuoso's ResultSetMaxRows cuts them: a SELECT's with the header X-SPARQL-MaxRows, a CONSTRUCT's without a word. */
  | 'cuts-answers'
  /** A query with ORDER BY and a LIMIT over 10,000 is refused with 500, as Virtuoso's sorted TOP limit (MaxSortedTopRows) refuses it. */
  | 'sorted-top-limit'
  /** Every other PUT is refused with 500 and Virtuoso's deadlock message, storing nothing (the loser of two writes rolled back). */
  | 'deadlocks';

export interface FakeStore {
  /** The Graph Store service. */
  storeUrl: string;
  /** The SPARQL query endpoint (the store URL's last segment replaced by "sparql", as build expects by default). */
  endpointUrl: string;
  fault: FakeStoreFault;
  /** Every request received: method, path and query string, Authorization header, body. */
  requests: { method: string; url: string; authorization?: string; body: string }[];
  /** How long each answer is held back (a store busy storing), and the most requests it has had open at once. */
  delayMs: number;
  mostOpen: number;
  close(): Promise<void>;
}

const GRAPH_FORMS = /^\s*(?:PREFIX\s+\S*\s*<[^>]*>\s*|BASE\s*<[^>]*>\s*|#[^\n]*\n\s*)*(CONSTRUCT|DESCRIBE)\b/i;

export async function startFakeStore(): Promise<FakeStore> {
  const store = new oxigraph.Store();
  const fake: FakeStore = { storeUrl: '', endpointUrl: '', fault: 'none', requests: [], delayMs: 0, mostOpen: 0, close: async () => undefined };
  let open = 0;
  let deadlocks = 0;

  const load = (graph: string, lines: string[]): void => {
    if (lines.length) store.load(lines.join('\n') + '\n', { format: 'application/n-triples', to_graph_name: oxigraph.namedNode(graph) });
  };

  function graphStore(req: http.IncomingMessage, url: URL, body: string): [number, string] {
    const graph = url.searchParams.get('graph');
    if (!graph) return [400, 'no ?graph='];
    if (!/^application\/n-triples/.test(req.headers['content-type'] ?? '')) return [415, 'send N-Triples'];
    const lines = body.split('\n').filter((l) => l.trim());
    if (req.method === 'POST') {
      load(graph, lines); // POST adds to the graph, PUT replaces it
      return [204, ''];
    }
    if (req.method !== 'PUT') return [405, 'PUT or POST'];
    if (fake.fault === 'deadlocks' && (deadlocks++ % 2 === 0)) return [500, 'Virtuoso 40001 Error SR172: Transaction deadlocked'];
    const existed = store.match(null, null, null, oxigraph.namedNode(graph)).length > 0;
    store.update(`DROP SILENT GRAPH <${graph}>`);
    if (fake.fault === 'put-fails') {
      load(graph, lines.slice(0, Math.floor(lines.length / 2)));
      return [500, '<html><body><h1>Error</h1><xmp>SP029: TURTLE RDF loader, line 41: internal error</xmp></body></html>'];
    }
    load(graph, fake.fault === 'drops-a-triple' ? lines.slice(0, -1) : lines);
    return [existed ? 204 : 201, ''];
  }

  /** An answer as a store with a row limit of 10 sends it, and the header that says so (SELECT only, as Virtuoso). */
  function cut(answer: string, graph: boolean): [string, Record<string, string>] {
    if (graph) return [answer.split('\n').filter(Boolean).slice(0, 10).join('\n') + '\n', {}];
    const json = JSON.parse(answer) as { results?: { bindings: unknown[] } };
    if (!json.results || json.results.bindings.length < 10) return [answer, {}];
    json.results.bindings = json.results.bindings.slice(0, 10);
    return [JSON.stringify(json), { 'x-sparql-maxrows': '10' }];
  }

  function sparql(req: http.IncomingMessage, url: URL, body: string): [number, string, string, Record<string, string>?] {
    const params = req.method === 'POST' ? new URLSearchParams(body) : url.searchParams;
    if (params.has('update')) return [403, 'text/plain', 'no updates here'];
    const query = params.get('query');
    if (!query) return [400, 'text/plain', 'no query'];
    if (fake.fault === 'query-fails') return [500, 'text/plain', 'Virtuoso 08C01 Error CL: Cluster: No connection to the host'];
    if (fake.fault === 'query-times-out') return [500, 'text/plain', `Virtuoso S1T00 Error SR171: Transaction timed out\n\nSPARQL query:\n${query}`];
    const limit = Number(/LIMIT\s+(\d+)\s*$/i.exec(query.trim())?.[1] ?? 0);
    if (fake.fault === 'sorted-top-limit' && /ORDER\s+BY/i.test(query) && limit > 10_000) return [500, 'text/plain', `Virtuoso 22023 Error SR353: Sorted TOP clause specifies more then ${limit} rows to sort. Only 10000 are allowed. Either decrease the offset and/or row count or use a scrollable cursor`];
    const graph = GRAPH_FORMS.test(query);
    try {
      const results_format = graph ? 'application/n-triples' : 'application/sparql-results+json';
      const answer = store.query(query, { use_default_graph_as_union: true, results_format }) as string;
      if (fake.fault === 'cuts-answers') return [200, results_format, ...cut(answer, graph)];
      return [200, results_format, answer];
    } catch (e) {
      return [400, 'text/plain', `Parse error: ${(e as Error).message}`];
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    open++;
    fake.mostOpen = Math.max(fake.mostOpen, open);
    res.on('close', () => open--);
    req.on('end', () => setTimeout(() => {
      const body = Buffer.concat(chunks).toString('utf8');
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      fake.requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      if (url.pathname === '/store') {
        const [status, text] = graphStore(req, url, body);
        res.writeHead(status, { 'content-type': 'text/html' }).end(text);
      } else if (url.pathname === '/sparql') {
        const [status, type, text, headers] = sparql(req, url, body);
        res.writeHead(status, { 'content-type': type, ...headers }).end(text);
      } else {
        res.writeHead(404).end('not found');
      }
    }, fake.delayMs));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.storeUrl = `http://127.0.0.1:${port}/store`;
  fake.endpointUrl = `http://127.0.0.1:${port}/sparql`;
  fake.close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return fake;
}
