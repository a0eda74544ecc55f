// A QueryEngine that sends each query to a SPARQL 1.1 endpoint (the SPARQL 1.1 Protocol over HTTP)
// instead of the embedded Oxigraph: `newskg query|serve|view --endpoint URL`. Queries are prepared
// as for the embedded engine (predeclared prefixes, parameters as a VALUES block, a SELECT's LIMIT
// lowered to the row limit) and only queries are ever sent: an update is refused before any request.
import type { Quad } from 'n3';
import { bindValues } from '../query/bind.js';
import { queryForm } from '../query/form.js';
import { capLimit } from '../query/limit.js';
import { explainSyntaxError, withPrefixes } from '../query/prefixes.js';
import {
  QueryBusyError, QueryEndpointError, QuerySyntaxError, QueryTimeoutError,
  type QueryEngine, type QueryOptions, type QueryResult,
} from '../query/types.js';
import { ID_BASE } from '../rdf/vocab.js';
import { errorGist, firstLine, httpRequest, shownUrl, type HttpAnswer } from './http.js';
import { GRAPH_ACCEPT, readAsk, readGraph, readSelect, toJsonQuad } from './results.js';

export interface EndpointSettings {
  /** A query's time limit when the caller gives none: a remote query is never left to run unbounded. */
  timeoutMs: number;
  /** The longest answer read, in bytes. */
  maxAnswerBytes: number;
  /** Requests sent at once; the others wait, so a busy page cannot flood the store. */
  parallel: number;
  /** Queries sent or waiting at most; past it a query is refused with QueryBusyError (the server's 503). */
  maxQueue: number;
}

export const DEFAULT_ENDPOINT_SETTINGS: EndpointSettings = { timeoutMs: 60_000, maxAnswerBytes: 256 * 2 ** 20, parallel: 4, maxQueue: 16 };

const RESULTS_JSON = 'application/sparql-results+json';

/**
 * An endpoint's own time limit in an error answer: Virtuoso's SQL states S1T00 ("Transaction timed
 * out", MaxQueryExecutionTime) and its refusal of a query whose estimated time is over its limit;
 * Jena's "Query cancelled due to timeout"; other stores' "timed out".
 */
const ENDPOINT_TIMEOUT = /\bS1T00\b|estimated execution time|timed? ?out\b|timeout/i;

/** An answer the endpoint itself cut at its own row limit (Virtuoso's ResultSetMaxRows says so in this header). */
const ROW_LIMIT_HEADER = 'x-sparql-maxrows';

/** The most rows Virtuoso sorts for a LIMIT as packaged (MaxSortedTopRows). */
const SORTED_TOP_ROWS = 10_000;

