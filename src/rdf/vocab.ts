// IRIs of ONTOLOGY.md. Every graph newskg writes uses these prefixes.
export const PREFIXES = {
  nkg: 'https://w3id.org/newskg/ontology#',
  schema: 'https://schema.org/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  prov: 'http://www.w3.org/ns/prov#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  nif: 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#',
  itsrdf: 'http://www.w3.org/2005/11/its/rdf#',
} as const;

/** Where entity IRIs are minted. */
export const ID_BASE = 'https://w3id.org/newskg/id/';

/**
 * The named graph that holds a corpus's merged entities (its default graph) in a store: a store's
 * default graph is not the same thing everywhere (Virtuoso's is the union of all graphs), a named one is.
 */
export const ENTITY_GRAPH = `${ID_BASE}entities`;

/**
 * Entity IRIs by kind ("country:ir", "person:maria-lopez"), for output meant to be read. An
 * IRI whose local part holds "/" or "#" (a scoped organisation, a statement node) stays whole:
 * Turtle's prefixed names cannot hold those characters.
 */
export const ENTITY_PREFIXES: Record<string, string> = Object.fromEntries(['person', 'country', 'city', 'place', 'org', 'article'].map((k) => [k, `${ID_BASE}${k}/`]));

const ns = <P extends string>(base: string) => (local: P | string) => base + local;
export const NKG = ns(PREFIXES.nkg);
export const SCHEMA = ns(PREFIXES.schema);
export const RDF = ns(PREFIXES.rdf);
export const RDFS = ns(PREFIXES.rdfs);
export const SKOS = ns(PREFIXES.skos);
export const OWL = ns(PREFIXES.owl);
export const PROV = ns(PREFIXES.prov);
export const XSD = ns(PREFIXES.xsd);
export const NIF = ns(PREFIXES.nif);
export const ITSRDF = ns(PREFIXES.itsrdf);
