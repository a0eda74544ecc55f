import { availableParallelism } from 'node:os';
import { UserError } from '../errors.js';
import { isIsoDate } from '../input/dates.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';

export const command: Command = {
  name: 'build',
  ...HELP.build,
  async run(argv, io) {
    const parsed = parseCommandArgs('build', { args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, add: { type: 'boolean', default: false }, date: { type: 'string' }, jobs: { type: 'string', short: 'j' } } });
    const { values: o, positionals } = parsed;
    if (!o.output) throw new UserError('build: no output file; add -o corpus.trig');
    if (!o.output.endsWith('.trig')) throw new UserError(`build: ${o.output}: a corpus holds named graphs, so it is written as TriG; name it *.trig`);
    if (positionals.length === 0) throw new UserError('build: no articles given; pass article files or folders, e.g. `newskg build data/articles -o corpus.trig`');
    if (o.date !== undefined && !isIsoDate(o.date)) throw new UserError(`build: --date ${o.date}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`);
    const jobs = o.jobs === undefined ? 'auto' : Number(o.jobs);
    if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) throw new UserError(`build: --jobs ${o.jobs}: not a number of threads; pass a whole number from 1, e.g. --jobs 2`);
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
    return 0;
  },
};
