// The two requests a corpus load needs: PUT one named graph (SPARQL 1.1 Graph Store HTTP Protocol,
// indirect graph identification: `?graph=IRI`), and COUNT the triples the store then holds in it
// (SPARQL 1.1 Protocol). PUT replaces the graph, so loading the same corpus again changes nothing.
import { sparqlTerm } from '../query/terms.js';
import { errorGist, failed, httpRequest, shownUrl, success, type Outcome } from './http.js';
import { readSelect } from './results.js';

export interface StoreTarget {
  /** The Graph Store Protocol service (Virtuoso: http://host:8890/sparql-graph-crud). */
  storeUrl: string;
  /** The SPARQL query endpoint the counts are asked of (Virtuoso: http://host:8890/sparql). */
  endpointUrl: string;
  /** Time limit of one request. */
  timeoutMs: number;
  /** Triples per request (default PART_TRIPLES): a larger graph is PUT in its first part and POSTed the rest. */
  partTriples?: number;
  /** Requests at once while loading a corpus (default STORE_REQUESTS in upload.ts). */
  requests?: number;
}

/**
 * Triples per request. The entity graph of 100,000 articles (a million triples, 153 MB) took
 * Virtuoso over 300 s as one PUT; 50,000 triples (about 7 MB) take it a few seconds.
 */
export const PART_TRIPLES = 50_000;

/** A store's query endpoint when none is given: the service's last path segment replaced by "sparql". */
export function defaultEndpointFor(storeUrl: string): string {
  const u = new URL(storeUrl);
  u.pathname = u.pathname.replace(/[^/]*\/?$/, 'sparql');
  u.search = '';
  return u.toString();
}

const withGraph = (service: string, graph: string): string => `${service}${service.includes('?') ? '&' : '?'}graph=${encodeURIComponent(graph)}`;

/**
 * Times a request the store gave up as deadlocked is sent again. Virtuoso answers concurrent writes that lock
 * each other with HTTP 500 "SR172: Transaction deadlocked" and rolls the loser back, so sending it again is safe.
 */
export const DEADLOCK_RETRIES = 5;
const DEADLOCKED = /\bSR172\b|deadlock/i;

/** Replaces `graph` in the store with the N-Triples `ntriples` (PUT), or adds them to it (POST: the later parts of a large graph). */
export async function sendGraph(target: StoreTarget, graph: string, ntriples: string, method: 'PUT' | 'POST' = 'PUT'): Promise<Outcome<void>> {
  const send = () => httpRequest(withGraph(target.storeUrl, graph), {
    method,
    headers: { 'content-type': 'application/n-triples; charset=utf-8' },
    body: ntriples, timeoutMs: target.timeoutMs, maxBytes: 1 << 20, redirect: 'manual',
  });
  let answer = await send();
  for (let retry = 1; retry <= DEADLOCK_RETRIES && answer.ok && answer.value.status === 500 && DEADLOCKED.test(answer.value.body); retry++) {
    // (a pause that grows, so the writes that collided do not collide again at once)
    await new Promise((resolve) => setTimeout(resolve, 50 * retry + Math.floor(Math.random() * 50)));
    answer = await send();
  }
  if (!answer.ok) return answer;
  const { status } = answer.value;
  // 201 a new graph, 200 or 204 a replaced (or, for POST, extended) one
  if (status >= 200 && status <= 299) return success(undefined);
  const location = answer.value.headers.get('location');
  const hint = status === 401 || status === 403 ? '; the store does not let this user write (Virtuoso: isql-vt … exec=\'GRANT SPARQL_UPDATE TO "SPARQL";\', or a user:password@ in the URL)'
    : status >= 300 && status <= 399 && location ? `; it moved to ${shownUrl(new URL(location, target.storeUrl).toString())}, give that as --store` : '';
  return failed(`${shownUrl(target.storeUrl)} answered the ${method} with ${errorGist(answer.value)}${hint}`);
}

/** The triples the store holds in `graph`. */
export async function countGraph(target: StoreTarget, graph: string): Promise<Outcome<number>> {
  const query = `SELECT (COUNT(*) AS ?n) WHERE { GRAPH ${sparqlTerm({ type: 'uri', value: graph })} { ?s ?p ?o } }`;
  const answer = await httpRequest(target.endpointUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }).toString(), timeoutMs: target.timeoutMs, maxBytes: 1 << 20,
  });
  if (!answer.ok) return answer;
  if (answer.value.status !== 200) return failed(`${shownUrl(target.endpointUrl)} answered the count with ${errorGist(answer.value)}`);
  const rows = readSelect(answer.value.body);
  if (!rows.ok) return failed(`${shownUrl(target.endpointUrl)}: ${rows.error}`);
  const n = Number(rows.value.rows[0]?.[rows.value.vars[0] ?? 'n']?.value);
  return Number.isInteger(n) && n >= 0 ? success(n) : failed(`${shownUrl(target.endpointUrl)} answered the count with no number`);
}

/** Whether the query endpoint answers at all (a build checks before it spends minutes extracting). */
export async function checkEndpoint(target: StoreTarget): Promise<Outcome<void>> {
  const answer = await httpRequest(target.endpointUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query: 'ASK {}' }).toString(), timeoutMs: target.timeoutMs, maxBytes: 1 << 20,
  });
  if (!answer.ok) return answer;
  if (answer.value.status !== 200) return failed(`${shownUrl(target.endpointUrl)} answered a test query with ${errorGist(answer.value)}; is this its SPARQL endpoint? (--endpoint)`);
  return success(undefined);
}
