// Whether a capitalised word is just an ordinary word written at the start of a sentence.
import nlp from 'compromise';

const PROPER = /ProperNoun|Person|Name|Place|Country|City|Region|Organization|Honorific|Demonym/;
let lexicon: Map<string, string> | undefined;

function commonLexicon(): Map<string, string> {
  if (lexicon) return lexicon;
  const raw = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  lexicon = new Map();
  for (const [w, tag] of Object.entries(raw)) {
    const t = Array.isArray(tag) ? tag.join(',') : tag;
    if (!PROPER.test(t)) lexicon.set(w, t);
  }
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
