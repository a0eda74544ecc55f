// Writes data/lexicon/common-words.json from the installed compromise: `npx tsx scripts/common-words.ts`.
// Run it after upgrading compromise (test/common-words.test.ts fails until then).
import { writeFileSync } from 'node:fs';
import { commonWordsFromCompromise } from '../src/mentions/common-words-source.js';
import { dataPath } from '../src/paths.js';

const file = await commonWordsFromCompromise();
const out = dataPath('lexicon', 'common-words.json');
writeFileSync(out, JSON.stringify(file) + '\n');
process.stdout.write(`wrote ${out}: ${Object.values(file.words).reduce((n, w) => n + w.length, 0)} words, compromise ${file.compromise}\n`);
