// Word-level clause limits the sanction and quote readers still use beside the parse.
import { lexiconTag } from '../mentions/common-words.js';
import type { StatementContext } from './context.js';

const CLAUSE_END = new Set([',', ';', '.', ':', '?', '!', '—', '–', '(', ')', '“', '”', '"']);
const CONDITION_WORDS = new Set(['if', 'unless', 'until', 'because', 'after', 'before', 'when', 'while']);

/** Words that open a prepositional phrase: an agent inside one ("talks in Tehran", "a judge of Senegal") is not a clause's subject. */
export const PREPOSITIONS = new Set(['at', 'in', 'to', 'from', 'with', 'by', 'of', 'for', 'on', 'against', 'into', 'over', 'between', 'among', 'near']);

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
function isFiniteVerb(ctx: StatementContext, k: number): boolean {
  const w = ctx.lower[k];
  const tag = lexiconTag(w);
  // present-tense "-s" forms are too often plural nouns ("firms", "talks") to end a phrase on
  if (!tag || !/PastTense|Copula|Modal/.test(tag)) return false;
  return !['of', 'by', 'to', 'in', 'with', 'for'].includes(ctx.lower[k + 1] ?? '');
}
