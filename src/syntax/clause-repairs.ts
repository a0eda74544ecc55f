// Repairs of clauses the model hangs in the wrong place, in shapes rare in its treebank: relative clauses written
// without a relative word ("the plan Chile opposes"), a noun's that-clause set apart from it by a phrase ("a warning
// on Tuesday that …"), a naming participle read as the subject of its own predicate (", calling X incomprehensible"), a
// country before a title read as the head of the phrase the title's holder owns ("rejected U.S. President X's plan"), a
// participle conjoined to the wrong verb ("vowing to X and showcasing Y"), the for-subject of a to-clause read as
// the predicate's oblique ("it would be wrong for X to …"), a condition cut down to "if necessary" read into a noun,
// and a preposition hung from its noun's first modifier ("for free and fair elections"). Subjects and roots the model
// misplaces: subject-repairs.ts.
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

/**
 * "would use force if necessary to defend X", "will resort to pressure if necessary against Y": a condition cut down to
 * "if" and an adjective qualifies the verb before it; the model reads the adjective into the noun before it and hangs
 * the phrases after it from the adjective. The adjective becomes the verb's adverbial clause, the phrases the verb's.
 */
export function repairEllipticalCondition(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isElliptical: (w: string) => boolean): void {
  for (let a = 2; a < heads.length; a++) {
    const mark = a - 1;
    if (!isElliptical(forms[a].toLowerCase()) || !/^(?:if|when|where)$/i.test(forms[mark]) || heads[mark] !== a + 1) continue;
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
 * "will not be opened to exports unless the government in Lima ends the blockade": the model may take "unless" (or "if")
 * for a preposition on the noun after it and hang the clause's verb elsewhere. A condition word before a noun phrase
 * that a finite verb with no subject of its own follows opens that verb's clause: the noun is its subject, the word
 * its mark, and the clause conditions the verb the noun phrase was hung under.
 */
export function repairConditionAsCase(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let m = 1; m < heads.length - 2; m++) {
    if (labels[m] !== 'case' || !/^(?:if|unless)$/i.test(forms[m])) continue;
    const n = heads[m] - 1;
    if (n <= m || !['NOUN', 'PROPN', 'PRON'].includes(upos[n])) continue;
    // the noun phrase ends right before the verb
    let end = n;
    for (let i = n + 1; i < heads.length && under(heads, i, n); i++) end = i;
    const v = end + 1;
    if (v >= heads.length || upos[v] !== 'VERB' || under(heads, v, n) || dependents(heads, v).some((d) => labels[d].startsWith('nsubj')) || /ing$/i.test(forms[v])) continue;
    // the clause conditioned: the first verb above where the noun phrase was hung
    let c = heads[n] - 1;
    while (c >= 0 && upos[c] !== 'VERB') c = heads[c] - 1;
    if (c < 0 || c === v || under(heads, c, v)) continue;
    [heads[n], labels[n]] = [v + 1, 'nsubj'];
    [heads[m], labels[m]] = [v + 1, 'mark'];
    [heads[v], labels[v]] = [c + 1, 'advcl'];
  }
}

/**
 * "warned that if Peru struck Chile with missiles, the response would be strong": the model takes the if-clause,
 * which carries the "that", for what is said, and hangs the clause after the comma beside it as a conjunct. A clause
 * under a speech verb marked both "that" and "if"/"unless", followed by a conjunct or aside of the verb with a modal
 * of its own and no conjunction, is that later clause's condition; the later clause is what is said.
 */
export function repairThatIfClause(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let c = 1; c < heads.length; c++) {
    const h = heads[c] - 1;
    if (h < 0 || h >= c || !['ccomp', 'advcl'].includes(labels[c]) || !isSpeechVerb(forms[h].toLowerCase())) continue;
    const marks = dependents(heads, c).filter((m) => labels[m] === 'mark');
    const that = marks.find((m) => forms[m].toLowerCase() === 'that');
    if (that === undefined || !marks.some((m) => m > that && /^(?:if|unless)$/i.test(forms[m]))) continue;
    const said = dependents(heads, h).find((p) => p > c && ['conj', 'parataxis'].includes(labels[p]) && !dependents(heads, p).some((d) => labels[d] === 'cc') && dependents(heads, p).some((d) => labels[d] === 'aux' && /^(?:will|would|could|might|may|can|shall)$/i.test(forms[d])));
    if (said === undefined) continue;
    [heads[said], labels[said]] = [h + 1, 'ccomp'];
    [heads[c], labels[c]] = [said + 1, 'advcl'];
    heads[that] = said + 1;
  }
}

