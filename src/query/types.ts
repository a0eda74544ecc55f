import type { JsonQuad, JsonTerm } from './terms.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';

/**
 * `truncated`: more rows (or triples) matched than were kept. `endpointRowLimit`: a remote endpoint
 * stopped at its own row limit (this many), so the answer is incomplete whatever the caller asked.
 */
export type QueryResult =
  | { form: 'ASK'; boolean: boolean }
  | { form: 'SELECT'; vars: string[]; rows: Record<string, JsonTerm>[]; truncated: boolean; endpointRowLimit?: number }
  | { form: 'CONSTRUCT' | 'DESCRIBE'; quads: JsonQuad[]; truncated: boolean; endpointRowLimit?: number };

export interface QueryOptions {
  /** Values for variables of the query, bound by a VALUES block (never spliced as text). */
  bindings?: Record<string, JsonTerm>;
  /** Rows (or triples) kept; the result says `truncated` when more matched. */
  maxRows?: number;
  /** Wall-clock limit; the query is abandoned with QueryTimeoutError after it. */
  timeoutMs?: number;
}

/**
 * A read-only SPARQL engine loaded with one dataset. The default graph is the merge of all graphs:
 * a triple stated in several graphs (the default one and an article's, or two articles') is one
 * triple there, as in the exported Turtle; `GRAPH ?g { … }` still reads each named graph.
 */
export interface QueryEngine {
  readonly name: string;
  query(text: string, options?: QueryOptions): Promise<QueryResult>;
  /** Resolves once every worker has loaded (the quick lane loads after the engine is ready). */
  warm?(): Promise<void>;
  close(): Promise<void>;
}

/** How much the engine may take, and how it shares itself between queries. */
export interface EngineSettings {
  /**
   * Memory (MB) a query may add to the process while it runs, sampled every 25 ms; past it the
   * query is stopped with QueryResourceError and its worker replaced, which gives the memory back.
   */
  queryMemoryMb: number;
  /**
   * After a query, a worker whose WebAssembly memory has grown this many MB past its size after
   * loading is replaced: WebAssembly memory only grows, so a worker would otherwise keep its peak.
   */
  recycleMemoryMb: number;
  /** The worker's JavaScript heap limit in MB (Worker resourceLimits); past it the worker dies and is replaced. */
  workerHeapMb: number;
  /**
   * A second worker for queries that are cheap by shape (shape.ts), so that slow queries in the main
   * worker do not hold them up. It loads the same data, so the engine takes about twice the memory.
   */
  quickLane: boolean;
  /**
   * One more loaded worker kept aside: when a query is stopped (its time, its memory) and its worker with
   * it, the lane takes this one at once instead of waiting for the data to load again, and the next
   * standby loads in the background. It holds the data too: one more copy of the engine's memory.
   */
  standby: boolean;
  /** How long a query may run in the quick lane before it is stopped there and moved to the main lane (ms). */
  quickLaneMs: number;
  /** Queries running or waiting in each lane at most; past it a query is refused with QueryBusyError. */
  maxQueue: number;
}

export const DEFAULT_ENGINE_SETTINGS: EngineSettings = {
  queryMemoryMb: 1024,
  recycleMemoryMb: 256,
  workerHeapMb: 1024,
  quickLane: false,
  standby: false,
  quickLaneMs: 1000,
  maxQueue: 16,
};

/** The query text could not be parsed; `message` is the parser's, with positions in the user's text. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
}

/** The text is a SPARQL Update, which newskg never runs. */
export class QueryUpdateError extends Error {
  override name = 'QueryUpdateError';
}

export class QueryTimeoutError extends Error {
  override name = 'QueryTimeoutError';
}

/** The engine broke on the query (out of memory, a nesting too deep for it); it was restarted for the next one. */
export class QueryResourceError extends Error {
  override name = 'QueryResourceError';
}

/** The SPARQL endpoint (`--endpoint`) could not be reached, failed, or answered something that is not a result. */
export class QueryEndpointError extends Error {
  override name = 'QueryEndpointError';
}

/** Too many queries are running or waiting in the lane this one would take; nothing was run. */
export class QueryBusyError extends Error {
  override name = 'QueryBusyError';
}
