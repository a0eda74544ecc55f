// Lemmas "where cheap": the treebank's own lemma for an inflected form it saw at least twice
// with that UPOS, else a few suffix rules, else the lower-cased form. A form is its own lemma
// unless most of its uses say otherwise: web text lemmatises its typos ("of" written for
// "off", "their" for "there"), and those few uses must not rename every "of".

/** UPOS → lower-cased form → lemma, only where the lemma differs from the form. */
export type LemmaTable = Record<string, Record<string, string>>;

export function buildLemmaTable(words: Iterable<{ form: string; upos: string; lemma: string }>, minCount = 2): LemmaTable {
  const counts = new Map<string, number>();
  for (const w of words) {
    const lower = w.form.toLowerCase();
    if (w.lemma === '_' || !/^[a-z'’-]+$/.test(lower)) continue;
    const k = `${w.upos}\t${lower}\t${w.lemma.toLowerCase()}`;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const best = new Map<string, [string, number]>();
  for (const [k, c] of counts) {
    if (c < minCount) continue;
    const [upos, lower, lemma] = k.split('\t');
    const key = `${upos}\t${lower}`;
    const cur = best.get(key);
    if (!cur || c > cur[1]) best.set(key, [lemma, c]);
  }
  const table: LemmaTable = {};
  for (const [key, [lemma]] of [...best].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [upos, lower] = key.split('\t');
    if (lemma === lower) continue;
    (table[upos] ??= {})[lower] = lemma;
  }
  return table;
}

// Regular inflection, tried in order; the first that matches wins.
const RULES: Record<string, Array<[RegExp, string]>> = {
  NOUN: [[/ies$/, 'y'], [/(ss|sh|ch|x|z)es$/, '$1'], [/([^s])s$/, '$1']],
  PROPN: [],
  VERB: [[/ied$/, 'y'], [/^(.{2,})eed$/, '$1ee'], [/(ss|ll|ff|zz)(ed|ing)$/, '$1'], [/([^aeiouslfz])\1ed$/, '$1'], [/([cgsvz]|at|ut|ur|iz|ot|bl|pl)ed$/, '$1e'], [/ed$/, ''], [/([^aeiouslfz])\1ing$/, '$1'], [/([cgsvz]|at|ut|ur|iz|ot|bl|pl)ing$/, '$1e'], [/ing$/, ''], [/ies$/, 'y'], [/(ss|sh|ch|x|z)es$/, '$1'], [/([^s])s$/, '$1']],
  ADJ: [],
};

const VERB_PREFIX = /^(up|with|over|under|out|re|mis|fore|be)([a-z]{3,})$/;

export function lemmatise(table: LemmaTable, form: string, upos: string, isWord: (w: string) => boolean = () => false): string {
  const lower = form.toLowerCase().replace(/’/g, "'");
  const known = table[upos]?.[lower];
  if (known) return known;
  if (upos === 'PROPN') return form;
  // "upheld", "withdrew", "overtook": a prefix on an irregular verb the table knows ("held" → "hold")
  const prefixed = VERB_PREFIX.exec(lower);
  const base = upos === 'VERB' && prefixed ? table.VERB?.[prefixed[2]] : undefined;
  if (base && prefixed) return prefixed[1] + base;
  // ("proceed", "succeed": a verb that ends in "eed" is its own lemma unless the word without its d is one: "freed" → "free")
  if (upos === 'VERB' && /eed$/.test(lower) && isWord(lower) && !isWord(lower.slice(0, -1))) return lower;
  // every stem a rule gives, and for "-ed"/"-ing" the same with a final e ("ruled" → "rul", "rule")
  const stems: string[] = [];
  for (const [re, to] of RULES[upos] ?? []) {
    if (!re.test(lower)) continue;
    const stem = lower.replace(re, to);
    stems.push(stem);
    if (upos === 'VERB' && /(?:ed|ing)$/.test(lower) && !stem.endsWith('e')) stems.push(`${stem}e`);
  }
  // the first stem that is a word or a verb the treebank knows ("freezes" → "freeze", not "freez";
  // "bans" → "ban"; "ruled" → "rule"), else, for a long enough form, the first rule's
  const word = stems.find((stem) => stem.length >= 3 && lower.length > 3 && (isWord(stem) || verbLemmas(table).has(stem)));
  if (word) return word;
  return stems.length && lower.length > 4 ? stems[0] : lower;
}

const knownVerbs = new WeakMap<LemmaTable, Set<string>>();

/** The verb lemmas the table gives inflected forms. */
function verbLemmas(table: LemmaTable): Set<string> {
  let known = knownVerbs.get(table);
  if (!known) knownVerbs.set(table, (known = new Set(Object.values(table.VERB ?? {}))));
  return known;
}
