import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { readGraphFile } from '../src/eval/files.js';
import { evalArticles, type Pipeline } from '../src/eval/run.js';
import { formatSummary, summarise } from '../src/eval/summary.js';
import type { Article, Extraction } from '../src/types.js';

const FIX = path.resolve('test/fixtures/eval');
const GRAPHS: Record<string, string> = { talks: 'talks.ttl', sanctions: 'sanctions.ttl' };

// Stands in for the pipeline: "extracts" the fixture graph that belongs to the article.
const fake: Pipeline = {
  readArticle: (file) => ({ id: path.basename(file, '.txt'), source: file, format: 'text', text: '', bodyStart: 0 }),
  analyse: (article: Article) => ({ document: { article } }) as unknown as Extraction,
  toQuads: (x) => readGraphFile(path.join(FIX, GRAPHS[x.document.article.id])),
};
const golds = ['talks', 'sanctions'].map((s) => path.join(FIX, `${s}.gold.json`));

describe('evalArticles and summarise', () => {
  it('scores each article as score.mjs does and averages the overall F1', async () => {
    const s = summarise(await evalArticles(golds, fake));
    // score.mjs prints 0.651 and 0.862 for these two graphs.
    expect(s.articles.map((a) => [a.slug, a.overall.toFixed(3)])).toEqual([['talks', '0.651'], ['sanctions', '0.862']]);
    expect(s.meanOverall).toBeCloseTo((0.651 + 0.862) / 2, 3);
  });

  it.each([
    // From score.mjs's tables: talks Country tp 2 fn 1, sanctions Country tp 3.
    ['entity Country', 5, 0, 1],
    // talks Organization: 1 right, 1 wrong type; sanctions: 2 right, 1 unknown.
    ['entity Organization', 3, 2, 0],
    // talks quote: 2 of 3 gold found, 1 true, 2 false.
    ['fact quote', 1, 2, 1],
    ['fact sanction', 2, 1, 0],
  ])('sums %s over articles', async (name, tp, fp, fn) => {
    const s = summarise(await evalArticles(golds, fake));
    expect(s.categories.find((c) => c.name === name)).toMatchObject({ tp, fp, fn });
  });

  it('a failing pipeline scores the article as empty and keeps going', async () => {
    const broken: Pipeline = { ...fake, analyse: () => { throw new Error('pipeline: analyse is being written'); } };
    const results = await evalArticles(golds, broken);
    expect(results.map((r) => [r.error, r.report.overall])).toEqual([
      ['pipeline: analyse is being written', 0],
      ['pipeline: analyse is being written', 0],
    ]);
    expect(formatSummary(summarise(results))).toMatch(/mean overall F1 0\.000 over 2 articles\n$/);
  });
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(['eval', ...argv], { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('newskg eval', () => {
  it.each([
    ['a missing folder', ['no/such/dir'], /^newskg eval: no\/such\/dir does not exist/],
    ['a file that is no gold file', ['test/fixtures/eval/talks.ttl'], /is not a \*\.gold\.json file/],
    ['an unknown baseline', ['--conll', 'x', '--baseline', 'spacy'], /unknown baseline "spacy"/],
    ['a missing CoNLL file', ['--conll', 'no/such.conll', '--baseline', 'compromise'], /cannot read no\/such\.conll/],
    ['a bad --limit', ['--conll', 'x', '--limit', '0'], /--limit wants a positive whole number/],
  ])('rejects %s with exit 2', async (_, argv, message) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('scores the compromise baseline on a CoNLL file, counting every gold name once', async () => {
    const r = await cli('--conll', 'test/fixtures/eval/tiny.conll', '--baseline', 'compromise', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { docs: number; rows: { name: string; tp: number; fn: number }[] };
    expect(report.docs).toBe(2);
    // Gold of tiny.conll: 2 PER, 3 LOC, 2 ORG (MISC left out).
    expect(report.rows.map((x) => [x.name, x.tp + x.fn])).toEqual([['PER', 2], ['LOC', 3], ['ORG', 2], ['micro', 7]]);
  });

  it('--limit keeps the first documents', async () => {
    const r = await cli('--conll', 'test/fixtures/eval/tiny.conll', '--baseline', 'compromise', '--limit', '1', '--json');
    const report = JSON.parse(r.out) as { docs: number; rows: { name: string; tp: number; fn: number }[] };
    expect([report.docs, report.rows.at(-1)?.tp! + report.rows.at(-1)?.fn!]).toEqual([1, 5]);
  });
});
