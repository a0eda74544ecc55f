// Issue 11: the engine's default graph is the merge of all graphs (a triple stated in several graphs is
// one triple there), whether the worker copied the named graphs into it or reads their union because no
// triple is in two graphs (a built corpus: its index says so, or the worker found it). Either way a
// query sees the same answers: each triple once, GRAPH reading each graph, FROM and FROM NAMED choosing
// their own graphs.
import { appendFile, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { DataFactory, Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { readIndexHead } from '../src/corpus/existing.js';
import { Router } from '../src/corpus/route.js';
import { createEngine, type QueryEngine } from '../src/query/engine.js';
import { loadEngineSources } from '../src/query/load.js';

const silent = (): Writable => new Writable({ write(_c, _e, cb) { cb(); } });
const cli = (args: string[]): Promise<number> => main(args, { stdout: silent(), stderr: silent(), stdin: new PassThrough() });

const key = (s: string, p: string, o: string): string => `${s} ${p} ${o}`;
const termKey = (t: { type: string; value: string; datatype?: string; 'xml:lang'?: string }): string =>
  `${t.type}:${t.value}^${t.datatype ?? ''}@${t['xml:lang'] ?? ''}`;
const quadKey = (q: Quad): string =>
  key(...([q.subject, q.predicate, q.object].map((t) => termKey({
    type: t.termType === 'NamedNode' ? 'uri' : t.termType === 'BlankNode' ? 'bnode' : 'literal',
    value: t.value,
    datatype: t.termType === 'Literal' && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string' && !t.language ? t.datatype.value : undefined,
    'xml:lang': t.termType === 'Literal' && t.language ? t.language : undefined,
  })) as [string, string, string]));

/** The rows of a SELECT of ?s ?p ?o, each a triple's key. */
async function triples(engine: QueryEngine, query: string): Promise<string[]> {
  const r = await engine.query(query);
  if (r.form !== 'SELECT') throw new Error(r.form);
  return r.rows.map((row) => key(termKey(row.s!), termKey(row.p!), termKey(row.o!)));
}

async function count(engine: QueryEngine, query: string): Promise<number> {
  const r = await engine.query(query);
  if (r.form !== 'SELECT') throw new Error(r.form);
  return Number(r.rows[0]!.n!.value);
}

/** Answers a reader of the merge expects of a dataset: each triple once in the default graph, each graph as it is. */
async function expectMergedAnswers(engine: QueryEngine, quads: Quad[]): Promise<void> {
  const merged = new Set(quads.map(quadKey));
  const named = quads.filter((q) => q.graph.termType === 'NamedNode');
  const all = await triples(engine, 'SELECT ?s ?p ?o WHERE { ?s ?p ?o }');
  expect(all.length).toBe(merged.size);
  expect(new Set(all)).toEqual(merged);
  expect(await count(engine, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')).toBe(merged.size);
  expect(await count(engine, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')).toBe(named.length);
  const construct = await engine.query('CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }');
  expect(construct.form === 'CONSTRUCT' && construct.quads.length).toBe(merged.size);
  // FROM makes one graph the default graph; FROM NAMED alone leaves the default graph empty
  const g = named[0]!.graph.value;
  const inG = new Set(named.filter((q) => q.graph.value === g).map(quadKey));
  expect(new Set(await triples(engine, `SELECT ?s ?p ?o FROM <${g}> WHERE { ?s ?p ?o }`))).toEqual(inG);
  expect(await count(engine, `SELECT (COUNT(*) AS ?n) FROM <${g}> WHERE { ?s ?p ?o }`)).toBe(inG.size);
  expect(await count(engine, `SELECT (COUNT(*) AS ?n) FROM NAMED <${g}> WHERE { ?s ?p ?o }`)).toBe(0);
  expect(await count(engine, `SELECT (COUNT(*) AS ?n) FROM NAMED <${g}> WHERE { GRAPH ?g { ?s ?p ?o } }`)).toBe(inG.size);
}

const someArticles = async (): Promise<string[]> =>
  (await readdir('data/eval')).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join('data/eval', f));

let dir: string;
let corpus: string;
let quads: Quad[];
const open: QueryEngine[] = [];

async function engineFor(file: string): Promise<QueryEngine> {
  const { quads: q, texts } = await loadEngineSources([file]);
  const engine = await createEngine(q, texts, { quickLane: false, standby: false });
  open.push(engine);
  return engine;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'newskg-default-graph-'));
  corpus = path.join(dir, 'corpus.trig');
  expect(await cli(['build', ...(await someArticles()).slice(0, 4), '-o', corpus])).toBe(0);
  quads = new Parser({ format: 'application/trig' }).parse(await readFile(corpus, 'utf8'));
});
afterAll(async () => {
  await Promise.all(open.map((e) => e.close()));
});

describe('the default graph is the merge of the graphs', () => {
  it('a built corpus: its index says no triple is in two graphs, and each triple is answered once', async () => {
    const st = await stat(corpus);
    expect((await readIndexHead(corpus, st))?.disjointGraphs).toBe(true);
    await expectMergedAnswers(await engineFor(corpus), quads);
  });

  it('the same corpus without its index (the worker looks for a shared triple itself)', async () => {
    const bare = path.join(dir, 'bare.trig');
    await writeFile(bare, await readFile(corpus));
    await expectMergedAnswers(await engineFor(bare), quads);
  });

  it('a corpus edited after its build, one graph repeating another\'s triple: still counted once', async () => {
    const edited = path.join(dir, 'edited.trig');
    expect(await cli(['build', ...(await someArticles()).slice(0, 2), '-o', edited])).toBe(0);
    const built = new Parser({ format: 'application/trig' }).parse(await readFile(edited, 'utf8'));
    const first = built.find((q) => q.graph.termType === 'NamedNode' && q.object.termType === 'NamedNode')!;
    const other = DataFactory.namedNode('https://example.org/another-graph');
    await appendFile(edited, `\n<${other.value}> { <${first.subject.value}> <${first.predicate.value}> <${first.object.value}> }\n`);
    expect(await readIndexHead(edited, await stat(edited))).toBeUndefined();
    await expectMergedAnswers(await engineFor(edited), [...built, DataFactory.quad(first.subject, first.predicate, first.object, other)]);
  });

  it('hand-written TriG: a triple in two named graphs and in the default graph is one triple', async () => {
    const file = path.join(dir, 'shared.trig');
    const text = `@prefix ex: <https://example.org/> .
ex:a ex:p ex:b .
ex:g1 { ex:a ex:p ex:b . ex:c ex:p "one" . ex:d ex:p ex:e }
ex:g2 { ex:a ex:p ex:b . ex:d ex:p ex:e . ex:f ex:q "two"@en }
`;
    await writeFile(file, text);
    await expectMergedAnswers(await engineFor(file), new Parser({ format: 'application/trig' }).parse(text));
  });

  it('hand-written TriG with no triple in two graphs: the union is the merge, FROM and FROM NAMED still choose', async () => {
    const file = path.join(dir, 'disjoint.trig');
    const text = `@prefix ex: <https://example.org/> .
ex:x ex:p ex:y .
ex:g1 { ex:a ex:p ex:b . ex:c ex:p "one" }
ex:g2 { ex:a ex:p ex:c . ex:f ex:q "two"@en . ex:f ex:r 3 }
`;
    await writeFile(file, text);
    const engine = await engineFor(file);
    await expectMergedAnswers(engine, new Parser({ format: 'application/trig' }).parse(text));
    // FROM in lower case, after a comment that mentions FROM NAMED
    expect(await count(engine, '# not FROM NAMED\nSELECT (COUNT(*) AS ?n) from <https://example.org/g2> WHERE { ?s ?p ?o }')).toBe(3);
    const ask = await engine.query('ASK FROM <https://example.org/g1> { <https://example.org/x> ?p ?o }');
    expect(ask.form === 'ASK' && ask.boolean).toBe(false);
  });
});

describe('build records whether its article graphs share no triple', () => {
  const g = DataFactory.namedNode('https://w3id.org/newskg/id/article/a');
  const s = (iri: string) => DataFactory.namedNode(iri);
  const p = DataFactory.namedNode('https://example.org/p');
  const o = DataFactory.literal('x');

  it('every subject the article or one of its fragments: yes; another subject: no', () => {
    const router = new Router(new Map());
    router.route([DataFactory.quad(g, p, o, g), DataFactory.quad(s(`${g.value}#char=0,5`), p, o, g)]);
    expect(router.ownSubjects).toBe(true);
    // a longer article IRI is not a fragment of this one
    router.route([DataFactory.quad(s(`${g.value}-2#x`), p, o, g)]);
    expect(router.ownSubjects).toBe(false);
    const blank = new Router(new Map());
    blank.route([DataFactory.quad(DataFactory.blankNode('b'), p, o, g)]);
    expect(blank.ownSubjects).toBe(false);
  });

  it('build --add keeps it', async () => {
    const more = path.join(dir, 'more.trig');
    const articles = await someArticles();
    expect(await cli(['build', ...articles.slice(0, 2), '-o', more])).toBe(0);
    expect(await cli(['build', ...articles.slice(2, 4), '-o', more, '--add'])).toBe(0);
    expect((await readIndexHead(more, await stat(more)))?.disjointGraphs).toBe(true);
    const built = new Parser({ format: 'application/trig' }).parse(await readFile(more, 'utf8'));
    await expectMergedAnswers(await engineFor(more), built);
  });
});

describe('a file larger than the pieces the engine reads it in', () => {
  it('keeps every character, however the pieces fall (an 11 MB file of accents, CJK and emoji)', async () => {
    const file = path.join(dir, 'wide.ttl');
    const value = (i: number): string => `${'é'.repeat(40)}${'東京'.repeat(30)}${'🎉'.repeat(20)} ${i}`;
    const n = 30_000;
    const lines = ['@prefix ex: <https://example.org/> .'];
    for (let i = 0; i < n; i++) lines.push(`ex:s${i} ex:name "${value(i)}" .`);
    await writeFile(file, lines.join('\n'));
    expect((await stat(file)).size).toBeGreaterThan(2 * 4 * 2 ** 20);
    const engine = await engineFor(file);
    const r = await engine.query('SELECT ?s ?name WHERE { ?s <https://example.org/name> ?name }');
    if (r.form !== 'SELECT') throw new Error(r.form);
    expect(r.rows).toHaveLength(n);
    for (const row of r.rows) expect(row.name!.value).toBe(value(Number(row.s!.value.slice('https://example.org/s'.length))));
  });

  it('a file that is not UTF-8 is refused with the engine\'s own message', async () => {
    const file = path.join(dir, 'latin1.ttl');
    await writeFile(file, Buffer.concat([Buffer.from('<https://example.org/a> <https://example.org/b> "caf'), Buffer.from([0xe9]), Buffer.from('" .\n')]));
    const { quads: q, texts } = await loadEngineSources([file]);
    await expect(createEngine(q, texts, { quickLane: false, standby: false })).rejects.toThrow(/latin1\.ttl: .*UTF-8/);
  });
});
