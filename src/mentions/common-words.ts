// Whether a capitalised word is just an ordinary word written at the start of a sentence.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';
import type { CommonWordsFile } from './common-words-source.js';

let lexicon: Map<string, string> | undefined;

/** compromise's lexicon without names, read from data/lexicon/common-words.json (see common-words-source.ts). */
function commonLexicon(): Map<string, string> {
  if (lexicon) return lexicon;
  const file = JSON.parse(readFileSync(dataPath('lexicon', 'common-words.json'), 'utf8')) as CommonWordsFile;
  lexicon = new Map();
  for (const [tag, words] of Object.entries(file.words)) for (const w of words) lexicon.set(w, tag);
  return lexicon;
}

/** The POS tag compromise's lexicon gives an ordinary (non-name) word, if any. */
export function lexiconTag(word: string): string | undefined {
  return commonLexicon().get(word.toLowerCase());
}

const MORPHOLOGY = /(?:ly|ing|ed|ions|tion|ness|ment|ments|ity|ies|ous|ive|ful|less|able)$/;

/** True when the word, capitalised, is probably an ordinary English word rather than a name. */
export function isCommonWord(word: string, lowercaseInText: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (word.length > 1 && word === word.toUpperCase()) return false; // acronyms are names
  return commonLexicon().has(lower) || lowercaseInText.has(lower) || (lower.length > 5 && MORPHOLOGY.test(lower));
}
