// Shared by the viewer's browser tests: Chromium, the built viewer, the first article's quads.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, type Quad } from 'n3';
import type { Browser, Page } from 'playwright-core';

export { CHROMIUM, launchChromium } from '../src/bench/viewer.js';
export const FIRST_ARTICLE = 'data/articles/muscat-talks-2026-02-07.txt';

/** Builds viewer/dist when a test runs before `npm run build` has. */
export async function ensureViewerBuilt(): Promise<void> {
  if (existsSync('viewer/dist/index.html')) return;
  const { build } = await import('vite');
  await build({ configFile: path.resolve('viewer/vite.config.ts'), logLevel: 'warn' });
}

/** The extraction pipeline's graph of the first article; the hand-made fixture while the pipeline is not ready. */
export async function firstArticleQuads(): Promise<Quad[]> {
  try {
    const { loadSources } = await import('../src/query/load.js');
    const quads = await loadSources([FIRST_ARTICLE]);
    if (quads.length) return quads;
  } catch (e) {
    console.warn(`viewer tests: pipeline not ready (${(e as Error).message.split('\n')[0]}); using test/fixtures/viewer/sample.ttl`);
  }
  return new Parser().parse(readFileSync('test/fixtures/viewer/sample.ttl', 'utf8'));
}

/** The node labels sigma draws, as boxes (right of the node, one line high), and the pairs that overlap. */
export async function labelOverlaps(page: Page): Promise<{ count: number; pairs: string[] }> {
  return page.evaluate(() => {
    const v = window.newskgViewer!;
    const s = v.renderer.getSettings();
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;
    const boxes = [...v.renderer.getNodeDisplayedLabels()].map((n) => {
      const d = v.renderer.getNodeDisplayData(n)!;
      const p = v.renderer.framedGraphToViewport(d);
      const x = p.x + v.renderer.scaleSize(d.size) + 3;
      return { n, x1: x, x2: x + ctx.measureText(d.label ?? '').width, y1: p.y - s.labelSize / 2, y2: p.y + s.labelSize / 2 };
    });
    const pairs: string[] = [];
    for (const a of boxes) for (const b of boxes) if (a.n < b.n && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`${a.n} / ${b.n}`);
    return { count: boxes.length, pairs };
  });
}

/**
 * A 1400×900 page of the viewer at `url`, settled (layout done, or an error shown); console errors,
 * page errors and failed requests are pushed to `problems`.
 */
export async function openViewer(browser: Browser, url: string, problems: string[]): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  await page.goto(url);
  await page.waitForFunction(() => window.newskgViewer?.timings.settled !== undefined || window.newskgViewerError, null, { timeout: 60_000 });
  return page;
}
