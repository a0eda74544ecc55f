// `build --store` and `query|serve|view --endpoint` against a small Graph Store + SPARQL endpoint
// in this process (fake-store.ts), so the protocol code is tested without Virtuoso: what the
// endpoint answers after a build, that a second build replaces instead of doubling, and the one
// line and exit code a user gets when the store fails.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEndpoint } from '../src/cli/endpoint.js';
import { runCli, type Run } from './run-cli.js';
import { loadEngineSources } from '../src/query/load.js';
import { createServer, type NewskgServer } from '../src/server/index.js';
import { readAsk, readSelect } from '../src/store/results.js';
import { storeCorpus } from '../src/store/upload.js';
import { startFakeStore, type FakeStore } from './fake-store.js';

const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';
const GENEVA = 'test/fixtures/query/geneva-followup-2026-02-20.txt';
const MUSCAT_GRAPH = 'https://w3id.org/newskg/id/article/muscat-talks-2026-02-07';
const COUNT_ALL = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }';

let fake: FakeStore;
let dir: string;
let corpus: string;
let firstBuild: Run;

const run = runCli;

/** stderr without the lines --add writes for each article already in the corpus. */
const errorLines = (r: Run): string[] => r.stderr.split('\n').filter((l) => l && !/already in .*, skipped$/.test(l));

/** Triples in all named graphs of the store, asked of its endpoint as a user would. */
async function storedTriples(): Promise<number> {
  const r = await run(['query', '--endpoint', fake.endpointUrl, COUNT_ALL, '--format', 'csv']);
  expect(r.code).toBe(0);
  return Number(r.stdout.split('\r\n')[1]);
}

/** The triples a build reports for its corpus file. */
const corpusTriples = (r: Run): number => Number(/, (\d+) triples\n/.exec(r.stdout)?.[1]);

/** Sends the existing corpus again (--add with nothing new: no article is extracted again). */
const resend = (): Promise<Run> => run(['build', MUSCAT, GENEVA, '-o', corpus, '--add', '--store', fake.storeUrl]);

beforeAll(async () => {
  fake = await startFakeStore();
  dir = await mkdtemp(path.join(tmpdir(), 'newskg-store-'));
  corpus = path.join(dir, 'corpus.trig');
  firstBuild = await run(['build', MUSCAT, GENEVA, '-o', corpus, '--jobs', '1', '--store', fake.storeUrl]);
}, 300_000);

