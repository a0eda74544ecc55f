// Offset → token lookups by binary search, so later stages stay linear on long articles.
import type { Document } from '../types.js';

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAtOrAfter(doc: Document, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(doc: Document, offset: number): number {
  const i = tokenAtOrAfter(doc, offset);
  return i < doc.tokens.length && doc.tokens[i].start === offset ? i : -1;
}

/** Index of the token that ends exactly at `offset`, or -1. */
export function tokenEndingAt(doc: Document, offset: number): number {
  const t = doc.tokens;
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].end < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < t.length && t[lo].end === offset ? lo : -1;
}
