// Issue 12 item 5: the server and the --html bundle answer a query over the same corpus with the
// same rows. A triple stated in several graphs (an entity's label in the default graph and in each
// article's graph of an `extract -o x.trig`) is one triple, as in the exported Turtle: the server's
// default graph is the merge of the graphs, not their union with repeats.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import oxigraph from 'oxigraph';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { renderHtmlBundle, startViewerServer } from '../src/cli/view.js';
import { loadEngineSources, loadSources } from '../src/query/load.js';
import { PREFIX_LINE } from '../src/query/prefixes.js';
import { createServer, type NewskgServer } from '../src/server/index.js';
import { CHROMIUM, ensureViewerBuilt, launchChromium } from './viewer-helpers.js';

const QUERIES = [
  'SELECT ?x ?label WHERE { ?x rdfs:label ?label }',
  'SELECT ?country ?p ?o WHERE { ?country a schema:Country ; ?p ?o }',
  'SELECT ?s ?p ?o WHERE { ?s ?p ?o }',
  'SELECT ?a ?e WHERE { ?a schema:mentions ?e . ?e a schema:Person }',
];

let dir: string;
let trig: string;
let server: NewskgServer;
let base: string;
let bundle: oxigraph.Store;
let html: string;

const silent = (): Writable => new Writable({ write(_c, _e, cb) { cb(); } });

beforeAll(async () => {
  await ensureViewerBuilt();
  dir = await mkdtemp(path.join(tmpdir(), 'newskg-bundle-'));
  trig = path.join(dir, 'four.trig');
  const articles = (await readdir('data/eval')).filter((f) => f.endsWith('.txt')).sort().slice(0, 4).map((f) => path.join('data/eval', f));
  expect(await main(['extract', ...articles, '-o', trig], { stdout: silent(), stderr: silent(), stdin: new PassThrough() })).toBe(0);
  server = await createServer({ ...(await loadEngineSources([trig])), timeoutMs: 20_000, maxRows: 100_000 });
  base = await server.listen(0);
  html = await renderHtmlBundle(await loadSources([trig]));
  // the page's engine: the Turtle embedded in the bundle, queried as viewer/src/query.ts does
  const turtle = JSON.parse(/<script type="application\/json" id="newskg-turtle">([\s\S]*?)<\/script>/.exec(html)![1]!) as string;
  bundle = new oxigraph.Store();
  bundle.load(turtle, { format: 'text/turtle' });
});
afterAll(() => server?.close());

const serverRows = async (query: string): Promise<number> => {
  const res = await fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: query });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: { bindings: unknown[] } }).results.bindings.length;
};
const bundleRows = (query: string): number =>
  (JSON.parse(bundle.query(`${PREFIX_LINE}\n${query}`, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true }) as string) as { results: { bindings: unknown[] } }).results.bindings.length;

describe('the server and the --html bundle agree', () => {
  it.each(QUERIES)('%s: the same number of rows', async (query) => {
    const rows = await serverRows(query);
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBe(bundleRows(query));
  });

  it('each triple counts once, however many graphs state it; GRAPH still reads each article', async () => {
    const quads = await loadSources([trig]);
    const triples = new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`));
    expect(quads.length).toBeGreaterThan(triples.size); // the corpus does repeat triples
    expect(await serverRows('SELECT ?s ?p ?o WHERE { ?s ?p ?o }')).toBe(triples.size);
    expect(await serverRows('SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }')).toBe(quads.filter((q) => q.graph.termType === 'NamedNode').length);
  });
});

describe.skipIf(!existsSync(CHROMIUM))('in the browser: the viewer on the server and the --html file', () => {
  it('show the same row count for the same query', async () => {
    const file = path.join(dir, 'four.html');
    await writeFile(file, html);
    const viewer = await startViewerServer({ ...(await loadEngineSources([trig])), port: 0, maxRows: 100_000 });
    const browser = await launchChromium();
    try {
      const count = async (url: string): Promise<string> => {
        const page = await browser.newPage();
        await page.goto(url);
        await page.waitForSelector('#examples button');
        await page.fill('#query', QUERIES[0]!);
        await page.click('#run-query');
        await page.waitForSelector('#results-table tbody tr', { timeout: 30_000 });
        const rows = await page.locator('#results-table tbody tr').count();
        await page.close();
        return String(rows);
      };
      const fromServer = await count(viewer.url);
      expect(Number(fromServer)).toBeGreaterThan(0);
      expect(await count(pathToFileURL(file).href)).toBe(fromServer);
    } finally {
      await browser.close();
      await viewer.close();
    }
  });
});
