// A generated view model of any size, for the viewer benchmark and stress tests.
import type { ViewModel, ViewNode, ViewEdge, RelationKind, ViewStatement } from './types.js';
import { ENTITY_TYPES, RELATION_KINDS } from './style.js';

const TOPICS = ['the ceasefire', 'export controls', 'the grain corridor', 'new tariffs', 'the border treaty', 'sanctions relief', 'the dam project', 'a referendum'];

/**
 * Deterministic (seeded) so benchmark runs compare like with like. `statementCount` stances and quotes, dated
 * over ten years, fill the statements table and the timeline.
 */
export function syntheticViewModel(nodeCount: number, edgeCount: number, seed = 1, statementCount = 0): ViewModel {
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
  const statements: ViewStatement[] = [];
  for (let i = 0; i < statementCount && nodeCount > 0; i++) {
    const who = nodes[Math.floor(rand() * rand() * nodeCount)].id;
    const day = new Date(Date.UTC(2016, 0, 1) + Math.floor(rand() * 3650) * 86_400_000).toISOString().slice(0, 10);
    const topic = TOPICS[Math.floor(rand() * TOPICS.length)];
    const stance = i % 2 === 0;
    statements.push({
      id: `https://w3id.org/newskg/id/synthetic/statement-${i}`,
      kind: stance ? 'Stance' : 'Quote',
      roles: stance ? { holder: [who] } : { speaker: [who] },
      values: stance ? { topic, polarity: ['Supports', 'Opposes', 'Neutral'][i % 3] } : { text: `We will not accept ${topic} (${i})` },
      evidence: [{ article: 0, text: `Statement ${i} on ${topic}.` }],
      date: day,
    });
  }
  return { version: 1, articles: [{ iri: 'urn:synthetic', headline: 'Synthetic graph', text: '' }], nodes, edges, statements };
}
