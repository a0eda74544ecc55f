// Names given as --param values are matched as a reader would: "nunez" finds "Ana Núñez"'s
// "Núñez". The value is replaced by the label the data spells that way, before the query runs.
import { sparqlTerm, type JsonTerm } from './terms.js';
import type { QueryEngine } from './types.js';

/** Lower case, without accents: the form two spellings of one name share. */
export const foldName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The spellings in other case a name is most likely to have in the data: each word capitalised, all capitals (an acronym). */
function caseVariants(name: string): string[] {
  const titled = name.toLowerCase().replace(/(^|[\s\-'’(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
  return [titled, name.toUpperCase()];
}

const LABELS = 'SELECT DISTINCT ?l WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } }';

/**
 * For each literal parameter the query compares with a name, the data's own spelling of it when one differs only in case or
 * accents; the names of parameters that match no label at all come back in `unmatched`.
 */
export async function matchNames(engine: QueryEngine, query: string, bindings: Record<string, JsonTerm>): Promise<{ bindings: Record<string, JsonTerm>; unmatched: string[] }> {
  // only parameters the query compares with a label are names ("topic" of stances-on is a word to search)
  const isName = (name: string) => new RegExp(`(?:rdfs:label|skos:altLabel)\\s+\\?${name}\\b`).test(query);
  const literals = Object.entries(bindings).filter(([name, t]) => t.type === 'literal' && isName(name));
  if (!literals.length) return { bindings, unmatched: [] };
  // a name given as the data spells it is looked up alone: the list of every label is for the others (a corpus of
  // 100,000 articles has over a million, 20 s to fetch from a store, for a query that then takes 10 ms)
  // (and so is a name in other case, in the spellings names usually have: "ana vidal" is looked up as "Ana Vidal" too)
  const spellings = new Map(literals.map(([name, t]) => [name, [...new Set([t.value, ...caseVariants(t.value)])]]));
  const values = [...spellings.values()].flat().map((v) => sparqlTerm({ type: 'literal', value: v })).join(' ');
  const spelled = await engine.query(`SELECT DISTINCT ?l WHERE { VALUES ?l { ${values} } { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } }`);
  const found = new Set(spelled.form === 'SELECT' ? spelled.rows.map((r) => r.l?.value) : []);
  if (literals.every(([name]) => spellings.get(name)!.some((v) => found.has(v)))) {
    const out = { ...bindings };
    for (const [name, term] of literals) out[name] = { ...term, value: spellings.get(name)!.find((v) => found.has(v))! };
    return { bindings: out, unmatched: [] };
  }
  const result = await engine.query(LABELS, { maxRows: 1_000_000 });
  const labels = result.form === 'SELECT' ? result.rows.map((r) => r.l?.value).filter((l): l is string => !!l) : [];
  // an endpoint that sent only some of the names (its own row limit) cannot say that a name is not there
  const allNames = result.form !== 'SELECT' || result.endpointRowLimit === undefined;
  const exact = new Set(labels);
  const byFold = new Map<string, string>();
  for (const l of labels) if (!byFold.has(foldName(l))) byFold.set(foldName(l), l);
  const out = { ...bindings };
  const unmatched: string[] = [];
  for (const [name, term] of literals) {
    if (exact.has(term.value)) continue;
    const label = byFold.get(foldName(term.value));
    if (label) out[name] = { ...term, value: label };
    else if (allNames) unmatched.push(name);
  }
  return { bindings: out, unmatched };
}
