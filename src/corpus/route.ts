// Applies a merge plan to quads as today's whole-corpus merge did (mergeEntities in merge.ts), one
// graph at a time: IRIs become their merged node's, triples about entities go to the default graph
// (kept here, once each, as N-Quads lines), and each entity's names become one rdfs:label, the
// longest, and skos:altLabels.
import { DataFactory, Parser, Writer, type Quad, type Term } from 'n3';
import { RDFS, SKOS } from '../rdf/vocab.js';
import { detach } from '../util/detach.js';
import { sortNames } from './merge.js';

const LABEL = RDFS('label');
const ALT_LABEL = SKOS('altLabel');
const BATCH = 10_000;

export class Router {
  /** Default-graph triples other than names, in first-seen order. */
  private readonly defaultLines = new Set<string>();
  /** Merged entity IRI → its names, in first-seen order. */
  private readonly names = new Map<string, Set<string>>();
  private readonly lines = new Writer({ format: 'N-Quads' });
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
          this.keepDefault(this.lines.quadToString(s, q.predicate, this.map(q.object)));
        }
        continue;
      }
      const o = this.map(q.object);
      if (q.graph.termType === 'DefaultGraph') {
        this.keepDefault(this.lines.quadToString(s, q.predicate, o));
        continue;
      }
      const line = this.lines.quadToString(s, q.predicate, o);
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

  /** The default graph in batches: the triples about entities, then each entity's label and aliases. */
  *defaultGraph(): Generator<Quad[]> {
    let batch: string[] = [];
    const parse = (lines: string[]): Quad[] => new Parser({ format: 'N-Quads' }).parse(lines.join(''));
    for (const line of this.defaultLines) {
      batch.push(line);
      if (batch.length === BATCH) {
        yield parse(batch);
        batch = [];
      }
    }
    if (batch.length) yield parse(batch);
    let quads: Quad[] = [];
    const label = DataFactory.namedNode(LABEL);
    const alt = DataFactory.namedNode(ALT_LABEL);
    for (const [iri, names] of this.names) {
      const [first, ...aliases] = sortNames(names);
      const s = DataFactory.namedNode(iri);
      quads.push(DataFactory.quad(s, label, DataFactory.literal(first!)));
      for (const a of aliases) quads.push(DataFactory.quad(s, alt, DataFactory.literal(a)));
      if (quads.length >= BATCH) {
        yield quads;
        quads = [];
      }
    }
    if (quads.length) yield quads;
  }
}
