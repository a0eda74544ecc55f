// Stage 4: entities and sentences → statements (n-ary facts with evidence) and entity facts.
import type { Resolution } from '../entities/index.js';
import type { Settings } from '../settings.js';
import type { Document, EntityFact, Statement } from '../types.js';
import { statementContext } from './context.js';
import { findEntityFacts } from './facts.js';
import { findQuotes } from './quotes.js';

export interface StatementResult {
  statements: Statement[];
  facts: EntityFact[];
}

type Finder = (ctx: ReturnType<typeof statementContext>) => Statement[];

const FINDERS: Finder[] = [findQuotes];

export function findStatements(doc: Document, resolution: Resolution, settings: Settings): StatementResult {
  const ctx = statementContext(doc, resolution);
  const statements = FINDERS.flatMap((find) => find(ctx)).filter((s) => s.confidence >= settings.minConfidence);
  return { statements, facts: findEntityFacts(ctx, resolution.entities) };
}
