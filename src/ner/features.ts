// Feature strings for one token. The static ones depend only on the sentence and are computed once;
// the tag ones depend on the tags already chosen to the left (greedy decoding).
import type { FeatureResources } from './types.js';

/** Xxxxx → Xxxx, 1996 → dddd, U.S. → X.X.; runs longer than four are cut so lengths stay coarse. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Xxxxx → Xx, U.S. → X.X.: the shape with every run collapsed. */
export const shortShape = (shape: string): string => shape.replace(/(.)\1+/g, '$1');

const isAlpha = (w: string) => /\p{L}/u.test(w);
const isUpper = (w: string) => isAlpha(w) && w === w.toUpperCase();

/**
 * Headlines and sports tables are often all capitals: there, capitalisation says nothing,
 * and the model must lean on the words themselves.
 */
export function isCapsLine(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t));
  return words.length > 0 && words.filter(isUpper).length / words.length >= 0.75;
}

export interface SentenceView {
  lower: string[];
  shapes: string[];
  short: string[];
}

export function sentenceView(tokens: readonly string[]): SentenceView {
  const lower = tokens.map((t) => t.toLowerCase());
  const shapes = tokens.map(wordShape);
  return { lower, shapes, short: shapes.map(shortShape) };
}

/** Static features of every token of a sentence. */
export function staticFeatures(tokens: readonly string[], res: FeatureResources, view = sentenceView(tokens)): string[][] {
  const { lower, short } = view;
  const n = tokens.length;
  const at = (a: string[], i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : a[i]);
  const caps = isCapsLine(tokens) ? 'C' : 'c';
  const gzSpan = gazetteerSpans(tokens, res);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = tokens[i];
    const l = lower[i];
    const f = [
      'b',
      `w=${l}`,
      `sh=${view.shapes[i]}`,
      `ss=${short[i]}`,
      `w-1=${at(lower, i - 1)}`,
      `w+1=${at(lower, i + 1)}`,
      `w-2=${at(lower, i - 2)}`,
      `w+2=${at(lower, i + 2)}`,
      `w-1w=${at(lower, i - 1)}|${l}`,
      `ww+1=${l}|${at(lower, i + 1)}`,
      `ss-1=${at(short, i - 1)}`,
      `ss+1=${at(short, i + 1)}`,
      `ss3=${at(short, i - 1)}|${short[i]}|${at(short, i + 1)}`,
      `cap=${caps}|${short[i]}`,
      `cap=${caps}|w=${l}`,
      `pos=${i === 0 ? 'first' : i === n - 1 ? 'last' : 'mid'}|${short[i]}`,
    ];
    for (let k = 1; k <= 4 && k <= l.length; k++) f.push(`p${k}=${l.slice(0, k)}`, `s${k}=${l.slice(-k)}`);
    if (/\d/.test(w)) f.push('digit');
    if (w.includes('-')) f.push('hyphen');
    if (w.includes('.')) f.push('period');
    if (res.titles.has(at(tokens as string[], i - 1))) f.push('title-1');
    if (res.titles.has(at(tokens as string[], i - 2))) f.push('title-2');
    for (const c of res.gazetteer?.(w) ?? []) f.push(`gz=${c}`);
    for (const g of gzSpan[i]) f.push(`gzs=${g}`);
    out.push(f);
  }
  return out;
}

/** Per token, the classes of multi-token gazetteer names covering it, with B/I position. */
function gazetteerSpans(tokens: readonly string[], res: FeatureResources): string[][] {
  const marks: string[][] = tokens.map(() => []);
  if (!res.gazetteerMatch) return marks;
  for (let i = 0; i < tokens.length; i++) {
    // Only capitalised starts: the gazetteer matches case-insensitively and "nice" is a city.
    if (!/^\p{Lu}/u.test(tokens[i])) continue;
    const m = res.gazetteerMatch(tokens, i);
    if (!m || m.length < 2) continue;
    for (let k = 0; k < m.length; k++) for (const c of m.classes) marks[i + k].push(`${k ? 'I' : 'B'}-${c}`);
  }
  return marks;
}

/** Features of the tags chosen for the two tokens before i. */
export function tagFeatures(prev1: string, prev2: string, lower: string, short: string): string[] {
  return [`t-1=${prev1}`, `t-2=${prev2}|${prev1}`, `t-1w=${prev1}|${lower}`, `t-1ss=${prev1}|${short}`];
}
