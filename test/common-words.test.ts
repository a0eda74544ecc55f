// data/lexicon/common-words.json is compromise's lexicon without names, saved so that extract does not
// load compromise; it must still be what the installed compromise gives.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commonWordsFromCompromise, type CommonWordsFile } from '../src/mentions/common-words-source.js';
import { isCommonWord, lexiconTag } from '../src/mentions/common-words.js';

describe('the common-words table', () => {
  it('matches the installed compromise (after an upgrade, run `npx tsx scripts/common-words.ts`)', async () => {
    const saved = JSON.parse(readFileSync('data/lexicon/common-words.json', 'utf8')) as CommonWordsFile;
    expect(saved).toEqual(await commonWordsFromCompromise());
  }, 60_000);

  it('knows ordinary words and not names', () => {
    expect(isCommonWord('Yesterday', new Set())).toBe(true);
    expect(isCommonWord('Kalomira', new Set())).toBe(false);
    expect(lexiconTag('Paris')).toBeUndefined();
  });
});
