import { availableParallelism } from 'node:os';
import { UserError } from '../errors.js';
import { isIsoDate } from '../input/dates.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';
import { checkServiceUrl, shownUrl } from '../store/http.js';
import { checkEndpoint, defaultEndpointFor, type StoreTarget } from '../store/graph-store.js';

export const command: Command = {
  name: 'build',
  ...HELP.build,
  async run(argv, io) {
    const parsed = parseCommandArgs('build', { args: argv, allowPositionals: true, options: {
      output: { type: 'string', short: 'o' }, add: { type: 'boolean', default: false }, date: { type: 'string' }, jobs: { type: 'string', short: 'j' },
      store: { type: 'string' }, endpoint: { type: 'string' },
    } });
    const { values: o, positionals } = parsed;
    if (!o.output) throw new UserError('build: no output file; add -o corpus.trig');
    if (!o.output.endsWith('.trig')) throw new UserError(`build: ${o.output}: a corpus holds named graphs, so it is written as TriG; name it *.trig`);
    if (positionals.length === 0) throw new UserError('build: no articles given; pass article files or folders, e.g. `newskg build data/articles -o corpus.trig`');
    if (o.date !== undefined && !isIsoDate(o.date)) throw new UserError(`build: --date ${o.date}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`);
    const jobs = o.jobs === undefined ? 'auto' : Number(o.jobs);
    if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UserError(`build: --jobs ${o.jobs}: not a number of threads; pass a whole number from 1, e.g. --jobs 2`);
    // a store that cannot be reached is found out before minutes of extraction, not after
    const store = o.store === undefined ? undefined : await storeTarget(o.store, o.endpoint);
    if (o.endpoint !== undefined && !store) throw new UserError('build: --endpoint says where the triples --store sent are counted; give --store URL too');
    // when this thread extracts, read the syntax models while the corpus code loads
    if (jobs === 1 || (jobs === 'auto' && availableParallelism() === 1)) void import('../syntax/models.js').then((m) => m.preloadSyntaxModels());
    const { buildCorpus } = await import('../corpus/index.js');
    // on a terminal, one line rewritten in place: which article of how many
    const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
    const progress = tty ? (done: number, total: number) => void io.stderr.write(`\rbuild: ${done + 1}/${total} articles`) : undefined;
    const r = await buildCorpus(positionals, o.output, o.add, o.date, progress, jobs);
    if (tty) io.stderr.write('\n');
    for (const f of r.skipped) io.stderr.write(`build: ${f}: already in ${o.output}, skipped\n`);
    io.stdout.write(`newskg: ${o.output}: ${r.articles} article${r.articles === 1 ? '' : 's'} (${r.added.length} added), ${r.triples} triples\n`);
    if (!store) return 0;
    const { storeCorpus } = await import('../store/upload.js');
    const progressStore = tty ? (done: number, total: number) => void io.stderr.write(`\rstore: ${done}/${total} graphs`) : undefined;
    const stored = await storeCorpus(o.output, store, r.articles + 1, progressStore);
    if (tty) io.stderr.write('\n');
    if (!stored.ok) {
      io.stderr.write(`build: --store: ${stored.error}; ${o.output} is written, so \`newskg build … -o ${o.output} --add --store …\` sends it again (each graph is replaced, never doubled)\n`);
      return EXIT_STORE;
    }
    io.stdout.write(`newskg: ${shownUrl(store.storeUrl)}: ${stored.value.graphs} graphs, ${stored.value.triples} triples stored and counted\n`);
    return 0;
  },
};

/** `newskg build`'s exit code when the store refused a graph, lost triples or could not be reached (the corpus file is written). */
export const EXIT_STORE = 4;

/** Time limit of one request to the store: a PUT of the largest article's graph (8 MB of text) fits in it. */
const STORE_TIMEOUT_MS = 120_000;

/** The store and its query endpoint, checked: both URLs well formed, and the endpoint answers. */
async function storeTarget(storeUrl: string, endpointUrl: string | undefined): Promise<StoreTarget> {
  for (const [flag, url] of [['--store', storeUrl], ['--endpoint', endpointUrl]] as const) {
    const checked = url === undefined ? undefined : checkServiceUrl(url);
    if (checked && !checked.ok) throw new UserError(`build: ${flag}: ${checked.error}`);
  }
  const target: StoreTarget = { storeUrl, endpointUrl: endpointUrl ?? defaultEndpointFor(storeUrl), timeoutMs: STORE_TIMEOUT_MS };
  const ready = await checkEndpoint(target);
  if (!ready.ok) throw new UserError(`build: --store: ${ready.error}`, EXIT_STORE);
  return target;
}
