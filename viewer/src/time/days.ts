// Dates as whole days since 1970-01-01 (UTC): cheap to compare, bin and brush.
import type { ViewModel, ViewStatement } from '../../../src/graph/types.js';

export interface DayRange { from: number; to: number }

const DAY_MS = 86_400_000;

export function toDay(iso: string | undefined): number | undefined {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : undefined;
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export const inRange = (day: number | undefined, r: DayRange): boolean => day !== undefined && day >= r.from && day <= r.to;

export const statementDay = (st: ViewStatement): number | undefined => toDay(st.date);

/**
 * The days each edge stands for: its statements' dates, or for an entity fact (no statement) the dates of the
 * articles its evidence comes from.
 */
export function edgeDays(vm: ViewModel, statementDays: (number | undefined)[]): number[][] {
  const byId = new Map(vm.statements.map((s, i) => [s.id, statementDays[i]]));
  const articleDays = vm.articles.map((a) => toDay(a.date));
  return vm.edges.map((e) => {
    const days = e.statements.length
      ? e.statements.map((s) => byId.get(s))
      : e.evidence.map((ev) => articleDays[ev.article]);
    return days.filter((d): d is number => d !== undefined);
  });
}

/** The publication days of the articles that mention each node. */
export function nodeDays(vm: ViewModel): number[][] {
  const articleDays = vm.articles.map((a) => toDay(a.date));
  return vm.nodes.map((n) => n.articles.map((a) => articleDays[a]).filter((d): d is number => d !== undefined));
}
