// Entry point: load the view model, draw it with sigma, wire the controls.
import type Sigma from 'sigma';
import './style.css';
import { addEdges, buildGraph, growGraph, type EdgeAttrs, type EntityGraph, type NodeAttrs } from '../../src/graph/build.js';
import { mergeViewModel } from '../../src/graph/merge.js';
import type { ViewModel } from '../../src/graph/types.js';
import { loadSource } from './data.js';
import { byId, h } from './dom.js';
import { exportGexf, exportPng, exportTurtle } from './export.js';
import { setupFilters } from './filters.js';
import { fitTo } from './camera.js';
import { buildRows } from './statements/rows.js';
import { StatementsTable } from './statements/table.js';
import { statementDay } from './time/days.js';
import { Timeline } from './time/timeline.js';
import { LabelPlacer } from './labels.js';
import { createLayout, type LayoutControl } from './layout.js';
import { Panel } from './panel.js';
import { createRenderer, MANY_EDGES } from './renderer.js';
import { setupQuery } from './query-panel.js';
import { setupSearch } from './search.js';
import { showScope } from './scope.js';
import { ViewState } from './state.js';

/** Handles for tests, benchmarks and curious users (window.newskgViewer in the console). */
export interface ViewerHandle {
  vm: ViewModel;
  graph: EntityGraph;
  renderer: Sigma<NodeAttrs, EdgeAttrs>;
  state: ViewState;
  layout: LayoutControl;
  /**
   * performance.now() when the first frame (nodes; edges too unless deferred) is produced and when it is on screen,
   * when the frame with every edge is on screen, and when the layout came to rest.
   */
  timings: { firstFrame?: number; firstFrameShown?: number; allEdgesShown?: number; settled?: number };
  table: StatementsTable;
  timeline: Timeline;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  selectStatement(index: number): void;
  /** On a part of a large corpus: brings in the entity's neighbourhood (resolves once it is on screen). */
  expand(id: string): Promise<void>;
}

declare global {
  interface Window { newskgViewer?: ViewerHandle; newskgViewerError?: string }
}

