// PNG of what is on screen, and the whole graph as Turtle or GEXF.
import type Sigma from 'sigma';
import { write as writeGexf } from 'graphology-gexf/browser';
import type { EdgeAttrs, EntityGraph, NodeAttrs } from '../../src/graph/build.js';
import { download } from './dom.js';

export function exportPng(renderer: Sigma<NodeAttrs, EdgeAttrs>): Promise<void> {
  const { width, height } = renderer.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = width * ratio;
  out.height = height * ratio;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  // WebGL layers only keep their pixels within the frame that drew them: render, then copy at once.
  renderer.refresh();
  const canvases = renderer.getCanvases();
  for (const id of ['edges', 'nodes', 'edgeLabels', 'labels', 'hovers', 'hoverNodes']) {
    const c = canvases[id];
    if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
  }
  return new Promise((resolve) => out.toBlob((b) => { if (b) download('newskg-graph.png', b); resolve(); }, 'image/png'));
}

export function exportGexf(graph: EntityGraph): void {
  const g = graph.copy();
  // `type` is sigma's program name and `index` points into our view model: neither means anything in Gephi.
  g.forEachEdge((e) => { g.removeEdgeAttribute(e, 'type'); g.removeEdgeAttribute(e, 'index'); });
  g.forEachNode((n) => g.removeNodeAttribute(n, 'index'));
  // The default formatter maps x, y, size and color to viz:*, and everything else to GEXF attributes.
  const xml = writeGexf(g);
  download('newskg-graph.gexf', new Blob([xml], { type: 'application/xml' }));
}

export async function exportTurtle(turtle: () => Promise<string>): Promise<void> {
  download('newskg-graph.ttl', new Blob([await turtle()], { type: 'text/turtle' }));
}
