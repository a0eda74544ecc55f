// ForceAtlas2 in a web worker, stopped automatically once nodes barely move.
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type { EntityGraph } from '../../src/graph/build.js';

export interface LayoutControl {
  start(): void;
  stop(): void;
  running(): boolean;
  /** The graph grew: run (again) with a fresh time budget, so the new nodes settle. */
  restart(): void;
}

export function createLayout(graph: EntityGraph, onChange: (running: boolean, settled: boolean) => void): LayoutControl {
  const big = graph.order > 2000;
  const fa2 = new FA2Layout(graph, {
    settings: {
      ...forceAtlas2.inferSettings(graph),
      barnesHutOptimize: big,
      // Sizes keep small graphs from piling nodes on each other; too slow for big ones.
      adjustSizes: !big,
      // Strong pull for small graphs keeps loose entities (no edges) near the rest instead of at the rim.
      gravity: 1,
      // LinLog pulls communities (an article's cast, a region) into separate clusters instead of one dense ball.
      linLogMode: !big,
      scalingRatio: big ? 2 : 20,
      slowDown: big ? 2 : 5,
      strongGravityMode: false,
      edgeWeightInfluence: 1,
    },
    // Quote edges are hidden until asked for, and as many as all others together: pulling speakers onto the
    // countries they mention would pack the visible graph into one ball.
    getEdgeWeight: (_edge, a) => (a.kind === 'said' ? 0 : 1),
  });
  // Small graphs settle in a second or two; big ones get a fixed budget so the page calms down.
  const maxMs = big ? 12_000 : 4_000;
  let timer: ReturnType<typeof setInterval> | undefined;
  let startedAt = 0;
  let prev: Float64Array | null = null;

  const sample = (): Float64Array => {
    const out = new Float64Array(graph.order * 2);
    let i = 0;
    graph.forEachNode((_, a) => { out[i++] = a.x; out[i++] = a.y; });
    return out;
  };

  const check = () => {
    const now = sample();
    let settled = performance.now() - startedAt > maxMs;
    // the graph grew since the last look: compare from now on
    if (prev && prev.length !== now.length) prev = null;
    if (prev && !settled) {
      let move = 0, minX = Infinity, maxX = -Infinity;
      for (let i = 0; i < now.length; i += 2) {
        move += Math.hypot(now[i] - prev[i], now[i + 1] - prev[i + 1]);
        minX = Math.min(minX, now[i]);
        maxX = Math.max(maxX, now[i]);
      }
      // No movement at all means the worker has not sent an iteration since the last look (a big graph's first
      // iterations take longer than the sampling interval): nothing to judge yet.
      if (move === 0) return;
      const extent = Math.max(maxX - minX, 1e-9);
      settled = move / (now.length / 2) / extent < 0.003;
    }
    prev = now;
    if (settled) finish();
  };

  const finish = () => {
    fa2.stop();
    clearInterval(timer);
    timer = undefined;
    // Nudge apart nodes that still touch, so labels and discs stay readable at rest.
    if (!big) noverlap.assign(graph, { maxIterations: 60, settings: { margin: 6, ratio: 1.2 } });
    onChange(false, true);
  };

  const ctl: LayoutControl = {
    start() {
      if (fa2.isRunning()) return;
      prev = null;
      startedAt = performance.now();
      fa2.start();
      timer = setInterval(check, 400);
      onChange(true, false);
    },
    stop() {
      if (!fa2.isRunning()) return;
      clearInterval(timer);
      timer = undefined;
      fa2.stop();
      onChange(false, false);
    },
    running: () => fa2.isRunning(),
    restart() {
      if (!fa2.isRunning()) return ctl.start();
      prev = null;
      startedAt = performance.now();
    },
  };
  return ctl;
}
