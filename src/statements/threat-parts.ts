// What the threat readers share (threats.ts): the threat found in a sentence, before it is a statement, and the
// parts of the tree the readers look for in it (conditions, harms, measures, targets named or not).
import type { Entity } from '../types.js';
import { agentsAt, articleCountry, conditionPhrase, countryOfCity, isAgent, isPress, negated, phraseUnder, sideOf, spanText, subjectOf, type StatementContext } from './context.js';

export const MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo']);

export const CONTRACTED_MODAL = /^\p{L}+['’](?:ll|d)$/u;

export interface Threat {
  threatener: Entity;
  target: Entity;
  action: number;
  /** Its condition clause, left out of the action's text. */
  condition: number;
  /** A speech verb hanging from the action ("…, X said"), left out of its text. */
  reporter?: number;
  /** Where the action's text starts, when not at the start of its subtree ("would respond …", not "Tehran would respond …"). */
  from?: number;
  cue: boolean;
  /** The cue word, left out of the condition's text when the parse hung it there. */
  cueAt?: number;
}

/** Whether the agents the subject at k names are on the reporter's side (the reporter among them). */
export const onSideOf = (ctx: StatementContext, reporter: Entity, k: number): boolean => agentsAt(ctx, k).some((e) => sideOf(ctx, reporter).includes(e));

// the relations by which a noun names its owner: "EU sanctions", "Chile's tariffs", "Chilean countermeasures"
export const OWNER_RELATIONS = new Set(['compound', 'nmod:poss', 'amod']);

export function firstAgentOfSentence(ctx: StatementContext, k: number): Entity | undefined {
  let root = k;
  while (ctx.tree.head(root) >= 0) root = ctx.tree.head(root);
  return agentsAt(ctx, subjectOf(ctx, root))[0] ?? ctx.mentionsInSentence[ctx.sentenceOfToken(k).index].map((x) => x.entity).find(isAgent);
}

/**
 * "recalling Peru's ambassador from Santiago" inside a threatened act: whose envoy is recalled is on the
 * threatener's side, and the country the envoy leaves (named, or by its capital) is the one threatened.
 */
export function envoysRecalled(ctx: StatementContext, action: number): { own: Entity[]; from: Entity[] } {
  const { tree } = ctx;
  const own: Entity[] = [];
  const from: Entity[] = [];
  if (action < 0) return { own, from };
  const [a, b] = tree.span(action);
  for (let v = a; v < b; v++) {
    if (!['recall', 'withdraw'].includes(tree.lemma(v))) continue;
    const envoy = tree.kid(v, 'obj');
    if (envoy < 0 || !ctx.lex.cueWords('envoy-noun').has(tree.lemma(envoy))) continue;
    // (the envoy, and whoever the possessor names, are the recaller's own)
    own.push(...agentsAt(ctx, tree.kid(envoy, 'nmod:poss')), ...agentsAt(ctx, envoy));
    const place = [phraseUnder(ctx, v, ['obl'], 'from'), phraseUnder(ctx, envoy, ['nmod'], 'from')].find((x) => x >= 0) ?? -1;
    const e = ctx.entityAtToken[place];
    const country = e?.type === 'City' ? countryOfCity(ctx, e) : e;
    if (country && isAgent(country)) from.push(country);
  }
  return { own, from };
}

/** Whether the phrase at k speaks of a red line ("not to cross the red line") or of playing with fire. */
export function redLineIn(ctx: StatementContext, k: number): boolean {
  if (k < 0) return false;
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) {
    if (ctx.tree.lemma(i) === 'line' && ctx.tree.kidsWith(i, 'amod').some((x) => ctx.lower[x] === 'red')) return true;
    // ("warned X against playing with fire": whoever plays with fire gets burnt, a harm said without naming it)
    if (ctx.lower[i] === 'fire' && ctx.tree.lemma(i - 1) === 'with' && ctx.tree.lemma(i - 2) === 'play') return true;
  }
  return false;
}

/** The first by-phrase inside the phrase at k (its head), -1 if none. */
export function byPhraseIn(ctx: StatementContext, k: number): number {
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) if (ctx.lower[i] === 'by' && ctx.tree.rel(i) === 'case' && ctx.tree.rel(ctx.tree.head(i)) === 'nmod') return ctx.tree.head(i);
  return -1;
}

