// Issue 12 item 2: the engine's memory is bounded. A row limit stops the engine itself (a LIMIT
// capped at max-rows+1), a query that takes more memory than its share is stopped as a resource
// error, not a bad query, and the memory a query made the engine take is given back.
import { PassThrough, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/bench/query-data.js';
import { main } from '../src/cli/index.js';
import { capLimit } from '../src/query/limit.js';
import { createEngine, QueryResourceError, type QueryEngine } from '../src/query/engine.js';

const MB = 1024 * 1024;
const CROSS = 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 600000';
/** A string doubled `n` times from ten characters: 10 × 2^n characters, with every step kept in the row. */
const doubling = (n: number): string =>
  `SELECT (STRLEN(?s${n}) AS ?n) WHERE { BIND("0123456789" AS ?s0) ${Array.from({ length: n }, (_, i) => `BIND(CONCAT(?s${i}, ?s${i}) AS ?s${i + 1})`).join(' ')} }`;

/** Runs `work` and reports how far the process's memory rose above where it started. */
async function peakGrowth<T>(work: () => Promise<T>): Promise<{ value: T | Error; growth: number; ms: number }> {
  const start = process.memoryUsage.rss();
  let peak = start;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 10);
  const t0 = Date.now();
  try {
    const value = await work().catch((e: Error) => e);
    return { value, growth: Math.max(peak, process.memoryUsage.rss()) - start, ms: Date.now() - t0 };
  } finally {
    clearInterval(timer);
  }
}

const settle = async (): Promise<number> => {
  await new Promise((r) => setTimeout(r, 1500));
  return process.memoryUsage.rss();
};

describe('a LIMIT the row limit can hold', () => {
  it.each([
    // query,                                                        cap, expected
    ['SELECT * WHERE { ?s ?p ?o }',                                   11, 'SELECT * WHERE { ?s ?p ?o }\nLIMIT 11\n'],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT 600000',                      11, 'SELECT * WHERE { ?s ?p ?o } LIMIT 11'],
    ['SELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 2',                  11, 'SELECT * WHERE { ?s ?p ?o } LIMIT 5 OFFSET 2'],
    ['SELECT * { ?s ?p ?o } OFFSET 2 limit 99999999999999999999999',  11, 'SELECT * { ?s ?p ?o } OFFSET 2 limit 11'],
    ['SELECT ?s { { SELECT ?s { ?s ?p ?o } LIMIT 900 } } ORDER BY ?s # done', 11, 'SELECT ?s { { SELECT ?s { ?s ?p ?o } LIMIT 900 } } ORDER BY ?s # done\nLIMIT 11\n'],
    ['SELECT ?s { ?s ?p ?o } VALUES ?s { <urn:a> }',                  11, 'SELECT ?s { ?s ?p ?o } \nLIMIT 11\nVALUES ?s { <urn:a> }'],
    ['SELECT ?s { ?s ?p "} LIMIT 3" }',                               11, 'SELECT ?s { ?s ?p "} LIMIT 3" }\nLIMIT 11\n'],
    ['ASK { ?s ?p ?o }',                                              11, 'ASK { ?s ?p ?o }'],
    ['CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { ?s ?p ?o } } }',    11, 'CONSTRUCT { ?s ?p ?o } WHERE { { SELECT * { ?s ?p ?o } } }'],
  ])('%s', (query, cap, expected) => {
    expect(capLimit(query, cap)).toBe(expected);
  });
});

describe('the engine\'s memory is bounded', () => {
  let engine: QueryEngine;
  beforeAll(async () => {
    // about 7,000 triples: a cross product of two patterns is 50 million rows
    engine = await createEngine(generateCorpus(40), [], { queryMemoryMb: 256, recycleMemoryMb: 64 });
  });
  afterAll(() => engine?.close());

  it('a cross product with LIMIT 600000 under a row limit of 100 stops at 101 rows: fast, and small', async () => {
    const { value, growth, ms } = await peakGrowth(() => engine.query(CROSS, { maxRows: 100, timeoutMs: 20_000 }));
    expect(value).not.toBeInstanceOf(Error);
    expect(value).toMatchObject({ form: 'SELECT', truncated: true });
    expect((value as { rows: unknown[] }).rows).toHaveLength(100);
    expect(ms).toBeLessThan(3000);
    expect(growth).toBeLessThan(150 * MB);
  });

  it('a string doubled 28 times is stopped near its memory share as a resource error, and the memory is given back', async () => {
    const before = process.memoryUsage.rss();
    const { value, growth } = await peakGrowth(() => engine.query(doubling(28), { timeoutMs: 60_000 }));
    expect(value).toBeInstanceOf(QueryResourceError);
    expect((value as Error).message).toMatch(/more than 256 MB of memory/);
    // 256 MB and what grows between two samples; unbounded, it reached 4 GB
    expect(growth).toBeLessThan(800 * MB);
    expect(await settle()).toBeLessThan(before + 150 * MB);
    expect(await engine.query('ASK { ?s ?p ?o }')).toEqual({ form: 'ASK', boolean: true });
  });

  it('a worker that grew past its recycling cap for an answer is replaced, so the memory is given back', async () => {
    const before = process.memoryUsage.rss();
    const { value, growth } = await peakGrowth(() => engine.query(doubling(22), { timeoutMs: 60_000 }));
    expect(value).toMatchObject({ form: 'SELECT', rows: [{ n: { value: String(10 * 2 ** 22) } }] });
    expect(growth).toBeGreaterThan(100 * MB);
    expect(await settle()).toBeLessThan(before + 60 * MB);
  });
});

describe('newskg query out of memory', () => {
  it('says so in one line and exits 3', async () => {
    let out = '';
    let err = '';
    const sink = (add: (s: string) => void): Writable => new Writable({ write(c, _e, cb) { add(String(c)); cb(); } });
    const code = await main(['query', 'test/fixtures/query/muscat-sample.ttl', doubling(28), '--max-memory', '128'],
      { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), stdin: new PassThrough() });
    expect(code).toBe(3);
    expect(out).toBe('');
    expect(err).toMatch(/^query: the query: stopped after it took more than 128 MB of memory; .*raise --max-memory\n$/);
  });
});
