// What the user has selected, filtered or highlighted. The graph itself is never changed for display:
// sigma's reducers read this state. Filters are resolved once per change (update(), linear in the graph) into
// sets of hidden nodes and edges, so each reducer call is a Set probe and panning stays cheap.
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttrs, EntityGraph, NodeAttrs } from '../../src/graph/build.js';
import type { RelationKind, ViewEntityType, ViewModel } from '../../src/graph/types.js';
import { FEW_EDGES } from './renderer.js';
import { edgeDays, inRange, nodeDays, statementDay, type DayRange } from './time/days.js';

const DIM_NODE = '#e3e6ea';
const FACT_KINDS = new Set<RelationKind>(['affiliation', 'nationality', 'locatedIn', 'basedIn']);
const DIM_EDGE = '#eef0f2';

export class ViewState {
  hiddenTypes = new Set<ViewEntityType>();
  /** Quotes are many and mostly about the speaker's own country: shown on demand. */
  hiddenKinds = new Set<RelationKind>(['said']);
  /** Articles switched off; empty means all shown. */
  hiddenArticles = new Set<number>();
  /** Entities with no visible relation are folded away unless this is on. */
  showIsolated = false;
  /** Brushed on the timeline, in days since 1970; null = all time. */
  timeRange: DayRange | null = null;
  /** Statement indices the statements table's filters keep; null = the table filters nothing. */
  statementFilter: Set<number> | null = null;

  /** Resolved by update(). */
  hiddenNodes = new Set<string>();
  hiddenEdges = new Set<string>();
  /** Entities hidden only because no visible relation reaches them. */
  foldedCount = 0;

  selectedNode: string | null = null;
  selectedEdge: string | null = null;
  /** The statement picked in the table: its holder, targets and evidence are shown. */
  selectedStatement: number | null = null;
  /** Nodes to emphasise (selection and neighbours, or query results); null = no emphasis. */
  focus: Set<string> | null = null;
  hoveredNode: string | null = null;
  /**
   * Labels allowed by the collision pass (see labels.ts), drawn as forced labels: sigma's own label grid is off
   * (labelDensity 0), so a label can be switched on or off by repainting that one node.
   */
  labelAllowed = new Set<string>();

  /** Per edge (by its view-model index) and per node, the days it is dated by; empty = undated. Built on the first
   * brush, not before the first frame. */
  private edgeDayCache: number[][] | null = null;
  private nodeDayCache: number[][] | null = null;
  private statementDays: (number | undefined)[];
  /** A small graph labels its statement edges at rest; a corpus only those around the selection (else a thicket of words). */
  private edgeLabelsAtRest: boolean;

  /** On a part of a large corpus: entities whose neighbourhood has been brought in, and the one being fetched. */
  readonly expanded = new Set<string>();
  expanding: string | null = null;

  constructor(readonly vm: ViewModel, readonly graph: EntityGraph) {
    this.statementDays = vm.statements.map(statementDay);
    this.edgeLabelsAtRest = vm.edges.length <= FEW_EDGES;
    this.update();
  }

  /** The view model grew (a neighbourhood was merged in): dates are read again and every filter re-resolved. */
  dataChanged(): void {
    this.statementDays = this.vm.statements.map(statementDay);
    this.edgeDayCache = null;
    this.nodeDayCache = null;
    this.edgeLabelsAtRest = this.vm.edges.length <= FEW_EDGES;
    this.update();
  }

  private get edgeDayList(): number[][] {
    return (this.edgeDayCache ??= edgeDays(this.vm, this.statementDays));
  }

  private get nodeDayList(): number[][] {
    return (this.nodeDayCache ??= nodeDays(this.vm));
  }

  /** Whether a statement passes the time range (undated ones only when no range is set). */
  statementInTime(i: number): boolean {
    return !this.timeRange || inRange(this.statementDays[i], this.timeRange);
  }

