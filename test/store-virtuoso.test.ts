// `build --store` and `query|serve --endpoint` against a real Virtuoso Open Source (its own server on
// a free port, with a temporary database: virtuoso.ts). Skipped, with a message, where virtuoso-t
// is not installed; .ci/run installs it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEndpoint } from '../src/cli/endpoint.js';
import { runCli, type Run } from './run-cli.js';
import { loadEngineSources } from '../src/query/load.js';
import { createServer, type NewskgServer } from '../src/server/index.js';
import { startVirtuoso, virtuosoMissing, type Virtuoso } from '../src/bench/virtuoso.js';

const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';
const GENEVA = 'test/fixtures/query/geneva-followup-2026-02-20.txt';

const missing = virtuosoMissing();
if (missing) console.warn(`Virtuoso tests skipped: ${missing}`);

const run = runCli;

/** A query's rows as a sorted list, so that rows tied under ORDER BY may come in any order. */
const rowsOf = (json: string): string[] => (JSON.parse(json) as { results: { bindings: object[] } }).results.bindings.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

describe.skipIf(missing !== undefined)('Virtuoso as the store', () => {
  let virtuoso: Virtuoso;
  let dir: string;
  let corpus: string;
  let build: Run;
  const storedTriples = async (): Promise<number> => {
    const r = await run(['query', '--endpoint', virtuoso.sparqlUrl, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newskg/")) }', '--format', 'csv']);
    expect(r.stderr).toBe('');
    return Number(r.stdout.split('\r\n')[1]);
  };

  beforeAll(async () => {
    virtuoso = await startVirtuoso();
    dir = await mkdtemp(path.join(tmpdir(), 'newskg-virtuoso-corpus-'));
    corpus = path.join(dir, 'corpus.trig');
    build = await run(['build', MUSCAT, GENEVA, '-o', corpus, '--jobs', '1', '--store', virtuoso.graphStoreUrl]);
  }, 300_000);
  afterAll(async () => {
    await virtuoso?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it('build --store puts the corpus in Virtuoso, every graph counted back whole', async () => {
    expect(build.stderr).toBe('');
    expect(build.code).toBe(0);
    const triples = Number(/, (\d+) triples\n/.exec(build.stdout)?.[1]);
    expect(build.stdout).toContain(`/sparql-graph-crud: 3 graphs, ${triples} triples stored and counted\n`);
    expect(await storedTriples()).toBe(triples);
  });

  it('a second build --store leaves the same triples (each graph is replaced)', async () => {
    const before = await storedTriples();
    const again = await run(['build', MUSCAT, GENEVA, '-o', corpus, '--add', '--store', virtuoso.graphStoreUrl]);
    expect(again.code).toBe(0);
    expect(await storedTriples()).toBe(before);
  });

  it.each([
    [['threats']],
    [['quotes-by', '--param', 'person=araghchi']],
    [['mentioned-with', '--param', 'entity=Iran']],
    [['people-by-affiliation']],
    [['evidence', '--param', 'about=Araghchi']],
  ])('query --endpoint --named %j answers the rows the embedded engine gives on the corpus file', async (named) => {
    const embedded = await run(['query', corpus, '--named', ...named, '--format', 'json']);
    const endpoint = await run(['query', '--endpoint', virtuoso.sparqlUrl, '--named', ...named, '--format', 'json']);
    expect(endpoint.stderr).toBe(embedded.stderr);
    expect(endpoint.code).toBe(0);
    expect(rowsOf(embedded.stdout).length).toBeGreaterThan(0);
    expect(rowsOf(endpoint.stdout)).toEqual(rowsOf(embedded.stdout));
  });

  it('ASK answers yes or no (Virtuoso sends it as a one-row SELECT)', async () => {
    expect((await run(['query', '--endpoint', virtuoso.sparqlUrl, 'ASK { ?t a nkg:Threat }'])).stdout).toBe('yes\n');
    expect((await run(['query', '--endpoint', virtuoso.sparqlUrl, 'ASK { ?t a nkg:Nothing }'])).stdout).toBe('no\n');
  });

  it('a syntax error is Virtuoso\'s message in one line, exit 2', async () => {
    const r = await run(['query', '--endpoint', virtuoso.sparqlUrl, 'SELECT ?x WHERE { ?x ?y }']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^query: the query: Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error[^\n]*\n$/);
  });

  describe('serve --endpoint', () => {
    let byEndpoint: NewskgServer;
    let byFile: NewskgServer;
    beforeAll(async () => {
      byEndpoint = await createServer({ endpoint: await openEndpoint('serve', virtuoso.sparqlUrl), viewerDir: dir, timeoutMs: 10_000, maxRows: 1000 });
      byFile = await createServer({ ...(await loadEngineSources([corpus])), viewerDir: dir, timeoutMs: 10_000, maxRows: 1000, engine: { quickLane: false } });
      await byEndpoint.listen(0);
      await byFile.listen(0);
    }, 120_000);
    afterAll(async () => {
      await byEndpoint?.close();
      await byFile?.close();
    });
    const base = (s: NewskgServer): string => `http://127.0.0.1:${(s.server.address() as { port: number }).port}`;

    it('serves the view model Virtuoso\'s triples make, the same as the corpus file\'s', async () => {
      const [a, b] = await Promise.all([fetch(`${base(byFile)}/data.json`), fetch(`${base(byEndpoint)}/data.json`)]);
      expect(b.status).toBe(200);
      const [fromFile, fromVirtuoso] = [await a.json(), await b.json()] as { nodes: { id: string; label: string }[]; edges: { id: string }[] }[];
      const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
      expect(fromFile!.nodes.length).toBeGreaterThan(10);
      expect(ids(fromVirtuoso!.nodes)).toEqual(ids(fromFile!.nodes));
      expect(ids(fromVirtuoso!.edges)).toEqual(ids(fromFile!.edges));
      // names with typographic quotes and accents survive the round trip through Virtuoso
      expect(fromVirtuoso!.nodes.map((n) => n.label).sort()).toEqual(fromFile!.nodes.map((n) => n.label).sort());
    });

    it('above the overview threshold, the overview and a neighbourhood from Virtuoso are the corpus file\'s', async () => {
      const view = { overviewAbove: 10, overviewEntities: 15 };
      const overEndpoint = await createServer({ endpoint: await openEndpoint('serve', virtuoso.sparqlUrl), viewerDir: dir, timeoutMs: 10_000, maxRows: 1000, view });
      const overFile = await createServer({ ...(await loadEngineSources([corpus])), viewerDir: dir, timeoutMs: 10_000, maxRows: 1000, view, engine: { quickLane: false, standby: false } });
      try {
        await overEndpoint.listen(0);
        await overFile.listen(0);
        type Part = { nodes: { id: string }[]; edges: { id: string }[]; statements: { id: string }[]; scope?: { kind: string; entities: number } };
        const get = async (s: NewskgServer, page: string) => (await (await fetch(`${base(s)}/${page}`)).json()) as Part;
        const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
        const [fromFile, fromVirtuoso] = await Promise.all([get(overFile, 'data.json'), get(overEndpoint, 'data.json')]);
        expect(fromVirtuoso.scope).toEqual(fromFile.scope);
        expect(fromFile.scope?.kind).toBe('overview');
        expect(fromFile.nodes).toHaveLength(15);
        expect(fromFile.edges.length).toBeGreaterThan(5);
        for (const k of ['nodes', 'edges', 'statements'] as const) expect(ids(fromVirtuoso[k])).toEqual(ids(fromFile[k]));
        const page = `neighbourhood.json?entity=${encodeURIComponent('https://w3id.org/newskg/id/person/abbas-araghchi')}`;
        const [nearFile, nearVirtuoso] = await Promise.all([get(overFile, page), get(overEndpoint, page)]);
        expect(nearFile.nodes.length).toBeGreaterThan(2);
        for (const k of ['nodes', 'edges', 'statements'] as const) expect(ids(nearVirtuoso[k])).toEqual(ids(nearFile[k]));
      } finally {
        await overEndpoint.close();
        await overFile.close();
      }
    });

    it('refuses an update with 403, and Virtuoso is not changed', async () => {
      const before = await storedTriples();
      const r = await fetch(`${base(byEndpoint)}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: 'DROP ALL' });
      expect(r.status).toBe(403);
      expect(await storedTriples()).toBe(before);
    });
  });
});
