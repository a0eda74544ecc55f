// Word classes from compromise's English lexicon (MIT), as a tagger feature: it knows many
// words the treebank never saw. Read at training time only; the tagger file keeps the hashes.
import { createRequire } from 'node:module';
import { hashString } from './hash.js';
import { normalise } from './tagger.js';

export function englishLexicon(): Map<number, number> {
  const require = createRequire(import.meta.url);
  const nlp = require('compromise') as { world(): { model: { one: { lexicon: Record<string, unknown> } } } };
  const out = new Map<number, number>();
  for (const [word, tags] of Object.entries(nlp.world().model.one.lexicon)) out.set(hashString(normalise(word)), hashString(String(tags)));
  return out;
}
