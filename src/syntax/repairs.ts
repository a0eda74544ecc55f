// Repairs of parses the model gets wrong the same way every time, in shapes news prose uses all the
// time and its training treebank rarely shows (each function names its shape). They run after the
// parser on one sentence; heads are 1-based within the sentence, 0 = root, as the parser returns them.

/** The dependents of token x (0-based) in the tree given by heads, in order. */
export const dependents = (heads: readonly number[], x: number): number[] => heads.flatMap((h, i) => (h === x + 1 ? [i] : []));

/** Whether the clause at c is opened by "if" or "unless". */
const opensCondition = (forms: readonly string[], heads: readonly number[], labels: readonly string[], c: number): boolean =>
  dependents(heads, c).some((m) => labels[m] === 'mark' && /^(?:if|unless)$/i.test(forms[m]));

/** Whether token i (0-based) lies under token top (0-based) in the tree given by heads. */
export function under(heads: readonly number[], i: number, top: number): boolean {
  for (let c = i, steps = 0; c >= 0 && steps < heads.length; c = heads[c] - 1, steps++) if (c === top) return true;
  return false;
}

/**
 * "will never accept Taiwan independence, the spokesperson said", with "independence" hung from
 * "said" as a second complement: a noun hung as a complement from a verb after it, right after a
 * verb that has no object, is that verb's object, when every word between them belongs to the noun.
 */
export function repairStolenObjects(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let t = 0; t < heads.length; t++) {
    if (labels[t] !== 'ccomp' || !['NOUN', 'PROPN'].includes(upos[t])) continue;
    let v = t - 1;
    while (v >= 0 && under(heads, v, t)) v--;
    // the speech verb the noun was hung from comes after it ("…, the spokesperson said")
    if (v < 0 || upos[v] !== 'VERB' || heads[t] - 1 <= t) continue;
    const h = heads[t] - 1;
    if (heads.some((hd, i) => hd === v + 1 && i !== h && ['obj', 'ccomp', 'xcomp'].includes(labels[i]))) continue;
    heads[t] = v + 1;
    labels[t] = 'obj';
    // "accept" made the root with "said" as its complement: the speech verb governs the clause
    if (heads[h] === v + 1 && labels[h] === 'ccomp') {
      [heads[h], labels[h]] = [heads[v], labels[v]];
      [heads[v], labels[v]] = [h + 1, 'ccomp'];
    }
  }
}

/**
 * "pay for the gas or face sanctions" with "sanctions" hung as the first verb's object: a noun right
 * after a coordinated verb that has no object, hung as the object of the verb it is coordinated with,
 * is the second verb's object.
 */
export function repairConjunctObject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 0; v + 1 < heads.length; v++) {
    if (upos[v] !== 'VERB' || labels[v] !== 'conj' || heads.some((h, i) => h === v + 1 && ['obj', 'ccomp', 'xcomp'].includes(labels[i]))) continue;
    const first = heads[v] - 1;
    // the object's head, right after the verb but for its own determiners and modifiers
    let t = v + 1;
    while (t < heads.length && heads[t] - 1 > t && ['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN'].includes(upos[t]) && labels[t] !== 'obj') t++;
    if (t >= heads.length || labels[t] !== 'obj' || heads[t] - 1 !== first || !['NOUN', 'PROPN', 'PRON'].includes(upos[t])) continue;
    if (!upos.every((_, i) => i <= v || i >= t || heads[i] - 1 === t || heads[i] - 1 > v && heads[i] - 1 <= t)) continue;
    heads[t] = v + 1;
  }
}

/**
 * "X told Y the West fears Peru will invade Chile and warned of sanctions" with "warned" coordinated with "invade":
 * a past speech verb with no subject of its own, coordinated with a verb under a modal inside what a speech verb
 * reports, is that speech verb's second act (it shares its subject), not part of the reported clause.
 */
export function repairReportedConjunct(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  const modal = (x: number) => dependents(heads, x).some((c) => labels[c] === 'aux' && /^(?:will|would|could|might|may|can|shall)$/i.test(forms[c]));
  for (let v = 1; v < heads.length; v++) {
    if (labels[v] !== 'conj' || upos[v] !== 'VERB' || xpos[v] !== 'VBD' || !isSpeechVerb(forms[v])) continue;
    const h = heads[v] - 1;
    if (h < 0 || upos[h] !== 'VERB' || !modal(h) || dependents(heads, v).some((c) => labels[c].startsWith('nsubj'))) continue;
    // up the reported clauses to the verb that reports them
    let c = h;
    let speaker = -1;
    for (let steps = 0; steps < 5 && heads[c] > 0; steps++) {
      const up = heads[c] - 1;
      // (however the parse hangs the reported words from it: "told Peru on Tuesday the West fears …" as an aside of the day)
      if (upos[up] === 'VERB' && isSpeechVerb(forms[up])) {
        speaker = up;
        break;
      }
      c = up;
    }
    if (speaker < 0 || speaker > v) continue;
    heads[v] = speaker + 1;
  }
}

/**
 * "The Andean court based in Lima has condemned X" with "based" made the sentence's verb and "Lima has condemned"
 * a clause of its own: a participle of place (based, headquartered, located, stationed) right after a noun, with
 * an in- or at-phrase, and a finite verb after it coordinated with the participle (or its complement) that has no
 * subject but the place, is a reduced relative on the noun; the place is where, and the noun the verb's subject.
 */
export function repairPlacedSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let p = 1; p + 2 < forms.length; p++) {
    if (!/^(?:based|headquartered|located|stationed)$/i.test(forms[p]) || !/^(?:in|at)$/i.test(forms[p + 1])) continue;
    const noun = dependents(heads, p).find((i) => i < p && labels[i] === 'nsubj' && ['NOUN', 'PROPN'].includes(upos[i]));
    const verb = dependents(heads, p).find((i) => i > p && (labels[i] === 'conj' || labels[i] === 'ccomp') && upos[i] === 'VERB');
    if (noun === undefined || verb === undefined) continue;
    // (the place made the verb's subject, or left the participle's phrase with the verb given no subject at all)
    const place = dependents(heads, verb).find((i) => i > p && i < verb && labels[i] === 'nsubj' && upos[i] === 'PROPN');
    const subjectless = !dependents(heads, verb).some((i) => labels[i].startsWith('nsubj'));
    if ((place === undefined && !subjectless) || dependents(heads, verb).some((i) => labels[i] === 'cc')) continue;
    const top = heads[p];
    const rel = labels[p];
    [heads[verb], labels[verb]] = [top, rel];
    [heads[p], labels[p]] = [noun + 1, 'acl'];
    if (place !== undefined) [heads[place], labels[place]] = [p + 1, 'obl'];
    heads[noun] = verb + 1;
    // (what followed the clause, its final punctuation, goes with the verb)
    dependents(heads, p).filter((i) => i > verb).forEach((i) => { heads[i] = verb + 1; });
  }
}

/**
 * "rejected unacceptable actions that it strongly condemns" with "that" read as a conjunction and the clause
 * hung from the verb as its complement or adverbial: a that-clause right after the verb's object or phrase (a
 * thing, no one named in capitals), whose verb has a subject but no object or complement of its own, is a relative clause on the
 * object, "that" its object; not after a verb whose object is told something ("told Chile that it would act").
 */
export function repairObjectRelative(forms: readonly string[], upos: string[], heads: number[], labels: string[], isTellingVerb: (w: string) => boolean): void {
  for (let m = 1; m + 2 < forms.length; m++) {
    if (forms[m].toLowerCase() !== 'that' || !['mark', 'obj'].includes(labels[m])) continue;
    const v = heads[m] - 1;
    if (v <= m || upos[v] !== 'VERB' || !['ccomp', 'advcl'].includes(labels[v])) continue;
    const main = heads[v] - 1;
    const o = m - 1;
    // (the object, or a phrase of the verb's: "submit to actions that it condemns")
    // (or the last of coordinated ones: "behaviours and actions that it condemns")
    const top = labels[o] === 'conj' ? heads[o] - 1 : o;
    // (its verb the clause's, or one under it: "refuses to submit to actions that …" with the clause hung from "refuses")
    if (main < 0 || upos[main] !== 'VERB' || isTellingVerb(forms[main]) || !under(heads, top, main) || !['obj', 'obl'].includes(labels[top]) || upos[o] !== 'NOUN') continue;
    const kids = dependents(heads, v);
    if (!kids.some((i) => labels[i] === 'nsubj') || kids.some((i) => i !== m && ['obj', 'ccomp', 'xcomp', 'nsubj:pass', 'aux:pass', 'cop', 'iobj'].includes(labels[i]))) continue;
    [heads[v], labels[v]] = [o + 1, 'acl:relcl'];
    [upos[m], labels[m]] = ['PRON', 'obj'];
  }
}

/**
 * "warned her Chilean counterpart that Peru would retaliate": the model reads "her" as an indirect object and the
 * that-clause as a relative clause on the counterpart. After a verb that tells its object something, "her" before
 * the object's words is its possessor, and a that-clause on the object with a subject of its own is what is told.
 */
export function repairInformedClause(forms: readonly string[], upos: string[], heads: number[], labels: string[], isTellingVerb: (w: string) => boolean): void {
  for (let v = 0; v < forms.length; v++) {
    if (upos[v] !== 'VERB' || !isTellingVerb(forms[v])) continue;
    const kids = dependents(heads, v);
    const o = kids.find((i) => labels[i] === 'obj' && i > v && upos[i] === 'NOUN');
    if (o === undefined) continue;
    const p = kids.find((i) => labels[i] === 'iobj' && i > v && i < o && /^(?:her|his|its|their)$/i.test(forms[i]));
    if (p !== undefined && upos.slice(p + 1, o).every((u) => ['ADJ', 'NOUN', 'PROPN'].includes(u))) [heads[p], labels[p]] = [o + 1, 'nmod:poss'];
    const r = dependents(heads, o).find((i) => labels[i] === 'acl:relcl' && i > o);
    if (r === undefined) continue;
    // ("that" right after the object, and a subject of the clause's own after it)
    const that = o + 1;
    if (heads[that] !== r + 1 || forms[that].toLowerCase() !== 'that' || !dependents(heads, r).some((i) => i > that && labels[i].startsWith('nsubj'))) continue;
    [heads[r], labels[r]] = [v + 1, 'ccomp'];
    [upos[that], labels[that]] = ['SCONJ', 'mark'];
  }
}

/**
 * "demanded that Chile dismiss the result of the vote or face sanctions, isolation and …" with "face" coordinated
 * with "vote" (or with "dismiss") and the harms with it too: an or-else verb ("face", "risk", "suffer", "pay") after "or", with no
 * subject of its own, coordinated with a noun inside a verb's phrase, is that verb's alternative; the nouns
 * coordinated after it are its object (the first) and that object's conjuncts.
 */
export function repairOrElseConjunct(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 1; v < heads.length; v++) {
    const n = heads[v] - 1;
    if (upos[v] !== 'VERB' || labels[v] !== 'conj' || n < 0 || !['NOUN', 'PROPN', 'VERB'].includes(upos[n]) || !/^(?:face|risk|suffer|pay)$/i.test(forms[v])) continue;
    const kids = dependents(heads, v);
    if (kids.some((i) => labels[i].startsWith('nsubj') || labels[i] === 'aux') || !kids.some((i) => labels[i] === 'cc' && forms[i].toLowerCase() === 'or')) continue;
    // (hung from the verb already: only the nouns after it, coordinated with the verb, are put right)
    let verb = n;
    for (let steps = 0; verb >= 0 && upos[verb] !== 'VERB' && steps < 6; steps++) verb = heads[verb] - 1;
    if (verb < 0 || upos[verb] !== 'VERB' || verb > v) continue;
    const after = dependents(heads, n).filter((i) => i > v && labels[i] === 'conj' && ['NOUN', 'PROPN'].includes(upos[i]));
    heads[v] = verb + 1;
    // (the object the parse gave it, else the first noun after it, coordinated or hung elsewhere: "or face more tariffs")
    let next = v + 1;
    while (next < heads.length && ['DET', 'ADJ', 'ADV', 'NUM'].includes(upos[next])) next++;
    const bare = next < heads.length && ['NOUN', 'PROPN'].includes(upos[next]) && !under(heads, next, v) ? next : undefined;
    const obj = kids.find((i) => labels[i] === 'obj') ?? after.shift() ?? bare;
    if (obj === undefined) continue;
    [heads[obj], labels[obj]] = [v + 1, 'obj'];
    for (const c of after) heads[c] = obj + 1;
    // (the commas and "and" between them go with the object's conjuncts)
    for (let i = obj + 1; i < heads.length; i++) if (heads[i] === n + 1 && (labels[i] === 'punct' || labels[i] === 'cc')) heads[i] = obj + 1;
  }
}

