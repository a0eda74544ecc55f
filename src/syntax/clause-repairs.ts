// Repairs of clauses the model hangs in the wrong place, in shapes rare in its treebank: relative clauses written
// without a relative word ("the plan Chile opposes"), a noun's that-clause set apart from it by a phrase ("a warning
// on Tuesday that …"), a naming participle read as the subject of its own predicate (", calling X incomprehensible"), a
// country before a title read as the head of the phrase the title's holder owns ("rejected U.S. President X's plan"), a
// participle conjoined to the wrong verb ("vowing to X and showcasing Y"), the for-subject of a to-clause read as
// the predicate's oblique ("it would be wrong for X to …"), a condition cut down to "if necessary" read into a noun, and a relative clause's
// object read as a second subject of the main verb ("the countries that signed the accord will …") or as the subject of
// a clause of its own ("said any actions that threatened X would be met …"), a second subject after a verb, a
// day read as a second subject ("Peru today summoned …"), a subject split in two ("China's commerce ministry") a
// dateline read as a subject ("Cairo, Egypt - …") a title's first word read as the root ("Information Minister X said"), and a verb after
// a name's apposition or whose-clause read as an aside ("X, Y's partner, already said …", "X, whose party won, said …"), a noun root
// whose relative clause is the sentence, a verb after a who-clause read as that clause's conjunct,
// a preposition hung from its noun's first modifier ("for free and fair elections") and a closing name and title read
// as an apposition ("…, X, the foreign minister, said").
import { dependents, under } from './repairs.js';

const SUBJECT_PRONOUNS = /^(?:i|we|you|he|she|it|they)$/i;

/**
 * "a project the United States vehemently opposes", "the sanctions they imposed": a finite verb with a subject
 * and no object, hung from another verb as an adverbial, a complement or an aside, whose subject's words come
 * right after a noun outside the clause, is a relative clause on that noun, the noun its missing object. Nothing
 * marks the clause ("if", "because"), and no object, complement or predicate of its own follows the verb.
 */
export function repairBareRelative(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 2; v < heads.length; v++) {
    if (upos[v] !== 'VERB' || !/^VB[DPZ]$/.test(xpos[v]) || !['advcl', 'ccomp', 'parataxis', 'conj'].includes(labels[v])) continue;
    const kids = dependents(heads, v);
    const subject = kids.find((i) => labels[i] === 'nsubj' && i < v);
    // ("a claim Peru rejects" with "a claim" read into the verb's phrase as a compound: the noun is the clause's head's)
    const swallowed = subject === undefined || kids.some((i) => ['cc', 'mark'].includes(labels[i])) ? -1 : kids.find((i) => labels[i] === 'compound' && upos[i] === 'NOUN' && i + 1 === subject) ?? -1;
    if (swallowed >= 0) {
      [heads[swallowed], labels[swallowed]] = [heads[v], labels[v] === 'conj' ? 'appos' : labels[v]];
      for (const d of kids) if (d < swallowed && ['det', 'amod', 'punct'].includes(labels[d])) heads[d] = swallowed + 1;
      [heads[v], labels[v]] = [swallowed + 1, 'acl:relcl'];
      continue;
    }
    if (subject === undefined || kids.some((i) => ['obj', 'iobj', 'ccomp', 'xcomp', 'mark', 'cop', 'nsubj:pass', 'aux:pass', 'expl', 'csubj', 'cc'].includes(labels[i]))) continue;
    // (the subject's first word: a determiner, a name, a pronoun; the clause opens there)
    let first = subject;
    for (let i = subject - 1; i >= 0 && under(heads, i, subject); i--) first = i;
    if (first < 1 || !(['DET', 'PROPN'].includes(upos[first]) || SUBJECT_PRONOUNS.test(forms[first]))) continue;
    if (kids.some((i) => i < first)) continue;
    const n = first - 1;
    if (upos[n] !== 'NOUN' || under(heads, n, v)) continue;
    [heads[v], labels[v]] = [n + 1, 'acl:relcl'];
  }
}

/**
 * "was responding to a Russian warning on Tuesday that any missiles would be shot down": a that-clause hung from
 * the verb as its complement, right after a noun of what is said or warned (content-noun) that the verb governs and
 * whose own words (a date, a place) are all that stand between, is that noun's clause; not a speech verb's object.
 */
