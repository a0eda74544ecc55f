// Trains the part-of-speech tagger and the dependency parser on UD English EWT and writes
// data/models/tagger.bin.gz and data/models/parser.bin.gz.
//   npx tsx scripts/train-syntax.ts [--ud DIR] [--out DIR] [--tagger-epochs N] [--parser-epochs N] [--folds N] [--test]
//   npx tsx scripts/train-syntax.ts --lemmas-only [--ud DIR] [--out DIR]   (rewrites the tagger file's lemma table, weights unchanged)
// DIR defaults to ../shared/data/ud-english-ewt beside the repository. The parser is trained
// on tags from a tagger that did not see the sentence (jackknifing), so it learns from the
// same kind of tags it gets when running. Settings were chosen on dev; --test prints the
// test scores once, at the end.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { joinClitics } from '../src/syntax/clitics.js';
import { parseConllu, type UdSentence } from '../src/syntax/conllu.js';
import { formatUdScore, scoreUd } from '../src/syntax/evaluate.js';
import { buildLemmaTable } from '../src/syntax/lemma.js';
import { PARSER_FILE, readSyntaxModels, saveParser, saveTagger, TAGGER_FILE } from '../src/syntax/models.js';
import { trainParser, type ParseExample, type ParseModel } from '../src/syntax/parser.js';
import { parseWords } from '../src/syntax/analyse.js';
import { englishLexicon } from '../src/syntax/english-lexicon.js';
import { tag, tagWords, trainTagger, type TagModel } from '../src/syntax/tagger.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const o: Record<string, string> = { ud: path.join(repo, '..', 'shared', 'data', 'ud-english-ewt'), out: path.join(repo, 'data', 'models'), 'tagger-epochs': '8', 'parser-epochs': '14', folds: '4', seed: '1', prune: '0.005' };
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const k = argv[i].replace(/^--/, '');
  if (k === 'test' || k === 'lemmas-only') o[k] = 'yes';
  else if (argv[i].startsWith('--') && argv[i + 1] !== undefined && k in o) o[k] = argv[++i];
  else {
    console.error(`train-syntax: unknown argument ${argv[i]}`);
    process.exit(2);
  }
}

const read = (split: string): UdSentence[] => {
  const file = path.join(o.ud, `en_ewt-ud-${split}.conllu`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    console.error(`train-syntax: cannot read ${file}; pass --ud DIR with the en_ewt-ud-{train,dev,test}.conllu files`);
    process.exit(2);
  }
  const { sentences, problems } = parseConllu(text);
  if (problems.length) {
    console.error(`train-syntax: ${file}:${problems[0].line}: ${problems[0].message}`);
    process.exit(2);
  }
  return sentences;
};
// each sentence with a clitic ("do n't") comes twice: as written, and joined as the pipeline tokenizes it
// (origin[i]: the treebank sentence train[i] comes from, so both copies fall in one jackknife fold)
const origin: number[] = [];
const train = read('train').flatMap((s, k) => {
  const joined = joinClitics(s);
  origin.push(k);
  if (joined) origin.push(k);
  return joined ? [s, joined] : [s];
});
const dev = read('dev');
if (o['lemmas-only']) {
  const current = readSyntaxModels(o.out);
  const table = buildLemmaTable(train.flatMap((s) => s.words));
  const file = path.join(o.out, TAGGER_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, saveTagger(current.tagger, table, current.meta.tagger));
  renameSync(tmp, file);
  console.log(`rewrote the lemma table of ${path.relative(repo, file)}: ${Object.values(table).reduce((n, t) => n + Object.keys(t).length, 0)} forms`);
  process.exit(0);
}
const forms = (s: UdSentence) => s.words.map((w) => w.form);
const tagged = (s: UdSentence) => ({ forms: forms(s), tags: s.words.map((w) => [w.upos, w.xpos] as [string, string]) });
const t0 = Date.now();
const clock = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const seed = Number(o.seed);
const tagOptions = { epochs: Number(o['tagger-epochs']), seed, minAmbiguityCount: 3 };

function withTags(m: TagModel, s: UdSentence): ParseExample {
  return { forms: forms(s), ...tagWords(m, forms(s)), heads: s.words.map((w) => w.head), labels: s.words.map((w) => w.deprel) };
}
// models still in memory read as the shipped ones are (no lemmas needed to score a parse)
const predictor = (tagger: TagModel, parser: ParseModel) => (f: string[]) => parseWords(f, { tagger, parser, lemmas: {}, meta: { tagger: {}, parser: {} } });

// 1. the tagger, on all of train
const lexicon = englishLexicon();
const tagger = trainTagger(train.map(tagged), {
  ...tagOptions,
  onEpoch(e, m) {
    let ok = 0, n = 0;
    for (const s of dev) tag(m, forms(s)).forEach((c, i) => { n++; if (m.tags[c][0] === s.words[i].upos) ok++; });
    console.log(`tagger epoch ${e}: dev UPOS ${(ok / n).toFixed(4)} (${clock()})`);
  },
}, lexicon);

// 2. jackknifed tags for the parser's training data
const folds = Number(o.folds);
const examples: ParseExample[] = new Array(train.length);
for (let f = 0; f < folds; f++) {
  const inFold = (i: number) => origin[i] % folds === f;
  const m = trainTagger(train.filter((_, i) => !inFold(i)).map(tagged), tagOptions, lexicon);
  train.forEach((s, i) => { if (inFold(i)) examples[i] = withTags(m, s); });
  console.log(`jackknife fold ${f + 1}/${folds} tagged (${clock()})`);
}

// 3. the parser: the epoch with the best dev LAS is kept
let parser: ParseModel | undefined;
let bestLas = -1;
let bestEpoch = 0;
trainParser(examples, {
  epochs: Number(o['parser-epochs']), seed, exploreFrom: 2, explore: 0.9, prune: Number(o.prune),
  onEpoch(e, m) {
    const s = scoreUd(dev, predictor(tagger, m));
    console.log(`parser epoch ${e}: dev UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)} (${clock()})`);
    if (s.las > bestLas) [parser, bestLas, bestEpoch] = [m, s.las, e];
  },
});
if (!parser) throw new Error('train-syntax: no parser epochs');
console.log(`keeping epoch ${bestEpoch} (best dev LAS)`);

const meta = { data: 'UD English EWT (CC BY-SA 4.0), en_ewt-ud-train.conllu', sentences: train.length, seed };
const write = (name: string, bytes: Buffer) => {
  const file = path.join(o.out, name);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  console.log(`wrote ${path.relative(repo, file)} (${(bytes.length / 1e6).toFixed(1)} MB)`);
};
const lemmas = buildLemmaTable(train.flatMap((s) => s.words));
write(TAGGER_FILE, saveTagger(tagger, lemmas, { ...meta, epochs: tagOptions.epochs }));
write(PARSER_FILE, saveParser(parser, { ...meta, epochs: bestEpoch, folds, prune: Number(o.prune) }));
const saved = readSyntaxModels(o.out);
console.log(`dev, with the files as saved:\n${formatUdScore(scoreUd(dev, (f) => parseWords(f, saved)))}`);
if (o.test) console.log(`\ntest:\n${formatUdScore(scoreUd(read('test'), (f) => parseWords(f, saved)))}`);