async function boot(): Promise<void> {
  performance.mark('newskg:start');
  const source = await loadSource();
  performance.mark('newskg:data');
  const { vm } = source;
  // Tens of thousands of edges (sigma's work per edge, then drawing them) are most of a big graph's load time:
  // show the nodes first and add the edges once that frame is on screen.
  const deferEdges = vm.edges.length > MANY_EDGES;
  const graph = buildGraph(vm, { edges: !deferEdges });
  performance.mark('newskg:graph');
  const state = new ViewState(vm, graph);
  const container = byId('graph');
  const renderer = createRenderer(graph, container, state, { nodes: vm.nodes.length, edges: vm.edges.length });
  performance.mark('newskg:sigma');
  const timings: ViewerHandle['timings'] = {};
  // Sigma drew synchronously in its constructor; the frame reaches the screen at the next animation frame.
  await nextFrame();
  timings.firstFrame = performance.now();
  // Everything else waits until that frame is on screen: a task queued in the frame runs after its commit,
  // which (with software compositing) includes reading back what WebGL drew.
  await new Promise((r) => setTimeout(r, 0));
  timings.firstFrameShown = performance.now();
  if (deferEdges) {
    // Sigma re-indexes on every edgeAdded event; one refresh after all of them is several times cheaper.
    const listeners = graph.listeners('edgeAdded');
    graph.removeAllListeners('edgeAdded');
    addEdges(graph, vm);
    for (const l of listeners) graph.on('edgeAdded', l as (...args: unknown[]) => void);
    state.update();
    renderer.refresh();
    performance.mark('newskg:edges');
    void nextFrame().then(() => setTimeout(() => { timings.allEdgesShown = performance.now(); }, 0));
  } else timings.allEdgesShown = timings.firstFrameShown;
  const labels = new LabelPlacer(renderer, state);

  // Repaint only some nodes: no re-indexing, no edge work, so hover and label changes cost next to nothing.
  const repaint = (nodes: string[]) => { if (nodes.length) renderer.refresh({ partialGraph: { nodes }, skipIndexation: true }); };
  // After a change of filter or focus every node and edge may look different; a camera move only changes labels.
  const relabel = (all = true) => {
    const changed = labels.place();
    if (all) renderer.refresh();
    else repaint(changed);
  };
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;
  const cameraRested = () => {
    // Not while the user still drags or the camera glides: placing labels mid-pan costs frames.
    if (renderer.getMouseCaptor().isMouseDown || renderer.getCamera().isAnimated()) relabelTimer = setTimeout(cameraRested, 120);
    else relabel(false);
  };
  renderer.getCamera().on('updated', () => { clearTimeout(relabelTimer); relabelTimer = setTimeout(cameraRested, 120); });

  const parts = source.parts;
  const panel = new Panel(vm, {
    selectNode: (id) => selectNode(id),
    selectStatement: (i) => selectStatement(i),
    ...(parts ? {
      expand: (id: string) => void expand(id),
      expansion: (id: string) => (state.expanded.has(id) ? 'done' : state.expanding === id ? 'loading' : 'no'),
      articleText: (iri: string) => parts.articleText(iri),
    } as const : {}),
  }, () => clearSelection());
  const hops = byId<HTMLSelectElement>('hops');
  const showStats = () => {
    const shown = (total: number, hidden: number) => (hidden ? `${total - hidden} of ${total}` : String(total));
    byId('stats').textContent = `${shown(graph.order, state.hiddenNodes.size)} entities · ${shown(graph.size, state.hiddenEdges.size)} relations shown · `
      + `${vm.articles.length} article${vm.articles.length === 1 ? '' : 's'}${vm.scope ? ' loaded' : ''}`;
    byId('isolated-count').textContent = String(state.foldedCount);
    showScope(vm, state);
  };
  // Every filter change: resolve what is hidden once, then redraw.
  const refilter = () => {
    state.update();
    showStats();
    relabel();
  };
  const clearSelection = () => {
    state.focusSet(null);
    table.lightEntity(null);
    table.markSelected(null);
    panel.hide();
    refilter();
  };

  const selectNode = (id: string, moveCamera = true) => {
    if (!graph.hasNode(id)) return;
    state.focusNode(id, Number(hops.value) || 1);
    state.update();
    panel.showNode(id);
    table.markSelected(null);
    table.lightEntity(id);
    relabel();
    if (moveCamera) {
      const d = renderer.getNodeDisplayData(id);
      if (d) renderer.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(renderer.getCamera().ratio, 0.6) }, { duration: 450 });
    }
  };
  const selectEdge = (id: string) => {
    if (!graph.hasEdge(id)) return;
    state.focusEdge(id);
    state.update();
    panel.showEdge(id);
    table.lightEntity(null);
    table.markSelected(null);
    relabel();
  };
  /** A statement (a table row or a panel item): its holder and targets in the graph, its evidence in the panel. */
  const selectStatement = (i: number) => {
    if (!vm.statements[i]) return;
    state.focusStatement(i);
    state.update();
    panel.showStatement(i);
    table.lightEntity(null);
    table.markSelected(i);
    relabel();
    if (state.focus) fitTo(renderer, [...state.focus]);
  };
  hops.addEventListener('change', () => { if (state.selectedNode) selectNode(state.selectedNode, false); });

  let graphFilterTimer: ReturnType<typeof setTimeout> | undefined;
  const table = new StatementsTable(vm, buildRows(vm), {
    select: (i) => selectStatement(i),
    hover: (id) => hover(id),
    // The table redraws at once; the graph follows when typing pauses.
    filtered: (kept) => {
      clearTimeout(graphFilterTimer);
      graphFilterTimer = setTimeout(() => { state.statementFilter = kept && kept(); refilter(); }, 120);
    },
  });
  const timeline = new Timeline(vm.statements.map(statementDay), (r) => {
    state.timeRange = r;
    table.setRange(r);
    refilter();
  });
  const statementsToggle = byId('statements-toggle');
  statementsToggle.classList.add('on');
  statementsToggle.addEventListener('click', () => {
    const box = byId('statements');
    box.hidden = !box.hidden;
    statementsToggle.classList.toggle('on', !box.hidden);
    renderer.resize();
    renderer.refresh();
  });
  let lastClick: { node: string; at: number } | null = null;
  renderer.on('clickNode', ({ node }) => {
    lastClick = { node, at: performance.now() };
    selectNode(node, false);
  });
  if (parts) {
    // on a part of a large corpus a double-click brings in the entity's neighbours (instead of sigma's zoom)
    renderer.on('doubleClickNode', ({ node, event }) => {
      event.preventSigmaDefault();
      void expand(node, true);
    });
    // the first click selected the node, and sigma redraws its picking layer for that; a second click landing
    // before the redraw reads as the stage, so a double-click is also two clicks whose first hit a node
    renderer.on('doubleClickStage', ({ event }) => {
      if (!lastClick || performance.now() - lastClick.at > DOUBLE_CLICK_MS) return;
      event.preventSigmaDefault();
      void expand(lastClick.node, true);
    });
    // sigma counts two clicks within 300 ms of its own timer; on a busy page the second click can be
    // handled later than that, and sigma sees two single clicks. The browser's own dblclick event is
    // timed by the input system, so a double-click on a node it reports still brings in the neighbours.
    renderer.getContainer().addEventListener('dblclick', () => {
      if (!lastClick || performance.now() - lastClick.at > NATIVE_DOUBLE_CLICK_MS || state.expanding === lastClick.node) return;
      void expand(lastClick.node, true);
    });
  }
  renderer.on('clickEdge', ({ edge }) => selectEdge(edge));
  renderer.on('clickStage', () => clearSelection());
  const hover = (node: string | null) => {
    const prev = state.hoveredNode;
    state.hoveredNode = node;
    container.style.cursor = node ? 'pointer' : '';
    // Mid-drag the label would only flicker past; skip the repaint.
    if (!renderer.getMouseCaptor().isMouseDown) repaint([prev, node].filter((n): n is string => n !== null && graph.hasNode(n)));
  };
  renderer.on('enterNode', ({ node }) => hover(node));
  renderer.on('leaveNode', () => hover(null));
  renderer.on('enterEdge', () => { container.style.cursor = 'pointer'; });
  renderer.on('leaveEdge', () => { container.style.cursor = ''; });

  const toggle = byId<HTMLButtonElement>('layout-toggle');
  const layout = createLayout(graph, (running, settled) => {
    toggle.textContent = running ? 'Stop layout' : 'Start layout';
    toggle.classList.toggle('running', running);
    if (!running) {
      // The layout's last step (noverlap) moved nodes in the graph; sigma would pick that up at its
      // next frame, so labels placed now would use the old positions and could overlap. Re-index first.
      renderer.refresh();
      // Sigma frames every node, folded ones too; frame what is on screen instead.
      if (settled && !state.focus) fitTo(renderer, graph.filterNodes((n) => !state.isNodeHidden(n)), 0);
      relabel(false);
    }
    if (settled) timings.settled = performance.now();
  });
  toggle.addEventListener('click', () => (layout.running() ? layout.stop() : layout.start()));
  // Fit frames the selection's neighbourhood when there is one, else every entity on screen.
  byId('fit').addEventListener('click', () => fitTo(renderer, state.focus ? [...state.focus] : graph.filterNodes((n) => !state.isNodeHidden(n))));

  const search = setupSearch(vm, (id) => {
    // on a part of a large corpus, what is searched for comes with its neighbourhood
    if (parts) void expand(id, true);
    else selectNode(id);
  }, parts?.search);
  const filters = setupFilters(vm, graph, state, refilter);

  /**
   * Asks the server for the entity's neighbourhood and merges it into the model and the graph on screen (one at a
   * time); with `select`, the entity is then selected with its neighbours in colour.
   */
  const expand = async (id: string, select = false): Promise<void> => {
    if (!parts) return;
    if (select && graph.hasNode(id)) selectNode(id);
    if (state.expanded.has(id)) return;
    if (state.expanding) {
      showScope(vm, state, `Still bringing in the neighbours of ${labelOf(state.expanding)}; try again in a moment`);
      return;
    }
    state.expanding = id;
    panel.refresh();
    showScope(vm, state);
    try {
      const part = await parts.neighbourhood(id);
      const merged = mergeViewModel(vm, part);
      growGraph(graph, vm, merged.firstNode, merged.firstEdge, id);
      state.expanded.add(id);
      state.expanding = null;
      state.dataChanged();
      table.setRows(buildRows(vm));
      timeline.setDays(vm.statements.map(statementDay));
      filters.refresh();
      search.refresh();
      panel.dataChanged();
      const added = vm.nodes.length - merged.firstNode;
      showStats();
      showScope(vm, state, `${labelOf(id)}: ${added} more entit${added === 1 ? 'y' : 'ies'}, ${vm.edges.length - merged.firstEdge} more relations`);
      if (select || state.selectedNode === id) selectNode(id, select);
      else relabel();
      layout.restart();
    } catch (e) {
      state.expanding = null;
      panel.refresh();
      showScope(vm, state, `Could not bring in the neighbours of ${labelOf(id)}: ${(e as Error).message}`, true);
    }
  };
  const labelOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id.replace(/^.*\//, ''));
  setupQuery(source, state, vm, refilter);
  byId('export-png').addEventListener('click', () => void exportPng(renderer));
  byId('export-gexf').addEventListener('click', () => exportGexf(graph));
  byId('export-ttl').addEventListener('click', () => void exportTurtle(source.turtle));
  // a large corpus is not sent whole (the server refuses /graph.ttl): GEXF and PNG export what is on screen
  byId('export-ttl').hidden = !!parts;
  for (const id of ['export-png', 'export-gexf', 'export-ttl']) byId(id).addEventListener('click', () => byId<HTMLDetailsElement>('export-png').closest('details')?.removeAttribute('open'));
  showStats();

  window.newskgViewer = { vm, graph, renderer, state, layout, timings, table, timeline, selectNode, selectEdge, selectStatement, expand: (id) => expand(id) };
  // First frame before layout: labels placed on the starting spiral, then ForceAtlas2 takes over.
  requestAnimationFrame(() => { relabel(false); layout.start(); });
}

/** Sigma's own double-click window. */
const DOUBLE_CLICK_MS = 300;
// how long after the first click's handling the browser's dblclick may arrive on a busy page
const NATIVE_DOUBLE_CLICK_MS = 3000;

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

boot().catch((e: unknown) => {
  const msg = e instanceof Error ? e.message : String(e);
  window.newskgViewerError = msg;
  byId('graph').replaceChildren(h('p', { class: 'load-error' }, `The viewer could not start: ${msg}`));
});
