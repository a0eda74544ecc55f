// The finished gazetteer index as text, kept in node_modules/.cache/newskg/ (util/cache.ts) so that
// a process reads it instead of building it (GazetteerIndex normalises, folds and sorts 11,000 names
// of 9,000 places: 0.1 s of every `newskg extract`). Loading splits the text into lines and fills
// three Maps of strings; an entry becomes an object the first time a lookup returns it. Lookups
// answer exactly as GazetteerIndex's, from the same tables in the same order.
//
// The copy is named by a hash of everything the index is built from: the package data's cache key
// (package versions, population threshold), data/gazetteer/*.json, and the source of the modules
// that build it (this one, build, surface and source), so editing any of them builds it anew.
import { readFileSync } from 'node:fs';
import { matchInBucket, type Candidate, type GazetteerIndex } from './build.js';
import { compact, firstWordKey, fold, hasUpper, isAcronym, normalizeSurface } from './surface.js';
import type { Gazetteer, GazetteerEntry, GazetteerMatch } from './types.js';

// Same bound as build.ts.
const MAX_MATCH_TOKENS = 12;

/** The index's tables, as GazetteerIndex holds them once built. */
export interface IndexTables {
  exact: ReadonlyMap<string, readonly GazetteerEntry[]>;
  folded: ReadonlyMap<string, readonly string[]>;
  byFirst: ReadonlyMap<string, readonly Candidate[]>;
  countries: ReadonlyMap<string, GazetteerEntry>;
  capitals: ReadonlyMap<string, { entry: GazetteerEntry; pplc: boolean }>;
}

const MAGIC = 'newskg-gazetteer-index 2';
// Sections are separated by a form feed, lines by \n and fields by \t; no name holds one of them
// (writeIndex checks).
const SECTION = '\f';
const SECTIONS = 10;

// An entry is one line of its fields in this order, population empty for a country; read back into
// an object with the same properties in the same order (a city's or a country's, build.ts).
const CITY_FIELDS = 'key type name countryCode isDemonym isCapital population sameAs';
const COUNTRY_FIELDS = 'key type name countryCode isDemonym isCapital sameAs';

function entryLine(e: GazetteerEntry): string {
  const fields = Object.keys(e).join(' ');
  if (fields !== CITY_FIELDS && fields !== COUNTRY_FIELDS) throw new Error(`gazetteer index: an entry with fields ${fields}`);
  if (e.sameAs.some((x) => x === '' || x.includes(' '))) throw new Error(`gazetteer index: ${e.key}: a sameAs IRI with a space`);
  return [e.key, e.type, e.name, e.countryCode, e.isDemonym ? 1 : 0, e.isCapital ? 1 : 0, e.population ?? '', e.sameAs.join(' ')].join('\t');
}

function entryOf(line: string): GazetteerEntry {
  const [key, type, name, countryCode, demonym, capital, population, sameAs] = line.split('\t') as [string, GazetteerEntry['type'], string, string, string, string, string, string];
  const isDemonym = demonym === '1';
  const isCapital = capital === '1';
  const iris = sameAs === '' ? [] : sameAs.split(' ');
  return population === ''
    ? { key, type, name, countryCode, isDemonym, isCapital, sameAs: iris }
    : { key, type, name, countryCode, isDemonym, isCapital, population: Number(population), sameAs: iris };
}

/**
 * The tables as text: the entries (each object once however many names it has), the names and then
 * their entries' lines, the folded keys and then their names, the first words of longestMatchAt and
 * then their buckets' names (all in the index's order), the countries and the capitals.
 */
export function writeIndex(t: IndexTables): string {
  const ids = new Map<GazetteerEntry, number>();
  const entries: string[] = [];
  const id = (e: GazetteerEntry): number => {
    let i = ids.get(e);
    if (i === undefined) {
      ids.set(e, (i = entries.length));
      entries.push(entryLine(e));
    }
    return i;
  };
  const surfaceIds = new Map<string, number>();
  for (const surface of t.exact.keys()) surfaceIds.set(surface, surfaceIds.size);
  const sid = (s: string): number => {
    const i = surfaceIds.get(s);
    if (i === undefined) throw new Error(`gazetteer index: ${s} is in no exact list`);
    return i;
  };
  const exactLists = [...t.exact.values()].map((list) => list.map(id).join(' '));
  const foldedLists = [...t.folded.values()].map((surfaces) => surfaces.map(sid).join(' '));
  const buckets = [...t.byFirst.values()].map((bucket) => {
    for (const c of bucket) if (c.entries !== t.exact.get(c.surface)) throw new Error(`gazetteer index: candidate ${c.surface} has its own entries`);
    return bucket.map((c) => sid(c.surface)).join(' ');
  });
  const countries = [...t.countries].map(([code, e]) => `${code}\t${id(e)}`);
  const capitals = [...t.capitals].map(([code, c]) => `${code}\t${id(c.entry)}\t${c.pplc ? 1 : 0}`);
  const sections = [entries, [...t.exact.keys()], exactLists, [...t.folded.keys()], foldedLists, [...t.byFirst.keys()], buckets, countries, capitals];
  for (const [k, part] of [...sections.entries()].slice(1, 7)) {
    if (k % 2 === 1) for (const key of part) if (/[\t\n\f]/.test(key) || key === '') throw new Error(`gazetteer index: a key that cannot be a line: ${JSON.stringify(key)}`);
  }
  for (const line of entries) if (/[\n\f]/.test(line)) throw new Error(`gazetteer index: an entry that cannot be a line: ${JSON.stringify(line)}`);
  return [MAGIC, ...sections.map((p) => p.join('\n'))].join(SECTION);
}

