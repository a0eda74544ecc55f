// Viewer speed in headless Chromium: page load → first rendered frame → settled layout, and frames while panning,
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

interface Run { firstFrame: number; settled: number; fps: number; nodes: number; edges: number }

// Runs in the page (a string: Node's type library has no DOM, and bundlers would rewrite a function).
// Pans for one second the way a drag does (camera moves, reducers do not re-run) and counts drawn frames.
const IN_PAGE = `(async () => {
  const v = window.newskgViewer;
  let frames = 0;
  const count = () => { frames++; };
  v.renderer.on('afterRender', count);
  const cam = v.renderer.getCamera();
  const start = performance.now();
  await new Promise((resolve) => {
    const step = () => {
      const t = (performance.now() - start) / 1000;
      cam.setState({ x: 0.5 + 0.2 * Math.sin(t * Math.PI) });
      if (t < 1) requestAnimationFrame(step); else resolve();
    };
    requestAnimationFrame(step);
  });
  v.renderer.off('afterRender', count);
  return { firstFrame: v.timings.firstFrame, settled: v.timings.settled, fps: frames / ((performance.now() - start) / 1000), nodes: v.graph.order, edges: v.graph.size };
})()`;

async function measure(browser: Browser, dir: string, name: string, quads: Quad[], vm: ViewModel): Promise<Run> {
  const file = path.join(dir, `${name}.html`);
  await writeFile(file, await renderHtmlBundle(quads, vm));
  // The page's CSP forbids eval; the measuring script is a string, so let Playwright bypass it.
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, bypassCSP: true });
  try {
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction('window.newskgViewer?.timings.settled !== undefined || window.newskgViewerError', null, { timeout: 120_000 });
    return (await page.evaluate(IN_PAGE)) as Run;
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
    ];
    for (const [name, q, vm] of cases) {
      const r = await measure(browser, dir, name.replace(/\W+/g, '-'), q, vm);
      lines.push(`  ${name.padEnd(18)} ${String(r.nodes).padStart(6)} nodes ${String(r.edges).padStart(6)} edges  first frame ${Math.round(r.firstFrame)} ms  settled ${Math.round(r.settled)} ms  panning ${r.fps.toFixed(0)} fps`);
    }
    return lines.join('\n');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}
