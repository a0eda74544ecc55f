// What the user has selected, filtered or highlighted. The graph itself is never changed for display:
// sigma's reducers read this state, and each lookup is a Set/Map probe so panning stays cheap.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, EntityGraph, NodeAttrs } from '../../src/graph/build.js';
import type { RelationKind, ViewEntityType, ViewModel } from '../../src/graph/types.js';

const DIM_NODE = '#e3e6ea';
const FACT_KINDS = new Set<RelationKind>(['affiliation', 'nationality', 'locatedIn', 'basedIn']);
const DIM_EDGE = '#eef0f2';

export class ViewState {
  hiddenTypes = new Set<ViewEntityType>();
  hiddenKinds = new Set<RelationKind>();
  /** Articles switched off; empty means all shown. */
  hiddenArticles = new Set<number>();
  selectedNode: string | null = null;
  selectedEdge: string | null = null;
  /** Nodes to emphasise (selection and neighbours, or query results); null = no emphasis. */
  focus: Set<string> | null = null;
  hoveredNode: string | null = null;
  /**
   * Labels allowed by the collision pass (see labels.ts), drawn as forced labels: sigma's own label grid is off
   * (labelDensity 0), so a label can be switched on or off by repainting that one node.
   */
  labelAllowed = new Set<string>();

  constructor(readonly vm: ViewModel, readonly graph: EntityGraph) {}

  isNodeHidden(node: string, a: NodeAttrs): boolean {
    if (this.hiddenTypes.has(a.entityType)) return true;
    if (this.hiddenArticles.size) {
      const arts = this.vm.nodes[a.index].articles;
      if (arts.length && arts.every((i) => this.hiddenArticles.has(i))) return true;
    }
    return false;
  }

  isEdgeHidden(a: EdgeAttrs): boolean {
    if (this.hiddenKinds.has(a.kind)) return true;
    if (this.hiddenArticles.size) {
      const ev = this.vm.edges[a.index].evidence;
      if (ev.length && ev.every((e) => this.hiddenArticles.has(e.article))) return true;
    }
    return false;
  }

  // Sigma hands reducers a fresh copy of the attributes, so they edit it in place: no allocation per node.
  nodeReducer = (node: string, a: NodeAttrs): Partial<NodeDisplayData> => {
    const res = a as unknown as Partial<NodeDisplayData>;
    if (this.isNodeHidden(node, a)) {
      res.hidden = true;
      return res;
    }
    const focused = this.focus?.has(node) ?? true;
    if (!focused) {
      res.color = DIM_NODE;
      res.label = null;
      res.zIndex = 0;
      return res;
    }
    if (this.focus) res.zIndex = 1;
    if (node === this.selectedNode || node === this.hoveredNode) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 2;
    } else if (this.labelAllowed.has(node)) res.forceLabel = true;
    else res.label = null;
    return res;
  };

  edgeReducer = (edge: string, a: EdgeAttrs): Partial<EdgeDisplayData> => {
    const res = a as unknown as Partial<EdgeDisplayData>;
    if (this.isEdgeHidden(a)) {
      res.hidden = true;
      return res;
    }
    if (edge === this.selectedEdge) {
      res.size = (a.size ?? 1) * 2;
      res.forceLabel = true;
      res.zIndex = 2;
    } else if (this.focus) {
      const [s, t] = this.graph.extremities(edge);
      if (!this.focus.has(s) || !this.focus.has(t)) {
        res.color = DIM_EDGE;
        res.label = null;
      }
    } else if (FACT_KINDS.has(a.kind)) {
      // At rest only statement edges (threatens, met, …) carry words; grey fact edges are explained by the legend.
      res.label = null;
    }
    return res;
  };

  /** Select a node: it and its neighbours stay in colour, everything else fades. */
  focusNode(node: string | null): void {
    this.selectedNode = node;
    this.selectedEdge = null;
    this.focus = node ? new Set([node, ...this.graph.neighbors(node)]) : null;
  }

  focusEdge(edge: string | null): void {
    this.selectedEdge = edge;
    this.selectedNode = null;
    this.focus = edge ? new Set(this.graph.extremities(edge)) : null;
  }

  focusSet(nodes: Set<string> | null): void {
    this.selectedNode = null;
    this.selectedEdge = null;
    this.focus = nodes && nodes.size ? nodes : null;
  }
}