afterAll(async () => {
  await fake?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('build --store into a Graph Store', () => {
  it('PUTs each article graph and the entities, and says how many triples were stored and counted', () => {
    expect(firstBuild.stderr).toBe('');
    expect(firstBuild.code).toBe(0);
    const stored = /: 3 graphs, (\d+) triples stored and counted\n$/.exec(firstBuild.stdout);
    expect(stored).not.toBeNull();
    expect(Number(stored![1])).toBe(corpusTriples(firstBuild));
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(3);
  });

  it.each([
    [['threats']],
    [['quotes-by', '--param', 'person=araghchi']],
    [['mentioned-with', '--param', 'entity=Iran']],
    [['people-by-affiliation']],
  ])('the endpoint answers --named %j with the rows the embedded engine gives on the corpus file', async (named) => {
    const embedded = await run(['query', corpus, '--named', ...named, '--format', 'json']);
    const endpoint = await run(['query', '--endpoint', fake.endpointUrl, '--named', ...named, '--format', 'json']);
    expect(endpoint.stderr).toBe(embedded.stderr);
    expect(endpoint.code).toBe(0);
    expect(JSON.parse(embedded.stdout).results.bindings.length).toBeGreaterThan(0);
    expect(endpoint.stdout).toBe(embedded.stdout);
  });

  it('running the build again leaves exactly the corpus in the store: each graph is replaced, never added to', async () => {
    expect(await storedTriples()).toBe(corpusTriples(firstBuild));
    // what an earlier build said in the article's graph and this one no longer says
    const stale = await fetch(`${fake.storeUrl}?graph=${encodeURIComponent(MUSCAT_GRAPH)}`, {
      method: 'POST', headers: { 'content-type': 'application/n-triples' }, body: '<urn:x:stale> <urn:x:said> "by an earlier build" .\n',
    });
    expect(stale.status).toBe(204);
    expect(await storedTriples()).toBe(corpusTriples(firstBuild) + 1);
    const again = await run(['build', MUSCAT, GENEVA, '-o', corpus, '--jobs', '1', '--store', fake.storeUrl]);
    expect(again.code).toBe(0);
    expect(await storedTriples()).toBe(corpusTriples(firstBuild));
  });

  it('a graph larger than one request is PUT in its first part and POSTed the rest: the store holds it whole, and again after a second load', async () => {
    const target = { storeUrl: fake.storeUrl, endpointUrl: fake.endpointUrl, timeoutMs: 30_000, partTriples: 200 };
    for (let load = 0; load < 2; load++) {
      const before = fake.requests.length;
      const stored = await storeCorpus(corpus, target, 3);
      expect(stored).toEqual({ ok: true, value: { graphs: 3, triples: corpusTriples(firstBuild) } });
      const sends = fake.requests.slice(before).filter((r) => r.url.startsWith('/store'));
      // every graph of this corpus is over 200 triples: each begins with a PUT, and parts follow it
      const graphs = sends.map((r) => new URL(r.url, 'http://x').searchParams.get('graph'));
      expect(sends.filter((r) => r.method === 'PUT')).toHaveLength(3);
      expect(sends.filter((r) => r.method === 'POST').length).toBeGreaterThanOrEqual(3);
      for (const [i, r] of sends.entries()) expect(r.method).toBe(graphs.indexOf(graphs[i]) === i ? 'PUT' : 'POST');
      expect(Math.max(...sends.map((r) => r.body.split('\n').filter(Boolean).length))).toBeLessThanOrEqual(200);
      expect(await storedTriples()).toBe(corpusTriples(firstBuild));
    }
  });

  it('sends several graphs at once to a store slow to answer, each graph\'s parts still in order, and the store holds the corpus whole', async () => {
    const target = { storeUrl: fake.storeUrl, endpointUrl: fake.endpointUrl, timeoutMs: 30_000, partTriples: 200 };
    fake.delayMs = 50;
    fake.mostOpen = 0;
    try {
      const before = fake.requests.length;
      const stored = await storeCorpus(corpus, target, 3);
      expect(stored).toEqual({ ok: true, value: { graphs: 3, triples: corpusTriples(firstBuild) } });
      expect(fake.mostOpen).toBeGreaterThan(1);
      // per graph: its PUT, then its POSTs, then the count that asks for it by name
      const seen = fake.requests.slice(before).map((r) => r.url.startsWith('/store')
        ? `${r.method} ${new URL(r.url, 'http://x').searchParams.get('graph')}`
        : `COUNT ${/GRAPH <([^>]*)>/.exec(new URLSearchParams(r.body).get('query') ?? '')?.[1]}`);
      for (const graph of new Set(seen.map((s) => s.split(' ')[1]))) {
        const own = seen.filter((s) => s.endsWith(` ${graph}`)).map((s) => s.split(' ')[0]);
        expect(own.join(' ')).toMatch(/^PUT( POST)* COUNT$/);
      }
      expect(await storedTriples()).toBe(corpusTriples(firstBuild));
    } finally {
      fake.delayMs = 0;
    }
  });

  // the query for every label (after the prefixes the engine puts first)
  const LABEL_LIST = /^SELECT DISTINCT \?l WHERE \{ \{ \?e rdfs:label \?l \} UNION \{ \?e skos:altLabel \?l \} \}$/m;
  it('a name given as the data spells it is looked up alone, not by fetching every label; a name in other case still matches', async () => {
    const before = fake.requests.length;
    const exact = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'mentioned-with', '--param', 'entity=Iran', '--format', 'csv']);
    expect(exact.code).toBe(0);
    const sent = fake.requests.slice(before).map((r) => new URLSearchParams(r.body).get('query') ?? '');
    expect(sent.some((q) => /VALUES \?l/.test(q))).toBe(true);
    expect(sent.some((q) => LABEL_LIST.test(q))).toBe(false);
    // a name in lower case is looked up in the spellings names have (each word capitalised), still without the label list
    const lower = fake.requests.length;
    const folded = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'mentioned-with', '--param', 'entity=iran', '--format', 'csv']);
    expect(folded.stdout).toBe(exact.stdout);
    expect(fake.requests.slice(lower).map((r) => new URLSearchParams(r.body).get('query') ?? '').some((q) => LABEL_LIST.test(q))).toBe(false);
    // a spelling no capitalising gives ("Omani diplomat") is still found, by comparing with every label
    const odd = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'quotes-by', '--param', 'person=OMANI diplomat', '--format', 'csv']);
    expect(odd.code).toBe(0);
    expect(odd.stdout).toMatch(/^Omani diplomat,/m);
    // a name written without its accents is found by a REGEX the store runs, not by fetching every label
    const accents = fake.requests.length;
    const plain = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'quotes-by', '--param', 'person=ÓMANI DÎPLOMAT', '--format', 'csv']);
    expect(plain.stdout).toMatch(/^Omani diplomat,/m);
    const asked = fake.requests.slice(accents).map((r) => new URLSearchParams(r.body).get('query') ?? '');
    expect(asked.some((q) => /REGEX/.test(q))).toBe(true);
    expect(asked.some((q) => LABEL_LIST.test(q))).toBe(false);
  });

  it('a PUT the store gave up as deadlocked is sent again: the corpus is stored whole, exit 0', async () => {
    fake.fault = 'deadlocks';
    try {
      const r = await resend();
      expect(errorLines(r)).toEqual([]);
      expect(r.code).toBe(0);
      expect(await storedTriples()).toBe(corpusTriples(firstBuild));
    } finally {
      fake.fault = 'none';
    }
  });

  it('a store that answers a PUT with HTTP 500 is one line naming the article, and exit 4', async () => {
    fake.fault = 'put-fails';
    try {
      const r = await resend();
      expect(r.code).toBe(4);
      expect(errorLines(r)).toHaveLength(1);
      expect(errorLines(r)[0]).toMatch(/^build: --store: article muscat-talks-2026-02-07 \(graph <https:\/\/w3id\.org\/newskg\/id\/article\/muscat-talks-2026-02-07>\): .* answered the PUT with HTTP 500: SP029: TURTLE RDF loader, line 41: internal error; .* sends it again/);
    } finally {
      fake.fault = 'none';
    }
  });

  it('a store that keeps fewer triples than were sent is one line with both counts, and exit 4', async () => {
    fake.fault = 'drops-a-triple';
    try {
      const r = await resend();
      expect(r.code).toBe(4);
      expect(errorLines(r)).toHaveLength(1);
      const counts = /^build: --store: article muscat-talks-2026-02-07 .*: sent (\d+) triples, the store holds (\d+);/.exec(errorLines(r)[0]!);
      expect(counts).not.toBeNull();
      expect(Number(counts![2])).toBe(Number(counts![1]) - 1);
    } finally {
      fake.fault = 'none';
    }
    // and once the store behaves, sending again makes it whole
    expect((await resend()).code).toBe(0);
    expect(await storedTriples()).toBe(corpusTriples(firstBuild));
  });

  it('a store that is not running is one line before any article is extracted, and exit 4', async () => {
    const closed = await closedPort();
    const out = path.join(dir, 'never.trig');
    const r = await run(['build', MUSCAT, '-o', out, '--store', `http://127.0.0.1:${closed}/store`]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(new RegExp(`^build: --store: http://127\\.0\\.0\\.1:${closed}/sparql: connection refused; is the store running and is the port right\\?\\n$`));
    expect(existsSync(out)).toBe(false);
  });
});

