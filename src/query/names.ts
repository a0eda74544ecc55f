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

/** A folded name of plain Latin letters, digits, spaces and punctuation: one whose accented forms ACCENTED lists. */
const PLAIN = /^[a-z0-9\s.,'’\-()&]+$/;
/** Each plain letter and the accented letters that fold to it (or that readers write it for: "ø" for "o"). */
const ACCENTED: Record<string, string> = {
  a: 'aáàâäãåāăą', c: 'cçćčĉċ', d: 'dďđ', e: 'eéèêëēĕėęě', g: 'gğĝġģ', h: 'hĥħ', i: 'iíìîïĩīĭįı', j: 'jĵ', k: 'kķ', l: 'lĺļľŀł',
  n: 'nñńņňŉ', o: 'oóòôöõøōŏő', r: 'rŕŗř', s: 'sśŝşšș', t: 'tţťŧț', u: 'uúùûüũūŭůűų', w: 'wŵ', y: 'yýÿŷ', z: 'zźżž',
};

/** The data's spelling of a name in Latin letters, compared without case or accents by a REGEX the store runs; undefined if none. */
async function accentBlindLabel(engine: QueryEngine, value: string): Promise<string | undefined> {
  const fold = foldName(value);
  const pattern = `^${[...fold].map((c) => (ACCENTED[c] ? `[${ACCENTED[c]}]` : c.replace(/[.()\-&]/g, (x) => `\\${x}`))).join('')}$`;
  const r = await engine.query(`SELECT DISTINCT ?l WHERE { { ?e rdfs:label ?l } UNION { ?e skos:altLabel ?l } FILTER(REGEX(?l, ${sparqlTerm({ type: 'literal', value: pattern })}, "i")) } LIMIT 20`);
  const labels = r.form === 'SELECT' ? r.rows.map((x) => x.l?.value).filter((l): l is string => !!l) : [];
  return labels.find((l) => foldName(l) === fold) ?? labels[0];
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
  const out = { ...bindings };
  const unmatched: string[] = [];
  const rest: Array<[string, JsonTerm]> = [];
  for (const [name, term] of literals) {
    const known = spellings.get(name)!.find((v) => found.has(v));
    if (known) out[name] = { ...term, value: known };
    else if (PLAIN.test(foldName(term.value))) {
      // a name in Latin letters is compared with every label by the store itself, case and accents aside (REGEX on the
      // label itself: Virtuoso matched no accented label through STR())
      // (1 s on a million labels in Virtuoso, against 20 s to fetch them all)
      const label = await accentBlindLabel(engine, term.value);
      if (label) out[name] = { ...term, value: label };
      else unmatched.push(name);
    } else rest.push([name, term]);
  }
  if (!rest.length) return { bindings: out, unmatched };
  const result = await engine.query(LABELS, { maxRows: 1_000_000 });
  const labels = result.form === 'SELECT' ? result.rows.map((r) => r.l?.value).filter((l): l is string => !!l) : [];
  // an endpoint that sent only some of the names (its own row limit) cannot say that a name is not there
  const allNames = result.form !== 'SELECT' || result.endpointRowLimit === undefined;
  const byFold = new Map<string, string>();
  for (const l of labels) if (!byFold.has(foldName(l))) byFold.set(foldName(l), l);
  for (const [name, term] of rest) {
    const label = byFold.get(foldName(term.value));
    if (label) out[name] = { ...term, value: label };
    else if (allNames) unmatched.push(name);
  }
  return { bindings: out, unmatched };
}
