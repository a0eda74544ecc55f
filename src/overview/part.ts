// A part of a large corpus as a view model: the given entities, the links among them (a few statements
// each, the rest counted), and what the side panel, the statements table and the timeline need about
// those statements. It is built by the same buildViewModel as the whole graph, from the triples read for
// the part, so an edge, a statement or an entity page reads as it would on the whole corpus.
import type { Quad } from 'n3';
import { buildViewModel, type ViewModel, type ViewScope } from '../graph/index.js';
import { NKG, PROV } from '../rdf/vocab.js';
import type { QueryEngine } from '../query/types.js';
import type { TimeBudget } from './budget.js';
import { MAX_LINKS, MAX_STATEMENTS, STATEMENTS_PER_LINK } from './bounds.js';
import { articleHeaders, corpusCounts, entityTriples, factEvidence, statementTriples } from './details.js';
import { linkKey, type Link } from './links.js';

export interface PartRequest {
  scope: Omit<ViewScope, 'cut'> & { cut: boolean };
  /** The part's entities, most important first. */
  entities: string[];
  /** Links found for them; those with an end outside `entities` are left out. */
  links: Link[];
}

interface Edge { key: string; statements: string[] }

/** Links between two of the entities, one entry per edge, its distinct statements in the order found. */
function edgesAmong(links: Link[], entities: ReadonlySet<string>): Edge[] {
  const edges = new Map<string, Edge>();
  const seen = new Set<string>();
  for (const l of links) {
    if (!entities.has(l.source) || !entities.has(l.target) || l.source === l.target) continue;
    const key = linkKey(l);
    let edge = edges.get(key);
    if (!edge) edges.set(key, (edge = { key, statements: [] }));
    if (l.statement && !seen.has(`${key} ${l.statement}`)) {
      seen.add(`${key} ${l.statement}`);
      edge.statements.push(l.statement);
    }
  }
  return [...edges.values()];
}

/** Up to STATEMENTS_PER_LINK statements of each edge, taken round by round so that every edge has one before any has two. */
function sampleStatements(edges: Edge[]): Set<string> {
  const chosen = new Set<string>();
  for (let round = 0; round < STATEMENTS_PER_LINK; round++) {
    for (const e of edges) {
      const st = e.statements[round];
      if (st !== undefined) chosen.add(st);
      if (chosen.size >= MAX_STATEMENTS) return chosen;
    }
  }
  return chosen;
}

/** The entities each chosen stance or quote points at among the part's, less its own holders and speakers. */
function statementTargets(links: Link[], chosen: ReadonlySet<string>, entities: ReadonlySet<string>, statementQuads: Quad[]): Map<string, string[]> {
  const self = new Map<string, Set<string>>();
  for (const q of statementQuads) {
    if (q.predicate.value !== NKG('holder') && q.predicate.value !== NKG('speaker')) continue;
    let set = self.get(q.subject.value);
    if (!set) self.set(q.subject.value, (set = new Set()));
    set.add(q.object.value);
  }
  const targets = new Map<string, string[]>();
  for (const l of links) {
    if (!l.statement || !chosen.has(l.statement) || !['supports', 'opposes', 'neutralOn', 'said'].includes(l.relation)) continue;
    // the link runs from the holder or speaker to the entity named
    const own = self.get(l.statement);
    if (!entities.has(l.target) || own?.has(l.target)) continue;
    const list = targets.get(l.statement);
    if (!list) targets.set(l.statement, [l.target]);
    else if (!list.includes(l.target)) list.push(l.target);
  }
  return targets;
}

export async function partModel(engine: QueryEngine, request: PartRequest, budget: TimeBudget): Promise<ViewModel> {
  const entities = new Set(request.entities);
  let edges = edgesAmong(request.links, entities);
  let cut = request.scope.cut;
  if (edges.length > MAX_LINKS) {
    edges = [...edges].sort((a, b) => b.statements.length - a.statements.length).slice(0, MAX_LINKS);
    cut = true;
  }
  const chosen = sampleStatements(edges);
  cut ||= edges.some((e) => e.statements.length > STATEMENTS_PER_LINK) || chosen.size >= MAX_STATEMENTS;

  const described = await entityTriples(engine, entities, budget);
  const statements = await statementTriples(engine, chosen, budget);
  const facts = await factEvidence(engine, entities, budget);
  const articles = new Set([...facts.articles, ...statements.quads.filter((q) => q.predicate.value === PROV('wasDerivedFrom')).map((q) => q.object.value)]);
  const headers = await articleHeaders(engine, articles, entities, budget);
  const counts = await corpusCounts(engine, entities, budget);
  cut ||= described.cut || statements.cut || facts.cut || headers.cut;

  const vm = buildViewModel([...described.quads, ...statements.quads, ...facts.quads, ...headers.quads], {
    targets: statementTargets(request.links, chosen, entities, statements.quads),
  });
  for (const node of vm.nodes) {
    const c = counts.get(node.id);
    if (!c) continue;
    node.corpus = c;
    // sized by how often the corpus names it, as the whole graph sizes it
    node.mentions = c.mentions;
  }
  const found = new Map(edges.map((e) => [e.key, e.statements.length]));
  for (const edge of vm.edges) {
    const n = found.get(edge.id);
    if (n !== undefined && n > edge.statements.length) edge.found = n;
  }
  // most important first, as the caller ordered them (buildViewModel sorts by label)
  const rank = new Map(request.entities.map((e, i) => [e, i]));
  vm.nodes.sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
  vm.scope = { ...request.scope, cut };
  return vm;
}