/**
 * "Peru would have concerns and respond accordingly": the model coordinates the second verb with the first
 * verb's object. A bare verb joined by "and" to the object of a verb with a modal, with no subject of its
 * own, is that verb's conjunct (and shares its subject and modal).
 */
export function repairVerbConjoinedToObject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 1; v < heads.length; v++) {
    const n = heads[v] - 1;
    if (upos[v] !== 'VERB' || labels[v] !== 'conj' || n < 0 || labels[n] !== 'obj' || !['NOUN', 'PROPN'].includes(upos[n])) continue;
    const first = heads[n] - 1;
    const kids = dependents(heads, v);
    if (kids.some((i) => labels[i].startsWith('nsubj') || labels[i] === 'aux') || !kids.some((i) => labels[i] === 'cc' && forms[i].toLowerCase() === 'and')) continue;
    if (!heads.some((h, i) => h === first + 1 && labels[i] === 'aux' && /^(?:will|would|shall|should|could|can|may|might|must)$/i.test(forms[i]))) continue;
    heads[v] = first + 1;
  }
}

/**
 * "…, China's defence ministry warns." with "warns" read as a noun or hung inside the clause: a
 * speech verb closing the sentence after a comma and a noun phrase is the sentence's root, the
 * noun phrase its subject and the clause before the comma what it says.
 */
export function repairClosingAttribution(forms: readonly string[], upos: string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  let end = forms.length;
  while (end > 0 && /^[.!?"”’']$/.test(forms[end - 1])) end--;
  // (or before ", ramping up …": a participle clause after the attribution)
  const participle = forms.findIndex((f, i) => i > 3 && forms[i - 1] === ',' && /ing$/.test(f) && isSpeechVerb(forms[i - 2]));
  const v = participle > 0 ? participle - 2 : end - 1;
  if (v < 3 || !isSpeechVerb(forms[v]) || heads[v] === 0) return;
  let comma = v - 1;
  while (comma > 0 && forms[comma] !== ',' && v - comma <= 8 && (!['VERB', 'AUX', 'PUNCT'].includes(upos[comma]) || /^["”’']$/.test(forms[comma]))) comma--;
  if (forms[comma] !== ',' || comma === v - 1 || comma < 2) return;
  const root = heads.indexOf(0);
  if (root < 0 || root > comma) return;
  // the noun phrase's head: its one noun hung outside it ("office" of "the office of the president"),
  // else its last noun; its other words that hung from the verb hang from it
  const inside = (i: number) => i > comma && i < v;
  const np = attributionHead(upos, heads, comma, v);
  if (np < 0) return;
  for (let i = comma + 1; i < v; i++) {
    if (i === np || inside(heads[i] - 1)) continue;
    heads[i] = np + 1;
    // ("defence" of "China's defence ministry", which the model left hanging)
    if (['NOUN', 'PROPN'].includes(upos[i]) && !['nmod:poss', 'compound', 'amod'].includes(labels[i])) labels[i] = 'compound';
  }
  // what hung from the verb outside the noun phrase belongs to the clause it closed
  for (let i = 0; i < heads.length; i++) if (heads[i] === v + 1 && !inside(i)) heads[i] = root + 1;
  upos[v] = 'VERB';
  [heads[v], labels[v]] = [0, 'root'];
  [heads[root], labels[root]] = [v + 1, 'ccomp'];
  [heads[np], labels[np]] = [v + 1, 'nsubj'];
  heads[comma] = v + 1;
  labels[comma] = 'punct';
  if (participle > 0) {
    // the participle clause hangs from the attribution, as an adverbial
    for (let i = v + 1; i < forms.length; i++) if (heads[i] - 1 < v + 1 || heads[i] === 0) heads[i] = participle + 1;
    [heads[participle], labels[participle]] = [v + 1, 'advcl'];
    [heads[v + 1], labels[v + 1]] = [participle + 1, 'punct'];
  } else for (let i = v + 1; i < forms.length; i++) [heads[i], labels[i]] = [v + 1, 'punct'];
}

/**
 * The head of an attribution's noun phrase between a comma and its speech verb ("the Workers Congress" of ", the Workers
 * Congress warned"): its one noun hung outside it, else its last noun; -1 if it has none.
 */
function attributionHead(upos: readonly string[], heads: readonly number[], comma: number, v: number): number {
  const inside = (i: number) => i > comma && i < v;
  const nouns = (i: number) => ['NOUN', 'PROPN', 'PRON'].includes(upos[i]);
  const outward = [];
  for (let i = comma + 1; i < v; i++) if (nouns(i) && !inside(heads[i] - 1)) outward.push(i);
  let np = outward.length === 1 ? outward[0] : v - 1;
  while (np > comma && !nouns(np)) np--;
  return np > comma ? np : -1;
}

/**
 * "Should the other side dare to act, it will pay a price": the inverted condition opening a
 * sentence, which the model hangs "Should" from the main verb. The clause up to the last comma
 * before the main verb becomes an adverbial clause of it, with "Should" as its auxiliary.
 */
export function repairInvertedCondition(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  let should = 0;
  while (should < forms.length && /^["“‘'(]$/.test(forms[should])) should++;
  if (forms[should] !== 'Should' || labels[should] !== 'aux') return;
  const main = heads[should] - 1;
  // "Should" hung right, from the clause's own verb, and the main clause after the comma from it
  if (main < forms.length && forms.indexOf(',', should) > main) {
    const comma = forms.indexOf(',', main);
    const after = heads.findIndex((h, i) => i > comma && h === main + 1 && upos[i] === 'VERB' && ['parataxis', 'conj', 'ccomp'].includes(labels[i]));
    if (after < 0) return;
    [heads[after], labels[after]] = [heads[main], labels[main]];
    for (let i = 0; i < heads.length; i++) if (heads[i] === main + 1 && i > comma && i !== after) heads[i] = after + 1;
    [heads[main], labels[main]] = [after + 1, 'advcl'];
    [heads[comma], labels[comma]] = [after + 1, 'punct'];
    return;
  }
  let comma = main - 1;
  while (comma > should && forms[comma] !== ',') comma--;
  if (comma <= should + 2) return;
  const inClause = (i: number) => i > should && i < comma;
  // the clause's verb: the first verb, or a word the tagger took for a noun that takes a to-infinitive ("dare to")
  let verb = should + 2;
  while (verb < comma && upos[verb] !== 'VERB' && !(forms[verb + 1] === 'to' && upos[verb + 2] === 'VERB')) verb++;
  if (verb >= comma) return;
  upos[verb] = 'VERB';
  let subject = verb - 1;
  while (subject > should && !['NOUN', 'PROPN', 'PRON'].includes(upos[subject])) subject--;
  for (let i = should + 1; i < comma; i++) {
    if (i === verb || i === subject) continue;
    // words that hung outside the clause, or from "Should", belong to its verb (or, before it, to its subject)
    if (!inClause(heads[i] - 1) || heads[i] - 1 === should) heads[i] = (i < verb && subject > should ? subject : verb) + 1;
  }
  if (subject > should) [heads[subject], labels[subject]] = [verb + 1, 'nsubj'];
  [heads[verb], labels[verb]] = [main + 1, 'advcl'];
  [heads[should], labels[should]] = [verb + 1, 'aux'];
  [heads[comma], labels[comma]] = [main + 1, 'punct'];
}

/**
 * "The ministry said Ana Ruiz, a retired general, was targeted for …": after the appositions the
 * model takes the clause's subject for the object of "said" and coordinates the clause's verb with
 * "said". A verb joined to a speech verb, with its own auxiliary but no subject, gets the speech
 * verb's object as its subject and becomes what was said.
 */
export function repairReportedSubject(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let v = 0; v < heads.length; v++) {
    if (labels[v] !== 'conj') continue;
    const h = heads[v] - 1;
    if (h < 0 || !isSpeechVerb(forms[h])) continue;
    const kids = dependents(heads, v);
    const auxiliary = kids.find((i) => labels[i] === 'aux' || labels[i] === 'aux:pass' || labels[i] === 'cop');
    if (auxiliary === undefined || kids.some((i) => labels[i].startsWith('nsubj') || labels[i] === 'cc')) continue;
    const object = heads.findIndex((hd, i) => hd === h + 1 && labels[i] === 'obj' && i < v);
    if (object < 0) continue;
    heads[object] = v + 1;
    labels[object] = labels[auxiliary] === 'aux:pass' ? 'nsubj:pass' : 'nsubj';
    labels[v] = 'ccomp';
  }
}

/**
 * "said the remarks made on Friday by Chile's president go against the law": the model reads the participle
 * of a reduced relative as the reported verb and hangs the real verb, subjectless, beside it. A past form with a
 * noun subject and no object, followed under the same speech verb by a verb with no subject, is a modifier of
 * that noun; the noun is the later verb's subject, and what stands between the two belongs to the modifier.
 */
export function repairReducedRelative(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let a = 2; a < heads.length; a++) {
    const s = heads[a] - 1;
    if (labels[a] !== 'ccomp' || upos[a] !== 'VERB' || !/^VB[DN]$/.test(xpos[a]) || s < 0 || !isSpeechVerb(forms[s].toLowerCase())) continue;
    const kidsOf = (x: number) => dependents(heads, x);
    const n = kidsOf(a).find((i) => labels[i] === 'nsubj' && i < a && upos[i] === 'NOUN');
    if (n === undefined || kidsOf(a).some((i) => ['obj', 'aux', 'aux:pass', 'ccomp'].includes(labels[i]))) continue;
    // (the later verb hangs beside the participle, or under it as a bare infinitive "made … go" cannot be without an object)
    const b = heads.findIndex((hd, i) => i > a && upos[i] === 'VERB' && /^VB[PZD]?$/.test(xpos[i]) && ((hd === s + 1 && labels[i] === 'ccomp') || (hd === a + 1 && labels[i] === 'xcomp')));
    if (b < 0 || kidsOf(b).some((i) => labels[i].startsWith('nsubj') || labels[i] === 'mark' || labels[i] === 'cc')) continue;
    if (heads[b] === a + 1) [heads[b], labels[b]] = [s + 1, 'ccomp'];
    for (const k of kidsOf(b)) if (k > a && k < b && labels[k] !== 'punct') heads[k] = a + 1;
    [heads[a], labels[a]] = [n + 1, 'acl'];
    heads[n] = b + 1;
  }
}

/**
 * "said the tariffs violated trade law": the model takes the clause's subject for the speech verb's
 * object and the clause's verb for a reduced relative on it. A past form hung as an acl from that
 * object, with an object of its own and no auxiliary, is the verb of what was said, the noun its subject.
 */
export function repairSaidObjectClause(forms: readonly string[], upos: string[], xpos: string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let a = 2; a < heads.length; a++) {
    if (labels[a] !== 'acl' || upos[a] !== 'VERB' || !/^VB[DN]$/.test(xpos[a]) || !/ed$/i.test(forms[a])) continue;
    const n = heads[a] - 1;
    const v = heads[n] - 1;
    if (n < 0 || v < 0 || n > a || labels[n] !== 'obj' || !['NOUN', 'PROPN'].includes(upos[n]) || !isSpeechVerb(forms[v].toLowerCase())) continue;
    const kids = dependents(heads, a);
    // (an object of its own, right after it; "the tariffs imposed on Chile" has none and stays a relative)
    if (!kids.some((i) => labels[i] === 'obj' && i > a) || kids.some((i) => ['aux', 'aux:pass', 'mark'].includes(labels[i]))) continue;
    [heads[a], labels[a]] = [v + 1, 'ccomp'];
    [heads[n], labels[n]] = [a + 1, 'nsubj'];
    xpos[a] = 'VBD';
  }
}

/**
 * "said any use of force, whether internal or external, undermines the talks": after an aside the model
 * hangs the verb from the subject noun as a conjunct or a parataxis, with no "and" or "or" between them.
 * A verb hung so from a noun a verb reports, with no coordinator and no subject of its own, is that
 * noun's predicate: it takes the noun's place and the noun becomes its subject.
 */
export function repairVerbConjoinedToSubject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 1; v < heads.length; v++) {
    const n = heads[v] - 1;
    if (!['conj', 'parataxis'].includes(labels[v]) || upos[v] !== 'VERB' || n < 0 || n > v || upos[n] !== 'NOUN' || labels[n] !== 'ccomp') continue;
    const kids = dependents(heads, v);
    if (kids.some((i) => ['cc', 'nsubj', 'nsubj:pass', 'aux', 'mark'].includes(labels[i]))) continue;
    [heads[v], labels[v]] = [heads[n], labels[n]];
    for (let i = v + 1; i < heads.length; i++) if (heads[i] === n + 1) heads[i] = v + 1;
    [heads[n], labels[n]] = [v + 1, 'nsubj'];
  }
}

/**
 * "Peru's Ana Ruiz and Chile's Luis Vera met": the model joins "Chile" to the first name and leaves
 * "Luis Vera" on its own. A conjunct with a possessive 's, right before a name of its own, is that
 * name's possessor, and the name is the conjunct.
 */
export function repairPossessiveConjunct(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let c = 0; c + 2 < forms.length; c++) {
    if (labels[c] !== 'conj' || upos[c] !== 'PROPN' || !/^['’]s$/.test(forms[c + 1]) || upos[c + 2] !== 'PROPN') continue;
    let name = c + 2;
    // the name's head word: where its flat run ends up ("Luis" of "Luis Vera")
    while (labels[name] === 'flat' && heads[name] - 1 !== name) name = heads[name] - 1;
    if (heads[name] - 1 === c || name < c + 2) continue;
    [heads[name], labels[name]] = [heads[c], 'conj'];
    for (let i = 0; i < heads.length; i++) if (heads[i] === c + 1 && labels[i] === 'cc') heads[i] = name + 1;
    [heads[c], labels[c]] = [name + 1, 'nmod:poss'];
  }
}

/**
 * "warned that Peru should end its support", "stressed with firmness that the plan remained
 * unacceptable": after a noun the model reads "that" as a relative pronoun object of the clause,
 * although the clause has its own subject and its own object or predicate (or as its subject, when the
 * clause has a subject after it). Such a "that" opens a
 * content clause: it is the clause's marker, and the clause is the noun's complement.
 */
export function repairContentThat(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  for (let t = 0; t < forms.length; t++) {
    if (forms[t].toLowerCase() !== 'that' || (labels[t] !== 'obj' && labels[t] !== 'nsubj')) continue;
    const v = heads[t] - 1;
    if (v < 0 || labels[v] !== 'acl:relcl' || v < t) continue;
    const kids = heads.flatMap((hd, i) => (hd === v + 1 && i !== t ? [i] : []));
    // (read as the subject: "a statement that, if …, sanctions would follow", where the clause has a subject after it)
    if (!kids.some((i) => labels[i] === 'nsubj' && i > t) || (labels[t] === 'obj' && !kids.some((i) => ['obj', 'xcomp', 'ccomp'].includes(labels[i])))) continue;
    [upos[t], labels[t]] = ['SCONJ', 'mark'];
    labels[v] = 'acl';
  }
}

/**
 * "told a press briefing that Beijing opposes …", "told reporters that …": after the one a speech verb
 * addresses, the model hangs the that-clause from that noun as a relative clause although "that" is its
 * marker; the clause is what the verb says.
 */
export function repairToldThat(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let t = 0; t < forms.length; t++) {
    if (forms[t].toLowerCase() !== 'that' || labels[t] !== 'mark') continue;
    const v = heads[t] - 1;
    if (v < 0 || !['acl:relcl', 'acl'].includes(labels[v])) continue;
    const n = heads[v] - 1;
    const h = n >= 0 ? heads[n] - 1 : -1;
    if (h < 0 || !['iobj', 'obj'].includes(labels[n]) || !isSpeechVerb(forms[h].toLowerCase())) continue;
    [heads[v], labels[v]] = [h + 1, 'ccomp'];
  }
}

/**
 * "said Friday that Moscow would retaliate", "warned on Monday that …": after a day the model reads
 * "that" as a relative pronoun and the clause as the day's relative clause, although the clause has
 * its own subject. Such a "that" opens what the verb above the day says: the clause is that verb's
 * complement, "that" its marker, and a bare day the verb's time.
 */
export function repairDatedThat(forms: readonly string[], upos: string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  for (let t = 1; t < forms.length; t++) {
    if (forms[t].toLowerCase() !== 'that') continue;
    const v = heads[t] - 1;
    if (v <= t || labels[v] !== 'acl:relcl') continue;
    // the day right before "that", or the number of a date ("on May 3 that"); the clause hangs
    // from it or from a noun it was hung from ("told reporters on Monday that")
    const n = upos[t - 1] === 'NUM' && t > 1 && isDay(forms[t - 2]) ? t - 2 : t - 1;
    if (!isDay(forms[n]) || !under(heads, t - 1, heads[v] - 1)) continue;
    if (!heads.some((hd, i) => hd === v + 1 && i !== t && labels[i].startsWith('nsubj'))) continue;
    // the verb the day belongs to
    let g = heads[n] - 1;
    for (let steps = 0; g >= 0 && upos[g] !== 'VERB' && steps < 2; steps++) g = heads[g] - 1;
    if (g < 0 || upos[g] !== 'VERB') continue;
    [upos[t], heads[t], labels[t]] = ['SCONJ', v + 1, 'mark'];
    [heads[v], labels[v]] = [g + 1, 'ccomp'];
    if (heads[n] - 1 !== g) [heads[n], labels[n]] = [g + 1, labels[n].startsWith('nmod') ? 'obl' : labels[n]];
    if (['nsubj', 'obj'].includes(labels[n]) && !heads.some((hd, i) => hd === n + 1 && labels[i] === 'case')) labels[n] = 'obl:tmod';
  }
}

/**
 * "said Monday it is imposing sanctions" with the day made the verb's subject and the clause its relative
 * clause: a day right after a verb, with a clause hung from it that has its own subject, is the verb's time,
 * and the clause its complement.
 */
export function repairDatedClause(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  for (let d = 1; d < forms.length; d++) {
    const g = heads[d] - 1;
    if (!isDay(forms[d]) || g !== d - 1 || upos[g] !== 'VERB' || !['nsubj', 'obj'].includes(labels[d])) continue;
    const v = heads.findIndex((h, i) => h === d + 1 && i > d && ['acl:relcl', 'acl'].includes(labels[i]) && upos[i] === 'VERB');
    if (v < 0 || !heads.some((h, i) => h === v + 1 && i > d && i < v && labels[i].startsWith('nsubj'))) continue;
    [heads[v], labels[v]] = [g + 1, 'ccomp'];
    labels[d] = 'obl:tmod';
  }
}

/**
 * "had previously rejected calls for …" with "had" as the verb and "rejected" as an adjective on its
 * object: a form of "have" right before a participle that modifies its object (adverbs between) is
 * the participle's auxiliary, and the participle is the verb.
 */
export function repairPerfectParticiple(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  for (let h = 0; h + 1 < forms.length; h++) {
    if (!/^(?:had|has|have)$/i.test(forms[h]) || upos[h] !== 'VERB') continue;
    let p = h + 1;
    while (p < forms.length && upos[p] === 'ADV') p++;
    const object = heads[p] - 1;
    if (upos[p] !== 'VERB' || labels[p] !== 'amod' || !/(?:ed|en|wn|ne)$/.test(forms[p]) || heads[object] !== h + 1 || labels[object] !== 'obj') continue;
    [heads[p], labels[p]] = [heads[h], labels[h]];
    for (let i = 0; i < heads.length; i++) if (heads[i] === h + 1 && i !== p) heads[i] = p + 1;
    [heads[h], labels[h], upos[h]] = [p + 1, 'aux', 'AUX'];
    heads[object] = p + 1;
  }
}

/**
 * "called the ruling a victory" with "ruling" read as a verb and "a victory" as its object: an -ing
 * form with a determiner is a noun, the object of the verb above it, and what it took for its
 * object is that verb's second complement.
 */
export function repairDeterminedGerund(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  for (let g = 1; g < forms.length; g++) {
    if (upos[g] !== 'VERB' || !/ing$/.test(forms[g]) || labels[g] !== 'xcomp' || !/^(?:the|a|an|this|that)$/i.test(forms[g - 1]) || heads[g - 1] !== g + 1) continue;
    const object = heads.findIndex((hd, i) => hd === g + 1 && labels[i] === 'obj');
    if (object < 0) continue;
    [upos[g], labels[g]] = ['NOUN', 'obj'];
    [heads[object], labels[object]] = [heads[g], 'xcomp'];
  }
}

/**
 * "vowed never to recognise the annexation": a negation right before "to" and its verb negates that verb,
 * not the verb before it (the model hangs it from the vowing).
 */
export function repairNegatedInfinitive(forms: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 1; i + 2 < forms.length; i++) {
    if (!/^(?:not|never)$/i.test(forms[i]) || labels[i] !== 'advmod' || forms[i + 1].toLowerCase() !== 'to' || labels[i + 1] !== 'mark') continue;
    const v = heads[i + 1] - 1;
    if (v > i + 1 && heads[i] !== v + 1 && heads[v] === heads[i]) heads[i] = v + 1;
  }
}

/**
 * 'warned Chile it would "bear all the consequences"': a quotation mark between the auxiliary and its
 * verb makes the model hang the pronoun from the name before it as part of that name. A pronoun is
 * never part of a name: right before the auxiliary of a subjectless verb, it is that verb's subject,
 * and the clause (with no mark of its own) the complement of the verb it hangs from.
 */
export function repairPronounInName(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 1; i + 1 < heads.length; i++) {
    if (upos[i] !== 'PRON' || labels[i] !== 'flat' || labels[i + 1] !== 'aux') continue;
    const v = heads[i + 1] - 1;
    if (v <= i || upos[v] !== 'VERB' || heads.some((h, j) => h === v + 1 && (labels[j].startsWith('nsubj') || labels[j] === 'mark'))) continue;
    [heads[i], labels[i]] = [v + 1, 'nsubj'];
    if (labels[v] === 'advcl') labels[v] = 'ccomp';
  }
}

