// Stage 4: entities and sentences → statements (n-ary facts with evidence) and entity facts.
import type { Resolution } from '../entities/index.js';
import type { Settings } from '../settings.js';
import type { Document, EntityFact, Statement, Syntax } from '../types.js';
import { contentWords, sideIrisOf, statementContext, type StatementContext } from './context.js';
import { findEntityFacts } from './facts.js';
import { findMeetings } from './meetings.js';
import { attributeQuotes } from './quotes.js';
import { findSanctions } from './sanctions.js';
import { findStances } from './stances.js';
import { findThreats } from './threats.js';
import { findTradeFlows } from './trade.js';
import { joinCoordinated } from './joint.js';

export interface StatementResult {
  statements: Statement[];
  facts: EntityFact[];
}

type Finder = (ctx: StatementContext) => Statement[];

// Quotes come first: the others read who is speaking inside them.
const FINDERS: Finder[] = [findStances, findThreats, findMeetings, findSanctions, findTradeFlows];

export function findStatements(doc: Document, syntax: Syntax, resolution: Resolution, settings: Settings): StatementResult {
  const ctx = statementContext(doc, syntax, resolution);
  const quotes = attributeQuotes(ctx);
  for (const q of quotes) for (let i = q.open; i <= q.close && i < ctx.texts.length; i++) ctx.speakerAtToken[i] = q.speaker;
  const found = [...quotes.filter((q) => !q.fragment).map((q) => q.statement), ...FINDERS.flatMap((find) => find(ctx))].filter((s) => s.confidence >= settings.minConfidence);
  return { statements: joinCoordinated(withoutAnnouncedThreats(ctx, found)), facts: findEntityFacts(ctx, resolution.entities) };
}

/**
 * "X will impose tariffs on Y from Monday": a measure announced with no condition is a sanction the
 * sentence also yields, not a threat; the threat read from the same words is dropped.
 */
function withoutAnnouncedThreats(ctx: StatementContext, list: Statement[]): Statement[] {
  const sanctions = list.filter((s): s is Extract<Statement, { kind: 'Sanction' }> => s.kind === 'Sanction');
  if (!sanctions.length) return list;
  return list.filter((t) => {
    if (t.kind !== 'Threat' || t.condition) return true;
    const side = sideIrisOf(ctx, t.threatener);
    // ("froze all trade with X and reserved the right to take further action": a second act in the sentence stays a threat)
    const words = contentWords(t.action);
    const sameAct = (s: Extract<Statement, { kind: 'Sanction' }>) => !s.measure || [...contentWords(s.measure)].some((w) => words.has(w));
    return !sanctions.some((s) => s.evidence.start === t.evidence.start && 'iri' in s.target && s.target.iri === t.target && side.includes(s.imposedBy) && sameAct(s));
  });
}
