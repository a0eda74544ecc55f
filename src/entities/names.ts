// Pure helpers for comparing names.
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'on', '&']);

/** Lowercase, accent-free, no leading article: "The White House" → "white house". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\./g, '')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Name tokens for matching people: "Omar al-Rashid" → ["omar", "al-rashid"]. */
export function nameTokens(text: string): string[] {
  return normaliseName(text).split(/\s+/).filter(Boolean);
}

/** Name tokens without an Arabic article: "Omar al-Bashir" → ["omar", "bashir"], so "Bashir" is his short name. */
export function personTokens(text: string): string[] {
  return nameTokens(text).map((t) => t.replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{L}{3})/u, ''));
}

/** "world trade organization" → "wto"; one-word names have no acronym. */
export function acronymOf(normalised: string): string {
  const words = normalised.split(/\s+/).filter((w) => w && !CONNECTORS.has(w));
  return words.length > 1 ? words.map((w) => w[0]).join('') : '';
}
