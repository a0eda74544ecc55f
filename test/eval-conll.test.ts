import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { microCounts, parseConll, scoreSpans, spanPRF, type TypedSpan } from '../src/eval/conll.js';
import { isUserError } from '../src/errors.js';
import { trimPunctuationTokens } from '../src/eval/baseline.js';

const TINY = readFileSync(new URL('./fixtures/eval/tiny.conll', import.meta.url), 'utf8');

describe('parseConll', () => {
  const docs = parseConll(TINY);
  const shown = (i: number) => docs[i].spans.map((s) => `${s.type} ${docs[i].text.slice(s.start, s.end)}`);

  it('splits documents at -DOCSTART- even when it closes them, and drops the empty tail', () => {
    expect(docs).toHaveLength(2);
  });

  it('joins tokens by spaces and sentences by newlines', () => {
    expect(docs[0].text).toBe('EU rejects German call .\nPeter Blackburn Hans Smith met Paris Saint Germain .');
    expect(docs[1].text).toBe('BRUSSELS\nBelgium wins');
    expect(docs[0].tokens[5]).toEqual({ start: 25, end: 30 });
  });

  it.each([
    [0, 'ORG EU'],
    [0, 'MISC German'],
    [0, 'PER Peter Blackburn'], // I- I-: one chunk
    [0, 'PER Hans Smith'], // B- after I- of the same type starts a new chunk
    [0, 'LOC Paris'], // I- after O starts a chunk
    [0, 'ORG Saint Germain'], // I- after another type starts a chunk
    [1, 'LOC BRUSSELS'], // a chunk ends with its sentence ...
    [1, 'LOC Belgium'], // ... even when the next one opens with the same type
  ])('doc %i has span %s', (doc, span) => {
    expect(shown(doc)).toContain(span);
  });

  it('finds no other spans', () => {
    expect([shown(0).length, shown(1).length]).toEqual([6, 2]);
  });

  it('reads CRLF files the same', () => {
    expect(parseConll(TINY.replace(/\n/g, '\r\n'))).toEqual(docs);
  });

  it.each([
    ['a line without a tag column', 'EU\n'],
    ['an unknown tag', 'EU NNP I-NP I-GPE\n'],
  ])('rejects %s with a user error naming the line', (_, text) => {
    let err: unknown;
    try {
      parseConll('Peter NNP I-NP I-PER\n' + text, 'bad.conll');
    } catch (e) {
      err = e;
    }
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toMatch(/^newskg eval: bad\.conll line 2: /);
  });
});

describe('scoreSpans', () => {
  const s = (start: number, end: number, type: TypedSpan['type']): TypedSpan => ({ start, end, type });
  const GOLD = [s(0, 2, 'ORG'), s(11, 17, 'MISC'), s(25, 40, 'PER'), s(56, 61, 'LOC')];

  it.each([
    ['all found', [s(0, 2, 'ORG'), s(25, 40, 'PER'), s(56, 61, 'LOC')], { PER: [1, 0, 0], LOC: [1, 0, 0], ORG: [1, 0, 0] }],
    ['nothing predicted', [], { PER: [0, 0, 1], LOC: [0, 0, 1], ORG: [0, 0, 1] }],
    ['right span, wrong type', [s(0, 2, 'LOC')], { PER: [0, 0, 1], LOC: [0, 1, 1], ORG: [0, 0, 1] }],
    ['span one token short', [s(31, 40, 'PER')], { PER: [0, 1, 1], LOC: [0, 0, 1], ORG: [0, 0, 1] }],
    ['exactly on a MISC span: ignored', [s(11, 17, 'LOC')], { PER: [0, 0, 1], LOC: [0, 0, 1], ORG: [0, 0, 1] }],
    ['overlapping a MISC span: false', [s(11, 22, 'ORG')], { PER: [0, 0, 1], LOC: [0, 0, 1], ORG: [0, 1, 1] }],
    ['the same prediction twice counts once', [s(56, 61, 'LOC'), s(56, 61, 'LOC')], { PER: [0, 0, 1], LOC: [1, 0, 0], ORG: [0, 0, 1] }],
  ])('%s', (_, predicted, expected) => {
    const got = scoreSpans(GOLD, predicted);
    expect({ PER: Object.values(got.PER), LOC: Object.values(got.LOC), ORG: Object.values(got.ORG) }).toEqual(expected);
  });

  it('micro-averages over the three types', () => {
    const got = microCounts(scoreSpans(GOLD, [s(0, 2, 'ORG'), s(25, 40, 'PER'), s(3, 10, 'LOC')]));
    expect(got).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(spanPRF(got).f).toBeCloseTo(2 / 3, 10);
  });
});

describe('compromise baseline: punctuation tokens at span edges are dropped', () => {
  it.each([
    ['London (', 'London'],
    [', H. Morris', 'H. Morris'],
    ['Hussain ,', 'Hussain'],
    ['U.S.', 'U.S.'],
    ['Chester-', 'Chester-'],
    [' ( ', ''],
  ])('%j -> %j', (span, want) => {
    const text = `x ${span} y`;
    const [s, e] = trimPunctuationTokens(text, 2, 2 + span.length);
    expect(text.slice(s, e)).toBe(want);
  });
});

// Issue 10's target on CoNLL-2003 eng.testa, when the data is beside the repository (skipped in a bare clone):
// the pipeline's names are at least as good as its trained tagger's alone, and at least 0.88.
describe('the pipeline on CoNLL-2003 eng.testa (needs ../shared)', () => {
  let content: string | undefined;
  try {
    content = readFileSync(new URL('../../shared/data/conll2003/eng.testa', import.meta.url), 'utf8');
  } catch {
    content = undefined;
  }
  it.skipIf(!content)('scores at least the tagger alone, and at least 0.88 micro F1', async () => {
    const [{ evalConll, pipelineFinder }, { analyse }, { loadTagger }, { taggerSpans }] = await Promise.all([
      import('../src/eval/run.js'), import('../src/pipeline.js'), import('../src/ner/index.js'), import('../src/ner/conll.js'),
    ]);
    const f1 = (run: ReturnType<typeof evalConll>) => spanPRF(microCounts(run.score)).f;
    const pipeline = f1(evalConll(content!, 'eng.testa', pipelineFinder((a) => analyse(a), 'eng.testa')));
    const tagger = loadTagger();
    const alone = f1(evalConll(content!, 'eng.testa', (_text, doc) => taggerSpans(tagger, doc)));
    expect(pipeline).toBeGreaterThanOrEqual(0.88);
    expect(pipeline).toBeGreaterThanOrEqual(alone);
  });
});
