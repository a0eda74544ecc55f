// The weights file: pruning, 8-bit quantisation, and loading back into a Scorer.
import type { Scorer } from './decode.js';
import { FeatureIndex } from './feature-index.js';
import type { TrainedWeights } from './train.js';
import { TAGS, type ModelFile } from './types.js';

const N = TAGS.length;

/**
 * Keeps features whose largest weight survives quantisation, and stores weights as signed bytes.
 * The scale is set by a high quantile rather than the maximum, so a few huge weights (the bias)
 * are clipped instead of flattening every other weight to zero.
 */
export function toModelFile(tw: TrainedWeights, meta: ModelFile['meta'], words: ModelFile['words'] = {}, power = 0.5): ModelFile {
  let top = 0;
  for (const x of tw.weights) top = Math.max(top, Math.abs(x));
  const scale = top || 1;
  const names: string[] = [];
  const rows: number[] = [];
  for (let f = 0; f < tw.features.length; f++) {
    const q: number[] = [];
    for (let t = 0; t < N; t++) q.push(encode(tw.weights[f * N + t] / scale, power));
    if (q.every((x) => x === 0)) continue;
    names.push(tw.features[f]);
    rows.push(...q);
  }
  const bytes = Buffer.from(Int8Array.from(rows).buffer);
  return { format: 'newskg-ner', version: 1, tags: [...TAGS], features: names.join('\n'), weights: bytes.toString('base64'), scale, power, words, meta };
}

export interface LoadedModel extends Scorer {
  size: number;
  meta: ModelFile['meta'];
}

export function fromModelFile(m: ModelFile): LoadedModel {
  const names = m.features.split('\n');
  const bytes = Buffer.from(m.weights, 'base64');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const w = new Float32Array(q.length);
  const table = Float32Array.from({ length: 256 }, (_, k) => decodeByte(k - 128, m.power) * m.scale);
  for (let k = 0; k < q.length; k++) w[k] = table[q[k] + 128];
  const index = FeatureIndex.fromNames(names);
  return {
    size: names.length,
    meta: m.meta,
    id: (kind, value) => index.get(kind, value),
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
