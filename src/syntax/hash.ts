// Integer feature keys: each token's strings are hashed once, and a feature is a mix of a
// template number with one to three of those hashes, so no feature string is ever built.
import { featureHash } from '../ner/hash.js';

export const hashString = (s: string): number => featureHash('s', s);

/** A 32-bit key for template `t` over values a, b, c (murmur3-style mixing). */
export function mix(t: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(t + 1, 0x9e3779b1);
  h = round(h, a);
  h = round(h, b);
  h = round(h, c);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

function round(h: number, k: number): number {
  k = Math.imul(k, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}