/** Whether token x names a harm ("countermeasures") or a thing a harming word describes ("retaliatory measures"). */
export function isHarm(ctx: StatementContext, x: number, role: (k: number) => string | undefined): boolean {
  // (an adjective as written: "crushing" is a harm though "crush" is an act)
  // (a comparative or superlative as its base: "the toughest response", "harsher measures")
  return role(x) === 'harm' || ctx.tree.kidsWith(x, 'amod').some((a) => role(a) === 'harm' || [ctx.lower[a], ctx.lower[a].replace(/(?:er|est)$/, '')].some((w) => ctx.lex.threatLemmas.get(w) === 'harm'));
}

/** Whether token x names a measure or a harm: threats.tsv "measure"/"harm", or a sanction's measure ("sanctions", "tariffs"). */
export function isMeasure(ctx: StatementContext, x: number, role: (k: number) => string | undefined): boolean {
  return role(x) === 'measure' || role(x) === 'harm' || (ctx.lex.sanctionLemmas.get(ctx.tree.lemma(x)) ?? []).includes('measure');
}

/** "along with X", "together with X", "alongside X": a phrase naming who acts with the subject. */
export function comitative(ctx: StatementContext, o: number): boolean {
  const cases = ctx.tree.kids(o).filter((c) => ctx.tree.rel(c) === 'case' || ctx.tree.rel(c) === 'advmod').map((c) => ctx.lower[c]);
  return cases.includes('alongside') || (cases.includes('with') && (cases.includes('along') || cases.includes('together')));
}

/** Whether a condition's subject is the consequence's: a pronoun standing for it, or the same named agent. */
export function sameActor(ctx: StatementContext, subject: number, conditionSubject: number): boolean {
  if (subject < 0 || conditionSubject < 0 || ctx.tree.upos(subject) === 'PRON') return false;
  const named = agentsAt(ctx, subject);
  if (!named.length) return false;
  if (ctx.tree.upos(conditionSubject) === 'PRON') return /^(?:it|they|he|she)$/.test(ctx.lower[conditionSubject]);
  return agentsAt(ctx, conditionSubject).some((e) => named.includes(e));
}

/** Agents the verbs above k act on ("called on India …, warning that …"): a target of last resort. */
export function objectsAbove(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  const out: Entity[] = [];
  for (let c = tree.head(k), steps = 0; c >= 0 && steps < 4; c = tree.head(c), steps++) {
    for (const o of [...tree.kidsWith(c, 'obj'), ...tree.kidsWith(c, 'iobj'), ...tree.kidsWith(c, 'obl')]) {
      if (tree.dominates(o, k)) continue;
      out.push(...agentsAt(ctx, o));
      // ("In a warning to Chile, X said Peru was prepared to use force": whom the warning is to)
      if (ctx.lex.threatLemmas.get(tree.lemma(o)) === 'cue') out.push(...agentsAt(ctx, phraseUnder(ctx, o, ['nmod'], 'to')));
    }
  }
  return out;
}

/**
 * Whom "they" or "them" at token k stands for: the last country or organisation named before it, in its sentence or
 * the three before, that is not on the speaker's side ("Peru kept blocking trade. “If they go on, we will act,”
 * said Chile's minister": Peru). Undefined when none is.
 */
export function groupReferent(ctx: StatementContext, k: number, side: readonly Entity[]): Entity | undefined {
  if (k < 0 || !/^(?:they|them)$/.test(ctx.lower[k])) return undefined;
  return partyBefore(ctx, k, side);
}

/** The last country or organisation named before token k, in its sentence or the three before, not on `side` and not
 * press; undefined when a plural noun nearer could be what is meant instead (groupReferent). */
