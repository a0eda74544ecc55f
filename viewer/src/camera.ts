// Framing a set of nodes: sigma's own reset frames every node, hidden ones too.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../../src/graph/build.js';

/** Moves the camera so that these nodes fill the view (with a margin); a single node is shown close up. */
export function fitTo(renderer: Sigma<NodeAttrs, EdgeAttrs>, nodes: string[], duration = 400): void {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const n of nodes) {
    const d = renderer.getNodeDisplayData(n);
    if (!d) continue;
    minX = Math.min(minX, d.x); maxX = Math.max(maxX, d.x);
    minY = Math.min(minY, d.y); maxY = Math.max(maxY, d.y);
  }
  if (minX === Infinity) return;
  // Display coordinates are normalised so that the whole graph spans about one unit at ratio 1.
  const ratio = Math.min(1.2, Math.max(0.25, 1.05 * Math.max(maxX - minX, maxY - minY)));
  const state = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio };
  if (duration) void renderer.getCamera().animate(state, { duration });
  else renderer.getCamera().setState(state);
}