export function repairNounContentClause(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isContentNoun: (w: string) => boolean, isSpeechVerb: (w: string) => boolean): void {
  for (let t = 1; t < forms.length; t++) {
    if (forms[t].toLowerCase() !== 'that' || labels[t] !== 'mark') continue;
    const c = heads[t] - 1;
    if (c < t || !['ccomp', 'advcl'].includes(labels[c])) continue;
    const v = heads[c] - 1;
    if (v < 0) continue;
    let n = t - 1;
    while (n > v && upos[n] !== 'NOUN') n--;
    // (the noun's own words run up to "that": its head is the noun, or is under it)
    while (n > v && !isContentNoun(forms[n].toLowerCase()) && under(heads, n, heads[n] - 1) && upos[heads[n] - 1] === 'NOUN' && heads[n] - 1 < n) n = heads[n] - 1;
    if (n <= v || upos[n] !== 'NOUN' || !isContentNoun(forms[n].toLowerCase()) || heads[n] - 1 !== v) continue;
    // (not a speech verb's object: "said Chilean claims that … were false" has the noun as the subject of what is said)
    if (labels[n] === 'obj' && isSpeechVerb(forms[v].toLowerCase())) continue;
    if (!Array.from({ length: t - n - 1 }, (_, i) => n + 1 + i).every((i) => under(heads, i, n))) continue;
    [heads[c], labels[c]] = [n + 1, 'acl'];
  }
}

/**
 * "Peru fired back, calling the tweet completely incomprehensible": the model reads the participle as the clausal
 * subject of the adjective and hangs the adjective beside the sentence's verb. A naming verb's participle with an
 * object, subject of an adjective after that object, is an adverbial clause of the sentence's verb; the adjective
 * is what it calls the object.
 */
export function repairNamingParticiple(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isNamingVerb: (w: string) => boolean): void {
  for (let v = 1; v < forms.length; v++) {
    if (labels[v] !== 'csubj' || upos[v] !== 'VERB' || !/ing$/.test(forms[v]) || !isNamingVerb(forms[v].toLowerCase())) continue;
    const a = heads[v] - 1;
    const object = dependents(heads, v).find((i) => labels[i] === 'obj');
    if (a < 0 || upos[a] !== 'ADJ' || object === undefined || object > a) continue;
    const head = heads[a];
    if (head === 0) continue;
    for (const d of dependents(heads, a)) if (d < v && labels[d] === 'punct') heads[d] = v + 1;
    [heads[v], labels[v]] = [head, 'advcl'];
    [heads[a], labels[a]] = [v + 1, 'xcomp'];
  }
}

/**
 * "rejected U.S. President Donald Trump's suggestion": the model takes the country for the verb's object and hangs the
 * noun the titled person owns beside it as an apposition, with no comma between. A name of one word, right before a
 * title, with such an apposition after it, modifies the title; the owned noun takes its place.
 */
export function repairCountryBeforeTitle(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let x = 0; x + 2 < heads.length; x++) {
    if (upos[x] !== 'PROPN' || upos[x + 1] !== 'PROPN' || dependents(heads, x).some((d) => d < x)) continue;
    const owned = dependents(heads, x).find((d) => labels[d] === 'appos' && d > x + 1);
    if (owned === undefined || upos[owned] !== 'NOUN') continue;
    // (nothing but the titled name between: no comma, the first word after the country under the owned noun)
    if (labels.slice(x + 1, owned).some((l) => l === 'punct') || !under(heads, x + 1, owned)) continue;
    [heads[owned], labels[owned]] = [heads[x], labels[x]];
    for (const d of dependents(heads, x)) if (d !== owned) heads[d] = owned + 1;
    [heads[x], labels[x]] = [x + 2, 'compound'];
  }
}

/**
 * "vowing to stabilize ties and showcasing agreements": a participle conjoined to the bare verb of a to-clause
 * that itself hangs from a participle is that participle's conjunct; a conjunct takes its first member's form.
 */
