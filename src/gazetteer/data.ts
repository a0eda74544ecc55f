// The two hand-maintained files under data/gazetteer/: English aliases the packages lack, and city
// names that are ordinary words. Read at load time so editing them needs no rebuild of the cache.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CountryAlias {
  code: string;
  label?: string;
  names: string[];
  demonyms: string[];
}

export interface CityAlias {
  /** The city's name in GeoNames, with its country, to find its record. */
  geonames: string;
  country: string;
  label: string;
  names: string[];
}

export interface AliasData {
  countries: CountryAlias[];
  extraCountries: { code: string }[];
  cities: CityAlias[];
}

// Two levels up from src/gazetteer/ and from dist/gazetteer/ alike.
const DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);

const unreadable = (path: string, e: unknown): Error => new Error(`gazetteer: ${path}: cannot read (${(e as Error).message}); restore it from the repository`);

/** The text of a file of data/gazetteer/ ('aliases.json', 'city-stoplist.json'). */
export function readDataText(name: string): string {
  const path = fileURLToPath(new URL(name, DATA_DIR));
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw unreadable(path, e);
  }
}

function readJson(name: string): unknown {
  const text = readDataText(name);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw unreadable(fileURLToPath(new URL(name, DATA_DIR)), e);
  }
}

export function readAliases(): AliasData {
  const d = readJson('aliases.json') as Partial<AliasData>;
  return { countries: d.countries ?? [], extraCountries: d.extraCountries ?? [], cities: d.cities ?? [] };
}

export function readCityStoplist(): Set<string> {
  const d = readJson('city-stoplist.json') as { names?: string[] };
  return new Set(d.names ?? []);
}
