// Repairs of a sentence's subject and root, where news puts words the model's treebank rarely does: a relative clause's
// object read as a second subject ("the countries that signed the accord will …") or as the subject of a clause of its
// own ("said any actions that threatened X would be met …"), a second subject after the verb, a day or a dateline read
// as a subject ("Peru today summoned …", "Cairo, Egypt - …"), a subject split in two ("China's commerce ministry"), a
// title's first word or a noun with a relative clause read as the root ("Information Minister X said", "Former
// vice-minister of trade X spoke"), a verb after an apposition, a whose-clause or a who-clause read as an aside, a name
// after an opening phrase read as that phrase's apposition ("On Friday, the spokesman, X, said"), and a
// closing name and title read as an apposition ("…, X, the foreign minister, said"). Each finds its shape in the heads
// and labels and rewrites them in place; analyse.ts undoes any that would leave no tree.
import { dependents, under } from './repairs.js';

/**
 * "the countries that signed the accord will receive aid": the model takes the relative clause's object for a second
 * subject of the main verb. Of two subjects before a verb, the later one that starts right after a relative clause
 * on the earlier, whose verb has no object, is that verb's object.
 */
export function repairRelativeObject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    const subjects = dependents(heads, v).filter((i) => labels[i] === 'nsubj' && i < v);
    if (subjects.length !== 2) continue;
    const [first, second] = subjects as [number, number];
    if (upos[second] !== 'NOUN' && upos[second] !== 'PROPN') continue;
    const relative = dependents(heads, first).find((r) => labels[r] === 'acl:relcl' && r < second && upos[r] === 'VERB');
    if (relative === undefined || dependents(heads, relative).some((i) => ['obj', 'ccomp', 'xcomp', 'nsubj:pass', 'cop'].includes(labels[i]))) continue;
    // (the object's phrase opens right after the relative verb)
    if (firstOf(heads, second, relative) !== relative + 1) continue;
    [heads[second], labels[second]] = [relative + 1, 'obj'];
  }
}

/**
 * "said any Chilean actions that threatened Bolivia would be met with force": the model takes the relative clause's
 * object for the subject of the main clause, and hangs that clause from the noun as a second relative clause, or from
 * the speech verb with the noun as the verb's object. The object goes back to the relative verb; the noun becomes the
 * subject of the clause, which takes the noun's place.
 */
export function repairRelativeObjectClause(forms: readonly string[], heads: number[], labels: string[]): void {
  for (let relative = 1; relative < heads.length; relative++) {
    if (labels[relative] !== 'acl:relcl') continue;
    const noun = heads[relative] - 1;
    if (noun < 0 || noun > relative || dependents(heads, relative).some((i) => ['obj', 'ccomp', 'xcomp', 'nsubj:pass', 'cop'].includes(labels[i]))) continue;
    // the phrase right after the relative verb, subject of a clause of its own (a modal says so; no relative word)
    const subject = heads.findIndex((_, i) => i > relative && (labels[i] === 'nsubj' || labels[i] === 'nsubj:pass') && !under(heads, i, relative) && firstOf(heads, i, relative) === relative + 1);
    if (subject < 0) continue;
    const v = heads[subject] - 1;
    const kids = dependents(heads, v);
    if (v < subject || !kids.some((i) => labels[i] === 'aux' && MODAL.test(forms[i])) || kids.some((i) => RELATIVE_WORD.test(forms[i]))) continue;
    const onNoun = heads[v] === noun + 1 && labels[v] === 'acl:relcl';
    const besideNoun = heads[v] === heads[noun] && labels[v] === 'ccomp' && ['obj', 'iobj'].includes(labels[noun]);
    if (!onNoun && !besideNoun) continue;
    [heads[subject], labels[subject]] = [relative + 1, 'obj'];
    if (onNoun) [heads[v], labels[v]] = [heads[noun], labels[noun] === 'obj' ? 'ccomp' : labels[noun]];
    [heads[noun], labels[noun]] = [v + 1, kids.some((i) => labels[i] === 'aux:pass') ? 'nsubj:pass' : 'nsubj'];
  }
}

const MODAL = /^(?:will|would|could|can|may|might|must|should|shall)$/i;
const RELATIVE_WORD = /^(?:that|which|who|whom)$/i;
// ("whose" too: a clause it opens has a relative word)
const RELATIVE_PRONOUN = /^(?:that|which|who|whom|whose)$/i;

/** The first word of the phrase headed by i, no further back than `after` + 1. */
function firstOf(heads: readonly number[], i: number, after: number): number {
  let open = i;
  for (let j = i - 1; j > after && under(heads, j, i); j--) open = j;
  return open;
}