describe('query --endpoint', () => {
  it('sends a user and password in the URL as Basic authentication, and never prints them', async () => {
    const withUser = fake.endpointUrl.replace('http://', 'http://reader:s3cret@');
    fake.fault = 'query-fails';
    try {
      const r = await run(['query', '--endpoint', withUser, 'ASK { ?s ?p ?o }']);
      expect(r.code).toBe(4);
      expect(r.stderr).toBe(`query: ${fake.endpointUrl} answered HTTP 500: Virtuoso 08C01 Error CL: Cluster: No connection to the host\n`);
      expect(fake.requests.at(-1)!.authorization).toBe(`Basic ${Buffer.from('reader:s3cret').toString('base64')}`);
    } finally {
      fake.fault = 'none';
    }
  });

  it('says on stderr when the endpoint cut the rows at its own limit, and view refuses a graph cut short', async () => {
    const unknownName = ['query', '--endpoint', fake.endpointUrl, '--named', 'quotes-by', '--param', 'person=Nobody Atall'];
    expect((await run(unknownName)).stderr).toBe('query: no name in the data is "Nobody Atall" (compared without case or accents); --param person matches nothing\n');
    fake.fault = 'cuts-answers';
    try {
      // a name in Latin letters is compared by the store itself (REGEX), whatever its row limit: it is not there
      expect((await run(unknownName)).stderr).toBe('query: no name in the data is "Nobody Atall" (compared without case or accents); --param person matches nothing\n');
      // a name in other letters is compared with the list of every label: with only some of them sent, it may still be in the store
      expect((await run(['query', '--endpoint', fake.endpointUrl, '--named', 'quotes-by', '--param', 'person=Никто Никогда'])).stderr).toBe('');
      const rows = await run(['query', '--endpoint', fake.endpointUrl, 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }', '--format', 'csv']);
      expect(rows.code).toBe(0);
      expect(rows.stdout.trim().split('\r\n')).toHaveLength(11);
      expect(rows.stderr).toBe('query: the endpoint sent only its first 10 rows (its own row limit); the answer below is incomplete\n');
      const html = path.join(dir, 'cut.html');
      const view = await run(['view', '--endpoint', fake.endpointUrl, '--html', html]);
      expect(view.code).toBe(4);
      expect(view.stderr).toMatch(/^view: --endpoint: http:\/\/127\.0\.0\.1:\d+\/sparql sent 10 of its \d+ newskg triples \(it cuts answers at its own row limit\); raise the limit \(Virtuoso: ResultSetMaxRows [^\n]*\n$/);
      expect(existsSync(html)).toBe(false);
    } finally {
      fake.fault = 'none';
    }
  });

  it('a row cap over the endpoint\'s sorted TOP limit (Virtuoso: 10,000) still answers a query with ORDER BY', async () => {
    fake.fault = 'sorted-top-limit';
    try {
      const r = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'threats', '--limit', '10000', '--format', 'csv']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\r\n').length).toBeGreaterThan(1);
    } finally {
      fake.fault = 'none';
    }
  });

  it('a query the endpoint stops at its own time limit is one line and exit 3, as one over --timeout', async () => {
    fake.fault = 'query-times-out';
    try {
      const r = await run(['query', '--endpoint', fake.endpointUrl, '--named', 'threats']);
      expect(r.code).toBe(3);
      expect(r.stderr).toBe(`query: named query threats: ${fake.endpointUrl} stopped the query at its own time limit (Virtuoso S1T00 Error SR171: Transaction timed out); make the query more selective\n`);
    } finally {
      fake.fault = 'none';
    }
  });

  it('a query slower than --timeout is one line and exit 3', async () => {
    const closed = await silentServer();
    try {
      const r = await run(['query', '--endpoint', closed.url, 'ASK { ?s ?p ?o }', '--timeout', '300']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^query: the query: .*: no answer within 300 ms; make the query more selective or raise --timeout\n$/);
    } finally {
      await closed.close();
    }
  });
});

describe('serve and view --endpoint', () => {
  let byEndpoint: NewskgServer;
  let byFile: NewskgServer;
  let endpointBase: string;
  let fileBase: string;
  beforeAll(async () => {
    byEndpoint = await createServer({ endpoint: await openEndpoint('serve', fake.endpointUrl), viewerDir: dir, timeoutMs: 5000, maxRows: 1000 });
    byFile = await createServer({ ...(await loadEngineSources([corpus])), viewerDir: dir, timeoutMs: 5000, maxRows: 1000, engine: { quickLane: false } });
    endpointBase = await byEndpoint.listen(0);
    fileBase = await byFile.listen(0);
  }, 120_000);
  afterAll(async () => {
    await byEndpoint?.close();
    await byFile?.close();
  });

  const ask = (base: string, query: string, accept = 'text/csv'): Promise<Response> =>
    fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query', accept }, body: query });

  it('binds 127.0.0.1 and answers /sparql as the server on the corpus file does', async () => {
    expect(endpointBase).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const q = 'SELECT ?who ?target WHERE { ?t a nkg:Threat ; nkg:threatener ?who ; nkg:threatTarget ?target } ORDER BY ?who ?target';
    const [a, b] = await Promise.all([ask(fileBase, q), ask(endpointBase, q)]);
    expect(b.status).toBe(200);
    expect(await b.text()).toBe(await a.text());
  });

  it('serves the same view model (/data.json) as from the corpus file', async () => {
    const [a, b] = await Promise.all([fetch(`${fileBase}/data.json`), fetch(`${endpointBase}/data.json`)]);
    expect(b.status).toBe(200);
    const [fromFile, fromEndpoint] = [await a.json(), await b.json()] as { nodes: { id: string }[]; edges: { id: string }[] }[];
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id).sort();
    expect(fromFile!.nodes.length).toBeGreaterThan(10);
    expect(ids(fromEndpoint!.nodes)).toEqual(ids(fromFile!.nodes));
    expect(ids(fromEndpoint!.edges)).toEqual(ids(fromFile!.edges));
  });

  it('stays read-only: an update is refused with 403 and never sent to the store', async () => {
    const before = fake.requests.length;
    const refused = await Promise.all([
      ask(endpointBase, 'INSERT DATA { <urn:a> <urn:b> <urn:c> }'),
      fetch(`${endpointBase}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL' }),
      fetch(`${endpointBase}/sparql?update=${encodeURIComponent('DROP ALL')}`),
    ]);
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403]);
    expect(fake.requests.length).toBe(before);
  });

  it('a failing endpoint is a 502 with its message, and the server keeps serving', async () => {
    fake.fault = 'query-fails';
    try {
      const r = await ask(endpointBase, 'ASK { ?s ?p ?o }', 'application/sparql-results+json');
      expect(r.status).toBe(502);
      expect(await r.text()).toMatch(/answered HTTP 500: Virtuoso 08C01 Error CL: Cluster: No connection to the host\n$/);
    } finally {
      fake.fault = 'none';
    }
    expect((await ask(endpointBase, 'ASK { ?s ?p ?o }', 'application/sparql-results+json')).status).toBe(200);
  });

  it('a syntax error is the endpoint\'s 400, its position in the user\'s text (not shifted by the predeclared prefixes)', async () => {
    const r = await ask(endpointBase, 'SELECT ?x\nWHERE { ?x ?y ?z ?w }');
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/^Parse error: error at 2:\d+: [^\n]*\n$/);
  });
});

describe('answers of real stores', () => {
  it('reads Virtuoso\'s SPARQL JSON: "typed-literal" terms and ASK as a one-row SELECT', () => {
    const select = readSelect('{ "head": { "link": [], "vars": ["n", "s"] }, "results": { "distinct": false, "ordered": true, "bindings": [ { "n": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "3" }, "s": { "type": "literal", "value": "N\\u00FA\\u00F1ez" } } ] } }');
    expect(select).toEqual({ ok: true, value: { vars: ['n', 's'], rows: [{ n: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, s: { type: 'literal', value: 'Núñez' } }] } });
    const askTrue = '{ "head": { "link": [], "vars": ["__ASK_RETVAL"] }, "results": { "bindings": [ { "__ASK_RETVAL": { "type": "typed-literal", "datatype": "http://www.w3.org/2001/XMLSchema#integer", "value": "1" } } ] } }';
    expect(readAsk(askTrue)).toEqual({ ok: true, value: true });
    expect(readAsk('{ "head": { "vars": ["__ASK_RETVAL"] }, "results": { "bindings": [] } }')).toEqual({ ok: true, value: false });
    expect(readAsk('{ "head": {}, "boolean": true }')).toEqual({ ok: true, value: true });
  });
});

/** An endpoint that takes requests and never answers them. */
async function silentServer(): Promise<{ url: string; close(): Promise<void> }> {
  const s = http.createServer(() => undefined);
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sparql`,
    close: () => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); }),
  };
}

/** A port nothing listens on: one the system gave out and took back. */
async function closedPort(): Promise<number> {
  const s = http.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
