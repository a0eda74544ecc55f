// SPARQL over the loaded graph: through the server's /sparql, or in the page (oxigraph's WebAssembly build)
// for the self-contained --html file, whose wasm is embedded gzipped and only unpacked on the first query.
import initOxigraph, { Store } from 'oxigraph/web.js';

export interface SparqlTerm { type: 'uri' | 'literal' | 'bnode' | 'triple'; value: string; datatype?: string; 'xml:lang'?: string }
export interface SparqlResults {
  head: { vars?: string[] };
  results?: { bindings: Record<string, SparqlTerm>[] };
  boolean?: boolean;
  /** Set when the server cut the rows at its limit. */
  truncated?: number;
}

const JSON_RESULTS = 'application/sparql-results+json';

export type QueryRunner = (query: string) => Promise<SparqlResults>;

export function serverRunner(): QueryRunner {
  return async (query) => {
    const res = await fetch('sparql', {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: JSON_RESULTS },
      body: query,
    });
    const body = await res.text();
    // The endpoint's messages say what went wrong (400 syntax, 403 update refused, 503 over the time limit).
    if (!res.ok) throw new Error(body.trim() || `HTTP ${res.status}`);
    // The endpoint answers CONSTRUCT and DESCRIBE in Turtle, which has no table to show.
    if (!(res.headers.get('content-type') ?? '').includes('json')) throw new Error('only SELECT and ASK queries are shown here; run CONSTRUCT or DESCRIBE with `newskg query`');
    const results = JSON.parse(body) as SparqlResults;
    const cut = res.headers.get('x-newskg-truncated');
    return cut ? { ...results, truncated: Number(cut) } : results;
  };
}

export function localRunner(turtle: () => Promise<string>): QueryRunner {
  let store: Promise<Store> | null = null;
  const open = async () => {
    const el = document.getElementById('newskg-oxigraph-wasm');
    if (!el?.textContent) throw new Error('this page has no SPARQL engine embedded; re-create it with `newskg view --html`');
    const gz = Uint8Array.from(atob(el.textContent.trim()), (c) => c.charCodeAt(0));
    const wasm = await new Response(new Blob([gz]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    await initOxigraph({ module_or_path: wasm });
    const s = new Store();
    s.load(await turtle(), { format: 'text/turtle' });
    return s;
  };
  return async (query) => {
    store ??= open();
    const s = await store;
    // The server predeclares ONTOLOGY.md's prefixes; do the same here (redeclaring a prefix is allowed).
    const out = s.query(PREFIXES + query, { results_format: JSON_RESULTS, use_default_graph_as_union: true });
    if (typeof out !== 'string') throw new Error('only SELECT and ASK queries are shown here');
    return JSON.parse(out) as SparqlResults;
  };
}

const PREFIXES = `PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
`;

export const EXAMPLES: { title: string; query: string }[] = [
  {
    title: 'Who threatens whom',
    query: `SELECT ?threatener ?target ?action ?evidence WHERE {
  ?t a nkg:Threat ; nkg:threatener ?threatener ; nkg:threatTarget ?target ; nkg:evidence ?evidence .
  OPTIONAL { ?t nkg:action ?action }
}`,
  },
  {
    title: 'People and their roles',
    query: `SELECT ?person ?title ?affiliation WHERE {
  ?person a schema:Person .
  OPTIONAL { ?person schema:jobTitle ?title }
  OPTIONAL { ?person schema:affiliation ?affiliation }
} ORDER BY ?person`,
  },
  {
    title: 'Meetings',
    query: `SELECT ?meeting ?participant ?location ?evidence WHERE {
  ?meeting a nkg:Meeting ; nkg:participant ?participant ; nkg:evidence ?evidence .
  OPTIONAL { ?meeting schema:location ?location }
}`,
  },
  {
    title: 'Quotes by speaker',
    query: `SELECT ?speaker ?text WHERE {
  ?q a nkg:Quote ; nkg:speaker ?speaker ; nkg:text ?text .
}`,
  },
  {
    title: 'Places inside places',
    query: `SELECT ?place ?container WHERE { ?place schema:containedInPlace ?container . }`,
  },
];