/**
 * "Putin accused the United States of …, according to X": the model may give a verb a second subject after it. A verb
 * with a subject before it and another after it, and no object, has the later one for its object.
 */
export function repairSubjectAfterVerb(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 1; v < heads.length; v++) {
    if (upos[v] !== 'VERB') continue;
    const kids = dependents(heads, v);
    const after = kids.filter((i) => labels[i] === 'nsubj' && i > v);
    if (after.length !== 1 || !kids.some((i) => labels[i] === 'nsubj' && i < v) || kids.some((i) => labels[i] === 'obj')) continue;
    labels[after[0]] = 'obj';
  }
}

/**
 * "India today summoned its envoy", "This Friday the bloc issued a statement": a day before the subject, which the
 * model takes for a second subject, is when the verb's act happened; so is a day after the verb the model takes for
 * its object ("warned Tuesday that …").
 */
export function repairDaySubject(forms: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  // ("warned Tuesday that …", "said last Saturday": a day after the verb is when, not whom it reaches)
  for (let d = 0; d < heads.length; d++) if ((labels[d] === 'iobj' || labels[d] === 'obj') && isDay(forms[d]) && heads[d] - 1 < d) labels[d] = 'obl:tmod';
  for (let v = 0; v < heads.length; v++) {
    const subjects = dependents(heads, v).filter((i) => labels[i] === 'nsubj' || labels[i] === 'nsubj:pass');
    if (subjects.length < 2) continue;
    for (const i of subjects) if (isDay(forms[i])) labels[i] = 'obl:tmod';
  }
}

/**
 * "China's commerce ministry said", "Foreign Office spokesperson X said": the model may split the subject's phrase into
 * two subjects. Of two subjects side by side, the first modifies the second: a compound, or a title before a name.
 */
export function repairSplitSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 1; v < heads.length; v++) {
    const subjects = dependents(heads, v).filter((i) => labels[i] === 'nsubj' && i < v);
    for (let k = 0; k + 1 < subjects.length; k++) {
      const [a, b] = [subjects[k]!, subjects[k + 1]!];
      if (b !== a + 1 || !['NOUN', 'PROPN'].includes(upos[a]) || !['NOUN', 'PROPN'].includes(upos[b])) continue;
      // (a common noun before a capitalised name is its title: "spokesperson X")
      [heads[a], labels[a]] = [b + 1, upos[a] === 'NOUN' && /^\p{Lu}/u.test(forms[b]) ? 'nmod:desc' : 'compound'];
      // (what opens the phrase is the whole phrase's: "China's commerce ministry")
      for (const d of dependents(heads, a)) if (d < a && ['det', 'nmod:poss'].includes(labels[d])) heads[d] = b + 1;
    }
  }
}

const DATELINE_MARK = /^(?:[-–—:])$/;

/**
 * "Cairo, Egypt - Arab nations rejected the plan": a dateline opening the sentence, which the model takes for a
 * subject of the main verb, is set apart (dep), its country beside it (appos).
 */
export function repairDatelineSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const first = 0;
  if (upos[first] !== 'PROPN' || !['nsubj', 'nsubj:pass'].includes(labels[first])) return;
  const v = heads[first] - 1;
  let mark = first + 1;
  while (mark < forms.length && mark < first + 6 && (upos[mark] === 'PROPN' || forms[mark] === ',' || upos[mark] === 'ADJ') && !DATELINE_MARK.test(forms[mark])) mark++;
  // (two words at least: "Cairo, Egypt -", "New Delhi :"; one name before a dash may be whom an e-mail is to)
  if (!DATELINE_MARK.test(forms[mark] ?? '') || mark < first + 2) return;
  // (another subject of the same verb after the mark: the clause's own)
  if (!dependents(heads, v).some((i) => i > mark && (labels[i] === 'nsubj' || labels[i] === 'nsubj:pass'))) return;
  labels[first] = 'dep';
  for (let i = first + 1; i < mark; i++) if (upos[i] === 'PROPN' && !under(heads, i, first)) [heads[i], labels[i]] = [first + 1, 'appos'];
  heads[mark] = first + 1;
  labels[mark] = 'punct';
}

/**
 * "Lebanese Information Minister X condemned …": the model may take the first word of a title for the sentence's root
 * and the sentence's verb for a relative clause on it. A noun root whose relative clause has no relative word and a
 * subject starting right after the noun is the subject's first word; the verb is the root.
 */
