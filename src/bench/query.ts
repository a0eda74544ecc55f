// `npm run bench` part for querying: a seeded ~1M-triple corpus, each named
// query's median latency, engine start-up and load times, and a floor: the
// same question answered by hand with N3.Store's match.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Store, Writer, type Quad, type Term } from 'n3';
import { createComunicaEngine } from '../query/comunica.js';
import { createOxigraphEngine, toNQuadsBytes } from '../query/oxigraph.js';
import { bindParams, listNamedQueries, namedQueryText } from '../query/named.js';
import type { QueryEngine } from '../query/types.js';
import { readGraphFile } from '../rdf/parse.js';
import { ID_BASE, NKG, PREFIXES, RDF, RDFS, SCHEMA, SKOS } from '../rdf/vocab.js';
import { both, goal, loadLine, timed, type Timing } from './measure.js';
import { generateCorpus } from './query-data.js';

/** Parameters that make each named query selective: aliases of entities that do take part. */
let PARAMS: Record<string, Record<string, string>> = {};

function chooseParams(quads: Quad[]): void {
  const alias = new Map(quads.filter((q) => q.predicate.value === SKOS('altLabel')).map((q) => [q.subject.value, q.object.value]));
  const objectOf = (p: string): string => alias.get(quads.find((q) => q.predicate.value === p && alias.has(q.object.value))!.object.value)!;
  PARAMS = {
    threats: { threatener: objectOf(NKG('threatener')) },
    'quotes-by': { person: objectOf(NKG('speaker')) },
    'stances-on': { topic: 'enrichment' },
    meetings: { place: objectOf(SCHEMA('location')) },
    'people-by-affiliation': { affiliation: objectOf(SCHEMA('affiliation')) },
    'mentioned-with': { entity: objectOf(NKG('speaker')) },
    evidence: { about: objectOf(NKG('speaker')) },
  };
}

const ms = (t0: number): number => Math.round(performance.now() - t0);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function byName(store: Store, name: string): Term[] {
  return [RDFS('label'), SKOS('altLabel')].flatMap((p) => store.getSubjects(p, `"${name}"`, null));
}

/** Hand-written answers (row counts) over N3.Store: the floor a query engine cannot beat by much. */
const FLOORS: Record<string, (s: Store, p: Record<string, string>) => number> = {
  threats: (s, p) => byName(s, p.threatener!).flatMap((who) => s.getSubjects(NKG('threatener'), who, null)).length,
  'quotes-by': (s, p) => byName(s, p.person!).flatMap((who) => s.getSubjects(NKG('speaker'), who, null)).filter((q) => s.countQuads(q, RDF('type'), NKG('Quote'), null) > 0).length,
  'stances-on': (s, p) => s.getQuads(null, NKG('topic'), null, null).filter((q) => q.object.value.toLowerCase().includes(p.topic!)).length,
  meetings: (s, p) => byName(s, p.place!).flatMap((pl) => s.getSubjects(SCHEMA('location'), pl, null)).length,
  'people-by-affiliation': (s, p) => byName(s, p.affiliation!).flatMap((o) => s.getSubjects(SCHEMA('affiliation'), o, null)).length,
  'mentioned-with': (s, p) => {
    const others = new Set<string>();
    for (const node of byName(s, p.entity!)) for (const a of s.getSubjects(SCHEMA('mentions'), node, null)) for (const o of s.getObjects(a, SCHEMA('mentions'), null)) if (!o.equals(node)) others.add(o.value);
    return others.size;
  },
  evidence: (s, p) => byName(s, p.about!).flatMap((who) => s.getQuads(null, null, who, null).map((q) => q.subject)).filter((f) => s.countQuads(f, NKG('evidence'), null, null) > 0).length,
};

async function timeQueries(engine: QueryEngine, runs: number, timeoutMs: number): Promise<Map<string, { median: number; first: number; rows: number } | string>> {
  const out = new Map<string, { median: number; first: number; rows: number } | string>();
  for (const q of await listNamedQueries()) {
    const bindings = bindParams(q, PARAMS[q.name] ?? {});
    const text = namedQueryText(q, bindings);
    const times: number[] = [];
    let rows = 0;
    try {
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        const r = await engine.query(text, { bindings, timeoutMs });
        times.push(performance.now() - t0);
        rows = 'rows' in r ? r.rows.length : 0;
      }
      out.set(q.name, { first: Math.round(times[0]!), median: Math.round(median(times.slice(1))), rows });
    } catch (e) {
      out.set(q.name, (e as Error).message.slice(0, 60));
    }
  }
  return out;
}

function toTurtle(quads: Quad[]): Promise<string> {
  const writer = new Writer({ prefixes: { ...PREFIXES, id: ID_BASE } });
  for (const q of quads) writer.addQuad(q.subject, q.predicate, q.object);
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}

