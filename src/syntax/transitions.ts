// The arc-hybrid transition system (Kuhlmann et al. 2011) with its dynamic oracle
// (Goldberg & Nivre 2013). Word 0 is the root and sits at the bottom of the stack; the
// buffer is always the words b..n, so it needs no array of its own.
//   SHIFT      move the buffer's first word b0 onto the stack
//   LEFT(l)    pop s0 and make it an l-dependent of b0
//   RIGHT(l)   pop s0 and make it an l-dependent of s1
// Classes: 0 = SHIFT, 1 + l = LEFT(l), 1 + L + l = RIGHT(l).

export class ParseState {
  readonly stack: Int32Array;
  sp = 1; // stack[0] = 0, the root
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  // the two leftmost and the two rightmost dependents of each word, -1 for none
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nLeft: Int32Array;
  readonly nRight: Int32Array;
  // bit sets of the labels of each word's left and right dependents (labels past 31 share bit 31)
  readonly leftLabels: Int32Array;
  readonly rightLabels: Int32Array;

  constructor(readonly n: number) {
    const a = () => new Int32Array(n + 1).fill(-1);
    this.stack = new Int32Array(n + 2);
    this.heads = a();
    this.labels = a();
    this.l1 = a();
    this.l2 = a();
    this.r1 = a();
    this.r2 = a();
    this.nLeft = new Int32Array(n + 1);
    this.nRight = new Int32Array(n + 1);
    this.leftLabels = new Int32Array(n + 1);
    this.rightLabels = new Int32Array(n + 1);
  }

  /** Makes this state a copy of `o` (a state of the same sentence). */
  copyFrom(o: ParseState): this {
    this.sp = o.sp;
    this.b = o.b;
    this.stack.set(o.stack);
    this.heads.set(o.heads);
    this.labels.set(o.labels);
    this.l1.set(o.l1);
    this.l2.set(o.l2);
    this.r1.set(o.r1);
    this.r2.set(o.r2);
    this.nLeft.set(o.nLeft);
    this.nRight.set(o.nRight);
    this.leftLabels.set(o.leftLabels);
    this.rightLabels.set(o.rightLabels);
    return this;
  }

  get done(): boolean {
    return this.b > this.n && this.sp === 1;
  }
  /** The k-th word from the top of the stack, -1 if none (the root counts as a word, 0). */
  s(k: number): number {
    return this.sp - 1 - k >= 0 ? this.stack[this.sp - 1 - k] : -1;
  }
  /** The k-th word of the buffer, -1 if none. */
  buf(k: number): number {
    return this.b + k <= this.n ? this.b + k : -1;
  }

  apply(action: number, labelCount: number): void {
    if (action === 0) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const left = action <= labelCount;
    const label = left ? action - 1 : action - 1 - labelCount;
    const d = this.stack[--this.sp];
    this.attach(left ? this.b : this.stack[this.sp - 1], d, label);
  }

  private attach(h: number, d: number, label: number): void {
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << Math.min(label, 31);
    if (d < h) {
      this.nLeft[h]++;
      this.leftLabels[h] |= bit;
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      this.nRight[h]++;
      this.rightLabels[h] |= bit;
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }

  /**
   * Which classes are allowed. One root: RIGHT from the root only when the buffer is empty,
   * and only with the label `rootLabel`, which nothing else takes.
   */
  valid(out: Uint8Array, labelCount: number, rootLabel: number): void {
    out.fill(0);
    const hasBuffer = this.b <= this.n;
    if (hasBuffer) out[0] = 1;
    if (this.sp >= 2) {
      if (hasBuffer) for (let l = 0; l < labelCount; l++) if (l !== rootLabel) out[1 + l] = 1;
      const s1 = this.stack[this.sp - 2];
      if (s1 === 0) {
        if (!hasBuffer) out[1 + labelCount + rootLabel] = 1;
      } else for (let l = 0; l < labelCount; l++) if (l !== rootLabel) out[1 + labelCount + l] = 1;
    }
  }

  /** Gold arcs lost by SHIFT, LEFT and RIGHT (unlabelled), given gold heads `g` (g[0] unused). */
  costs(g: ArrayLike<number>): [number, number, number] {
    const n = this.n;
    const s0 = this.sp >= 2 ? this.stack[this.sp - 1] : -1;
    const s1 = this.sp >= 2 ? this.stack[this.sp - 2] : -1;
    const b0 = this.b;
    let shift = 0;
    if (b0 <= n) {
      for (let k = 0; k < this.sp; k++) {
        const d = this.stack[k];
        if (d !== s0 && g[b0] === d) shift++;
        if (d > 0 && g[d] === b0) shift++;
      }
    }
    let left = 0;
    let right = 0;
    if (s0 > 0) {
      let deps = 0;
      for (let d = b0; d <= n; d++) if (g[d] === s0) deps++;
      left = deps + (g[s0] !== b0 && (g[s0] === s1 || g[s0] > b0) ? 1 : 0);
      right = deps + (g[s0] !== s1 && g[s0] >= b0 ? 1 : 0);
    }
    return [shift, left, right];
  }
}
