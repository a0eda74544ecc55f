// View model → graphology graph with the attributes sigma draws (x, y, size, color, label).
import { MultiDirectedGraph } from 'graphology';
import type { ViewModel, ViewEntityType, RelationKind } from './types.js';
import { RELATION_COLORS, RELATION_LABELS, TYPE_COLORS, nodeSize } from './style.js';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Not `type`: sigma reads `type` as the node program name. */
  entityType: ViewEntityType;
  /** Index into ViewModel.nodes. */
  index: number;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  label: string;
  kind: RelationKind;
  /** Sigma program: arrows for directed relations, plain lines for meetings. */
  type: 'arrow' | 'line';
  index: number;
}

export type EntityGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

/**
 * Nodes start on a golden-angle spiral (deterministic, no overlap), biggest in the middle,
 * so the first frame is already readable before ForceAtlas2 takes over.
 */
export function buildGraph(vm: ViewModel, opts: { arrows?: boolean; edges?: boolean } = {}): EntityGraph {
  const g: EntityGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  const degree = new Map<string, number>();
  for (const e of vm.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const order = vm.nodes.map((n, i) => ({ n, i, w: n.mentions + (degree.get(n.id) ?? 0) })).sort((a, b) => b.w - a.w);
  const golden = Math.PI * (3 - Math.sqrt(5));
  // Thousands of full-size discs would cover each other and the edges (and cost software WebGL most of a frame):
  // past a thousand nodes they shrink, to at most a third of their size.
  const scale = Math.max(0.3, Math.min(1, Math.sqrt(1000 / Math.max(1, vm.nodes.length))));
  order.forEach(({ n, i, w }, rank) => {
    const r = 10 * Math.sqrt(rank + 0.5);
    g.addNode(n.id, {
      x: r * Math.cos(rank * golden),
      y: r * Math.sin(rank * golden),
      size: scale * nodeSize(n.mentions, w - n.mentions),
      color: TYPE_COLORS[n.type],
      label: n.label,
      entityType: n.type,
      index: i,
    });
  });
  if (opts.edges ?? true) addEdges(g, vm, opts);
  return g;
}

/**
 * Nodes and edges the view model gained (a neighbourhood merged in, merge.ts): vm.nodes from `firstNode` and
 * vm.edges from `firstEdge` on. New nodes start in a ring around `near` (the entity expanded), so the layout
 * unfolds the neighbourhood from where the user looked rather than from the middle of the graph.
 */
export function growGraph(g: EntityGraph, vm: ViewModel, firstNode: number, firstEdge: number, near?: string): void {
  const degree = new Map<string, number>();
  for (const e of vm.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  const centre = near && g.hasNode(near) ? g.getNodeAttributes(near) : { x: 0, y: 0 };
  // the ring's size follows the layout's own scale (ForceAtlas2 coordinates can be tens or thousands)
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  g.forEachNode((_, a) => { minX = Math.min(minX, a.x); maxX = Math.max(maxX, a.x); minY = Math.min(minY, a.y); maxY = Math.max(maxY, a.y); });
  const extent = Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 100;
  const scale = Math.max(0.3, Math.min(1, Math.sqrt(1000 / Math.max(1, vm.nodes.length))));
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = firstNode; i < vm.nodes.length; i++) {
    const n = vm.nodes[i]!;
    if (g.hasNode(n.id)) continue;
    const k = i - firstNode;
    const r = extent * (0.01 + 0.005 * Math.sqrt(k + 1));
    g.addNode(n.id, {
      x: centre.x + r * Math.cos(k * golden),
      y: centre.y + r * Math.sin(k * golden),
      size: scale * nodeSize(n.mentions, degree.get(n.id) ?? 0),
      color: TYPE_COLORS[n.type],
      label: n.label,
      entityType: n.type,
      index: i,
    });
  }
  addEdges(g, vm, {}, firstEdge);
}

/** The view model's edges (from index `from` on); separate so that a big graph's viewer can draw its nodes first. */
export function addEdges(g: EntityGraph, vm: ViewModel, opts: { arrows?: boolean } = {}, from = 0): void {
  // Arrow heads are a second WebGL program per edge; past a few thousand edges plain lines keep panning smooth.
  const arrows = opts.arrows ?? vm.edges.length <= 5000;
  const topics = new Map<string, string>();
  for (const st of vm.statements) if (st.kind === 'Stance' && st.values.topic) topics.set(st.id, st.values.topic);
  for (let index = from; index < vm.edges.length; index++) {
    const e = vm.edges[index]!;
    if (!g.hasNode(e.source) || !g.hasNode(e.target) || g.hasEdge(e.id)) continue;
    g.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      size: e.kind === 'threatens' || e.kind === 'sanctions' ? 2.5 : 1.5,
      color: RELATION_COLORS[e.kind],
      label: STANCE_KINDS.has(e.kind) ? stanceLabel(e.kind, e.statements.map((s) => topics.get(s)).filter((t): t is string => !!t)) : RELATION_LABELS[e.kind],
      kind: e.kind,
      type: arrows && e.kind !== 'met' ? 'arrow' : 'line',
      index,
    });
  }
}

const STANCE_KINDS = new Set<RelationKind>(['supports', 'opposes', 'neutralOn']);

/**
 * A stance edge's target is an entity its topic names, not always the thing supported or opposed ("opposes
 * meddling in U.S. elections" → United States), so its label carries the topic: "opposes: meddling in U.S. el…".
 */
function stanceLabel(kind: RelationKind, topics: string[]): string {
  const topic = topics[0];
  if (!topic) return RELATION_LABELS[kind];
  const short = topic.length > 36 ? `${topic.slice(0, 35)}…` : topic;
  return `${RELATION_LABELS[kind]}: ${short}${topics.length > 1 ? ` (+${topics.length - 1})` : ''}`;
}
