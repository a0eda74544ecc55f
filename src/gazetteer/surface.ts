// Pure string helpers shared by the index builder and the matcher.

/** Curly apostrophes and runs of spaces would otherwise make "Côte d’Ivoire" a different name. */
export function normalizeSurface(s: string): string {
  if (/^[\w.\-]+$/.test(s)) return s;
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

const ASCII = /^[\x00-\x7f]*$/;

export function stripDiacritics(s: string): string {
  // Most surfaces are ASCII; normalize() on 20k strings costs ~100 ms at load.
  if (ASCII.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** The key for case-insensitive comparison. */
export function fold(s: string): string {
  return stripDiacritics(s).toLowerCase();
}

/** Whitespace removed, so token boundaries do not matter ("Washington" "," "D.C." = "Washington, D.C."). */
export function compact(s: string): string {
  return s.replace(/\s+/g, '');
}

/** Folded leading run of letters/digits: the bucket a surface and a token share ("U.S." → "u"). */
export function firstWordKey(s: string): string {
  return leadingWord(fold(normalizeSurface(s)));
}

/** Leading run of letters/digits of an already folded string. */
export function leadingWord(folded: string): string {
  const m = /^[\p{L}\p{N}]+/u.exec(folded);
  return m ? m[0] : '';
}

/** Acronyms and codes ("US", "U.S.", "UAE") never match case-insensitively: "us" is a pronoun. */
export function isAcronym(s: string): boolean {
  return /^[\p{Lu}\d.\-&]+$/u.test(s);
}

export function hasUpper(s: string): boolean {
  return /\p{Lu}/u.test(s);
}

// Demonyms in -ese, -ish, -ch, -ss, -ois, -y, -z have no -s plural ("the Chinese", "the British").
const NO_S_PLURAL = /(?:ese|ish|ch|sh|ss|ois|y|z|tswana|sotho)$/;

/** Regular plural of a demonym ("Iranian" → "Iranians"), or undefined when English uses none. */
export function pluralDemonym(demonym: string): string | undefined {
  return NO_S_PLURAL.test(demonym) ? undefined : demonym + 's';
}

/** world-countries packs several demonyms in one string: "Antiguan, Barbudan", "Kittitian or Nevisian". */
export function splitDemonyms(s: string): string[] {
  return s
    .split(/,\s*|\s+or\s+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}