export function repairGerundConjunct(xpos: readonly string[], heads: number[], labels: string[]): void {
  for (let c = 1; c < heads.length; c++) {
    if (labels[c] !== 'conj' || xpos[c] !== 'VBG') continue;
    const h = heads[c] - 1;
    if (h < 0 || xpos[h] !== 'VB' || labels[h] !== 'xcomp') continue;
    const g = heads[h] - 1;
    if (g >= 0 && xpos[g] === 'VBG') heads[c] = g + 1;
  }
}

/**
 * "it would be wrong for Chile to cut the aid": a for-phrase right before the to-clause of a predicate with a copula
 * is that clause's subject ("for" its mark, as the treebank writes it), not the predicate's oblique.
 */
export function repairForSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let c = 2; c < heads.length; c++) {
    if (!['advcl', 'csubj', 'ccomp', 'xcomp'].includes(labels[c])) continue;
    const k = heads[c] - 1;
    // (a predicate with its copula only: after a verb, "pay a price for Chile's efforts to …" may be the noun's clause)
    if (k < 0 || !dependents(heads, k).some((i) => labels[i] === 'cop')) continue;
    const kids = dependents(heads, c);
    const to = kids.find((i) => labels[i] === 'mark' && forms[i].toLowerCase() === 'to');
    if (to === undefined || kids.some((i) => i < to)) continue;
    const o = dependents(heads, k).find((i) => labels[i] === 'obl' && i < to && i > k);
    if (o === undefined) continue;
    const forMark = dependents(heads, o).find((i) => labels[i] === 'case' && forms[i].toLowerCase() === 'for');
    // (the phrase runs up to "to": nothing of the predicate's stands between)
    let last = o;
    for (let i = o + 1; i < to; i++) if (under(heads, i, o)) last = i;
    if (forMark === undefined || last !== to - 1) continue;
    [heads[o], labels[o]] = [c + 1, kids.some((i) => labels[i] === 'aux:pass') ? 'nsubj:pass' : 'nsubj'];
    [heads[forMark], labels[forMark]] = [c + 1, 'mark'];
  }
}

const ELLIPTICAL_PREDICATES = /^(?:necessary|needed|required|possible|appropriate|warranted)$/i;

/**
 * "would use force if necessary to defend X", "will resort to pressure if necessary against Y": a condition cut down to
 * "if" and an adjective qualifies the verb before it; the model reads the adjective into the noun before it and hangs
 * the phrases after it from the adjective. The adjective becomes the verb's adverbial clause, the phrases the verb's.
 */
export function repairEllipticalCondition(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let a = 2; a < heads.length; a++) {
    const mark = a - 1;
    if (!ELLIPTICAL_PREDICATES.test(forms[a]) || !/^(?:if|when|where)$/i.test(forms[mark]) || heads[mark] !== a + 1) continue;
    // (the clause is the adjective alone: nothing of its own but the mark and the phrases the model hung on it after it)
    const kids = dependents(heads, a);
    if (kids.some((i) => i < mark || ['nsubj', 'cop', 'expl', 'csubj'].includes(labels[i]))) continue;
    // the verb before: the first verb up the chain of heads from the word before "if"
    let v = mark - 1;
    while (v >= 0 && upos[v] === 'PUNCT') v--;
    while (v >= 0 && upos[v] !== 'VERB') v = heads[v] - 1;
    if (v < 0 || under(heads, v, a)) continue;
    for (const k of kids) if (k > a && labels[k] !== 'punct') heads[k] = v + 1;
    [heads[a], labels[a]] = [v + 1, 'advcl'];
  }
}

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
    let open = second;
    for (let i = second - 1; i > relative && under(heads, i, second); i--) open = i;
    if (open !== relative + 1) continue;
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
 * model takes for a second subject, is when the verb's act happened.
 */
export function repairDaySubject(forms: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
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
  if (subject === undefined || kids.some((i) => i < v && /^(?:that|which|who|whom|whose)$/i.test(forms[i]))) return;
  // (a capitalised title word, the subject's capitalised words right after it: not "the things we did")
  if (!under(heads, n + 1, subject) || !/^\p{Lu}/u.test(forms[n]) || !/^\p{Lu}/u.test(forms[n + 1]) || upos[n + 1] === 'PRON') return;
  if (dependents(heads, n).some((d) => d < n && !['amod', 'compound', 'det'].includes(labels[d]))) return;
  for (const d of dependents(heads, n)) if (d > n && d !== v && !under(heads, d, subject)) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
  [heads[n], labels[n]] = [n + 2, 'compound'];
}