const ids = (s: string): number[] => (s === '' ? [] : s.split(' ').map(Number));
const lines = (p: string): string[] => (p === '' ? [] : p.split('\n'));

/** A gazetteer read from writeIndex's text. */
export class CompiledGazetteer implements Gazetteer {
  private readonly parts: string[];
  private entryLines: string[] | undefined;
  private readonly entryObjects: (GazetteerEntry | undefined)[] = [];
  /** Name → its number; its entries are line n of exactLists. */
  private readonly exact = new Map<string, number>();
  private readonly surfaces: string[];
  private exactLists: string[] | undefined;
  private readonly lists: (GazetteerEntry[] | undefined)[] = [];
  private readonly folded = new Map<string, number>();
  private foldedLists: string[] | undefined;
  private readonly byFirst = new Map<string, number>();
  private bucketLists: string[] | undefined;
  private readonly buckets: (Candidate[] | undefined)[] = [];
  private readonly countries = new Map<string, number>();
  private readonly capitals = new Map<string, number>();

  constructor(text: string) {
    const parts = (this.parts = text.split(SECTION));
    if (parts.length !== SECTIONS || parts[0] !== MAGIC) throw new Error('gazetteer index: not an index of this version');
    const surfaces = (this.surfaces = lines(parts[2]!));
    for (let i = 0; i < surfaces.length; i++) this.exact.set(surfaces[i]!, i);
    const folded = lines(parts[4]!);
    for (let i = 0; i < folded.length; i++) this.folded.set(folded[i]!, i);
    const first = lines(parts[6]!);
    for (let i = 0; i < first.length; i++) this.byFirst.set(first[i]!, i);
    for (const line of lines(parts[8]!)) {
      const [code, e] = line.split('\t');
      this.countries.set(code!, Number(e));
    }
    for (const line of lines(parts[9]!)) {
      const [code, e] = line.split('\t');
      this.capitals.set(code!, Number(e));
    }
    if (this.exact.size !== surfaces.length || this.folded.size !== folded.length || this.byFirst.size !== first.length) throw new Error('gazetteer index: a key is listed twice');
  }

  get size(): number {
    return this.exact.size;
  }

  private entry(i: number): GazetteerEntry {
    let e = this.entryObjects[i];
    if (!e) {
      const line = (this.entryLines ??= lines(this.parts[1]!))[i];
      if (line === undefined) throw new Error(`gazetteer index: no entry ${i}`);
      e = this.entryObjects[i] = entryOf(line);
    }
    return e;
  }

  /** The entries of name i. */
  private list(i: number): GazetteerEntry[] {
    return (this.lists[i] ??= ids((this.exactLists ??= lines(this.parts[3]!))[i]!).map((e) => this.entry(e)));
  }

  private bucket(key: string): Candidate[] | undefined {
    const b = this.byFirst.get(key);
    if (b === undefined) return undefined;
    // what GazetteerIndex.finish() makes of each name
    return (this.buckets[b] ??= ids((this.bucketLists ??= lines(this.parts[7]!))[b]!).map((i) => {
      const surface = this.surfaces[i]!;
      return { surface, compact: compact(surface), folded: compact(fold(surface)), foldable: !isAcronym(surface), entries: this.list(i) };
    }));
  }

  lookup(surface: string): GazetteerEntry[] {
    const s = normalizeSurface(surface);
    const hit = this.exact.get(s);
    if (hit !== undefined) return this.list(hit).slice();
    if (!hasUpper(s)) return [];
    const out: GazetteerEntry[] = [];
    const alts = this.folded.get(fold(s));
    for (const alt of alts === undefined ? [] : ids((this.foldedLists ??= lines(this.parts[5]!))[alts]!)) {
      for (const e of this.list(alt)) if (!out.some((o) => o.key === e.key)) out.push(e);
    }
    return out;
  }

  country(code: string): GazetteerEntry | undefined {
    const i = this.countries.get(code.toUpperCase());
    return i === undefined ? undefined : this.entry(i);
  }

  capitalOf(code: string): GazetteerEntry | undefined {
    const c = this.country(code);
    const i = c ? this.capitals.get(c.countryCode) : undefined;
    return i === undefined ? undefined : this.entry(i);
  }

  longestMatchAt(tokens: readonly string[], i: number): GazetteerMatch | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    const bucket = this.bucket(firstWordKey(first));
    return bucket ? matchInBucket(bucket, tokens, i) : undefined;
  }
}

/** FNV-1a over texts, as 8 hex digits: names the index by what it is built from. */
export function hashTexts(texts: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const t of texts) {
    for (let k = 0; k < t.length; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The source of a module of this folder, this one's sibling: .js in dist/, .ts under the tests. */
export function moduleSource(name: string): string {
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  return readFileSync(new URL(`./${name}${ext}`, import.meta.url), 'utf8');
}
