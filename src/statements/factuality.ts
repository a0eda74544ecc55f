// How firmly the text asserts a statement: asserted, conditional, reported, hedged or denied.
import type { Factuality, Sentence } from '../types.js';
import { findPhrase, type StatementContext } from './context.js';

const has = (ctx: StatementContext, s: Sentence, cues: string[]) => cues.some((c) => findPhrase(ctx.lower, c, s.tokenStart, s.tokenEnd) >= 0);

export function factualityOf(ctx: StatementContext, s: Sentence, conditional = false): Factuality {
  const cues = ctx.lex.statements.factuality;
  if (conditional) return 'Conditional';
  // "X denied that …" denies; "an allegation Kyiv denied," only reports someone else's denial
  const denial = cues.denied.filter((c) => !['did not', 'never'].includes(c)).some((c) => {
    const at = findPhrase(ctx.lower, c, s.tokenStart, s.tokenEnd);
    return at >= 0 && /^[\p{L}\p{N}]/u.test(ctx.texts[at + c.split(' ').length] ?? '');
  });
  if (denial) return 'Denied';
  if (has(ctx, s, cues.reported)) return 'Reported';
  if (has(ctx, s, cues.hedged)) return 'Hedged';
  return 'Asserted';
}

/** Confidence drops for reported and hedged statements. */
export function confidenceFor(base: number, f: Factuality): number {
  const factor = { Asserted: 1, Conditional: 0.95, Reported: 0.85, Hedged: 0.75, Denied: 0.7 }[f];
  return Math.round(base * factor * 100) / 100;
}
