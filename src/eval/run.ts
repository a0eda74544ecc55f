// Running the pipeline over an eval set (gold files with their articles) and over CoNLL documents.
import path from 'node:path';
import type { Quad } from 'n3';
import type { Article, Extraction } from '../types.js';
import { mentionSpans, parseConll, compareSpans, addSpanScores, emptySpanScore, type ConllDoc, type SpanScore, type TypedSpan } from './conll.js';
import { resolveArticle } from './files.js';
import { readGold } from './gold.js';
import { scoreGraph } from './score.js';
import type { ScoreReport } from './types.js';

/** The stages eval drives; the CLI passes the real ones, tests may pass stand-ins. */
export interface Pipeline {
  readArticle(file: string): Article | Promise<Article>;
  analyse(article: Article): Extraction;
  toQuads(extraction: Extraction): Quad[];
}

export interface ArticleResult {
  slug: string;
  goldPath: string;
  articlePath?: string;
  report: ScoreReport;
  /** Why the pipeline produced nothing; the article then scores as an empty graph. */
  error?: string;
}

export const slugOf = (goldPath: string): string => path.basename(goldPath).replace(/\.gold\.json$/, '');

export async function evalArticles(goldPaths: string[], pipeline: Pipeline, articlesDir?: string): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  for (const goldPath of goldPaths) {
    const gold = readGold(goldPath);
    const articlePath = resolveArticle(goldPath, gold, articlesDir);
    let quads: Quad[] = [];
    let error: string | undefined;
    try {
      const article = await pipeline.readArticle(articlePath);
      quads = pipeline.toQuads(pipeline.analyse(article));
    } catch (e) {
      // One failing article should not hide the scores of the others.
      error = (e as Error)?.message ?? String(e);
    }
    results.push({ slug: slugOf(goldPath), goldPath, articlePath, report: scoreGraph(gold, quads), error });
  }
  return results;
}

export interface ConllRun {
  score: SpanScore;
  docs: number;
  failed: number;
  firstError?: string;
  /** "FP LOC Kent" / "FN ORG Kent" → how often, over all documents. */
  errors: Map<string, number>;
}

export type SpanFinder = (text: string, doc: ConllDoc) => TypedSpan[];

export function evalConll(content: string, file: string, find: SpanFinder, limit = Infinity): ConllRun {
  const docs = parseConll(content, file).slice(0, limit);
  let score = emptySpanScore();
  let failed = 0;
  let firstError: string | undefined;
  const errors = new Map<string, number>();
  const note = (k: string) => errors.set(k, (errors.get(k) ?? 0) + 1);
  for (const doc of docs) {
    let predicted: TypedSpan[] = [];
    try {
      predicted = find(doc.text, doc);
    } catch (e) {
      failed++;
      firstError ??= (e as Error)?.message ?? String(e);
    }
    const cmp = compareSpans(doc.spans, predicted);
    score = addSpanScores(score, cmp.score);
    for (const s of cmp.falsePositives) note(`FP ${s.type} ${doc.text.slice(s.start, s.end)}`);
    for (const s of cmp.missed) note(`FN ${s.type} ${doc.text.slice(s.start, s.end)}`);
  }
  return { score, docs: docs.length, failed, firstError, errors };
}

/** Our mention finder on one CoNLL document, read as a bare text without dateline or headline. */
export function pipelineFinder(analyse: Pipeline['analyse'], file: string): SpanFinder {
  return (text, doc) => {
    const article: Article = { id: `conll-${doc.index}`, source: file, format: 'text', text, bodyStart: 0 };
    return mentionSpans(analyse(article).entities.flatMap((e) => e.mentions));
  };
}