export function repairTitleRoot(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const n = heads.indexOf(0);
  if (n < 0 || !['NOUN', 'PROPN'].includes(upos[n])) return;
  const v = dependents(heads, n).find((i) => i > n && labels[i] === 'acl:relcl' && upos[i] === 'VERB');
  if (v === undefined) return;
  const kids = dependents(heads, v);
  const subject = kids.find((i) => (labels[i] === 'nsubj' || labels[i] === 'nsubj:pass') && i > n && i < v);
  if (subject === undefined || kids.some((i) => i < v && RELATIVE_PRONOUN.test(forms[i]))) return;
  // (a capitalised title word, the subject's capitalised words right after it: not "the things we did")
  if (!under(heads, n + 1, subject) || !/^\p{Lu}/u.test(forms[n]) || !/^\p{Lu}/u.test(forms[n + 1]) || upos[n + 1] === 'PRON') return;
  if (dependents(heads, n).some((d) => d < n && !['amod', 'compound', 'det'].includes(labels[d]))) return;
  for (const d of dependents(heads, n)) if (d > n && d !== v && !under(heads, d, subject)) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
  [heads[n], labels[n]] = [n + 2, 'compound'];
}

const FINITE = /^(?:VBD|VBZ|VBP)$/;

/** Whether the verb at v has no subject and no conjunction of its own: a clause that stands alone. */
const standsAlone = (heads: readonly number[], labels: readonly string[], v: number): boolean =>
  !dependents(heads, v).some((d) => labels[d] === 'nsubj' || labels[d] === 'nsubj:pass' || labels[d] === 'cc');

/** Makes v the root, taking along the dependents of `from` (the old head) that follow it. */
function rootAt(heads: number[], labels: string[], v: number, from: number): void {
  for (const d of dependents(heads, from)) if (d > v) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
}

/**
 * "Chile, Bolivia's biggest partner, already said …": a name set off by an apposition, then a finite verb with no
 * subject that the model hangs from the apposition (or the name) as an aside: the verb is the root, the name its subject.
 */
export function repairSubjectBeforeApposition(upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const n = heads.indexOf(0);
  if (n < 0 || !['NOUN', 'PROPN'].includes(upos[n])) return;
  const appos = dependents(heads, n).find((a) => a > n && labels[a] === 'appos');
  if (appos === undefined) return;
  const v = [...dependents(heads, appos), ...dependents(heads, n)].find((i) => i > appos && ['parataxis', 'acl:relcl', 'conj'].includes(labels[i]) && FINITE.test(xpos[i]) && standsAlone(heads, labels, i));
  if (v === undefined) return;
  rootAt(heads, labels, v, n);
  [heads[n], labels[n]] = [v + 1, 'nsubj'];
}

/**
 * "Luis Vera, whose party won the vote, said …": the model makes the relative clause the sentence and the real verb its
 * conjunct. The clause whose subject "whose" opens is a relative clause on the name before it; the later verb is the
 * root, the name its subject.
 */
export function repairWhoseClause(forms: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const w = forms.findIndex((f) => /^whose$/i.test(f));
  if (w < 2 || forms[w - 1] !== ',') return;
  const r = heads.indexOf(0);
  if (r < 0 || r < w || heads[heads[w] - 1] !== r + 1) return;
  const name = dependents(heads, r).find((i) => labels[i] === 'nsubj' && i < w - 1);
  const v = dependents(heads, r).find((i) => i > r && ['conj', 'parataxis', 'ccomp'].includes(labels[i]) && FINITE.test(xpos[i]) && standsAlone(heads, labels, i));
  if (name === undefined || v === undefined) return;
  rootAt(heads, labels, v, r);
  [heads[name], labels[name]] = [v + 1, 'nsubj'];
  [heads[r], labels[r]] = [name + 1, 'acl:relcl'];
  heads[w - 1] = r + 1;
}

/**
 * "Former vice-minister of commerce X spoke with …", "The three countries concerned have regretted …": a noun root
 * whose relative clause (no relative word) has for subject a name right after the noun's phrase, or an adjective
 * right after the noun that the model took for the subject: the clause is the sentence. The noun's phrase is the
 * name's title (nmod:desc) or, with the adjective (amod), the subject itself.
 */