const FINITE = /^(?:VBD|VBZ|VBP)$/;

/**
 * "Chile, Bolivia's biggest partner, already said …": a name set off by an apposition, then a finite verb with no
 * subject that the model hangs from the apposition (or the name) as an aside: the verb is the root, the name its subject.
 */
export function repairSubjectBeforeApposition(upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const n = heads.indexOf(0);
  if (n < 0 || !['NOUN', 'PROPN'].includes(upos[n])) return;
  const appos = dependents(heads, n).find((a) => a > n && labels[a] === 'appos');
  if (appos === undefined) return;
  const v = [...dependents(heads, appos), ...dependents(heads, n)].find((i) => i > appos && ['parataxis', 'acl:relcl', 'conj'].includes(labels[i]) && FINITE.test(xpos[i]) && !dependents(heads, i).some((d) => labels[d] === 'nsubj' || labels[d] === 'nsubj:pass' || labels[d] === 'cc'));
  if (v === undefined) return;
  for (const d of dependents(heads, n)) if (d > v) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
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
  const v = dependents(heads, r).find((i) => i > r && ['conj', 'parataxis', 'ccomp'].includes(labels[i]) && FINITE.test(xpos[i]) && !dependents(heads, i).some((d) => labels[d] === 'nsubj' || labels[d] === 'nsubj:pass' || labels[d] === 'cc'));
  if (name === undefined || v === undefined) return;
  for (const d of dependents(heads, r)) if (d > v) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
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
  if (subject === undefined || kids.some((i) => i < v && /^(?:that|which|who|whom|whose)$/i.test(forms[i]))) return;
  // (the verb finite, or its auxiliary: a sentence of its own)
  if (!FINITE.test(xpos[v]) && !kids.some((i) => (labels[i] === 'aux' || labels[i] === 'aux:pass') && FINITE.test(xpos[i]))) return;
  // the noun's own phrase ends where the subject's begins
  let end = n;
  for (let i = n + 1; i < subject; i++) if (under(heads, i, n) && !under(heads, i, v)) end = i;
  const open = firstOf(heads, subject, end);
  const adjective = upos[subject] === 'ADJ' || xpos[subject] === 'VBN';
  if (adjective ? subject !== end + 1 : upos[subject] !== 'PROPN' || open !== end + 1) return;
  for (const d of dependents(heads, n)) if (d > v) heads[d] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
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
    if (dependents(heads, v).some((d) => labels[d] === 'cc' || labels[d] === 'nsubj' || labels[d] === 'nsubj:pass')) continue;
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
    for (const d of dependents(heads, root)) if (d > v) heads[d] = v + 1;
    if (root !== noun) [heads[root], labels[root]] = [v + 1, dependents(heads, root).some((d) => labels[d] === 'case') ? 'obl' : 'dep'];
    [heads[v], labels[v]] = [0, 'root'];
    [heads[noun], labels[noun]] = [v + 1, 'nsubj'];
    return;
  }
}

/**
 * "called for free and fair elections", "called for more arms sales": the model may hang the preposition from the
 * first modifier of the noun and take the noun for the verb's object. A preposition is its phrase's head noun's.
 */
export function repairCaseOnModifier(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let c = 0; c < heads.length; c++) {
    if (labels[c] !== 'case' || upos[c] !== 'ADP') continue;
    const m = heads[c] - 1;
    if (m <= c || !['amod', 'compound', 'nummod'].includes(labels[m])) continue;
    const h = heads[m] - 1;
    if (h <= m || !['NOUN', 'PROPN'].includes(upos[h]) || dependents(heads, h).some((d) => labels[d] === 'case')) continue;
    // (the words between are the noun's own: "for more arms sales")
    let inside = true;
    for (let i = c + 1; i < m; i++) if (!under(heads, i, h)) inside = false;
    if (!inside) continue;
    heads[c] = h + 1;
    if (labels[h] === 'obj' || labels[h] === 'obl:unmarked') labels[h] = 'obl';
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
