// Greedy dependency parser: the arc-hybrid system (transitions.ts) driven by an averaged
// perceptron over rich non-local features (Zhang & Nivre 2011, moved to arc-hybrid
// positions), trained with the dynamic oracle and error exploration (Goldberg & Nivre 2013).
import { hashString, mix } from './hash.js';
import { Perceptron } from './perceptron.js';
import { SparseScorer } from './scorer.js';
import { ParseState } from './transitions.js';
import { normalise } from './tagger.js';
import { seededRandom, shuffle } from '../util/random.js';

export interface ParseModel {
  labels: string[];
  weights: SparseScorer;
}

/** What the parser reads of each word: its form and the tagger's two tags. */
export interface ParserInput {
  forms: readonly string[];
  upos: readonly string[];
  xpos: readonly string[];
}

export interface Parse {
  /** heads[i] for word i (0-based words; 0 = root, else 1-based head). */
  heads: number[];
  labels: string[];
}

export const MAX_FEATURES = 128;
const NONE = hashString('<none>');
const ROOT = hashString('<root>');

/** Word-level hashes, index 0 = root. */
export interface Words {
  w: Int32Array;
  p: Int32Array;
  u: Int32Array;
}

export function words(input: ParserInput): Words {
  const n = input.forms.length;
  const w = new Int32Array(n + 1);
  const p = new Int32Array(n + 1);
  const u = new Int32Array(n + 1);
  w[0] = p[0] = u[0] = ROOT;
  for (let i = 0; i < n; i++) {
    w[i + 1] = hashString(normalise(input.forms[i]));
    p[i + 1] = hashString(input.xpos[i]);
    u[i + 1] = hashString(input.upos[i]);
  }
  return { w, p, u };
}

// Small readers of a state, at module level so that no closure is made per transition.
const at = (a: Int32Array, i: number) => (i < 0 ? NONE : a[i]);
const kid = (a: Int32Array, i: number) => (i < 0 ? -1 : a[i]);
const lab = (st: ParseState, i: number) => (i < 0 ? NONE : st.labels[i] + 7);
const vl = (st: ParseState, i: number) => (i < 0 ? -1 : Math.min(st.nLeft[i], 4));
const vr = (st: ParseState, i: number) => (i < 0 ? -1 : Math.min(st.nRight[i], 4));
const sl = (st: ParseState, i: number) => (i < 0 ? NONE : st.leftLabels[i]);
const sr = (st: ParseState, i: number) => (i < 0 ? NONE : st.rightLabels[i]);

const bucket = (d: number) => (d < 0 ? -1 : d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);

