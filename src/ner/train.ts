// Averaged perceptron training of the greedy tagger. Deterministic: a seeded shuffle, no clocks.
import { decode, type Scorer } from './decode.js';
import { FeatureIndex } from './feature-index.js';
import { featureHash } from './hash.js';
import { sentenceContext, staticFeatures } from './features.js';
import { TAGS, type BioTag, type FeatureResources } from './types.js';
import { seededRandom as rng, shuffle } from '../util/random.js';

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
  /** Which tags the next token's tag features see while training: the gold ones, or the model's own guesses (as when tagging). */
  history?: 'gold' | 'predicted';
  /**
   * Default true: no feature carries the identity of a gold person token (see SentenceContext.hidden),
   * so the model never learns, and never stores, which words are people's names. false only to measure its cost.
   */
  hidePersons?: boolean;
  /** Called after each epoch with the averaged weights, e.g. to score a dev set. */
  onEpoch?(epoch: number, weights: TrainedWeights): void;
}

/** Averaged weights as plain arrays, before pruning and quantisation. */
export interface TrainedWeights extends Scorer {
  /** Feature hash of each weight row (src/ner/hash.ts). */
  hashes: number[];
  weights: Float64Array;
}


class Perceptron implements Scorer {
  readonly index = new FeatureIndex();
  w = new Float64Array(1 << 16);
  // Daumé's trick: u accumulates c·Δ, so the average is w − u/c without per-weight timestamps.
  u = new Float64Array(1 << 16);
  c = 1;

  /** Interns: a feature seen while training gets a row even before its first update. */
  id(kind: string, value: string): number {
    return this.row(featureHash(kind, value));
  }
  row(hash: number): number {
    const id = this.index.internHash(hash);
    if ((id + 1) * N > this.w.length) {
      const grow = (a: Float64Array) => {
        const b = new Float64Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.w = grow(this.w);
      this.u = grow(this.u);
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
    const rows = this.index.size;
    const weights = new Float64Array(rows * N);
    for (let k = 0; k < rows * N; k++) weights[k] = this.w[k] - this.u[k] / this.c;
    const index = this.index;
    return {
      hashes: index.hashes.slice(0, rows),
      weights,
      // The live index keeps growing in later epochs; rows past this snapshot have no weights here.
      id: (kind, value) => {
        const id = index.get(kind, value);
        return id < rows ? id : -1;
      },
      addRow: (id, scores) => {
        for (let t = 0; t < N; t++) scores[t] += weights[id * N + t];
      },
    };
  }
}

export function train(sentences: readonly TaggedSentence[], res: FeatureResources, opts: TrainOptions): TrainedWeights {
  const hide = opts.hidePersons ?? true;
  const contexts = sentences.map((s) => sentenceContext(s.tokens, res, hide ? s.tags.map((t) => t.endsWith('-PER')) : undefined));
  // Count static features first, so rare ones never get a row.
  const seen = new FeatureIndex();
  const counts: number[] = [];
  const raw = contexts.map((c) =>
    c.tokens.map((_, i) => {
      const ids: number[] = [];
      staticFeatures(c, i, (k, v) => {
        const id = seen.intern(k, v);
        counts[id] = (counts[id] ?? 0) + 1;
        ids.push(id);
      });
      return ids;
    }),
  );
  const p = new Perceptron();
  const ids = raw.map((sent) =>
    sent.map((tok) => Int32Array.from(tok.filter((id) => counts[id] >= opts.minCount).map((id) => p.row(seen.hashes[id])))),
  );
  const gold = sentences.map((s) => s.tags.map((t) => TAGS.indexOf(t)));
  const order = sentences.map((_, k) => k);
  const random = rng(opts.seed);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    for (const s of order) {
      decode(p, contexts[s], ids[s], (i, pred, dyn) => {
        const g = gold[s][i];
        if (pred !== g) p.update([...ids[s][i], ...dyn], g, pred);
        p.c++;
        return TAGS[opts.history === 'predicted' ? pred : g];
      });
    }
    opts.onEpoch?.(epoch, p.averaged());
  }
  return p.averaged();
}
