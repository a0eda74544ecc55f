import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isUserError } from '../src/errors.js';
import { bioSpans, loadTagger, readModelFile, TAGS, type BioTag } from '../src/ner/index.js';
import { shortShape, wordShape } from '../src/ner/features.js';
import { fromModelFile, toModelFile } from '../src/ner/model.js';
import { makeTagger } from '../src/ner/tagger.js';
import { train, type TaggedSentence } from '../src/ner/train.js';
import { dataPath } from '../src/paths.js';

const shown = (tokens: string[], spans: { start: number; end: number; type: string }[]) =>
  spans.map((s) => `${s.type} ${tokens.slice(s.start, s.end).join(' ')}`);

describe('the shipped model (data/models/ner.json)', () => {
  const tagger = loadTagger();

  it.each([
    ['Chancellor Angela Merkel met officials of the World Bank in Paris .', ['PER Angela Merkel', 'ORG World Bank', 'LOC Paris']],
    ['Leila Haddad , a spokeswoman for the ministry , said the talks were useful .', ['PER Leila Haddad']],
    ['Iranian Foreign Minister Abbas Araghchi arrived in Muscat on Friday .', ['MISC Iranian', 'PER Abbas Araghchi', 'LOC Muscat']],
    ['The United Nations said Russia and China blocked the resolution .', ['ORG United Nations', 'LOC Russia', 'LOC China']],
    ['Shares of Microsoft fell 3 percent in New York on Tuesday .', ['ORG Microsoft', 'LOC New York']],
    ['President Bill Clinton spoke to reporters in Washington .', ['PER Bill Clinton', 'LOC Washington']],
    ['the weather was fine and nobody came .', []],
  ])('%s', (sentence, expected) => {
    const tokens = sentence.split(' ');
    expect(shown(tokens, tagger.spans(tokens))).toEqual(expected);
  });

  it('is loaded once and tags the same way every time', () => {
    const tokens = 'German Chancellor Helmut Kohl told Reuters in Bonn that the plan would fail .'.split(' ');
    expect(loadTagger()).toBe(tagger);
    expect(tagger.tag(tokens)).toEqual(tagger.tag(tokens));
    expect(tagger.tag(tokens)).toHaveLength(tokens.length);
  });

  it.each([
    ['JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .'],
    ['Leicestershire 22 points , Somerset 4 .'],
    ['Mr. Smith and Mrs. Jones went to the European Commission in Brussels .'],
  ])('never opens a name with I- and never continues across types: %s', (sentence) => {
    const tags = tagger.tag(sentence.split(' '));
    tags.forEach((t, i) => {
      if (t[0] === 'I') expect(tags[i - 1]?.slice(2)).toBe(t.slice(2));
    });
  });

  it('gives every span a score between 0 and 1', () => {
    for (const s of tagger.spans('Angela Merkel met Jacques Chirac in Paris .'.split(' '))) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('an empty sentence has no tags', () => {
    expect(tagger.tag([])).toEqual([]);
  });
});

// The house rule: people are found from the text, never from a list of names.
describe('the model file holds no vocabulary', () => {
  const file = dataPath('models', 'ner.json');

  it.each(['hossein', 'leila', 'noor', 'abbas', 'araghchi', 'haddad', 'saleh'])(
    'no plain-text vocabulary: "%s" (a name from the first article) does not occur in the file, in any case',
    (name) => {
      expect(readFileSync(file, 'utf8').toLowerCase()).not.toContain(name);
    },
  );

  // Word-identity features of people the training data names often; their hashes must not be in the file either.
  const identityKinds = ['w', 'mixedline-w', 'capsline-w', ...['<s>', ...TAGS].map((t) => `t-1w|${t}`)];
  it.each([['yeltsin'], ['netanyahu'], ['arafat'], ['saleh']])('has no word-identity weight for the person name "%s"', (name) => {
    const model = fromModelFile(readModelFile(file));
    expect(identityKinds.filter((k) => model.id(k, name) >= 0)).toEqual([]);
  });

  it.each([['the'], ['minister'], ['reuters']])('still knows the ordinary word "%s" (the check above can find a word)', (word) => {
    expect(fromModelFile(readModelFile(file)).id('w', word)).toBeGreaterThanOrEqual(0);
  });
});

describe('loadTagger', () => {
  it.each([
    ['missing.json', null],
    ['bad.json', 'not json'],
    ['other.json', JSON.stringify({ format: 'something-else' })],
  ])('rejects %s with a UserError naming the file', (name, content) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ner-'));
    const file = path.join(dir, name);
    if (content !== null) writeFileSync(file, content);
    let err: unknown;
    try {
      loadTagger(file);
    } catch (e) {
      err = e;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(isUserError(err)).toBe(true);
    expect((err as Error).message).toContain(file);
  });
});

describe('bioSpans', () => {
  it.each<[BioTag[], string[]]>([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['PER 0-2', 'LOC 3-4']],
    [['B-PER', 'B-PER'], ['PER 0-1', 'PER 1-2']],
    [['B-ORG', 'I-ORG', 'I-ORG'], ['ORG 0-3']],
    [['O', 'I-LOC', 'I-LOC'], ['LOC 1-3']],
    [['B-PER', 'I-LOC'], ['PER 0-1', 'LOC 1-2']],
    [['O', 'O'], []],
  ])('%j', (tags, expected) => {
    expect(bioSpans(tags).map((s) => `${s.type} ${s.start}-${s.end}`)).toEqual(expected);
  });
});

describe('word shapes', () => {
  it.each([
    ['Merkel', 'Xxxxx', 'Xx'],
    ['U.S.', 'X.X.', 'X.X.'],
    ['1996', 'dddd', 'd'],
    ['NATO', 'XXXX', 'X'],
    ['al-Qaeda', 'xx-Xxxxx', 'x-Xx'],
  ])('%s → %s, %s', (word, shape, short) => {
    expect(wordShape(word)).toBe(shape);
    expect(shortShape(wordShape(word))).toBe(short);
  });
});

// Hand-written, not from CoNLL.
const FIXTURE = `
Alice_B-PER Smith_I-PER visited_O Oslo_B-LOC ._O
Bob_B-PER works_O for_O Acme_B-ORG Corp_I-ORG in_O Lima_B-LOC ._O
The_O Red_B-ORG Cross_I-ORG helped_O Carol_B-PER ._O
Oslo_B-LOC and_O Lima_B-LOC are_O cities_O ._O
Dave_B-PER met_O Alice_B-PER Smith_I-PER at_O Acme_B-ORG Corp_I-ORG ._O
Nobody_O saw_O the_O French_B-MISC film_O ._O`;

const fixture: TaggedSentence[] = FIXTURE.trim()
  .split('\n')
  .map((line) => {
    const pairs = line.split(' ').map((p) => p.split('_'));
    return { tokens: pairs.map((p) => p[0]), tags: pairs.map((p) => p[1] as BioTag) };
  });

describe('training', () => {
  const res = { titles: new Set<string>() };
  const opts = { epochs: 10, seed: 7, minCount: 1 };

  it('learns a tiny hand-written fixture perfectly, also after quantisation', () => {
    const weights = train(fixture, res, opts);
    const float = makeTagger(weights, res);
    const quantised = makeTagger(fromModelFile(toModelFile(weights, {})), res);
    for (const s of fixture) {
      expect(float.tag(s.tokens)).toEqual(s.tags);
      expect(quantised.tag(s.tokens)).toEqual(s.tags);
    }
  });

  it.each([
    ['alice', true, -1],
    ['carol', true, -1],
    ['oslo', true, 0],
    ['alice', false, 0],
  ])('hides the identity of person tokens: word "%s", hidePersons %s → row %s (-1: none)', (word, hidePersons, row) => {
    const weights = train(fixture, res, { ...opts, hidePersons });
    expect(Math.min(0, weights.id('w', word))).toBe(row);
    expect(Math.min(0, fromModelFile(toModelFile(weights, {})).id('w', word))).toBe(row);
  });

  it('gives the same model file for the same seed', () => {
    expect(toModelFile(train(fixture, res, opts), {})).toEqual(toModelFile(train(fixture, res, opts), {}));
  });
});
