// Writes data/lexicon/given-names.tsv: given names used for one gender only, from the name lists of the
// gender-detection-from-name package (MIT, © 2019 Davide Violante; English, German, Spanish, French,
// Italian and Turkish lists), so that "she" need not stand for a man named just before.
// `npx tsx scripts/given-names.ts node_modules/gender-detection-from-name/names`
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataPath } from '../src/paths.js';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('usage: npx tsx scripts/given-names.ts node_modules/gender-detection-from-name/names\n');
  process.exit(2);
}

// Family names that open names written family name first ("Kim Jong Un", "Lee Jae-myung", "Wang Yi"; the table
// data/lexicon/family-names-first.txt): some are also given names in the lists, and the first word of such a name
// says nothing of gender.
const FAMILY_NAMES_FIRST = new Set(
  readFileSync(dataPath('lexicon', 'family-names-first.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')),
);

// Given names the lists give one gender that news uses for the other: the lists are mostly European and
// American, and a name there may be another's elsewhere ("Nikol" Pashinyan, "Ilham" Aliyev; found by
// checking the first names of data/lexicon/office-holders.tsv against the table), or both in Arabic
// and Hebrew ("Nour", "Iman", "Dana").
const OTHERWISE_USED = new Set(['nikol', 'ilham', 'nour', 'iman', 'dana']);

type Gender = 'masculine' | 'feminine';
// entries for each gender over all lists (a list may give a name both ways: "Anne" once as a man's)
const votes = new Map<string, { masculine: number; feminine: number }>();
// the lists each name is in: a name in one list only is mostly a rare one (the table is read at start-up)
const listsOf = new Map<string, Set<string>>();
let files = 0;
for (const file of readdirSync(folder).filter((f) => f.endsWith('.js')).sort()) {
  const text = readFileSync(path.join(folder, file), 'utf8');
  files++;
  // each entry is written ['name', 'male'|'female']
  for (const [, name, gender] of text.matchAll(/\['([^']+)',\s*'(male|female)'\]/g)) {
    const v = votes.get(name) ?? { masculine: 0, feminine: 0 };
    v[gender === 'male' ? 'masculine' : 'feminine']++;
    votes.set(name, v);
    listsOf.set(name, (listsOf.get(name) ?? new Set()).add(file));
  }
}
// ("Andrea", "Jean": a woman's name in some lists and a man's in others is no clue; one gender needs four
// entries in five)
const genderOf = (v: { masculine: number; feminine: number }): Gender | undefined =>
  v.masculine >= 4 * v.feminine ? 'masculine' : v.feminine >= 4 * v.masculine ? 'feminine' : undefined;
const genders = new Map<string, Gender>();
for (const [name, v] of votes) {
  const g = (listsOf.get(name)?.size ?? 0) >= 2 ? genderOf(v) : undefined;
  if (g) genders.set(name, g);
}
if (!files) {
  process.stderr.write(`given-names: no name lists (*.js) in ${folder}\n`);
  process.exit(2);
}
const lines = [...genders]
  .filter(([name]) => name.length >= 3 && /^\p{Ll}[\p{Ll}-]*$/u.test(name) && !FAMILY_NAMES_FIRST.has(name) && !OTHERWISE_USED.has(name))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([name, g]) => `${name}\t${g}`);
const header = [
  '# Given names used for one gender only, lower case, and that gender. Written by scripts/given-names.ts from the name',
  '# lists of the npm package gender-detection-from-name 1.11.5 (MIT, (c) 2019 Davide Violante): a name the lists give',
  '# one gender in fewer than four entries of five ("Jean", "Andrea") is left out, so is a name in one list only (mostly',
  '# rare names: the table is read at start-up), so are names news uses otherwise than the lists ("Nikol", "Ilham"),',
  '# and so are family names that open names',
  '# written family name first ("Kim", "Lee", "Wang"). Used only for the first word of a person\'s name of two words or more.',
];
writeFileSync(dataPath('lexicon', 'given-names.tsv'), [...header, ...lines].join('\n') + '\n');
process.stdout.write(`given-names: ${lines.length} names from ${files} lists\n`);
