// Small readers over token ranges shared by the statement finders.
import { lexiconTag } from '../mentions/common-words.js';
import type { Entity } from '../types.js';
import { isAgent, spanText, type StatementContext } from './context.js';

const CLAUSE_END = new Set([',', ';', '.', ':', '?', '!', '—', '–', '(', ')', '“', '”', '"']);
const CONDITION_WORDS = new Set(['if', 'unless', 'until', 'because', 'after', 'before', 'when', 'while']);
const NP_STOP = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'while', 'because', 'if', 'unless', 'as', 'than', 'to', 'by', 'at', 'after', 'before', 'when']);
// "a miner whose case had been backed": auxiliaries and relatives end a subject read backwards
const NP_BEFORE_STOP = new Set(['is', 'had', 'has', 'have', 'whose', 'would', 'will']);
const AUXILIARIES = new Set(['would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'has', 'have', 'had', 'does', 'did', 'not']);
const DETERMINERS = /^(?:a|an|the|its|their|his|her|our|any|this|that|these|those|some|new|further)$/i;

/** The agent a clause is about: the speaker if inside a quote, else the nearest agent to the left. */
export function subjectOf(ctx: StatementContext, i: number, floor: number): Entity | undefined {
  return subjectsOf(ctx, i, floor)[0];
}

/**
 * The agents a clause is about, the nearest first: "Cambodia and Laos had pushed" is both.
 * A demonym is an agent only before a group noun ("the Saudi delegation", "American policymakers").
 */
export function subjectsOf(ctx: StatementContext, i: number, floor: number): Entity[] {
  const speaker = ctx.speakerAtToken[i];
  if (speaker) return [speaker];
  for (let k = i - 1; k >= floor; k--) {
    // "The IMF, which has long urged Nigeria to …, backed the government": past the relative clause
    if (ctx.texts[k] === ',') k = relativeClauseStart(ctx, k, floor);
    if (!isSubjectAt(ctx, k)) continue;
    // "The EU, which challenged the ban at the WTO, said it regretted": not the agent inside a phrase
    const start = tokenOfMentionStart(ctx, k);
    const prep = ctx.lower[start - 1] === 'the' ? start - 2 : start - 1;
    // ("the ministry of Chile welcomed", "the leaders of Brazil agreed": of an actor noun, the actor)
    const ofActor = ctx.lower[prep] === 'of' && (ctx.lex.orgDescriptionNouns.has(ctx.lower[prep - 1] ?? '') || ctx.lex.groupAgentNouns.has(ctx.lower[prep - 1] ?? ''));
    if (PREPOSITIONS.has(ctx.lower[prep] ?? '') && !ofActor) {
      k = start;
      continue;
    }
    const out = [ctx.entityAtToken[k] as Entity];
    // walk back over "A, B and" to the other coordinated agents
    let m = tokenOfMentionStart(ctx, k);
    while (m - 2 >= floor && (ctx.lower[m - 1] === 'and' || ctx.lower[m - 1] === ',') && isSubjectAt(ctx, m - 2)) {
      const e = ctx.entityAtToken[m - 2] as Entity;
      if (!out.includes(e)) out.push(e);
      m = tokenOfMentionStart(ctx, m - 2);
    }
    return out;
  }
  return [];
}

/** For the comma closing ", which … ," before k, the index of its opening comma; else k. */
function relativeClauseStart(ctx: StatementContext, k: number, floor: number): number {
  for (let c = k - 1; c > floor && k - c <= 25; c--) {
    if (ctx.texts[c] !== ',') continue;
    return /^(?:which|who|whose|whom)$/.test(ctx.lower[c + 1] ?? '') ? c : k;
  }
  return k;
}

/** Words that open a prepositional phrase: an agent inside one ("talks in Tehran", "a judge of Senegal") is not a clause's subject. */
export const PREPOSITIONS = new Set(['at', 'in', 'to', 'from', 'with', 'by', 'of', 'for', 'on', 'against', 'into', 'over', 'between', 'among', 'near']);

function isSubjectAt(ctx: StatementContext, k: number): boolean {
  if (!isAgent(ctx.entityAtToken[k])) return false;
  const m = ctx.mentionAtToken[k];
  return m?.kind !== 'demonym' || ctx.lex.groupAgentNouns.has(ctx.lower[k + 1] ?? '');
}

function tokenOfMentionStart(ctx: StatementContext, k: number): number {
  const m = ctx.mentionAtToken[k];
  while (k > 0 && ctx.mentionAtToken[k - 1] === m) k--;
  return k;
}

/** End of the clause starting at i (exclusive): punctuation, or a finite verb that starts a new predicate. */
export function clauseEnd(ctx: StatementContext, i: number, limit: number, stopAtVerb = false): number {
  for (let k = i; k < limit; k++) {
    if (CLAUSE_END.has(ctx.texts[k])) return k;
    // "… on Sudan's army if the talks fail": a condition starts a clause of its own
    if (stopAtVerb && k > i && CONDITION_WORDS.has(ctx.lower[k])) return k;
    if (stopAtVerb && k > i && isFiniteVerb(ctx, k)) return k;
  }
  return limit;
}

/** A past-tense or present verb used as a predicate ("took effect"), not as a modifier ("suspected of"). */
export function isFiniteVerb(ctx: StatementContext, k: number): boolean {
  const w = ctx.lower[k];
  const tag = lexiconTag(w);
  // present-tense "-s" forms are too often plural nouns ("firms", "talks") to end a phrase on
  if (!tag || !/PastTense|Copula|Modal/.test(tag)) return false;
  return !['of', 'by', 'to', 'in', 'with', 'for'].includes(ctx.lower[k + 1] ?? '');
}

/** A short noun phrase from i: determiners dropped, stops at clause ends and conjunctions. */
export function nounPhraseAfter(ctx: StatementContext, i: number, limit: number, maxWords = 6): string {
  // it “regrets” the decision: the quote mark after a quoted cue is no boundary
  while (i < limit && /^[”"’]$/.test(ctx.texts[i])) i++;
  let a = i;
  while (a < limit && DETERMINERS.test(ctx.texts[a])) a++;
  let b = a;
  while (b < limit && b - a < maxWords && !CLAUSE_END.has(ctx.texts[b]) && !NP_STOP.has(ctx.lower[b])) b++;
  return spanText(ctx, a, b);
}

/** The noun phrase ending just before i ("Nuclear enrichment" before "is"), possessor dropped. */
export function nounPhraseBefore(ctx: StatementContext, i: number, floor: number, maxWords = 5): string {
  // a quote mark between the subject and its predicate is not a boundary: unilateral tariffs “harm …”
  while (i > floor && /^[“”"]$/.test(ctx.texts[i - 1])) i--;
  // "a trade war would hurt": the subject ends before its auxiliary
  while (i > floor && AUXILIARIES.has(ctx.lower[i - 1])) i--;
  let a = i;
  while (a > floor && i - a < maxWords && !CLAUSE_END.has(ctx.texts[a - 1]) && !NP_STOP.has(ctx.lower[a - 1]) && !NP_BEFORE_STOP.has(ctx.lower[a - 1]) && !ctx.isSpeechVerb(a - 1)) a--;
  // drop "Tehran's" / "the"
  for (let k = i - 1; k >= a; k--) if (/^['’]s$/.test(ctx.texts[k])) { a = k + 1; break; }
  while (a < i && DETERMINERS.test(ctx.texts[a])) a++;
  return spanText(ctx, a, i);
}

/** A short verb phrase from i ("return to the table"): stops only at clause ends and conjunctions. */
export function verbPhraseAfter(ctx: StatementContext, i: number, limit: number, maxWords = 7): string {
  // urged Beijing to "stop its military pressure": a quote mark opens the phrase, not a new clause
  while (i < limit && /^[“"‘]$/.test(ctx.texts[i])) i++;
  let b = i;
  while (b < limit && b - i < maxWords && !CLAUSE_END.has(ctx.texts[b]) && !['and', 'but', 'or', 'while', 'because', 'if', 'unless'].includes(ctx.lower[b])) b++;
  return spanText(ctx, i, b);
}
