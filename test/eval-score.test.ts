import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import N3 from 'n3';
import { describe, expect, it } from 'vitest';
import { readGraphFile } from '../src/eval/files.js';
import { parseGold, readGold } from '../src/eval/gold.js';
import { formatReport, reportJson, scoreGraph } from '../src/eval/score.js';
import type { GoldFile } from '../src/eval/types.js';
import { readArticle } from '../src/input/index.js';
import { analyse, toQuads } from '../src/pipeline.js';

// the repository, wherever it is cloned; the shared scorer beside it, when there is one
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = path.join(ROOT, '..', 'shared', 'eval');
const SCORER = path.join(SHARED, 'score.mjs');
const HAS_SCORER = existsSync(SCORER);
const FIX = path.join(ROOT, 'test/fixtures/eval');

const runScorer = (gold: string, graph: string, ...flags: string[]) =>
  execFileSync('node', [SCORER, '--gold', gold, '--graph', graph, ...flags], { cwd: ROOT, encoding: 'utf8' });

describe.skipIf(!HAS_SCORER)('scoreGraph agrees with score.mjs (needs ../shared beside the repository)', () => {
  it.each([
    ['talks', 'talks.ttl', '0.651'],
    ['sanctions', 'sanctions.ttl', '0.862'],
    ['market', 'market.nt', '0.578'],
  ])('%s', (name, graphFile, overall) => {
    const goldPath = path.join(FIX, `${name}.gold.json`);
    const graphPath = path.join(FIX, graphFile);
    const report = scoreGraph(readGold(goldPath), readGraphFile(graphPath));
    const reference = runScorer(goldPath, graphPath);
    // The overall line is what the project reports; it was read off score.mjs's output by hand.
    expect(reference.trim().split('\n').at(-1)).toBe(`overall F1 ${overall}`);
    expect(formatReport(report).trim().split('\n').at(-1)).toBe(`overall F1 ${overall}`);
    expect(formatReport(report)).toBe(reference);
    expect(formatReport(report, { explain: true })).toBe(runScorer(goldPath, graphPath, '--explain'));
    const json = runScorer(goldPath, graphPath, '--json');
    expect(reportJson(report)).toEqual(JSON.parse(json.slice(0, json.lastIndexOf('overall F1'))));
  });
});

