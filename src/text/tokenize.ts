import type { Span } from '../types.js';

// Abbreviations with inner dots (U.S., D.C., U.N.) stay whole; a possessive 's is its own
// token so "Iran's" yields the name "Iran"; hyphens and apostrophes inside words stay
// (al-Rashid, human-rights, O'Brien); numbers keep their separators (14.5, 1,200).
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{Lu}\.){2,}`, // U.S.  D.C.  U.K.
    String.raw`\p{L}+[-\u2010\u2011](?:\p{Lu}\.){2,}`, // "Korean-U.S.", "Sino-U.S.": split below when a part is a name
    String.raw`\p{Lu}\.(?=[ \t]*\p{Lu})`, // an initial before a name: "M. Butcher", "George W. Bush"
    String.raw`[$€£¥]`, // currency symbols
    String.raw`\d+(?:[.,:]\d+)*(?:%|st|nd|rd|th|s)?`, // numbers, 2024s, 3rd
    String.raw`[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|(?![’']s\b)[-'’\u2010\u2011](?=[\p{L}\p{M}\p{N}]))*\.?`, // words (a trailing dot is trimmed below; U+2010/2011 are hyphens too)
    String.raw`[’']s\b`, // possessive
    String.raw`\S`, // any other single character
  ].join('|'),
  'gu',
);

export interface RawToken extends Span {
  text: string;
}

/** Words that keep their final dot (the dot is not a sentence end). */
export type AbbreviationTest = (wordWithDot: string) => boolean;
/** Whether a capitalised part of a hyphenated word names a country or body on its own ("US" in "US-China"). */
export type NameTest = (part: string) => boolean;

// "US-China talks", "the Israel-Hamas war", "North Korean-U.S. ties": two names joined by a hyphen are two names
const NAME_PAIR = /^(\p{Lu}[\p{L}\p{M}.]*)-(\p{Lu}[\p{L}\p{M}.-]*)$/u;

export function tokenize(text: string, isAbbreviation: AbbreviationTest, offset = 0, isName: NameTest = () => false): RawToken[] {
  const out: RawToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = offset + (m.index ?? 0);
    const dotted = /(?:\p{Lu}\.){2,}$/u.test(t);
    const pair = NAME_PAIR.exec(dotted ? t : t.replace(/\.$/, ''));
    // (a hyphenated name that is one place or person, "Guinea-Bissau", "Diallo-Sène", stays whole)
    if (pair && !isName(pair[0]) && (isName(pair[1]) || isName(pair[2]))) {
      const left = pair[1].length;
      out.push({ text: pair[1], start, end: start + left }, { text: '-', start: start + left, end: start + left + 1 });
      out.push(...tokenize(t.slice(left + 1), isAbbreviation, start + left + 1, isName));
      continue;
    }
    if (t.length > 1 && t.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(t) && !isAbbreviation(t)) {
      out.push({ text: t.slice(0, -1), start, end: start + t.length - 1 });
      out.push({ text: '.', start: start + t.length - 1, end: start + t.length });
      continue;
    }
    out.push({ text: t, start, end: start + t.length });
  }
  return out;
}
