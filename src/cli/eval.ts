import { readFileSync } from 'node:fs';
import { UserError } from '../errors.js';
import { dataPath } from '../paths.js';
import { evalArticles, evalConll, pipelineFinder, type Pipeline, type SpanFinder } from '../eval/run.js';
import { findGoldFiles } from '../eval/files.js';
import { conllTable, formatConll, formatConllErrors, formatSummary, summarise } from '../eval/summary.js';
import { reportJson } from '../eval/score.js';
import type { CliIO, Command } from './types.js';
import { HELP } from './help.js';

interface Options {
  paths: string[];
  json: boolean;
  explain: boolean;
  conll?: string;
  ud?: string;
  limit: number;
  baseline?: string;
  tagger: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { paths: [], json: false, explain: false, limit: Infinity, tagger: false };
  const value = (i: number, name: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UserError(`newskg eval: ${name} needs a value; run \`newskg eval --help\``);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--explain') o.explain = true;
    else if (a === '--conll') o.conll = value(i++, a);
    else if (a === '--ud') o.ud = value(i++, a);
    else if (a === '--baseline') o.baseline = value(i++, a);
    else if (a === '--tagger') o.tagger = true;
    else if (a === '--limit') {
      o.limit = Number(value(i++, a));
      if (!Number.isInteger(o.limit) || o.limit < 1) throw new UserError(`newskg eval: --limit wants a positive whole number, got "${argv[i]}"; fix the option`);
    } else if (a.startsWith('-')) throw new UserError(`newskg eval: unknown option ${a}; run \`newskg eval --help\``);
    else o.paths.push(a);
  }
  if (o.baseline !== undefined && o.baseline !== 'compromise') {
    throw new UserError(`newskg eval: unknown baseline "${o.baseline}"; the only one is compromise`);
  }
  if (o.baseline && !o.conll) throw new UserError('newskg eval: --baseline only applies to --conll; add --conll FILE');
  if (o.tagger && !o.conll) throw new UserError('newskg eval: --tagger only applies to --conll; add --conll FILE');
  if (o.tagger && o.baseline) throw new UserError('newskg eval: pass either --tagger or --baseline, not both');
  if (o.ud && (o.conll || o.paths.length || o.baseline || o.tagger)) throw new UserError('newskg eval: --ud FILE takes no other input; run it on its own');
  if (o.conll && o.paths.length) throw new UserError('newskg eval: pass either --conll FILE or gold files, not both');
  return o;
}

// Loaded only when needed, so `--baseline compromise` runs even while the pipeline is unfinished.
async function loadPipeline(): Promise<Pipeline> {
  const [{ analyse, toQuads }, { readArticle }] = await Promise.all([import('../pipeline.js'), import('../input/index.js')]);
  return { readArticle: (file) => readArticle(file), analyse: (a) => analyse(a), toQuads: (x) => toQuads(x) };
}

async function runConll(o: Options & { conll: string }, io: CliIO): Promise<number> {
  let content: string;
  try {
    content = readFileSync(o.conll, 'utf8');
  } catch (e) {
    throw new UserError(`newskg eval: cannot read ${o.conll} (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path of the CoNLL file`);
  }
  let find: SpanFinder;
  if (o.baseline === 'compromise') {
    const { compromiseSpans } = await import('../eval/baseline.js');
    find = (text) => compromiseSpans(text);
  } else if (o.tagger) {
    const [{ loadTagger }, { taggerSpans }] = await Promise.all([import('../ner/index.js'), import('../ner/conll.js')]);
    const tagger = loadTagger();
    find = (_text, doc) => taggerSpans(tagger, doc);
  } else {
    const { analyse } = await import('../pipeline.js');
    find = pipelineFinder((a) => analyse(a), o.conll);
  }
  const started = Date.now();
  const run = evalConll(content, o.conll, find, o.limit);
  const table = conllTable(run);
  const label = `${o.baseline ?? (o.tagger ? 'ner tagger' : 'newskg')} on ${o.conll}`;
  if (o.json) io.stdout.write(JSON.stringify({ label, ...table, firstError: run.firstError }, null, 1) + '\n');
  else {
    io.stdout.write(formatConll(table, label) + `(${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    if (o.explain) io.stdout.write('\n' + formatConllErrors(run));
  }
  if (run.firstError) io.stderr.write(`newskg eval: ${run.failed} document(s) failed; first error: ${run.firstError.split('\n')[0]}\n`);
  return 0;
}

async function runUd(file: string, json: boolean, io: CliIO): Promise<number> {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UserError(`newskg eval: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path of the CoNLL-U file`);
  }
  const [{ parseConllu }, { scoreUd, formatUdScore }, { parseWords }] = await Promise.all([
    import('../syntax/conllu.js'), import('../syntax/evaluate.js'), import('../syntax/analyse.js'),
  ]);
  const { sentences, problems } = parseConllu(content);
  if (problems.length) throw new UserError(`newskg eval: ${file}:${problems[0].line}: ${problems[0].message}; fix the CoNLL-U file`);
  if (!sentences.length) throw new UserError(`newskg eval: ${file} holds no CoNLL-U sentences; pass a .conllu treebank file`);
  const started = Date.now();
  const score = scoreUd(sentences, (forms) => parseWords(forms));
  const seconds = (Date.now() - started) / 1000;
  if (json) io.stdout.write(JSON.stringify({ file, ...score, seconds }, null, 1) + '\n');
  else io.stdout.write(`newskg tagger and parser on ${file}\n${formatUdScore(score)}\n(${seconds.toFixed(1)} s, ${Math.round(score.words / seconds)} words/s)\n`);
  return 0;
}

async function runGold(o: Options, io: CliIO): Promise<number> {
  const goldFiles = findGoldFiles(o.paths.length ? o.paths : [dataPath('eval')]);
  const results = await evalArticles(goldFiles, await loadPipeline(), dataPath('articles'));
  const summary = summarise(results);
  if (o.json) {
    const articles = results.map((r) => ({
      slug: r.slug, gold: r.goldPath, article: r.articlePath, error: r.error, ...reportJson(r.report),
      ...(o.explain ? { explain: r.report.explain } : {}),
    }));
    io.stdout.write(JSON.stringify({ articles, categories: summary.categories, meanOverall: summary.meanOverall }, null, 1) + '\n');
  } else {
    io.stdout.write(formatSummary(summary));
    if (o.explain) {
      for (const r of results) {
        io.stdout.write(`\n== ${r.slug}${r.error ? ' (pipeline failed: ' + r.error.split('\n')[0] + ')' : ''}\n`);
        io.stdout.write('entities missed: ' + (r.report.missedEntities.join(', ') || 'none') + '\n');
        io.stdout.write('entities wrong:  ' + (r.report.falsePositiveEntities.join('; ') || 'none') + '\n');
        if (r.report.explain.length) io.stdout.write(r.report.explain.join('\n') + '\n');
      }
    }
  }
  for (const r of results) if (r.error) io.stderr.write(`newskg eval: ${r.slug}: pipeline failed: ${r.error.split('\n')[0]}\n`);
  return 0;
}

export const command: Command = {
  name: 'eval',
  ...HELP.eval,
  async run(argv, io) {
    const o = parseArgs(argv);
    if (o.ud) return runUd(o.ud, o.json, io);
    return o.conll ? runConll({ ...o, conll: o.conll }, io) : runGold(o, io);
  },
};
