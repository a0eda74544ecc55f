import http from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEngineSources } from '../src/query/load.js';
import type { RdfText } from '../src/query/oxigraph.js';
import { readGraphFile } from '../src/rdf/parse.js';
import { createServer, type NewskgServer } from '../src/server/index.js';

const FIXTURE = 'test/fixtures/query/muscat-sample.ttl';
const THREATENERS = 'SELECT ?who WHERE { ?t a nkg:Threat ; nkg:threatener ?who }';
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }';

let srv: NewskgServer;
let base: string;

beforeAll(async () => {
  const viewerDir = await mkdtemp(path.join(tmpdir(), 'newskg-viewer-'));
  await writeFile(path.join(viewerDir, 'index.html'), '<title>viewer</title>');
  srv = await createServer({ quads: await readGraphFile(FIXTURE), viewerDir, timeoutMs: 1500, maxRows: 3 });
  base = await srv.listen(0);
});
afterAll(() => srv?.close());

const get = (q: string, accept?: string): Promise<Response> =>
  fetch(`${base}/sparql?query=${encodeURIComponent(q)}`, { headers: accept ? { accept } : {} });

describe('newskg serve: SPARQL 1.1 Protocol at /sparql', () => {
  it('binds 127.0.0.1 on a free port', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    // accept header,                    content type,                       body contains
    [undefined,                           'application/sparql-results+json', '"value":"https://w3id.org/newskg/id/country/IR"'],
    ['application/sparql-results+json',  'application/sparql-results+json', '"head":{"vars":["who"]}'],
    ['application/sparql-results+xml',   'application/sparql-results+xml',  '<uri>https://w3id.org/newskg/id/country/IR</uri>'],
    ['text/csv',                          'text/csv',                        'who\r\nhttps://w3id.org/newskg/id/country/IR\r\n'],
    ['text/tab-separated-values',         'text/tab-separated-values',       '?who\n<https://w3id.org/newskg/id/country/IR>\n'],
    ['text/html;q=0.9, text/csv;q=1',     'text/csv',                        'who\r\n'],
  ])('GET SELECT with Accept %s answers %s', async (accept, type, contains) => {
    const res = await get(THREATENERS, accept);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(await res.text()).toContain(contains);
  });

  it.each([
    ['application/sparql-query', THREATENERS],
    ['application/x-www-form-urlencoded', 'query=' + encodeURIComponent(THREATENERS)],
  ])('POST as %s answers like GET', async (type, body) => {
    const res = await fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': type, accept: 'text/csv' }, body });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('who\r\nhttps://w3id.org/newskg/id/country/IR\r\n');
  });

  it('ASK answers a boolean and CONSTRUCT answers Turtle', async () => {
    expect(await (await get('ASK { ?m a nkg:Meeting ; schema:location/rdfs:label "Muscat" }')).json()).toEqual({ head: {}, boolean: true });
    const res = await get('CONSTRUCT { ?t nkg:threatener ?who } WHERE { ?t a nkg:Threat ; nkg:threatener ?who }');
    expect(res.headers.get('content-type')).toContain('text/turtle');
    expect(await res.text()).toMatch(/id:s\/threat-1|<https:\/\/w3id\.org\/newskg\/id\/s\/threat-1>/);
  });

  it('cuts results at the row limit and says so', async () => {
    const res = await get('SELECT ?s WHERE { ?s a ?type }');
    expect(res.headers.get('x-newskg-truncated')).toBe('3');
    expect((await res.json()).results.bindings).toHaveLength(3);
  });

  it.each([
    // what,                        request,                                                                                       status, message contains
    ['malformed query',             () => get('SELECT ?x WHERE { ?x ?y }'),                                                          400, 'error at 1:'],
    ['missing query',               () => fetch(`${base}/sparql`),                                                                  400, 'missing'],
    ['update in ?update',           () => fetch(`${base}/sparql?update=${encodeURIComponent('CLEAR ALL')}`),                        403, 'read-only'],
    ['update as query text',        () => get('INSERT DATA { <urn:a> <urn:b> <urn:c> }'),                                          403, 'not allowed'],
    ['update by content type',      () => fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-update' }, body: 'CLEAR ALL' }), 403, 'read-only'],
    ['update in a form',            () => fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'update=CLEAR%20ALL' }), 403, 'read-only'],
    ['unsupported method',          () => fetch(`${base}/sparql`, { method: 'PUT', body: 'x' }),                                    405, 'GET or POST'],
    ['unacceptable format',         () => get(THREATENERS, 'image/png'),                                                           406, 'JSON, XML, CSV or TSV'],
    ['path outside the viewer',     () => fetch(`${base}/..%2f..%2fetc%2fpasswd`),                                                  404, 'no such page'],
  ])('%s gets an error status and message', async (_what, request, status, contains) => {
    const res = await request();
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(contains);
  });

  it('stops an over-long query with 503 and keeps serving', async () => {
    const started = Date.now();
    const res = await get(SLOW);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('stopped after 1500 ms');
    expect(Date.now() - started).toBeLessThan(10_000);
    const next = await get(THREATENERS, 'text/csv');
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('country/IR');
  });

  it('a query that breaks the engine (700 nested groups) gets 503, and the next query is answered', async () => {
    const res = await get('SELECT * WHERE ' + '{'.repeat(700) + ' ?s ?p ?o ' + '}'.repeat(700));
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('restarted');
    const next = await get(THREATENERS, 'text/csv');
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('country/IR');
  });

  it('a query that takes more memory than its share gets 503 (not 400 bad query), and the next query is answered', async () => {
    const small = await createServer({ quads: await readGraphFile(FIXTURE), timeoutMs: 30_000, maxRows: 3, engine: { queryMemoryMb: 128 } });
    try {
      const url = await small.listen(0);
      const doubling = `SELECT (STRLEN(?s28) AS ?n) WHERE { BIND("0123456789" AS ?s0) ${Array.from({ length: 28 }, (_, i) => `BIND(CONCAT(?s${i}, ?s${i}) AS ?s${i + 1})`).join(' ')} }`;
      const res = await fetch(`${url}/sparql?query=${encodeURIComponent(doubling)}`);
      expect(res.status).toBe(503);
      expect(await res.text()).toMatch(/^query: stopped after it took more than 128 MB of memory; the engine was restarted; .*\n$/);
      expect((await fetch(`${url}/sparql?query=${encodeURIComponent('ASK { ?s ?p ?o }')}`)).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('serves the viewer folder and the graph from the same process', async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('<title>viewer</title>');
    const ttl = await fetch(`${base}/graph.ttl`);
    expect(ttl.headers.get('content-type')).toContain('text/turtle');
    expect(await ttl.text()).toContain('Abbas Araghchi');
  });
});

describe('one server for `newskg serve` and `newskg view`', () => {
  type Load = () => Promise<{ quads: Quad[]; texts?: RdfText[] }>;
  const asQuads: Load = async () => ({ quads: await readGraphFile(FIXTURE) });
  const asText: Load = () => loadEngineSources([FIXTURE]);
  const threateners = (b: string) => fetch(`${b}/sparql?query=${encodeURIComponent(THREATENERS)}`, { headers: { accept: 'text/csv' } });

  it.each([
    // how the graph reaches the engine,      load
    ['quads parsed by n3',                     asQuads],
    ['Turtle text handed to Oxigraph',         asText],
  ])('%s: SPARQL, /data.json and /graph.ttl come from the same process', async (_how, load) => {
    const viewerDir = await mkdtemp(path.join(tmpdir(), 'newskg-viewer-'));
    await writeFile(path.join(viewerDir, 'index.html'), '<title>viewer</title>');
    const s = await createServer({ ...(await load()), viewerDir, timeoutMs: 5000, maxRows: 100 });
    try {
      const b = await s.listen(0);
      expect(await (await threateners(b)).text()).toBe('who\r\nhttps://w3id.org/newskg/id/country/IR\r\n');
      const vm = (await (await fetch(`${b}/data.json`)).json()) as { nodes: { label: string }[] };
      expect(vm.nodes.map((n) => n.label)).toContain('Abbas Araghchi');
      expect(await (await fetch(`${b}/graph.ttl`)).text()).toContain('Leila Haddad');
    } finally {
      await s.close();
    }
  });

  it('has no /data.json without a viewer', async () => {
    const s = await createServer({ quads: await readGraphFile(FIXTURE), timeoutMs: 5000, maxRows: 100 });
    try {
      expect((await fetch(`${await s.listen(0)}/data.json`)).status).toBe(404);
    } finally {
      await s.close();
    }
  });

  it('names the file when the engine cannot parse a graph file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-bad-'));
    const bad = path.join(dir, 'broken.ttl');
    await writeFile(bad, '<urn:a> <urn:b> "unterminated .\n');
    await expect(createServer({ ...(await loadEngineSources([bad])), timeoutMs: 5000, maxRows: 100 })).rejects.toThrow(/broken\.ttl: .*fix the syntax/);
  });
});

