// Entity merging across articles: same IRI is trivially one node; different
// IRIs become one node when they share a name (label or alias) within one base
// type, or when a one-word person name is the surname of exactly one fuller name.
// Every step is a lookup in a map built once, so the plan takes time linear in the
// number of entities (a scan of all people per one-word name and of all article
// slugs per entity made it quadratic: 33 s at 10,000 articles).
import { DataFactory, type Quad, type Term } from 'n3';
import { RDF, RDFS, SCHEMA, SKOS } from '../rdf/vocab.js';

export const BASE_TYPES = new Set(['Person', 'Country', 'City', 'Place', 'Organization'].map((t) => SCHEMA(t)));
const PERSON = SCHEMA('Person');

/** An entity as the merge sees it: its IRI, base type and names. */
export interface EntityInfo {
  iri: string;
  type: string;
  labels: Set<string>;
  altLabels: Set<string>;
}

export const norm = (s: string): string => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[.'’]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();

/** Entities (subjects typed with a base type) of the quads, in order of their first type triple. */
export function collectEntities(quads: Quad[]): Map<string, EntityInfo> {
  const out = new Map<string, EntityInfo>();
  for (const q of quads) {
    if (q.predicate.value === RDF('type') && BASE_TYPES.has(q.object.value) && q.subject.termType === 'NamedNode') {
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

/** The slug of an article IRI ("…/article/<slug>"); an entity IRI minted inside it ("…/person/<slug>/omani-diplomat") is local to it. */
export const articleSlug = (iri: string): string => iri.replace(/[#/]+$/, '').split(/[/#]/).pop() ?? '';

function articleSlugs(quads: Quad[]): Set<string> {
  const out = new Set<string>();
  for (const q of quads) {
    if (q.predicate.value !== RDF('type') || q.object.value !== SCHEMA('NewsArticle')) continue;
    const s = articleSlug(q.subject.value);
    if (s) out.add(s);
  }
  return out;
}

/** Maps every entity IRI to the IRI of the node it merges into (itself when alone). */
export function mergePlan(quads: Quad[]): Map<string, string> {
  return planMerge(collectEntities(quads).values(), articleSlugs(quads));
}

/** The merge plan of entities (in a stable order) given the slugs of every article of the corpus. */
export function planMerge(entityList: Iterable<EntityInfo>, slugs: ReadonlySet<string>): Map<string, string> {
  const entities = [...entityList];
  // Unnamed people ("an Omani diplomat") of two articles are not the same person. `/<slug>/` inside the
  // IRI is a path segment between two slashes that is a slug (a slug holds neither '/' nor '#').
  const local = (iri: string): boolean => {
    const parts = iri.split('/');
    for (let i = 1; i < parts.length - 1; i++) if (slugs.has(parts[i]!)) return true;
    return false;
  };
  const parent = new Map<string, string>(entities.map((e) => [e.iri, e.iri]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (x !== root) { const next = parent.get(x)!; parent.set(x, root); x = next; } // path compression
    return root;
  };
  const union = (a: string, b: string): void => { parent.set(find(a), find(b)); };

  const byName = new Map<string, string>();
  const people: EntityInfo[] = [];
  for (const e of entities) {
    if (local(e.iri)) continue;
    if (e.type === PERSON) people.push(e);
    for (const n of [...e.labels, ...e.altLabels]) {
      const normed = norm(n);
      if (!normed) continue;
      const key = `${e.type} ${normed}`;
      const seen = byName.get(key);
      if (seen) union(e.iri, seen);
      else byName.set(key, e.iri);
    }
  }
  // People by the last word of each of their names of two words or more, in people order.
  const bySurname = new Map<string, EntityInfo[]>();
  const shortNames = new Map<EntityInfo, string[]>();
  for (const p of people) {
    const surnames = new Set<string>();
    const short: string[] = [];
    for (const l of p.labels) {
      const n = norm(l);
      if (!n) continue;
      const space = n.lastIndexOf(' ');
      if (space < 0) short.push(n);
      else surnames.add(n.slice(space + 1));
    }
    for (const s of surnames) {
      const list = bySurname.get(s);
      if (list) list.push(p);
      else bySurname.set(s, [p]);
    }
    shortNames.set(p, short);
  }
  for (const short of people) {
    for (const n of shortNames.get(short)!) {
      const fuller = (bySurname.get(n) ?? []).filter((p) => p !== short);
      if (fuller.length === 0) continue;
      const root = find(fuller[0]!.iri);
      if (fuller.every((p) => find(p.iri) === root)) union(short.iri, fuller[0]!.iri);
    }
  }

  // The node keeps the IRI of its most complete name, so re-running the merge is stable.
  const groups = new Map<string, EntityInfo[]>();
  for (const e of entities) {
    const root = find(e.iri);
    const list = groups.get(root);
    if (list) list.push(e);
    else groups.set(root, [e]);
  }
  const plan = new Map<string, string>();
  for (const members of groups.values()) {
    const named = members.map((e) => ({ e, label: bestLabel(e) }));
    const best = named.reduce((a, b) => (b.label.length > a.label.length || (b.label.length === a.label.length && b.e.iri < a.e.iri) ? b : a)).e;
    for (const m of members) plan.set(m.iri, best.iri);
  }
  return plan;
}

const bestLabel = (e: EntityInfo): string => [...e.labels].sort((a, b) => b.length - a.length || a.localeCompare(b))[0] ?? '';

/** Each entity's one rdfs:label (the longest) and its other names as aliases, in a stable order. */
export function sortNames(names: Iterable<string>): string[] {
  return [...names].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

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
    const [label, ...aliases] = sortNames(names);
    const s = DataFactory.namedNode(iri);
    put(DataFactory.quad(s, DataFactory.namedNode(RDFS('label')), DataFactory.literal(label!)));
    for (const a of aliases) put(DataFactory.quad(s, DataFactory.namedNode(SKOS('altLabel')), DataFactory.literal(a)));
  }
  return [...out.values()];
}
