// Reads the query form without a full parser: skip the prologue (comments,
// BASE, PREFIX), then the first keyword decides. Engines report real syntax errors.
import { QuerySyntaxError, QueryUpdateError, type QueryForm } from './types.js';

const UPDATE_WORDS = new Set(['INSERT', 'DELETE', 'LOAD', 'CLEAR', 'CREATE', 'DROP', 'COPY', 'MOVE', 'ADD', 'WITH']);
const FORMS = new Set(['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE']);

export function queryForm(text: string): QueryForm {
  let rest = text;
  for (;;) {
    rest = rest.replace(/^(\s+|#[^\n]*(\n|$))+/, '');
    const decl = /^(BASE\s*<[^>]*>|PREFIX\s*[^\s:]*:\s*<[^>]*>)/i.exec(rest);
    if (!decl) break;
    rest = rest.slice(decl[0].length);
  }
  const word = (/^[A-Za-z]+/.exec(rest)?.[0] ?? '').toUpperCase();
  if (FORMS.has(word)) return word as QueryForm;
  if (UPDATE_WORDS.has(word) || /(^|[\s;])(INSERT|DELETE)\s+(DATA|WHERE)?\s*\{/i.test(rest)) {
    throw new QueryUpdateError('query: SPARQL Update is not allowed; newskg only reads graphs');
  }
  throw new QuerySyntaxError(`query: expected SELECT, ASK, CONSTRUCT or DESCRIBE${word ? `, found "${word}"` : ''}`);
}
