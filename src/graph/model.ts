// RDF quads in ONTOLOGY.md's vocabulary → the viewer's JSON view model.
import { PREFIXES } from '../rdf/vocab.js';
import { TripleIndex, key } from './rdf.js';
import { sentenceAround } from './sentences.js';
import { mentionsByArticle, statementDate, statementTargets } from './statement-links.js';
import { stanceKind } from './style.js';
import type {
  QuadLike, RelationKind, StatementKind, ViewArticle, ViewEdge, ViewEvidence, ViewFact, ViewModel, ViewNode,
  ViewStatement, ViewEntityType,
} from './types.js';

const { nkg: NKG, schema: SCHEMA, rdfs: RDFS, skos: SKOS, owl: OWL, prov: PROV, nif: NIF, itsrdf: ITSRDF, rdf: RDF } = PREFIXES;

// Most specific first: an entity typed both City and Place is a City.
const BASE_TYPES: ViewEntityType[] = ['Person', 'Country', 'City', 'Organization', 'Place'];
const STATEMENT_KINDS: StatementKind[] = ['Quote', 'Stance', 'Threat', 'Meeting', 'Sanction', 'TradeFlow'];

const FACTS: { predicate: ViewFact['predicate']; edge?: RelationKind }[] = [
  { predicate: 'jobTitle' },
  { predicate: 'affiliation', edge: 'affiliation' },
  { predicate: 'nationality', edge: 'nationality' },
  { predicate: 'homeLocation', edge: 'basedIn' },
  { predicate: 'containedInPlace', edge: 'locatedIn' },
];

export interface ViewModelOptions {
  /**
   * The entities each stance or quote points at, when they were found elsewhere (a part of a large corpus,
   * read without the articles' mentions, src/overview); otherwise they are read from the mentions.
   */
  targets?: ReadonlyMap<string, string[]>;
}

/** Builds the view model; quads may come from any number of articles and named graphs. */
export function buildViewModel(quads: Iterable<QuadLike>, options: ViewModelOptions = {}): ViewModel {
  const idx = new TripleIndex(quads);
  const { articles, byContext, byArticle } = readArticles(idx);
  const nodes = readEntities(idx);
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const mentionSpans = countMentions(idx, nodeById, byContext, byArticle);
  const reified = statementsByTriple(idx);
  const edges = new Map<string, ViewEdge>();
  // What each edge already holds, as sets: two countries that meet in thousands of articles made includes() a scan per statement.
  const held = new Map<ViewEdge, Set<string>>();
  const addEdge = (source: string, target: string, kind: RelationKind, evidence: ViewEvidence[], statement?: string) => {
    if (!nodeById.has(source) || !nodeById.has(target) || source === target) return;
    const id = `${kind}|${source}|${target}`;
    let e = edges.get(id);
    if (!e) edges.set(id, (e = { id, source, target, kind, statements: [], evidence: [] }));
    let has = held.get(e);
    if (!has) held.set(e, (has = new Set()));
    if (statement && !has.has(`s ${statement}`)) {
      has.add(`s ${statement}`);
      e.statements.push(statement);
    }
    for (const ev of evidence) {
      const k = `e ${ev.article} ${ev.text}`;
      if (has.has(k)) continue;
      has.add(k);
      e.evidence.push(ev);
    }
  };

  for (const node of nodes) {
    for (const { predicate, edge } of FACTS) {
      for (const t of idx.objects(node.id, SCHEMA + predicate)) {
        const isEntity = t.termType !== 'Literal';
        const value = isEntity ? key(t) : t.value;
        node.facts.push({ predicate, value, isEntity });
        if (edge && isEntity) addEdge(node.id, value, edge, factEvidence(idx, reified, node.id, SCHEMA + predicate, value, articles, byArticle, mentionSpans));
      }
    }
  }

  const statements: ViewStatement[] = [];
  const mentionsIn = mentionsByArticle(mentionSpans, articles.length);
  for (const kind of STATEMENT_KINDS) {
    for (const id of idx.ofType(NKG + kind)) {
      const st = readStatement(idx, id, kind, byArticle);
      statements.push(st);
      const date = statementDate(st, articles);
      if (date) st.date = date;
      const targets = options.targets?.get(id) ?? statementTargets(st, articles, mentionsIn);
      if (targets.length) st.targets = targets;
      const r = st.roles;
      const pairs: [string, string, RelationKind][] = [];
      if (kind === 'Stance') for (const a of r.holder ?? []) for (const b of targets) pairs.push([a, b, stanceKind(st.values.polarity)]);
      if (kind === 'Quote') for (const a of r.speaker ?? []) for (const b of targets) pairs.push([a, b, 'said']);
      if (kind === 'Threat') for (const a of r.threatener ?? []) for (const b of r.threatTarget ?? []) pairs.push([a, b, 'threatens']);
      if (kind === 'Sanction') for (const a of r.imposedBy ?? []) for (const b of r.sanctionTarget ?? []) pairs.push([a, b, 'sanctions']);
      if (kind === 'TradeFlow') for (const a of r.exporter ?? []) for (const b of r.importer ?? []) pairs.push([a, b, 'tradesWith']);
      if (kind === 'Meeting') {
        // A meeting has no direction: one edge per unordered pair, in a stable order.
        const ps = [...new Set(r.participant ?? [])].sort();
        for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) pairs.push([ps[i], ps[j], 'met']);
      }
      for (const [a, b, k] of pairs) addEdge(a, b, k, st.evidence, id);
    }
  }
  statements.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
  return { version: 1, articles, nodes, edges: [...edges.values()], statements };
}

