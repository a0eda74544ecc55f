// The gazetteer a process reads from node_modules/.cache/newskg/ (src/gazetteer/compiled.ts) answers
// every lookup as the index built from the package data does: the same entries, in the same order,
// with the same properties, and the same object wherever the built index gives the same object.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GazetteerIndex } from '../src/gazetteer/build.js';
import { CompiledGazetteer, writeIndex } from '../src/gazetteer/compiled.js';
import { readAliases, readCityStoplist } from '../src/gazetteer/data.js';
import { readGazetteer, type Gazetteer, type GazetteerEntry } from '../src/gazetteer/index.js';
import { loadSource } from '../src/gazetteer/source.js';
import { stripDiacritics } from '../src/gazetteer/surface.js';
import { readArticle } from '../src/input/index.js';
import { segment } from '../src/text/index.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-gazetteer-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const build = (minPop: number): GazetteerIndex => new GazetteerIndex(loadSource(minPop), readAliases(), readCityStoplist());

/** Entries as text that keeps their properties' order. */
const shown = (es: readonly GazetteerEntry[] | undefined): string => JSON.stringify(es);

const articleFiles = (): string[] => ['data/eval', 'data/articles'].flatMap((f) => readdirSync(f).filter((n) => n.endsWith('.txt')).map((n) => join(f, n)));

describe('the compiled gazetteer', () => {
  let files: string[];
  let tokens: string[][];
  beforeAll(async () => {
    files = articleFiles();
    tokens = [];
    for (const f of files) tokens.push(segment(await readArticle(f)).tokens.map((t) => t.text));
  });

  it.each([50_000, 10_000])('answers as the built index at a population of %i', (minPop) => {
    const built = build(minPop);
    const compiled = new CompiledGazetteer(writeIndex(build(minPop).tables()));
    expect(compiled.size).toBe(built.size);
    const { exact, countries, capitals } = built.tables();
    // every name, in other cases and without accents; words and runs of words of the articles
    const surfaces = new Set<string>();
    for (const s of exact.keys()) for (const v of [s, s.toUpperCase(), s.toLowerCase(), stripDiacritics(s), `${s[0]!.toLowerCase()}${s.slice(1)}`]) surfaces.add(v);
    for (const ts of tokens) for (let i = 0; i < ts.length; i++) for (const n of [1, 2, 3]) surfaces.add(ts.slice(i, i + n).join(' '));
    for (const s of ['', ' ', 'Côte d’Ivoire', 'COTE D IVOIRE', 'the States', 'us', 'US', 'U.S.', 'u.s.', 'Xyzzy']) surfaces.add(s);
    let differ = 0;
    for (const s of surfaces) if (shown(compiled.lookup(s)) !== shown(built.lookup(s))) differ++;
    expect(differ).toBe(0);
    expect(surfaces.size).toBeGreaterThan(50_000);
    // longest matches at every token of the articles, and past their ends
    let matches = 0;
    for (const ts of tokens) {
      for (let i = 0; i <= ts.length; i++) {
        const a = compiled.longestMatchAt(ts, i);
        const b = built.longestMatchAt(ts, i);
        expect(a?.length).toBe(b?.length);
        expect(a?.surface).toBe(b?.surface);
        expect(shown(a?.entries)).toBe(shown(b?.entries));
        if (b) matches++;
      }
    }
    expect(matches).toBeGreaterThan(500);
    for (const code of [...countries.keys(), ...capitals.keys(), 'xx', 'zz', 'us', 'gbr', '']) {
      for (const c of [code, code.toLowerCase()]) {
        expect(shown(compiled.country(c) && [compiled.country(c)!])).toBe(shown(built.country(c) && [built.country(c)!]));
        expect(shown(compiled.capitalOf(c) && [compiled.capitalOf(c)!])).toBe(shown(built.capitalOf(c) && [built.capitalOf(c)!]));
      }
    }
  });

  it('gives one object for an entry wherever the built index gives one object', () => {
    const built = build(50_000);
    const compiled = new CompiledGazetteer(writeIndex(built.tables()));
    const pick = (g: Gazetteer): (() => GazetteerEntry | undefined)[] => [
      () => g.lookup('Iran')[0], () => g.country('IR'), () => g.country('IRN'), () => g.lookup('Iranian')[0], () => g.lookup('Tehran')[0], () => g.capitalOf('IR'),
      () => g.lookup('United States')[0], () => g.lookup('U.S.')[0], () => g.longestMatchAt(['United', 'States'], 0)?.entries[0], () => g.lookup('Americans')[0],
    ];
    const a = pick(built).map((f) => f());
    const b = pick(compiled).map((f) => f());
    for (let i = 0; i < a.length; i++) for (let j = 0; j < a.length; j++) expect(b[i] === b[j]).toBe(a[i] === a[j]);
  });
});

