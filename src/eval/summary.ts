// Tables over many articles (micro-averaged per category) and over a CoNLL run.
import type { EntityType } from '../types.js';
import { microCounts, SCORED_TYPES, spanPRF, type SpanCounts } from './conll.js';
import type { ArticleResult, ConllRun } from './run.js';
import { prf } from './score.js';
import { BASE_TYPES, FACT_KINDS, type FactKind, type PRF } from './types.js';

export interface CategoryRow extends PRF {
  name: string;
  tp: number;
  fp: number;
  fn: number;
}

export interface Summary {
  articles: { slug: string; entities: number; facts: number; overall: number; error?: string }[];
  /** Per entity type, per fact kind, and the two micro totals, summed over articles. */
  categories: CategoryRow[];
  meanOverall: number;
}

const row = (name: string, tp: number, fp: number, found: number, gold: number): CategoryRow => ({
  name, tp, fp, fn: gold - found, ...prf(tp, fp, found, gold),
});

export function summarise(results: ArticleResult[]): Summary {
  const categories: CategoryRow[] = [];
  const ent = { tp: 0, fp: 0, fn: 0 };
  for (const t of BASE_TYPES) {
    const c = { tp: 0, fp: 0, fn: 0 };
    for (const r of results) {
      const b = r.report.entityTypes[t as EntityType];
      if (b) { c.tp += b.tp; c.fp += b.fp; c.fn += b.fn; }
    }
    categories.push(row(`entity ${t}`, c.tp, c.fp, c.tp, c.tp + c.fn));
    ent.tp += c.tp; ent.fp += c.fp; ent.fn += c.fn;
  }
  categories.push(row('entities (micro)', ent.tp, ent.fp, ent.tp, ent.tp + ent.fn));
  const fact = { tp: 0, fp: 0, found: 0, gold: 0 };
  for (const kind of FACT_KINDS as FactKind[]) {
    const c = { tp: 0, fp: 0, found: 0, gold: 0 };
    for (const r of results) {
      const k = r.report.perKind[kind];
      c.tp += k.tp; c.fp += k.fp; c.found += k.found; c.gold += k.gold;
    }
    categories.push(row(`fact ${kind}`, c.tp, c.fp, c.found, c.gold));
    fact.tp += c.tp; fact.fp += c.fp; fact.found += c.found; fact.gold += c.gold;
  }
  categories.push(row('facts (micro)', fact.tp, fact.fp, fact.found, fact.gold));
  const articles = results.map((r) => ({
    slug: r.slug, entities: r.report.entities.f, facts: r.report.facts.f, overall: r.report.overall, ...(r.error ? { error: r.error } : {}),
  }));
  const meanOverall = articles.length ? articles.reduce((s, a) => s + a.overall, 0) / articles.length : 0;
  return { articles, categories, meanOverall };
}

const f2 = (x: number) => x.toFixed(2);
const n = (x: number, w = 5) => String(x).padStart(w);

export function formatSummary(s: Summary): string {
  const w = Math.max(24, ...s.articles.map((a) => a.slug.length + 2));
  const lines = [`${'article'.padEnd(w)}entities  facts  overall`];
  for (const a of s.articles) {
    lines.push(`${a.slug.padEnd(w)}${f2(a.entities).padStart(8)}  ${f2(a.facts).padStart(5)}  ${f2(a.overall).padStart(7)}${a.error ? '   (pipeline failed: ' + a.error.split('\n')[0] + ')' : ''}`);
  }
  lines.push('', `${'category'.padEnd(22)}    P     R     F1     tp     fp     fn`);
  for (const c of s.categories) lines.push(`${c.name.padEnd(22)} ${f2(c.p)}  ${f2(c.r)}  ${f2(c.f)}  ${n(c.tp)}  ${n(c.fp)}  ${n(c.fn)}`);
  lines.push('', `mean overall F1 ${s.meanOverall.toFixed(3)} over ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`);
  return lines.join('\n') + '\n';
}

export interface ConllTable {
  rows: ({ name: string } & SpanCounts & PRF)[];
  docs: number;
  failed: number;
}

export function conllTable(run: ConllRun): ConllTable {
  const rows = SCORED_TYPES.map((t) => ({ name: t as string, ...run.score[t], ...spanPRF(run.score[t]) }));
  const micro = microCounts(run.score);
  rows.push({ name: 'micro', ...micro, ...spanPRF(micro) });
  return { rows, docs: run.docs, failed: run.failed };
}

export function formatConll(t: ConllTable, label: string): string {
  const lines = [`${label}: ${t.docs} documents${t.failed ? `, ${t.failed} failed (scored as finding nothing)` : ''}`];
  lines.push('type      P     R     F1      tp      fp      fn');
  for (const r of t.rows) lines.push(`${r.name.padEnd(6)} ${f2(r.p)}  ${f2(r.r)}  ${f2(r.f)}  ${n(r.tp, 6)}  ${n(r.fp, 6)}  ${n(r.fn, 6)}`);
  return lines.join('\n') + '\n';
}

/** The most frequent false and missed names, for --explain. */
export function formatConllErrors(run: ConllRun, top = 25): string {
  const sorted = [...run.errors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const list = (kind: string) => sorted.filter(([k]) => k.startsWith(kind)).slice(0, top).map(([k, n]) => `  ${String(n).padStart(4)}  ${k.slice(3)}`);
  return ['most frequent false positives:', ...list('FP '), 'most frequent misses:', ...list('FN ')].join('\n') + '\n';
}
