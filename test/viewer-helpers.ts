// Shared by the viewer's browser tests: Chromium, the built viewer, the first article's quads.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser, type Quad } from 'n3';

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