/**
 * "condemned in the strongest terms the attack on …": the model hangs the object after a fronted
 * adjunct from the adjunct's noun. A noun takes no object: an object after an oblique noun is the
 * object of the verb the noun hangs from, when that verb has none.
 */
export function repairObjectAfterAdjunct(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 1; i < heads.length; i++) {
    const n = heads[i] - 1;
    // (or read as a bare noun modifier of it: "rejected in the strongest terms the decision")
    const object = labels[i] === 'obj' || (labels[i] === 'nmod:unmarked' && upos[i] === 'NOUN' && heads.some((h, j) => h === i + 1 && labels[j] === 'det'));
    if (!object || n < 0 || n > i || upos[n] !== 'NOUN' || labels[n] !== 'obl') continue;
    const v = heads[n] - 1;
    if (v < 0 || upos[v] !== 'VERB' || heads.some((h, j) => h === v + 1 && labels[j] === 'obj')) continue;
    [heads[i], labels[i]] = [v + 1, 'obj'];
  }
}

/**
 * 'it "regrets" the decision' with the quoted verb read as a noun: a noun that takes an object is a
 * verb, and a pronoun right before it, hung from the verb above as its object, is its subject.
 */
export function repairNounWithObject(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  // ("Peru backs the deal, its minister said" with "backs" read as a noun: a noun with a subject and an object is a verb)
  for (let n = 0; n < forms.length; n++) {
    if (upos[n] === 'NOUN' && /s$/.test(forms[n]) && heads.some((hd, i) => hd === n + 1 && labels[i] === 'nsubj' && i < n) && heads.some((hd, i) => hd === n + 1 && labels[i] === 'obj' && i > n)) upos[n] = 'VERB';
  }
  for (let n = 1; n < forms.length; n++) {
    if (upos[n] !== 'NOUN' || !/s$/.test(forms[n]) || !heads.some((hd, i) => hd === n + 1 && labels[i] === 'obj' && i > n)) continue;
    let p = n - 1;
    while (p > 0 && /^["“”']$/.test(forms[p])) p--;
    if (upos[p] !== 'PRON' || labels[p] !== 'obj' || heads[p] !== heads[n]) continue;
    upos[n] = 'VERB';
    [heads[p], labels[p]] = [n + 1, 'nsubj'];
  }
}

/**
 * "fired back, calling the arrest an outrage" with "calling" hung from the comma: punctuation heads
 * nothing, so whatever the model hung from a punctuation mark hangs from the mark's own head.
 */
export function repairPunctuationHeads(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 0; i < heads.length; i++) {
    let h = heads[i] - 1;
    for (let steps = 0; h >= 0 && upos[h] === 'PUNCT' && steps < heads.length; steps++) h = heads[h] - 1;
    if (h === heads[i] - 1) continue;
    // (a punctuation mark on the root hands its dependents to the root)
    heads[i] = h < 0 ? heads.indexOf(0) + 1 : h + 1;
  }
}

/**
 * "The group, including A, B and C, condemned the coup" with the noun made the root and the verb
 * its conjunct: a noun root whose first verb conjunct has no subject of its own and no "and"
 * before it is that verb's subject, and the verb is the root.
 */
export function repairNounRootSubject(upos: readonly string[], heads: number[], labels: string[]): void {
  const r = nounRoot(upos, heads, labels);
  if (r < 0) return;
  const v = heads.findIndex((hd, i) => hd === r + 1 && labels[i] === 'conj' && upos[i] === 'VERB');
  if (v < 0 || heads.some((hd, i) => hd === v + 1 && (labels[i].startsWith('nsubj') || labels[i] === 'cc' || labels[i] === 'mark' || labels[i] === 'aux'))) return;
  promoteToRoot(heads, labels, r, v);
}

/** Makes the verb at v the root with the noun root r as its subject; the sentence's closing mark goes with its new root. */
function promoteToRoot(heads: number[], labels: string[], r: number, v: number): void {
  [heads[v], labels[v]] = [0, 'root'];
  [heads[r], labels[r]] = [v + 1, 'nsubj'];
  for (let i = v + 1; i < heads.length; i++) if (heads[i] === r + 1 && labels[i] === 'punct') heads[i] = v + 1;
}

/** The sentence's root when it is a noun with no copula (a verbless reading of a sentence that has a verb), else -1. */
function nounRoot(upos: readonly string[], heads: readonly number[], labels: readonly string[]): number {
  const r = labels.indexOf('root');
  return r >= 0 && ['NOUN', 'PROPN'].includes(upos[r]) && !heads.some((hd, i) => hd === r + 1 && labels[i] === 'cop') ? r : -1;
}

/**
 * "The bloc's members expressed deep concern about …" with a noun made the root and "expressed" an
 * adjective on "concern": a verb form right after a noun, modifying the next noun, in a sentence
 * whose root is one of the two nouns, is the predicate: the first noun its subject, the second its object.
 */
export function repairNounRootParticiple(upos: readonly string[], heads: number[], labels: string[]): void {
  const root = nounRoot(upos, heads, labels);
  if (root < 0) return;
  for (let v = 1; v < upos.length; v++) {
    // ("The United States and other countries imposed sanctions": the subject is the first of the coordinated nouns)
    let r = v - 1;
    const o = heads[v] - 1;
    if (upos[v] !== 'VERB' || labels[v] !== 'amod' || o <= v || !['NOUN', 'PROPN'].includes(upos[r])) continue;
    while (labels[r] === 'conj' && heads[r] - 1 < r) r = heads[r] - 1;
    // "members" the root with "concern" its object, or "concern" the root with "members" its subject
    // ("The European Union imposed travel bans on …" with "bans" an nmod of the root name)
    // ("Peru and other countries raised concerns" with "concerns" one more conjunct of the root)
    const shape = (r === root && heads[o] === r + 1 && (labels[o] === 'obj' || labels[o] === 'nmod' || (labels[o] === 'conj' && r < v - 1))) || (o === root && heads[r] === o + 1 && labels[r] === 'nsubj');
    if (!shape) continue;
    // the closing mark, and what followed the object on the subject root ("… concern, Peru said"), go with the verb
    for (let i = 0; i < heads.length; i++) if (i !== o && i !== r && heads[i] === root + 1 && (labels[i] === 'punct' || (root === r && i > o))) heads[i] = v + 1;
    [heads[v], labels[v]] = [0, 'root'];
    [heads[r], labels[r]] = [v + 1, 'nsubj'];
    [heads[o], labels[o]] = [v + 1, 'obj'];
    return;
  }
}

/**
 * "Chile's Ministry of Foreign Affairs summoned Peru's ambassador" with the name made the root and
 * "summoned" a reduced relative on "Affairs": a past form with an object of its own, hung inside the
 * subject of a sentence that has no verb as its root, no by-phrase and no comma before it, is the
 * predicate, the root its subject.
 */
export function repairNounRootRelative(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const root = nounRoot(upos, heads, labels);
  if (root < 0) return;
  const v = upos.findIndex((u, i) => i > root && u === 'VERB' && labels[i] === 'acl' && /ed$/.test(forms[i]));
  if (v < 0 || !under(heads, v, root) || forms.slice(root, v).some((f) => f === ',' || f === '(')) return;
  const kids = (k: number) => dependents(heads, k);
  // ("The two countries agreed to reopen the border": right after the noun, a to-infinitive does as an object)
  const toInfinitive = v === root + 1 && kids(v).some((c) => labels[c] === 'xcomp' && kids(c).some((m) => forms[m].toLowerCase() === 'to' && labels[m] === 'mark'));
  if (!(kids(v).some((c) => labels[c] === 'obj') || toInfinitive) || kids(v).some((c) => kids(c).some((m) => forms[m].toLowerCase() === 'by'))) return;
  // what hung from the root after the verb (the closing mark, a time) goes with the verb
  for (let i = v + 1; i < heads.length; i++) if (heads[i] === root + 1) heads[i] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
  [heads[root], labels[root]] = [v + 1, 'nsubj'];
}

/**
 * "Beijing on Tuesday voiced concern" with the day made the subject and "on" its verb's marker: the
 * name before "on" is the subject (wherever the parse hung it), the day the verb's time.
 */
export function repairDayAsSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  for (let d = 2; d + 1 < forms.length; d++) {
    const v = heads[d] - 1;
    if (!isDay(forms[d]) || labels[d] !== 'nsubj' || v <= d || upos[v] !== 'VERB' || forms[d - 1].toLowerCase() !== 'on') continue;
    const name = d - 2;
    if (!['PROPN', 'NOUN'].includes(upos[name]) || heads.some((h, i) => h === v + 1 && i !== d && labels[i].startsWith('nsubj'))) continue;
    [heads[name], labels[name]] = [v + 1, 'nsubj'];
    [heads[d - 1], labels[d - 1]] = [d + 1, 'case'];
    [heads[d], labels[d]] = [v + 1, 'obl'];
  }
}

