// Whether a capitalised word is just an ordinary word written at the start of a sentence.
import { readFileSync } from 'node:fs';
import { lexiconTag } from '../lexicon/common-words.js';
import { dataPath } from '../paths.js';

export { lexiconTag };

/** Whether the lexicon knows the word only as a finite verb ("denies", "threatened"): in a title-case heading it is no part of a name. */
export const isFiniteVerb = (word: string): boolean => /^(?:PresentTense|PastTense)$/.test(lexiconTag(word) ?? '');

let treebank: Set<string> | undefined;
/** Ordinary words of the treebank the parser learnt from (data/lexicon/treebank-words.txt), read once. */
const treebankWords = (): Set<string> =>
  (treebank ??= new Set(readFileSync(dataPath('lexicon', 'treebank-words.txt'), 'utf8').split('\n').filter((w) => w && !w.startsWith('#'))));

const MORPHOLOGY = /(?:ly|ing|ed|ions|tion|sion|ism|ness|ment|ments|ity|ies|ous|ive|ful|less|able)$/;

/** True when the word, capitalised, is probably an ordinary English word rather than a name. */
export function isCommonWord(word: string, lowercaseInText: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (word.length > 1 && word === word.toUpperCase()) return false; // acronyms are names
  return lexiconTag(lower) !== undefined || lowercaseInText.has(lower) || treebankWords().has(lower) || (lower.length > 5 && MORPHOLOGY.test(lower));
}
