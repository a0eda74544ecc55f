// Answers of a SPARQL 1.1 endpoint read into newskg's result shape: SPARQL JSON results for SELECT
// and ASK, N-Triples or Turtle (parsed with n3) for CONSTRUCT and DESCRIBE. Stores differ in small
// ways that are normalised here: Virtuoso writes typed literals as "typed-literal" (the 2008 draft
// of the format) and answers ASK, when asked for JSON, as a one-row SELECT of ?__ASK_RETVAL.
import { Parser, type Quad } from 'n3';
import { toJsonTerm, type JsonQuad, type JsonTerm } from '../query/terms.js';
import { failed, success, type Outcome } from './http.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

interface WireTerm {
  type?: unknown;
  value?: unknown;
  datatype?: unknown;
  'xml:lang'?: unknown;
}

interface WireResults {
  head?: { vars?: unknown };
  boolean?: unknown;
  results?: { bindings?: unknown };
}

function toTerm(t: WireTerm): JsonTerm | undefined {
  if (typeof t.value !== 'string') return undefined;
  if (t.type === 'uri') return { type: 'uri', value: t.value };
  if (t.type === 'bnode') return { type: 'bnode', value: t.value };
  if (t.type !== 'literal' && t.type !== 'typed-literal') return undefined;
  if (typeof t['xml:lang'] === 'string' && t['xml:lang']) return { type: 'literal', value: t.value, 'xml:lang': t['xml:lang'] };
  if (typeof t.datatype === 'string' && t.datatype !== XSD_STRING) return { type: 'literal', value: t.value, datatype: t.datatype };
  return { type: 'literal', value: t.value };
}

export type SelectAnswer = { vars: string[]; rows: Record<string, JsonTerm>[] };

/** Rows of a SELECT from SPARQL JSON results text. */
export function readSelect(text: string): Outcome<SelectAnswer> {
  const json = parseJson(text);
  if (!json.ok) return json;
  const vars = json.value.head?.vars;
  const bindings = json.value.results?.bindings;
  if (!Array.isArray(vars) || !Array.isArray(bindings)) return failed('the answer is not SPARQL JSON results (no head.vars or results.bindings)');
  const rows: Record<string, JsonTerm>[] = [];
  for (const b of bindings as Record<string, WireTerm>[]) {
    const row: Record<string, JsonTerm> = {};
    for (const [name, wire] of Object.entries(b ?? {})) {
      const term = toTerm(wire ?? {});
      if (!term) return failed(`the answer holds a value newskg cannot read: ${JSON.stringify(wire).slice(0, 120)}`);
      row[name] = term;
    }
    rows.push(row);
  }
  return success({ vars: vars.filter((v): v is string => typeof v === 'string'), rows });
}

/** The boolean of an ASK; also from Virtuoso's one-row form (no row is false, "1" or "true" is true). */
export function readAsk(text: string): Outcome<boolean> {
  const json = parseJson(text);
  if (!json.ok) return json;
  if (typeof json.value.boolean === 'boolean') return success(json.value.boolean);
  const bindings = json.value.results?.bindings;
  if (!Array.isArray(bindings)) return failed('the answer to ASK is not SPARQL JSON results (no boolean)');
  const first = Object.values((bindings[0] ?? {}) as Record<string, WireTerm>)[0];
  return success(first !== undefined && (first.value === '1' || first.value === 'true'));
}

function parseJson(text: string): Outcome<WireResults> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return failed('the answer is not SPARQL JSON results');
    return success(value as WireResults);
  } catch (e) {
    return failed(`the answer is not JSON (${(e as Error).message.split('\n')[0]})`);
  }
}

/** The graph syntaxes asked for, in order of preference: N-Triples is read line by line, so a cut answer fails loudly. */
export const GRAPH_ACCEPT = 'application/n-triples, text/turtle;q=0.9, text/plain;q=0.5';

/** Quads of a CONSTRUCT or DESCRIBE answer, by its media type (N-Triples, Turtle or N-Quads). */
export function readGraph(text: string, contentType: string | null): Outcome<Quad[]> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  const format = type === 'text/turtle' || type === 'application/x-turtle' ? 'text/turtle'
    : type === 'application/n-quads' ? 'application/n-quads'
    // text/plain is how some stores label N-Triples
    : type === 'application/n-triples' || type === 'text/plain' || type === 'text/ntriples' ? 'application/n-triples'
    : undefined;
  if (!format) return failed(`the answer is ${type || 'of no media type'}, not N-Triples or Turtle`);
  try {
    return success(new Parser({ format }).parse(text));
  } catch (e) {
    return failed(`the graph in the answer does not parse (${(e as Error).message.split('\n')[0]})`);
  }
}

export const toJsonQuad = (q: Quad): JsonQuad => ({ subject: toJsonTerm(q.subject), predicate: toJsonTerm(q.predicate), object: toJsonTerm(q.object) });
