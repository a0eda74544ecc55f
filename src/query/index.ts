// The query feature: one engine over the given quads, named queries, formats.
export { createEngine, DEFAULT_ENGINE_SETTINGS, QueryBusyError, QueryEndpointError, QueryResourceError, QuerySyntaxError, QueryTimeoutError, QueryUpdateError, type RdfText } from './engine.js';
export type { QueryEngine, QueryOptions, QueryResult, QueryForm, EngineSettings } from './engine.js';
export { formatResult, toTurtle, MEDIA_TYPES, RESULT_FORMATS, type ResultFormat } from './format.js';
export { listNamedQueries, loadNamedQuery, bindParams, namedQueryText, type NamedQuery, type NamedParam } from './named.js';
export { loadSources, loadSource, loadEngineSources, extractArticle, isArticleFile, type EngineSources } from './load.js';
export { PREFIX_LINE } from './prefixes.js';
export type { JsonTerm, JsonQuad } from './terms.js';
