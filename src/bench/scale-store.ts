// The scale bench's store stage: the corpus PUT into a Virtuoso of the bench's own (build --add
// --store, which extracts nothing and sends every graph, each counted back), then one count over
// --endpoint. newskg's side is measured like the other stages; Virtuoso's CPU time and peak memory
// are read from /proc, since its work happens in its own process.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { goal } from './measure.js';
import { startVirtuoso, virtuosoMissing } from './virtuoso.js';

export interface StoreStageResult {
  wall: number;
  cpu: number;
  maxRss: number;
  code: number;
  stdout: string;
  stderr: string;
}

export type RunCli = (args: string[]) => Promise<StoreStageResult>;

/** CPU time (ms) and peak resident memory (bytes) of a process so far. */
async function processUse(pid: number): Promise<{ cpu: number; peakRss: number }> {
  const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
  // after "pid (comm) ", utime and stime are the 12th and 13th fields
  const cpu = ((Number(stat[11]) + Number(stat[12])) / ticks) * 1000;
  const hwm = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1];
  return { cpu, peakRss: Number(hwm ?? 0) * 1024 };
}

const mib = (bytes: number): string => `${Math.round(bytes / 2 ** 20).toLocaleString('en-US')} MiB`;

/**
 * Lines for the report: the load (newskg's wall, CPU and peak RSS, then Virtuoso's CPU and peak),
 * and whether Virtuoso then holds as many triples as were sent. `inputs` are all the corpus's article
 * folders, so that --add finds nothing new.
 */
export async function benchStoreLoad(runCli: RunCli, inputs: string[], corpus: string, line: (name: string, s: StoreStageResult) => string): Promise<string[]> {
  const missing = virtuosoMissing();
  if (missing) return [`  load into Virtuoso: skipped, ${missing}`];
  // 100,000 pages of 8 kB: 800 MB of page cache, enough to keep a 4M-triple corpus's indexes in memory
  const virtuoso = await startVirtuoso(100_000);
  try {
    const before = await processUse(virtuoso.pid);
    const load = await runCli(['build', ...inputs, '-o', corpus, '--add', '--store', virtuoso.graphStoreUrl]);
    if (load.code !== 0) throw new Error(`build --store failed (exit ${load.code}): ${load.stderr.trim().split('\n').pop()}`);
    const after = await processUse(virtuoso.pid);
    const stored = /: (\d+) graphs, (\d+) triples stored and counted/.exec(load.stdout);
    const count = await runCli(['query', '--endpoint', virtuoso.sparqlUrl, 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/newskg/")) }', '--format', 'csv']);
    const held = Number(count.stdout.split('\r\n')[1]);
    // the triples sent: each graph's distinct triples (the build's own total counts a triple a rename
    // made twice in one graph twice, route.ts)
    const sent = Number(stored?.[2] ?? NaN);
    return [
      line('load into Virtuoso (PUT + count)', load),
      `  ${''.padEnd(34)} Virtuoso: cpu ${((after.cpu - before.cpu) / 1000).toFixed(1)} s, peak RSS ${mib(after.peakRss)}; ${stored?.[1] ?? '?'} graphs, ${sent.toLocaleString('en-US')} triples`,
      line('count over --endpoint', count),
      goal(`Virtuoso holds the ${sent.toLocaleString('en-US')} triples sent (it counts ${held.toLocaleString('en-US')})`, held === sent),
    ];
  } finally {
    await virtuoso.stop();
  }
}
