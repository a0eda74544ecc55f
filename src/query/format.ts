// Output formats: the W3C SPARQL 1.1 results formats (JSON, XML, CSV, TSV),
// a readable table for terminals, and Turtle for graph results.
import { Writer } from 'n3';
import { ENTITY_PREFIXES, ID_BASE, PREFIXES } from '../rdf/vocab.js';
import { fromJsonQuad, type JsonTerm } from './terms.js';
import type { QueryResult } from './types.js';

export type ResultFormat = 'table' | 'json' | 'xml' | 'csv' | 'tsv';
export const RESULT_FORMATS: readonly ResultFormat[] = ['table', 'json', 'xml', 'csv', 'tsv'];

export const MEDIA_TYPES: Record<Exclude<ResultFormat, 'table'> | 'turtle', string> = {
  json: 'application/sparql-results+json',
  xml: 'application/sparql-results+xml',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  turtle: 'text/turtle',
};

// Tables shorten entity IRIs by kind first, then anything else under id: ("id:org/cn/foreign-ministry").
const SHORT_PREFIXES: Record<string, string> = { ...PREFIXES, ...ENTITY_PREFIXES, id: ID_BASE };

type Bindings = Extract<QueryResult, { form: 'SELECT' }>;

export function toTurtle(result: Extract<QueryResult, { quads: unknown }>): Promise<string> {
  // no id: here: Turtle cannot write "id:country/ir", so it would be declared and never used
  const writer = new Writer({ prefixes: { ...PREFIXES, ...ENTITY_PREFIXES } });
  writer.addQuads(result.quads.map(fromJsonQuad));
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}

/** maxCell: the table cuts longer values with "…" (default 80; Infinity cuts nothing). */
export function formatResult(result: Exclude<QueryResult, { quads: unknown }>, format: ResultFormat, options: { maxCell?: number } = {}): string {
  const b: Bindings = result.form === 'ASK' ? { form: 'SELECT', vars: [], rows: [], truncated: false } : result;
  const ask = result.form === 'ASK' ? result.boolean : undefined;
  switch (format) {
    case 'json':
      return JSON.stringify(ask === undefined ? { head: { vars: b.vars }, results: { bindings: b.rows } } : { head: {}, boolean: ask }) + '\n';
    case 'xml':
      return toXml(b, ask);
    case 'csv':
      return ask === undefined ? [b.vars.join(','), ...b.rows.map((r) => b.vars.map((v) => csvCell(r[v])).join(','))].join('\r\n') + '\r\n' : `_askResult\r\n${ask}\r\n`;
    case 'tsv':
      return ask === undefined ? [b.vars.map((v) => '?' + v).join('\t'), ...b.rows.map((r) => b.vars.map((v) => (r[v] ? ntriples(r[v]) : '')).join('\t'))].join('\n') + '\n' : `?_askResult\n${ask}\n`;
    case 'table':
      return ask === undefined ? toTable(b, options.maxCell ?? MAX_CELL) : `${ask ? 'yes' : 'no'}\n`;
  }
}

function csvCell(t: JsonTerm | undefined): string {
  if (!t) return '';
  const v = t.type === 'bnode' ? '_:' + t.value : t.value;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function escapeLiteral(s: string): string {
  return s.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!);
}

function ntriples(t: JsonTerm): string {
  if (t.type === 'uri') return `<${t.value}>`;
  if (t.type === 'bnode') return `_:${t.value}`;
  const lex = `"${escapeLiteral(t.value)}"`;
  return t['xml:lang'] ? `${lex}@${t['xml:lang']}` : t.datatype ? `${lex}^^<${t.datatype}>` : lex;
}

const xmlEscape = (s: string): string => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function toXml(b: Bindings, ask: boolean | undefined): string {
  const out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', '  <head>'];
  for (const v of b.vars) out.push(`    <variable name="${xmlEscape(v)}"/>`);
  out.push('  </head>');
  if (ask !== undefined) {
    out.push(`  <boolean>${ask}</boolean>`);
  } else {
    out.push('  <results>');
    for (const row of b.rows) {
      out.push('    <result>');
      for (const [name, t] of Object.entries(row)) {
        const inner = t.type === 'uri' ? `<uri>${xmlEscape(t.value)}</uri>`
          : t.type === 'bnode' ? `<bnode>${xmlEscape(t.value)}</bnode>`
          : `<literal${t['xml:lang'] ? ` xml:lang="${xmlEscape(t['xml:lang'])}"` : t.datatype ? ` datatype="${xmlEscape(t.datatype)}"` : ''}>${xmlEscape(t.value)}</literal>`;
        out.push(`      <binding name="${xmlEscape(name)}">${inner}</binding>`);
      }
      out.push('    </result>');
    }
    out.push('  </results>');
  }
  out.push('</sparql>');
  return out.join('\n') + '\n';
}

const MAX_CELL = 80;

function shortIri(iri: string): string {
  for (const [p, base] of Object.entries(SHORT_PREFIXES)) {
    if (iri.startsWith(base) && /^[\w.\-/]*$/.test(iri.slice(base.length))) return `${p}:${iri.slice(base.length)}`;
  }
  return `<${iri}>`;
}

function cell(t: JsonTerm | undefined, max: number): string {
  if (!t) return '';
  const s = (t.type === 'uri' ? shortIri(t.value) : t.type === 'bnode' ? '_:' + t.value : t.value).replace(/\s+/g, ' ');
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

function toTable(b: Bindings, max: number): string {
  const cells = b.rows.map((r) => b.vars.map((v) => cell(r[v], max)));
  const widths = b.vars.map((v, i) => Math.max(v.length, ...cells.map((c) => c[i]!.length)));
  const line = (cs: string[]): string => cs.map((c, i) => c.padEnd(widths[i]!)).join(' | ').trimEnd();
  const out = [line(b.vars), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(line)];
  const n = b.rows.length;
  out.push(`(${n} row${n === 1 ? '' : 's'}${b.truncated ? ', more were cut off by the row limit' : ''})`);
  return out.join('\n') + '\n';
}