export function partyBefore(ctx: StatementContext, k: number, side: readonly Entity[]): Entity | undefined {
  const { tree } = ctx;
  const sentence = ctx.sentenceOfToken(k);
  const first = ctx.doc.sentences[Math.max(0, sentence.index - 3)].tokenStart;
  // a plural noun nearer stands for it instead: any in its own sentence ("feared X would never allow refugees to return
  // if they were moved"), the subject of a clause before it ("… if lawmakers pass it. “If they vote yes, …”")
  // (not "U.S. and Iranian officials", whose countries are named, nor "sanctions resume": a measure acts for no one)
  const plural = (i: number) => tree.upos(i) === 'NOUN' && tree.lemma(i) !== ctx.lower[i] && !ctx.entityAtToken[i];
  const agentSubject = (i: number) => tree.rel(i).startsWith('nsubj') && !ctx.lex.threatLemmas.has(tree.lemma(i)) && !tree.kids(i).some((c) => ctx.entityAtToken[c]);
  for (let i = k - 1; i >= first; i--) {
    if (plural(i) && (i >= sentence.tokenStart || agentSubject(i))) return undefined;
    const e = ctx.entityAtToken[i];
    const m = ctx.mentionAtToken[i];
    if (e && m && m.kind !== 'pronoun' && (e.type === 'Country' || e.type === 'Organization') && !side.includes(e) && !isPress(e)) return e;
  }
  return undefined;
}

/** With nobody named, a threat from abroad is aimed at the country the article is about (a bloc warning a junta). */
export function lastResort(ctx: StatementContext, side: Entity[]): Entity | undefined {
  const home = articleCountry(ctx);
  return home && !side.includes(home) ? home : undefined;
}

/**
 * An if/unless clause under k ("if they attack", "should they attack"), as its head token; else,
 * when the parse hung the clause elsewhere, an if/unless clause that opens before k in its
 * sentence and that k does not govern ("if X struck …, Tehran would respond").
 */
/** "if necessary", "if needed": a condition cut down to an adjective hedges the act; it names no one
 * whose deed sets it off. */
export const hedge = (ctx: StatementContext, c: number): boolean =>
  ctx.tree.upos(c) === 'ADJ' && ctx.lex.cueWords('elliptical-predicate').has(ctx.lower[c]) && !ctx.tree.kids(c).some((m) => ['nsubj', 'cop', 'expl'].includes(ctx.tree.rel(m)));

export function conditionOf(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  return conditionUnder(ctx, k, role) ?? looseCondition(ctx, k, role);
}

export function looseCondition(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  const { tree } = ctx;
  if (k < 0) return undefined;
  const s = ctx.sentenceOfToken(k);
  for (let m = s.tokenStart; m < k; m++) {
    if (tree.rel(m) !== 'mark' || role(m) !== 'condition') continue;
    const h = tree.head(m);
    if (h >= 0 && h !== k && !tree.dominates(h, k)) return h;
  }
  return undefined;
}

export function conditionUnder(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  const { tree } = ctx;
  if (k < 0) return undefined;
  // ("will not release the aid until Chile holds elections": a benefit withheld until something is done waits on it)
  const withheldUntil = role(k) === 'withheld' && negated(ctx, k);
  const isCondition = (c: number) => {
    // (any of its marks: "stand idly by if …" with "by" read as a second mark)
    if (tree.kidsWith(c, 'mark').some((m) => role(m) === 'condition' || (withheldUntil && ctx.lower[m] === 'until'))) return true;
    // inverted "should they attack": the clause opens with its auxiliary
    const aux = tree.kid(c, 'aux');
    // (an opening quote mark may come first)
    let first = tree.span(c)[0];
    while (first < aux && /^\p{P}$/u.test(ctx.texts[first])) first++;
    return aux >= 0 && ctx.lower[aux] === 'should' && aux === first;
  };
  // ("absent progress, Peru will …": a phrase of condition)
  const phrase = conditionPhrase(ctx, k);
  if (phrase >= 0) return phrase;
  // "would suffer a defeat by the military if it tries …" with the clause hung from a phrase of the verb
  // ("if X does not …, sanctions would follow": or from its subject, where the parse hung the clause that opens before it)
  const phrases = tree.kids(k).filter((c) => ['obj', 'obl'].includes(tree.rel(c)) || (['nsubj', 'nsubj:pass'].includes(tree.rel(c)) && tree.kidsWith(c, 'advcl').some((a) => a < c)));
  // ("warned of consequences if X went ahead": the parse may hang the if-clause as a complement)
  // (and a passive with a named subject asks no question: "an intervention must be considered if talks fail")
  const passive = tree.kid(k, 'nsubj:pass') >= 0 && tree.upos(tree.kid(k, 'nsubj:pass')) !== 'PRON';
  // ("would enforce sanctions and add new ones if X …": a condition after the last of coordinated acts is theirs all)
  const last = tree.kidsWith(k, 'conj').at(-1);
  const closing = last === undefined ? undefined : tree.kidsWith(last, 'advcl').find((c) => c > last && isCondition(c));
  return tree.kidsWith(k, 'advcl').find(isCondition) ?? phrases.flatMap((p) => tree.kidsWith(p, 'advcl')).find(isCondition) ?? tree.kidsWith(k, 'ccomp').find((c) => isCondition(c) && (ctx.lower[tree.kid(c, 'mark')] !== 'if' || passive || ctx.lex.cueWords('warning-verb').has(tree.lemma(k)))) ?? closing;
}

