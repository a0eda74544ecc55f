import type { Quad } from 'n3';
import { UserError } from '../errors.js';
import { readGraphFile } from '../rdf/parse.js';
import { compactIri, validate } from '../validate/index.js';
import type { Command } from './types.js';
import { HELP } from './help.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const command: Command = {
  name: 'validate',
  ...HELP.validate,
  async run(argv, io) {
    const files = argv.filter((a) => a !== '--');
    const unknown = files.find((f) => f.startsWith('-') && f !== '-');
    if (unknown) throw new UserError(`newskg validate: unknown option ${unknown}; run \`newskg validate --help\``);
    if (files.length === 0) throw new UserError('newskg validate: no file given; pass one or more graph files');

    // Read everything first so a bad file stops the run before any report is printed.
    const graphs: [string, Quad[]][] = [];
    for (const file of files) graphs.push([file, await readGraphFile(file)]);

    let problems = 0;
    for (const [file, quads] of graphs) {
      const report = await validate(quads);
      for (const v of report.violations) {
        io.stdout.write(`${compactIri(v.focusNode)}  ${v.path ? compactIri(v.path) : '-'}  ${v.message}\n`);
      }
      const n = report.violations.length;
      problems += n;
      const verdict = report.conforms ? 'conforms' : `${plural(n, 'violation')}`;
      io.stdout.write(`${file}: ${verdict} (${plural(quads.length, 'triple')})\n`);
    }
    return problems === 0 ? 0 : 1;
  },
};
