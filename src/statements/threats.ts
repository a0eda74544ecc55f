// Threats, read from the dependency tree. Two shapes:
//   a cue verb and its complement: "X threatened to close the border", "X warned that it would
//     respond if Y …" (the threatener is the cue's subject);
//   a consequence under will/would, with an if/unless clause or a harmful verb: "“If they attack,
//     we will respond,” Z said", "Y will pay a heavy price" (the threatener is whoever says it:
//     the quote's speaker, the subject of the speech verb the clause hangs from, else its subject).
// The target is whoever the condition names, else whoever the action falls on; it is named, never
// only a pronoun, and never on the threatener's own side. Lemmas and their roles: data/lexicon/threats.tsv.
// The readers live beside this file: threat-cue.ts (cue words), threat-consequence.ts (consequences under will/would),
// threat-frames.ts (ultimatums, measures announced on a condition, "or face", harms not ruled out) and
// threat-parts.ts (what they share); this file runs them on each sentence and makes the statements.
import type { Entity, Sentence, Statement } from '../types.js';
import { coordinatedWith, contentWords, entityOfIri, isPress, sideOf, standFor, type StatementContext } from './context.js';
import { confidenceFor } from './factuality.js';
import { type Threat, conditionUnder, readyToHarm, circumstances, spanOf, otherClauses, becomesTarget, badTimeFor } from './threat-parts.js';
import { cueThreat } from './threat-cue.js';
import { consequenceThreat } from './threat-consequence.js';
import { ultimatum, announcedOnCondition, orElse, notRuledOut } from './threat-frames.js';

export function findThreats(ctx: StatementContext): Statement[] {
  const body = withoutRepeats(ctx, ctx.doc.sentences.filter((s) => !s.heading).flatMap((s) => threatStatements(ctx, s)));
  // "Peru threatens Chile with tariffs": a headline's threat is read only when the body tells no threat at all
  // (a body that tells one says it in the words the headline shortens)
  if (body.length) return body;
  return withoutRepeats(ctx, ctx.doc.sentences.filter((s) => s.heading).flatMap((s) => threatStatements(ctx, s)));
}

