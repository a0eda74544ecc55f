import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DataFactory, Writer, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mergePlan } from '../src/corpus/merge.js';
import { buildCorpus } from '../src/corpus/index.js';
import { readGraphFile } from '../src/rdf/parse.js';
import { RDF, RDFS, SCHEMA, SKOS } from '../src/rdf/vocab.js';

const { namedNode: n, literal: l, quad } = DataFactory;
const ID = 'https://w3id.org/newskg/id/';
const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';
const GENEVA = 'test/fixtures/query/geneva-followup-2026-02-20.txt';

/** An entity as one article describes it: [iri, type, label, ...aliases]. */
const entity = (iri: string, type: string, label: string, ...aliases: string[]): Quad[] => [
  quad(n(ID + iri), n(RDF('type')), n(SCHEMA(type))),
  quad(n(ID + iri), n(RDFS('label')), l(label)),
  ...aliases.map((a) => quad(n(ID + iri), n(SKOS('altLabel')), l(a))),
];
const article = (slug: string): Quad[] => [quad(n(ID + 'article/' + slug), n(RDF('type')), n(SCHEMA('NewsArticle')))];

describe('merging entities across articles', () => {
  it.each([
    // case,                                   quads,                                                                                                        IRI,                           merges into
    ['alias of one is label of the other',     [...entity('person/araghchi', 'Person', 'Araghchi'), ...entity('person/abbas-araghchi', 'Person', 'Abbas Araghchi', 'Araghchi')], 'person/araghchi',      'person/abbas-araghchi'],
    ['surname of exactly one fuller name',     [...entity('person/araghchi', 'Person', 'Araghchi'), ...entity('person/a-araghchi', 'Person', 'Abbas Araghchi')],                 'person/araghchi',      'person/a-araghchi'],
    ['surname of two different people',        [...entity('person/smith', 'Person', 'Smith'), ...entity('person/j-smith', 'Person', 'Jane Smith'), ...entity('person/b-smith', 'Person', 'Bob Smith')], 'person/smith', 'person/smith'],
    ['same name, different base type',         [...entity('country/ir', 'Country', 'Iran', 'Tehran'), ...entity('city/tehran', 'City', 'Tehran')],                                 'city/tehran',          'city/tehran'],
    ['names equal once punctuation is gone',   [...entity('country/us', 'Country', 'United States', 'U.S.'), ...entity('country/usa', 'Country', 'US')],                           'country/usa',          'country/us'],
    ['unnamed people minted per article',      [...article('a1'), ...article('a2'), ...entity('person/a1/omani-diplomat', 'Person', 'Omani diplomat'), ...entity('person/a2/omani-diplomat', 'Person', 'Omani diplomat')], 'person/a1/omani-diplomat', 'person/a1/omani-diplomat'],
  ] as const)('%s', (_case, quads, iri, into) => {
    expect(mergePlan([...quads]).get(ID + iri)).toBe(ID + into);
  });
});

describe('newskg build', () => {
  let dir: string;
  let corpus: Quad[];
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newskg-build-'));
    await buildCorpus([MUSCAT], path.join(dir, 'corpus.trig'));
    const r = await buildCorpus([MUSCAT, GENEVA], path.join(dir, 'corpus.trig'), true);
    expect(r.skipped).toEqual([MUSCAT]);
    expect(r.added).toEqual([GENEVA]);
    corpus = await readGraphFile(path.join(dir, 'corpus.trig'));
  }, 300_000);

  it('writes one named graph per article, holding its article node, and no temp file', async () => {
    const articles = corpus.filter((q) => q.predicate.value === RDF('type') && q.object.value === SCHEMA('NewsArticle'));
    expect(articles.map((q) => q.graph.value).sort()).toEqual(articles.map((q) => q.subject.value).sort());
    expect(new Set(articles.map((q) => q.graph.value)).size).toBe(2);
    // the corpus and its index (what --add reads instead of the whole corpus)
    expect((await readdir(dir)).sort()).toEqual(['.corpus.trig.index', 'corpus.trig']);
  });

  it('merges Araghchi of both articles into one node with one label', () => {
    const nodes = new Set(corpus.filter((q) => q.predicate.value === RDFS('label') && /Araghchi/.test(q.object.value)).map((q) => q.subject.value));
    expect(nodes.size).toBe(1);
    const [node] = [...nodes];
    const mentionedBy = corpus.filter((q) => q.predicate.value === SCHEMA('mentions') && q.object.value === node).map((q) => q.graph.value);
    expect(new Set(mentionedBy).size).toBe(2);
    expect(corpus.filter((q) => q.subject.value === node && q.predicate.value === RDFS('label'))).toHaveLength(1);
  });
});

