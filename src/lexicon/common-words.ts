// compromise's English lexicon without names (data/lexicon/common-words.json, written by
// src/mentions/common-words-source.ts): which ordinary words exist, and their part of speech.
// Shared by the stages: the lemmatiser checks a stem against it, mentions tell names from words.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

/** The file's shape: compromise's version, and each POS tag with its ordinary (non-name) words. */
export interface CommonWordsFile {
  compromise: string;
  words: Record<string, string[]>;
}

let lexicon: Map<string, string> | undefined;

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