export function features(st: ParseState, W: Words, out: Uint32Array): number {
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const b0 = st.buf(0), b1 = st.buf(1), b2 = st.buf(2);
  const s0w = at(W.w, s0), s0p = at(W.p, s0), s1w = at(W.w, s1), s1p = at(W.p, s1), s2p = at(W.p, s2);
  const b0w = at(W.w, b0), b0p = at(W.p, b0), b1w = at(W.w, b1), b1p = at(W.p, b1), b2w = at(W.w, b2), b2p = at(W.p, b2);
  const s0u = at(W.u, s0), b0u = at(W.u, b0), s1u = at(W.u, s1);
  const s0l1 = kid(st.l1, s0), s0l2 = kid(st.l2, s0), s0r1 = kid(st.r1, s0), s0r2 = kid(st.r2, s0);
  const s1l1 = kid(st.l1, s1), s1r1 = kid(st.r1, s1), s1r2 = kid(st.r2, s1);
  const b0l1 = kid(st.l1, b0), b0l2 = kid(st.l2, b0);
  const s0l1p = at(W.p, s0l1), s0r1p = at(W.p, s0r1), b0l1p = at(W.p, b0l1), s1r1p = at(W.p, s1r1);
  const d0 = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : -1;
  const d1 = s0 >= 0 && s1 >= 0 ? bucket(s0 - s1) : -1;
  let n = 0;
  // single words
  out[n] = mix(n, s0w, s0p); n++; out[n] = mix(n, s0w); n++; out[n] = mix(n, s0p); n++; out[n] = mix(n, s0u); n++;
  out[n] = mix(n, b0w, b0p); n++; out[n] = mix(n, b0w); n++; out[n] = mix(n, b0p); n++; out[n] = mix(n, b0u); n++;
  out[n] = mix(n, b1w, b1p); n++; out[n] = mix(n, b1w); n++; out[n] = mix(n, b1p); n++;
  out[n] = mix(n, b2w, b2p); n++; out[n] = mix(n, b2p); n++;
  out[n] = mix(n, s1w, s1p); n++; out[n] = mix(n, s1w); n++; out[n] = mix(n, s1p); n++; out[n] = mix(n, s1u); n++;
  out[n] = mix(n, at(W.w, s2), s2p); n++; out[n] = mix(n, s2p); n++;
  // pairs
  out[n] = mix(n, s0w, s0p, b0w); n++; out[n] = mix(n, s0w, s0p, b0p); n++; out[n] = mix(n, s0w, b0w, b0p); n++; out[n] = mix(n, s0p, b0w, b0p); n++;
  out[n] = mix(n, s0w, b0w); n++; out[n] = mix(n, s0p, b0p); n++; out[n] = mix(n, b0p, b1p); n++; out[n] = mix(n, s0u, b0u); n++;
  out[n] = mix(n, s1w, s0w); n++; out[n] = mix(n, s1p, s0p); n++; out[n] = mix(n, s1w, s1p, s0p); n++; out[n] = mix(n, s1p, s0w, s0p); n++; out[n] = mix(n, s1u, s0u); n++;
  out[n] = mix(n, s1w, s0w, b0w); n++; out[n] = mix(n, s0w, b0w, b1w); n++;
  // triples of tags
  out[n] = mix(n, b0p, b1p, b2p); n++; out[n] = mix(n, s0p, b0p, b1p); n++; out[n] = mix(n, s1p, s0p, b0p); n++; out[n] = mix(n, s2p, s1p, s0p); n++;
  out[n] = mix(n, s0p, s0l1p, b0p); n++; out[n] = mix(n, s0p, s0r1p, b0p); n++; out[n] = mix(n, s0p, b0p, b0l1p); n++; out[n] = mix(n, s1p, s1r1p, s0p); n++;
  out[n] = mix(n, s1p, s0p, s0l1p); n++; out[n] = mix(n, s1p, s0p, s0r1p); n++; out[n] = mix(n, s1p, s0p, b1p); n++;
  // distance
  out[n] = mix(n, s0w, d0); n++; out[n] = mix(n, s0p, d0); n++; out[n] = mix(n, b0w, d0); n++; out[n] = mix(n, b0p, d0); n++; out[n] = mix(n, s0w, b0w, d0); n++; out[n] = mix(n, s0p, b0p, d0); n++;
  out[n] = mix(n, s1p, s0p, d1); n++; out[n] = mix(n, s1w, s0w, d1); n++; out[n] = mix(n, s1p, s0w, d1); n++;
  // valency
  out[n] = mix(n, s0w, vr(st, s0)); n++; out[n] = mix(n, s0p, vr(st, s0)); n++; out[n] = mix(n, s0w, vl(st, s0)); n++; out[n] = mix(n, s0p, vl(st, s0)); n++;
  out[n] = mix(n, b0w, vl(st, b0)); n++; out[n] = mix(n, b0p, vl(st, b0)); n++; out[n] = mix(n, s1p, vr(st, s1)); n++; out[n] = mix(n, s1p, vl(st, s1)); n++;
  // dependents
  out[n] = mix(n, at(W.w, s0l1)); n++; out[n] = mix(n, s0l1p); n++; out[n] = mix(n, lab(st, s0l1)); n++;
  out[n] = mix(n, at(W.w, s0r1)); n++; out[n] = mix(n, s0r1p); n++; out[n] = mix(n, lab(st, s0r1)); n++;
  out[n] = mix(n, at(W.w, b0l1)); n++; out[n] = mix(n, b0l1p); n++; out[n] = mix(n, lab(st, b0l1)); n++;
  out[n] = mix(n, at(W.w, s1r1)); n++; out[n] = mix(n, s1r1p); n++; out[n] = mix(n, lab(st, s1r1)); n++; out[n] = mix(n, lab(st, s1l1)); n++;
  out[n] = mix(n, s0p, lab(st, s0l1), lab(st, s0r1)); n++; out[n] = mix(n, s1p, lab(st, s1r1), s0p); n++; out[n] = mix(n, b0p, lab(st, b0l1), s0p); n++;
  // second dependents
  out[n] = mix(n, at(W.w, s0l2)); n++; out[n] = mix(n, at(W.p, s0l2)); n++; out[n] = mix(n, lab(st, s0l2)); n++;
  out[n] = mix(n, at(W.w, s0r2)); n++; out[n] = mix(n, at(W.p, s0r2)); n++; out[n] = mix(n, lab(st, s0r2)); n++;
  out[n] = mix(n, at(W.w, b0l2)); n++; out[n] = mix(n, at(W.p, b0l2)); n++; out[n] = mix(n, lab(st, b0l2)); n++;
  out[n] = mix(n, s0p, lab(st, s0l1), lab(st, s0l2)); n++; out[n] = mix(n, s0p, lab(st, s0r1), lab(st, s0r2)); n++; out[n] = mix(n, b0p, lab(st, b0l1), lab(st, b0l2)); n++;
  out[n] = mix(n, s0p, s0l1p, at(W.p, s0l2)); n++; out[n] = mix(n, s0p, s0r1p, at(W.p, s0r2)); n++; out[n] = mix(n, b0p, b0l1p, at(W.p, b0l2)); n++;
  out[n] = mix(n, s1p, lab(st, s1r1), lab(st, s1r2)); n++;
  // label sets
  out[n] = mix(n, s0w, sr(st, s0)); n++; out[n] = mix(n, s0p, sr(st, s0)); n++; out[n] = mix(n, s0w, sl(st, s0)); n++; out[n] = mix(n, s0p, sl(st, s0)); n++;
  out[n] = mix(n, b0w, sl(st, b0)); n++; out[n] = mix(n, b0p, sl(st, b0)); n++; out[n] = mix(n, s1p, sr(st, s1)); n++; out[n] = mix(n, s1w, sr(st, s1)); n++;
  // the word after s0 (what a right attachment would skip) and before b0
  out[n] = mix(n, s0p, at(W.p, s0 >= 0 && s0 < st.n ? s0 + 1 : -1), b0p); n++;
  out[n] = mix(n, b0p, at(W.p, b0 > 1 ? b0 - 1 : -1), s0p); n++;
  out[n] = mix(n, b0w, b1w); n++; out[n] = mix(n, b0p, b1w); n++; out[n] = mix(n, b0w, b1p); n++;
  return n;
}

