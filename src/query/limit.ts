// The engine cannot stream results: a SELECT's rows are all made, serialised and copied before
// any is read. So a row limit is only a memory bound if the engine itself stops at it: the query's
// own LIMIT is lowered to the cap, or a LIMIT is added where the grammar puts it (after the
// WHERE group and its GROUP BY / HAVING / ORDER BY, before a closing VALUES block).
import { closing, isPunct, isWord, tokenize } from './tokens.js';

/**
 * `text` with its outermost LIMIT at most `cap`. A SELECT only (a CONSTRUCT's limit counts
 * solutions, not the triples it returns); any other text, or one this cannot read, is returned
 * as it is and the engine reports what is wrong with it.
 */
export function capLimit(text: string, cap: number): string {
  const tokens = tokenize(text);
  const select = tokens.findIndex((t) => isWord(t, 'SELECT'));
  if (select < 0 || tokens.slice(0, select).some((t) => isWord(t, 'ASK', 'CONSTRUCT', 'DESCRIBE'))) return text;
  const open = tokens.findIndex((t, i) => i > select && isPunct(t, '{'));
  const close = open < 0 ? -1 : closing(tokens, open);
  if (close < 0) return text;
  let depth = 0;
  let valuesAt = -1;
  for (let i = close + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && '({['.includes(t.text)) depth++;
    else if (t.kind === 'punct' && ')}]'.includes(t.text)) depth--;
    if (depth !== 0) continue;
    if (isWord(t, 'VALUES') && valuesAt < 0) valuesAt = i;
    if (isWord(t, 'LIMIT') && valuesAt < 0) {
      const n = tokens[i + 1];
      if (!n || n.kind !== 'number' || !/^\d+$/.test(n.text)) return text;
      // a limit past 2^53 is a long digit string: compare by length first
      const lower = n.text.length > 15 || Number(n.text) > cap;
      return lower ? text.slice(0, n.start) + String(cap) + text.slice(n.end) : text;
    }
  }
  const at = valuesAt >= 0 ? tokens[valuesAt]!.start : text.length;
  // on lines of its own: a trailing comment must not swallow it
  return `${text.slice(0, at)}\nLIMIT ${cap}\n${text.slice(at)}`;
}
