// Features of one token, emitted as (kind, value) pairs: the model hashes "kind=" once per kind and
// continues the hash over the value, so no feature string is built per token for the common kinds.
import type { FeatureResources } from './types.js';

export type Emit = (kind: string, value: string) => void;

/** Xxxxx → Xxxx, 1996 → dddd, U.S. → X.X.; runs longer than four are cut so lengths stay coarse. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of w) {
    const code = ch.charCodeAt(0);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 4) out += c;
  }
  return out;
}

/** Xxxxx → Xx, U.S. → X.X.: the shape with every run collapsed. */
export const shortShape = (shape: string): string => shape.replace(/(.)\1+/g, '$1');

const isUpper = (w: string) => /\p{L}/u.test(w) && w === w.toUpperCase();

/**
 * Headlines and sports tables are often all capitals: there, capitalisation says nothing,
 * and the model must lean on the words themselves.
 */
export function isCapsLine(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /\p{L}{2,}/u.test(t));
  return words.length > 0 && words.filter(isUpper).length / words.length >= 0.75;
}

/** What the features of a sentence's tokens are computed from. */
export interface SentenceContext {
  tokens: readonly string[];
  /** Lowercased tokens padded with two boundary markers at each end: token i is at i + 2. */
  lower: string[];
  short: string[];
  shapes: string[];
  caps: boolean;
  /** Per token, multi-token gazetteer names covering it ("B-City", "I-Country"). */
  gz: string[][];
  /**
   * Padded like `lower`: tokens whose identity no feature may carry. Training marks the gold
   * person tokens, so the model learns people from shape, affixes, titles and context and never
   * stores a person's name; when tagging nothing is hidden.
   */
  hidden: boolean[];
  res: FeatureResources;
}

const pad = (a: string[]) => ['<s>', '<s>', ...a, '</s>', '</s>'];

export function sentenceContext(tokens: readonly string[], res: FeatureResources, hide?: readonly boolean[]): SentenceContext {
  const shapes = tokens.map(wordShape);
  return {
    tokens,
    lower: pad(tokens.map((t) => t.toLowerCase())),
    short: pad(shapes.map(shortShape)),
    shapes,
    caps: isCapsLine(tokens),
    gz: gazetteerSpans(tokens, res),
    hidden: [false, false, ...tokens.map((_, i) => hide?.[i] === true), false, false],
    res,
  };
}

/** The features of token i that do not depend on tags already chosen. */
export function staticFeatures(c: SentenceContext, i: number, emit: Emit): void {
  const w = c.tokens[i];
  const j = i + 2;
  const l = c.lower[j];
  const ss = c.short[j];
  const hid = c.hidden;
  emit('b', '');
  emit('sh', c.shapes[i]);
  emit('ss', ss);
  if (!hid[j]) {
    emit('w', l);
    emit(c.caps ? 'capsline-w' : 'mixedline-w', l);
    if (!hid[j - 1]) emit('w-1w', `${c.lower[j - 1]}|${l}`);
    if (!hid[j + 1]) emit('ww+1', `${l}|${c.lower[j + 1]}`);
  }
  if (!hid[j - 1]) emit('w-1', c.lower[j - 1]);
  if (!hid[j + 1]) emit('w+1', c.lower[j + 1]);
  if (!hid[j - 2]) emit('w-2', c.lower[j - 2]);
  if (!hid[j + 2]) emit('w+2', c.lower[j + 2]);
  emit('ss-1', c.short[j - 1]);
  emit('ss+1', c.short[j + 1]);
  emit('ss3', `${c.short[j - 1]}|${ss}|${c.short[j + 1]}`);
  emit(c.caps ? 'capsline-ss' : 'mixedline-ss', ss);
  emit(i === 0 ? 'first-ss' : i === c.tokens.length - 1 ? 'last-ss' : 'mid-ss', ss);
  // Affixes are morphology ("-ov", "-stan"), but one as long as the word is the word itself.
  const n = Math.min(4, hid[j] ? l.length - 1 : l.length);
  for (let k = 1; k <= n; k++) {
    emit(PREFIX[k], l.slice(0, k));
    emit(SUFFIX[k], l.slice(-k));
  }
  if (/\d/.test(w)) emit('digit', '');
  if (w.includes('-')) emit('hyphen', '');
  if (w.includes('.')) emit('period', '');
  if (i > 0 && c.res.titles.has(c.tokens[i - 1])) emit('title-1', '');
  if (i > 1 && c.res.titles.has(c.tokens[i - 2])) emit('title-2', '');
  if (c.res.gazetteer) for (const g of c.res.gazetteer(w)) emit('gz', g);
  for (const g of c.gz[i]) emit('gzs', g);
}

const PREFIX = ['', 'p1', 'p2', 'p3', 'p4'];
const SUFFIX = ['', 's1', 's2', 's3', 's4'];

/** Per token, the classes of multi-token gazetteer names covering it, with B/I position. */
function gazetteerSpans(tokens: readonly string[], res: FeatureResources): string[][] {
  const marks: string[][] = tokens.map(() => []);
  if (!res.gazetteerMatch) return marks;
  for (let i = 0; i < tokens.length; i++) {
    // Only capitalised starts: the gazetteer matches case-insensitively and "nice" is a city.
    if (!/^\p{Lu}/u.test(tokens[i])) continue;
    const m = res.gazetteerMatch(tokens, i);
    if (!m || m.length < 2) continue;
    for (let k = 0; k < m.length; k++) for (const g of m.classes) marks[i + k].push(`${k ? 'I' : 'B'}-${g}`);
  }
  return marks;
}

/** Feature kinds that depend on the previous tag, one constant string per tag so no string is built per token. */
export interface TagKinds {
  prev: string;
  prevWord: string;
  prevShape: string;
  /** Indexed by the tag two back. */
  prev2: Record<string, string>;
}

export function tagKinds(tags: readonly string[]): Record<string, TagKinds> {
  const all = ['<s>', ...tags];
  const out: Record<string, TagKinds> = {};
  for (const t of all) {
    out[t] = { prev: 't-1', prevWord: `t-1w|${t}`, prevShape: `t-1ss|${t}`, prev2: Object.fromEntries(all.map((u) => [u, `t-2|${u}|${t}`])) };
  }
  return out;
}

/** Features of the tags chosen for the two tokens before i. */
export function tagFeatures(c: SentenceContext, i: number, prev1: string, prev2: string, kinds: Record<string, TagKinds>, emit: Emit): void {
  const k = kinds[prev1];
  emit(k.prev, prev1);
  emit(k.prev2[prev2], '');
  if (!c.hidden[i + 2]) emit(k.prevWord, c.lower[i + 2]);
  emit(k.prevShape, c.short[i + 2]);
}
