// Graphs of several articles share entity IRIs, and each article labels an entity by the
// fullest name it saw ("AP" in one, "Associated Press" in another). An entity has one
// rdfs:label (ONTOLOGY.md, SHACL), so merged output keeps one and turns the rest into altLabels.
import type { Quad } from 'n3';
import { DataFactory } from '../rdf/n3.js';
import { RDFS, SKOS } from '../rdf/vocab.js';

const LABEL = RDFS('label');
const ALT = DataFactory.namedNode(SKOS('altLabel'));

/** Longest name wins, then alphabetical: the choice does not depend on the order of the articles. */
function canonical(labels: string[]): string {
  return [...labels].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0];
}

/** Every subject ends up with the same single rdfs:label in every graph it is labelled in. */
export function harmoniseLabels(quads: Quad[]): Quad[] {
  const labels = new Map<string, Set<string>>();
  for (const q of quads) {
    if (q.predicate.value !== LABEL || q.object.termType !== 'Literal') continue;
    const set = labels.get(q.subject.id) ?? new Set<string>();
    set.add(q.object.value);
    labels.set(q.subject.id, set);
  }
  const chosen = new Map<string, string>();
  for (const [subject, set] of labels) if (set.size > 1) chosen.set(subject, canonical([...set]));
  if (chosen.size === 0) return quads;

  const out: Quad[] = [];
  const labelledIn = new Set<string>();
  for (const q of quads) {
    const name = chosen.get(q.subject.id);
    if (name === undefined || q.predicate.value !== LABEL || q.object.termType !== 'Literal') {
      out.push(q);
      continue;
    }
    const where = `${q.subject.id} ${q.graph.id}`;
    if (!labelledIn.has(where)) {
      labelledIn.add(where);
      out.push(DataFactory.quad(q.subject, q.predicate, DataFactory.literal(name), q.graph));
    }
    if (q.object.value !== name) out.push(DataFactory.quad(q.subject, ALT, q.object, q.graph));
  }
  return out;
}
