// Where data/lexicon/common-words.json comes from: compromise's lexicon without its name tags.
// Loading compromise took about 0.5 s of every `newskg extract`, for this one table; the table is
// written once by scripts/common-words.ts, and test/common-words.test.ts checks it still matches.

const PROPER = /ProperNoun|Person|Name|Place|Country|City|Region|Organization|Honorific|Demonym/;

import type { CommonWordsFile } from '../lexicon/common-words.js';

export type { CommonWordsFile };

/** Reads compromise (slow: only the script and the test call this). */
export async function commonWordsFromCompromise(): Promise<CommonWordsFile> {
  const { default: nlp } = await import('compromise');
  const raw = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const words: Record<string, string[]> = {};
  for (const [w, tag] of Object.entries(raw)) {
    const t = Array.isArray(tag) ? tag.join(',') : tag;
    if (!PROPER.test(t)) (words[t] ??= []).push(w);
  }
  const version = (nlp as unknown as { version: string }).version;
  return { compromise: version, words };
}
