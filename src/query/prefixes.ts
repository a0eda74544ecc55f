// ONTOLOGY.md's prefixes, predeclared so users type `nkg:Threat` as in the docs.
import { PREFIXES } from '../rdf/vocab.js';

/** All PREFIX declarations on one line, so a parser position moves by exactly one line. */
export const PREFIX_LINE = Object.entries(PREFIXES)
  .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
  .join(' ');

export function withPrefixes(query: string): string {
  return PREFIX_LINE + '\n' + query;
}

/** Undo the one-line shift in an engine message such as "error at 3:14: …". */
export function unshiftPosition(message: string): string {
  return message.replace(/\b(at|line) (\d+):(\d+)/g, (_m, w: string, l: string, c: string) => `${w} ${Math.max(1, Number(l) - 1)}:${c}`);
}
