// Given names used for one gender only (data/lexicon/given-names.tsv), read when first asked for: the table is large.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

export type GivenNameGender = 'masculine' | 'feminine';

let givenNames: Map<string, GivenNameGender> | undefined;

/** Given names, lower case, and the one gender each is used for. */
export function givenNameGenders(): ReadonlyMap<string, GivenNameGender> {
  if (givenNames) return givenNames;
  const table = new Map<string, GivenNameGender>();
  for (const line of readFileSync(dataPath('lexicon', 'given-names.tsv'), 'utf8').split('\n')) {
    const [name, gender] = line.split('\t');
    if (name && !name.startsWith('#') && (gender === 'masculine' || gender === 'feminine')) table.set(name, gender);
  }
  givenNames = table;
  return table;
}
