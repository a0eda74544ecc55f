// Features are stored as 32-bit FNV-1a hashes of "kind=value", so the model file holds no feature
// strings (no words, no names), only numbers and weights.

const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

function step(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), PRIME);
  return h;
}

// Kinds are a few dozen constant strings: hashing "kind=" once and continuing from there halves the work per feature.
const prefixes = new Map<string, number>();

/** FNV-1a over the UTF-16 code units of `${kind}=${value}` (for ASCII the same as over its UTF-8 bytes). */
export function featureHash(kind: string, value: string): number {
  let h = prefixes.get(kind);
  if (h === undefined) prefixes.set(kind, (h = step(OFFSET, `${kind}=`)));
  return step(h, value) >>> 0;
}

/** Hash → row for a fixed set of hashes: open addressing in typed arrays, built in a few milliseconds. */
export class HashTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(private readonly keys: Uint32Array) {
    let bits = 10;
    while (1 << bits < keys.length * 2) bits++;
    this.shift = 32 - bits;
    const size = 1 << bits;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    for (let row = 0; row < keys.length; row++) {
      let s = this.slot(keys[row]);
      while (this.slots[s] >= 0) s = (s + 1) & this.mask;
      this.slots[s] = row;
    }
  }

  get size(): number {
    return this.keys.length;
  }

  /** The row of hash `h`, or -1. */
  get(h: number): number {
    for (let s = this.slot(h); ; s = (s + 1) & this.mask) {
      const row = this.slots[s];
      if (row < 0 || this.keys[row] === h) return row;
    }
  }

  // FNV's low bits alone cluster; the top bits of a multiplicative mix spread them over the table.
  private slot(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }
}
