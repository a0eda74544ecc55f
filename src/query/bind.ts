// Parameters reach the engine as a VALUES block of escaped RDF terms placed at
// the top of the WHERE group. The values are never concatenated into the
// user's query text, so a value holding quotes or braces stays one literal.
import { sparqlTerm, type JsonTerm } from './terms.js';
import { QuerySyntaxError } from './types.js';

const VAR_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Comments, strings and IRIs may contain "{" or "WHERE"; skip them whole.
const SKIP = /#[^\n]*|"""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>/y;

/** Offset just after the "{" that opens the query's WHERE clause. */
export function whereOpenOffset(text: string): number {
  let firstBrace = -1;
  for (let i = 0; i < text.length; ) {
    SKIP.lastIndex = i;
    const m = SKIP.exec(text);
    if (m && m.index === i) { i += m[0].length; continue; }
    if (text[i] === '{' && firstBrace < 0) firstBrace = i;
    if (/[Ww]/.test(text[i]!) && /^WHERE\b/i.test(text.slice(i, i + 6)) && !/[\w?$]/.test(text[i - 1] ?? ' ')) {
      const brace = text.indexOf('{', i + 5);
      if (brace >= 0) return brace + 1;
    }
    i++;
  }
  if (firstBrace >= 0 && !/^\s*CONSTRUCT\b/i.test(text.replace(/^(\s|#[^\n]*|PREFIX[^>]*>|BASE[^>]*>)*/i, ''))) return firstBrace + 1;
  throw new QuerySyntaxError('query: cannot bind parameters: the query has no WHERE clause');
}

export function valuesBlock(bindings: Record<string, JsonTerm>): string {
  const names = Object.keys(bindings);
  for (const n of names) {
    if (!VAR_NAME.test(n)) throw new QuerySyntaxError(`query: parameter name "${n}" is not a SPARQL variable name; use letters, digits and _`);
  }
  let row: string;
  try {
    row = names.map((n) => sparqlTerm(bindings[n]!)).join(' ');
  } catch (e) {
    throw new QuerySyntaxError(`query: cannot bind parameter: ${(e as Error).message}`);
  }
  return ` VALUES (${names.map((n) => '?' + n).join(' ')}) { (${row}) } `;
}

export function bindValues(text: string, bindings: Record<string, JsonTerm> | undefined): string {
  if (!bindings || Object.keys(bindings).length === 0) return text;
  const at = whereOpenOffset(text);
  return text.slice(0, at) + valuesBlock(bindings) + text.slice(at);
}
