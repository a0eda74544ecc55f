// Result terms in the shape of the SPARQL 1.1 JSON results format, so every
// engine and every output format meets on one plain, cloneable value.
import { DataFactory, type Quad, type Term } from 'n3';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

export type JsonTerm =
  | { type: 'uri'; value: string }
  | { type: 'bnode'; value: string }
  | { type: 'literal'; value: string; 'xml:lang'?: string; datatype?: string };

/** A term as any RDF/JS implementation (n3, oxigraph, comunica) hands it out. */
export interface RdfJsTermLike {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

export function toJsonTerm(t: RdfJsTermLike): JsonTerm {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
  const dt = t.datatype?.value;
  return dt && dt !== XSD_STRING ? { type: 'literal', value: t.value, datatype: dt } : { type: 'literal', value: t.value };
}

export function fromJsonTerm(t: JsonTerm): Term {
  if (t.type === 'uri') return DataFactory.namedNode(t.value);
  if (t.type === 'bnode') return DataFactory.blankNode(t.value);
  if (t['xml:lang']) return DataFactory.literal(t.value, t['xml:lang']);
  return DataFactory.literal(t.value, t.datatype ? DataFactory.namedNode(t.datatype) : undefined);
}

export interface JsonQuad {
  subject: JsonTerm;
  predicate: JsonTerm;
  object: JsonTerm;
  graph?: JsonTerm;
}

export function fromJsonQuad(q: JsonQuad): Quad {
  return DataFactory.quad(
    fromJsonTerm(q.subject) as Quad['subject'],
    fromJsonTerm(q.predicate) as Quad['predicate'],
    fromJsonTerm(q.object) as Quad['object'],
  );
}

// Escaping per the SPARQL grammar (ECHAR / IRIREF), so a value can never close
// the string or IRI it sits in and add query text of its own.
export function sparqlString(s: string): string {
  return '"' + s.replace(/[\\"\n\r\t\b\f]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' })[c]!) + '"';
}

const IRI_FORBIDDEN = /[\u0000-\u0020<>"{}|^`\\]/;

export function isSafeIri(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(s) && !IRI_FORBIDDEN.test(s);
}

/** The SPARQL syntax of a term; throws on an IRI that would need escaping (SPARQL IRIs have none). */
export function sparqlTerm(t: JsonTerm): string {
  if (t.type === 'uri') {
    if (!isSafeIri(t.value)) throw new Error(`not a valid IRI: ${JSON.stringify(t.value)}`);
    return `<${t.value}>`;
  }
  if (t.type === 'bnode') throw new Error('blank nodes cannot be bound as parameters');
  const lex = sparqlString(t.value);
  if (t['xml:lang']) return /^[a-z]+(-[a-z0-9]+)*$/i.test(t['xml:lang']) ? `${lex}@${t['xml:lang']}` : lex;
  return t.datatype ? `${lex}^^${sparqlTerm({ type: 'uri', value: t.datatype })}` : lex;
}