/** Whether the words under k name a harm or a measure ("aid cuts and other sanctions", "to impose tariffs"). */
export function harmNamed(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  if (k < 0) return false;
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) if (isMeasure(ctx, i, role) || role(i) === 'consequence') return true;
  return false;
}

/** "ready to retaliate", "prepared to use force": an adjective of readiness for a harmful act (or an act whose object is a harm). */
export function readyToHarm(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  const act = ctx.tree.kid(k, 'xcomp');
  // ("was prepared to …" parsed as a passive verb)
  // (or a past form with no object of its own: "were in full readiness and prepared to go to battle")
  // ("troops were preparing to strike the port": a readiness under way, in the progressive)
  const progressive = /ing$/.test(ctx.lower[k]) && ctx.tree.kids(k).some((c) => ctx.tree.rel(c) === 'aux' && /^(?:is|are|was|were|am|been|be)$/.test(ctx.lower[c]));
  const adjective = ctx.tree.upos(k) === 'ADJ' || (ctx.tree.upos(k) === 'VERB' && (ctx.tree.kid(k, 'aux:pass') >= 0 || progressive || (/ed$/.test(ctx.lower[k]) && ctx.tree.kid(k, 'obj') < 0)));
  // ("prepared to go to battle": a harm the act goes to)
  // ("prepared to take action unless …": a measure of any kind, on a condition)
  const measureOnCondition = (o: number) => o >= 0 && isMeasure(ctx, o, role) && (conditionOf(ctx, act, role) ?? conditionOf(ctx, k, role)) !== undefined;
  if (act < 0) return readyForHarm(ctx, k, role) >= 0;
  // ("prepared to encircle the city and bomb it": a harm among the acts it is ready for)
  return k >= 0 && role(k) === 'readiness' && adjective && act >= 0 && ([act, ...ctx.tree.kidsWith(act, 'conj')].some((a) => role(a) === 'consequence') || role(ctx.tree.kid(act, 'obj')) === 'harm' || ctx.tree.kidsWith(act, 'obl').some((o) => role(o) === 'harm') || measureOnCondition(ctx.tree.kid(act, 'obj')));
}

