// Part-of-speech tagger: greedy left to right, an averaged perceptron over the word, its
// affixes and shape, the words around it, the two tags before it and the tags the words after
// it can take (their ambiguity class in the training data). Each class is a UPOS and a Penn
// tag together ("VERB VBN"): the parser reads both.
import { hashString, mix } from './hash.js';
import { Perceptron, type SparseWeights } from './perceptron.js';
import { SparseScorer } from './scorer.js';
import { seededRandom, shuffle } from '../util/random.js';

export interface TagModel {
  /** Class k is tags[k] = [UPOS, XPOS]. */
  tags: Array<[string, string]>;
  weights: SparseScorer;
  /** Hash of a lower-cased frequent word → bit set of the classes it had in training. */
  ambiguity: Map<number, number>;
  /** Hash of a lower-cased word → hash of the word classes an English lexicon gives it (compromise's). */
  lexicon: Map<number, number>;
}

export interface TaggedWords {
  forms: string[];
  tags: number[];
}

const MAX_FEATURES = 64;
const START = hashString('<s>');
const END = hashString('</s>');

/** Per-word values hashed once per sentence. */
interface WordInfo {
  lower: number[];
  shape: number[];
  amb: number[];
  suffix3: number[];
  lex: number[];
  forms: string[];
}

export function wordShape(w: string): string {
  let s = '';
  for (const ch of w.slice(0, 12)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (s.length < 2 || s[s.length - 1] !== c || s[s.length - 2] !== c) s += c;
  }
  return s;
}

export function normalise(w: string): string {
  return w.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\d/g, '0');
}

function wordInfo(forms: readonly string[], ambiguity: Map<number, number>, lexicon: Map<number, number>): WordInfo {
  const lower = forms.map((f) => hashString(normalise(f)));
  return {
    lex: lower.map((h) => lexicon.get(h) ?? 0),
    forms: [...forms],
    lower,
    shape: forms.map((f) => hashString(wordShape(f))),
    amb: lower.map((h) => ambiguity.get(h) ?? 0),
    suffix3: forms.map((f) => hashString(normalise(f).slice(-3))),
  };
}

function features(info: WordInfo, i: number, prev1: number, prev2: number, out: Uint32Array): number {
  let n = 0;
  const n1 = i + 1 < info.lower.length ? info.lower[i + 1] : END;
  const n2 = i + 2 < info.lower.length ? info.lower[i + 2] : END;
  const p1 = i > 0 ? info.lower[i - 1] : START;
  const p2 = i > 1 ? info.lower[i - 2] : START;
  const w = info.lower[i];
  const form = info.forms[i];
  const low = normalise(form);
  out[n++] = mix(0, 0);
  out[n++] = mix(1, w);
  out[n++] = mix(2, info.shape[i]);
  for (let k = 1; k <= 4; k++) if (low.length > k) out[n++] = mix(3, k, hashString(low.slice(-k)));
  for (let k = 1; k <= 3; k++) if (low.length > k) out[n++] = mix(4, k, hashString(low.slice(0, k)));
  out[n++] = mix(5, p1);
  out[n++] = mix(6, p2);
  out[n++] = mix(7, n1);
  out[n++] = mix(8, n2);
  out[n++] = mix(9, prev1);
  out[n++] = mix(10, prev1, prev2);
  out[n++] = mix(11, prev1, w);
  out[n++] = mix(12, w, n1);
  out[n++] = mix(13, p1, w);
  out[n++] = mix(14, i > 0 ? info.suffix3[i - 1] : START);
  out[n++] = mix(15, i + 1 < info.lower.length ? info.suffix3[i + 1] : END);
  out[n++] = mix(16, info.amb[i]);
  out[n++] = mix(17, i + 1 < info.amb.length ? info.amb[i + 1] : 1 << 31);
  out[n++] = mix(18, i + 2 < info.amb.length ? info.amb[i + 2] : 1 << 31);
  out[n++] = mix(19, prev1, i + 1 < info.amb.length ? info.amb[i + 1] : 1 << 31);
  out[n++] = mix(20, info.amb[i], i + 1 < info.amb.length ? info.amb[i + 1] : 1 << 31);
  out[n++] = mix(21, i === 0 ? 1 : 0, info.shape[i]);
  out[n++] = mix(22, prev1, info.suffix3[i]);
  out[n++] = mix(23, info.shape[i], n1);
  if (/-/.test(form)) out[n++] = mix(24, hashString(low.slice(low.lastIndexOf('-') + 1)));
  out[n++] = mix(25, hashString(form));
  out[n++] = mix(26, i > 0 ? info.shape[i - 1] : START, info.shape[i]);
  out[n++] = mix(27, i + 1 < info.lower.length ? info.shape[i + 1] : END);
  out[n++] = mix(28, prev1, n1);
  out[n++] = mix(29, p1, w, n1);
  out[n++] = mix(30, info.lex[i]);
  out[n++] = mix(31, i + 1 < info.lex.length ? info.lex[i + 1] : END);
  out[n++] = mix(32, i > 0 ? info.lex[i - 1] : START);
  out[n++] = mix(33, info.lex[i], prev1);
  return n;
}