export function repairNounRootClause(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const n = heads.indexOf(0);
  if (n < 0 || upos[n] !== 'NOUN' || dependents(heads, n).some((d) => labels[d] === 'cop' || labels[d] === 'case')) return;
  const v = dependents(heads, n).find((i) => i > n && labels[i] === 'acl:relcl' && upos[i] === 'VERB');
  if (v === undefined) return;
  const kids = dependents(heads, v);
  const subject = kids.find((i) => (labels[i] === 'nsubj' || labels[i] === 'nsubj:pass') && i > n && i < v);
  if (subject === undefined || kids.some((i) => i < v && RELATIVE_PRONOUN.test(forms[i]))) return;
  // (the verb finite, or its auxiliary: a sentence of its own)
  if (!FINITE.test(xpos[v]) && !kids.some((i) => (labels[i] === 'aux' || labels[i] === 'aux:pass') && FINITE.test(xpos[i]))) return;
  // the noun's own phrase ends where the subject's begins
  let end = n;
  for (let i = n + 1; i < subject; i++) if (under(heads, i, n) && !under(heads, i, v)) end = i;
  const open = firstOf(heads, subject, end);
  const adjective = upos[subject] === 'ADJ' || xpos[subject] === 'VBN';
  if (adjective ? subject !== end + 1 : upos[subject] !== 'PROPN' || open !== end + 1) return;
  rootAt(heads, labels, v, n);
  if (adjective) {
    [heads[subject], labels[subject]] = [n + 1, 'amod'];
    [heads[n], labels[n]] = [v + 1, labels[subject] === 'nsubj:pass' ? 'nsubj:pass' : 'nsubj'];
  } else [heads[n], labels[n]] = [subject + 1, 'nmod:desc'];
}

/**
 * "X, who also met Y, warned him that …": a verb after the relative clause, set off by a comma with no "and", that the
 * model hangs as the clause's conjunct, is the sentence's verb, with the relative clause's noun for its subject
 * (and "For his part" before them an adverbial of it).
 */
export function repairVerbAfterRelative(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const root = heads.indexOf(0);
  for (let v = 2; v < heads.length; v++) {
    if (labels[v] !== 'conj' || !FINITE.test(xpos[v]) || forms[v - 1] !== ',') continue;
    const r = heads[v] - 1;
    const who = r < 0 ? undefined : dependents(heads, r).find((i) => labels[i] === 'nsubj' && /^(?:who|which)$/i.test(forms[i]));
    if (who === undefined || !['acl:relcl', 'root'].includes(labels[r])) continue;
    if (!standsAlone(heads, labels, v)) continue;
    if (labels[r] === 'root') {
      // ("For his part, X, who met Y, warned …" with "met" the root): the name before ", who" is the relative's noun
      let noun = who - 2;
      while (noun > 0 && forms[who - 1] === ',' && ['flat', 'compound'].includes(labels[noun]) && heads[noun] - 1 < noun) noun = heads[noun] - 1;
      if (forms[who - 1] !== ',' || noun < 1 || !['NOUN', 'PROPN'].includes(upos[noun])) continue;
      for (const d of dependents(heads, r)) if (d > v || (d < noun && d !== who)) heads[d] = v + 1;
      [heads[v], labels[v]] = [0, 'root'];
      [heads[noun], labels[noun]] = [v + 1, 'nsubj'];
      [heads[r], labels[r]] = [noun + 1, 'acl:relcl'];
      return;
    }
    const noun = heads[r] - 1;
    // (the noun is the root, or hangs from a root phrase that opens the sentence: "For his part, X, who …")
    if (noun < 0 || (noun !== root && heads[noun] - 1 !== root) || root > noun) continue;
    rootAt(heads, labels, v, root);
    if (root !== noun) [heads[root], labels[root]] = [v + 1, dependents(heads, root).some((d) => labels[d] === 'case') ? 'obl' : 'dep'];
    [heads[noun], labels[noun]] = [v + 1, 'nsubj'];
    return;
  }
}

/**
 * "…, Sergey Lavrov, the foreign minister, said.": a closing speech verb with no subject, after a name and its
 * title set off by commas, which the model hangs as an apposition of the last noun of the clause before: the name
 * is the verb's subject.
 */
export function repairClosingNamedAttribution(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  let v = forms.length - 1;
  while (v > 0 && upos[v] === 'PUNCT') v--;
  if (v < 4 || !isSpeechVerb(forms[v].toLowerCase()) || forms[v - 1] !== ',' || dependents(heads, v).some((d) => labels[d] === 'nsubj')) return;
  // the title before the comma ("the foreign minister"), an apposition of the name before it, itself set off by a comma
  const title = v - 2;
  const name = labels[title] === 'appos' ? heads[title] - 1 : -1;
  if (name < 1 || upos[name] !== 'PROPN' || labels[name] !== 'appos' || forms[name - 1] !== ',') return;
  [heads[name], labels[name]] = [v + 1, 'nsubj'];
  heads[name - 1] = name + 1;
}

