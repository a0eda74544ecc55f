// A multiclass averaged perceptron over 32-bit feature keys, shared by the tagger and the parser
// (training; the trained weights are read by scorer.ts).
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

/** Home slot of key k in a table of mask + 1 slots (shared with the scorer, so both spread keys alike). */
export const slot = (k: number, mask: number) => (Math.imul(k, 0x9e3779b1) >>> 7) & mask;

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
