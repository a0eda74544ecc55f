// What a command loads at its start, and the copies it keeps to load faster next time: the same
// models, the same parses and the same error lines whether a copy is there, damaged, stale or
// cannot be written. (How fast is `npm run bench`'s business: extraction part, cold start.)
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPath } from '../src/paths.js';
import { parseWords } from '../src/syntax/analyse.js';
import { modelsFromBytes, PARSER_FILE, readSyntaxModelBytes, readSyntaxModels, readSyntaxModelsAsync, TAGGER_FILE, type SyntaxModels } from '../src/syntax/models.js';

let dir: string;
let plain: SyntaxModels;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-start-'));
  plain = readSyntaxModels(dataPath('models'), undefined);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SENTENCE = 'Oman \'s foreign minister said on Saturday that the talks in Muscat had been " very serious " .'.split(' ');

/** Same weights, word classes and lemma table, and the same parse of a sentence. */
function expectSame(m: SyntaxModels): void {
  for (const k of ['tagger', 'parser'] as const) {
    expect(Buffer.compare(Buffer.from(m[k].weights.slots.buffer, m[k].weights.slots.byteOffset, m[k].weights.slots.byteLength), Buffer.from(plain[k].weights.slots.buffer, plain[k].weights.slots.byteOffset, plain[k].weights.slots.byteLength))).toBe(0);
    expect(Buffer.compare(Buffer.from(m[k].weights.packed.buffer, m[k].weights.packed.byteOffset, m[k].weights.packed.byteLength), Buffer.from(plain[k].weights.packed.buffer, plain[k].weights.packed.byteOffset, plain[k].weights.packed.byteLength))).toBe(0);
  }
  expect([...m.tagger.lexicon]).toEqual([...plain.tagger.lexicon]);
  expect([...m.tagger.ambiguity]).toEqual([...plain.tagger.ambiguity]);
  expect(m.lemmas).toEqual(plain.lemmas);
  expect(m.meta).toEqual(plain.meta);
  expect(parseWords(SENTENCE, m)).toEqual(parseWords(SENTENCE, plain));
}

const copies = (cache: string): string[] => readdirSync(cache).filter((f) => f.startsWith('syntax-')).sort();