/**
 * "On Friday, the army spokesman, General X, said …", "Later in the day Ortega, a former revolutionary, accused …",
 * "In what was considered an overture, Mr X also said …": after an opening phrase the model may hang the name as that
 * phrase's apposition and leave the verb with no subject. A name so hung whose phrase (its own appositions and commas
 * included) runs up to the verb, with only adverbs between, is the verb's subject; the verb is the root.
 */
export function repairOpeningPhraseSubject(upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  // (the root stays where it is until the one repair this makes, which ends the search)
  const root = heads.indexOf(0);
  for (let v = 2; v < heads.length; v++) {
    // (or a finite verb hung as a clause on the name's last noun: "Vera, a former rebel, accused …")
    // (or coordinated with an opening phrase the model made the root: "Earlier this week, X, the chair, called …")
    const joined = labels[v] === 'conj' && heads[v] - 1 === root && upos[root] !== 'VERB';
    if (upos[v] !== 'VERB' || (!['root', 'parataxis', 'acl'].includes(labels[v]) && !joined)) continue;
    const kids = dependents(heads, v);
    // ("On Friday, the spokesman, X, said": a subject with a preposition of its own is the opening phrase, not the subject)
    const phraseSubject = kids.find((d) => labels[d] === 'nsubj' && d < v && dependents(heads, d).some((c) => labels[c] === 'case' && c < d));
    if (kids.some((d) => d !== phraseSubject && ['nsubj', 'nsubj:pass', 'expl', 'csubj'].includes(labels[d]))) continue;
    // (a participle too, hung as a clause on a noun, when the sentence has no verb for its root: "Later in the day X, a
    // former rebel, accused Y of …" with "Later" the root)
    // ("called for talks": an oblique says a verb as well as an object does)
    const rootless = labels[v] === 'acl' && upos[root] !== 'VERB' && kids.some((d) => labels[d] === 'obj' || labels[d] === 'obl');
    if (!FINITE.test(xpos[v]) && !kids.some((d) => labels[d] === 'aux' && FINITE.test(xpos[d])) && !rootless) continue;
    // the words right before the verb: adverbs, then a comma or not, then the end of the name's phrase
    let end = v - 1;
    while (end > 0 && upos[end] === 'ADV') end--;
    if (upos[end] === 'PUNCT') end--;
    // the outermost apposition whose phrase ends there
    let name = -1;
    for (let i = 0; i <= end; i++) {
      if (labels[i] !== 'appos' || !['NOUN', 'PROPN'].includes(upos[i]) || labels[heads[i] - 1] === 'appos' || !(inOpeningPhrase(heads, labels, heads[i] - 1) || heads[i] - 1 === phraseSubject)) continue;
      // (the verb's own words left out when the model hung the verb inside the name's phrase)
      const inside = under(heads, v, i);
      let last = i;
      for (let j = i + 1; j <= end; j++) if (under(heads, j, i) && !(inside && under(heads, j, v))) last = j;
      while (last < end && upos[last + 1] === 'PUNCT' && under(heads, last + 1, i)) last++;
      if (last === end || (last === end - 1 && upos[end] === 'PUNCT')) name = i;
    }
    if (name < 0 || (labels[v] !== 'acl' && under(heads, v, name))) continue;
    if (labels[v] === 'parataxis' || labels[v] === 'acl' || joined) {
      if (root < 0 || root > name || !under(heads, v, root)) continue;
      for (const d of dependents(heads, root)) if (d > v && labels[d] === 'punct') heads[d] = v + 1;
      [heads[root], labels[root]] = [v + 1, dependents(heads, root).some((d) => labels[d] === 'case') ? 'obl' : 'advmod'];
      [heads[v], labels[v]] = [0, 'root'];
    }
    if (phraseSubject !== undefined) labels[phraseSubject] = 'obl';
    [heads[name], labels[name]] = [v + 1, 'nsubj'];
    return;
  }
}

/** Whether x lies in an adverbial phrase: x or a word above it is an oblique or adverb, or the root with a preposition. */
function inOpeningPhrase(heads: readonly number[], labels: readonly string[], x: number): boolean {
  for (let y = x, steps = 0; y >= 0 && steps < heads.length; y = heads[y] - 1, steps++) {
    if (['obl', 'obl:tmod', 'advmod', 'obl:unmarked'].includes(labels[y])) return true;
    // (a time phrase made the root keeps its adverb: "Earlier this week, …")
    if (heads[y] === 0) return dependents(heads, y).some((d) => labels[d] === 'case' || (labels[d] === 'advmod' && d < y));
  }
  return false;
}
