// `npm run bench -- --scale N`: the corpus path at N articles. Generates N varied articles (articles.ts),
// then runs each stage as its own process and reports its wall time, CPU time (all threads) and peak
// RSS: build on one thread and on every core (and checks the two corpora are the same bytes), --add of
// 10 more articles, loading the corpus into the embedded engine (a count over every graph), serving it
// (first query, the viewer's first page, a cheap query right after a timed-out one, with and without the
// standby engine; scale-serve.ts) and, where virtuoso-t is installed, PUTting it into a Virtuoso of its own
// (build --add --store; scale-store.ts).
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { packageRoot } from '../paths.js';
import { writeVariedArticles } from './articles.js';
import { goal, loadLine, ms } from './measure.js';
import { benchServe } from './scale-serve.js';
import { benchStoreLoad } from './scale-store.js';

interface Stage { wall: number; cpu: number; maxRss: number; code: number; stdout: string; stderr: string }

// The child runs the CLI in-process and prints its own resource use (worker threads included) as the last stderr line.
const CHILD = `const [cli, ...args] = process.argv.slice(2);
import(cli).then((m) => m.main(args)).then((code) => {
  const r = process.resourceUsage();
  process.stderr.write('\\n@usage ' + JSON.stringify({ cpu: (r.userCPUTime + r.systemCPUTime) / 1000, maxRss: r.maxRSS * 1024 }) + '\\n');
  process.exit(code);
});`;

const cliPath = (): string => path.join(packageRoot(), 'dist', 'cli', 'index.js');

function runCli(child: string, args: string[]): Promise<Stage> {
  const cli = cliPath();
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    // a script file, not -e: worker threads inherit the parent's flags, and -e is not one they accept
    const proc = spawn(process.execPath, [child, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    proc.on('error', reject);
    proc.on('close', (code) => {
      const m = /@usage (\{.*\})\s*$/.exec(stderr);
      const usage = m ? (JSON.parse(m[1]!) as { cpu: number; maxRss: number }) : { cpu: NaN, maxRss: NaN };
      resolve({ wall: performance.now() - t0, ...usage, code: code ?? 1, stdout, stderr: m ? stderr.slice(0, m.index) : stderr });
    });
  });
}

const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;
const line = (name: string, s: Stage): string => `  ${name.padEnd(34)} ${ms(s.wall).padStart(11)}  cpu ${ms(s.cpu).padStart(11)}  peak RSS ${mib(s.maxRss).padStart(9)}`;

export async function benchScale(n: number, keep = false): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'newskg-scale-'));
  const out: string[] = [`corpus at ${n.toLocaleString('en-US')} articles (varied copies of data/eval, data/eval/real; each stage its own process)`];
  try {
    const files = await writeVariedArticles(n + 10, path.join(dir, 'articles'));
    // the last 10 go to their own folder, for --add
    const extra = path.join(dir, 'extra');
    await mkdir(extra);
    const child = path.join(dir, 'child.mjs');
    await writeFile(child, CHILD);
    for (const f of files.slice(n)) await rename(f, path.join(extra, path.basename(f)));
    const cores = availableParallelism();
    const check = (s: Stage, what: string): Stage => {
      if (s.code !== 0) throw new Error(`${what} failed (exit ${s.code}): ${s.stderr.trim().split('\n').pop()}`);
      return s;
    };
    const one = check(await runCli(child, ['build', path.join(dir, 'articles'), '-o', path.join(dir, 'one.trig'), '--jobs', '1']), 'build --jobs 1');
    out.push(line('build --jobs 1', one));
    const all = check(await runCli(child, ['build', path.join(dir, 'articles'), '-o', path.join(dir, 'all.trig'), '--jobs', String(cores)]), `build --jobs ${cores}`);
    out.push(line(`build --jobs ${cores}`, all));
    const same = (await readFile(path.join(dir, 'one.trig'))).equals(await readFile(path.join(dir, 'all.trig')));
    const size = (await stat(path.join(dir, 'all.trig'))).size;
    out.push(`  ${all.stdout.trim().replace(/^newskg: \S+: /, 'corpus: ')}, ${mib(size)}; --jobs 1 and --jobs ${cores} corpora ${same ? 'identical' : 'DIFFER'}`);
    const add = check(await runCli(child, ['build', extra, '-o', path.join(dir, 'all.trig'), '--add']), 'build --add');
    out.push(line('build --add (10 articles)', add));
    const load = check(await runCli(child, ['query', path.join(dir, 'all.trig'), 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', '--format', 'csv']), 'query');
    out.push(line('load into embedded engine + count', load));
    const triples = Number(/([\d,]+) triples/.exec(all.stdout)?.[1]?.replace(/,/g, '') ?? 0);
    out.push(...(await benchServe(child, cliPath(), path.join(dir, 'all.trig'), triples)));
    out.push(...(await benchStoreLoad((args) => runCli(child, args), [path.join(dir, 'articles'), extra], path.join(dir, 'all.trig'), line)));
    out.push(loadLine());
    out.push(`  speed-up of --jobs ${cores} over --jobs 1: ${(one.wall / all.wall).toFixed(2)}x wall`);
    out.push(goal(`build peak RSS < 1.5 GB`, Math.max(one.maxRss, all.maxRss) < 1.5e9));
    out.push(goal(`--jobs ${cores} >= 1.7x faster than --jobs 1`, one.wall / all.wall >= 1.7));
    out.push(goal(`--add of 10 < 5 s`, add.wall < 5000));
    out.push(goal(`same bytes on 1 and ${cores} threads`, same));
    if (keep) out.push(`  (kept ${dir})`);
    return out.join('\n');
  } finally {
    if (!keep) await rm(dir, { recursive: true, force: true });
  }
}
