// A Tagger over any Scorer: the trained weights during training, the loaded model file afterwards.
import { bioSpans, decode, type Scorer } from './decode.js';
import { sentenceView, staticFeatures } from './features.js';
import type { BioTag, FeatureResources, NerSpan, Tagger } from './types.js';

export function makeTagger(scorer: Scorer, res: FeatureResources): Tagger {
  const run = (tokens: readonly string[]) => {
    const view = sentenceView(tokens);
    const ids = staticFeatures(tokens, res, view).map((fs) => Int32Array.from(fs, (f) => scorer.id(f)));
    return decode(scorer, ids, view.lower, view.short);
  };
  return {
    tag: (tokens): BioTag[] => run(tokens).tags,
    spans(tokens): NerSpan[] {
      const d = run(tokens);
      return bioSpans(d.tags, d.scores);
    },
  };
}