describe('unzipped copies of the syntax models', () => {
  it('are written by the first read, named by model and gzip trailer, and give the same models and parses after', async () => {
    const cache = join(dir, 'first');
    expectSame(readSyntaxModels(dataPath('models'), cache));
    const files = copies(cache);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(new RegExp(`^syntax-${PARSER_FILE.replace(/\./g, '\\.')}-[0-9a-f]{8}-\\d+$`));
    expect(files[1]).toMatch(new RegExp(`^syntax-${TAGGER_FILE.replace(/\./g, '\\.')}-[0-9a-f]{8}-\\d+$`));
    // the trailer's size is the copy's size
    for (const f of files) expect(statSync(join(cache, f)).size).toBe(Number(f.split('-').pop()));
    const written = files.map((f) => statSync(join(cache, f)).ino);
    expectSame(readSyntaxModels(dataPath('models'), cache));
    expectSame(await readSyntaxModelsAsync(dataPath('models'), cache));
    // read, not unzipped and written again
    expect(copies(cache)).toEqual(files);
    expect(files.map((f) => statSync(join(cache, f)).ino)).toEqual(written);
  });

  it('read by a background read (as a command preloads them) are written too, and read back the same', async () => {
    const cache = join(dir, 'async');
    expectSame(await readSyntaxModelsAsync(dataPath('models'), cache));
    expect(copies(cache)).toHaveLength(2);
    expectSame(await readSyntaxModelsAsync(dataPath('models'), cache));
  });

  it('that are damaged (cut short, or not a model) are written again', async () => {
    const cache = join(dir, 'damaged');
    readSyntaxModels(dataPath('models'), cache);
    const [parser, tagger] = copies(cache).map((f) => join(cache, f));
    const size = statSync(parser!).size;
    truncateSync(parser!, 1000);
    writeFileSync(tagger!, 'not a model');
    expectSame(readSyntaxModels(dataPath('models'), cache));
    expect(statSync(parser!).size).toBe(size);
    truncateSync(parser!, size - 4);
    expectSame(await readSyntaxModelsAsync(dataPath('models'), cache));
    expect(statSync(parser!).size).toBe(size);
  });

  it('of an older model are removed when the new one is copied', () => {
    const cache = join(dir, 'stale');
    mkdirSync(cache, { recursive: true });
    const old = join(cache, `syntax-${PARSER_FILE}-00000000-1234`);
    writeFileSync(old, 'an earlier parser');
    writeFileSync(join(cache, 'gazetteer-1-x.json'), '{}');
    expectSame(readSyntaxModels(dataPath('models'), cache));
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(cache, 'gazetteer-1-x.json'))).toBe(true);
    expect(copies(cache)).toHaveLength(2);
  });

  it('that cannot be written (a read-only install) are not needed', async () => {
    const blocked = join(dir, 'blocked');
    writeFileSync(blocked, 'a file where the cache folder would be');
    expectSame(readSyntaxModels(dataPath('models'), join(blocked, 'cache')));
    expectSame(await readSyntaxModelsAsync(dataPath('models'), join(blocked, 'cache')));
  });

  it('change nothing in what a bad model file is told as', async () => {
    const models = join(dir, 'bad-models');
    mkdirSync(models);
    copyFileSync(dataPath('models', PARSER_FILE), join(models, PARSER_FILE));
    writeFileSync(join(models, TAGGER_FILE), 'not gzip at all, and longer than a gzip trailer');
    for (const cache of [undefined, join(dir, 'bad-cache')]) {
      expect(() => readSyntaxModels(models, cache)).toThrow(`${TAGGER_FILE}: not a gzip file`);
      await expect(readSyntaxModelsAsync(models, cache)).rejects.toThrow(`${TAGGER_FILE}: not a gzip file`);
    }
    rmSync(join(models, TAGGER_FILE));
    expect(() => readSyntaxModels(models, join(dir, 'bad-cache'))).toThrow(/ENOENT: no such file or directory, open '.*tagger\.bin\.gz'/);
    // a gzip file that is not a newskg model is not copied
    writeFileSync(join(models, TAGGER_FILE), gzipSync('hello'));
    expect(() => readSyntaxModels(models, join(dir, 'bad-cache'))).toThrow(`${TAGGER_FILE}: not a newskg syntax model`);
    expect(existsSync(join(dir, 'bad-cache')) ? copies(join(dir, 'bad-cache')).filter((f) => f.includes(TAGGER_FILE)) : []).toEqual([]);
  });

  it('are the bytes the gzip file unzips to', () => {
    const cache = join(dir, 'bytes');
    readSyntaxModels(dataPath('models'), cache);
    const parserCopy = copies(cache).find((f) => f.includes(PARSER_FILE))!;
    expect(Buffer.compare(readFileSync(join(cache, parserCopy)), gunzipSync(readFileSync(dataPath('models', PARSER_FILE))))).toBe(0);
  });
});

describe('the models a build reads once for its threads', () => {
  it('are shared memory that gives every thread the same models and parses, with or without the copies', async () => {
    for (const cache of [join(dir, 'shared'), join(dir, 'shared'), undefined]) {
      const bytes = await readSyntaxModelBytes(dataPath('models'), cache);
      expect(bytes.parser.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(bytes.tagger.buffer).toBeInstanceOf(SharedArrayBuffer);
      const m = modelsFromBytes(bytes);
      expect(m.parser.weights.packed.buffer).toBe(bytes.parser.buffer);
      expectSame(m);
    }
  });

  it('fail as the models of one thread do', async () => {
    const models = join(dir, 'bad-shared');
    mkdirSync(models);
    copyFileSync(dataPath('models', PARSER_FILE), join(models, PARSER_FILE));
    writeFileSync(join(models, TAGGER_FILE), 'not gzip at all, and longer than a gzip trailer');
    await expect(readSyntaxModelBytes(models, join(dir, 'bad-shared-cache'))).rejects.toThrow(`${TAGGER_FILE}: not a gzip file`);
  });
});

describe('what extract loads of n3', () => {
  it('is the very DataFactory and Writer that n3 exports, so its quads and text are the same', async () => {
    const lite = await import('../src/rdf/n3.js');
    const n3 = await import('n3');
    expect(lite.DataFactory).toBe(n3.DataFactory);
    expect(lite.Writer).toBe(n3.Writer);
  });
});
