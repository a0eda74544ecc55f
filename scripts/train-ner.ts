// Trains data/models/ner.json from CoNLL-2003: npx tsx scripts/train-ner.ts --train eng.train --dev eng.testa --out data/models/ner.json
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseConll, compareSpans, addSpanScores, emptySpanScore, microCounts, spanPRF, SCORED_TYPES, type ConllDoc, type SpanScore } from '../src/eval/conll.js';
import { conllSentences, taggerSpans } from '../src/ner/conll.js';
import { fromModelFile, toModelFile } from '../src/ner/model.js';
import { projectResources } from '../src/ner/resources.js';
import { makeTagger } from '../src/ner/tagger.js';
import { train } from '../src/ner/train.js';
import type { Scorer } from '../src/ner/decode.js';
import type { FeatureResources } from '../src/ner/types.js';

function args(argv: string[]) {
  const o: Record<string, string> = { epochs: '10', seed: '1', 'min-count': '2', gazetteer: 'yes', 'hide-persons': 'yes' };
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error(`train-ner: bad argument ${argv[i]}; use --train F --dev F --out F [--epochs N --seed N --min-count N --gazetteer yes|no --hide-persons yes|no]`);
    o[argv[i].slice(2)] = argv[i + 1];
  }
  if (!o.train || !o.out) throw new Error('train-ner: --train FILE and --out FILE are required');
  return o;
}

function devScore(scorer: Scorer, res: FeatureResources, docs: ConllDoc[]): SpanScore {
  const tagger = makeTagger(scorer, res);
  return docs.reduce((acc, d) => addSpanScores(acc, compareSpans(d.spans, taggerSpans(tagger, d)).score), emptySpanScore());
}

const fmt = (s: SpanScore) =>
  [...SCORED_TYPES.map((t) => `${t} ${spanPRF(s[t]).f.toFixed(3)}`), `micro ${spanPRF(microCounts(s)).f.toFixed(3)}`].join('  ');

const o = args(process.argv.slice(2));
const read = (f: string) => parseConll(readFileSync(f, 'utf8'), f);
const trainDocs = read(o.train);
const devDocs = o.dev ? read(o.dev) : [];
const res = projectResources({ gazetteer: o.gazetteer === 'yes' });
const sentences = trainDocs.flatMap(conllSentences);
console.log(`train: ${sentences.length} sentences; dev: ${devDocs.length} documents`);
const t0 = Date.now();
const opts = { epochs: Number(o.epochs), seed: Number(o.seed), minCount: Number(o['min-count']) };
// Only to measure what hiding people's names costs; the shipped model is trained with it on.
const hidePersons = o['hide-persons'] !== 'no';
const weights = train(sentences, res, {
  ...opts,
  hidePersons,
  onEpoch(epoch, w) {
    const line = devDocs.length ? fmt(devScore(w, res, devDocs)) : '';
    console.log(`epoch ${epoch}  ${line}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  },
});
const file = toModelFile(weights, {
  trainedOn: path.basename(o.train),
  sentences: sentences.length,
  ...opts,
  gazetteer: o.gazetteer === 'yes' ? 1 : 0,
  hidePersons: hidePersons ? 1 : 0,
});
if (devDocs.length) console.log(`quantised model on dev: ${fmt(devScore(fromModelFile(file), res, devDocs))}`);
const tmp = `${o.out}.tmp-${process.pid}`;
writeFileSync(tmp, JSON.stringify(file) + '\n');
renameSync(tmp, o.out);
console.log(`wrote ${o.out}: ${file.features} features, ${(JSON.stringify(file).length / 1e6).toFixed(2)} MB`);