interface Scratch {
  keys: Uint32Array;
  scores: Float32Array;
  valid: Uint8Array;
}

const scratch = (classes: number): Scratch => ({ keys: new Uint32Array(MAX_FEATURES), scores: new Float32Array(classes), valid: new Uint8Array(classes) });

function best(scores: Float32Array, allowed: Uint8Array): number {
  let k = -1;
  for (let c = 0; c < scores.length; c++) if (allowed[c] && (k < 0 || scores[c] > scores[k])) k = c;
  return k;
}

export function parse(model: ParseModel, input: ParserInput, sc: Scratch = scratch(model.weights.classes)): Parse {
  const L = model.labels.length;
  const rootLabel = model.labels.indexOf('root');
  const W = words(input);
  const st = new ParseState(input.forms.length);
  while (!st.done) {
    const n = features(st, W, sc.keys);
    sc.scores.fill(0);
    model.weights.score(sc.keys, n, sc.scores);
    st.valid(sc.valid, L, rootLabel);
    st.apply(best(sc.scores, sc.valid), L);
  }
  const heads: number[] = [];
  const labels: string[] = [];
  for (let i = 1; i <= st.n; i++) {
    heads.push(st.heads[i]);
    labels.push(model.labels[st.labels[i]]);
  }
  return { heads, labels };
}

export interface ParseExample extends ParserInput {
  heads: number[];
  labels: string[];
}

export interface ParseTrainOptions {
  epochs: number;
  seed: number;
  /** From this epoch on, a wrong prediction is followed with probability `explore` (learning to recover). */
  exploreFrom: number;
  explore: number;
  prune: number;
  onEpoch?(epoch: number, model: ParseModel): void;
}

export function trainParser(examples: readonly ParseExample[], o: ParseTrainOptions): ParseModel {
  const labels = [...new Set(examples.flatMap((e) => e.labels))].sort();
  const L = labels.length;
  const rootLabel = labels.indexOf('root');
  const C = 1 + 2 * L;
  const p = new Perceptron(C);
  const sc = scratch(C);
  const cost = new Float32Array(C);
  const gold = new Uint8Array(C);
  const random = seededRandom(o.seed);
  const prepared = examples.map((e) => ({
    W: words(e),
    g: Int32Array.from([-1, ...e.heads]),
    gl: Int32Array.from([-1, ...e.labels.map((l) => labels.indexOf(l))]),
    n: e.forms.length,
  }));
  const order = prepared.map((_, k) => k);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const { W, g, gl, n } = prepared[k];
      const st = new ParseState(n);
      while (!st.done) {
        const nf = features(st, W, sc.keys);
        sc.scores.fill(0);
        p.score(sc.keys, nf, sc.scores);
        st.valid(sc.valid, L, rootLabel);
        const [cs, cl, cr] = st.costs(g);
        const s0 = st.s(0);
        const s1 = st.s(1);
        let min = Infinity;
        for (let c = 0; c < C; c++) {
          if (!sc.valid[c]) continue;
          if (c === 0) cost[c] = cs;
          else if (c <= L) cost[c] = cl + (g[s0] === st.b && c - 1 !== gl[s0] ? 1 : 0);
          else cost[c] = cr + (g[s0] === s1 && c - 1 - L !== gl[s0] ? 1 : 0);
          min = Math.min(min, cost[c]);
        }
        for (let c = 0; c < C; c++) gold[c] = sc.valid[c] && cost[c] === min ? 1 : 0;
        const guess = best(sc.scores, sc.valid);
        let next = guess;
        if (!gold[guess]) {
          const right = best(sc.scores, gold);
          p.update(sc.keys, nf, right, guess);
          if (epoch < o.exploreFrom || random() >= o.explore) next = right;
        }
        p.tick();
        st.apply(next, L);
      }
    }
    if (o.onEpoch) o.onEpoch(epoch, { labels, weights: SparseScorer.fromWeights(p.averaged(o.prune)) });
  }
  return { labels, weights: SparseScorer.fromWeights(p.averaged(o.prune)) };
}

