// Viewer speed in headless Chromium: page load → first rendered frame (for big graphs the nodes; the edges follow)
// → every edge drawn → settled layout, and frames while panning,
// for the first article's graph and for a generated graph of 10,000 nodes and 30,000 edges.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Quad } from 'n3';
import type { Browser } from 'playwright-core';
import { renderHtmlBundle } from '../cli/view.js';
import { buildViewModel, syntheticViewModel, type ViewModel } from '../graph/index.js';
import { dataPath } from '../paths.js';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

interface Run {
  firstFrame: number; firstFrameShown: number; allEdgesShown: number; settled: number; fps: number; nodes: number; edges: number;
  /** Typing into the statements table's text filter: the table re-filtered and redrawn, and a plain Array.filter over the same rows for reference. */
  filter: { rows: number; kept: number; ms: number; referenceMs: number };
}

// Run in the page as strings: Node's type library has no DOM, and bundlers would rewrite a function.
const COUNT_FRAMES = `(() => { const v = window.newskgViewer; window.__frames = 0; v.renderer.on('afterRender', () => { window.__frames++; }); })()`;
// The statements table filtered as a user types (the input event runs the filter and redraw synchronously); the
// reference is the least any filter must do: one Array.filter with includes over the same rows' text.
const FILTER = `(() => { const v = window.newskgViewer; const el = document.getElementById('st-text');
  const texts = v.table.shown.map((r) => r.aboutKey); const times = []; const refs = []; let kept = 0;
  for (const q of ['ceasefire', 'tariffs', 'we will', '']) {
    const t0 = performance.now(); el.value = q; el.dispatchEvent(new Event('input')); times.push(performance.now() - t0); kept = Math.max(kept, v.table.shown.length);
    const t1 = performance.now(); texts.filter((t) => t.includes(q)); refs.push(performance.now() - t1);
  }
  times.sort((a, b) => a - b); refs.sort((a, b) => a - b);
  return { rows: texts.length, kept, ms: times[times.length - 1], referenceMs: refs[refs.length - 1] }; })()`;
const RESULT = `(() => { const v = window.newskgViewer;
  return { firstFrame: v.timings.firstFrame, firstFrameShown: v.timings.firstFrameShown, allEdgesShown: v.timings.allEdgesShown, settled: v.timings.settled, frames: window.__frames, nodes: v.graph.order, edges: v.graph.size }; })()`;

async function measure(browser: Browser, dir: string, name: string, quads: Quad[], vm: ViewModel): Promise<Run> {
  const file = path.join(dir, `${name}.html`);
  await writeFile(file, await renderHtmlBundle(quads, vm));
  // The page's CSP forbids eval; the measuring script is a string, so let Playwright bypass it.
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, bypassCSP: true });
  try {
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction('window.newskgViewer?.timings.settled !== undefined || window.newskgViewerError', null, { timeout: 120_000 });
    // Drag the view for about a second, as a user pans, and count the frames sigma drew meanwhile.
    await page.evaluate(COUNT_FRAMES);
    const box = (await page.locator('#graph').boundingBox())!;
    const cx = box.x + box.width / 2, cy = box.y + box.height / 2;
    const t0 = Date.now();
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) {
      await page.mouse.move(cx + 200 * Math.sin((i / 30) * Math.PI), cy + 60 * Math.sin((i / 15) * Math.PI));
      await new Promise((r) => setTimeout(r, 30));
    }
    await page.mouse.up();
    const r = (await page.evaluate(RESULT)) as Omit<Run, 'fps' | 'filter'> & { frames: number };
    const fps = r.frames / ((Date.now() - t0) / 1000);
    const filter = (await page.evaluate(FILTER)) as Run['filter'];
    return { ...r, fps, filter };
  } finally {
    await page.close();
  }
}

/** The report for `npm run bench`; says why when Chromium or the built viewer is missing. */
export async function benchViewer(): Promise<string> {
  if (!existsSync(CHROMIUM)) return `viewer: skipped, ${CHROMIUM} not found (apt-get install chromium)`;
  const { loadSources } = await import('../query/load.js');
  const quads = await loadSources([dataPath('articles', 'muscat-talks-2026-02-07.txt')]);
  const dir = await mkdtemp(path.join(tmpdir(), 'newskg-bench-viewer-'));
  const browser = await launchChromium();
  try {
    const lines = ['viewer (headless Chromium, SwiftShader WebGL, 1400×860):'];
    const cases: [string, Quad[], ViewModel][] = [
      ['first article', quads, buildViewModel(quads)],
      ['generated 10k/30k', [], syntheticViewModel(10_000, 30_000)],
      // The statements table at 20,000 rows, on a graph small enough that the page loads quickly.
      ['20k statements', [], syntheticViewModel(1_000, 3_000, 1, 20_000)],
    ];
    let big: Run | undefined;
    let filterRun: Run['filter'] | undefined;
    for (const [name, q, vm] of cases) {
      const r = await measure(browser, dir, name.replace(/\W+/g, '-'), q, vm);
      if (r.nodes >= 10_000) big = r;
      const ms = (t: number) => `${Math.round(t)} ms`;
      lines.push(`  ${name.padEnd(18)} ${String(r.nodes).padStart(6)} nodes ${String(r.edges).padStart(6)} edges  first frame ${ms(r.firstFrame)} (on screen ${ms(r.firstFrameShown)})`
        + `  all edges on screen ${ms(r.allEdgesShown)}  settled ${ms(r.settled)}  panning ${r.fps.toFixed(0)} fps`
        + `\n  ${''.padEnd(18)} statements table: ${r.filter.rows} rows filtered in ${r.filter.ms.toFixed(1)} ms (slowest of 4 queries; a bare Array.filter over the same rows ${r.filter.referenceMs.toFixed(1)} ms)`);
      if (r.filter.rows >= 20_000) filterRun = r.filter;
    }
    // On screen, not just produced: with software compositing the frame waits for WebGL to finish drawing.
    if (big) lines.push(`  goal: first frame on screen < 1 s at 10k nodes (${Math.round(big.firstFrameShown)} ms) — ${big.firstFrameShown < 1000 ? 'met' : 'NOT met'}`);
    if (filterRun) lines.push(`  goal: statements table of 20,000 rows filters in < 100 ms (${filterRun.ms.toFixed(1)} ms) — ${filterRun.ms < 100 ? 'met' : 'NOT met'}`);
    return lines.join('\n');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