function readArticles(idx: TripleIndex) {
  const articles: ViewArticle[] = [];
  const byContext = new Map<string, number>();
  const byArticle = new Map<string, number>();
  for (const iri of idx.ofType(SCHEMA + 'NewsArticle')) {
    const ctx = idx.refs(iri, NKG + 'text')[0];
    const text = ctx ? (idx.values(ctx, NIF + 'isString')[0] ?? '') : '';
    const n = articles.push({
      iri,
      headline: idx.values(iri, SCHEMA + 'headline')[0] ?? idx.values(iri, SCHEMA + 'name')[0] ?? iri,
      date: idx.values(iri, SCHEMA + 'datePublished')[0],
      text,
    });
    byArticle.set(iri, n - 1);
    if (ctx) byContext.set(ctx, n - 1);
  }
  return { articles, byContext, byArticle };
}

function readEntities(idx: TripleIndex): ViewNode[] {
  const nodes = new Map<string, ViewNode>();
  for (const base of BASE_TYPES) {
    for (const id of idx.ofType(SCHEMA + base)) {
      if (nodes.has(id)) continue;
      const labels = idx.values(id, RDFS + 'label');
      const label = labels[0] ?? id.replace(/^.*[/#]/, '');
      const aliases = [...new Set([...labels.slice(1), ...idx.values(id, SKOS + 'altLabel')])].filter((a) => a !== label);
      const subtypes = idx
        .types(id)
        .filter((t) => t.startsWith(SCHEMA) && !BASE_TYPES.includes(t.slice(SCHEMA.length) as ViewEntityType))
        .map((t) => t.slice(SCHEMA.length));
      const sameAs = idx.refs(id, OWL + 'sameAs').filter((s) => /^https?:/.test(s));
      nodes.set(id, { id, type: base, subtypes, label, aliases, sameAs, mentions: 0, articles: [], facts: [] });
    }
  }
  return [...nodes.values()].sort((a, b) => a.label.localeCompare(b.label));
}

interface Span { article: number; start: number; end: number }

/** Where each entity is mentioned, with the two lookups fact evidence needs, each computed once per entity. */
class MentionSpans {
  private readonly byNode = new Map<string, Span[]>();
  private readonly sortedByNode = new Map<string, Span[]>();
  private readonly byNodeArticle = new Map<string, Map<number, Span[]>>();

  /** Every node with its spans (what the statement links index by article). */
  [Symbol.iterator](): IterableIterator<[string, Span[]]> {
    return this.byNode.entries();
  }

  add(node: string, span: Span): void {
    const list = this.byNode.get(node);
    if (list) list.push(span);
    else this.byNode.set(node, [span]);
  }

  /** The node's spans by article, then offset. */
  sorted(node: string): Span[] {
    let out = this.sortedByNode.get(node);
    if (!out) this.sortedByNode.set(node, (out = (this.byNode.get(node) ?? []).slice().sort((x, y) => x.article - y.article || x.start - y.start)));
    return out;
  }

  /** The node's spans in one article. */
  inArticle(node: string, article: number): Span[] | undefined {
    let m = this.byNodeArticle.get(node);
    if (!m) {
      this.byNodeArticle.set(node, (m = new Map()));
      for (const y of this.byNode.get(node) ?? []) {
        const list = m.get(y.article);
        if (list) list.push(y);
        else m.set(y.article, [y]);
      }
    }
    return m.get(article);
  }
}

function countMentions(idx: TripleIndex, nodes: Map<string, ViewNode>, byContext: Map<string, number>, byArticle: Map<string, number>): MentionSpans {
  const spans = new MentionSpans();
  // A set per node, not node.articles.includes: a country named in every article would make that a scan per mention.
  const seen = new Map<ViewNode, Set<number>>();
  const addArticle = (node: ViewNode, a: number) => {
    let set = seen.get(node);
    if (!set) seen.set(node, (set = new Set()));
    if (set.has(a)) return;
    set.add(a);
    node.articles.push(a);
  };
  for (const m of idx.ofType(NIF + 'Phrase')) {
    const node = nodes.get(idx.refs(m, ITSRDF + 'taIdentRef')[0] ?? '');
    if (!node) continue;
    node.mentions++;
    const article = byContext.get(idx.refs(m, NIF + 'referenceContext')[0] ?? '');
    if (article === undefined) continue;
    addArticle(node, article);
    const start = Number(idx.values(m, NIF + 'beginIndex')[0]);
    const end = Number(idx.values(m, NIF + 'endIndex')[0]);
    if (Number.isFinite(start) && Number.isFinite(end)) spans.add(node.id, { article, start, end });
  }
  for (const [iri, a] of byArticle) {
    for (const e of idx.refs(iri, SCHEMA + 'mentions')) {
      const node = nodes.get(e);
      if (node) addArticle(node, a);
    }
  }
  for (const n of nodes.values()) n.articles.sort((x, y) => x - y);
  return spans;
}

function readEvidence(idx: TripleIndex, id: string, byArticle: Map<string, number>): ViewEvidence[] {
  const texts = idx.values(id, NKG + 'evidence');
  const article = byArticle.get(idx.refs(id, PROV + 'wasDerivedFrom')[0] ?? '') ?? -1;
  const start = Number(idx.values(id, NKG + 'startOffset')[0]);
  const end = Number(idx.values(id, NKG + 'endOffset')[0]);
  return texts.map((text, i) => ({
    article,
    text,
    ...(i === 0 && Number.isFinite(start) && Number.isFinite(end) ? { start, end } : {}),
  }));
}

function readStatement(idx: TripleIndex, id: string, kind: StatementKind, byArticle: Map<string, number>): ViewStatement {
  const roles: Record<string, string[]> = {};
  const values: Record<string, string> = {};
  const skip = new Set([RDF + 'type', NKG + 'evidence', NKG + 'startOffset', NKG + 'endOffset', PROV + 'wasDerivedFrom', NKG + 'confidence']);
  for (const [p, objs] of idx.predicates(id)) {
    if (skip.has(p)) continue;
    const name = p.replace(/^.*[/#]/, '');
    for (const o of objs) {
      if (o.termType === 'Literal') values[name] = values[name] ? `${values[name]}; ${o.value}` : o.value;
      // Polarity is an IRI (nkg:Supports) but reads as a value.
      else if (name === 'polarity') values[name] = o.value.replace(/^.*[/#]/, '');
      else (roles[name] ??= []).push(key(o));
    }
  }
  // each role's entities in one order whatever order the triples came in: the file's (the whole graph)
  // or the engine's (an overview), which differ
  for (const list of Object.values(roles)) list.sort();
  const confidence = Number(idx.values(id, NKG + 'confidence')[0]);
  return { id, kind, roles, values, evidence: readEvidence(idx, id, byArticle), ...(Number.isFinite(confidence) ? { confidence } : {}) };
}

/** Reified rdf:Statements by "subject predicate object", each list in graph order: one pass, then each fact is a lookup. */
function statementsByTriple(idx: TripleIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of idx.ofType(RDF + 'Statement')) {
    const [s] = idx.refs(r, RDF + 'subject');
    const [p] = idx.refs(r, RDF + 'predicate');
    const [o] = idx.refs(r, RDF + 'object');
    if (s === undefined || p === undefined || o === undefined) continue;
    const k = tripleKey(s, p, o);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

const tripleKey = (s: string, p: string, o: string): string => `${s}\u0000${p}\u0000${o}`;

/**
 * Facts carry no sentence in ONTOLOGY.md. Use a reified rdf:Statement with nkg:evidence when the graph has one;
 * otherwise a sentence found from the NIF mentions. Both are lookups (a scan of every statement per fact edge
 * was 70% of `view` on a 1,000-article corpus).
 */
function factEvidence(
  idx: TripleIndex, reified: Map<string, string[]>, s: string, p: string, o: string, articles: ViewArticle[], byArticle: Map<string, number>, spans: MentionSpans,
): ViewEvidence[] {
  for (const r of reified.get(tripleKey(s, p, o)) ?? []) {
    const ev = readEvidence(idx, r, byArticle);
    if (ev.length) return ev;
  }
  // The earliest sentence that names both; the subject's first sentence (where it is introduced) otherwise.
  const subj = spans.sorted(s);
  for (const x of subj) {
    const inArticle = spans.inArticle(o, x.article);
    if (!inArticle) continue;
    const sent = sentenceAround(articles[x.article].text, x.start, x.end);
    if (sent && inArticle.some((y) => y.start >= sent.start && y.end <= sent.end)) return [{ article: x.article, ...sent }];
  }
  const first = subj[0];
  const sent = first && sentenceAround(articles[first.article].text, first.start, first.end);
  return sent ? [{ article: first.article, ...sent }] : [];
}
