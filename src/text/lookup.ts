// Offset → token lookups by binary search, so later stages stay linear on long articles.
import type { Document } from '../types.js';
import { lowerBound } from '../util/search.js';

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAtOrAfter(doc: Document, offset: number): number {
  return lowerBound(doc.tokens, offset, (t) => t.start);
}

/** Index of the token that starts exactly at `offset`, or -1. */
export function tokenStartingAt(doc: Document, offset: number): number {
  const i = tokenAtOrAfter(doc, offset);
  return i < doc.tokens.length && doc.tokens[i].start === offset ? i : -1;
}

/** Index of the token that ends exactly at `offset`, or -1. */
export function tokenEndingAt(doc: Document, offset: number): number {
  const i = lowerBound(doc.tokens, offset, (t) => t.end);
  return i < doc.tokens.length && doc.tokens[i].end === offset ? i : -1;
}
