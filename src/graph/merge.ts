// Merging a part of a large corpus (a neighbourhood, src/overview) into the view model on screen. The
// model only grows: new articles, entities, statements and edges are appended, so every index the viewer
// holds (graph attributes, table rows, timeline days) stays valid; an edge or entity already there gains
// what the part adds to it (more statements, evidence, articles).
import type { ViewEvidence, ViewModel } from './types.js';

export interface MergeResult {
  /** vm.nodes and vm.edges from these indices on are new. */
  firstNode: number;
  firstEdge: number;
  /** Statements the part added. */
  statements: number;
}

export function mergeViewModel(into: ViewModel, part: ViewModel): MergeResult {
  const result: MergeResult = { firstNode: into.nodes.length, firstEdge: into.edges.length, statements: 0 };
  const articleAt = new Map(into.articles.map((a, i) => [a.iri, i]));
  // the part's article indices, as indices into `into.articles`
  const articleOf = part.articles.map((a) => {
    let i = articleAt.get(a.iri);
    if (i === undefined) {
      i = into.articles.push({ ...a }) - 1;
      articleAt.set(a.iri, i);
    }
    return i;
  });
  const article = (i: number): number => (i >= 0 ? (articleOf[i] ?? -1) : -1);
  const evidence = (e: ViewEvidence): ViewEvidence => ({ ...e, article: article(e.article) });

  const nodeAt = new Map(into.nodes.map((n, i) => [n.id, i]));
  for (const n of part.nodes) {
    const at = nodeAt.get(n.id);
    const articles = n.articles.map(article).filter((a) => a >= 0);
    if (at === undefined) {
      nodeAt.set(n.id, into.nodes.push({ ...n, articles: [...new Set(articles)].sort((a, b) => a - b) }) - 1);
      continue;
    }
    const had = into.nodes[at]!;
    had.articles = [...new Set([...had.articles, ...articles])].sort((a, b) => a - b);
    had.corpus ??= n.corpus;
    const facts = new Set(had.facts.map((f) => `${f.predicate} ${f.value}`));
    for (const f of n.facts) if (!facts.has(`${f.predicate} ${f.value}`)) had.facts.push(f);
  }

  const statementIds = new Set(into.statements.map((s) => s.id));
  for (const s of part.statements) {
    if (statementIds.has(s.id)) continue;
    statementIds.add(s.id);
    into.statements.push({ ...s, evidence: s.evidence.map(evidence) });
    result.statements++;
  }

  const edgeAt = new Map(into.edges.map((e, i) => [e.id, i]));
  for (const e of part.edges) {
    const at = edgeAt.get(e.id);
    if (at === undefined) {
      edgeAt.set(e.id, into.edges.push({ ...e, statements: [...e.statements], evidence: e.evidence.map(evidence) }) - 1);
      continue;
    }
    const had = into.edges[at]!;
    const statements = new Set(had.statements);
    for (const s of e.statements) if (!statements.has(s)) had.statements.push(s);
    const sentences = new Set(had.evidence.map((x) => `${x.article} ${x.text}`));
    for (const x of e.evidence.map(evidence)) if (!sentences.has(`${x.article} ${x.text}`)) had.evidence.push(x);
    const found = Math.max(had.found ?? 0, e.found ?? 0);
    if (found > had.statements.length) had.found = found;
    else delete had.found;
  }
  if (into.scope && part.scope) into.scope.cut ||= part.scope.cut;
  return result;
}
