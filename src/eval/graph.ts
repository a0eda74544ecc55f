// Reads an output graph the way score.mjs does: which nodes are entities, which gold
// entity each maps to, and the facts it states. Quirks are kept on purpose (e.g. entity
// nodes are looked up as IRIs even when the graph used blank nodes), so scores agree.
import N3 from 'n3';
import type { Quad, Term } from 'n3';
import type { EntityType } from '../types.js';
import { norm } from './text.js';
import { BASE_TYPES, type GoldEntity, type GoldFile } from './types.js';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const S = 'https://schema.org/';
export const NKG = 'https://w3id.org/newskg/ontology#';

const SUB: Partial<Record<EntityType, string[]>> = {
  Organization: ['GovernmentOrganization', 'NewsMediaOrganization', 'Corporation', 'NGO', 'EducationalOrganization', 'PoliticalParty', 'MedicalOrganization', 'SportsOrganization', 'ResearchOrganization'],
  Place: ['AdministrativeArea', 'Landform', 'BodyOfWater', 'LandmarksOrHistoricalBuildings', 'TouristAttraction', 'CivicStructure', 'Continent', 'State', 'Residence', 'Accommodation'],
};

export interface Names {
  label: string[];
  alt: string[];
}

export class GraphView {
  readonly store: N3.Store;
  private readonly goldNames: { e: GoldEntity; set: Set<string> }[];

  constructor(quads: Quad[], gold: GoldFile) {
    this.store = new N3.Store(quads);
    this.goldNames = gold.entities.map((e) => ({ e, set: new Set(e.names.map(norm)) }));
  }

  objs(s: Term | string, p: string): Term[] {
    return this.store.getObjects(s, p, null);
  }

  ofType(cls: string): Term[] {
    return this.store.getSubjects(RDF + 'type', cls, null);
  }

  lit(s: Term, p: string): string[] {
    return this.objs(s, p).filter((o) => o.termType === 'Literal').map((o) => o.value);
  }

  /** The one of the five base types the node carries, directly, by a schema.org subtype, or by a declared rdfs:subClassOf chain. */
  baseType(node: Term): EntityType | null {
    const types = new Set(this.objs(node, RDF + 'type').map((t) => t.value));
    const seen = new Set<string>();
    const todo = [...types];
    while (todo.length) {
      const t = todo.pop() as string;
      if (seen.has(t)) continue;
      seen.add(t);
      types.add(t);
      for (const sup of this.store.getObjects(t, RDFS + 'subClassOf', null)) todo.push(sup.value);
    }
    for (const b of BASE_TYPES) if (types.has(S + b)) return b;
    for (const [b, subs] of Object.entries(SUB) as [EntityType, string[]][]) if (subs.some((x) => types.has(S + x))) return b;
    return null;
  }

  names(n: Term): Names {
    return {
      label: [...this.lit(n, RDFS + 'label'), ...this.lit(n, S + 'name'), ...this.lit(n, SKOS + 'prefLabel')],
      alt: this.lit(n, SKOS + 'altLabel'),
    };
  }

  /** The gold entity an output node stands for: by its labels first, then its altLabels; the same type wins a tie. */
  mapNode(node: Term | undefined): GoldEntity | null {
    if (!node || node.termType === 'Literal') return null;
    const { label, alt } = this.names(node);
    const t = this.baseType(node);
    for (const pool of [label, alt]) {
      const hits = this.goldNames.filter((g) => pool.some((l) => g.set.has(norm(l)))).map((g) => g.e);
      if (hits.length) return hits.find((h) => h.type === t) || hits[0];
    }
    return null;
  }

  id(node: Term): string | undefined {
    return this.mapNode(node)?.id;
  }

  ids(s: Term, p: string): string[] {
    return this.objs(s, p).map((o) => this.id(o)).filter((x): x is string => Boolean(x));
  }

  textOf(node: Term): string {
    return node.termType === 'Literal' ? node.value : this.names(node).label[0] || '';
  }

  /** What the article node schema:mentions; without an article node, every typed subject. */
  entityNodes(): Term[] {
    const articles = this.ofType(S + 'NewsArticle');
    let nodes: Term[] = [...new Set(articles.flatMap((a) => this.objs(a, S + 'mentions')).map((x) => x.value))].map((v) =>
      N3.DataFactory.namedNode(v),
    );
    if (!nodes.length) nodes = this.store.getSubjects(null, null, null).filter((n) => this.baseType(n));
    return nodes.filter((n) => this.baseType(n));
  }
}
