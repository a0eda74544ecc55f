// Writes data/lexicon/treebank-words.txt: the lower-case nouns, adjectives, verbs and adverbs seen at least
// twice in a CoNLL-U treebank's training part (UD_English-EWT, CC BY-SA 4.0, the treebank the parser learnt from).
// `npx tsx scripts/treebank-words.ts ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu`
import { readFileSync, writeFileSync } from 'node:fs';
import { dataPath } from '../src/paths.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npx tsx scripts/treebank-words.ts TRAIN.conllu\n');
  process.exit(2);
}
let treebank: string;
try {
  treebank = readFileSync(file, 'utf8');
} catch {
  process.stderr.write(`treebank-words: cannot read ${file} (the UD English EWT training file, e.g. ../shared/data/ud-english-ewt/en_ewt-ud-train.conllu)\n`);
  process.exit(2);
}
const counts = new Map<string, number>();
for (const line of treebank.split('\n')) {
  const cols = line.split('\t');
  if (cols.length < 4 || !/^\d+$/.test(cols[0])) continue;
  const [, form, , upos] = cols;
  if (['NOUN', 'ADJ', 'VERB', 'ADV'].includes(upos) && /^\p{Ll}+$/u.test(form)) counts.set(form, (counts.get(form) ?? 0) + 1);
}
const words = [...counts].filter(([, n]) => n >= 2).map(([w]) => w).sort();
const header = [
  '# Lower-case nouns, adjectives, verbs and adverbs seen at least twice in the training part of the Universal',
  '# Dependencies English Web Treebank (UD_English-EWT, CC BY-SA 4.0; Silveira et al. 2014): ordinary English',
  '# words, so a capitalised one is no name by itself. Written by scripts/treebank-words.ts from en_ewt-ud-train.conllu.',
];
writeFileSync(dataPath('lexicon', 'treebank-words.txt'), [...header, ...words].join('\n') + '\n');
process.stdout.write(`wrote ${words.length} words\n`);
