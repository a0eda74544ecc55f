// The weights file: pruning, 8-bit quantisation, hashed feature keys, and loading back into a Scorer.
import type { Scorer } from './decode.js';
import { featureHash, HashTable } from './hash.js';
import type { TrainedWeights } from './train.js';
import { TAGS, type ModelFile } from './types.js';

const N = TAGS.length;

/**
 * Keeps features whose largest weight survives quantisation, stores weights as signed bytes and
 * features only as their hashes, sorted so the same weights always give the same file. Both are
 * hex, not base64: base64 text spells short words by chance (a 4-letter name turns up about once
 * per megabyte), hex only has the letters a-f, so a text search of the file finds no words.
 */
export function toModelFile(tw: TrainedWeights, meta: ModelFile['meta'], power = 0.5): ModelFile {
  let top = 0;
  for (const x of tw.weights) top = Math.max(top, Math.abs(x));
  const scale = top || 1;
  const kept: Array<{ hash: number; q: number[] }> = [];
  for (let f = 0; f < tw.hashes.length; f++) {
    const q: number[] = [];
    for (let t = 0; t < N; t++) q.push(encode(tw.weights[f * N + t] / scale, power));
    if (q.some((x) => x !== 0)) kept.push({ hash: tw.hashes[f], q });
  }
  kept.sort((a, b) => a.hash - b.hash);
  const hashes = Buffer.alloc(kept.length * 4);
  kept.forEach((k, f) => hashes.writeUInt32LE(k.hash, f * 4));
  const weights = Buffer.from(Int8Array.from(kept.flatMap((k) => k.q)).buffer);
  return {
    format: 'newskg-ner', version: 2, tags: [...TAGS], hash: 'fnv1a-32', features: kept.length,
    hashes: hashes.toString('hex'), weights: weights.toString('hex'), scale, power, meta,
  };
}

export interface LoadedModel extends Scorer {
  size: number;
  meta: ModelFile['meta'];
}

export function fromModelFile(m: ModelFile): LoadedModel {
  const hb = Buffer.from(m.hashes, 'hex');
  const keys = new Uint32Array(hb.length / 4);
  for (let f = 0; f < keys.length; f++) keys[f] = hb.readUInt32LE(f * 4);
  const bytes = Buffer.from(m.weights, 'hex');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w = new Float32Array(q.length);
  const table = Float32Array.from({ length: 256 }, (_, k) => decodeByte(k - 128, m.power) * m.scale);
  for (let k = 0; k < q.length; k++) w[k] = table[q[k] + 128];
  const index = new HashTable(keys);
  return {
    size: keys.length,
    meta: m.meta,
    id: (kind, value) => index.get(featureHash(kind, value)),
    addRow(id, scores) {
      const o = id * N;
      for (let t = 0; t < N; t++) scores[t] += w[o + t];
    },
  };
}

/** Companded bytes: x in [-1, 1] is stored as round(127·sign(x)·|x|^power), so small weights keep resolution. */
function encode(x: number, power: number): number {
  return Math.round(127 * Math.sign(x) * Math.abs(x) ** power);
}

function decodeByte(q: number, power: number): number {
  return Math.sign(q) * Math.abs(q / 127) ** (1 / power);
}
