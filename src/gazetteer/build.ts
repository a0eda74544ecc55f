// Turns package records and aliases into the lookup structures: an exact map, a case-folded map for
// headline capitals, and a first-word bucket map so longestMatchAt costs one Map.get per token.
import type { IndexTables } from './compiled.js';
import type { AliasData } from './data.js';
import type { CityRecord, CountryRecord, SourceData } from './source.js';
import { compact, firstWordKey, fold, hasUpper, isAcronym, leadingWord, normalizeSurface, pluralDemonym, stripDiacritics } from './surface.js';
import type { Gazetteer, GazetteerEntry, GazetteerMatch } from './types.js';

// compromise lexicon tags that mean "a place or a proper name", not an ordinary word.
const PLACE_TAGS = /\b(?:City|Country|Place|Region|ProperNoun|Town)\b/;
const NAME_TAGS = /\b(?:Person|MaleName|FemaleName|FirstName|LastName)\b/;
// A city sharing a person's name is kept only when it is a metropolis (Sydney, Houston, Sofia).
const NAME_CITY_MIN_POPULATION = 500_000;
// "United Kingdom of Great Britain and Northern Ireland" is 8 tokens; fine-grained tokenizers add a few.
const MAX_MATCH_TOKENS = 12;

export interface Candidate {
  surface: string;
  compact: string;
  folded: string;
  foldable: boolean;
  entries: GazetteerEntry[];
}

const TYPE_RANK = { Country: 0, Place: 1, City: 2 } as const;

/** A city name worth matching: not a two-letter name, not stoplisted, not an everyday word. */
export function isUsableCityName(city: CityRecord, stoplist: Set<string>): boolean {
  if (city.name.length <= 2 || stoplist.has(city.name)) return false;
  const tag = city.wordTag;
  if (tag === undefined || PLACE_TAGS.test(tag)) return true;
  if (NAME_TAGS.test(tag)) return city.population >= NAME_CITY_MIN_POPULATION;
  return false;
}