/** The threats one sentence states, as statements. */
function threatStatements(ctx: StatementContext, s: Sentence): Statement[] {
  const out: Statement[] = [];
  for (const t of threatsIn(ctx, s)) {
    // (not the warning the parse hung inside the condition: "if Y visited Z, warning of …")
    const condition = t.condition >= 0 ? spanOf(ctx, t.condition, [t.cueAt ?? -1]).replace(/[,\s]+$/, '') : undefined;
    const factuality = condition ? 'Conditional' : 'Asserted';
    const threatener = speakingFor(ctx, t.threatener);
    // ("threatened Chile and Bolivia with tariffs": every one coordinated with the target is threatened)
    const side = sideOf(ctx, threatener);
    const others = coordinatedWith(ctx, s, t.target).filter((e) => e !== threatener && !side.includes(e) && !isPress(e));
    // ("told his Azerbaijani counterpart": an unnamed official threatened stands for their country)
    const target = speakingFor(ctx, t.target);
    if (target === threatener || side.includes(target)) continue;
    out.push({
      kind: 'Threat',
      threatener: threatener.iri,
      target: target.iri,
      ...(others.length ? { coTargets: others.map((e) => e.iri) } : {}),
      // "warned Serbia of serious consequences", "threatened Peru with tariffs": without "of" or "with"
      action: spanOf(ctx, t.action, [t.condition, t.reporter ?? -1, ...circumstances(ctx, t.action), ...otherClauses(ctx, t.action)], t.from).replace(/^(?:of|with|at|about)\s+["“]?/, '').replace(/^(?:and|or|but)\s+/i, ''),
      condition,
      evidence: ctx.evidence(s),
      confidence: confidenceFor(t.cue ? 0.8 : 0.6, factuality),
      factuality,
    });
  }
  return out;
}

/**
 * "Trump threatened to take over the canal … Trump has threatened to take control of the Panama Canal":
 * a lead and the body say one threat twice; a threat by the same side on the same target with
 * mostly the same words as an earlier one is that one.
 */
function withoutRepeats(ctx: StatementContext, threats: Statement[]): Statement[] {
  const kept: Array<Extract<Statement, { kind: 'Threat' }>> = [];
  for (const t of threats) {
    if (t.kind !== 'Threat') continue;
    const words = contentWords(t.action);
    const named = targetWords(ctx, t.target);
    const repeats = kept.some((k) => {
      if (k.target !== t.target || !standFor(ctx, k.threatener, t.threatener)) return false;
      const earlier = contentWords(k.action);
      const shared = [...words].filter((w) => earlier.has(w)).length;
      // ("threatened to cut off gas … vowed to retaliate": an answer with no act named restates the threat already told)
      if (vagueAction(words, named) || vagueAction(earlier, named)) return true;
      return shared >= 2 && shared >= 0.5 * Math.min(words.size, earlier.size);
    });
    if (!repeats) kept.push(t);
  }
  return kept;
}

/** "to retaliate", "would have serious consequences", "will respond appropriately": an answer promised with no act named. */
const VAGUE_WORDS = /^(?:against|them|him|her|retaliat\w*|respon\w*|reciprocal|consequences?|measures?|countermeasures?|counteraction|actions?|serious|appropriate(?:ly)?|necessary|all|any|such|take|taking|will|would|have|has|with|strong|firm\w*|greatest|possible|other|choice|than|but|our|relationship|ties)$/;
const vagueAction = (words: ReadonlySet<string>, target: ReadonlySet<string>): boolean => words.size > 0 && [...words].every((w) => VAGUE_WORDS.test(w) || target.has(w));
/** The words of the target's names ("would retaliate against Chile" names no act but the target). */
const targetWords = (ctx: StatementContext, iri: string): Set<string> => {
  const e = entityOfIri(ctx, iri);
  return e ? new Set([e.label, ...e.altLabels].flatMap((l) => [...contentWords(l)])) : new Set();
};

/** Whether the agents the subject at k names are on the reporter's side (the reporter among them). */

/** "a top Chilean official said Peru would pay a heavy price": an official named only by a description threatens for the country. */
function speakingFor(ctx: StatementContext, e: Entity): Entity {
  if (e.type !== 'Person' || e.mentions.some((m) => m.kind !== 'description')) return e;
  return sideOf(ctx, e).find((x) => x.type === 'Country') ?? e;
}

/**
 * The threats of a sentence: the first cue verb (it says outright that a threat is made), then
 * consequences under will/would that neither its action nor its condition holds ("X will impose
 * tariffs if Y follows through on a pledge to raise duties": X's threat and Y's pledge are two).
 */
function threatsIn(ctx: StatementContext, s: Sentence): Threat[] {
  const { tree } = ctx;
  // (a noun listed as written before its lemma: "means" is a measure, though "mean" is no act)
  const role = (k: number) => (tree.upos(k) === 'NOUN' ? ctx.lex.threatLemmas.get(ctx.lower[k]) : undefined) ?? ctx.lex.threatLemmas.get(tree.lemma(k)) ?? ctx.lex.threatLemmas.get(ctx.lower[k]);
  const out: Threat[] = [];
  const covered = (k: number) => out.some((t) => tree.dominates(t.action, k) || (t.condition >= 0 && tree.dominates(t.condition, k)));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const readiness = readyToHarm(ctx, k, role);
    if (!readiness && (role(k) !== 'cue' || (tree.upos(k) !== 'VERB' && tree.upos(k) !== 'NOUN'))) continue;
    const t = cueThreat(ctx, k, role);
    // (one cue per sentence: "warned X not to …, threatening to …" is one threat told twice)
    if (t) {
      out.push(t);
      break;
    }
  }
  for (let k = s.tokenStart; k < s.tokenEnd && !out.length; k++) {
    const t = ultimatum(ctx, k);
    if (t) out.push(t);
  }
  for (let k = s.tokenStart; k < s.tokenEnd && !out.length; k++) {
    const t = notRuledOut(ctx, k, role) ?? orElse(ctx, k, role) ?? announcedOnCondition(ctx, k, role);
    if (t) out.push(t);
  }
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // "would not be able to escape its end unless …": an adjective can carry the consequence too
    // ("shall be responsible for the consequences": an adjective of suffering, when what is borne is consequences)
    const borne = tree.upos(k) === 'ADJ' && role(k) === 'suffering' && tree.kidsWith(k, 'obl').some((o) => tree.lemma(o) === 'consequence');
    if (tree.upos(k) !== 'VERB' && tree.upos(k) !== 'AUX' && !borne && !(tree.upos(k) === 'ADJ' && (conditionUnder(ctx, k, role) !== undefined || role(k) === 'litotes')) && !becomesTarget(ctx, k) && !badTimeFor(ctx, k)) continue;
    if (covered(k)) continue;
    const t = consequenceThreat(ctx, k, role);
    if (t) out.push(t);
  }
  return out;
}
