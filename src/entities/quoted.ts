// Whether an offset lies inside quoted words of its own sentence ("…,” X said", "X said: “…”"), for
// pronoun resolution: a "he" or "him" inside someone's quoted words is not the one quoting them.
import { CLOSE, OPEN } from '../text/quote-marks.js';
import type { Document } from '../types.js';

/** For sentence `s`, a test of whether a character offset in it is inside double quotation marks opened in it. */
export function quotedIn(doc: Document, s: number): (offset: number) => boolean {
  const { tokenStart, tokenEnd } = doc.sentences[s];
  // the offsets where quoted words start and end, in order
  const bounds: Array<[number, number]> = [];
  let open = -1;
  for (let i = tokenStart; i < tokenEnd; i++) {
    const { text, start } = doc.tokens[i];
    if (open < 0 && OPEN.has(text)) open = start;
    else if (open >= 0 && CLOSE.has(text)) {
      bounds.push([open, start]);
      open = -1;
    }
  }
  // (a quote left open runs to the sentence's end)
  if (open >= 0) bounds.push([open, Number.POSITIVE_INFINITY]);
  return (offset) => bounds.some(([a, b]) => offset > a && offset < b);
}