const history = (tags: number[], i: number) => (i >= 0 ? tags[i] + 1 : 0);

/** Tags a sentence: one class index per word. */
export function tag(model: TagModel, forms: readonly string[]): number[] {
  const info = wordInfo(forms, model.ambiguity, model.lexicon);
  const keys = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(model.tags.length);
  const out: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    const n = features(info, i, history(out, i - 1), history(out, i - 2), keys);
    scores.fill(0);
    model.weights.score(keys, n, scores);
    out.push(argmax(scores));
  }
  return out;
}

/** The tags of a sentence as the parser reads them: a UPOS and a Penn tag per word. */
export function tagWords(model: TagModel, forms: readonly string[]): { upos: string[]; xpos: string[] } {
  const classes = tag(model, forms);
  return { upos: classes.map((k) => model.tags[k][0]), xpos: classes.map((k) => model.tags[k][1]) };
}

export function argmax(scores: Float32Array): number {
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k] > scores[best]) best = k;
  return best;
}

export interface TagTrainOptions {
  epochs: number;
  seed: number;
  /** Words seen at least this often get an ambiguity class. */
  minAmbiguityCount: number;
  onEpoch?(epoch: number, model: TagModel): void;
}

/** Class list and ambiguity classes from training data (class order: first seen). */
export function tagInventory(sentences: ReadonlyArray<{ forms: string[]; tags: Array<[string, string]> }>, minCount: number) {
  const tags: Array<[string, string]> = [];
  const index = new Map<string, number>();
  const counts = new Map<number, number>();
  const sets = new Map<number, number>();
  for (const s of sentences) {
    s.tags.forEach((t, i) => {
      const key = t.join(' ');
      let k = index.get(key);
      if (k === undefined) {
        index.set(key, (k = tags.length));
        tags.push(t);
      }
      const h = hashString(normalise(s.forms[i]));
      counts.set(h, (counts.get(h) ?? 0) + 1);
      // 31 bits of set; classes past 30 share the top bit
      sets.set(h, (sets.get(h) ?? 0) | (1 << Math.min(k, 30)));
    });
  }
  const ambiguity = new Map<number, number>();
  for (const [h, c] of counts) if (c >= minCount) ambiguity.set(h, sets.get(h)!);
  return { tags, index, ambiguity };
}

export function trainTagger(
  sentences: ReadonlyArray<{ forms: string[]; tags: Array<[string, string]> }>,
  o: TagTrainOptions,
  lexicon: Map<number, number> = new Map(),
  prune = 0,
): TagModel {
  const { tags, index, ambiguity } = tagInventory(sentences, o.minAmbiguityCount);
  const p = new Perceptron(tags.length);
  const infos = sentences.map((s) => wordInfo(s.forms, ambiguity, lexicon));
  const gold = sentences.map((s) => s.tags.map((t) => index.get(t.join(' '))!));
  const keys = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(tags.length);
  const order = sentences.map((_, k) => k);
  const random = seededRandom(o.seed);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    shuffle(order, random);
    for (const s of order) {
      const out: number[] = [];
      for (let i = 0; i < gold[s].length; i++) {
        const n = features(infos[s], i, history(out, i - 1), history(out, i - 2), keys);
        scores.fill(0);
        p.score(keys, n, scores);
        const guess = argmax(scores);
        if (guess !== gold[s][i]) p.update(keys, n, gold[s][i], guess);
        p.tick();
        out.push(guess);
      }
    }
    if (o.onEpoch) o.onEpoch(epoch, { tags, ambiguity, lexicon, weights: sparse(p.averaged(prune)) });
  }
  return { tags, ambiguity, lexicon, weights: sparse(p.averaged(prune)) };
}

const sparse = (w: SparseWeights) => SparseScorer.fromWeights(w);
