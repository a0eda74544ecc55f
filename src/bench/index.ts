// `npm run bench` (after `npm run build`): extraction speed, viewer speed, query speed, in that order,
// each printed as soon as it is done. `--only extraction|viewer|query` runs one (query takes ~4 minutes).
// `--scale N` runs only the corpus bench at N articles (scale.ts; `--keep` keeps its folder).
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const PARTS = {
  extraction: async () => (await import('./extraction.js')).benchExtraction(),
  viewer: async () => (await import('./viewer.js')).benchViewer(),
  query: async () => (await import('./query.js')).benchQueries(),
} as const;
type Part = keyof typeof PARTS;

const isPart = (s: string): s is Part => Object.hasOwn(PARTS, s);

export async function runBench(argv: string[], out: NodeJS.WritableStream = process.stdout): Promise<number> {
  let only: string | undefined;
  let scale: string | undefined;
  let keep = false;
  try {
    ({ only, scale, keep = false } = parseArgs({ args: argv, options: { only: { type: 'string' }, scale: { type: 'string' }, keep: { type: 'boolean' } } }).values);
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}; usage: npm run bench [-- --only extraction|viewer|query | --scale N]\n`);
    return 2;
  }
  if (scale !== undefined) {
    const n = Number(scale);
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`bench: --scale ${scale}: not a number of articles; pass a whole number, e.g. --scale 1000\n`);
      return 2;
    }
    const t0 = performance.now();
    const report = await (await import('./scale.js')).benchScale(n, keep);
    out.write(`${report}\n  (scale bench took ${((performance.now() - t0) / 1000).toFixed(0)} s)\n\n`);
    return 0;
  }
  if (only !== undefined && !isPart(only)) {
    process.stderr.write(`bench: --only ${only} is not a part; pass one of ${Object.keys(PARTS).join(', ')}\n`);
    return 2;
  }
  const parts = only ? [only] : (Object.keys(PARTS) as Part[]);
  for (const part of parts) {
    const t0 = performance.now();
    const report = await PARTS[part]();
    out.write(`${report.trimEnd()}\n  (${part} bench took ${((performance.now() - t0) / 1000).toFixed(0)} s)\n\n`);
  }
  return 0;
}

// Run only as the entry point, so that tests can import runBench.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await runBench(process.argv.slice(2));