  /** Re-resolves every filter into hiddenNodes / hiddenEdges; call after changing any of them. */
  update(): void {
    const { graph, vm } = this;
    const shown = new Set<string>();
    graph.forEachNode((n, a) => { if (!this.hiddenTypes.has(a.entityType) && !this.hiddenByArticles(vm.nodes[a.index].articles)) shown.add(n); });
    const statementIds = this.statementFilter ? new Set([...this.statementFilter].map((i) => vm.statements[i].id)) : null;
    const hiddenEdges = new Set<string>();
    const degree = new Map<string, number>();
    graph.forEachEdge((e, a, s, t) => {
      if (!shown.has(s) || !shown.has(t) || this.edgeFiltered(a, statementIds)) hiddenEdges.add(e);
      else {
        degree.set(s, (degree.get(s) ?? 0) + 1);
        degree.set(t, (degree.get(t) ?? 0) + 1);
      }
    });
    // Entities a kept statement names stay visible even when no edge reaches them (a stance on a topic that is no entity).
    const anchored = new Set<string>();
    if (this.statementFilter) {
      for (const i of this.statementFilter) {
        if (!this.statementInTime(i)) continue;
        for (const ids of Object.values(vm.statements[i].roles)) for (const id of ids) anchored.add(id);
      }
    }
    // What the user picked stays on screen even when the filters would fold it away.
    // (A query's result entities, a statement's holder and targets; a node's neighbours are already on screen.)
    if (this.selectedNode) anchored.add(this.selectedNode);
    if (this.focus) for (const n of this.focus) anchored.add(n);
    // A big graph's first frame has its nodes only (main.ts adds the edges next): fold nothing until they arrive.
    const edgesPending = graph.size === 0 && vm.edges.length > 0;
    const hiddenNodes = new Set<string>();
    let folded = 0;
    for (const n of graph.nodes()) {
      if (!shown.has(n)) hiddenNodes.add(n);
      else if (degree.has(n) || anchored.has(n) || edgesPending) continue;
      else if (!this.showIsolated || this.statementFilter) { hiddenNodes.add(n); folded++; }
      else if (this.timeRange && !this.nodeDayList[graph.getNodeAttribute(n, 'index')].some((d) => inRange(d, this.timeRange!))) hiddenNodes.add(n);
    }
    this.hiddenNodes = hiddenNodes;
    this.hiddenEdges = hiddenEdges;
    this.foldedCount = folded;
  }

  private hiddenByArticles(arts: number[]): boolean {
    return this.hiddenArticles.size > 0 && arts.length > 0 && arts.every((i) => this.hiddenArticles.has(i));
  }

  private edgeFiltered(a: EdgeAttrs, statementIds: Set<string> | null): boolean {
    if (this.hiddenKinds.has(a.kind)) return true;
    const e = this.vm.edges[a.index];
    if (this.hiddenArticles.size && e.evidence.length && e.evidence.every((x) => this.hiddenArticles.has(x.article))) return true;
    if (this.timeRange && !this.edgeDayList[a.index].some((d) => inRange(d, this.timeRange!))) return true;
    if (statementIds && !e.statements.some((s) => statementIds.has(s))) return true;
    return false;
  }

  isNodeHidden(node: string): boolean {
    return this.hiddenNodes.has(node);
  }

  // Sigma hands reducers a fresh copy of the attributes, so they edit it in place: no allocation per node.
  nodeReducer = (node: string, a: NodeAttrs): Partial<NodeDisplayData> => {
    const res = a as unknown as Partial<NodeDisplayData>;
    if (this.hiddenNodes.has(node)) {
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
    if (this.hiddenEdges.has(edge)) {
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
    } else if (FACT_KINDS.has(a.kind) || !this.edgeLabelsAtRest) {
      // At rest only statement edges (threatens, met, …) carry words; grey fact edges are explained by the legend.
      res.label = null;
    }
    return res;
  };

  /** Select a node: it and its neighbourhood (one or two hops over visible edges) stay in colour, the rest fades. */
  focusNode(node: string | null, hops = 1): void {
    this.selectedNode = node;
    this.selectedEdge = null;
    this.selectedStatement = null;
    if (!node) {
      this.focus = null;
      return;
    }
    const focus = new Set([node]);
    let frontier = [node];
    for (let h = 0; h < hops; h++) {
      const next: string[] = [];
      for (const n of frontier) {
        this.graph.forEachEdge(n, (e, _a, s, t) => {
          if (this.hiddenEdges.has(e)) return;
          const other = s === n ? t : s;
          if (!focus.has(other)) { focus.add(other); next.push(other); }
        });
      }
      frontier = next;
    }
    this.focus = focus;
  }

  focusEdge(edge: string | null): void {
    this.selectedEdge = edge;
    this.selectedNode = null;
    this.selectedStatement = null;
    this.focus = edge ? new Set(this.graph.extremities(edge)) : null;
  }

  /** A statement picked in the table: its holder (speaker, …) and the entities it names. */
  focusStatement(i: number | null): void {
    this.selectedNode = null;
    this.selectedEdge = null;
    this.selectedStatement = i;
    if (i === null) {
      this.focus = null;
      return;
    }
    const st = this.vm.statements[i];
    const ids = new Set<string>();
    for (const list of Object.values(st.roles)) for (const id of list) if (this.graph.hasNode(id)) ids.add(id);
    for (const id of st.targets ?? []) if (this.graph.hasNode(id)) ids.add(id);
    this.focus = ids.size ? ids : null;
  }

  focusSet(nodes: Set<string> | null): void {
    this.selectedNode = null;
    this.selectedEdge = null;
    this.selectedStatement = null;
    this.focus = nodes && nodes.size ? nodes : null;
  }
}