// prepositions that never open a clause with a subject ("of", unlike "after" or "if")
const NEVER_SUBORDINATORS = new Set(['of', 'against', 'on', 'over', 'about', 'with', 'from', 'at', 'into', 'toward', 'towards', 'upon']);

/**
 * "The killing of Ana Ruiz was a crime, he said" read as "of" opening a clause whose subject is Ana Ruiz:
 * the name is the preposition's object, inside the noun before it, and that noun is the subject of the
 * copular predicate, which takes the noun's place in the sentence.
 */
export function repairPrepositionalSubject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let a = 1; a + 1 < forms.length; a++) {
    if (labels[a] !== 'mark' || upos[a] !== 'ADP' || !NEVER_SUBORDINATORS.has(forms[a].toLowerCase())) continue;
    const h = heads[a] - 1;
    const p = a - 1;
    if (h <= a) continue;
    const kids = dependents(heads, h);
    const n = kids.find((i) => labels[i].startsWith('nsubj') && i > a && i < h) ?? -1;
    if (n < 0 || !kids.some((i) => labels[i] === 'cop' && i > n && i < h) || !['NOUN', 'PROPN'].includes(upos[p]) || !['NOUN', 'PROPN', 'PRON'].includes(upos[n])) continue;
    // the predicate goes where the noun was (a reported clause where the noun was a subject), or stays where it was when it hung from the noun
    const [ph, pl] = [heads[p], labels[p]];
    if (ph !== h + 1) [heads[h], labels[h]] = ph === 0 ? [0, 'root'] : [ph, pl === 'nsubj' || pl === 'nsubj:pass' ? 'ccomp' : pl];
    else if (labels[h] === 'acl' || labels[h] === 'acl:relcl') continue;
    [heads[p], labels[p]] = [h + 1, 'nsubj'];
    [heads[n], labels[n]] = [p + 1, 'nmod'];
    [heads[a], labels[a]] = [n + 1, 'case'];
  }
}

// words that are a preposition or a conjunction ("since Monday", "since its government signed")
const SUBORDINATORS = new Set(['since', 'after', 'before', 'until']);

/**
 * "since its government signed a pact" with "since" read as a preposition on "government" and
 * "signed" hung elsewhere: a past verb right after the noun phrase, with no subject of its own, is
 * the clause "since" opens, the noun its subject.
 */
export function repairSubordinateClause(forms: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    if (!SUBORDINATORS.has(forms[i].toLowerCase()) || labels[i] !== 'case') continue;
    const n = heads[i] - 1;
    if (n <= i || !['obl', 'nmod'].includes(labels[n])) continue;
    let end = n;
    for (let j = i + 1; j < forms.length; j++) if (heads[j] - 1 === n || j === n) end = Math.max(end, j);
    const v = end + 1;
    // (a past verb, or a headline's present: "vows retaliation after Chile imposes tariffs")
    if (v >= forms.length || !(xpos[v] === 'VBD' || (xpos[v] === 'VBZ' && !/^(?:is|has|does)$/i.test(forms[v])))) continue;
    // ("summoned on Saturday the ambassador hours after X executed …" with the ambassador made the subject of a
    // verb coordinated with the first: it is the first verb's object)
    const taken = heads.findIndex((h, j) => h === v + 1 && labels[j].startsWith('nsubj'));
    const main = heads[v] - 1;
    // (the verb cannot take the place of a word that hangs under it, "… to visit X since its government signed …"
    // with "visit" under "signed", unless it hangs under the subject that moves away)
    const from = heads[n] - 1;
    if (from >= 0 && under(heads, from, v) && !(taken >= 0 && under(heads, from, taken))) continue;
    if (taken >= 0) {
      if (taken > i || !['conj', 'ccomp'].includes(labels[v]) || main < 0 || heads.some((h, j) => h === main + 1 && labels[j] === 'obj')) continue;
      [heads[taken], labels[taken]] = [main + 1, 'obj'];
    }
    [heads[v], labels[v]] = [heads[n], 'advcl'];
    [heads[n], labels[n]] = [v + 1, 'nsubj'];
    [heads[i], labels[i]] = [v + 1, 'mark'];
  }
}

// words that open a sentence with an adjunct of time or cause ("Following the reports, …")
const OPENERS = new Set(['following', 'after', 'amid', 'despite', 'during', 'before']);

/**
 * "Following the reports from Lima, Peru's ministry summoned …" with the opening phrase made the
 * subject and the real subject a conjunct inside it: the phrase after the comma, up to the verb, is
 * the subject; the opening phrase an adjunct of the verb.
 */
