// Entity merging across articles: same IRI is trivially one node; different
// IRIs become one node when they share a name (label or alias) within one base
// type, or when a one-word person name is the surname of exactly one fuller name.
import { DataFactory, type Quad, type Term } from 'n3';
import { RDF, RDFS, SCHEMA, SKOS } from '../rdf/vocab.js';

const BASE_TYPES = ['Person', 'Country', 'City', 'Place', 'Organization'].map((t) => SCHEMA(t));

interface EntityInfo {
  iri: string;
  type: string;
  labels: Set<string>;
  altLabels: Set<string>;
}

const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

function collectEntities(quads: Quad[]): Map<string, EntityInfo> {
  const out = new Map<string, EntityInfo>();
  for (const q of quads) {
    if (q.predicate.value === RDF('type') && BASE_TYPES.includes(q.object.value) && q.subject.termType === 'NamedNode') {
      if (!out.has(q.subject.value)) out.set(q.subject.value, { iri: q.subject.value, type: q.object.value, labels: new Set(), altLabels: new Set() });
    }
  }
  for (const q of quads) {
    const e = out.get(q.subject.value);
    if (!e) continue;
    if (q.predicate.value === RDFS('label')) e.labels.add(q.object.value);
    else if (q.predicate.value === SKOS('altLabel')) e.altLabels.add(q.object.value);
  }
  return out;
}

/** Slugs of the articles in the quads; an entity IRI minted inside one ("…/person/<slug>/omani-diplomat") is local to it. */
function articleSlugs(quads: Quad[]): string[] {
  return quads
    .filter((q) => q.predicate.value === RDF('type') && q.object.value === SCHEMA('NewsArticle'))
    .map((q) => q.subject.value.replace(/[#/]+$/, '').split(/[/#]/).pop() ?? '')
    .filter((s) => s.length > 0);
}

/** Maps every entity IRI to the IRI of the node it merges into (itself when alone). */
export function mergePlan(quads: Quad[]): Map<string, string> {
  const entities = collectEntities(quads);
  const slugs = articleSlugs(quads);
  // Unnamed people ("an Omani diplomat") of two articles are not the same person.
  const local = (iri: string): boolean => slugs.some((s) => iri.includes(`/${s}/`));
  const parent = new Map<string, string>([...entities.keys()].map((k) => [k, k]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  const union = (a: string, b: string): void => { parent.set(find(a), find(b)); };

  const byName = new Map<string, string>();
  for (const e of entities.values()) {
    if (local(e.iri)) continue;
    for (const n of [...e.labels, ...e.altLabels]) {
      const key = `${e.type} ${norm(n)}`;
      if (!norm(n)) continue;
      const seen = byName.get(key);
      if (seen) union(e.iri, seen);
      else byName.set(key, e.iri);
    }
  }
  const people = [...entities.values()].filter((e) => e.type === SCHEMA('Person') && !local(e.iri));
  for (const short of people) {
    const names = [...short.labels].map(norm).filter((n) => n && !n.includes(' '));
    for (const n of names) {
      const fuller = people.filter((p) => p !== short && [...p.labels].some((l) => norm(l).split(' ').length > 1 && norm(l).endsWith(' ' + n)));
      if (new Set(fuller.map((p) => find(p.iri))).size === 1) union(short.iri, fuller[0]!.iri);
    }
  }

  // The node keeps the IRI of its most complete name, so re-running the merge is stable.
  const groups = new Map<string, EntityInfo[]>();
  for (const e of entities.values()) groups.set(find(e.iri), [...(groups.get(find(e.iri)) ?? []), e]);
  const plan = new Map<string, string>();
  for (const members of groups.values()) {
    const best = members.reduce((a, b) => (bestLabel(b).length > bestLabel(a).length || (bestLabel(b).length === bestLabel(a).length && b.iri < a.iri) ? b : a));
    for (const m of members) plan.set(m.iri, best.iri);
  }
  return plan;
}

const bestLabel = (e: EntityInfo): string => [...e.labels].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? '';

/**
 * Rewrites quads to merged IRIs. Triples about entities go to the default
 * graph once (so a query over the union of graphs sees each label once); each
 * entity keeps one rdfs:label, the longest, and its other names as aliases.
 */
export function mergeEntities(quads: Quad[]): Quad[] {
  const plan = mergePlan(quads);
  const map = <T extends Term>(t: T): T => (t.termType === 'NamedNode' && plan.has(t.value) ? (DataFactory.namedNode(plan.get(t.value)!) as unknown as T) : t);
  const labels = new Map<string, Set<string>>();
  const out = new Map<string, Quad>();
  const put = (q: Quad): void => { out.set(`${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`, q); };
  for (const q of quads) {
    const s = map(q.subject);
    const isEntity = plan.has(s.value);
    if (isEntity && (q.predicate.value === RDFS('label') || q.predicate.value === SKOS('altLabel'))) {
      labels.set(s.value, (labels.get(s.value) ?? new Set()).add(q.object.value));
      continue;
    }
    put(DataFactory.quad(s, q.predicate, map(q.object), isEntity ? DataFactory.defaultGraph() : q.graph));
  }
  for (const [iri, names] of labels) {
    const [label, ...aliases] = [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const s = DataFactory.namedNode(iri);
    put(DataFactory.quad(s, DataFactory.namedNode(RDFS('label')), DataFactory.literal(label!)));
    for (const a of aliases) put(DataFactory.quad(s, DataFactory.namedNode(SKOS('altLabel')), DataFactory.literal(a)));
  }
  return [...out.values()];
}
