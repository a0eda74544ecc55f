// The one place that says which SPARQL engine newskg uses (see README.md, "Engine: Oxigraph, and why"
// for the measurements behind the choice).
import type { Quad } from 'n3';
import { createOxigraphEngine, type RdfText } from './oxigraph.js';
import type { EngineSettings, QueryEngine } from './types.js';

export type { QueryEngine, QueryOptions, QueryResult, QueryForm, EngineSettings } from './types.js';
export { DEFAULT_ENGINE_SETTINGS, QueryBusyError, QueryEndpointError, QueryResourceError, QuerySyntaxError, QueryTimeoutError, QueryUpdateError } from './types.js';

export type { RdfText } from './oxigraph.js';

/** `texts` are graph files the engine parses itself, which is much faster than quads for large files. */
export function createEngine(quads: Iterable<Quad>, texts: RdfText[] = [], settings: Partial<EngineSettings> = {}): Promise<QueryEngine> {
  return createOxigraphEngine(quads, texts, settings);
}
