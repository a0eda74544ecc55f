// One question, three doors: `newskg query`, the /sparql endpoint, and the viewer's query box.
import { existsSync } from 'node:fs';
import { PassThrough, Writable } from 'node:stream';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { startViewerServer } from '../src/cli/view.js';
import { readGraphFile } from '../src/rdf/parse.js';
import { createServer } from '../src/server/index.js';

const FIXTURE = 'test/fixtures/query/muscat-sample.ttl';
const QUESTION = 'SELECT ?name ?condition WHERE { ?t a nkg:Threat ; nkg:threatener ?who ; nkg:condition ?condition . ?who rdfs:label ?name }';
const EXPECTED = [['Iran', 'if the United States struck Iranian territory again']];
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

type Rows = string[][];
const fromJson = (json: string): Rows =>
  (JSON.parse(json) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings.map((b) => [b.name!.value, b.condition!.value]);

async function viaCli(): Promise<Rows> {
  let out = '';
  const stdout = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
  const code = await main(['query', FIXTURE, QUESTION, '--format', 'json'], { stdout, stderr: stdout, stdin: new PassThrough() });
  expect(code).toBe(0);
  return fromJson(out);
}

async function viaHttp(): Promise<Rows> {
  const srv = await createServer({ quads: await readGraphFile(FIXTURE), timeoutMs: 10_000, maxRows: 100 });
  try {
    const base = await srv.listen(0);
    const res = await fetch(`${base}/sparql`, { method: 'POST', headers: { 'content-type': 'application/sparql-query' }, body: QUESTION });
    return fromJson(await res.text());
  } finally {
    await srv.close();
  }
}

async function viaViewer(): Promise<Rows> {
  const srv = await startViewerServer({ quads: await readGraphFile(FIXTURE), port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  try {
    const page = await browser.newPage();
    await page.goto(srv.url);
    await page.waitForSelector('#examples button');
    await page.fill('#query', QUESTION);
    await page.click('#run-query');
    await page.waitForSelector('#results-table tbody tr', { timeout: 20_000 });
    return await page.$$eval('#results-table tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())));
  } finally {
    await browser.close();
    await srv.close();
  }
}

describe('the same question through the CLI, the HTTP endpoint and the viewer', () => {
  it.each([
    ['newskg query', viaCli],
    ['GET/POST /sparql', viaHttp],
  ])('%s answers it', async (_door, ask) => {
    expect(await ask()).toEqual(EXPECTED);
  });

  it.skipIf(!existsSync(CHROMIUM) || !existsSync('viewer/dist/index.html'))('the viewer query box answers it', async () => {
    expect(await viaViewer()).toEqual(EXPECTED);
  });
});

describe.skipIf(!existsSync(CHROMIUM) || !existsSync('viewer/dist/index.html'))('the viewer query box on the shared /sparql', () => {
  it.each([
    // what,                 query,                                                                                     status line contains
    ['a malformed query',    'SELECT ?x WHERE { ?x ?y }',                                                                'error at 1:'],
    ['an update (403)',      'INSERT DATA { <urn:a> <urn:b> <urn:c> }',                                                   'not allowed'],
    ['an over-long query (503)', 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }', 'stopped after 1500 ms'],
    ['a CONSTRUCT (Turtle)', 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }',                                                'only SELECT and ASK'],
    ['more rows than the limit', 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }',                                                   'first 5 rows'],
  ])('shows %s as a readable status line', async (_what, query, contains) => {
    const srv = await startViewerServer({ quads: await readGraphFile(FIXTURE), port: 0, timeoutMs: 1500, maxRows: 5 });
    const browser = await chromium.launch({ executablePath: CHROMIUM });
    try {
      const page = await browser.newPage();
      await page.goto(srv.url);
      await page.waitForSelector('#run-query');
      // (the examples are drawn once the graph is in: the box is ready)
      await page.waitForSelector('#examples button');
      await page.fill('#query', query);
      await page.click('#run-query');
      await expect.poll(() => page.textContent('#query-status'), { timeout: 20_000 }).toContain(contains);
    } finally {
      await browser.close();
      await srv.close();
    }
  });
});

describe('the default port taken', () => {
  it('the viewer takes a free port and says it moved; an asked-for port taken is an error', async () => {
    const { createServer: httpServer } = await import('node:http');
    const blocker = httpServer();
    await new Promise<void>((ok) => blocker.once('error', () => ok()).listen(8765, '127.0.0.1', () => ok()));
    try {
      const srv = await startViewerServer({ quads: await readGraphFile(FIXTURE) });
      expect(srv.moved).toBe(true);
      expect(srv.url).not.toContain(':8765/');
      await srv.close();
      await expect(startViewerServer({ quads: await readGraphFile(FIXTURE), port: 8765 })).rejects.toThrow(/^view: port 8765 is in use; pass another with --port N/);
    } finally {
      blocker.close();
    }
  });
});
