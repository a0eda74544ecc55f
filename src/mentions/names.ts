// Capitalised runs of tokens: the raw material of names.
import type { Lexicon } from '../lexicon/index.js';
import type { Sentence, Token } from '../types.js';
import { lexiconTag } from './common-words.js';

// Lowercase particles that belong inside names: "Abu Bakr al-Baghdadi", "Ursula von der Leyen".
const CALENDAR_WORD = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)$/;
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'ben', 'abu', 'ter', 'zu', 'y']);

export const isCapitalised = (w: string): boolean => /^[\p{Lu}]/u.test(w) || /^(?:al|el|ad|ar|as|an|at|ash|az)-\p{Lu}/u.test(w);
export const isAcronym = (w: string): boolean => /^(?:\p{Lu}{2,8}\d?|(?:\p{Lu}\.){2,4})$/u.test(w);
/** "M." in "M. Butcher": opens a name, never ends one. */
export const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
export const isAllCaps = (w: string): boolean => /^\p{Lu}[\p{Lu}\d'’.-]*$/u.test(w);

/**
 * Maximal runs of name-like tokens in [from, to): capitalised words, joined by particles
 * ("bin", "van der") or, inside organisation names, by "of"/"for"/"and"/"the"
 * when a capitalised word follows ("Ministry of Foreign Affairs").
 */
export function capitalisedRuns(tokens: Token[], from: number, to: number, lex: Pick<Lexicon, 'nameConnectors' | 'orgSuffixes' | 'placeHeads'>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    if (!isCapitalised(tokens[i].text) || /^\p{Lu}$/u.test(tokens[i].text) && tokens[i].text === 'I') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < to) {
      const w = tokens[j].text;
      if (isCapitalised(w) && tokens[j].start === tokens[j - 1].end + 1) { j++; continue; }
      if (isCapitalised(w) && tokens[j].start === tokens[j - 1].end && /^[-]/.test(w)) { j++; continue; }
      const lower = w.toLowerCase();
      const next = tokens[j + 1];
      // "People's Liberation Army", "Workers' Party": an ordinary word's possessive inside a name
      // ("Iran's Foreign Ministry" is two names: "Iran" is no ordinary word)
      if (/^['’]s?$/.test(w) && j - i - (tokens[i].text === 'The' ? 1 : 0) <= 2 && tokens[j].start === tokens[j - 1].end && next && isCapitalised(next.text) && /Noun|Plural|Singular/.test(lexiconTag(tokens[j - 1].text) ?? '')) { j++; continue; }
      // particles chain: "Lucía Ramírez de la Torre"
      // ("Department of the Treasury": "the" after "of" or "for" is a particle too)
      // (after an organisation's word only, not a company's: "Leaders of the European Union", "Dow Chemical Co of
      // the United States" are two names)
      const orgWord = lex.orgSuffixes.get(tokens[j - 1].text);
      // (or a place's head that takes an of-phrase: "the Palace of the Nations", "the Great Hall of the People")
      const placeOf = lower === 'of' && lex.placeHeads.has(`${tokens[j - 1].text} of`);
      const particle = (x: string) => PARTICLES.has(x) || (x === 'the' && (lower === 'of' || lower === 'for') && ((orgWord !== undefined && orgWord !== 'Corporation') || placeOf));
      const nextName = next && (isCapitalised(next.text) || (particle(next.text) && tokens[j + 2] && isCapitalised(tokens[j + 2].text)));
      // "the Ministry of External Affairs on Friday": a day or a month after a connector is a date, not more name
      const joins = (PARTICLES.has(lower) || lex.nameConnectors.has(lower)) && nextName && j + 1 < to && !CALENDAR_WORD.test(next.text);
      // "the" only joins after "of"/"for": "Bank of the South", never "Iran the".
      if (joins && (lower !== 'the' || ['of', 'for'].includes(tokens[j - 1].text.toLowerCase()))) { j++; continue; }
      break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Whether a sentence is mostly written in capitals (a shouted headline or heading). */
export function isShouting(texts: string[], s: Sentence): boolean {
  const words = texts.slice(s.tokenStart, s.tokenEnd).filter((w) => /^\p{L}{2,}/u.test(w));
  return words.length >= 2 && words.filter((w) => w === w.toUpperCase()).length / words.length >= 0.6;
}

const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Central', 'Latin', 'Southeast', 'Northeast', 'Southern', 'Northern', 'Eastern', 'Western']);
const CONTINENT_ADJECTIVES = new Set(['American', 'Americans', 'African', 'Africans', 'Asian', 'Asians', 'European', 'Europeans']);

/** "South American", "East Asian" at token i: a region's adjective (the gazetteer knows "South African"). */
export function isRegionAdjective(texts: string[], i: number): boolean {
  return COMPASS_WORDS.has(texts[i]) && CONTINENT_ADJECTIVES.has(texts[i + 1] ?? '');
}

/** Whether the comma at c is the sentence's first and closes a clause opened by a participle or a subordinator. */
export function closesOpeningClause(texts: readonly string[], s: Sentence, c: number): boolean {
  const first = texts[s.tokenStart] ?? '';
  const opener = /^(?:After|When|While|Although|Though|Before|If|Since|Because|Once|Unless|Until)$/.test(first) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first);
  return opener && !texts.slice(s.tokenStart, c).includes(',');
}