export async function benchQueries(options: { articles?: number; comunicaArticles?: number; runs?: number } = {}): Promise<string> {
  const articles = options.articles ?? 7800;
  const runs = options.runs ?? 6;
  const lines: string[] = [];
  const log = (s: string): void => { lines.push(s); };

  let t0 = performance.now();
  const quads = generateCorpus(articles);
  chooseParams(quads);
  log(`query bench: generated ${quads.length} triples (${articles} articles, seed 42) in ${ms(t0)} ms`);

  // Loading a 1M-triple Turtle file, the old way (n3 parse, N-Quads conversion, Oxigraph load of those) and
  // the way `serve` and `view` load it now (the file's bytes to Oxigraph's own parser).
  const dir = await mkdtemp(path.join(tmpdir(), 'newskg-bench-'));
  let turtleLoad: Timing;
  let startup: number;
  try {
    const file = path.join(dir, 'corpus.ttl');
    await writeFile(file, await toTurtle(quads));
    t0 = performance.now();
    const empty = await createOxigraphEngine(new Uint8Array(0));
    startup = ms(t0);
    await empty.close();
    const parse = await timed(() => readGraphFile(file));
    const parsedCount = parse.value.length;
    const convert = await timed(() => toNQuadsBytes(parse.value));
    parse.value.length = 0;
    const load = await timed(async () => (await createOxigraphEngine(convert.value)).close());
    turtleLoad = await timed(async () => {
      const engine = await createOxigraphEngine(new Uint8Array(0), [{ bytes: await readFile(file), format: 'text/turtle', name: file }]);
      await engine.close();
    });
    const before = { wall: parse.wall + convert.wall + load.wall, cpu: parse.cpu + convert.cpu + load.cpu };
    const row = (step: string, t: string): void => log(`  ${step.padEnd(50)} ${t.padStart(28)}`);
    log(loadLine());
    row('step', 'wall (cpu)');
    row('Oxigraph start-up, empty (worker + WASM)', `${startup} ms`);
    row(`before: parse the Turtle file (n3, ${parsedCount} triples)`, both(parse));
    row('before: those quads to N-Quads bytes', both(convert));
    row('before: Oxigraph start-up + load of the N-Quads', both(load));
    row('before: Turtle file to engine, total', both(before));
    row('now: Turtle file bytes to Oxigraph (serve, view)', both(turtleLoad));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // The queries run on the corpus as `newskg build` writes it: one named graph per article.
  const bytes = toNQuadsBytes(quads);
  const corpusLoad = await timed(() => createOxigraphEngine(bytes));
  const ox = corpusLoad.value;
  log(`  ${`corpus with ${articles} named graphs, N-Quads load`.padEnd(50)} ${both(corpusLoad).padStart(28)}`);

  t0 = performance.now();
  const store = new Store(quads);
  log(`  ${'N3.Store load (for the floor below)'.padEnd(50)} ${`${ms(t0)} ms`.padStart(28)}`);

  const oxTimes = await timeQueries(ox, runs, 60_000);
  await ox.close();
  log('');
  log(`  ${'named query'.padEnd(24)} ${'oxigraph median'.padStart(16)} ${'first run'.padStart(10)} ${'rows'.padStart(6)} ${'N3 match floor'.padStart(15)}`);
  for (const [name, r] of oxTimes) {
    const floor = FLOORS[name];
    let floorText = '-';
    if (floor) {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        floor(store, PARAMS[name] ?? {});
        times.push(performance.now() - t);
      }
      floorText = `${median(times).toFixed(1)} ms`;
    }
    log(typeof r === 'string'
      ? `  ${name.padEnd(24)} ${r}`
      : `  ${name.padEnd(24)} ${(r.median + ' ms').padStart(16)} ${(r.first + ' ms').padStart(10)} ${String(r.rows).padStart(6)} ${floorText.padStart(15)}`);
  }

  // stances-on matches a substring of every topic: it is the one named query that is not selective.
  const selective = [...oxTimes].filter(([name]) => name !== 'stances-on').map(([, r]) => (typeof r === 'string' ? Infinity : r.median));
  const slowest = Math.max(...selective);
  log('');
  log(goal(`selective named queries < 50 ms at ${quads.length} triples (slowest median ${slowest} ms)`, slowest < 50));
  log(goal(`engine start-up < 1 s (${startup} ms)`, startup < 1000));
  log(goal(`1M-triple Turtle file loaded < 10 s (now ${Math.round(turtleLoad.wall)} ms wall, ${Math.round(turtleLoad.cpu)} ms cpu)`, turtleLoad.wall < 10_000));

  const cArticles = options.comunicaArticles ?? 780;
  if (cArticles > 0) {
    const small = generateCorpus(cArticles);
    chooseParams(small);
    t0 = performance.now();
    const co = await createComunicaEngine(small);
    const coStart = ms(t0);
    t0 = performance.now();
    const ox2 = await createOxigraphEngine(small);
    const oxStart = ms(t0);
    const coTimes = await timeQueries(co, 3, 30_000);
    const ox2Times = await timeQueries(ox2, 3, 30_000);
    await ox2.close();
    log('');
    log(`  comparison at ${small.length} triples: start-up + load Comunica ${coStart} ms, Oxigraph ${oxStart} ms`);
    log(`  ${'named query'.padEnd(24)} ${'Comunica median'.padStart(16)} ${'first'.padStart(9)} ${'Oxigraph median'.padStart(16)} ${'first'.padStart(9)}`);
    for (const [name, c] of coTimes) {
      const o = ox2Times.get(name)!;
      const fmt = (r: typeof c, k: 'median' | 'first'): string => (typeof r === 'string' ? 'timeout/error' : `${r[k]} ms`);
      log(`  ${name.padEnd(24)} ${fmt(c, 'median').padStart(16)} ${fmt(c, 'first').padStart(9)} ${fmt(o, 'median').padStart(16)} ${fmt(o, 'first').padStart(9)}`);
    }
  }
  return lines.join('\n') + '\n';
}