describe('the articles of a folder', () => {
  it('are not its README or SOURCES, and a symbolic link back up is not followed', async () => {
    const { mkdir, copyFile, writeFile, symlink } = await import('node:fs/promises');
    const { findArticles } = await import('../src/corpus/index.js');
    const { listArticleFiles } = await import('../src/input/index.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-folder-'));
    await copyFile(MUSCAT, path.join(dir, 'muscat-talks-2026-02-07.txt'));
    await writeFile(path.join(dir, 'README.md'), '# Notes\n\nThese are the articles.\n');
    await writeFile(path.join(dir, 'SOURCES.md'), '| file | url |\n|---|---|\n');
    await mkdir(path.join(dir, 'sub'));
    await symlink(dir, path.join(dir, 'sub', 'loop'));
    const expected = [path.join(dir, 'muscat-talks-2026-02-07.txt')];
    expect(await findArticles([dir])).toEqual(expected);
    expect((await listArticleFiles([dir])).files).toEqual(expected);
  });
});

describe('newskg build and dates', () => {
  it('an undated article stops the build with one line naming it; --date lets it through', async () => {
    const { writeFile } = await import('node:fs/promises');
    const { main } = await import('../src/cli/index.js');
    const { PassThrough, Readable } = await import('node:stream');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-undated-'));
    await writeFile(path.join(dir, 'notes.txt'), 'Talks resume\n\nAna Cruz said the talks would resume.\n');
    const run = async (args: string[]) => {
      const err: string[] = [];
      const stderr = new PassThrough();
      stderr.on('data', (c: Buffer) => err.push(c.toString()));
      const code = await main(args, { stdout: new PassThrough(), stderr, stdin: Readable.from([]) });
      return { code, stderr: err.join('') };
    };
    const out = path.join(dir, 'corpus.trig');
    const bad = await run(['build', dir, '-o', out]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/notes\.txt: no publication date .*pass --date YYYY-MM-DD$/);
    expect(await readdir(dir)).toEqual(['notes.txt']);
    const good = await run(['build', dir, '-o', out, '--date', '2026-03-02']);
    expect(good.code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['.corpus.trig.index', 'corpus.trig', 'notes.txt']);
  });
});

describe('two builds of one corpus', () => {
  it('the second fails with one line while the first holds the lock; a lock of a dead process is taken over', async () => {
    const { writeFile, readdir: ls } = await import('node:fs/promises');
    const { spawn } = await import('node:child_process');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-lock-'));
    const out = path.join(dir, 'corpus.trig');
    const sleeper = spawn('sleep', ['30']);
    try {
      await writeFile(path.join(dir, '.corpus.trig.lock'), String(sleeper.pid));
      await expect(buildCorpus([MUSCAT], out, true)).rejects.toThrow(/^build: .*corpus\.trig: another build \(process \d+\) is writing it; wait for it to finish and run again$/);
      expect(await ls(dir)).toEqual(['.corpus.trig.lock']);
    } finally {
      sleeper.kill();
    }
    await writeFile(path.join(dir, '.corpus.trig.lock'), '999999');
    const r = await buildCorpus([MUSCAT], out, true);
    expect(r.articles).toBe(1);
    expect((await ls(dir)).sort()).toEqual(['.corpus.trig.index', 'corpus.trig']);
  });
});

