// Library port of ../shared/eval/score.mjs (the shared folder beside the repository): same matching, same counting, same table.
// test/eval-score.test.ts pins the equivalence by running both on the same files.
import type { Quad } from 'n3';
import type { EntityType } from '../types.js';
import { anyOf, MATCH, readFacts, type GoldOf, type OutFacts } from './facts.js';
import { GraphView } from './graph.js';
import {
  BASE_TYPES, FACT_KINDS,
  type FactKind, type GoldFile, type KindCounts, type PRF, type ReportRow, type ScoreReport, type TypeCounts,
} from './types.js';

/** Precision over what was output, recall over what the gold holds; empty on both sides is perfect. */
export function prf(tp: number, fp: number, found: number, goldN: number): PRF {
  const p = tp + fp ? tp / (tp + fp) : goldN ? 0 : 1;
  const r = goldN ? found / goldN : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

interface EntityScore {
  tp: number;
  fp: number;
  byType: Partial<Record<EntityType, TypeCounts>>;
  fpList: string[];
  missed: string[];
  goldN: number;
  output: number;
}

function scoreEntities(v: GraphView, gold: GoldFile): EntityScore {
  const nodes = v.entityNodes();
  const ent: EntityScore = { tp: 0, fp: 0, byType: {}, fpList: [], missed: [], goldN: 0, output: nodes.length };
  const bt = (t: EntityType) => (ent.byType[t] ||= { tp: 0, fp: 0, fn: 0 });
  const claimed = new Map<string, EntityType>();
  for (const n of nodes) {
    const g = v.mapNode(n);
    const t = v.baseType(n) as EntityType;
    const label = v.names(n).label[0] || n.value;
    if (!g) { ent.fp++; bt(t).fp++; ent.fpList.push(`${label} (${t})`); continue; }
    if (g.optional) continue;
    // The first node claims the gold entity, right type or not; later ones are duplicates.
    if (claimed.has(g.id)) { ent.fp++; bt(t).fp++; ent.fpList.push(`${label} (duplicate of ${g.id})`); continue; }
    claimed.set(g.id, t);
    if (t === g.type) { ent.tp++; bt(t).tp++; } else { ent.fp++; bt(t).fp++; ent.fpList.push(`${label} (typed ${t}, gold ${g.type})`); }
  }
  const need = gold.entities.filter((e) => !e.optional);
  const missed = need.filter((e) => claimed.get(e.id) !== e.type);
  for (const e of missed) bt(e.type).fn++;
  ent.missed = missed.map((e) => e.id);
  ent.goldN = need.length;
  return ent;
}

function scoreKind<K extends FactKind>(kind: K, gold: GoldFile, out: OutFacts, explain: string[]): KindCounts {
  const golds = gold.facts.filter((f): f is GoldOf<K> => f.kind === kind);
  const outs = out[kind] as OutFacts[K][number][];
  const match = MATCH[kind];
  const hitGold = new Set<GoldOf<K>>();
  let tp = 0;
  let fp = 0;
  for (const o of outs) {
    const m = golds.filter((g) => match(g, o));
    const fresh = m.filter((g) => !g.optional && !hitGold.has(g));
    if (!m.length) { fp++; explain.push(`  FP ${kind}: ${o.show}`); continue; }
    if (m.every((g) => g.optional)) continue;
    if (!fresh.length) { fp++; explain.push(`  FP ${kind} (duplicate): ${o.show}`); continue; }
    tp++;
    // One output fact may satisfy several gold facts (a quote joining two fragments).
    fresh.forEach((g) => hitGold.add(g));
  }
  const need = golds.filter((g) => !g.optional);
  for (const g of need) if (!hitGold.has(g)) explain.push(`  FN ${kind}: ${JSON.stringify(g).slice(0, 600)}`);
  const counts: KindCounts = { tp, fp, gold: need.length, found: need.filter((g) => hitGold.has(g)).length };
  if (kind === 'meeting') counts.attrs = meetingAttrs(need as GoldOf<'meeting'>[], hitGold as Set<GoldOf<'meeting'>>, out.meeting);
  return counts;
}

/** Location and date are not needed for a meeting to match; report how often they were right. */
function meetingAttrs(need: GoldOf<'meeting'>[], hit: Set<GoldOf<'meeting'>>, outs: OutFacts['meeting']): string {
  const matched = need.filter((g) => hit.has(g));
  // a gold meeting may give no location
  const loc = matched.filter((g) => outs.some((o) => MATCH.meeting(g, o) && anyOf(o.location, g.location ?? []))).length;
  const date = matched.filter((g) => outs.some((o) => MATCH.meeting(g, o) && o.date && String(o.date).startsWith(String(g.date)))).length;
  return `location ${loc}/${matched.length}, date ${date}/${matched.length}`;
}

export function scoreGraph(gold: GoldFile, quads: Quad[]): ScoreReport {
  const v = new GraphView(quads, gold);
  const ent = scoreEntities(v, gold);
  const out = readFacts(v);
  const explain: string[] = [];
  const perKind = {} as Record<FactKind, KindCounts>;
  for (const kind of FACT_KINDS) perKind[kind] = scoreKind(kind, gold, out, explain);

  const rows: ReportRow[] = [];
  const entities = prf(ent.tp, ent.fp, ent.goldN - ent.missed.length, ent.goldN);
  for (const t of BASE_TYPES) {
    const b = ent.byType[t] || { tp: 0, fp: 0, fn: 0 };
    rows.push({ name: `entity ${t}`, score: prf(b.tp, b.fp, b.tp, b.tp + b.fn), gold: b.tp + b.fn, output: b.tp + b.fp });
  }
  rows.push({ name: 'entities (typed)', score: entities, gold: ent.goldN, output: ent.output });
  let tp = 0, fp = 0, goldN = 0, found = 0;
  for (const kind of FACT_KINDS) {
    const k = perKind[kind];
    rows.push({ name: `fact ${kind}`, score: prf(k.tp, k.fp, k.found, k.gold), gold: k.gold, output: k.tp + k.fp, extra: k.attrs });
    tp += k.tp; fp += k.fp; goldN += k.gold; found += k.found;
  }
  const facts = prf(tp, fp, found, goldN);
  rows.push({ name: 'facts (micro)', score: facts, gold: goldN, output: tp + fp });
  return {
    entities, facts, overall: (entities.f + facts.f) / 2, perKind, entityTypes: ent.byType,
    falsePositiveEntities: ent.fpList, missedEntities: ent.missed, explain, rows,
  };
}

export interface FormatOptions {
  /** Add the missed and wrong entities and the FP/FN fact lines. */
  explain?: boolean;
}

const f2 = (x: number) => x.toFixed(2);

/** The table score.mjs prints, ending with "overall F1 x.xxx". */
export function formatReport(report: ScoreReport, opts: FormatOptions = {}): string {
  const lines = ['category                 P     R     F1   gold  output'];
  for (const { name, score: s, gold, output, extra } of report.rows) {
    lines.push(`${name.padEnd(22)} ${f2(s.p)}  ${f2(s.r)}  ${f2(s.f)}  ${String(gold).padStart(4)}  ${String(output).padStart(5)}${extra ? '   ' + extra : ''}`);
  }
  if (opts.explain) {
    lines.push('\nentities missed: ' + (report.missedEntities.join(', ') || 'none'));
    lines.push('entities wrong:  ' + (report.falsePositiveEntities.join('; ') || 'none'));
    lines.push(report.explain.join('\n'));
  }
  lines.push(`overall F1 ${report.overall.toFixed(3)}`);
  return lines.join('\n') + '\n';
}

/** The object score.mjs prints with --json. */
export function reportJson(report: ScoreReport): object {
  const { entities, facts, overall, perKind, entityTypes, falsePositiveEntities, missedEntities } = report;
  return { entities, facts, overall, perKind, entityTypes, falsePositiveEntities, missedEntities };
}
