// `build --add` appends in place when no entity of the corpus is renamed (append.ts): the same bytes
// as writing a new file, an index that holds what the entity section says, and a build stopped at
// any point of the append (an error, or killed) leaves the corpus as it was, or as it would be.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { recoverAppend, type AppendPoint } from '../src/corpus/append.js';
import { indexPath, readIndex } from '../src/corpus/existing.js';
import { Identity, identityFacts } from '../src/corpus/identity.js';
import { buildCorpus } from '../src/corpus/index.js';
import { Router } from '../src/corpus/route.js';
import { cacheFacts, routeSection } from '../src/corpus/section.js';
import { ID_BASE, PREFIXES } from '../src/rdf/vocab.js';

const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';
const GENEVA = 'test/fixtures/query/geneva-followup-2026-02-20.txt';
const GULF = 'test/fixtures/extract/gulf-brief.html';
const POINTS: AppendPoint[] = ['journal', 'graphs', 'synced', 'indexed'];

/** The files beside the corpus other than the corpus and its index (a journal, a temp file, a lock). */
const strays = async (corpus: string): Promise<string[]> =>
  (await readdir(path.dirname(corpus))).filter((f) => f !== path.basename(corpus) && f !== `.${path.basename(corpus)}.index`);

describe('build --add in place', () => {
  let dir: string;
  /** The corpus of MUSCAT, then GENEVA added, as the copy path writes it. */
  let expected: Buffer;
  let original: Buffer;
  const fresh = async (name: string): Promise<string> => {
    const corpus = path.join(await mkdtemp(path.join(dir, `${name}-`)), 'c.trig');
    await buildCorpus([MUSCAT], corpus);
    return corpus;
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newskg-append-'));
    const copy = await fresh('copy');
    original = await readFile(copy);
    await buildCorpus([GENEVA], copy, true, undefined, undefined, 1, { append: 'copy' });
    expected = await readFile(copy);
  }, 300_000);

  it('writes the bytes the copy writes, in the same file, and leaves an index the next --add appends with', async () => {
    const corpus = await fresh('same');
    const { ino } = await stat(corpus);
    const points: AppendPoint[] = [];
    await buildCorpus([GENEVA], corpus, true, undefined, undefined, 1, { stage: (p) => void points.push(p) });
    expect(points).toEqual(POINTS);
    expect((await stat(corpus)).ino).toBe(ino);
    expect((await readFile(corpus)).equals(expected)).toBe(true);
    expect(await strays(corpus)).toEqual([]);
    // a third article, in place again and by copy, from the index each wrote
    const copy = await fresh('same-copy');
    await buildCorpus([GENEVA], copy, true, undefined, undefined, 1, { append: 'copy' });
    await buildCorpus([GULF], copy, true, undefined, undefined, 1, { append: 'copy' });
    await buildCorpus([GULF], corpus, true);
    expect((await readFile(corpus)).equals(await readFile(copy))).toBe(true);
    const [a, b] = [await readIndex(corpus), await readIndex(copy)];
    expect(a).toBeDefined();
    expect({ ...a, ino: 0, mtimeMs: 0 }).toEqual({ ...b, ino: 0, mtimeMs: 0 });
  }, 300_000);

  it('keeps in the index what the entity section says: the same identity facts and router state as parsing it', async () => {
    const corpus = await fresh('cache');
    await buildCorpus([GENEVA, GULF], corpus, true);
    const index = (await readIndex(corpus))!;
    // written a batch at a time, as JSON.stringify writes it whole
    expect(await readFile(indexPath(corpus), 'utf8')).toBe(JSON.stringify(index));
    const prefixes = Object.entries({ ...PREFIXES, id: ID_BASE }).map(([p, iri]) => `@prefix ${p}: <${iri}>.\n`).join('');
    const section = (await readFile(corpus)).subarray(index.articlesEnd).toString('utf8');
    const quads = new Parser({ format: 'application/trig' }).parse(prefixes + section);
    expect(quads.every((q) => q.graph.termType === 'DefaultGraph')).toBe(true);
    expect(cacheFacts(index.entities)).toEqual(identityFacts(quads));
    const identity = new Identity();
    identity.add(identityFacts(quads));
    const plan = identity.plan();
    const parsed = new Router(plan);
    parsed.route(quads);
    const cached = new Router(plan);
    routeSection(cached, index.entities, plan);
    expect([...cached.lines()]).toEqual([...parsed.lines()]);
    expect([...cached.sortedNames()]).toEqual([...parsed.sortedNames()]);
    // where the text of each line and each entity's names ends
    expect(index.entities.ends).toHaveLength(index.entities.lines.length + index.entities.names.length);
    expect(index.entities.ends.at(-1)).toBe(Buffer.byteLength(section) - 2);
  }, 300_000);

  it.each(POINTS)('a build that fails at "%s" puts the corpus and its index back', async (point) => {
    const corpus = await fresh(`fail-${point}`);
    const injected = new Error(`injected failure at ${point}`);
    await expect(buildCorpus([GENEVA], corpus, true, undefined, undefined, 1, {
      stage: (p) => {
        if (p === point) throw injected;
      },
    })).rejects.toThrow(/injected failure at/);
    expect((await readFile(corpus)).equals(original)).toBe(true);
    expect(await readIndex(corpus)).toBeDefined();
    expect(await strays(corpus)).toEqual([]);
    await buildCorpus([GENEVA], corpus, true);
    expect((await readFile(corpus)).equals(expected)).toBe(true);
  }, 300_000);

  it.each(POINTS)('a build killed at "%s" is put back (or finished) by the next one', async (point) => {
    const corpus = await fresh(`kill-${point}`);
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/append-crash.ts', corpus, point, GENEVA], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, sig) => resolve(sig)));
    expect(signal, stderr).toBe('SIGKILL');
    const journal = `.${path.basename(corpus)}.journal`;
    expect(await strays(corpus)).toContain(journal);
    if (point === 'graphs') expect((await readFile(corpus)).equals(original)).toBe(false); // half written
    // the killed build had written the corpus and its index ("indexed"): that stays; before, the old corpus comes back
    const after = point === 'indexed' ? expected : original;
    await recoverAppend(corpus);
    expect((await readFile(corpus)).equals(after)).toBe(true);
    expect(await readIndex(corpus)).toBeDefined();
    expect(await strays(corpus)).not.toContain(journal);
    // the next build adds the article (or finds it there), and cleans the killed one's spool and lock
    await buildCorpus([GENEVA], corpus, true);
    expect((await readFile(corpus)).equals(expected)).toBe(true);
    expect(await strays(corpus)).toEqual([]);
  }, 300_000);
});

