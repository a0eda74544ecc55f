// Applies a merge plan to quads as today's whole-corpus merge did (mergeEntities in merge.ts), one
// graph at a time: IRIs become their merged node's, triples about entities go to the default graph
// (kept here, once each, as N-Quads lines), and each entity's names become one rdfs:label, the
// longest, and skos:altLabels.
import { DataFactory, Writer, type Quad, type Term } from 'n3';
import { RDFS, SKOS } from '../rdf/vocab.js';
import { detach } from '../util/detach.js';
import { sortNames } from './merge.js';

const LABEL = RDFS('label');
const ALT_LABEL = SKOS('altLabel');

export class Router {
  /** Default-graph triples other than names, in first-seen order. */
  private readonly defaultLines = new Set<string>();
  /** Merged entity IRI → its names, in first-seen order. */
  private readonly names = new Map<string, Set<string>>();
  private readonly nquads = new Writer({ format: 'N-Quads' });
  /** Quads of article graphs returned so far. */
  graphQuads = 0;

  constructor(private readonly plan: Map<string, string>) {}

  private map<T extends Term>(t: T): T {
    if (t.termType !== 'NamedNode') return t;
    const to = this.plan.get(t.value);
    return to === undefined || to === t.value ? t : (DataFactory.namedNode(to) as unknown as T);
  }

  /**
   * Routes quads; returns those that stay in their named graph, rewritten and without repeats
   * (call once per graph: repeats are only looked for within the call).
   */
  route(quads: Iterable<Quad>): Quad[] {
    const kept = new Map<string, Quad>();
    for (const q of quads) {
      const s = this.map(q.subject);
      if (this.plan.has(s.value)) {
        if (q.predicate.value === LABEL || q.predicate.value === ALT_LABEL) {
          let n = this.names.get(s.value);
          if (!n) this.names.set(detach(s.value), (n = new Set()));
          if (!n.has(q.object.value)) n.add(detach(q.object.value));
        } else {
          this.keepDefault(this.nquads.quadToString(s, q.predicate, this.map(q.object)));
        }
        continue;
      }
      const o = this.map(q.object);
      if (q.graph.termType === 'DefaultGraph') {
        this.keepDefault(this.nquads.quadToString(s, q.predicate, o));
        continue;
      }
      const line = this.nquads.quadToString(s, q.predicate, o);
      if (!kept.has(line)) kept.set(line, s === q.subject && o === q.object ? q : DataFactory.quad(s, q.predicate, o, q.graph));
    }
    this.graphQuads += kept.size;
    return [...kept.values()];
  }

  private keepDefault(line: string): void {
    if (!this.defaultLines.has(line)) this.defaultLines.add(detach(line));
  }

  /** Triples in the default graph. */
  get defaultQuads(): number {
    let n = this.defaultLines.size;
    for (const names of this.names.values()) n += names.size;
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
      if (!n) this.names.set(iri, (n = new Set()));
      for (const name of list) n.add(name);
    }
  }

  /** The default graph's triples other than names, as N-Quads lines, in order. */
  lines(): IterableIterator<string> {
    return this.defaultLines.values();
  }

  /** Each entity's names as they are written: the label first, then the aliases. */
  *sortedNames(): Generator<[string, string[]]> {
    for (const [iri, names] of this.names) yield [iri, sortNames(names)];
  }
}
