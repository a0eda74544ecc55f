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
}

/** A store's query endpoint when none is given: the service's last path segment replaced by "sparql". */
export function defaultEndpointFor(storeUrl: string): string {
  const u = new URL(storeUrl);
  u.pathname = u.pathname.replace(/[^/]*\/?$/, 'sparql');
  u.search = '';
  return u.toString();
}

const withGraph = (service: string, graph: string): string => `${service}${service.includes('?') ? '&' : '?'}graph=${encodeURIComponent(graph)}`;

/** Replaces `graph` in the store with the N-Triples `ntriples`. */
export async function putGraph(target: StoreTarget, graph: string, ntriples: string): Promise<Outcome<void>> {
  const answer = await httpRequest(withGraph(target.storeUrl, graph), {
    method: 'PUT',
    headers: { 'content-type': 'application/n-triples; charset=utf-8' },
    body: ntriples, timeoutMs: target.timeoutMs, maxBytes: 1 << 20,
  });
  if (!answer.ok) return answer;
  const { status } = answer.value;
  // 201 a new graph, 200 or 204 a replaced one
  if (status >= 200 && status <= 299) return success(undefined);
  const location = answer.value.headers.get('location');
  const hint = status === 401 || status === 403 ? '; the store does not let this user write (Virtuoso: isql-vt … exec=\'GRANT SPARQL_UPDATE TO "SPARQL";\', or a user:password@ in the URL)'
    : status >= 300 && status <= 399 && location ? `; it moved to ${shownUrl(new URL(location, target.storeUrl).toString())}, give that as --store` : '';
  return failed(`${shownUrl(target.storeUrl)} answered the PUT with ${errorGist(answer.value)}${hint}`);
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