/** "ready for the toughest response": the harm an adjective of readiness is for, as the for-phrase's head; -1 if none. */
export function readyForHarm(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number {
  if (k < 0 || role(k) !== 'readiness' || ctx.tree.upos(k) !== 'ADJ') return -1;
  const forWhat = phraseUnder(ctx, k, ['obl'], 'for');
  return forWhat >= 0 && isHarm(ctx, forWhat, role) ? forWhat : -1;
}

/** The "of" phrase of a warning: under the cue, or under its object ("warned Serbia of …"), as its head. */
export function ofPhrase(ctx: StatementContext, k: number): number {
  const own = phraseUnder(ctx, k, ['obl', 'nmod'], 'of');
  return own >= 0 ? own : phraseUnder(ctx, ctx.tree.kid(k, 'obj'), ['nmod'], 'of');
}

/** Whether will/would (or shall) is k's own auxiliary. */
export const hasOwnModal = (ctx: StatementContext, k: number): boolean => ctx.tree.kids(k).some((c) => ctx.tree.rel(c) === 'aux' && MODALS.has(ctx.lower[c]));

/** Whether k or one of its conjuncts has will/would for an auxiliary. */
export function hasModal(ctx: StatementContext, k: number): boolean {
  return hasOwnModal(ctx, k) || ctx.tree.kidsWith(k, 'conj').some((c) => hasModal(ctx, c));
}

/**
 * A target is named, in the sentence or the one before, not only a pronoun: in "if they tax her
 * shop, she will close" nobody is threatened; in "… struck Iran. “We will attack their bases,” he
 * said" the United States is.
 */
export function namedIn(ctx: StatementContext, k: number): (e: Entity) => boolean {
  const s = ctx.sentenceOfToken(k);
  const before = ctx.doc.sentences[s.index - 1];
  const near = [...(before && before.paragraph === s.paragraph ? ctx.mentionsInSentence[before.index] : []), ...ctx.mentionsInSentence[s.index]];
  return (e) => near.some((x) => x.entity === e && x.mention.kind !== 'pronoun');
}

/**
 * "threatened to suspend Peru following the coup": the adjuncts after the action that say when or why, not what
 * ("to take measures against Chile for hosting the rebels": a clause opened by "for" says what it is punished for).
 */
export function circumstances(ctx: StatementContext, action: number): number[] {
  const { tree } = ctx;
  const opener = (c: number) => tree.kids(c).find((m) => (tree.rel(m) === 'case' || tree.rel(m) === 'mark') && m === tree.span(c)[0]);
  const reason = (c: number) => tree.rel(c) === 'advcl' && tree.upos(c) === 'VERB' && ctx.lower[opener(c) ?? -1] === 'for';
  return tree.kids(action).filter((c) => c > action && ['obl', 'advcl'].includes(tree.rel(c)) && (ctx.lex.cueWords('circumstance-word').has(ctx.lower[opener(c) ?? -1] ?? '') || reason(c)));
}

/** Text of k's subtree from `from` on, less the subtrees in `except` at its edges, and less edge punctuation. */
export function spanOf(ctx: StatementContext, k: number, except: number[], from = -1): string {
  let [a, b] = ctx.tree.span(k);
  a = Math.max(a, from);
  for (const x of except) {
    if (x < 0) continue;
    const [ea, eb] = ctx.tree.span(x);
    if (ea > k) b = Math.min(b, ea);
    else if (eb <= k) a = Math.max(a, eb);
  }
  while (b > a && /^[\p{P}]$/u.test(ctx.texts[b - 1])) b--;
  while (a < b && /^[\p{P}]$/u.test(ctx.texts[a])) a++;
  return spanText(ctx, a, b);
}

/** Whether a from- or starting-phrase of k names a day ("from today", "starting Monday", "from January 1"). */
export function startsOnDay(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  const [a, b] = tree.span(k);
  // ("… starting on February 1", "effective March 3": a start named in words, however the parse hangs it)
  // ("as of midnight Thursday" too)
  const opensStart = (o: number) => /^(?:starting|effective|beginning)$/.test(ctx.lower[o]) || (ctx.lower[o] === 'of' && ctx.lower[o - 1] === 'as');
  for (let o = a; o < b; o++) if (opensStart(o) && ctx.texts.slice(o + 1, Math.min(b, o + 4)).some((w) => ctx.lex.calendar.has(w) || /^(?:today|tomorrow|midnight|immediately)$/i.test(w))) return true;
  for (let o = a; o < b; o++) {
    if (!tree.rel(o).startsWith('obl') || !(/^(?:today|tomorrow|midnight)$/.test(ctx.lower[o]) || ctx.lex.calendar.has(ctx.texts[o]))) continue;
    if (!tree.kids(o).some((c) => /^(?:from|starting|effective)$/.test(ctx.lower[c]))) continue;
    // (the parse may hang the phrase from a participle of the object's: "on wine imported from X from today")
    const h = tree.head(o);
    if (h === k || (['acl', 'xcomp'].includes(tree.rel(h)) && tree.kid(h, 'nsubj') < 0)) return true;
  }
  return false;
}

/**
 * "their bases would be legitimate targets", "Chilean warships become targets": a thing said to be or become a target
 * (a noun with its copula, or the object or complement of a becoming verb); its owner is the one threatened.
 */
export function becomesTarget(ctx: StatementContext, x: number): boolean {
  return targetNounOf(ctx, x) >= 0;
}

/** "legitimate targets": whether the target x becomes is a declared one, threatened even with no condition. */
export function declaredTarget(ctx: StatementContext, x: number): boolean {
  const n = targetNounOf(ctx, x);
  return n >= 0 && ctx.tree.kidsWith(n, 'amod').some((a) => ctx.lex.cueWords('target-adjective').has(ctx.lower[a]));
}

/** The target noun x is or becomes (x itself, or a becoming verb's object or complement), -1 if none. */
function targetNounOf(ctx: StatementContext, x: number): number {
  const { tree } = ctx;
  if (x < 0) return -1;
  const target = (n: number) => n >= 0 && tree.upos(n) === 'NOUN' && ctx.lex.cueWords('target-noun').has(tree.lemma(n));
  if (target(x)) return tree.kid(x, 'cop') >= 0 ? x : -1;
  if (tree.upos(x) !== 'VERB' || !ctx.lex.cueWords('becoming-verb').has(tree.lemma(x))) return -1;
  return [tree.kid(x, 'obj'), tree.kid(x, 'xcomp')].find(target) ?? -1;
}

/**
 * "sent a letter to the UN chief saying it would respond …": whom a document in k's sentence is sent or addressed to
 * reads the threat; it is not threatened.
 */
export function documentAddressees(ctx: StatementContext, k: number): Set<Entity> {
  const { tree } = ctx;
  const out = new Set<Entity>();
  const s = ctx.sentenceOfToken(k);
  for (let d = s.tokenStart; d < s.tokenEnd; d++) {
    if (tree.upos(d) !== 'NOUN' || !ctx.lex.cueWords('document-noun').has(ctx.lower[d])) continue;
    const sentWith = tree.rel(d) === 'obj' ? phraseUnder(ctx, tree.head(d), ['obl'], 'to') : -1;
    for (const x of [phraseUnder(ctx, d, ['nmod'], 'to'), sentWith]) for (const e of agentsAt(ctx, x)) out.add(e);
  }
  return out;
}

/** Agents named in the of-phrase of a noun of what befell someone ("the killing of X") under k. */
export function victimsUnder(ctx: StatementContext, k: number): Set<Entity> {
  const { tree } = ctx;
  const out = new Set<Entity>();
  if (k < 0) return out;
  const [a, b] = tree.span(k);
  for (let n = a; n < b; n++) {
    if (!ctx.lex.cueWords('victim-noun').has(tree.lemma(n))) continue;
    for (const e of agentsAt(ctx, phraseUnder(ctx, n, ['nmod'], 'of'))) out.add(e);
    // ("the overthrow of President X" with the name hung elsewhere by the parse: the first agent named right after "of")
    if (ctx.lower[n + 1] !== 'of') continue;
    for (let i = n + 2; i < Math.min(ctx.texts.length, n + 6); i++) {
      const e = ctx.entityAtToken[i];
      if (e && isAgent(e)) {
        out.add(e);
        break;
      }
    }
  }
  return out;
}

/** Clauses coordinated with k that have a subject of their own ("… would be met by sanctions and X rejected …"): other statements. */
export function otherClauses(ctx: StatementContext, k: number): number[] {
  const { tree } = ctx;
  return k < 0 ? [] : tree.kidsWith(k, 'conj').filter((c) => tree.upos(c) === 'VERB' && tree.kid(c, 'nsubj') >= 0);
}

/** "it is going to be a very bad day for Chile": a bad time (a noun a bad-adjective describes) said to be someone's. */
export function badTimeFor(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  return tree.upos(k) === 'NOUN' && tree.kid(k, 'cop') >= 0 && tree.kidsWith(k, 'amod').some((a) => ctx.lex.cueWords('bad-adjective').has(ctx.lower[a])) && phraseUnder(ctx, k, ['nmod', 'obl'], 'for') >= 0;
}
