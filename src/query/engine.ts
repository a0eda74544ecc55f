// The one place that says which SPARQL engine newskg uses (see docs/querying.md
// for the measurements behind the choice).
import type { Quad } from 'n3';
import { createOxigraphEngine } from './oxigraph.js';
import type { QueryEngine } from './types.js';

export type { QueryEngine, QueryOptions, QueryResult, QueryForm } from './types.js';
export { QuerySyntaxError, QueryTimeoutError, QueryUpdateError } from './types.js';

export function createEngine(quads: Iterable<Quad>): Promise<QueryEngine> {
  return createOxigraphEngine(quads);
}
