// The weights file: pruning, 8-bit quantisation, and loading back into a Scorer.
import type { Scorer } from './decode.js';
import type { TrainedWeights } from './train.js';
import { TAGS, type ModelFile } from './types.js';

const N = TAGS.length;

/**
 * Keeps features whose largest weight survives quantisation, and stores weights as signed bytes.
 * The scale is set by a high quantile rather than the maximum, so a few huge weights (the bias)
 * are clipped instead of flattening every other weight to zero.
 */
export function toModelFile(tw: TrainedWeights, meta: ModelFile['meta'], quantile = 0.9995): ModelFile {
  const abs = Float64Array.from(tw.weights, Math.abs).filter((x) => x > 0).sort();
  const top = abs.length ? abs[Math.min(abs.length - 1, Math.floor(abs.length * quantile))] : 1;
  const scale = top / 127;
  const names: string[] = [];
  const rows: number[] = [];
  for (let f = 0; f < tw.features.length; f++) {
    const q: number[] = [];
    for (let t = 0; t < N; t++) q.push(Math.max(-127, Math.min(127, Math.round(tw.weights[f * N + t] / scale))));
    if (q.every((x) => x === 0)) continue;
    names.push(tw.features[f]);
    rows.push(...q);
  }
  const bytes = Buffer.from(Int8Array.from(rows).buffer);
  return { format: 'newskg-ner', version: 1, tags: [...TAGS], features: names.join('\n'), weights: bytes.toString('base64'), scale, meta };
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
  for (let k = 0; k < q.length; k++) w[k] = q[k] * m.scale;
  const index = new Map<string, number>();
  names.forEach((f, k) => index.set(f, k));
  return {
    size: names.length,
    meta: m.meta,
    id: (f) => index.get(f) ?? -1,
    addRow(id, scores) {
      const o = id * N;
      for (let t = 0; t < N; t++) scores[t] += w[o + t];
    },
  };
}
