// Sanctions: "new sanctions targeted shipping companies", "tariffs on nations doing business with Iran",
// "the EU imposed an embargo on Russian oil".
import type { EntityOrLiteral, Statement } from '../types.js';
import { clauseEnd } from './clauses.js';
import { isAgent, spanText, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';

export function findSanctions(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.sanction;
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!cues.measures.includes(ctx.lower[i])) continue;
      // the target follows a cue word within two tokens: "tariffs on", "sanctions targeted", "sanctions against"
      const cueAt = [i + 1, i + 2].find((k) => k < s.tokenEnd && cues.targetCues.includes(ctx.lower[k]));
      if (cueAt === undefined) continue;
      let a = cueAt + 1;
      while (a < s.tokenEnd && /^(?:the|a|an)$/.test(ctx.lower[a])) a++;
      const b = clauseEnd(ctx, a, s.tokenEnd, true);
      if (b <= a) continue;
      const imposer = firstAgentBefore(ctx, s.tokenStart, i);
      if (!imposer) continue;
      const whole = ctx.entityAtToken[a];
      const mention = ctx.mentionAtToken[a];
      const target: EntityOrLiteral = whole && mention && ctx.doc.tokens[b - 1].end <= mention.end && whole !== imposer ? { iri: whole.iri } : { literal: spanText(ctx, a, b) };
      const factuality = factualityOf(ctx, s);
      out.push({ kind: 'Sanction', imposedBy: imposer.iri, target, measure: ctx.texts[i], evidence: ctx.evidence(s), confidence: confidenceFor(0.7, factuality), factuality });
      i = b;
    }
  }
  return out;
}

/** The sentence's subject, when it names an agent before the measure ("Washington tightened ...: tariffs on ..."). */
function firstAgentBefore(ctx: StatementContext, a: number, i: number) {
  for (let k = a; k < i; k++) {
    const e = ctx.entityAtToken[k];
    if (isAgent(e) && ctx.mentionAtToken[k]?.kind !== 'demonym') return e;
  }
  return undefined;
}
