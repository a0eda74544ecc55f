// A multiclass averaged perceptron over 32-bit feature keys, shared by the tagger and the parser.
// While training, a key gets a dense row of class weights the first time it takes part in an
// update (a key never updated has weight zero and needs no row). The trained model keeps only
// the weights that matter, sparse: per key, a list of (class, weight).

/** Scores classes for a bag of feature keys. */
export interface ClassScorer {
  readonly classes: number;
  /** Adds the weights of `keys[0..n)` to `scores` (length `classes`). */
  score(keys: Uint32Array, n: number, scores: Float32Array): void;
}

/** Open addressing from key to row, growing by doubling. */
class KeyTable {
  keys = new Uint32Array(1 << 16);
  rows = new Int32Array(1 << 16).fill(-1);
  size = 0;

  get(k: number): number {
    const mask = this.keys.length - 1;
    for (let s = slot(k, mask); ; s = (s + 1) & mask) {
      const r = this.rows[s];
      if (r < 0 || this.keys[s] === k) return r;
    }
  }

  /** The row of k, adding it as row `this.size` if new. */
  intern(k: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let s = slot(k, mask);
    for (; this.rows[s] >= 0; s = (s + 1) & mask) if (this.keys[s] === k) return this.rows[s];
    this.keys[s] = k;
    this.rows[s] = this.size;
    return this.size++;
  }

  private grow(): void {
    const { keys, rows } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.rows = new Int32Array(keys.length * 2).fill(-1);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (rows[i] < 0) continue;
      let s = slot(keys[i], mask);
      while (this.rows[s] >= 0) s = (s + 1) & mask;
      this.keys[s] = keys[i];
      this.rows[s] = rows[i];
    }
  }

  /** Key of each row, in row order. */
  rowKeys(): Uint32Array {
    const out = new Uint32Array(this.size);
    for (let i = 0; i < this.keys.length; i++) if (this.rows[i] >= 0) out[this.rows[i]] = this.keys[i];
    return out;
  }
}

const slot = (k: number, mask: number) => (Math.imul(k, 0x9e3779b1) >>> 7) & mask;

export class Perceptron implements ClassScorer {
  private readonly table = new KeyTable();
  private w = new Float32Array(0);
  // Daumé's trick: u accumulates c·Δ, so the average is w − u/c without per-weight timestamps.
  private u = new Float64Array(0);
  private c = 1;

  constructor(readonly classes: number) {}

  score(keys: Uint32Array, n: number, scores: Float32Array): void {
    const C = this.classes;
    const w = this.w;
    for (let i = 0; i < n; i++) {
      const r = this.table.get(keys[i]);
      if (r < 0) continue;
      const o = r * C;
      for (let k = 0; k < C; k++) scores[k] += w[o + k];
    }
  }

  /** One mistake: the right class gains, the predicted one loses, on every key. */
  update(keys: Uint32Array, n: number, right: number, wrong: number): void {
    const C = this.classes;
    for (let i = 0; i < n; i++) {
      const r = this.row(keys[i]) * C;
      this.w[r + right] += 1;
      this.u[r + right] += this.c;
      this.w[r + wrong] -= 1;
      this.u[r + wrong] -= this.c;
    }
  }

  /** Adds `delta` to class `cls` on every key (for updates along whole transition sequences). */
  add(keys: Uint32Array, n: number, cls: number, delta: number): void {
    const C = this.classes;
    for (let i = 0; i < n; i++) {
      const r = this.row(keys[i]) * C + cls;
      this.w[r] += delta;
      this.u[r] += delta * this.c;
    }
  }

  /** Counts one training example (the clock of the average). */
  tick(): void {
    this.c++;
  }

  private row(k: number): number {
    const r = this.table.intern(k);
    if ((r + 1) * this.classes > this.w.length) {
      const n = Math.max(1 << 16, this.w.length * 2);
      const w = new Float32Array(n);
      w.set(this.w);
      const u = new Float64Array(n);
      u.set(this.u);
      this.w = w;
      this.u = u;
    }
    return r;
  }

  /** The averaged weights, sparse: entries with |w| ≤ `prune` × the largest weight are dropped. */
  averaged(prune = 0): SparseWeights {
    const C = this.classes;
    const keys = this.table.rowKeys();
    let top = 0;
    const avg = new Float32Array(keys.length * C);
    for (let i = 0; i < avg.length; i++) {
      avg[i] = this.w[i] - this.u[i] / this.c;
      top = Math.max(top, Math.abs(avg[i]));
    }
    const cut = prune * top;
    const entries: Array<{ key: number; cls: number[]; w: number[] }> = [];
    for (let r = 0; r < keys.length; r++) {
      const cls: number[] = [];
      const w: number[] = [];
      for (let k = 0; k < C; k++) {
        const x = avg[r * C + k];
        if (Math.abs(x) > cut && x !== 0) {
          cls.push(k);
          w.push(x);
        }
      }
      if (cls.length) entries.push({ key: keys[r], cls, w });
    }
    entries.sort((a, b) => a.key - b.key);
    const total = entries.reduce((s, e) => s + e.cls.length, 0);
    const out: SparseWeights = {
      classes: C,
      keys: new Uint32Array(entries.length),
      starts: new Uint32Array(entries.length + 1),
      cls: new Uint8Array(total),
      weights: new Float32Array(total),
    };
    let p = 0;
    entries.forEach((e, i) => {
      out.keys[i] = e.key;
      out.starts[i] = p;
      for (let j = 0; j < e.cls.length; j++, p++) {
        out.cls[p] = e.cls[j];
        out.weights[p] = e.w[j];
      }
    });
    out.starts[entries.length] = p;
    return out;
  }
}

/** Sorted keys; the weights of key i are entries starts[i]..starts[i+1]. */
export interface SparseWeights {
  classes: number;
  keys: Uint32Array;
  starts: Uint32Array;
  cls: Uint8Array;
  weights: Float32Array;
}

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
