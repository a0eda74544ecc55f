// `newskg start` (`npm start`): the main job on the bundled articles, then the viewer.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { formatProblem } from '../input/index.js';
import { serialise, writeFileAtomic } from '../output/index.js';
import { dataPath } from '../paths.js';
import { compactIri, validate, type ValidationReport } from '../validate/index.js';
import { extractFiles, quadsOf, type ExtractedArticle } from './extract.js';
import type { CliIO, Command } from './types.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';

const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;

/** "27 entities, 15 statements (6 Quote, 4 Stance, 2 Threat, 2 Meeting, 1 Sanction)" */
export function summaryLine(a: ExtractedArticle): string {
  const kinds = new Map<string, number>();
  for (const s of a.extraction.statements) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  const byKind = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
  const statements = plural(a.extraction.statements.length, 'statement') + (byKind ? ` (${byKind})` : '');
  return `${plural(a.extraction.entities.length, 'entity', 'entities')}, ${statements}`;
}

function reportProblems(io: CliIO, file: string, report: ValidationReport): void {
  const shown = report.violations.slice(0, 10);
  for (const v of shown) io.stderr.write(`  ${file}: ${compactIri(v.focusNode)} ${v.path ? compactIri(v.path) : '-'} ${v.message}\n`);
  if (report.violations.length > shown.length) io.stderr.write(`  ... ${report.violations.length - shown.length} more; run \`newskg validate ${file}\`\n`);
}

function parse(argv: string[]) {
  return parseCommandArgs('start', {
    args: argv,
    allowPositionals: true,
    allowNegative: true,
    options: { out: { type: 'string' }, view: { type: 'boolean', default: true } },
  });
}

async function serveViewer(corpus: string, io: CliIO): Promise<number | undefined> {
  let view;
  try {
    view = await import('./view.js');
  } catch {
    return undefined; // no viewer in this build: the job is done without it
  }
  io.stdout.write(`\nStarting the viewer on ${corpus} ...\n`);
  return view.command.run([corpus], io);
}

export const command: Command = {
  name: 'start',
  ...HELP.start,
  async run(argv, io) {
    const { values, positionals } = parse(argv);
    if (positionals.length > 1) throw new UserError('newskg start: more than one articles folder; pass one folder, or use `newskg extract` for several');
    const source = positionals[0] ?? dataPath('articles');
    const outDir = values.out ?? 'out';
    const shownSource = path.relative(process.cwd(), source) || '.';

    const { articles, problems } = await extractFiles([source]);
    for (const p of problems) io.stderr.write(formatProblem(p) + '\n');
    if (articles.length === 0) throw new UserError(`newskg start: ${shownSource}: no article could be extracted; fix the files reported above`);

    try {
      await mkdir(outDir, { recursive: true });
    } catch (e) {
      throw new UserError(`newskg start: ${outDir}: cannot create the output folder (${(e as NodeJS.ErrnoException).code}); pass --out with a folder you can write`);
    }
    io.stdout.write(`newskg: extracted ${plural(articles.length, 'article')} from ${shownSource} into ${outDir}${path.sep}\n`);

    let invalid = 0;
    for (const a of articles) {
      const quads = quadsOf([a], false);
      const file = path.join(outDir, `${a.article.id}.ttl`);
      await writeFileAtomic(file, await serialise(quads, 'turtle'), 'newskg start');
      const report = await validate(quads);
      const verdict = report.conforms ? 'valid' : `${plural(report.violations.length, 'violation')}`;
      io.stdout.write(`  ${file}: ${summaryLine(a)}; ${verdict}\n`);
      if (!report.conforms) {
        invalid++;
        reportProblems(io, file, report);
      }
    }

    const corpus = path.join(outDir, 'corpus.trig');
    const all = quadsOf(articles, true);
    await writeFileAtomic(corpus, await serialise(all, 'trig'), 'newskg start');
    const report = await validate(all);
    io.stdout.write(`  ${corpus}: all articles, one named graph each; ${report.conforms ? 'valid' : plural(report.violations.length, 'violation')}\n`);
    if (!report.conforms) {
      invalid++;
      reportProblems(io, corpus, report);
    }
    io.stdout.write(`Output is in ${path.resolve(outDir)}\n`);

    const code = problems.length > 0 || invalid > 0 ? 1 : 0;
    const interactive = (io.stdout as { isTTY?: boolean }).isTTY === true;
    if (!values.view || !interactive || code !== 0) return code;
    return (await serveViewer(corpus, io)) ?? code;
  },
};
