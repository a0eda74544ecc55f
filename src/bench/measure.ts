// Timing helpers for `npm run bench`: wall and CPU time, medians, and the goal lines every part ends with.
import { loadavg } from 'node:os';

export interface Timing { wall: number; cpu: number }

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall and CPU milliseconds of `fn`. CPU counts every thread of the process, so a worker's work shows too;
 * on a shared machine it says what the wall time would be with a core to ourselves. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<Timing & { value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wall, cpu: (c.user + c.system) / 1000 };
}

/** Median wall and CPU of `runs` runs after `warmup` unmeasured ones. */
export async function medianOf(runs: number, warmup: number, fn: () => unknown): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const ts: Timing[] = [];
  for (let i = 0; i < runs; i++) ts.push(await timed(fn));
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

export const ms = (t: number): string => `${Math.round(t).toLocaleString('en-US')} ms`;
export const both = (t: Timing): string => `${ms(t.wall)} (cpu ${ms(t.cpu)})`;

/** "goal: X — met" or "— not met", so a reader of the output sees the verdict without doing sums. */
export const goal = (text: string, met: boolean): string => `  goal: ${text} — ${met ? 'met' : 'NOT met'}`;

export const loadLine = (): string => `  (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on this machine while measuring)`;
