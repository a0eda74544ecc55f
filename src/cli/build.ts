import { UserError } from '../errors.js';
import { buildCorpus } from '../corpus/index.js';
import { isIsoDate } from '../input/dates.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';

export const command: Command = {
  name: 'build',
  ...HELP.build,
  async run(argv, io) {
    const parsed = parseCommandArgs('build', { args: argv, allowPositionals: true, options: { output: { type: 'string', short: 'o' }, add: { type: 'boolean', default: false }, date: { type: 'string' } } });
    const { values: o, positionals } = parsed;
    if (!o.output) throw new UserError('build: no output file; add -o corpus.trig');
    if (!o.output.endsWith('.trig')) throw new UserError(`build: ${o.output}: a corpus holds named graphs, so it is written as TriG; name it *.trig`);
    if (positionals.length === 0) throw new UserError('build: no articles given; pass article files or folders, e.g. `newskg build data/articles -o corpus.trig`');
    if (o.date !== undefined && !isIsoDate(o.date)) throw new UserError(`build: --date ${o.date}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`);
    // on a terminal, one line rewritten in place: which article of how many
    const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
    const progress = tty ? (done: number, total: number) => void io.stderr.write(`\rbuild: ${done + 1}/${total} articles`) : undefined;
    const r = await buildCorpus(positionals, o.output, o.add, o.date, progress);
    if (tty) io.stderr.write('\n');
    for (const f of r.skipped) io.stderr.write(`build: ${f}: already in ${o.output}, skipped\n`);
    io.stdout.write(`newskg: ${o.output}: ${r.articles} article${r.articles === 1 ? '' : 's'} (${r.added.length} added), ${r.triples} triples\n`);
    return 0;
  },
};