export function repairOpeningAdjunct(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const root = labels.indexOf('root');
  const comma = forms.indexOf(',');
  if (root < 0 || comma < 2 || comma > root || !OPENERS.has(forms[0].toLowerCase())) return;
  const subject = heads.findIndex((h, i) => h === root + 1 && labels[i] === 'nsubj');
  if (subject < 0 || subject > comma) return;
  // the head of the words between the comma and the verb, hung inside the opening phrase
  const between = (i: number) => i > comma && i < root;
  const head = upos.findIndex((u, j) => between(j) && ['NOUN', 'PROPN'].includes(u) && heads[j] - 1 < comma && heads[j] > 0);
  if (head < 0 || !upos.every((_, j) => !between(j) || j === head || forms[j] === ',' || between(heads[j] - 1))) return;
  [heads[head], labels[head]] = [root + 1, 'nsubj'];
  [heads[subject], labels[subject]] = [root + 1, 'obl'];
  [heads[0], labels[0]] = [subject + 1, 'case'];
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'"]);

// Verbs that give their object a predicate ("termed the measures unjust"), by their written forms.
const PREDICATING = /^(?:call|term|deem|consider|label|brand|declar|found$|find|describ|regard)/i;

/**
 * "described the claims as “completely unfounded” and warned that …": the model reads "as" as the mark
 * of the next verb, and the predicate as that verb's complement. After a verb that gives its object a
 * predicate, "as" and the words up to "and" are that predicate; the verb after "and" is coordinated.
 */
export function repairAsPredicateBeforeVerb(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let a = 1; a < forms.length; a++) {
    if (forms[a].toLowerCase() !== 'as' || labels[a] !== 'mark') continue;
    const v2 = heads[a] - 1;
    // (the predicate hung from the verb, or from "as" itself as part of a fixed expression)
    const p = heads.findIndex((h, i) => (h === v2 + 1 || h === a + 1) && i > a && i < v2 && ['ADJ', 'NOUN'].includes(upos[i]) && ['ccomp', 'xcomp', 'obj', 'fixed'].includes(labels[i]));
    const cc = heads.findIndex((h, i) => h === v2 + 1 && i > p && i < v2 && labels[i] === 'cc');
    const v1 = heads[v2] - 1;
    if (p < 0 || cc < 0 || v1 < 0 || v1 > a || upos[v2] !== 'VERB' || !PREDICATING.test(forms[v1])) continue;
    [heads[a], labels[a]] = [p + 1, 'case'];
    [heads[p], labels[p]] = [v1 + 1, 'obl'];
    [heads[v2], labels[v2]] = [v1 + 1, 'conj'];
  }
}

/**
 * "termed India's measures unilateral and unjust" with the adjectives read as modifiers of
 * "measures": an adjective after its noun, the object of a verb that gives its object a predicate,
 * is that predicate (English puts such modifiers before the noun).
 */
export function repairPostnominalPredicate(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let a = 1; a < forms.length; a++) {
    const o = heads[a] - 1;
    if (upos[a] !== 'ADJ' || labels[a] !== 'amod' || o < 0 || o >= a || labels[o] !== 'obj') continue;
    const v = heads[o] - 1;
    if (v < 0 || upos[v] !== 'VERB' || !PREDICATING.test(forms[v])) continue;
    // only right after the noun's own words ("the measures unjust", not "the measures of a state unjust")
    if (forms.slice(o + 1, a).some((w) => !QUOTE_MARKS.has(w))) continue;
    [heads[a], labels[a]] = [v + 1, 'xcomp'];
  }
}

/**
 * "met Chilean Foreign Minister Tomas Berg in Lima" with "Chilean" read as the verb's predicate and
 * the name as its oblique (or as a verb with the name its object): a people's adjective right after a
 * verb that has no object, over a name with no preposition, is the name's modifier, and the name the
 * verb's object (its place and time the verb's).
 */
export function repairAdjectiveOverObject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let a = 1; a < upos.length; a++) {
    const v = a - 1;
    // (or read as a verb of its own, the name its object and the adjective hung anywhere: "meet Japanese Prime Minister X …")
    const taking = heads.findIndex((hd, i) => hd === a + 1 && i > a && upos[i] === 'PROPN' && labels[i] === 'obj');
    if (upos[a] !== 'ADJ' || upos[v] !== 'VERB' || ((labels[a] !== 'xcomp' || heads[a] !== v + 1) && taking < 0)) continue;
    if (heads.some((hd, i) => hd === v + 1 && labels[i] === 'obj')) continue;
    const name = taking >= 0 ? taking : heads.findIndex((hd, i) => hd === a + 1 && i > a && upos[i] === 'PROPN' && (labels[i] === 'obl' || labels[i] === 'nmod') && !heads.some((h2, j) => h2 === i + 1 && labels[j] === 'case' && j < i));
    if (name < 0) continue;
    [heads[name], labels[name]] = [v + 1, 'obj'];
    [heads[a], labels[a]] = [name + 1, 'amod'];
    // "in Lima", "on Monday" hung from the name: the verb's
    for (let i = name + 1; i < heads.length; i++) if (heads[i] === name + 1 && labels[i] === 'nmod' && heads.some((h2, j) => h2 === i + 1 && labels[j] === 'case')) [heads[i], labels[i]] = [v + 1, 'obl'];
  }
}

/**
 * "expressed hope that …" with "hope" tagged a verb: a bare verb form hung as a verb's object, with
 * no subject, auxiliary, marker or object of its own, is a noun (objects are nominals).
 */
export function repairVerbalObject(forms: readonly string[], upos: string[], heads: readonly number[], labels: readonly string[]): void {
  for (let i = 0; i < forms.length; i++) {
    if (upos[i] !== 'VERB' || labels[i] !== 'obj' || upos[heads[i] - 1] !== 'VERB' || /(?:ing|ed)$/i.test(forms[i])) continue;
    if (heads.some((hd, j) => hd === i + 1 && /^(?:nsubj|aux|mark|obj|iobj|xcomp|compound:prt)/.test(labels[j]))) continue;
    upos[i] = 'NOUN';
  }
}

/**
 * "expressed deep regret over the delay" with "regret" tagged a verb, its adjective an adverb of it and the
 * whole a clause of "expressed": an adjective right before a bare verb form with no subject, auxiliary,
 * marker or object of its own describes a noun, the object of the verb above; its phrases are the noun's.
 */
export function repairAdjectivalVerb(forms: readonly string[], upos: string[], heads: number[], labels: string[]): void {
  for (let i = 1; i < forms.length; i++) {
    if (upos[i] !== 'VERB' || !['ccomp', 'xcomp'].includes(labels[i]) || upos[heads[i] - 1] !== 'VERB' || heads[i] - 1 > i || /(?:ing|ed)$/i.test(forms[i])) continue;
    if (upos[i - 1] !== 'ADJ' || heads[i - 1] !== i + 1 || !['advmod', 'amod'].includes(labels[i - 1])) continue;
    if (heads.some((hd, j) => hd === i + 1 && /^(?:nsubj|aux|mark|obj|iobj|xcomp|ccomp|compound:prt)/.test(labels[j]))) continue;
    [upos[i], labels[i], labels[i - 1]] = ['NOUN', 'obj', 'amod'];
    heads.forEach((hd, j) => { if (hd === i + 1 && labels[j] === 'obl') labels[j] = 'nmod'; });
  }
}

/**
 * "President Ana Ruiz, who fired two generals, swore in new leaders" with the name made the root,
 * the relative clause a verb of its own and the predicate that verb's conjunct: a noun root's verb
 * whose subject is "who"/"which" is a relative clause on the noun, and a conjunct (or aside) of that
 * verb with no subject of its own is the sentence's predicate, the noun its subject.
 */
export function repairRelativeClauseRoot(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const r = nounRoot(upos, heads, labels);
  if (r < 0) return;
  // (the clause's head is its verb, or its predicate after a copula: "Ana Vidal, who is Peru's envoy, said …")
  const clauseHead = (i: number) => upos[i] === 'VERB' || (['NOUN', 'ADJ'].includes(upos[i]) && heads.some((h2, j) => h2 === i + 1 && labels[j] === 'cop'));
  const rel = heads.findIndex((hd, i) => hd === r + 1 && i > r && clauseHead(i) && heads.some((h2, j) => h2 === i + 1 && labels[j] === 'nsubj' && /^(?:who|which)$/i.test(forms[j])));
  if (rel < 0) return;
  // (or an aside: "Peru and Chile, which border Bolivia, welcomed …" with "welcomed" hung as parataxis)
  // (or a participle after a comma on the clause's object: "Hungary, which has opposed new aid, sent only a junior minister")
  const aside = (i: number) => labels[i] === 'acl' && forms[i - 1] === ',' && under(heads, i, rel) && !heads.some((hd, j) => hd === i + 1 && labels[j] === 'mark');
  const v = heads.findIndex((hd, i) => i > rel && upos[i] === 'VERB' && ((hd === rel + 1 && (labels[i] === 'conj' || labels[i] === 'parataxis')) || aside(i)));
  if (v < 0 || heads.some((hd, i) => hd === v + 1 && (labels[i].startsWith('nsubj') || labels[i] === 'cc'))) return;
  [heads[rel], labels[rel]] = [r + 1, 'acl:relcl'];
  promoteToRoot(heads, labels, r, v);
}

/**
 * 'said that “the conflict is a tragedy and threatens the state”': the model hangs the second verb of the
 * quotation beside the speech verb, as a second thing done by the speaker. A verb with no subject of its own,
 * inside the same quotation as the clause the speech verb reports, is that clause's conjunct.
 */
export function repairQuotedConjunct(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let v = 2; v < heads.length; v++) {
    const s = heads[v] - 1;
    if (labels[v] !== 'conj' || upos[v] !== 'VERB' || s < 0 || !isSpeechVerb(forms[s].toLowerCase())) continue;
    if (heads.some((h, i) => h === v + 1 && labels[i].startsWith('nsubj'))) continue;
    const c = heads.findIndex((h, i) => h === s + 1 && labels[i] === 'ccomp' && i > s && i < v);
    if (c < 0) continue;
    const open = forms.findIndex((f, i) => i > s && i < c && /^["“]$/.test(f));
    if (open < 0 || forms.slice(open + 1, v).some((f) => /^["“”]$/.test(f)) || !forms.slice(v + 1).some((f) => /^["”]$/.test(f))) continue;
    heads[v] = c + 1;
  }
}

/**
 * "… spoke to Peruvian President Ana Vidal, who stressed the need for talks, Chilean radio said": the model
 * hangs the relative clause from the closing speech verb as a second thing said. A clause whose subject is
 * "who" right after a comma after a name is that name's relative clause.
 */
export function repairDetachedRelative(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let w = 2; w < forms.length; w++) {
    const v = heads[w] - 1;
    if (!/^who$/i.test(forms[w]) || labels[w] !== 'nsubj' || forms[w - 1] !== ',' || v <= w || upos[v] !== 'VERB') continue;
    // (or hung as an aside from any verb: "drew criticism from Ana Vidal, who called it …")
    if (!(labels[v] === 'parataxis' || (labels[v] === 'ccomp' && isSpeechVerb(forms[heads[v] - 1]?.toLowerCase() ?? '')))) continue;
    let name = w - 2;
    while (labels[name] === 'flat' && heads[name] - 1 < name) name = heads[name] - 1;
    if (upos[name] !== 'PROPN' || under(heads, name, v)) continue;
    [heads[v], labels[v]] = [name + 1, 'acl:relcl'];
  }
}

/**
 * "Chinese President Li Wei welcomed Chilean President Tomas Berg": the model makes the opening
 * demonym the root, the verb its complement, and the next demonym the verb's object with the name
 * under it. A demonym is the modifier of the noun after it; the verb is the root and the name its object.
 */
export function repairDemonymRoot(upos: readonly string[], heads: number[], labels: string[]): void {
  const r = labels.indexOf('root');
  if (r === 0 && upos[0] === 'ADJ' && ['NOUN', 'PROPN'].includes(upos[1] ?? '')) {
    const v = heads.findIndex((hd, i) => hd === 1 && upos[i] === 'VERB' && ['ccomp', 'parataxis', 'conj', 'advcl'].includes(labels[i]));
    if (v > 0) {
      for (let i = 1; i < heads.length; i++) if (heads[i] === 1 && labels[i] === 'punct') heads[i] = v + 1;
      [heads[v], labels[v]] = [0, 'root'];
      [heads[0], labels[0]] = [2, 'amod'];
    }
  }
  for (let a = 0; a + 1 < heads.length; a++) {
    // (or its complement, with the name a conjunct: "hosted Chilean President Tomas Berg at …")
    if (upos[a] !== 'ADJ' || (labels[a] !== 'obj' && labels[a] !== 'xcomp') || upos[heads[a] - 1] !== 'VERB' || !['NOUN', 'PROPN'].includes(upos[a + 1])) continue;
    const name = heads.findIndex((hd, i) => hd === a + 1 && (labels[i] === 'obj' || labels[i] === 'conj') && upos[i] === 'PROPN' && i > a);
    if (name < 0) continue;
    for (let i = 0; i < heads.length; i++) if (heads[i] === name + 1 && labels[i] === 'obl') heads[i] = heads[a];
    [heads[name], labels[name]] = [heads[a], 'obj'];
    [heads[a], labels[a]] = [a + 2, 'amod'];
  }
}

