// Greedy left-to-right decoding under BIO constraints, and BIO tags to spans.
import { staticFeatures, tagFeatures, tagKinds, type SentenceContext } from './features.js';
import { TAGS, type BioTag, type NerSpan, type NerType } from './types.js';

const N = TAGS.length;
const KINDS = tagKinds(TAGS);

/** Feature → row, and the scores of a row. Training and the loaded model both provide one. */
export interface Scorer {
  /** The row of feature kind=value, or -1 when the model has none. */
  id(kind: string, value: string): number;
  /** Adds row `id` to `scores` (length TAGS.length). */
  addRow(id: number, scores: Float64Array): void;
}

/** I-X may only continue a B-X or I-X; everything else may follow anything. */
export function allowed(prev: BioTag | '<s>', next: BioTag): boolean {
  if (next[0] !== 'I') return true;
  return prev !== 'O' && prev !== '<s>' && prev.slice(2) === next.slice(2);
}

export interface Decoded {
  tags: BioTag[];
  /** Per token, the scores of all tags (TAGS order). */
  scores: Float64Array[];
}

/**
 * Tags one sentence. `staticIds` are the rows of each token's static features;
 * `onToken` lets training see the rows used at each position and choose the history to continue from.
 */
export function decode(
  scorer: Scorer,
  ctx: SentenceContext,
  staticIds: readonly Int32Array[],
  onToken?: (i: number, predicted: number, dynamicIds: number[]) => BioTag,
): Decoded {
  const tags: BioTag[] = [];
  const all: Float64Array[] = [];
  const dyn: number[] = [];
  let scores = new Float64Array(N);
  const add = (kind: string, value: string) => {
    const id = scorer.id(kind, value);
    if (id >= 0) {
      dyn.push(id);
      scorer.addRow(id, scores);
    }
  };
  for (let i = 0; i < staticIds.length; i++) {
    scores = new Float64Array(N);
    for (const id of staticIds[i]) if (id >= 0) scorer.addRow(id, scores);
    const prev1 = i > 0 ? tags[i - 1] : '<s>';
    dyn.length = 0;
    tagFeatures(ctx, i, prev1, i > 1 ? tags[i - 2] : '<s>', KINDS, add);
    let best = -1;
    for (let t = 0; t < N; t++) {
      if (!allowed(prev1, TAGS[t])) continue;
      if (best < 0 || scores[t] > scores[best]) best = t;
    }
    tags.push(onToken ? onToken(i, best, dyn) : TAGS[best]);
    all.push(scores);
  }
  return { tags, scores: all };
}

/** The static feature rows of every token of a sentence. */
export function staticIds(scorer: Scorer, ctx: SentenceContext): Int32Array[] {
  const out: Int32Array[] = [];
  const ids: number[] = [];
  const emit = (k: string, v: string) => {
    const id = scorer.id(k, v);
    if (id >= 0) ids.push(id);
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    ids.length = 0;
    staticFeatures(ctx, i, emit);
    out.push(Int32Array.from(ids));
  }
  return out;
}

/** Spans of a BIO sequence; a stray I-X (never produced by decode) opens a span like B-X. */
export function bioSpans(tags: readonly BioTag[], scores?: readonly Float64Array[]): NerSpan[] {
  const spans: NerSpan[] = [];
  let open: NerSpan | null = null;
  let probSum = 0;
  const close = () => {
    if (open) spans.push({ ...open, score: probSum / (open.end - open.start) });
    open = null;
  };
  tags.forEach((tag, i) => {
    const type = tag === 'O' ? null : (tag.slice(2) as NerType);
    if (!type || tag[0] === 'B' || open?.type !== type) {
      close();
      if (type) {
        open = { start: i, end: i + 1, type, score: 0 };
        probSum = 0;
      }
    } else open.end = i + 1;
    if (type) probSum += scores ? softmaxAt(scores[i], TAGS.indexOf(tag), i > 0 ? tags[i - 1] : '<s>') : 1;
  });
  close();
  return spans;
}

/**
 * Over the tags decoding could choose after `prev` only: training never pushes down I-X where it
 * is not allowed, so I-X often outscores the B-X that was chosen and would take its probability.
 */
function softmaxAt(scores: Float64Array, k: number, prev: BioTag | '<s>'): number {
  let max = -Infinity;
  const ok = (t: number) => t === k || allowed(prev, TAGS[t]);
  for (let t = 0; t < N; t++) if (ok(t)) max = Math.max(max, scores[t]);
  let sum = 0;
  for (let t = 0; t < N; t++) if (ok(t)) sum += Math.exp(scores[t] - max);
  return Math.exp(scores[k] - max) / sum;
}
