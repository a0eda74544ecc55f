// Applies a merge plan to quads as today's whole-corpus merge did (mergeEntities in merge.ts), one
// graph at a time: IRIs become their merged node's, triples about entities go to the default graph
// (kept here, once each, as N-Quads lines), and each entity's names become one rdfs:label, the
// longest, and skos:altLabels. What it keeps is the default graph, which grows with the corpus's
// entities, so it is kept compact: the lines as UTF-8 bytes in one buffer with a hash table of their
// offsets (as a set of strings they took 211 bytes of heap a line, 67,000 lines at 8,000 articles,
// and a heap holding a few hundred MB grows to a few times that before it is collected), each
// entity's names in a small array.
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { RDFS, SKOS } from '../rdf/vocab.js';
import { detach } from '../util/detach.js';
import { sortNames } from './merge.js';

const LABEL = RDFS('label');
const ALT_LABEL = SKOS('altLabel');

/** Names of one entity kept in an array (looked through on each add) up to this many, then in a set. */
const FEW_NAMES = 16;

/**
 * Distinct lines in first-seen order, as UTF-8 bytes in one buffer, found again through an
 * open-addressing table of their hashes. Two strings are the same line when their UTF-8 bytes are:
 * the router's lines come from UTF-8 text (the spool, the corpus, its index), so they hold no lone
 * surrogate, the only strings whose bytes could be another's.
 */
export class LineStore {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Where line i ends in `bytes` (it starts where line i - 1 ends). */
  private ends = new Float64Array(1 << 10);
  private hashes = new Int32Array(1 << 10);
  private count = 0;
  /** Line index + 1 at each slot, 0 for none; at most half full. */
  private table = new Int32Array(1 << 11);
  private scratch = Buffer.allocUnsafe(1 << 12);

  get length(): number {
    return this.count;
  }

  /** Adds the line unless it is there; true when added. */
  add(line: string): boolean {
    if (this.scratch.length < line.length * 3) this.scratch = Buffer.allocUnsafe(line.length * 3);
    const scratch = this.scratch;
    const n = scratch.write(line, 0, 'utf8');
    let h = 0x811c9dc5;
    for (let i = 0; i < n; i++) h = Math.imul(h ^ scratch[i]!, 0x01000193);
    const mask = this.table.length - 1;
    let slot = h & mask;
    for (let at = this.table[slot]!; at !== 0; at = this.table[slot]!) {
      const j = at - 1;
      if (this.hashes[j] === h) {
        const start = j === 0 ? 0 : this.ends[j - 1]!;
        if (this.ends[j]! - start === n && scratch.compare(this.bytes, start, this.ends[j]!, 0, n) === 0) return false;
      }
      slot = (slot + 1) & mask;
    }
    if (this.used + n > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.used + n));
      this.bytes.copy(bigger, 0, 0, this.used);
      this.bytes = bigger;
    }
    scratch.copy(this.bytes, this.used, 0, n);
    this.used += n;
    if (this.count === this.ends.length) {
      const ends = new Float64Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
      const hashes = new Int32Array(this.count * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.ends[this.count] = this.used;
    this.hashes[this.count] = h;
    this.count++;
    this.table[slot] = this.count;
    if (this.count * 2 > this.table.length) this.grow();
    return true;
  }

  private grow(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let j = 0; j < this.count; j++) {
      let slot = this.hashes[j]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = j + 1;
    }
    this.table = table;
  }

  /** Line i. */
  get(i: number): string {
    return this.bytes.toString('utf8', i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  /** Lines start to end (not included), as an array's slice. */
  slice(start: number, end: number): string[] {
    const out: string[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.count); i++) out.push(this.get(i));
    return out;
  }

  *values(): Generator<string> {
    for (let i = 0; i < this.count; i++) yield this.get(i);
  }
}

/** Adds a name to an entity's names unless it is there (as `own` keeps it); returns the names, a set once they are many. */
function addName(names: string[] | Set<string>, name: string, own: (s: string) => string): string[] | Set<string> {
  if (Array.isArray(names)) {
    if (names.includes(name)) return names;
    if (names.length < FEW_NAMES) {
      names.push(own(name));
      return names;
    }
    names = new Set(names);
  }
  if (!names.has(name)) names.add(own(name));
  return names;
}

const asIs = (s: string): string => s;

/** `s` is graph `g`'s article or one of its fragments (see Router.ownSubjects). */
function isOwnSubject(s: Term, g: Term): boolean {
  if (s.termType !== 'NamedNode' || g.termType !== 'NamedNode' || g.value.includes('#')) return false;
  return s.value.length === g.value.length ? s.value === g.value : s.value.startsWith(g.value) && s.value[g.value.length] === '#';
}

/** One graph as the plan routes it, whatever graphs came before it. */
export interface RoutedGraph {
  /** The quads that stay in the graph, rewritten, without repeats, in first-seen order. */
  kept: Quad[];
  /** Triples about entities (but names) and default-graph triples, as N-Quads lines, in order. */
  defaults: string[];
  /** [entity IRI as merged, name] of each rdfs:label and skos:altLabel about an entity, in order. */
  names: [string, string][];
  /** Every kept quad is about its graph's article (see Router.ownSubjects). */
  own: boolean;
}