const POSSESSIVE = new Set(["'s", '’s']);

/**
 * "Chile's Boric advocates for …", "Peru's Ruiz rejects plan": in a headline's "X's Y verbs …" the
 * model hangs the possessor from the verb, makes it the subject, or makes it the root with the verb
 * beside it. A possessor belongs to the noun after its "'s"; the verb is the root.
 */
export function repairPossessorOfVerb(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 0; i + 2 < heads.length; i++) {
    if (!POSSESSIVE.has(forms[i + 1]) || heads[i + 1] !== i + 1 || !['PROPN', 'NOUN'].includes(upos[i])) continue;
    const v = labels[i] === 'root' ? heads.findIndex((hd, k) => hd === i + 1 && k > i + 2 && upos[k] === 'VERB' && ['parataxis', 'ccomp', 'conj', 'appos', 'acl', 'dep'].includes(labels[k])) : heads[i] - 1;
    if (v < 0 || upos[v] !== 'VERB' || (labels[i] !== 'root' && labels[i] !== 'nmod:poss' && !labels[i].startsWith('nsubj'))) continue;
    let owner = i + 2;
    while (owner < v && ['compound', 'flat', 'amod'].includes(labels[owner]) && heads[owner] - 1 > owner && heads[owner] - 1 < v) owner = heads[owner] - 1;
    if (owner >= v || !['PROPN', 'NOUN'].includes(upos[owner])) continue;
    if (labels[i] === 'root') {
      for (let k = 0; k < heads.length; k++) if (k !== v && heads[k] === i + 1 && k !== i + 1) heads[k] = v + 1;
      [heads[v], labels[v]] = [0, 'root'];
    }
    if (heads[owner] !== v + 1 || !labels[owner].startsWith('nsubj')) [heads[owner], labels[owner]] = [v + 1, 'nsubj'];
    [heads[i], labels[i]] = [owner + 1, 'nmod:poss'];
  }
}

/**
 * "Brazil's Lula advocates for dialogue": after a name, a plural-looking word the lexicon knows as a
 * cue verb ("warns", "urges", "advocates") heading a verbless headline is that verb, the name its subject.
 */
export function repairNamePluralVerb(forms: readonly string[], upos: string[], xpos: string[], heads: number[], labels: string[], isCueVerb: (stem: string) => boolean): void {
  const r = nounRoot(upos, heads, labels);
  if (r < 1 || xpos[r] !== 'NNS' || upos.some((u) => u === 'VERB' || u === 'AUX')) return;
  const stem = forms[r].toLowerCase().replace(/(?:(?<=(?:ss|sh|ch|x|z))es|s)$/, '');
  const subject = r - 1;
  if (stem === forms[r].toLowerCase() || !isCueVerb(stem) || upos[subject] !== 'PROPN' || heads[subject] !== r + 1) return;
  [upos[r], xpos[r]] = ['VERB', 'VBZ'];
  labels[subject] = 'nsubj';
  for (let k = 0; k < heads.length; k++) {
    if (heads[k] !== r + 1 || k === subject) continue;
    if (labels[k] === 'nmod:poss') heads[k] = subject + 1;
    else if (labels[k] === 'nmod') labels[k] = 'obl';
  }
}

/**
 * "Speaking at a briefing on Monday, Chilean ministry spokesperson Ana Ruiz described …": after a long
 * opening participle clause the model makes the participle the root and hangs the sentence's own verb
 * inside it. A finite verb after the clause's comma, with its own subject after that comma, is the root;
 * the participle its adverbial clause; what stands between the comma and the subject belongs to the subject.
 */
export function repairFrontedParticiple(upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  const r = labels.indexOf('root');
  if (r < 0 || r > 2 || xpos[r] !== 'VBG' || !upos.slice(0, r).every((u) => ['ADV', 'ADP', 'SCONJ'].includes(u))) return;
  const c = upos.findIndex((u, i) => i > r && u === 'PUNCT' && heads[i] > 0);
  if (c < 0) return;
  for (let v = c + 2; v < heads.length; v++) {
    if (upos[v] !== 'VERB' || under(heads, v, c) || !/^VB[DZP]$/.test(xpos[v]) && !heads.some((h, i) => h === v + 1 && labels[i] === 'aux' && /^VB[DZP]$/.test(xpos[i]))) continue;
    const subject = heads.findIndex((h, i) => h === v + 1 && i > c && i < v && labels[i] === 'nsubj');
    if (subject < 0 || !under(heads, v, r)) return;
    // the clause before the comma must be the participle's own
    for (let i = 0; i < c; i++) if (i !== r && !under(heads, i, r)) return;
    [heads[v], labels[v]] = [0, 'root'];
    [heads[r], labels[r]] = [v + 1, 'advcl'];
    heads[c] = r + 1;
    for (let j = c + 1; j < subject; j++) if (heads[j] - 1 < c || heads[j] - 1 > v) {
      heads[j] = subject + 1;
      if (['NOUN', 'PROPN'].includes(upos[j])) labels[j] = 'nmod:desc';
    }
    for (let j = v + 1; j < heads.length; j++) if (heads[j] - 1 <= c && heads[j] > 0) heads[j] = v + 1;
    return;
  }
}

/**
 * "During a trip to Lima, Chilean President Tomas Berg met …": the model takes the subject after
 * the opening phrase's comma for a conjunct of that phrase's last noun, leaving the verb without a
 * subject. A conjunct with no "and" before it, right after the comma that closes a phrase fronted
 * before a subjectless verb, is that verb's subject.
 */
export function repairFrontedSubject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    if (upos[v] !== 'VERB' || heads.some((hd, i) => hd === v + 1 && (labels[i].startsWith('nsubj') || labels[i] === 'expl'))) continue;
    const phrase = heads.findIndex((hd, i) => hd === v + 1 && i < v && (labels[i] === 'obl' || labels[i] === 'advcl'));
    if (phrase < 0) continue;
    for (let n = phrase + 1; n < v; n++) {
      if (labels[n] !== 'conj' || !['NOUN', 'PROPN'].includes(upos[n]) || !under(heads, heads[n] - 1, phrase)) continue;
      if (heads.some((hd, i) => hd === n + 1 && labels[i] === 'cc')) continue;
      // the comma closing the phrase: the first word of the conjunct's subtree follows it
      let first = n;
      for (let i = phrase; i < n; i++) if (under(heads, i, n)) { first = i; break; }
      const comma = upos[first] === 'PUNCT' ? first : first - 1;
      if (comma <= phrase || upos[comma] !== 'PUNCT') continue;
      heads[comma] = v + 1;
      [heads[n], labels[n]] = [v + 1, 'nsubj'];
      break;
    }
  }
}

/**
 * "Chile's decision to expel Peru's envoy was regrettable, the office said": the model gives the closing speech
 * verb the opening noun as a second subject and the reported predicate the infinitive's object. A speech verb with
 * a subject before its reported clause and another after it: the first is the clause's subject, and the clause's
 * own subject, when it stands right after a verb of the first's phrase that lacks an object, is that verb's object.
 */
export function repairSubjectBeforeReport(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let s = 0; s < heads.length; s++) {
    if (!isSpeechVerb(forms[s].toLowerCase())) continue;
    const kids = dependents(heads, s);
    const first = kids.find((i) => labels[i] === 'nsubj');
    const report = kids.find((i) => labels[i] === 'ccomp' && first !== undefined && i > first);
    const second = kids.find((i) => labels[i] === 'nsubj' && report !== undefined && i > report);
    if (first === undefined || report === undefined || second === undefined || s < second) continue;
    const own = heads.findIndex((hd, i) => hd === report + 1 && labels[i] === 'nsubj');
    const verb = heads.findIndex((hd, i) => i > first && i < own && under(heads, i, first) && upos[i] === 'VERB' && !heads.some((h2, j) => h2 === i + 1 && labels[j] === 'obj'));
    if (own < 0 || own < first || verb < 0) continue;
    [heads[own], labels[own]] = [verb + 1, 'obj'];
    heads[first] = report + 1;
  }
}

/**
 * "Peruvian President Ana Ruiz and Chilean President Tomas Berg discussed …": the model gives the verb
 * two subjects, the second with the "and". A second subject with its own "and" is a conjunct of the first.
 */
export function repairDoubleSubject(heads: number[], labels: string[]): void {
  for (let v = 0; v < heads.length; v++) {
    const subjects = heads.map((hd, i) => (hd === v + 1 && labels[i] === 'nsubj' ? i : -1)).filter((i) => i >= 0);
    if (subjects.length < 2) continue;
    const [first, second] = subjects;
    // (the "and" hangs from the second subject or from a word of its phrase: "and Chilean President …")
    const and = labels.findIndex((l, i) => l === 'cc' && i > first && i < second && under(heads, i, second));
    if (second > v || and < 0) continue;
    heads[and] = second + 1;
    [heads[second], labels[second]] = [first + 1, 'conj'];
  }
}

/**
 * "The United States, meanwhile, on Monday expressed …": a subject the parse hung from a sentence
 * adverb between commas is the subject of the verb the adverb modifies, when that verb has none.
 */
export function repairAdverbSubject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let c = 0; c < heads.length; c++) {
    const a = heads[c] - 1;
    // (set off by commas: "I was there when …" is no such adverb)
    if (labels[c] !== 'nsubj' || a < 0 || upos[a] !== 'ADV' || labels[a] !== 'advmod' || c > a || upos[a - 1] !== 'PUNCT' || upos[a + 1] !== 'PUNCT') continue;
    const v = heads[a] - 1;
    if (v < 0 || upos[v] !== 'VERB' || heads.some((h, i) => h === v + 1 && /^nsubj/.test(labels[i]))) continue;
    heads[c] = v + 1;
  }
}

/** Prepositions a gerund clause follows ("by imposing", "after meeting"), for the tagger's retagging and this repair. */
export const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'after', 'before', 'without', 'while', 'since']);

/** Verbs whose object can be a gerund clause ("keep supporting", "stopped buying", "considers imposing"). */
const ASPECTUAL_VERB = /^(keep|keeps|kept|continue[sd]?|stop|stops|stopped|start|starts|started|begin|begins|began|resume[sd]?|quit|quits|avoid|avoids|avoided|consider|considers|considered|weigh|weighs|weighed)$/i;

/**
 * "responded by imposing penalties on …": the model makes the gerund a modifier of the noun after it and
 * hangs the preposition on the noun. The gerund heads the phrase: the preposition marks it, the noun is
 * its object, and the noun's own phrases ("on …") are the gerund's.
 */
export function repairGerundObject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let g = 1; g + 1 < heads.length; g++) {
    const n = heads[g] - 1;
    if (upos[g] !== 'VERB' || !/ing$/.test(forms[g]) || labels[g] !== 'amod' || n !== g + 1) continue;
    const p = g - 1;
    // "will keep supporting Castillo": after a verb of continuing, stopping or weighing the gerund is that verb's clause
    if (heads[n] - 1 === p && labels[n] === 'obj' && ASPECTUAL_VERB.test(forms[p])) {
      [heads[g], labels[g]] = [p + 1, 'xcomp'];
      heads[n] = g + 1;
      continue;
    }
    // (after a preposition a clause follows: "by imposing"; "exports of chipmaking materials" is a modifier)
    if (upos[p] !== 'ADP' || heads[p] - 1 !== n || !GERUND_PREPOSITIONS.has(forms[p].toLowerCase())) continue;
    [heads[g], labels[g]] = [heads[n], 'advcl'];
    [heads[p], labels[p]] = [g + 1, 'mark'];
    [heads[n], labels[n]] = [g + 1, 'obj'];
    for (let i = n + 1; i < heads.length; i++) if (heads[i] === n + 1 && labels[i] === 'nmod' && forms[heads.findIndex((hd, k) => hd === i + 1 && labels[k] === 'case')] === 'on') [heads[i], labels[i]] = [g + 1, 'obl'];
  }
}

/**
 * "Peru will retaliate if Chile imposes the tariffs, officials said": the model hangs the condition
 * from the closing speech verb, as a second thing said. A clause opened by "if" or "unless" under a
 * speech verb, after another clause that verb reports and before the verb, is that clause's condition.
 */