describe('the server answers only this machine\'s pages, in a bounded line', () => {
  const raw = (headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; text: string }> =>
    new Promise((resolve, reject) => {
      const u = new URL(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  const port = () => new URL(base).port;

  it.each([
    // what,                                    headers,                                                             status
    ['its own address',                         () => ({ host: `127.0.0.1:${port()}` }),                             200],
    ['localhost',                               () => ({ host: `localhost:${port()}` }),                             200],
    ['another name (DNS rebinding)',            () => ({ host: `evil.example:${port()}` }),                          403],
    ['a page from another origin',              () => ({ host: `127.0.0.1:${port()}`, origin: 'http://evil.example' }), 403],
    ['a page served by itself',                 () => ({ host: `127.0.0.1:${port()}`, origin: `http://127.0.0.1:${port()}` }), 200],
    ['a cross-site fetch',                      () => ({ host: `127.0.0.1:${port()}`, 'sec-fetch-site': 'cross-site' }), 403],
  ])('%s: the status in the table', async (_what, headers, status) => {
    expect((await raw(headers())).status).toBe(status);
  });

  it('sends no CORS header', async () => {
    const res = await fetch(`${base}/sparql?query=${encodeURIComponent('ASK {}')}`);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses queries past its line with 503 and Retry-After, and answers again once it clears', async () => {
    const small = await createServer({ quads: await readGraphFile(FIXTURE), timeoutMs: 1500, maxRows: 3, maxQueue: 1 });
    const url = await small.listen(0);
    try {
      const q = (query: string) => fetch(`${url}/sparql?query=${encodeURIComponent(query)}`);
      const answers = await Promise.all([q(SLOW), q(SLOW), q(SLOW)]);
      const refused = answers.filter((r) => r.status === 503 && r.headers.get('retry-after') === '2');
      expect(refused).toHaveLength(2);
      expect((await q(SLOW)).status).toBe(503); // over the time limit, not refused
      expect((await q('ASK {}')).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('answers a cheap query in under 100 ms while five slow queries run (issue 12 item 4)', async () => {
    const busy = await createServer({ quads: await readGraphFile(FIXTURE), timeoutMs: 1500, maxRows: 3 });
    const url = await busy.listen(0);
    try {
      await busy.engine.warm?.();
      const q = (query: string) => fetch(`${url}/sparql?query=${encodeURIComponent(query)}`);
      let settled = 0;
      const slow = Array.from({ length: 5 }, () => q(SLOW).then((r) => { settled++; return r; }));
      await new Promise((r) => setTimeout(r, 300));
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const res = await q('ASK { ?m a nkg:Meeting ; schema:location/rdfs:label "Muscat" }');
        expect(await res.json()).toEqual({ head: {}, boolean: true });
        times.push(performance.now() - t0);
      }
      // every answer came while all five slow queries were running or waiting (one at a time, 1.5 s each)
      expect(settled).toBe(0);
      times.sort((a, b) => a - b);
      // the median under 100 ms, so that one scheduling hiccup of a shared machine does not decide; none near a slow query's time
      expect(times[3]).toBeLessThan(100);
      expect(times[6]).toBeLessThan(1000);
      expect((await Promise.all(slow)).map((r) => r.status)).toEqual([503, 503, 503, 503, 503]);
    } finally {
      await busy.close();
    }
  });
});
