// Cross-article identity while a corpus is built: which IRIs are entities (and of which base type),
// the names each carries, and the slugs of the articles. It holds a few strings per entity and per
// article, never an article's triples, so it is what a build keeps in memory as the corpus grows.
import type { Quad } from 'n3';
import { RDF, RDFS, SCHEMA, SKOS } from '../rdf/vocab.js';
import { detach } from '../util/detach.js';
import { articleSlug, BASE_TYPES, planMerge, type EntityInfo } from './merge.js';

const TYPE = RDF('type');
const LABEL = RDFS('label');
const ALT_LABEL = SKOS('altLabel');
const NEWS_ARTICLE = SCHEMA('NewsArticle');
/** The base types' own strings, so an entity's type is one shared string. */
const TYPE_NAMES = new Map([...BASE_TYPES].map((t) => [t, t]));

/** What one article adds to the identity, in the order of its triples (small enough to pass between threads). */
export interface IdentityFacts {
  /** [entity IRI, base type IRI] for each base-type triple. */
  types: [string, string][];
  /** [subject IRI, 0 for rdfs:label or 1 for skos:altLabel, name]. */
  names: [string, 0 | 1, string][];
  /** IRIs typed schema:NewsArticle. */
  articles: string[];
}

/** The identity facts of some quads. */
export function identityFacts(quads: Iterable<Quad>): IdentityFacts {
  const out: IdentityFacts = { types: [], names: [], articles: [] };
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode') continue;
    const p = q.predicate.value;
    if (p === TYPE) {
      if (BASE_TYPES.has(q.object.value)) out.types.push([q.subject.value, q.object.value]);
      else if (q.object.value === NEWS_ARTICLE) out.articles.push(q.subject.value);
    } else if (p === LABEL || p === ALT_LABEL) {
      out.names.push([q.subject.value, p === LABEL ? 0 : 1, q.object.value]);
    }
  }
  return out;
}

export class Identity {
  /** Entity IRI → base type, in the order of each entity's first type triple (the merge depends on it). */
  private readonly types = new Map<string, string>();
  private readonly names = new Map<string, { labels: Set<string>; altLabels: Set<string> }>();
  private readonly slugs = new Set<string>();

  /**
   * `kept`: the facts' strings are kept anyway (those of the corpus index, which the build holds),
   * so they need no copies.
   */
  add(facts: IdentityFacts, kept = false): void {
    // detached: the facts' strings may be cut from an article's text, which must not stay in memory with them
    const own = kept ? (s: string): string => s : detach;
    for (const [iri, type] of facts.types) if (!this.types.has(iri)) this.types.set(own(iri), TYPE_NAMES.get(type) ?? own(type));
    for (const [iri, kind, name] of facts.names) {
      let n = this.names.get(iri);
      if (!n) this.names.set(own(iri), (n = { labels: new Set(), altLabels: new Set() }));
      const set = kind === 0 ? n.labels : n.altLabels;
      if (!set.has(name)) set.add(own(name));
    }
    for (const a of facts.articles) this.addArticle(a);
  }

  addArticle(iri: string): void {
    const slug = articleSlug(iri);
    if (slug && !this.slugs.has(slug)) this.slugs.add(detach(slug));
  }

  isEntity(iri: string): boolean {
    return this.types.has(iri);
  }

  entityIris(): IterableIterator<string> {
    return this.types.keys();
  }

  /** Every entity IRI → the IRI of the node it merges into (see merge.ts). */
  plan(): Map<string, string> {
    const entities: EntityInfo[] = [];
    for (const [iri, type] of this.types) {
      const n = this.names.get(iri);
      entities.push({ iri, type, labels: n?.labels ?? new Set(), altLabels: n?.altLabels ?? new Set() });
    }
    return planMerge(entities, this.slugs);
  }
}
