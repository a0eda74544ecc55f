// `npm run bench` (after `npm run build`): extraction speed, viewer speed, query speed, in that order,
// each printed as soon as it is done. `--only extraction|viewer|query` runs one (query takes ~4 minutes).
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
  try {
    only = parseArgs({ args: argv, options: { only: { type: 'string' } } }).values.only;
  } catch (e) {
    process.stderr.write(`bench: ${(e as Error).message}; usage: npm run bench [-- --only extraction|viewer|query]\n`);
    return 2;
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
