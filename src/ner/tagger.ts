// A Tagger over any Scorer: the trained weights during training, the loaded model file afterwards.
import { bioSpans, decode, staticIds, type Scorer } from './decode.js';
import { sentenceContext } from './features.js';
import type { BioTag, FeatureResources, NerSpan, Tagger } from './types.js';

export function makeTagger(scorer: Scorer, res: FeatureResources): Tagger {
  const run = (tokens: readonly string[]) => {
    const ctx = sentenceContext(tokens, res);
    return decode(scorer, ctx, staticIds(scorer, ctx));
  };
  return {
    tag: (tokens): BioTag[] => run(tokens).tags,
    spans(tokens): NerSpan[] {
      const d = run(tokens);
      return bioSpans(d.tags, d.scores);
    },
  };
}
