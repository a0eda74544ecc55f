// Labels that never overlap: biggest (or focused) nodes claim their label box first, on a screen grid.
// Sigma's own label grid only caps labels per cell, so long names could still collide.
import type Sigma from 'sigma';
import type { EdgeAttrs, NodeAttrs } from '../../src/graph/build.js';
import type { ViewState } from './state.js';

const CELL = 80;
const PAD = 2;
/** Narrower than any character of the label font: a box this wide that collides proves the real one does too. */
const MIN_CHAR_WIDTH = 2;

interface Box { x1: number; y1: number; x2: number; y2: number }

export class LabelPlacer {
  private readonly widths = new Map<string, number>();
  private readonly ctx = document.createElement('canvas').getContext('2d')!;
  /** Nodes by size, largest first; sizes never change after load. */
  private readonly order: string[];

  constructor(private readonly renderer: Sigma<NodeAttrs, EdgeAttrs>, private readonly state: ViewState) {
    const g = renderer.getGraph();
    const nodes = g.nodes();
    const size = new Float64Array(nodes.length);
    nodes.forEach((n, i) => { size[i] = g.getNodeAttribute(n, 'size'); });
    const idx = Array.from(nodes, (_, i) => i).sort((a, b) => size[b] - size[a]);
    this.order = idx.map((i) => nodes[i]);
    const s = renderer.getSettings();
    this.ctx.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
  }

  private width(node: string, label: string): number {
    let w = this.widths.get(node);
    if (w === undefined) this.widths.set(node, (w = this.ctx.measureText(label).width));
    return w;
  }

  /**
   * Recomputes which labels fit on screen now; call when the camera or the layout comes to rest.
   * Returns the nodes whose label appeared or disappeared, so only those need repainting.
   */
  place(): string[] {
    const { renderer, state } = this;
    const g = renderer.getGraph();
    const { width, height } = renderer.getDimensions();
    const labelSize = renderer.getSettings().labelSize;
    const grid = new Map<number, Box[]>();
    const allowed = new Set<string>();
    const first = state.focus ? [...state.focus].sort((a, b) => g.getNodeAttribute(b, 'size') - g.getNodeAttribute(a, 'size')) : [];
    const seen = new Set<string>();
    for (const node of [...first, ...this.order]) {
      if (seen.has(node)) continue;
      seen.add(node);
      const a = g.getNodeAttributes(node);
      if (state.isNodeHidden(node) || (state.focus && !state.focus.has(node))) continue;
      const d = renderer.getNodeDisplayData(node);
      if (!d) continue;
      const p = renderer.framedGraphToViewport(d);
      const r = renderer.scaleSize(d.size);
      if (p.x < -200 || p.y < -50 || p.x > width + 50 || p.y > height + 50) continue;
      // Box of sigma's default label: to the right of the node, vertically centred.
      const box = { x1: p.x + r + 3 - PAD, y1: p.y - labelSize / 2 - PAD, x2: p.x + r + 3 + MIN_CHAR_WIDTH * a.label.length + PAD, y2: p.y + labelSize / 2 + PAD };
      // In a crowded view most candidates fail already on the short box, and measuring text is the slow part.
      if (collides(grid, box)) continue;
      box.x2 = p.x + r + 3 + this.width(node, a.label) + PAD;
      if (collides(grid, box)) continue;
      insert(grid, box);
      allowed.add(node);
    }
    const changed: string[] = [];
    for (const n of allowed) if (!state.labelAllowed.has(n)) changed.push(n);
    for (const n of state.labelAllowed) if (!allowed.has(n) && g.hasNode(n)) changed.push(n);
    state.labelAllowed = allowed;
    return changed;
  }
}

const cellKey = (cx: number, cy: number) => cx * 100_003 + cy;

function cells(b: Box, f: (k: number) => boolean | void): boolean {
  for (let cx = Math.floor(b.x1 / CELL); cx <= Math.floor(b.x2 / CELL); cx++)
    for (let cy = Math.floor(b.y1 / CELL); cy <= Math.floor(b.y2 / CELL); cy++) if (f(cellKey(cx, cy))) return true;
  return false;
}

function collides(grid: Map<number, Box[]>, b: Box): boolean {
  return cells(b, (k) => (grid.get(k) ?? []).some((o) => b.x1 < o.x2 && o.x1 < b.x2 && b.y1 < o.y2 && o.y1 < b.y2));
}

function insert(grid: Map<number, Box[]>, b: Box): void {
  cells(b, (k) => {
    const list = grid.get(k);
    if (list) list.push(b);
    else grid.set(k, [b]);
  });
}