describe('renaming entities in the old article graphs, as bytes', () => {
  it('gives the text renameIris gives, whatever the chunk size, around characters of several bytes', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { copyRenamed, renameIris } = await import('../src/corpus/rename.js');
    const { CorpusWriter } = await import('../src/corpus/trig.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-rename-bytes-'));
    const old = `${ID_BASE}org/korea`;
    const renames = new Map([[old, `${ID_BASE}org/north-korea`], [`${ID_BASE}person/müller`, `${ID_BASE}person/jürgen-müller`]]);
    const line = (i: number) => `<${ID_BASE}article/a${i}> schema:mentions <${old}>, <${ID_BASE}person/müller>;\n    nif:isString "Zürich — ${'é'.repeat(i % 7)} <${old}> \\"<${old}>\\"".\n`;
    // prefix lines first: pieces without the start the renamed IRIs share are written as they are
    const text = '@prefix schema: <http://schema.org/>.\n'.repeat(20) + Array.from({ length: 40 }, (_, i) => line(i)).join('');
    const source = path.join(dir, 'source.trig');
    await writeFile(source, text);
    const pattern = new RegExp([...renames.keys()].map((iri) => `<${iri.replace(/[./]/g, '\\$&')}>`).join('|'), 'g');
    const want = renameIris(text, renames, pattern);
    expect(want).toContain('<https://w3id.org/newskg/id/person/jürgen-müller>');
    for (const chunk of [7, 64, 1000, 1 << 20]) {
      const target = path.join(dir, `out-${chunk}.trig`);
      const out = await CorpusWriter.empty(target);
      await copyRenamed(source, Buffer.byteLength(text), renames, out, chunk);
      await out.commit(async () => undefined);
      expect(await readFile(target, 'utf8')).toBe(want);
    }
  });
});

