// Issue 11: the viewer's pages on a corpus above the overview threshold. A real corpus (the 23 articles of
// data/eval, 467 entities) with the threshold lowered to 100 stands for a large one: /data.json is then an
// overview of the most-mentioned entities, and a neighbourhood or a search answers for the rest. What they
// hold is checked against the quads, and against the whole graph's view model where the two must agree.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViewModel, type ViewEdge, type ViewModel } from '../src/graph/index.js';
import { loadEngineSources } from '../src/query/load.js';
import { createServer, type NewskgServer } from '../src/server/index.js';

const SCHEMA = 'https://schema.org/';
const NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const BASE_TYPES = ['Person', 'Country', 'City', 'Place', 'Organization'].map((t) => SCHEMA + t);
const OVERVIEW = { overviewAbove: 100, overviewEntities: 40, neighbourLimit: 10 };

let dir: string;
let corpus: string;
let quads: Quad[];
let whole: ViewModel;
let entities: Set<string>;
/** Articles naming each entity, counted from the quads. */
let namedIn: Map<string, number>;
const servers: NewskgServer[] = [];

async function serve(view: Partial<typeof OVERVIEW>): Promise<(page: string) => Promise<Response>> {
  // the quick lane and the standby are not what these tests are about: one worker is enough
  const server = await createServer({ ...(await loadEngineSources([corpus])), viewerDir: 'viewer', timeoutMs: 10_000, maxRows: 1000, view, engine: { quickLane: false, standby: false } });
  servers.push(server);
  const base = await server.listen(0);
  return (page) => fetch(`${base}/${page}`);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newskg-overview-'));
  corpus = path.join(dir, 'corpus.trig');
  const articles = readdirSync('data/eval').filter((f) => f.endsWith('.txt')).map((f) => path.join('data/eval', f));
  await promisify(execFile)('node', ['bin/newskg.js', 'build', ...articles, '-o', corpus, '--jobs', '1']);
  quads = new Parser({ format: 'application/trig' }).parse(readFileSync(corpus, 'utf8'));
  whole = buildViewModel(quads);
  entities = new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && BASE_TYPES.includes(q.object.value)).map((q) => q.subject.value));
  namedIn = new Map();
  const seen = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value !== SCHEMA + 'mentions' || seen.has(`${q.subject.value} ${q.object.value}`)) continue;
    seen.add(`${q.subject.value} ${q.object.value}`);
    namedIn.set(q.object.value, (namedIn.get(q.object.value) ?? 0) + 1);
  }
}, 120_000);
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});

/** Edges of the whole graph between entities of `ids` (as the overview or a neighbourhood must draw them). */
const wholeEdgesAmong = (ids: Set<string>, touching?: string): string[] =>
  whole.edges.filter((e) => ids.has(e.source) && ids.has(e.target) && (!touching || e.source === touching || e.target === touching)).map((e) => e.id).sort();
const ids = (vm: ViewModel) => new Set(vm.nodes.map((n) => n.id));
/** A statement as a part of the graph can draw it: its targets only among the entities the part shows. */
const withTargetsAmong = <T extends { targets?: string[] }>(st: T, shown: ReadonlySet<string>): T => {
  const { targets, ...rest } = st;
  const among = (targets ?? []).filter((t) => shown.has(t));
  return (among.length ? { ...rest, targets: among } : rest) as T;
};
const edgeIds = (edges: ViewEdge[], touching?: string) => edges.filter((e) => !touching || e.source === touching || e.target === touching).map((e) => e.id).sort();

describe('below the threshold', () => {
  it('/data.json is the whole graph: every entity, no overview', async () => {
    const get = await serve({});
    const vm = (await (await get('data.json')).json()) as ViewModel;
    expect(vm.scope).toBeUndefined();
    expect(vm.nodes).toHaveLength(entities.size);
  });
});

