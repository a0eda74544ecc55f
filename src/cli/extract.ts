// `newskg extract`: articles in, one RDF graph out (stdout or an atomically written file).
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import type { Quad } from 'n3';
import { articleIri } from '../entities/iri.js';
import { UserError } from '../errors.js';
import { isIsoDate } from '../input/dates.js';
import { formatProblem, listArticleFiles, maskMarkdown, readDatedArticle } from '../input/index.js';
import { arrange, chooseFormat, checkWritable, DATASET_FORMATS, harmoniseLabels, serialise, writeFileAtomic, type OutputFormat } from '../output/index.js';
import { analyse, loadExtractor, toQuads } from '../pipeline.js';
import { preloadSyntaxModels } from '../syntax/models.js';
import type { Article, Extraction, Problem } from '../types.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './args.js';

/** One article after analysis. */
export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
  /** The article's IRI, also the name of its graph in TriG / N-Quads. */
  iri: string;
}

export interface ExtractOptions {
  date?: string;
  stdin?: Readable;
}

async function readOne(file: string, opts: ExtractOptions): Promise<Article | Problem> {
  const read = await readDatedArticle(file, { date: opts.date, stdin: opts.stdin });
  return read.ok ? read.article : { ...read.problem, file: file === '-' ? 'stdin' : read.problem.file };
}

/** Reads and analyses every article the paths name; bad inputs come back as problems, not errors. */
export async function extractFiles(
  paths: string[],
  opts: ExtractOptions = {},
): Promise<{ articles: ExtractedArticle[]; problems: Problem[] }> {
  const { files, problems } = await listArticleFiles(paths);
  const articles: ExtractedArticle[] = [];
  const byIri = new Map<string, string>();
  for (const file of files) {
    const read = await readOne(file, opts);
    if (!('id' in read)) {
      problems.push(read);
      continue;
    }
    const iri = articleIri(read.id);
    const first = byIri.get(iri);
    if (first !== undefined) {
      // Same IRI means the two articles' mentions and statements would be mixed up in one node.
      problems.push({ file, message: `same article name as ${first}, so the two would share one IRI; rename one of them` });
      continue;
    }
    byIri.set(iri, file);
    // the first article: the other tables load while the syntax models are read (started by cli/index.ts)
    if (articles.length === 0) loadExtractor();
    await preloadSyntaxModels();
    const extraction = analyse(read, {}, read.format === 'markdown' ? maskMarkdown(read.text) : undefined);
    articles.push({ article: read, extraction, iri });
  }
  return { articles, problems };
}

/** All articles' quads: merged in the default graph, or one named graph each for TriG / N-Quads. */
export function quadsOf(articles: ExtractedArticle[], named: boolean): Quad[] {
  return harmoniseLabels(articles.flatMap((a) => toQuads(a.extraction, named ? a.iri : undefined)));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function parse(argv: string[]) {
  return parseCommandArgs('extract', {
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string' },
      date: { type: 'string' },
    },
  });
}

export const command: Command = {
  name: 'extract',
  ...HELP.extract,
  async run(argv, io) {
    const { values, positionals } = parse(argv);
    if (positionals.length === 0) {
      throw new UserError('newskg extract: no input given; pass article files, a folder, or - for standard input');
    }
    if (values.date !== undefined && !isIsoDate(values.date)) {
      throw new UserError(`newskg extract: --date ${values.date}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`);
    }
    const out = values.output;
    const format: OutputFormat = chooseFormat(values.format, out);
    // Before the slow part: a typo in -o should not cost a full extraction.
    if (out !== undefined) await checkWritable(out, 'newskg extract');

    const { articles, problems } = await extractFiles(positionals, { date: values.date, stdin: io.stdin });
    for (const p of problems) io.stderr.write(formatProblem(p) + '\n');
    if (articles.length === 0) return 2;

    const quads = arrange(quadsOf(articles, DATASET_FORMATS.has(format)));
    const text = await serialise(quads, format);
    if (out === undefined) io.stdout.write(text);
    else {
      await writeFileAtomic(out, text, 'newskg extract');
      io.stderr.write(`newskg extract: wrote ${out} (${format}, ${plural(articles.length, 'article')}, ${plural(quads.length, 'triple')})\n`);
    }
    return problems.length > 0 ? 1 : 0;
  },
};