export function repairClosingCondition(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let c = 0; c < forms.length; c++) {
    const h = heads[c] - 1;
    // (labelled a complement, or an adverbial clause of the speech verb itself)
    if (h <= c || !['ccomp', 'advcl'].includes(labels[c]) || !isSpeechVerb(forms[h].toLowerCase()) || !opensCondition(forms, heads, labels, c)) continue;
    const said = heads.findIndex((x, p) => p < c && x === h + 1 && ['ccomp', 'parataxis'].includes(labels[p]));
    if (said >= 0) [heads[c], labels[c]] = [said + 1, 'advcl'];
  }
}

/**
 * "Peru said the port will not be opened unless Chile ends the blockade": the model hangs the closing
 * condition from the speech verb. An if- or unless-clause under a speech verb, after a clause that verb
 * reports with will or would, is that clause's condition.
 */
export function repairReportedCondition(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let c = 0; c < forms.length; c++) {
    const h = heads[c] - 1;
    if (h < 0 || h >= c || labels[c] !== 'advcl' || !isSpeechVerb(forms[h].toLowerCase()) || !opensCondition(forms, heads, labels, c)) continue;
    const said = dependents(heads, h).find((p) => p > h && p < c && labels[p] === 'ccomp' && dependents(heads, p).some((a) => labels[a] === 'aux' && /^(?:will|would|'ll|’ll)$/i.test(forms[a])));
    if (said !== undefined) heads[c] = said + 1;
  }
}

/**
 * "It insists that claims about X are unfounded": the model reads a pronoun subject before a speech verb
 * and its that-clause as an expletive ("it is said that …"). "it" hung as expl from a speech verb with no
 * subject of its own is the verb's subject.
 */
export function repairExpletiveSpeaker(forms: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let i = 0; i < forms.length; i++) {
    const h = heads[i] - 1;
    if (labels[i] !== 'expl' || forms[i].toLowerCase() !== 'it' || h <= i || !isSpeechVerb(forms[h].toLowerCase())) continue;
    const kids = dependents(heads, h);
    if (kids.some((c) => labels[c].startsWith('nsubj') || labels[c] === 'aux:pass' || labels[c] === 'cop')) continue;
    labels[i] = 'nsubj';
    // (the that-clause read as the extraposed subject is what is said)
    for (const c of kids) if (c > h && labels[c] === 'csubj') labels[c] = 'ccomp';
  }
}

/**
 * '"We condemn in the strongest terms the attack," X said', '"We are concerned about the escalation," X said': the
 * model tears the last noun phrase of a quotation off its clause and hangs it from the speech verb as a second
 * complement. A noun complement of a speech verb right after another complement clause of it belongs to that clause:
 * its oblique when a preposition opens it, else its object when it has none.
 */
export function repairTornComplement(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  for (let n = 1; n < forms.length; n++) {
    const h = heads[n] - 1;
    if (h < 0 || labels[n] !== 'ccomp' || !['NOUN', 'PROPN'].includes(upos[n]) || !isSpeechVerb(forms[h].toLowerCase())) continue;
    const c = dependents(heads, h).find((i) => i < n && labels[i] === 'ccomp' && ['VERB', 'ADJ'].includes(upos[i]));
    if (c === undefined) continue;
    // (nothing between the clause's last word and the noun phrase but the phrase's own words)
    const before = dependents(heads, n).filter((i) => i < n);
    const first = Math.min(n, ...before);
    const last = Math.max(c, ...dependents(heads, c).filter((i) => i < first));
    if (first !== last + 1) continue;
    const opened = before.some((i) => labels[i] === 'case');
    const hasObject = dependents(heads, c).some((i) => labels[i] === 'obj');
    [heads[n], labels[n]] = [c + 1, opened || hasObject || upos[c] !== 'VERB' ? 'obl' : 'obj'];
  }
}

/**
 * "the killing by Chilean forces on Monday of 12 fishermen": the model hangs the of-phrase from the day.
 * A day takes no of-phrase (save a time's: "Monday of last week"); it belongs to what the day is said of.
 */
export function repairDayOfPhrase(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  for (let o = 0; o < forms.length; o++) {
    const d = heads[o] - 1;
    if (d < 0 || d >= o || labels[o] !== 'nmod' || !isDay(forms[d]) || !['nmod', 'obl', 'obl:tmod', 'obl:unmarked'].includes(labels[d])) continue;
    if (!dependents(heads, o).some((c) => c === d + 1 && labels[c] === 'case' && forms[c].toLowerCase() === 'of')) continue;
    if (/^(?:week|month|year|weeks|months|years|last|next|this)$/i.test(forms[o])) continue;
    const h = heads[d] - 1;
    if (h < 0) continue;
    [heads[o], labels[o]] = [h + 1, upos[h] === 'VERB' ? 'obl' : 'nmod'];
  }
}

/**
 * "Peru would retaliate should Chile go ahead": a "should" with its subject after it, inside a sentence,
 * opens an inverted condition, which the model hangs from the sentence's root as a second clause. It is
 * an adverbial clause of the nearest verb before it under "will" or "would".
 */
export function repairTrailingInvertedCondition(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let s = 1; s < forms.length; s++) {
    if (forms[s] !== 'should' || labels[s] !== 'aux') continue;
    const v = heads[s] - 1;
    const subject = heads.findIndex((h, i) => h === v + 1 && labels[i] === 'nsubj');
    if (v <= s || subject <= s || !['parataxis', 'conj', 'ccomp'].includes(labels[v])) continue;
    let p = s - 1;
    while (p >= 0 && !(upos[p] === 'VERB' && heads.some((h, i) => h === p + 1 && labels[i] === 'aux' && /^(?:will|would|'ll|’ll)$/i.test(forms[i])))) p--;
    if (p < 0 || under(heads, p, v)) continue;
    [heads[v], labels[v]] = [p + 1, 'advcl'];
  }
}

/**
 * "blacklisted the Chilean firm Andes Mining": the model hangs the name after a described object
 * from the verb, as an adverbial with no preposition. A name with no case marker, right after the
 * verb's object noun and hung from that verb as obl, is the object's apposition.
 */
export function repairNameAfterObject(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 1; i < heads.length; i++) {
    if (upos[i] !== 'PROPN' || labels[i] !== 'obl' || heads.some((h, c) => h === i + 1 && ['case', 'mark'].includes(labels[c]))) continue;
    // the name's first word, right after the object noun
    let first = i;
    while (first > 0 && heads[first - 1] === i + 1 && ['compound', 'flat'].includes(labels[first - 1])) first--;
    const object = first - 1;
    if (object < 0 || upos[object] !== 'NOUN' || labels[object] !== 'obj' || heads[object] !== heads[i]) continue;
    [heads[i], labels[i]] = [object + 1, 'appos'];
  }
}

const TITLE_PHRASE = new Set(['nmod', 'obl', 'obj', 'iobj', 'conj']);

/**
 * "imposed a ban on Ruritanian senator Ana Ruiz": the model hangs the title and the name side by
 * side from the verb's object. A lower-case noun right before a name, both hung from one head, is the
 * name's description (UD's nmod:desc): the name takes the noun's place, and its preposition and article.
 */
export function repairTitleBeforeName(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[], isDay: (w: string) => boolean): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    // ("a ban and a freeze on Ruritanian senator Ana Ruiz": the name an apposition, its preposition on the title)
    const cases = heads.flatMap((h, c) => (h === i + 1 && labels[c] === 'case' ? [c] : []));
    if (labels[i] === 'nmod:desc' && labels[heads[i] - 1] === 'appos' && cases.length) {
      for (const c of cases) heads[c] = heads[i];
      labels[heads[i] - 1] = 'nmod';
      continue;
    }
    if (upos[i] !== 'NOUN' || !/^\p{Ll}/u.test(forms[i]) || upos[i + 1] !== 'PROPN' || !TITLE_PHRASE.has(labels[i])) continue;
    let end = i + 1;
    while (end + 1 < forms.length && upos[end + 1] === 'PROPN') end++;
    // the name's head: the one word of the run hung from outside it
    const top = [...Array(end - i).keys()].map((k) => i + 1 + k).filter((k) => heads[k] - 1 <= i || heads[k] - 1 > end);
    if (top.length !== 1 || heads[top[0]] !== heads[i] || labels[top[0]] !== labels[i]) continue;
    const name = top[0];
    // ("told his counterpart Saturday that …": a day is no name)
    if (isDay(forms[name])) continue;
    [heads[name], labels[name]] = [heads[i], labels[i]];
    [heads[i], labels[i]] = [name + 1, 'nmod:desc'];
    for (let c = 0; c < i; c++) if (heads[c] === i + 1 && ['case', 'det'].includes(labels[c])) heads[c] = name + 1;
  }
}

/**
 * "met in Lima with Chile's minister Ana Ruiz and called for …": the model reads "with X … called" as
 * an absolute clause ("with prices rising"). A past-tense verb hung as an adverbial, marked by "with"
 * and coordinated by "and", is the verb's second act; "with" and its noun go back to the first verb.
 */
export function repairWithAndVerb(forms: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 0; v < forms.length; v++) {
    if (labels[v] !== 'advcl' || xpos[v] !== 'VBD') continue;
    const kids = dependents(heads, v);
    const mark = kids.find((c) => labels[c] === 'mark' && forms[c].toLowerCase() === 'with');
    const subject = kids.find((c) => labels[c] === 'nsubj');
    const cc = kids.find((c) => labels[c] === 'cc');
    if (mark === undefined || subject === undefined || cc === undefined || !(mark < subject && subject < cc && cc < v)) continue;
    const first = heads[v];
    [heads[mark], labels[mark]] = [subject + 1, 'case'];
    [heads[subject], labels[subject]] = [first, 'obl'];
    labels[v] = 'conj';
  }
}

// nouns of time, which stand bare as adverbials ("met Saturday", "days after")
const TIME_NOUNS = /^(?:days?|weeks?|months?|years?|hours?|minutes?|times?|mornings?|evenings?|nights?|afternoons?|weekends?|decades?|yesterday|today|tonight)$/i;

/**
 * "Peru hails 'historic' trade pact", "has warned Nato countries that …": quote marks or a name
 * before the noun lead the model to hang a verb's object as an adverbial without a preposition.
 * A bare obl noun whose phrase starts right after its verb, when the verb has no object, is its object.
 */
export function repairBareObject(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    const v = heads[i] - 1;
    if (labels[i] !== 'obl' || upos[i] !== 'NOUN' || v < 0 || v > i || upos[v] !== 'VERB' || TIME_NOUNS.test(forms[i])) continue;
    if (heads.some((h, c) => (h === i + 1 && ['case', 'mark', 'cop'].includes(labels[c])) || (h === v + 1 && labels[c] === 'obj'))) continue;
    // the phrase starts right after the verb: only its own words (and quote marks) between
    let start = v + 1;
    while (start < i && (heads[start] === i + 1 || upos[start] === 'PUNCT' || (heads[start] - 1 !== v && heads[heads[start] - 1] === i + 1))) start++;
    if (start === i) labels[i] = 'obj';
  }
}

/**
 * "Peru, Bolivia welcome ceasefire deal": a headline's comma stands for "and"; the model makes the
 * first name the root and the verb an aside. A name as root, followed by a comma and a name that is
 * the subject of the root's parataxis verb, is that verb's first subject, the second its conjunct (so is
 * a first name read as an address: "Peru, Chile hold talks").
 */
export function repairHeadlineSubjects(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  // ("Peru, Chile hold talks": or the first name an address to the verb whose subject is the second)
  if (upos[0] === 'PROPN' && labels[0] === 'vocative' && forms[1] === ',' && upos[2] === 'PROPN' && labels[2] === 'nsubj' && heads[2] === heads[0]) {
    labels[0] = 'nsubj';
    [heads[2], labels[2]] = [1, 'conj'];
    [heads[1], labels[1]] = [3, 'punct'];
    return;
  }
  const r = heads.indexOf(0);
  if (r < 0 || upos[r] !== 'PROPN' || forms[r + 1] !== ',' || upos[r + 2] !== 'PROPN') return;
  const second = r + 2;
  const v = heads[second] - 1;
  if (v < 0 || labels[second] !== 'nsubj' || upos[v] !== 'VERB' || heads[v] !== r + 1 || labels[v] !== 'parataxis') return;
  for (let i = 0; i < heads.length; i++) if (heads[i] === r + 1 && i !== r + 1 && i !== v) heads[i] = v + 1;
  promoteToRoot(heads, labels, r, v);
  [heads[second], labels[second]] = [r + 1, 'conj'];
  [heads[r + 1], labels[r + 1]] = [second + 1, 'punct'];
}