export class EndpointEngine implements QueryEngine {
  readonly name = 'endpoint';
  private readonly closing = new AbortController();
  readonly settings: EndpointSettings;
  private sending = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly url: string, settings: Partial<EndpointSettings> = {}) {
    this.settings = { ...DEFAULT_ENDPOINT_SETTINGS, ...settings };
  }

  async query(text: string, options: QueryOptions = {}): Promise<QueryResult> {
    const form = queryForm(text);
    const plain = withPrefixes(bindValues(text, options.bindings));
    const maxRows = options.maxRows ?? Number.MAX_SAFE_INTEGER;
    if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
      const { quads, endpointRowLimit } = await this.graph(plain, text, options.timeoutMs);
      return { form, quads: quads.slice(0, maxRows).map(toJsonQuad), truncated: quads.length > maxRows || endpointRowLimit !== undefined, endpointRowLimit };
    }
    const sent = form === 'SELECT' && options.maxRows !== undefined ? capLimit(plain, options.maxRows + 1) : plain;
    let sortedTop = false;
    const answer = await this.send(sent, text, RESULTS_JSON, options.timeoutMs).catch((e: unknown) => {
      // The LIMIT added for the row cap can move where the parser reports an error (Oxigraph then
      // points at the LIMIT line): the user's own text is sent for its own message. It fails the same
      // way; if it does not, the cap was what the endpoint refused, and the answer is still bounded
      // by the time limit and the answer size.
      if (e instanceof QuerySyntaxError && sent !== plain) return this.send(plain, text, RESULTS_JSON, options.timeoutMs);
      // Virtuoso sorts at most 10,000 rows for a LIMIT (its MaxSortedTopRows): a cap at or over that is sent as
      // 10,000, and an answer that fills it is taken as cut short
      if (e instanceof QueryEndpointError && /SR353/.test(e.message) && sent !== plain) {
        sortedTop = true;
        return this.send(capLimit(plain, SORTED_TOP_ROWS), text, RESULTS_JSON, options.timeoutMs);
      }
      throw e;
    });
    if (form === 'ASK') {
      const ask = readAsk(answer.body);
      if (!ask.ok) throw this.broken(ask.error);
      return { form, boolean: ask.value };
    }
    const select = readSelect(answer.body);
    if (!select.ok) throw this.broken(select.error);
    const endpointRowLimit = rowLimitOf(answer);
    const { vars, rows } = select.value;
    return { form: 'SELECT', vars, rows: rows.slice(0, maxRows), truncated: rows.length > maxRows || (sortedTop && rows.length >= SORTED_TOP_ROWS) || endpointRowLimit !== undefined, endpointRowLimit };
  }

  /** A CONSTRUCT or DESCRIBE (already prepared) as n3 quads. */
  async graph(prepared: string, userText = prepared, timeoutMs?: number): Promise<{ quads: Quad[]; endpointRowLimit?: number }> {
    const answer = await this.send(prepared, userText, GRAPH_ACCEPT, timeoutMs);
    const quads = readGraph(answer.body, answer.headers.get('content-type'));
    if (!quads.ok) throw this.broken(quads.error);
    return { quads: quads.value, endpointRowLimit: rowLimitOf(answer) };
  }

  /** Runs `request` when fewer than `parallel` are out; refuses it when the line is full. */
  private async inTurn<T>(request: () => Promise<T>): Promise<T> {
    if (this.sending + this.waiting.length >= this.settings.maxQueue) {
      throw new QueryBusyError(`query: ${this.sending + this.waiting.length} queries are already sent to the endpoint or waiting; try again shortly`);
    }
    if (this.sending >= this.settings.parallel) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.sending++;
    try {
      return await request();
    } finally {
      this.sending--;
      this.waiting.shift()?.();
    }
  }

  private async send(query: string, userText: string, accept: string, timeoutMs = this.settings.timeoutMs): Promise<HttpAnswer> {
    const answer = await this.inTurn(() => httpRequest(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept },
      body: new URLSearchParams({ query }).toString(),
      timeoutMs, maxBytes: this.settings.maxAnswerBytes, signal: this.closing.signal,
    }));
    if (!answer.ok) {
      if (answer.timedOut) throw new QueryTimeoutError(`query: ${answer.error}; make the query more selective or raise the time limit`);
      throw new QueryEndpointError(`query: ${answer.error}`);
    }
    const { status } = answer.value;
    // 400 is the endpoint's parser: its message, with the position moved back into the user's text
    if (status === 400) throw new QuerySyntaxError(explainSyntaxError(firstLine(answer.value.body) || 'the endpoint refused the query as malformed', userText));
    // a query the endpoint stopped at its own time limit is out of time, as one over --timeout is
    if (status >= 500 && ENDPOINT_TIMEOUT.test(answer.value.body)) {
      throw new QueryTimeoutError(`query: ${shownUrl(this.url)} stopped the query at its own time limit (${firstLine(answer.value.body)}); make the query more selective`);
    }
    if (status < 200 || status > 299) throw new QueryEndpointError(`query: ${shownUrl(this.url)} answered ${errorGist(answer.value)}`);
    // Virtuoso's "anytime" answer: its own time limit stopped the query and it sent what it had
    if (/S1TAT/i.test(answer.value.headers.get('x-sql-state') ?? '')) {
      throw new QueryTimeoutError(`query: ${shownUrl(this.url)} stopped the query at its own time limit and sent only part of the answer; make the query more selective`);
    }
    return answer.value;
  }

  private broken(why: string): QueryEndpointError {
    return new QueryEndpointError(`query: ${shownUrl(this.url)}: ${why}`);
  }

  async close(): Promise<void> {
    this.closing.abort();
  }
}

function rowLimitOf(answer: HttpAnswer): number | undefined {
  const header = answer.headers.get(ROW_LIMIT_HEADER);
  return header === null ? undefined : Number(header) || 0;
}

/**
 * Every triple about newskg's nodes (subjects under its IRI base), whatever graph holds it: what
 * the viewer and /graph.ttl show. The filter leaves out the store's own graphs (Virtuoso keeps a
 * few thousand triples of its configuration in the default graph).
 */
const NEWSKG_PATTERN = `?s ?p ?o FILTER(STRSTARTS(STR(?s), "${ID_BASE}"))`;
export const NEWSKG_TRIPLES = `CONSTRUCT { ?s ?p ?o } WHERE { ${NEWSKG_PATTERN} }`;
const NEWSKG_TRIPLE_COUNT = `SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ${NEWSKG_PATTERN} } }`;

/**
 * The endpoint's newskg triples as n3 quads. A graph the endpoint cut short is an error (the viewer
 * would show part of it as if it were all): Virtuoso cuts a CONSTRUCT at its ResultSetMaxRows (10,000
 * as packaged) without a word, so the triples received are checked against a count of them.
 */
export async function readEndpointGraph(engine: EndpointEngine, timeoutMs?: number): Promise<Quad[]> {
  const counted = await engine.query(NEWSKG_TRIPLE_COUNT, { timeoutMs });
  const expected = counted.form === 'SELECT' ? Number(counted.rows[0]?.n?.value) : NaN;
  const { quads } = await engine.graph(NEWSKG_TRIPLES, NEWSKG_TRIPLES, timeoutMs);
  const received = new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id}`)).size;
  if (!Number.isInteger(expected)) throw new QueryEndpointError(`query: ${shownUrl(engine.url)} answered a count of its triples with no number`);
  if (received < expected) {
    throw new QueryEndpointError(`query: ${shownUrl(engine.url)} sent ${received} of its ${expected} newskg triples (it cuts answers at its own row limit); raise the limit (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini)`);
  }
  return quads;
}
