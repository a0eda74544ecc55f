// The sentence around a span, for facts whose graph gives no evidence sentence of its own.

/** Returns null when the span crosses a paragraph (then no single sentence supports it). */
export function sentenceAround(text: string, from: number, to: number): { text: string; start: number; end: number } | null {
  if (from < 0 || to > text.length || from >= to) return null;
  if (text.slice(from, to).includes('\n')) return null;
  let start = from;
  while (start > 0 && !isBoundary(text, start - 1)) start--;
  let end = to;
  while (end < text.length && !isBoundary(text, end)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  // Keep a closing quote with its sentence.
  while (end < text.length && /[”"’)]/.test(text[end])) end++;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), start, end };
}

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  const after = text.slice(i + 1, i + 4);
  // "U.S. side" and "Mr. X" are not sentence ends; a space then a capital (or quote) usually is.
  if (next === undefined) return true;
  if (/^[”"’]?\s+[A-Z“"]/.test(after) || /^[”"’]?\n/.test(after)) {
    const word = text.slice(Math.max(0, i - 4), i + 1);
    return !/(\b[A-Z]\.[A-Z]\.|\bMr\.|\bMs\.|\bDr\.|\bSt\.)$/.test(word);
  }
  return false;
}