describe.skipIf(!HAS_SCORER)('scoreGraph agrees with score.mjs on a graph the pipeline wrote (needs ../shared)', () => {
  it('muscat-talks-2026-02-07, with --explain', async () => {
    const goldPath = path.join(SHARED, 'muscat-talks-2026-02-07.gold.json');
    const quads = toQuads(analyse(await readArticle(path.join(ROOT, 'data/articles/muscat-talks-2026-02-07.txt'))));
    const dir = mkdtempSync(path.join(tmpdir(), 'newskg-eval-'));
    try {
      const graphPath = path.join(dir, 'out.nq');
      const writer = new N3.Writer({ format: 'N-Quads' });
      writer.addQuads(quads);
      writeFileSync(graphPath, await new Promise<string>((ok, fail) => writer.end((e, r) => (e ? fail(e) : ok(r)))));
      expect(formatReport(scoreGraph(readGold(goldPath), quads), { explain: true })).toBe(runScorer(goldPath, graphPath, '--explain'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const HEAD = `@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix id: <https://w3id.org/newskg/id/> .
id:art a schema:NewsArticle ; schema:mentions id:ara, id:iran .
id:ara a schema:Person ; rdfs:label "Araghchi" . id:iran a schema:Country ; rdfs:label "Iran" .
`;
const quads = (ttl: string) => new N3.Parser().parse(HEAD + ttl);
const quoteGold = (text: string, optional = false): GoldFile => ({
  article: 'x.txt',
  entities: [
    { id: 'ara', type: 'Person', names: ['Abbas Araghchi', 'Araghchi'] },
    { id: 'iran', type: 'Country', names: ['Iran'] },
  ],
  facts: [{ kind: 'quote', speaker: ['ara'], text, optional }],
});
const quote = (text: string, speaker = 'ara') => `[] a nkg:Quote ; nkg:speaker id:${speaker} ; nkg:text "${text}" .\n`;

// Content words of the gold quote: nuclear, enrichment, inalienable, right, continue (5).
const GOLD_QUOTE = 'Nuclear enrichment is an inalienable right and must continue';
const EXTRA11 = 'said minister tuesday evening press conference capital city crowded hall reporters';

describe('quote matching: 60% of the gold words, 30% of the output words', () => {
  it.each([
    ['4 of 5 gold words', 'Nuclear enrichment is an inalienable right', 1, 0],
    ['3 of 5 gold words is exactly 60%', 'Nuclear enrichment is a right', 1, 0],
    ['2 of 5 gold words', 'enrichment is a right', 0, 1],
    ['all 5 in 16 output words (31%)', `${GOLD_QUOTE} ${EXTRA11}`, 1, 0],
    ['all 5 in 17 output words (29%)', `${GOLD_QUOTE} ${EXTRA11} blah`, 0, 1],
    ['case, accents and punctuation ignored', 'NUCLEAR ENRÍCHMENT, is an inalienable right!', 1, 0],
    ['half the gold words is not enough', 'a good day', 0, 1, 'It was a good start'],
    ['stopwords do not count', 'It was a start', 0, 1, 'It was a good start'],
  ])('%s', (_, text, tp, fp, gold = GOLD_QUOTE) => {
    const r = scoreGraph(quoteGold(gold), quads(quote(text)));
    expect([r.perKind.quote.tp, r.perKind.quote.fp]).toEqual([tp, fp]);
  });

  it('a right quote by the wrong speaker is false and the gold quote is missed', () => {
    const r = scoreGraph(quoteGold(GOLD_QUOTE), quads(quote(GOLD_QUOTE, 'iran')));
    expect(r.perKind.quote).toEqual({ tp: 0, fp: 1, gold: 1, found: 0 });
  });
});

describe('counting', () => {
  it.each([
    ['one right quote', quote(GOLD_QUOTE), false, { tp: 1, fp: 0, gold: 1, found: 1 }, 1],
    ['the same quote twice: the second is a false duplicate', quote(GOLD_QUOTE) + quote(GOLD_QUOTE), false, { tp: 1, fp: 1, gold: 1, found: 1 }, 0.5],
    ['only an optional gold quote found: neither rewarded nor punished', quote(GOLD_QUOTE), true, { tp: 0, fp: 0, gold: 0, found: 0 }, 1],
    ['nothing found for an optional gold quote', '', true, { tp: 0, fp: 0, gold: 0, found: 0 }, 1],
    ['nothing found for a required one', '', false, { tp: 0, fp: 0, gold: 1, found: 0 }, 0],
  ])('%s', (_, ttl, optional, counts, precision) => {
    const r = scoreGraph(quoteGold(GOLD_QUOTE, optional), quads(ttl));
    expect(r.perKind.quote).toEqual(counts);
    expect(r.facts.p).toBe(precision);
  });

  const entityGold: GoldFile = {
    article: 'x.txt',
    entities: [
      { id: 'ara', type: 'Person', names: ['Araghchi'] },
      { id: 'iran', type: 'Country', names: ['Iran'] },
      { id: 'us', type: 'Country', names: ['United States', 'U.S.'] },
      { id: 'envoy', type: 'Person', names: ['envoy'], optional: true },
    ],
    facts: [],
  };
  const ents = (body: string) =>
    new N3.Parser().parse(`@prefix schema: <https://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix id: <https://w3id.org/newskg/id/> .
${body}`);
  const m = (ids: string) => `id:art a schema:NewsArticle ; schema:mentions ${ids} .\n`;
  it.each([
    ['all three right', m('id:a, id:b, id:c') + 'id:a a schema:Person ; rdfs:label "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:c a schema:Country ; rdfs:label "US" .', 3, 0, []],
    ['wrong base type is FP and the entity is missed', m('id:a, id:b, id:c') + 'id:a a schema:Organization ; rdfs:label "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:c a schema:Country ; rdfs:label "U.S." .', 2, 1, ['ara']],
    ['second node for one entity is a duplicate FP', m('id:a, id:b, id:c, id:d') + 'id:a a schema:Person ; rdfs:label "Araghchi" . id:d a schema:Person ; rdfs:label "Mr A" ; skos:altLabel "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:c a schema:Country ; rdfs:label "the United States" .', 3, 1, []],
    ['optional entity found: not counted', m('id:a, id:b, id:c, id:e') + 'id:a a schema:Person ; rdfs:label "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:c a schema:Country ; rdfs:label "US" . id:e a schema:Person ; rdfs:label "envoy" .', 3, 0, []],
    ['unknown entity is FP', m('id:a, id:b, id:x') + 'id:a a schema:Person ; rdfs:label "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:x a schema:City ; rdfs:label "Paris" .', 2, 1, ['us']],
    ['entity the article does not mention: not counted', m('id:a, id:b') + 'id:a a schema:Person ; rdfs:label "Araghchi" . id:b a schema:Country ; rdfs:label "Iran" . id:c a schema:Country ; rdfs:label "US" .', 2, 0, ['us']],
  ])('%s', (_, ttl, tp, fp, missed) => {
    const r = scoreGraph(entityGold, ents(ttl));
    const p = tp / (tp + fp);
    const rec = (3 - missed.length) / 3;
    expect(r.missedEntities).toEqual(missed);
    expect(r.falsePositiveEntities).toHaveLength(fp);
    expect(r.entities.p).toBeCloseTo(p, 10);
    expect(r.entities.r).toBeCloseTo(rec, 10);
  });

  it('overall is the mean of entity F1 and fact micro-F1', () => {
    // Entities: both right (F1 1); facts: one right quote, one false (P 0.5, R 1, F1 2/3).
    const r = scoreGraph(quoteGold(GOLD_QUOTE), quads(quote(GOLD_QUOTE) + quote('something else entirely')));
    expect(r.overall).toBeCloseTo((1 + 2 / 3) / 2, 10);
    expect(formatReport(r)).toMatch(/overall F1 0\.833\n$/);
  });

  it('meeting location and date are reported but not required', () => {
    const gold: GoldFile = {
      ...quoteGold(GOLD_QUOTE),
      facts: [{ kind: 'meeting', participants: [['ara'], ['iran']], location: ['iran'], date: '2026-02-06' }],
    };
    const r = scoreGraph(gold, quads('[] a nkg:Meeting ; nkg:participant id:ara, id:iran ; schema:location id:iran .'));
    expect(r.perKind.meeting).toMatchObject({ tp: 1, fp: 0, attrs: 'location 1/1, date 0/1' });
  });
});

describe('parseGold', () => {
  const ok = { article: 'a.txt', entities: [{ id: 'x', type: 'Person', names: ['X'] }], facts: [] };
  it.each([
    ['no article field', { ...ok, article: undefined }, /"article" .* is missing/],
    ['an unknown entity type', { ...ok, entities: [{ id: 'x', type: 'GPE', names: ['X'] }] }, /entity "x" has type "GPE"/],
    ['an unknown fact kind', { ...ok, facts: [{ kind: 'rumour' }] }, /fact #1 has no known "kind"/],
    ['a quote without text', { ...ok, facts: [{ kind: 'quote', speaker: ['x'] }] }, /fact #1 \(quote\) lacks text/],
  ])('rejects %s, naming the file', (_, json, message) => {
    expect(() => parseGold(json, 'g.gold.json')).toThrow(message);
    expect(() => parseGold(json, 'g.gold.json')).toThrow(/^newskg eval: gold file g\.gold\.json: /);
  });

  it.skipIf(!HAS_SCORER)('accepts the shared gold file (needs ../shared)', () => {
    expect(readGold(path.join(SHARED, 'muscat-talks-2026-02-07.gold.json')).entities.length).toBeGreaterThan(20);
  });
});
