// A subject-indexed view of a quad list, so the model builder reads triples by lookup rather than scans.
import { PREFIXES } from '../rdf/vocab.js';
import type { QuadLike, TermLike } from './types.js';

export const RDF_TYPE = PREFIXES.rdf + 'type';

export class TripleIndex {
  private readonly bySubject = new Map<string, Map<string, TermLike[]>>();
  private readonly byType = new Map<string, string[]>();

  constructor(quads: Iterable<QuadLike>) {
    const seen = new Set<string>();
    for (const q of quads) {
      if (q.subject.termType !== 'NamedNode' && q.subject.termType !== 'BlankNode') continue;
      const s = key(q.subject);
      const p = q.predicate.value;
      // Graphs of several articles repeat the same entity triples; count each once.
      const id = `${s} ${p} ${q.object.termType}:${q.object.value}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let preds = this.bySubject.get(s);
      if (!preds) this.bySubject.set(s, (preds = new Map()));
      let objs = preds.get(p);
      if (!objs) preds.set(p, (objs = []));
      objs.push(q.object);
      if (p === RDF_TYPE) {
        let subs = this.byType.get(q.object.value);
        if (!subs) this.byType.set(q.object.value, (subs = []));
        subs.push(s);
      }
    }
  }

  /** Subjects (as keys) that carry rdf:type `type`. */
  ofType(type: string): string[] {
    return this.byType.get(type) ?? [];
  }

  objects(subject: string, predicate: string): TermLike[] {
    return this.bySubject.get(subject)?.get(predicate) ?? [];
  }

  first(subject: string, predicate: string): TermLike | undefined {
    return this.objects(subject, predicate)[0];
  }

  /** Literal values of a property, in first-seen order. */
  values(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate).filter((t) => t.termType === 'Literal').map((t) => t.value);
  }

  /** Object keys (IRIs or _:blank ids) of a property. */
  refs(subject: string, predicate: string): string[] {
    return this.objects(subject, predicate).filter((t) => t.termType !== 'Literal').map(key);
  }

  types(subject: string): string[] {
    return this.objects(subject, RDF_TYPE).map((t) => t.value);
  }

  predicates(subject: string): Map<string, TermLike[]> {
    return this.bySubject.get(subject) ?? new Map();
  }
}

/** IRIs stay as they are; blank nodes get a `_:` prefix so they never collide with IRIs. */
export function key(t: TermLike): string {
  return t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
}
