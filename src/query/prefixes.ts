// ONTOLOGY.md's prefixes, predeclared so users type `nkg:Threat` as in the docs.
import { PREFIXES } from '../rdf/vocab.js';

/** All PREFIX declarations on one line, so a parser position moves by exactly one line. */
export const PREFIX_LINE = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join(' ');

export function withPrefixes(query: string): string {
  return PREFIX_LINE + '\n' + query;
}

/**
 * Undo the one-line shift in an engine message: Oxigraph's "error at 3:14: …", and a remote
 * endpoint's "line 3: …" (Virtuoso) or "at line 3, column 14" (Jena).
 */
export function unshiftPosition(message: string): string {
  const up = (l: string): number => Math.max(1, Number(l) - 1);
  return message
    .replace(/\b(at|line) (\d+):(\d+)/g, (_m, w: string, l: string, c: string) => `${w} ${up(l)}:${c}`)
    .replace(/\bline (\d+)(:(?!\d)|, column)/g, (_m, l: string, after: string) => `line ${up(l)}${after}`);
}

/**
 * An engine's syntax error as a person can act on it: an undeclared prefix is named ("unknown
 * prefix foo:") instead of the parser's list of every character it expected; any other message
 * keeps its first line, position shifted back to the user's text.
 */
export function explainSyntaxError(message: string, query: string): string {
  const declared = new Set([...Object.keys(PREFIXES), ...[...query.matchAll(/PREFIX\s+([\w-]*):/gi)].map((m) => m[1])]);
  // prefixed names in the query outside IRIs and strings
  const bare = query.replace(/<[^>]*>/g, ' ').replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ');
  const unknown = [...new Set([...bare.matchAll(/(?<![\w?$:])([A-Za-z][\w-]*):[\w]/g)].map((m) => m[1]))].filter((p) => !declared.has(p));
  if (unknown.length && /prefix/i.test(message)) {
    return `unknown prefix ${unknown.map((p) => `${p}:`).join(', ')}; declare it with PREFIX ${unknown[0]}: <…>, or use one of ${Object.keys(PREFIXES).join(', ')}`;
  }
  const first = unshiftPosition(message).split('\n')[0];
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}
