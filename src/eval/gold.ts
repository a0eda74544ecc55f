// Reading a gold file, with the checks that turn a typo into a clear message instead of a crash mid-score.
import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { BASE_TYPES, FACT_KINDS, type FactKind, type GoldFile } from './types.js';

/** Fields each fact kind must carry (score.mjs reads them unguarded). */
const REQUIRED: Record<FactKind, string[]> = {
  jobTitle: ['subject', 'value'],
  affiliation: ['subject', 'object'],
  nationality: ['subject', 'object'],
  homeLocation: ['subject', 'object'],
  containedInPlace: ['subject', 'object'],
  quote: ['speaker', 'text'],
  stance: ['holder', 'topic'],
  threat: ['threatener', 'target', 'action'],
  meeting: ['participants'],
  sanction: ['imposedBy', 'target'],
  tradeFlow: ['exporter', 'importer'],
};

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks the shape of parsed JSON; `file` only names the source in messages. */
export function parseGold(json: unknown, file: string): GoldFile {
  const bad = (what: string): never => {
    throw new UserError(`newskg eval: gold file ${file}: ${what}; fix it to match the gold format of GOLD.md`);
  };
  if (!isObj(json)) return bad('not a JSON object');
  if (typeof json.article !== 'string') bad('"article" (the article file name) is missing');
  if (!Array.isArray(json.entities)) bad('"entities" is not a list');
  if (!Array.isArray(json.facts)) bad('"facts" is not a list');
  (json.entities as unknown[]).forEach((e, i) => {
    if (!isObj(e) || typeof e.id !== 'string' || !Array.isArray(e.names)) bad(`entity #${i + 1} needs "id" and "names"`);
    else if (!BASE_TYPES.includes(e.type as never)) bad(`entity "${e.id}" has type ${JSON.stringify(e.type)}, not one of ${BASE_TYPES.join(', ')}`);
  });
  (json.facts as unknown[]).forEach((f, i) => {
    if (!isObj(f) || !FACT_KINDS.includes(f.kind as FactKind)) return bad(`fact #${i + 1} has no known "kind"`);
    const missing = REQUIRED[f.kind as FactKind].filter((k) => f[k] === undefined);
    if (missing.length) bad(`fact #${i + 1} (${String(f.kind)}) lacks ${missing.join(', ')}`);
  });
  return json as unknown as GoldFile;
}

export function readGold(file: string): GoldFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`newskg eval: cannot read gold file ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`newskg eval: gold file ${file} is not valid JSON (${(e as Error).message}); fix the syntax`);
  }
  return parseGold(json, file);
}