/**
 * "Calling the measures an unfriendly act, X said …": the model reads an opening participle of a naming verb as the
 * clausal subject of the sentence's verb, which has a subject of its own after the comma, and hangs what the object
 * is called from the object as a clause of it. The participle is an adverbial clause of that verb; what it calls the
 * object (a noun or adjective right after the object's words) is its predicate.
 */
export function repairOpeningNamingParticiple(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isNamingVerb: (w: string) => boolean): void {
  const v = 0;
  if (forms.length < 5 || !['csubj', 'advcl'].includes(labels[v]) || upos[v] !== 'VERB' || !/ing$/i.test(forms[v]) || !isNamingVerb(forms[v].toLowerCase())) return;
  const h = heads[v] - 1;
  if (h < 0 || !dependents(heads, h).some((d) => labels[d] === 'nsubj' && d > v)) return;
  const comma = forms.indexOf(',');
  if (comma < 0 || comma > h) return;
  labels[v] = 'advcl';
  const object = dependents(heads, v).find((i) => labels[i] === 'obj');
  if (object === undefined) return;
  // what the object is called: a noun or adjective hung from the object as a clause of it ("the measures an unfriendly act")
  const hung = dependents(heads, object).find((p) => p > object && p < comma && ['acl', 'amod', 'appos'].includes(labels[p]) && ['NOUN', 'ADJ'].includes(upos[p]));
  if (hung !== undefined) {
    [heads[hung], labels[hung]] = [v + 1, 'xcomp'];
    return;
  }
  // or the words after the object's up to the comma, whose one head hangs outside them
  let end = object + 1;
  while (end < comma && under(heads, end, object)) end++;
  const inside = (i: number) => i >= end && i < comma;
  const tops = Array.from({ length: comma - end }, (_, k) => end + k).filter((i) => upos[i] !== 'PUNCT' && !inside(heads[i] - 1));
  if (tops.length === 1 && ['NOUN', 'ADJ'].includes(upos[tops[0]])) [heads[tops[0]], labels[tops[0]]] = [v + 1, 'xcomp'];
}

/**
 * "met with Peruvian President X and Bolivian President Y": after a coordinating word and a title the model may hang
 * the second name as an apposition of the first, or even as the copula of a day after it. A name so labelled, with
 * the "and" before it under it or under its title, is a conjunct of the name before the "and"; a word it was the
 * copula of hangs from that name's head instead.
 */
export function repairCoordinatedTitledName(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let n = 2; n < heads.length; n++) {
    if (upos[n] !== 'PROPN' || !['appos', 'cop'].includes(labels[n])) continue;
    const cc = Array.from({ length: n }, (_, i) => i).reverse().find((i) => labels[i] === 'cc' && under(heads, i, n));
    if (cc === undefined || cc < 1 || !labels.slice(cc + 1, n).every((l) => ['amod', 'nmod:desc', 'compound', 'flat', 'det'].includes(l))) continue;
    // the first conjunct: the name whose phrase ends right before the "and"
    let first = cc - 1;
    while (first >= 0 && labels[first] === 'flat') first = heads[first] - 1;
    if (first < 0 || upos[first] !== 'PROPN' || first === heads[n] - 1 && labels[n] === 'cop') continue;
    const old = heads[n] - 1;
    const wasCopula = labels[n] === 'cop';
    [heads[n], labels[n]] = [first + 1, 'conj'];
    if (wasCopula && old > n && heads[first] > 0 && under(heads, old, first)) [heads[old], labels[old]] = [heads[first], 'obl'];
  }
}

/**
 * "met with President X Y and Z": the model may hang what follows a name from the name's last word, a flat part of it;
 * the readers look under the name's head. A dependent of a flat word hangs from
 * the head of the name, when it is a conjunct or its conjunction.
 */
export function repairFlatDependents(heads: number[], labels: string[]): void {
  for (let d = 0; d < heads.length; d++) {
    const h = heads[d] - 1;
    if (h < 0 || labels[h] !== 'flat' || !['conj', 'cc'].includes(labels[d])) continue;
    heads[d] = heads[h];
  }
}
