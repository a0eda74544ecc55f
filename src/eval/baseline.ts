// compromise's own named-entity finder, as a yardstick for ours on CoNLL.
import nlp from 'compromise';
import type { ScoredType, TypedSpan } from './conll.js';

interface OffsetJson {
  offset?: { start: number; length: number };
}

/**
 * compromise counts punctuation set off by spaces as part of the match ("London (",
 * ", H. Morris"); CoNLL's spans are whole tokens, so drop edge tokens without a letter or digit.
 */
export function trimPunctuationTokens(text: string, start: number, end: number): [number, number] {
  const WORD = /[\p{L}\p{N}]/u;
  const pieces = [...text.slice(start, end).matchAll(/\S+/g)].filter((m) => WORD.test(m[0]));
  if (!pieces.length) return [start, start];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  return [start + (first.index ?? 0), start + (last.index ?? 0) + last[0].length];
}

export function compromiseSpans(text: string): TypedSpan[] {
  const doc = nlp(text);
  const spans: TypedSpan[] = [];
  const add = (matches: OffsetJson[], type: ScoredType) => {
    for (const m of matches) {
      if (!m.offset) continue;
      const [start, end] = trimPunctuationTokens(text, m.offset.start, m.offset.start + m.offset.length);
      if (end > start) spans.push({ start, end, type });
    }
  };
  add(doc.people().json({ offset: true }) as OffsetJson[], 'PER');
  add(doc.places().json({ offset: true }) as OffsetJson[], 'LOC');
  add(doc.organizations().json({ offset: true }) as OffsetJson[], 'ORG');
  return spans;
}