/** altSpellings hold codes ("IN", "IT"), inverted forms ("Iran, Islamic Republic of") and other scripts. */
function usableAltSpelling(s: string): boolean {
  return s.length >= 3 && !s.includes(',') && /^[\p{Script=Latin}\s.'’()\-]+$/u.test(s);
}

export class GazetteerIndex implements Gazetteer {
  private readonly exact = new Map<string, GazetteerEntry[]>();
  private readonly folded = new Map<string, string[]>();
  private readonly byFirst = new Map<string, Candidate[]>();
  private readonly countries = new Map<string, GazetteerEntry>();
  private readonly capitals = new Map<string, { entry: GazetteerEntry; pplc: boolean }>();
  /** Surface → keys that aliases.json gives for it; they outrank package data. */
  private readonly preferred = new Map<string, Set<string>>();

  constructor(source: SourceData, aliases: AliasData, stoplist: Set<string>) {
    const extra = new Set(aliases.extraCountries.map((c) => c.code));
    const countryAliases = new Map(aliases.countries.map((a) => [a.code, a]));
    // Territories share demonyms with their sovereign ("American" for Guam); those belong to the sovereign.
    const sovereignDemonyms = new Set(source.countries.filter((c) => c.sovereign || extra.has(c.cca2)).flatMap((c) => c.demonyms));
    for (const c of source.countries) {
      this.addCountry(c, extra.has(c.cca2), countryAliases.get(c.cca2)?.label, sovereignDemonyms);
    }
    for (const a of aliases.countries) {
      const entry = this.countries.get(a.code);
      if (!entry) continue;
      for (const n of a.names) this.add(n, entry, true);
      for (const d of a.demonyms) this.add(d, { ...entry, isDemonym: true }, true);
    }
    const aliasByCity = new Map(aliases.cities.map((a) => [`${a.country}\u0000${a.geonames}`, a]));
    const seenAlias = new Set<string>();
    // Most populous first, so an alias binds to the biggest city of that name in that country.
    const cities = [...source.cities].sort((x, y) => y.population - x.population);
    for (const city of cities) {
      const aliasKey = `${city.country}\u0000${city.name}`;
      const alias = seenAlias.has(aliasKey) ? undefined : aliasByCity.get(aliasKey);
      if (alias) seenAlias.add(aliasKey);
      const entry: GazetteerEntry = {
        key: `city:${city.id}`,
        type: 'City',
        name: alias?.label ?? city.name,
        countryCode: city.country,
        isDemonym: false,
        isCapital: city.capital,
        population: city.population,
        sameAs: [`https://sws.geonames.org/${city.id}/`],
      };
      this.noteCapital(entry, city);
      if (alias) {
        for (const n of [alias.label, ...alias.names]) this.add(n, entry, true);
      }
      if (alias || isUsableCityName(city, stoplist)) this.add(city.name, entry, false);
    }
    this.finish();
  }

  get size(): number {
    return this.exact.size;
  }

  /** The finished tables, for writeIndex (compiled.ts). */
  tables(): IndexTables {
    return { exact: this.exact, folded: this.folded, byFirst: this.byFirst, countries: this.countries, capitals: this.capitals };
  }

  lookup(surface: string): GazetteerEntry[] {
    const s = normalizeSurface(surface);
    const hit = this.exact.get(s);
    if (hit) return hit.slice();
    if (!hasUpper(s)) return [];
    const out: GazetteerEntry[] = [];
    for (const alt of this.folded.get(fold(s)) ?? []) {
      for (const e of this.exact.get(alt) ?? []) if (!out.some((o) => o.key === e.key)) out.push(e);
    }
    return out;
  }

  country(code: string): GazetteerEntry | undefined {
    return this.countries.get(code.toUpperCase());
  }

  capitalOf(code: string): GazetteerEntry | undefined {
    const c = this.country(code);
    return c ? this.capitals.get(c.countryCode)?.entry : undefined;
  }

  longestMatchAt(tokens: readonly string[], i: number): GazetteerMatch | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    const bucket = this.byFirst.get(firstWordKey(first));
    return bucket ? matchInBucket(bucket, tokens, i) : undefined;
  }

  private addCountry(c: CountryRecord, extra: boolean, label: string | undefined, sovereignDemonyms: Set<string>): void {
    const isCountry = c.sovereign || extra;
    const entry: GazetteerEntry = {
      key: `${isCountry ? 'country' : 'territory'}:${c.cca2}`,
      type: isCountry ? 'Country' : 'Place',
      name: label ?? c.common,
      countryCode: c.cca2,
      isDemonym: false,
      isCapital: false,
      sameAs: [],
    };
    this.countries.set(c.cca2, entry);
    this.countries.set(c.cca3, entry);
    this.add(c.common, entry, false);
    this.add(c.official, entry, false);
    const demonym = { ...entry, isDemonym: true };
    for (const d of c.demonyms) {
      if (!isCountry && sovereignDemonyms.has(d)) continue;
      this.add(d, demonym, false);
      const plural = pluralDemonym(d);
      if (plural) this.add(plural, demonym, false);
    }
    for (const a of c.altSpellings) if (usableAltSpelling(a)) this.add(a, entry, false);
  }

  private noteCapital(entry: GazetteerEntry, city: CityRecord): void {
    if (!city.capital) return;
    const current = this.capitals.get(city.country);
    const pplc = city.featureCode === 'PPLC';
    // GeoNames' seat of government (PPLC) wins over other capitals the country data lists.
    if (!current || (pplc && !current.pplc)) this.capitals.set(city.country, { entry, pplc });
  }

  private add(raw: string, entry: GazetteerEntry, preferred: boolean): void {
    const surface = normalizeSurface(raw);
    if (!surface) return;
    const list = this.exact.get(surface) ?? [];
    // For package data the first reading of a key wins: names are added before demonyms before
    // altSpellings, so "Djibouti" stays a name and "Thai" stays a demonym. aliases.json overrides
    // ("Saudi" is an altSpelling but used as a demonym).
    const same = list.findIndex((e) => e.key === entry.key);
    if (same < 0) list.push(entry);
    else if (preferred) list[same] = entry;
    this.exact.set(surface, list);
    if (preferred) {
      const keys = this.preferred.get(surface) ?? new Set<string>();
      keys.add(entry.key);
      this.preferred.set(surface, keys);
    }
    const plain = stripDiacritics(surface);
    if (plain !== surface) this.add(plain, entry, preferred);
  }

  private finish(): void {
    for (const [surface, list] of this.exact) {
      const keys = this.preferred.get(surface);
      const pref = (e: GazetteerEntry) => (keys?.has(e.key) ? 0 : 1);
      if (list.length > 1)
        list.sort(
        (a, b) =>
          TYPE_RANK[a.type] - TYPE_RANK[b.type] ||
          pref(a) - pref(b) ||
          Number(b.isCapital) - Number(a.isCapital) ||
          (b.population ?? 0) - (a.population ?? 0),
      );
      const foldable = !isAcronym(surface);
      const f = fold(surface);
      if (foldable) {
        const alts = this.folded.get(f) ?? [];
        alts.push(surface);
        this.folded.set(f, alts);
      }
      const key = leadingWord(f);
      if (!key) continue;
      const bucket = this.byFirst.get(key) ?? [];
      bucket.push({ surface, compact: compact(surface), folded: compact(f), foldable, entries: list });
      this.byFirst.set(key, bucket);
    }
    for (const bucket of this.byFirst.values()) bucket.sort((a, b) => b.compact.length - a.compact.length);
  }
}

/** The first candidate of a bucket (longest first) that the tokens from i spell, as written or folded. */
export function matchInBucket(bucket: readonly Candidate[], tokens: readonly string[], i: number): GazetteerMatch | undefined {
  // Normalised token texts, computed once and shared by all candidates of the bucket.
  const parts: string[] = [];
  const part = (j: number) => (parts[j - i] ??= compact(normalizeSurface(tokens[j] as string)));
  for (const cand of bucket) {
    let acc = '';
    for (let j = i; j < tokens.length && j - i < MAX_MATCH_TOKENS; j++) {
      acc += part(j);
      if (acc === cand.compact) return { surface: cand.surface, entries: cand.entries.slice(), length: j - i + 1 };
      if (cand.foldable && hasUpper(acc)) {
        const f = fold(acc);
        if (f === cand.folded) return { surface: cand.surface, entries: cand.entries.slice(), length: j - i + 1 };
        if (!cand.folded.startsWith(f)) break;
      } else if (!cand.compact.startsWith(acc)) break;
    }
  }
  return undefined;
}
