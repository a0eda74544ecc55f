// Scoring extracted graphs against gold annotations, and mentions against CoNLL-2003.
export { scoreGraph, formatReport, reportJson, prf } from './score.js';
export { parseGold, readGold } from './gold.js';
export { findGoldFiles, resolveArticle, readGraphFile } from './files.js';
export { parseConll, scoreSpans, mentionSpans, conllType } from './conll.js';
export { evalArticles, evalConll, pipelineFinder, type Pipeline, type ArticleResult } from './run.js';
export { summarise, formatSummary, conllTable, formatConll } from './summary.js';
export type * from './types.js';
