// Quads → text in one of four syntaxes. Turtle and TriG are grouped by subject with the
// prefixes of ONTOLOGY.md, so a person can read what was extracted.
import type { Quad } from 'n3';
import { Writer } from '../rdf/n3.js';
import { ENTITY_PREFIXES, PREFIXES, RDF } from '../rdf/vocab.js';
import type { OutputFormat } from './types.js';

const N3_FORMAT: Record<Exclude<OutputFormat, 'jsonld'>, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  nquads: 'application/n-quads',
};

const TYPE = RDF('type');
const key = (q: Quad): string => `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`;

/**
 * Drops duplicates (an entity named in two articles) and orders quads by graph, then subject,
 * both in order of first appearance, rdf:type first: the writer then prints each subject once.
 */
export function arrange(quads: Quad[]): Quad[] {
  const seen = new Set<string>();
  const graphs = new Map<string, Map<string, Quad[]>>();
  for (const q of quads) {
    const k = key(q);
    if (seen.has(k)) continue;
    seen.add(k);
    let subjects = graphs.get(q.graph.id);
    if (!subjects) graphs.set(q.graph.id, (subjects = new Map()));
    const list = subjects.get(q.subject.id);
    if (list) list.push(q);
    else subjects.set(q.subject.id, [q]);
  }
  const out: Quad[] = [];
  for (const subjects of graphs.values()) {
    for (const list of subjects.values()) {
      const types = list.filter((q) => q.predicate.value === TYPE);
      const rest = list.filter((q) => q.predicate.value !== TYPE);
      // Same predicate next to each other, so the writer can use "," lists.
      const byPredicate = new Map<string, Quad[]>();
      for (const q of rest) byPredicate.set(q.predicate.id, [...(byPredicate.get(q.predicate.id) ?? []), q]);
      out.push(...types, ...[...byPredicate.values()].flat());
    }
  }
  return out;
}

function writeN3(quads: Quad[], format: string, prefixes: boolean): Promise<string> {
  const writer = new Writer(prefixes ? { format, prefixes: { ...PREFIXES, ...ENTITY_PREFIXES } } : { format });
  writer.addQuads(quads);
  return new Promise((resolve, reject) => writer.end((err, text: string) => (err ? reject(err) : resolve(text))));
}

/** n3 starts each subject (and graph) at column 0 and indents the rest: a blank line before each reads better. */
function spaceOut(text: string): string {
  return text.replace(/([.}])\n(?=[^\s}@])/g, '$1\n\n');
}

export async function serialise(quads: Quad[], format: OutputFormat): Promise<string> {
  const ordered = arrange(quads);
  if (format === 'nquads') return writeN3(ordered, N3_FORMAT.nquads, false);
  if (format === 'jsonld') {
    const nquads = await writeN3(ordered, N3_FORMAT.nquads, false);
    const { default: jsonld } = await import('jsonld'); // 0.14 s to load: only when JSON-LD is asked for
    const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads' });
    const compacted = await jsonld.compact(expanded, { ...PREFIXES });
    return JSON.stringify(compacted, null, 2) + '\n';
  }
  return spaceOut(await writeN3(ordered, N3_FORMAT[format], true));
}