const mapTerm = <T extends Term>(plan: Map<string, string>, t: T): T => {
  if (t.termType !== 'NamedNode') return t;
  const to = plan.get(t.value);
  return to === undefined || to === t.value ? t : (DataFactory.namedNode(to) as unknown as T);
};

/**
 * What the router does with one graph that depends on the plan alone: IRIs become their merged
 * node's, triples about entities and default-graph triples are set aside for the default graph,
 * the rest stay. `nquads` writes the set-aside lines.
 */
export function routeGraph(plan: Map<string, string>, nquads: Writer, quads: Iterable<Quad>): RoutedGraph {
  const kept = new Map<string, Quad>();
  const defaults: string[] = [];
  const names: [string, string][] = [];
  let own = true;
  for (const q of quads) {
    const s = mapTerm(plan, q.subject);
    if (plan.has(s.value)) {
      if (q.predicate.value === LABEL || q.predicate.value === ALT_LABEL) names.push([s.value, q.object.value]);
      else defaults.push(nquads.quadToString(s, q.predicate, mapTerm(plan, q.object)));
      continue;
    }
    const o = mapTerm(plan, q.object);
    if (q.graph.termType === 'DefaultGraph') {
      defaults.push(nquads.quadToString(s, q.predicate, o));
      continue;
    }
    const line = nquads.quadToString(s, q.predicate, o);
    if (kept.has(line)) continue;
    kept.set(line, s === q.subject && o === q.object ? q : DataFactory.quad(s, q.predicate, o, q.graph));
    if (own && !isOwnSubject(s, q.graph)) own = false;
  }
  return { kept: [...kept.values()], defaults, names, own };
}

export class Router {
  /** Default-graph triples other than names, in first-seen order. */
  private readonly defaultLines = new LineStore();
  /** Merged entity IRI → its names, in first-seen order. */
  private readonly names = new Map<string, string[] | Set<string>>();
  private readonly nquads = new Writer({ format: 'N-Quads' });
  /** Quads of article graphs returned so far. */
  graphQuads = 0;
  /**
   * Whether every quad returned so far is about its graph's article: its subject is the graph's
   * name or that name and a fragment (…/article/x#char=0,5), the name having no fragment of its own.
   * Then no triple is in two article graphs, and a reader may take their union for their merge.
   */
  ownSubjects = true;

  constructor(private readonly plan: Map<string, string>) {}

  /**
   * Routes quads; returns those that stay in their named graph, rewritten and without repeats
   * (call once per graph: repeats are only looked for within the call).
   */
  route(quads: Iterable<Quad>): Quad[] {
    const r = routeGraph(this.plan, this.nquads, quads);
    this.take(r);
    return r.kept;
  }

  /**
   * Keeps what routeGraph set aside of one graph (its default-graph lines and names), as route()
   * does: graphs routed on other threads are taken here in their order, so the entity section is the
   * same as when one thread routes them all.
   */
  take(r: Omit<RoutedGraph, 'kept'> & { kept: number | readonly Quad[] }): void {
    for (const line of r.defaults) this.keepDefault(line);
    for (const [iri, name] of r.names) {
      const n = this.names.get(iri);
      // keyed by the plan's own string of the IRI (iri is mapped: the plan maps it to itself)
      if (!n) this.names.set(this.plan.get(iri) ?? detach(iri), [detach(name)]);
      else {
        const more = addName(n, name, detach);
        if (more !== n) this.names.set(iri, more);
      }
    }
    if (!r.own) this.ownSubjects = false;
    this.graphQuads += typeof r.kept === 'number' ? r.kept : r.kept.length;
  }

  private keepDefault(line: string): void {
    this.defaultLines.add(line);
  }

  /** Triples in the default graph. */
  get defaultQuads(): number {
    let n = this.defaultLines.length;
    for (const names of this.names.values()) n += Array.isArray(names) ? names.length : names.size;
    return n;
  }

  /**
   * Takes lines and names as route() would have kept them: those of an entity section whose quads
   * routeSection (section.ts) mapped on their text.
   */
  restore(lines: Iterable<string>, names: Iterable<readonly [string, readonly string[]]>): void {
    for (const line of lines) this.defaultLines.add(line);
    for (const [iri, list] of names) {
      let n = this.names.get(iri);
      if (!n) this.names.set(iri, (n = []));
      for (const name of list) {
        const more = addName(n, name, asIs);
        if (more !== n) this.names.set(iri, (n = more));
      }
    }
  }

  /** The default graph's triples other than names, as N-Quads lines, in order. */
  lines(): IterableIterator<string> {
    return this.defaultLines.values();
  }

  /** The same lines, kept compact (read a slice at a time). */
  get lineStore(): LineStore {
    return this.defaultLines;
  }

  /** Each entity's names as they are written: the label first, then the aliases. */
  *sortedNames(): Generator<[string, string[]]> {
    for (const [iri, names] of this.names) yield [iri, sortNames(names)];
  }
}
