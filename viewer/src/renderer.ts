// Sigma's settings, tuned by graph size: small graphs get every detail, big ones what keeps frames cheap.
// Measured in headless Chromium with software WebGL (SwiftShader), where the GPU side, not JavaScript, dominates.
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { EdgeAttrs, EntityGraph, NodeAttrs } from '../../src/graph/build.js';
import type { ViewState } from './state.js';

/** Past this many relations the first frame shows the nodes alone and the edges follow (see main.ts). */
export const MANY_EDGES = 5_000;
const MANY_NODES = 2_000;
/** Up to this many relations, statement edges carry their words at rest; above it only the focused ones do. */
export const FEW_EDGES = 600;

export function createRenderer(graph: EntityGraph, container: HTMLElement, state: ViewState, counts: { nodes: number; edges: number }): Sigma<NodeAttrs, EdgeAttrs> {
  const manyEdges = counts.edges > MANY_EDGES;
  return new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    // Point sprites draw the same discs as the default instanced triangles at a fraction of the cost
    // (10,000 nodes: ~0.16 s instead of ~0.8 s per frame in software WebGL).
    ...(counts.nodes > MANY_NODES ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    // One-pixel GL lines instead of quads, and no second (picking) pass: a thin line could hardly be clicked anyway.
    ...(manyEdges ? { edgeProgramClasses: { line: EdgeLineProgram } } : {}),
    enableEdgeEvents: !manyEdges,
    // Labels are drawn only for edges the reducer leaves a label on (see state.ts), so this costs little.
    renderEdgeLabels: !manyEdges,
    labelFont: 'Inter, "Segoe UI", system-ui, -apple-system, Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1f2933' },
    edgeLabelFont: 'Inter, "Segoe UI", system-ui, sans-serif',
    edgeLabelSize: 11,
    edgeLabelColor: { color: '#6b7280' },
    // Which labels show is decided by labels.ts and drawn as forced labels; sigma's own grid would only add overlaps.
    labelDensity: 0,
    labelRenderedSizeThreshold: 0,
    zIndex: true,
    stagePadding: 40,
    // Big graphs drop edges while the camera moves: drawing 30,000 edges per frame is what makes panning stutter.
    hideEdgesOnMove: manyEdges,
    minCameraRatio: 0.03,
    maxCameraRatio: 5,
    // Given here rather than set later: each setting change re-processes every node and edge.
    nodeReducer: state.nodeReducer,
    edgeReducer: state.edgeReducer,
  });
}
