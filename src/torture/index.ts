// `npm run torture` (after `npm run build`): replays every case of issue 12 that can be replayed
// offline and fuzzes the extractor with seeded mutations of the bundled articles, all through the
// installed CLI, and prints the counts: crashes, hangs, partial or stray files, validation failures
// from valid input, and other unexpected answers. `--ci` runs the subset `npm test` runs.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES } from './cases.js';
import { runFuzz, type FuzzReport } from './fuzz.js';
import { Trial, type Finding, type FindingKind } from './trial.js';

export interface TortureOptions {
  /** The CI-sized subset: the quick cases and a small fuzz. */
  ci?: boolean;
  /** Fuzzed articles (default 300, CI 20). */
  fuzz?: number;
  seed?: number;
  /** Keep the temp folders (their paths are printed). */
  keep?: boolean;
  /** Only the cases whose name contains this. */
  only?: string;
  /** Progress lines as each case ends. */
  log?: (line: string) => void;
}

export interface TortureReport {
  cases: number;
  fuzz: FuzzReport | undefined;
  findings: Finding[];
  counts: Record<FindingKind, number>;
  seconds: number;
}

const LABELS: [FindingKind, string][] = [
  ['crash', 'crashes'],
  ['hang', 'hangs'],
  ['stray', 'partial or stray files'],
  ['invalid', 'validation failures from valid input'],
  ['unexpected', 'unexpected answers'],
];

export async function runTorture(options: TortureOptions = {}): Promise<TortureReport> {
  const t0 = performance.now();
  const log = options.log ?? (() => undefined);
  const full = !options.ci;
  const findings: Finding[] = [];
  const cases = CASES.filter((c) => (full || c.ci) && (!options.only || c.name.includes(options.only)));
  for (const c of cases) {
    const c0 = performance.now();
    const t = await Trial.open(c.name);
    try {
      await c.run(t, full);
    } catch (e) {
      t.find('unexpected', 'the case itself', `threw ${(e as Error).stack ?? String(e)}`);
    }
    findings.push(...t.findings);
    log(`${c.name}: ${t.findings.length ? `${t.findings.length} finding${t.findings.length === 1 ? '' : 's'}` : 'ok'} (${((performance.now() - c0) / 1000).toFixed(1)} s)${options.keep ? ` in ${t.dir}` : ''}`);
    await t.close(options.keep === true);
  }
  let fuzz: FuzzReport | undefined;
  const count = options.fuzz ?? (full ? 300 : 20);
  if (count > 0 && (!options.only || 'fuzz'.includes(options.only))) {
    const f0 = performance.now();
    const t = await Trial.open('fuzz');
    fuzz = await runFuzz(t, count, options.seed ?? 12);
    findings.push(...t.findings);
    log(`fuzz: ${fuzz.articles} articles, ${fuzz.extracted} extracted, ${fuzz.refused.length} refused in one line (${((performance.now() - f0) / 1000).toFixed(1)} s)${options.keep ? ` in ${t.dir}` : ''}`);
    await t.close(options.keep === true);
  }
  const counts = Object.fromEntries(LABELS.map(([k]) => [k, findings.filter((f) => f.kind === k).length])) as Record<FindingKind, number>;
  return { cases: cases.length, fuzz, findings, counts, seconds: (performance.now() - t0) / 1000 };
}

export function formatReport(r: TortureReport, seed: number): string {
  const lines = [`torture: ${r.cases} cases, ${r.fuzz?.articles ?? 0} fuzzed articles (seed ${seed}), ${r.seconds.toFixed(0)} s`];
  for (const [k, label] of LABELS) lines.push(`  ${label}: ${r.counts[k]}`);
  if (r.fuzz?.refused.length) {
    lines.push(`  (fuzzed articles refused in one line: ${r.fuzz.refused.length})`);
    for (const l of r.fuzz.refused.slice(0, 10)) lines.push(`    ${l}`);
  }
  for (const f of r.findings) lines.push(`${f.kind}: ${f.where}: ${f.detail}`);
  return lines.join('\n') + '\n';
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: { ci: { type: 'boolean', default: false }, fuzz: { type: 'string' }, seed: { type: 'string', default: '12' }, keep: { type: 'boolean', default: false }, only: { type: 'string' } },
    }).values;
  } catch (e) {
    process.stderr.write(`torture: ${(e as Error).message}; usage: npm run torture [-- --ci] [--fuzz N] [--seed N] [--only NAME] [--keep]\n`);
    return 2;
  }
  const seed = Number(values.seed);
  const fuzz = values.fuzz === undefined ? undefined : Number(values.fuzz);
  if (!Number.isInteger(seed) || (fuzz !== undefined && !(Number.isInteger(fuzz) && fuzz >= 0))) {
    process.stderr.write('torture: --seed and --fuzz take whole numbers\n');
    return 2;
  }
  const report = await runTorture({ ci: values.ci, fuzz, seed, keep: values.keep, only: values.only, log: (l) => process.stdout.write(`${l}\n`) });
  process.stdout.write(formatReport(report, seed));
  return report.findings.length === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main(process.argv.slice(2));
