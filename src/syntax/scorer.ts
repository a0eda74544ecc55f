// The trained weights as the tagger and parser read them: sparse, laid out for the cache.
import { slot, type ClassScorer, type SparseWeights } from './perceptron.js';


/**
 * A trained model for scoring, laid out for the cache: one open-addressing table of
 * (key, where its weights start | how many << 24) pairs, and each key's weights packed one
 * 32-bit word per class (weight in 1/256ths << 8 | class). A feature costs two memory
 * reads, which is what the parser's speed comes down to.
 */
export class SparseScorer implements ClassScorer {
  private readonly mask: number;

  constructor(
    readonly classes: number,
    /** 2 × a power of two: key, then start | (count + 1) << 24 (0 = empty slot). */
    readonly slots: Int32Array,
    readonly packed: Int32Array,
  ) {
    this.mask = slots.length / 2 - 1;
  }

  /** Number of features with weights. */
  get size(): number {
    let n = 0;
    for (let s = 1; s < this.slots.length; s += 2) if (this.slots[s] !== 0) n++;
    return n;
  }

  static fromWeights(m: SparseWeights): SparseScorer {
    let top = 0;
    for (const x of m.weights) top = Math.max(top, Math.abs(x));
    // weights become integers in [-2^22, 2^22]: the argmax only needs their order
    const scale = top ? (1 << 22) / top : 1;
    if (m.cls.length >= 1 << 24) throw new Error('model too large for the packed scorer');
    const packed = new Int32Array(m.cls.length);
    for (let p = 0; p < m.cls.length; p++) packed[p] = (Math.round(m.weights[p] * scale) << 8) | m.cls[p];
    // at most 3/4 full: a smaller table loads faster, and probes stay within a cache line or two
    let size = 1024;
    while (size * 0.75 < m.keys.length) size *= 2;
    const mask = size - 1;
    const slots = new Int32Array(2 * size);
    for (let i = 0; i < m.keys.length; i++) {
      const count = m.starts[i + 1] - m.starts[i];
      let s = slot(m.keys[i], mask);
      while (slots[2 * s + 1] !== 0) s = (s + 1) & mask;
      slots[2 * s] = m.keys[i] | 0;
      slots[2 * s + 1] = m.starts[i] | ((count + 1) << 24);
    }
    return new SparseScorer(m.classes, slots, packed);
  }

  // Three passes instead of one loop, so that the memory reads of different features do not wait
  // on each other: the processor overlaps them (the table is far larger than the cache).
  private readonly found = new Int32Array(256);

  score(keys: Uint32Array, n: number, scores: Float32Array): void {
    if (n > this.found.length) throw new Error(`SparseScorer: ${n} features, at most ${this.found.length}`);
    const { slots, mask, packed, found } = this;
    // 1. the home slot of every key, read together
    for (let i = 0; i < n; i++) found[i] = slots[2 * slot(keys[i], mask) + 1];
    // 2. confirm each key, probing on where the home slot holds another
    for (let i = 0; i < n; i++) {
      if (found[i] === 0) continue;
      const k = keys[i] | 0;
      let s = slot(keys[i], mask);
      while (slots[2 * s + 1] !== 0 && slots[2 * s] !== k) s = (s + 1) & mask;
      found[i] = slots[2 * s + 1];
    }
    // 3. the weights
    for (let i = 0; i < n; i++) {
      const info = found[i];
      if (info === 0) continue;
      const start = info & 0xffffff;
      const end = start + (info >>> 24) - 1;
      for (let p = start; p < end; p++) {
        const e = packed[p];
        scores[e & 255] += e >> 8;
      }
    }
  }

}
