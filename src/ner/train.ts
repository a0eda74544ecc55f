// Averaged perceptron training of the greedy tagger. Deterministic: a seeded shuffle, no clocks.
import { decode, type Scorer } from './decode.js';
import { sentenceView, staticFeatures } from './features.js';
import { TAGS, type BioTag, type FeatureResources } from './types.js';

const N = TAGS.length;

export interface TaggedSentence {
  tokens: string[];
  tags: BioTag[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Static features seen fewer times than this in training are dropped (smaller model, less overfitting). */
  minCount: number;
  /** Called after each epoch with the averaged weights, e.g. to score a dev set. */
  onEpoch?(epoch: number, weights: TrainedWeights): void;
}

/** Averaged weights as plain arrays, before pruning and quantisation. */
export interface TrainedWeights extends Scorer {
  features: string[];
  weights: Float64Array;
}

/** mulberry32: small, fast, and the same sequence on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Perceptron implements Scorer {
  readonly index = new Map<string, number>();
  readonly names: string[] = [];
  w = new Float64Array(1 << 16);
  // Daumé's trick: u accumulates c·Δ, so the average is w − u/c without per-weight timestamps.
  u = new Float64Array(1 << 16);
  c = 1;

  id(f: string): number {
    return this.index.get(f) ?? -1;
  }
  intern(f: string): number {
    let id = this.index.get(f);
    if (id === undefined) {
      id = this.names.length;
      this.index.set(f, id);
      this.names.push(f);
      if ((id + 1) * N > this.w.length) {
        const grow = (a: Float64Array) => {
          const b = new Float64Array(a.length * 2);
          b.set(a);
          return b;
        };
        this.w = grow(this.w);
        this.u = grow(this.u);
      }
    }
    return id;
  }
  addRow(id: number, scores: Float64Array): void {
    const o = id * N;
    for (let t = 0; t < N; t++) scores[t] += this.w[o + t];
  }
  update(ids: Iterable<number>, gold: number, pred: number): void {
    for (const id of ids) {
      this.w[id * N + gold] += 1;
      this.u[id * N + gold] += this.c;
      this.w[id * N + pred] -= 1;
      this.u[id * N + pred] -= this.c;
    }
  }
  averaged(): TrainedWeights {
    const n = this.names.length * N;
    const weights = new Float64Array(n);
    for (let k = 0; k < n; k++) weights[k] = this.w[k] - this.u[k] / this.c;
    const index = new Map(this.index);
    return {
      features: [...this.names],
      weights,
      id: (f) => index.get(f) ?? -1,
      addRow: (id, scores) => {
        for (let t = 0; t < N; t++) scores[t] += weights[id * N + t];
      },
    };
  }
}

export function train(sentences: readonly TaggedSentence[], res: FeatureResources, opts: TrainOptions): TrainedWeights {
  const views = sentences.map((s) => sentenceView(s.tokens));
  const feats = sentences.map((s, k) => staticFeatures(s.tokens, res, views[k]));
  const counts = new Map<string, number>();
  for (const sent of feats) for (const tok of sent) for (const f of tok) counts.set(f, (counts.get(f) ?? 0) + 1);
  const p = new Perceptron();
  const ids = feats.map((sent) =>
    sent.map((tok) => Int32Array.from(tok.filter((f) => (counts.get(f) ?? 0) >= opts.minCount).map((f) => p.intern(f)))),
  );
  const gold = sentences.map((s) => s.tags.map((t) => TAGS.indexOf(t)));
  const order = sentences.map((_, k) => k);
  const random = rng(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (const s of order) {
      decode(p, ids[s], views[s].lower, views[s].short, (i, pred, dyn) => {
        const g = gold[s][i];
        if (pred !== g) p.update([...ids[s][i], ...dyn.map((f) => p.intern(f))], g, pred);
        p.c++;
        // Continue from the gold history: the model then learns tag transitions from clean context.
        return TAGS[g];
      });
    }
    opts.onEpoch?.(epoch, p.averaged());
  }
  return p.averaged();
}