describe('the gazetteer a process loads', () => {
  const copies = (cache: string): string[] => readdirSync(cache).filter((f) => f.startsWith('gazetteer-index-'));

  it('is built and written the first time, then read', () => {
    const cache = join(dir, 'first');
    expect(readGazetteer(50_000, cache)).toBeInstanceOf(GazetteerIndex);
    const [file] = copies(cache);
    expect(file).toMatch(/^gazetteer-index-50000-[0-9a-f]{8}\.txt$/);
    const g = readGazetteer(50_000, cache);
    expect(g).toBeInstanceOf(CompiledGazetteer);
    expect(shown(g.lookup('Muscat'))).toBe(shown(build(50_000).lookup('Muscat')));
    expect(copies(cache)).toEqual([file]);
  });

  it('is built again when its copy is damaged', () => {
    const cache = join(dir, 'damaged');
    readGazetteer(50_000, cache);
    const [file] = copies(cache);
    const text = readFileSync(join(cache, file!), 'utf8');
    writeFileSync(join(cache, file!), text.slice(0, text.length / 2));
    expect(readGazetteer(50_000, cache)).toBeInstanceOf(GazetteerIndex);
    expect(readFileSync(join(cache, file!), 'utf8')).toBe(text);
    expect(readGazetteer(50_000, cache)).toBeInstanceOf(CompiledGazetteer);
  });

  it('of other data or code: the three newest stay (the tests and the commands each use one), older ones and old temp files go', () => {
    const cache = join(dir, 'stale');
    mkdirSync(cache, { recursive: true });
    const old = (name: string, hoursAgo: number): void => {
      writeFileSync(join(cache, name), 'an index of other data');
      const t = new Date(Date.now() - hoursAgo * 3_600_000);
      utimesSync(join(cache, name), t, t);
    };
    old('gazetteer-index-50000-00000001.txt', 3);
    old('gazetteer-index-50000-00000002.txt', 2);
    old('gazetteer-index-50000-00000003.txt', 1);
    old('gazetteer-index-50000-00000003.txt.1-0.tmp', 2);
    old('gazetteer-index-50000-00000004.txt.2-0.tmp', 0);
    old('gazetteer-index-10000-00000000.txt', 5);
    expect(readGazetteer(50_000, cache)).toBeInstanceOf(GazetteerIndex);
    const [file] = copies(cache).filter((f) => !f.includes('0000000'));
    expect(file).toBeDefined();
    expect(copies(cache).sort()).toEqual(
      [file!, 'gazetteer-index-10000-00000000.txt', 'gazetteer-index-50000-00000002.txt', 'gazetteer-index-50000-00000003.txt', 'gazetteer-index-50000-00000004.txt.2-0.tmp'].sort(),
    );
  });

  it('is built in every process where it cannot be written', () => {
    const blocked = join(dir, 'blocked');
    mkdirSync(dir, { recursive: true });
    writeFileSync(blocked, 'a file where the cache folder would be');
    expect(readGazetteer(50_000, join(blocked, 'cache'))).toBeInstanceOf(GazetteerIndex);
    expect(existsSync(join(blocked, 'cache'))).toBe(false);
  });
});
