// The scale bench's serve stage: `newskg serve` on the corpus, as its own process, once with the standby
// engine (the default) and once with --no-standby. Times the first query (from the command's start: load
// and all), the viewer's first page (/data.json: the overview above 2,000 entities), the wait until the
// quick lane and the standby have loaded, and a cheap query sent right after one stopped at the time limit;
// then the process's CPU time and peak memory (all its threads), which the standby adds a copy of the data to.
import { spawn } from 'node:child_process';
import { goal, ms } from './measure.js';

/** The stopped query's limit: the server's default (the neighbourhood has as long in all). */
const TIMEOUT_MS = 10_000;
/** A cross product of the whole corpus: far past any time limit. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
/** Answered at once by a loaded engine, and not cheap by its shape, so it goes to the lane the slow one left. */
const CHEAP = 'SELECT * WHERE { ?s ?p ?o } LIMIT 1';
/** How long the serve process may take to load and answer, whatever the corpus. */
const PATIENCE_MS = 30 * 60_000;

export interface ServeRun {
  /** From the command's start to the first query's answer. */
  firstQuery: number;
  dataJson: { ms: number; bytes: number; overview: boolean; nodes: number };
  /** The neighbourhood of the overview's first (most-mentioned) entity, when there is an overview (or the server's refusal). */
  neighbourhood?: { ms: number; nodes: number } | { ms: number; refused: string };
  /** From the command's start until the quick lane and the standby had loaded. */
  warm: number;
  stoppedStatus: number;
  /** The cheap query sent as soon as the stopped one was answered (503). */
  afterStopped: { ms: number; status: number };
  cpu: number;
  maxRss: number;
}

const sleep = (msecs: number) => new Promise((r) => setTimeout(r, msecs));

/** Runs `serve corpus` through the bench's child script (which prints its resource use when it ends). */
export async function runServe(child: string, cli: string, corpus: string, extra: string[]): Promise<ServeRun> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, [child, cli, 'serve', corpus, '--port', '0', '--timeout', String(TIMEOUT_MS), ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const ended = new Promise<number>((resolve) => proc.on('close', (code) => resolve(code ?? 1)));
  const waitFor = async (re: RegExp): Promise<RegExpExecArray> => {
    for (;;) {
      const m = re.exec(stdout);
      if (m) return m;
      if (proc.exitCode !== null) throw new Error(`serve ended (exit ${proc.exitCode}): ${stderr.trim().split('\n').pop()}`);
      if (performance.now() - t0 > PATIENCE_MS) throw new Error('serve did not answer in 30 minutes');
      await sleep(50);
    }
  };
  try {
    const base = (await waitFor(/SPARQL endpoint at (http:\/\/[^/\s]+)\/sparql/))[1]!;
    const ask = async (q: string): Promise<{ status: number; ms: number }> => {
      const s = performance.now();
      const res = await fetch(`${base}/sparql?query=${encodeURIComponent(q)}`);
      await res.text();
      return { status: res.status, ms: performance.now() - s };
    };
    const first = await ask(CHEAP);
    if (first.status !== 200) throw new Error(`the first query answered ${first.status}`);
    const firstQuery = performance.now() - t0;
    const d0 = performance.now();
    const page = await fetch(`${base}/data.json`);
    const body = await page.text();
    if (page.status !== 200) throw new Error(`/data.json answered ${page.status}: ${body.slice(0, 200)}`);
    const vm = JSON.parse(body) as { nodes: { id: string }[]; scope?: unknown };
    const dataJson = { ms: performance.now() - d0, bytes: body.length, overview: vm.scope !== undefined, nodes: vm.nodes.length };
    let neighbourhood: ServeRun['neighbourhood'];
    if (dataJson.overview && vm.nodes[0]) {
      const n0 = performance.now();
      const res = await fetch(`${base}/neighbourhood.json?entity=${encodeURIComponent(vm.nodes[0].id)}`);
      const text = await res.text();
      neighbourhood = res.ok ? { ms: performance.now() - n0, nodes: (JSON.parse(text) as { nodes: unknown[] }).nodes.length } : { ms: performance.now() - n0, refused: `${res.status} ${text.trim()}` };
    }
    // the standby loads after the quick lane; measure the takeover once it is there
    if (!extra.includes('--no-standby')) await waitFor(/standby loaded/);
    else await waitFor(/quick lane loaded/);
    const warm = performance.now() - t0;
    const stopped = await ask(SLOW);
    const afterStopped = await ask(CHEAP);
    proc.kill('SIGTERM');
    await ended;
    const m = /@usage (\{.*\})\s*$/.exec(stderr);
    const usage = m ? (JSON.parse(m[1]!) as { cpu: number; maxRss: number }) : { cpu: NaN, maxRss: NaN };
    return { firstQuery, dataJson, neighbourhood, warm, stoppedStatus: stopped.status, afterStopped, ...usage };
  } finally {
    if (proc.exitCode === null) proc.kill('SIGKILL');
  }
}

const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;

/** Issue 11's goal for the first query, for a corpus of about a million triples. */
const FIRST_QUERY_MS = 6000;

/** The report's lines for both runs, and the goals; `triples`, the corpus's, says whether issue 11's first-query goal applies. */
export async function benchServe(child: string, cli: string, corpus: string, triples = 0): Promise<string[]> {
  const standby = await runServe(child, cli, corpus, []);
  const none = await runServe(child, cli, corpus, ['--no-standby']);
  const kb = (n: number) => `${Math.round(n / 1024).toLocaleString('en-US')} kB`;
  const row = (name: string, r: ServeRun): string[] => [
    `  serve ${name}`.padEnd(36) + ` first query ${ms(r.firstQuery).padStart(9)}  all loaded ${ms(r.warm).padStart(9)}  cpu ${ms(r.cpu).padStart(9)}  peak RSS ${mib(r.maxRss).padStart(9)}`,
    `  ${''.padEnd(34)} /data.json ${ms(r.dataJson.ms)} (${r.dataJson.overview ? `overview, ${r.dataJson.nodes} entities` : `whole graph, ${r.dataJson.nodes} entities`}, ${kb(r.dataJson.bytes)})`
      + (!r.neighbourhood ? '' : 'nodes' in r.neighbourhood ? `; the top entity's neighbourhood ${ms(r.neighbourhood.ms)} (${r.neighbourhood.nodes} entities)`
        : `; the top entity's neighbourhood refused after ${ms(r.neighbourhood.ms)}: ${r.neighbourhood.refused}`),
    `  ${''.padEnd(34)} after a query stopped at ${TIMEOUT_MS} ms (${r.stoppedStatus}), a cheap one answered ${r.afterStopped.status} in ${ms(r.afterStopped.ms)}`,
  ];
  return [
    ...row('(standby engine)', standby),
    ...row('--no-standby', none),
    goal('a cheap query right after a timed-out one answers in < 1 s', standby.stoppedStatus === 503 && standby.afterStopped.status === 200 && standby.afterStopped.ms < 1000),
    ...(triples >= 500_000 && triples <= 2_000_000
      ? [goal(`first query < ${FIRST_QUERY_MS / 1000} s from the command's start at about a million triples (issue 11; ${ms(Math.min(standby.firstQuery, none.firstQuery))} here)`, Math.min(standby.firstQuery, none.firstQuery) < FIRST_QUERY_MS)]
      : []),
  ];
}
