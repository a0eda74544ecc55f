// A trained named-entity tagger (averaged perceptron, greedy BIO decoding) for the mention finder to consult.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { dataPath } from '../paths.js';
import { fromModelFile } from './model.js';
import { projectResources } from './resources.js';
import { makeTagger } from './tagger.js';
import type { ModelFile, Tagger } from './types.js';

export type { BioTag, NerSpan, NerType, Tagger } from './types.js';
export { TAGS } from './types.js';
export { bioSpans } from './decode.js';

const loaded = new Map<string, Tagger>();

export function readModelFile(file: string): ModelFile {
  let m: ModelFile;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? 'not JSON';
    throw new UserError(`newskg ner: cannot read model ${file} (${why}); run \`npx tsx scripts/train-ner.ts\` to build it`);
  }
  if (m?.format !== 'newskg-ner' || m.version !== 2 || m.hash !== 'fnv1a-32') {
    throw new UserError(`newskg ner: ${file} is not a version-2 newskg NER model; retrain with scripts/train-ner.ts`);
  }
  return m;
}

/** The tagger of data/models/ner.json (or `file`), loaded once per process. */
export function loadTagger(file: string = dataPath('models', 'ner.json')): Tagger {
  let t = loaded.get(file);
  if (!t) {
    const m = readModelFile(file);
    t = makeTagger(fromModelFile(m), projectResources({ gazetteer: m.meta.gazetteer === 1 }));
    loaded.set(file, t);
  }
  return t;
}