describe('above the threshold', () => {
  let get: (page: string) => Promise<Response>;
  let overview: ViewModel;
  beforeAll(async () => {
    get = await serve(OVERVIEW);
    overview = (await (await get('data.json')).json()) as ViewModel;
  });

  it('/data.json is an overview: the 40 entities named in the most articles, and says how many there are', () => {
    expect(entities.size).toBeGreaterThan(OVERVIEW.overviewAbove);
    expect(overview.scope).toMatchObject({ kind: 'overview', entities: entities.size, entitiesAtLeast: false });
    expect(overview.nodes).toHaveLength(OVERVIEW.overviewEntities);
    const shown = ids(overview);
    const leastShown = Math.min(...[...shown].map((e) => namedIn.get(e) ?? 0));
    const mostLeftOut = Math.max(...[...entities].filter((e) => !shown.has(e)).map((e) => namedIn.get(e) ?? 0));
    expect(leastShown).toBeGreaterThanOrEqual(mostLeftOut);
  });

  it('draws the links among them that the whole graph draws, each statement as the whole graph reads it', () => {
    expect(edgeIds(overview.edges)).toEqual(wholeEdgesAmong(ids(overview)));
    expect(overview.edges.length).toBeGreaterThan(20);
    const wholeStatements = new Map(whole.statements.map((s) => [s.id, s]));
    // the same roles, values, dates and targets; evidence the same sentences (article indices differ between the models)
    expect(overview.statements.length).toBeGreaterThan(20);
    // (targets only among the entities shown: the overview draws no one it leaves out)
    const shown = ids(overview);
    for (const st of overview.statements) {
      const w = wholeStatements.get(st.id)!;
      expect({ ...st, evidence: st.evidence.map((e) => [overview.articles[e.article]!.iri, e.text, e.start, e.end]) })
        .toEqual({ ...withTargetsAmong(w, shown), evidence: w.evidence.map((e) => [whole.articles[e.article]!.iri, e.text, e.start, e.end]) });
    }
  });

  it('sizes entities by how often the whole corpus names them', () => {
    const phrases = new Map<string, number>();
    for (const q of quads) if (q.predicate.value === 'http://www.w3.org/2005/11/its/rdf#taIdentRef') phrases.set(q.object.value, (phrases.get(q.object.value) ?? 0) + 1);
    for (const n of overview.nodes) expect([n.label, n.mentions, n.corpus?.articles]).toEqual([n.label, phrases.get(n.id) ?? 0, namedIn.get(n.id) ?? 0]);
  });

  it('/neighbourhood.json brings an entity not in the overview with its neighbours and the links to them', async () => {
    const shown = ids(overview);
    // an entity left out of the overview whose whole-graph neighbours all fit in one neighbourhood
    const degree = (id: string) => new Set(whole.edges.filter((e) => e.source === id || e.target === id).map((e) => (e.source === id ? e.target : e.source))).size;
    const outside = whole.nodes.filter((n) => !shown.has(n.id) && degree(n.id) >= 3 && degree(n.id) <= OVERVIEW.neighbourLimit).sort((a, b) => degree(b.id) - degree(a.id))[0]!;
    const res = await get(`neighbourhood.json?entity=${encodeURIComponent(outside.id)}`);
    expect(res.status).toBe(200);
    const part = (await res.json()) as ViewModel;
    expect(part.scope).toMatchObject({ kind: 'neighbourhood', focus: outside.id });
    const wholeNeighbours = new Set(whole.edges.filter((e) => e.source === outside.id || e.target === outside.id).flatMap((e) => [e.source, e.target]));
    expect([...ids(part)].sort()).toEqual([...wholeNeighbours].sort());
    expect(edgeIds(part.edges, outside.id)).toEqual(wholeEdgesAmong(wholeNeighbours, outside.id));
  });

  it('a hub\'s neighbourhood stops at the neighbour limit and says that more are there', async () => {
    const hub = overview.nodes[0]!;
    const part = (await (await get(`neighbourhood.json?entity=${encodeURIComponent(hub.id)}`)).json()) as ViewModel;
    expect(part.nodes.length).toBeLessThanOrEqual(OVERVIEW.neighbourLimit + 1);
    expect(part.nodes.map((n) => n.id)).toContain(hub.id);
    expect(part.scope?.cut).toBe(true);
  });

  it('/search.json finds an entity by a name, /article.json gives an article\'s text', async () => {
    const some = whole.nodes.find((n) => n.aliases.length && !ids(overview).has(n.id))!;
    const { hits } = (await (await get(`search.json?q=${encodeURIComponent(some.aliases[0]!.toUpperCase())}`)).json()) as { hits: { id: string }[] };
    expect(hits.map((h) => h.id)).toContain(some.id);
    const article = whole.articles[3]!;
    const context = quads.find((q) => q.subject.value === article.iri && q.predicate.value === 'https://w3id.org/newskg/ontology#text')!.object.value;
    const text = quads.find((q) => q.subject.value === context && q.predicate.value === NIF + 'isString')!.object.value;
    expect(await (await get(`article.json?iri=${encodeURIComponent(article.iri)}`)).json()).toEqual({ iri: article.iri, text });
  });

  it.each([
    ['neighbourhood.json', 400, 'entity=IRI'],
    ['neighbourhood.json?entity=not%20an%20iri', 400, 'absolute IRI'],
    ['article.json?iri=https%3A%2F%2Fexample.org%2Fnone', 404, 'no article text'],
    ['graph.ttl', 403, 'too large to send whole'],
  ])('/%s answers %i', async (page, status, message) => {
    const res = await get(page);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(message);
  });

  it('is read-only: a POST to the view\'s pages is refused', async () => {
    const res = await fetch((await get('data.json')).url, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });
});
