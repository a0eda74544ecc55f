// The one place that says which SPARQL engine newskg uses (see README.md, "Engine: Oxigraph, and why"
// for the measurements behind the choice).
import type { Quad } from 'n3';
import { createOxigraphEngine, type RdfText } from './oxigraph.js';
import type { QueryEngine } from './types.js';

export type { QueryEngine, QueryOptions, QueryResult, QueryForm } from './types.js';
export { QueryResourceError, QuerySyntaxError, QueryTimeoutError, QueryUpdateError } from './types.js';

export type { RdfText } from './oxigraph.js';

/** `texts` are graph files the engine parses itself, which is much faster than quads for large files. */
export function createEngine(quads: Iterable<Quad>, texts: RdfText[] = []): Promise<QueryEngine> {
  return createOxigraphEngine(quads, texts);
}