/**
 * "Egyptian Foreign Minister Hossam Farouk hosted Qatari mediators", "Chinese Foreign Minister Wang Yi
 * met his counterpart": after a title and a name the model reads the verb as a participle on a noun
 * (the object, or the name) and makes that noun the root. With a noun root, a verb hung from it as a
 * modifier right after a name is the predicate: the verb is the root, the name its subject, and a
 * root after the verb its object.
 */
export function repairNamedSubjectVerb(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const r = heads.indexOf(0);
  // (or a people's adjective opening the sentence made the root: "Indian Prime Minister X arrived …")
  if (r < 0 || !['NOUN', 'PROPN', 'ADJ'].includes(upos[r]) || (upos[r] === 'ADJ' && r !== 0)) return;
  // (not a reduced relative, "a store in Boston located near …", which the model labels acl)
  const v = heads.findIndex((hd, i) => hd === r + 1 && upos[i] === 'VERB' && ['amod', 'acl:relcl'].includes(labels[i]) && i > 0 && upos[i - 1] === 'PROPN');
  if (v < 0 || heads.some((hd, i) => hd === v + 1 && labels[i] === 'mark')) return;
  // the name ends right before the verb: from the word its last word is flat on, or the root just before it ("Wang Yi")
  let start = labels[v - 1] === 'flat' ? heads[v - 1] - 1 : v - 1;
  // (a first name the tagger took for a noun: "Wang" of "Wang Yi")
  if (start - 1 === r && ['PROPN', 'NOUN'].includes(upos[r]) && /^\p{Lu}/u.test(forms[r])) start = r;
  // (a full name, two words at least: "the company Acme made …" is left to the model)
  if (start < 0 || start >= v - 1) return;
  for (let i = start + 1; i < v; i++) if (upos[i] === 'PROPN') [heads[i], labels[i]] = [start + 1, 'flat'];
  for (let i = 0; i < heads.length; i++) {
    if (i === v || i === start || heads[i] !== r + 1) continue;
    // (words before the name that hung from the old root describe the name; after the verb, the
    // verb's when the root was the name, the object's own words otherwise)
    if (i < start) heads[i] = start + 1;
    else if (i > v && (r <= v || labels[i] === 'punct')) heads[i] = v + 1;
  }
  [heads[v], labels[v]] = [0, 'root'];
  [heads[start], labels[start]] = [v + 1, 'nsubj'];
  if (r > v) [heads[r], labels[r]] = [v + 1, 'obj'];
  else if (upos[r] === 'ADJ') [heads[r], labels[r]] = [start + 1, 'amod'];
}

/**
 * "These latest sanctions target two officials": the model takes the opening demonstrative for a
 * pronoun and the root, the verb for a relative clause on it. A demonstrative root whose relative
 * clause has a noun subject right after it is that noun's determiner; the verb is the root.
 */
export function repairDemonstrativeRoot(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  const r = heads.indexOf(0);
  if (r < 0 || upos[r] !== 'PRON' || !/^(?:these|those|this|that)$/i.test(forms[r])) return;
  const v = heads.findIndex((hd, i) => hd === r + 1 && i > r && upos[i] === 'VERB' && labels[i] === 'acl:relcl');
  if (v < 0) return;
  const subject = heads.findIndex((hd, i) => hd === v + 1 && labels[i] === 'nsubj' && i > r && i < v && upos[i] === 'NOUN');
  if (subject < 0) return;
  for (let i = 0; i < heads.length; i++) if (heads[i] === r + 1 && i !== v) heads[i] = v + 1;
  [heads[v], labels[v]] = [0, 'root'];
  [heads[r], labels[r]] = [subject + 1, 'det'];
}

/**
 * "The measures, the ministry said, would take effect on Monday", "Any attack, she warned, would be met with force",
 * "The dispute, recalls X, has gone on": an attribution set between commas inside the clause it reports. The model hangs the clause's subject as a root of
 * its own and the attribution from it. Read as a closing attribution is (repairClosingAttribution): the speech verb is
 * the root with its subject, the predicate after the second comma what is said, with the words before the first comma
 * for its subject and the auxiliaries between for its own.
 */
export function repairParentheticalAttribution(forms: readonly string[], upos: string[], xpos: string[], heads: number[], labels: string[], isSpeechVerb: (w: string) => boolean): void {
  let start = 0;
  while (start < forms.length && /^["“‘']$/.test(forms[start])) start++;
  const wordOfName = (i: number) => !['VERB', 'AUX', 'PUNCT', 'SCONJ'].includes(upos[i]);
  for (let v = start + 2; v < forms.length - 2; v++) {
    if (!isSpeechVerb(forms[v].toLowerCase())) continue;
    // the attribution's own words: a short name or noun phrase between a comma and the verb ("the ministry said"), or
    // after the verb up to a comma ("said the ministry", "notes Vidal", the tagger taking "notes" for a noun there)
    const inverted = forms[v - 1] === ',' && forms[v + 1] !== ',' && (['VERB', 'AUX'].includes(upos[v]) || (upos[v] === 'NOUN' && upos[v + 1] === 'PROPN'));
    if (!['VERB', 'AUX'].includes(upos[v]) && !inverted) continue;
    if (forms[v + 1] !== ',' && !inverted) continue;
    let c1 = v - 1;
    let after = v + 1;
    if (inverted) {
      while (after < forms.length && forms[after] !== ',' && after - v <= 7 && wordOfName(after)) after++;
      if (forms[after] !== ',' || after === v + 1 || c1 - start < 1) continue;
    } else {
      while (c1 > start && forms[c1] !== ',' && v - c1 <= 7 && wordOfName(c1)) c1--;
      if (v < start + 3 || forms[c1] !== ',' || c1 === v - 1 || c1 - start < 1) return;
    }
    // the name's words lie strictly between these two
    const [lo, hi] = inverted ? [v, after] : [c1, v];
    // the words before it: one phrase with no finite verb of its own ("Failure to revert to the old price")
    const before = Array.from({ length: c1 - start }, (_, i) => start + i);
    // (quotation marks around some of its words are no clause of their own: 'The “proposal advanced” by Peru')
    if (before.some((i) => upos[i] === 'AUX' || ['VBD', 'VBZ', 'VBP', 'MD'].includes(xpos[i]) || (upos[i] === 'PUNCT' && !/^["“”‘’']$/.test(forms[i])))) return;
    const outward = before.filter((i) => heads[i] === 0 || heads[i] - 1 < start || heads[i] - 1 >= c1);
    const subject = outward.length === 1 ? outward[0] : -1;
    if (subject < 0 || !['NOUN', 'PROPN', 'PRON'].includes(upos[subject])) return;
    // after it: auxiliaries and adverbs, then the predicate ("would be met", "were useful")
    let p = after + 1;
    const helpers: number[] = [];
    while (p < forms.length && ['AUX', 'ADV', 'PART'].includes(upos[p])) helpers.push(p++);
    if (!helpers.some((i) => upos[i] === 'AUX') && !(upos[p] === 'VERB' && ['VBD', 'VBZ', 'VBP'].includes(xpos[p]))) return;
    if (p >= forms.length || !['VERB', 'ADJ', 'NOUN'].includes(upos[p])) return;
    const inside = (i: number) => i > lo && i < hi;
    const np = attributionHead(upos, heads, lo, hi);
    if (np < 0) return;
    for (let i = lo + 1; i < hi; i++) {
      if (i !== np && !inside(heads[i] - 1)) heads[i] = np + 1;
      // ("Workers" of "the Workers Congress", which the model read as a subject of its own)
      if (i < np && heads[i] - 1 === np && ['NOUN', 'PROPN'].includes(upos[i]) && !['nmod:poss', 'compound', 'amod', 'flat'].includes(labels[i])) labels[i] = 'compound';
    }
    if (upos[v] === 'NOUN') [upos[v], xpos[v]] = ['VERB', 'VBZ'];
    [heads[v], labels[v]] = [0, 'root'];
    [heads[np], labels[np]] = [v + 1, 'nsubj'];
    [heads[c1], labels[c1]] = [v + 1, 'punct'];
    [heads[after], labels[after]] = [v + 1, 'punct'];
    [heads[p], labels[p]] = [v + 1, 'ccomp'];
    const be = (i: number) => /^(?:is|are|was|were|be|been|being)$/i.test(forms[i]);
    const passive = upos[p] === 'VERB' && xpos[p] === 'VBN' && helpers.some(be);
    [heads[subject], labels[subject]] = [p + 1, passive ? 'nsubj:pass' : 'nsubj'];
    for (const i of before) if (i !== subject && (heads[i] === 0 || heads[i] - 1 < start || heads[i] - 1 >= c1)) heads[i] = subject + 1;
    for (const i of helpers) [heads[i], labels[i]] = [p + 1, upos[i] !== 'AUX' ? 'advmod' : be(i) ? (upos[p] === 'VERB' ? (passive ? 'aux:pass' : 'aux') : 'cop') : 'aux'];
    // the rest of the sentence hangs from the predicate, its closing punctuation from the root
    for (let i = 0; i < start; i++) heads[i] = v + 1;
    for (let i = p + 1; i < forms.length; i++) if (!under(heads, i, p)) heads[i] = p + 1;
    let end = forms.length - 1;
    while (end > p && upos[end] === 'PUNCT') [heads[end], labels[end]] = [v + 1, 'punct'], end--;
    return;
  }
}

/**
 * '"If X does not stop, there will be strikes," Y said': the model makes the opening if-clause the head of what is said
 * and hangs the main clause after the comma from it (parataxis, conj or ccomp). A main clause with its own "will", "would",
 * "shall" or "be going to" after an if-clause's comma is the head; the if-clause is its condition.
 */
export function repairLeadingCondition(forms: readonly string[], upos: readonly string[], heads: number[], labels: string[]): void {
  // (the clauses an if or unless marks, in order: one scan, not one per word)
  const marked = [...new Set(forms.flatMap((f, m) => (labels[m] === 'mark' && heads[m] > 0 && /^(?:if|unless)$/i.test(f) ? [heads[m] - 1] : [])))].sort((a, b) => a - b);
  for (const h of marked) {
    if (labels[h] === 'advcl') continue;
    // ("… , bad things are going to happen": "be going to" says the future as "will" does; the parse may hang it as a complement)
    const future = (p: number) => dependents(heads, p).some((a) => ['aux', 'aux:pass'].includes(labels[a]) && /^(?:will|would|shall|'ll)$/i.test(forms[a])) || (/^going$/i.test(forms[p]) && dependents(heads, p).some((a) => labels[a] === 'aux') && dependents(heads, p).some((x) => labels[x] === 'xcomp'));
    const main = dependents(heads, h).find((p) => p > h && ['parataxis', 'conj', 'ccomp'].includes(labels[p]) && future(p));
    // (or hung beside the condition from the speech verb: 'said if X is "forced to …, we will have no choice but to …"')
    const beside = main === undefined && labels[h] === 'ccomp' && heads[h] > 0 ? dependents(heads, heads[h] - 1).find((p) => p > h && ['parataxis', 'conj'].includes(labels[p]) && future(p)) : undefined;
    if (beside !== undefined) {
      [heads[beside], labels[beside]] = [heads[h], 'ccomp'];
      [heads[h], labels[h]] = [beside + 1, 'advcl'];
      continue;
    }
    if (main === undefined) continue;
    // (a comma between the clauses, and no conjunction opening the second: "if X, Y will …", not "if X and Y will …")
    if (!forms.slice(h + 1, main).includes(',') || dependents(heads, main).some((c) => labels[c] === 'cc')) continue;
    [heads[main], labels[main]] = [heads[h], labels[h]];
    [heads[h], labels[h]] = [main + 1, 'advcl'];
    // what followed the main clause and hung from the condition belongs to the main clause
    for (let i = main + 1; i < forms.length; i++) if (heads[i] === h + 1) heads[i] = main + 1;
    for (const c of dependents(heads, h)) if (c > h && c < main && upos[c] === 'PUNCT' && forms[c] === ',') heads[c] = main + 1;
  }
}
