// A generated view model of any size, for the viewer benchmark and stress tests.
import type { ViewModel, ViewNode, ViewEdge, RelationKind } from './types.js';
import { ENTITY_TYPES, RELATION_KINDS } from './style.js';

/** Deterministic (seeded) so benchmark runs compare like with like. */
export function syntheticViewModel(nodeCount: number, edgeCount: number, seed = 1): ViewModel {
  let s = seed >>> 0 || 1;
  const rand = () => {
    // xorshift32: fast, good enough for layout test data.
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
  const nodes: ViewNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    nodes.push({
      id: `https://w3id.org/newskg/id/synthetic/${i}`,
      type: ENTITY_TYPES[i % ENTITY_TYPES.length],
      subtypes: [],
      label: `Entity ${i}`,
      aliases: [],
      sameAs: [],
      mentions: 1 + Math.floor(rand() * rand() * 20),
      articles: [0],
      facts: [],
    });
  }
  const edges: ViewEdge[] = [];
  const seen = new Set<string>();
  // Preferential attachment-ish: targets skew towards low indices, like real hubs.
  while (edges.length < edgeCount && nodeCount > 1) {
    const a = Math.floor(rand() * nodeCount);
    const b = Math.floor(rand() * rand() * nodeCount);
    const kind: RelationKind = RELATION_KINDS[Math.floor(rand() * RELATION_KINDS.length)];
    const id = `${kind}|${a}|${b}`;
    if (a === b || seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: nodes[a].id, target: nodes[b].id, kind, statements: [], evidence: [{ article: 0, text: `Entity ${a} and Entity ${b}.` }] });
  }
  return { version: 1, articles: [{ iri: 'urn:synthetic', headline: 'Synthetic graph', text: '' }], nodes, edges, statements: [] };
}