describe('build on a terminal', () => {
  it('shows which article of how many it is extracting; off a terminal, nothing', async () => {
    const { main } = await import('../src/cli/index.js');
    const { PassThrough, Readable } = await import('node:stream');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-progress-'));
    const runWith = async (tty: boolean) => {
      const err: string[] = [];
      const stderr = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
      stderr.on('data', (c: Buffer) => err.push(c.toString()));
      const code = await main(['build', MUSCAT, '-o', path.join(dir, `${tty}.trig`)], { stdout: new PassThrough(), stderr, stdin: Readable.from([]) });
      return { code, err: err.join('') };
    };
    const onTerminal = await runWith(true);
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.err).toBe('\rbuild: 1/1 articles\n');
    expect((await runWith(false)).err).toBe('');
  });
});

describe('build --add on a corpus', () => {
  const lines = (quads: Quad[]): string[] => {
    const w = new Writer({ format: 'N-Quads' });
    // a set: an RDF dataset holds a triple once, however often a file writes it
    return [...new Set(quads.map((q) => w.quadToString(q.subject, q.predicate, q.object, q.graph)))].sort();
  };
  /** The triples of merging the corpus and the new articles in memory, as build did before it streamed. */
  const mergedInMemory = async (corpus: string, files: string[]): Promise<string[]> => {
    const { extractArticle } = await import('../src/query/load.js');
    const { mergeEntities } = await import('../src/corpus/merge.js');
    const fresh: Quad[] = [];
    for (const f of files) fresh.push(...(await extractArticle(f, true)).quads);
    return lines(mergeEntities([...(await readGraphFile(corpus)), ...fresh]));
  };
  let dir: string;
  let lima: string;
  let quito: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'newskg-add-'));
    // invented: a one-word name in the first, its fuller form in the second
    lima = path.join(dir, 'lima-talks-2026-03-02.txt');
    quito = path.join(dir, 'quito-visit-2026-03-03.txt');
    await writeFile(lima, 'Monday, March 2, 2026\n\nTalks in Lima\n\nKalvik said on Monday that the talks in Lima would resume. Kalvik added that Peru wanted a deal.\n');
    await writeFile(quito, 'Tuesday, March 3, 2026\n\nEnvoy visits Quito\n\nForeign Minister Tomas Kalvik of Peru met Ecuadorian officials in Quito on Tuesday. Tomas Kalvik said the visit was useful.\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps the bytes of the article graphs already there and appends; the triples are those of merging everything in memory', async () => {
    const corpus = path.join(dir, 'append.trig');
    await buildCorpus([MUSCAT], corpus);
    const before = await readFile(corpus, 'utf8');
    const expected = await mergedInMemory(corpus, [GENEVA]);
    await buildCorpus([GENEVA], corpus, true);
    const after = await readFile(corpus, 'utf8');
    // the article graphs come first, the merged entities (the default graph) after the last graph block
    const graphs = before.slice(0, before.lastIndexOf('\n}\n') + 3);
    expect(graphs).toMatch(/muscat-talks-2026-02-07> \{/);
    expect(after.startsWith(graphs)).toBe(true);
    expect(lines(await readGraphFile(corpus))).toEqual(expected);
  }, 300_000);

  it('rewrites the graphs that used a one-word name when its fuller name arrives, with the merged node', async () => {
    const corpus = path.join(dir, 'rename.trig');
    await buildCorpus([lima], corpus);
    expect(await readFile(corpus, 'utf8')).toMatch(/person\/kalvik>/);
    const expected = await mergedInMemory(corpus, [quito]);
    await buildCorpus([quito], corpus, true);
    const quads = await readGraphFile(corpus);
    expect(lines(quads)).toEqual(expected);
    const limaGraph = quads.filter((q) => q.graph.value.endsWith('/lima-talks-2026-03-02') && q.object.value.includes('kalvik')).map((q) => q.object.value);
    expect(limaGraph.length).toBeGreaterThan(0);
    expect(new Set(limaGraph)).toEqual(new Set([`${ID}person/tomas-kalvik`]));
  }, 300_000);

  it('reads a corpus without its index (moved, or written by an older newskg) whole, with the same result', async () => {
    const withIndex = path.join(dir, 'indexed.trig');
    const without = path.join(dir, 'bare.trig');
    await buildCorpus([MUSCAT], withIndex);
    await buildCorpus([MUSCAT], without);
    await unlink(path.join(dir, '.bare.trig.index'));
    await buildCorpus([GENEVA], withIndex, true);
    await buildCorpus([GENEVA], without, true);
    expect(lines(await readGraphFile(without))).toEqual(lines(await readGraphFile(withIndex)));
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 300_000);
});