describe('the entity section, written from the old one where it says the same', () => {
  // Small sections with all of the Writer's joins (a new subject, ";" for its next predicate, "," for
  // its next object, the first names going on from the last line's subject), changed at random as an
  // --add changes them: lines renamed or merged away, lines appended, names gained, entities added.
  const S = 'http://schema.org/';
  const iri = (k: number): string => `${ID_BASE}person/p${k}`;
  const line = (s: number, p: string, o: string): string => `<${iri(s)}> <${S}${p}> ${o} .\n`;
  const section = (seed: number) => {
    let x = seed;
    const random = (n: number): number => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
    const lines: string[] = [];
    for (let s = 0; s < 12; s++) {
      lines.push(line(s, 'type', `<${S}Person>`)); // not rdf:type: the test is about text, not identity
      for (let k = random(4); k > 0; k--) lines.push(line(s, random(2) ? 'memberOf' : 'knows', `<${iri(random(12))}>`));
      if (random(3) === 0) lines.push(line(s, 'jobTitle', `"envoy ${random(3)} \\"é\\""`));
    }
    const names: [string, string[]][] = [];
    for (let s = random(2) ? 11 : 0; names.length < 12; s = (s + 1) % 12) names.push([iri(s), [`Person ${s} Surname`, ...(random(2) ? [`P${s}`] : [])]]);
    return { lines: [...new Set(lines)], names, random };
  };
  const write = async (lines: string[], names: [string, string[]][], old?: import('../src/corpus/section-text.js').OldSection) => {
    const { writeSection } = await import('../src/corpus/section-text.js');
    const router = new Router(new Map());
    router.restore(lines, names);
    const pieces: Buffer[] = [];
    const cache = await writeSection(router, old, async (p) => void pieces.push(...p));
    return { bytes: Buffer.concat(pieces), cache };
  };

  it('is the bytes of writing it whole, whatever changed', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const { lines, names, random } = section(seed);
      const old = await write(lines, names);
      const next = [...lines];
      for (let k = random(4); k > 0; k--) next.splice(random(next.length), 1); // merged into another line
      for (let k = random(3); k > 0; k--) next.splice(random(next.length), 1, line(random(14), 'knows', `<${iri(20 + k)}>`)); // renamed
      // appended, often about the entity whose names come first (its names then begin with ";")
      for (let k = random(4); k > 0; k--) next.push(line(random(2) ? 11 : random(14), 'memberOf', `<${iri(random(14))}>`));
      const nextNames = names.map(([i, n]) => [i, random(5) === 0 ? [...n, `Alias ${seed}`] : n] as [string, string[]]);
      for (let k = random(3); k > 0; k--) nextNames.push([iri(12 + k), [`New ${k}`]]);
      if (random(4) === 0) nextNames.splice(random(nextNames.length), 1);
      const lines2 = [...new Set(next)];
      const whole = await write(lines2, nextNames);
      const spliced = await write(lines2, nextNames, { cache: old.cache, bytes: old.bytes });
      expect(spliced.bytes.toString(), `seed ${seed}`).toBe(whole.bytes.toString());
      expect(spliced.cache.ends, `seed ${seed}`).toEqual(whole.cache.ends);
    }
  });
});