describe('build --jobs', () => {
  const run = async (args: string[]) => {
    const { main } = await import('../src/cli/index.js');
    const { PassThrough, Readable } = await import('node:stream');
    const err: string[] = [];
    const stderr = new PassThrough();
    stderr.on('data', (c: Buffer) => err.push(c.toString()));
    const code = await main(args, { stdout: new PassThrough(), stderr, stdin: Readable.from([]) });
    return { code, stderr: err.join('') };
  };

  it('writes the same bytes on two threads as on one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-jobs-'));
    const inputs = [MUSCAT, GENEVA, 'test/fixtures/extract/gulf-brief.html'];
    expect((await run(['build', ...inputs, '-o', path.join(dir, 'one.trig'), '--jobs', '1'])).code).toBe(0);
    expect((await run(['build', ...inputs, '-o', path.join(dir, 'two.trig'), '--jobs', '2'])).code).toBe(0);
    const one = await readFile(path.join(dir, 'one.trig'), 'utf8');
    expect(one).toMatch(/geneva-followup-2026-02-20> \{/);
    expect(await readFile(path.join(dir, 'two.trig'), 'utf8')).toBe(one);
  }, 300_000);

  it('adds several articles on two threads as one thread does: in place, and when they rename an entity of the corpus', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-jobs-add-'));
    const lima = path.join(dir, 'lima-talks-2026-03-02.txt');
    const quito = path.join(dir, 'quito-visit-2026-03-03.txt');
    await writeFile(lima, 'Monday, March 2, 2026\n\nTalks in Lima\n\nKalvik said on Monday that the talks in Lima would resume. Kalvik added that Peru wanted a deal.\n');
    await writeFile(quito, 'Tuesday, March 3, 2026\n\nEnvoy visits Quito\n\nForeign Minister Tomas Kalvik of Peru met Ecuadorian officials in Quito on Tuesday. Tomas Kalvik said the visit was useful.\n');
    const corpora: string[] = [];
    for (const [first, more] of [[MUSCAT, [GENEVA, 'test/fixtures/extract/gulf-brief.html']], [lima, [quito, GENEVA]]] as const) {
      const [one, two] = ['one', 'two'].map((j) => path.join(dir, `${path.basename(first, '.txt')}-${j}.trig`));
      for (const out of [one!, two!]) expect((await run(['build', first, '-o', out, '--jobs', '1'])).code).toBe(0);
      expect((await run(['build', ...more, '-o', one!, '--add', '--jobs', '1'])).code).toBe(0);
      expect((await run(['build', ...more, '-o', two!, '--add', '--jobs', '2'])).code).toBe(0);
      expect(await readFile(two!, 'utf8')).toBe(await readFile(one!, 'utf8'));
      const index = async (f: string) => ({ ...JSON.parse(await readFile(path.join(dir, `.${path.basename(f)}.index`), 'utf8')), ino: 0, mtimeMs: 0 });
      expect(await index(two!)).toEqual(await index(one!));
      corpora.push(one!);
    }
    expect(await readFile(corpora[1]!, 'utf8')).toMatch(/person\/tomas-kalvik>/);
    expect(await readFile(corpora[1]!, 'utf8')).not.toMatch(/person\/kalvik>/);
  }, 300_000);

  it('routes the article graphs on new threads, not on those that extracted (their heaps grew with every article)', async () => {
    const { ThreadPool } = await import('../src/corpus/pool.js');
    const { Spool, spooledQuads } = await import('../src/corpus/spool.js');
    const { routeGraph } = await import('../src/corpus/route.js');
    const { graphText } = await import('../src/corpus/writer.js');
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-jobs-threads-'));
    const spool = await Spool.create(path.join(dir, 'corpus.trig'));
    const pool = await ThreadPool.start(2);
    try {
      const nquads: string[] = [];
      for await (const x of pool.extract([MUSCAT, GENEVA, 'test/fixtures/extract/gulf-brief.html'], undefined)) {
        nquads.push(x.nquads);
        await spool.append(x.nquads);
      }
      const extracting = pool.threadIds;
      expect(extracting).toHaveLength(2);
      const trig: string[] = [];
      for await (const g of pool.route(new Map(), spool.path, spool.ranges())) trig.push(Buffer.from(g.trig).toString('utf8'));
      expect(pool.threadIds).toHaveLength(2);
      expect(pool.threadIds.filter((id) => extracting.includes(id))).toEqual([]);
      // what they wrote is what this thread writes
      const here = nquads.map((t) => graphText(routeGraph(new Map(), new Writer({ format: 'N-Quads' }), spooledQuads(Buffer.from(t, 'utf8'))).kept));
      expect(trig).toEqual(here);
    } finally {
      await pool.close();
      await spool.remove();
    }
  }, 300_000);

  it('gives each thread its next article before it has replied, and hands the articles on in input order', async () => {
    const { ThreadPool } = await import('../src/corpus/pool.js');
    const { Worker } = await import('node:worker_threads');
    const log: string[] = [];
    const seen = new Set<unknown>();
    const post = Worker.prototype.postMessage;
    // what the pool sends each thread, and (before the pool hears of it) each reply
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: InstanceType<typeof Worker>, ...args: Parameters<typeof post>) {
      if (!seen.has(this)) {
        seen.add(this);
        this.prependListener('message', () => log.push('reply'));
      }
      log.push(`send ${this.threadId}`);
      return post.apply(this, args);
    });
    const pool = await ThreadPool.start(2);
    try {
      const files = [MUSCAT, GENEVA, 'test/fixtures/extract/gulf-brief.html', MUSCAT, GENEVA];
      const got: string[] = [];
      for await (const x of pool.extract(files, undefined)) got.push(x.file);
      expect(got).toEqual(files);
      const before = log.slice(0, log.indexOf('reply'));
      expect(before).toHaveLength(4);
      for (const id of pool.threadIds) expect(before.filter((l) => l === `send ${id}`)).toHaveLength(2);
    } finally {
      spy.mockRestore();
      await pool.close();
    }
  }, 300_000);

  it('reports the first bad article in input order, as one thread does, and leaves no file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-jobs-bad-'));
    await writeFile(path.join(dir, 'a-notes.txt'), 'Talks resume\n\nAna Cruz said the talks would resume.\n');
    await writeFile(path.join(dir, 'b-notes.txt'), 'More talks\n\nLuis Vega said the talks would go on.\n');
    const out = path.join(dir, 'corpus.trig');
    const one = await run(['build', MUSCAT, dir, '-o', out, '--jobs', '1']);
    const two = await run(['build', MUSCAT, dir, '-o', out, '--jobs', '2']);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr.trim()).toMatch(/a-notes\.txt: no publication date/);
    expect((await readdir(dir)).sort()).toEqual(['a-notes.txt', 'b-notes.txt']);
    expect((await run(['build', MUSCAT, '-o', out, '--jobs', '0'])).stderr).toBe('build: --jobs 0: not a number of threads; pass a whole number from 1, e.g. --jobs 2\n');
  }, 300_000);
});

describe('renaming entities in the text of old article graphs', () => {
  it('replaces the IRI where it is a term, never inside a literal', async () => {
    const { renameIris } = await import('../src/corpus/rename.js');
    const old = `${ID}org/korea`;
    const text = `<${ID}article/a> {\n<${ID}article/a> schema:mentions <${old}>, <${ID}org/koreana>;\n    schema:text "a page citing <${old}> and a \\"quote <${old}>\\"".\n}\n`;
    const out = renameIris(text, new Map([[old, `${ID}org/north-korea`]]), new RegExp(`<${old.replace(/[./]/g, '\\$&')}>`, 'g'));
    expect(out).toBe(text.replace(`mentions <${old}>`, `mentions <${ID}org/north-korea>`));
  });
});
