// `npm run bench` part for extraction: the whole pipeline, text → RDF quads, in words per second over the
// evaluation set and the bundled articles, next to compromise's own entity pass on the same texts.
// One core: no workers, articles one after another, as `newskg extract` runs them.
import { execFileSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import nlp from 'compromise';
import { readArticle, readArticleText } from '../input/index.js';
import { analyse, toQuads } from '../pipeline.js';
import { dataPath, packageRoot } from '../paths.js';
import { analyseSyntax } from '../syntax/analyse.js';
import { segment } from '../text/index.js';
import type { Article } from '../types.js';
import { goal, loadLine, median, medianOf, ms, timed, type Timing } from './measure.js';

const RUNS = 5;
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

async function textFiles(folder: string): Promise<string[]> {
  return (await readdir(dataPath(folder))).filter((f) => f.endsWith('.txt')).sort().map((f) => dataPath(folder, f));
}

const pipeline = (articles: Article[]): number => articles.reduce((n, a) => n + toQuads(analyse(a)).length, 0);

/** compromise's people, places and organisations, as strings: what an entity pass hands on. */
const compromise = (articles: Article[]): number => articles.reduce((n, a) => {
  const doc = nlp(a.text);
  return n + doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}, 0);

/** The syntax stage alone (tagger and parser over every sentence), on already segmented text. */
const syntaxOnly = (docs: ReturnType<typeof segment>[]): number => docs.reduce((n, d) => n + analyseSyntax(d).tokens.length, 0);

/** `newskg extract` on one article in a fresh process: what a user waits for, models loaded included. */
function coldStart(file: string): number {
  const t0 = performance.now();
  execFileSync(process.execPath, [`${packageRoot()}/bin/newskg.js`, 'extract', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  return performance.now() - t0;
}

/** A ~1,000-word plain-text article: the first eval article's date and headline, then the eval articles'
 * paragraphs taken in turn (first of each, second of each, …) until there are 1,000 words. */
export function generatedArticle(texts: string[]): Article {
  const bodies = texts.map((t) => t.split(/\n\s*\n/).slice(2).map((p) => p.trim()).filter(Boolean));
  const [date, headline] = texts[0]!.split(/\n\s*\n/);
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < 1000 && bodies.some((b) => i < b.length); i++) {
    for (const b of bodies) {
      if (count >= 1000 || i >= b.length) continue;
      paragraphs.push(b[i]!);
      count += words(b[i]!);
    }
  }
  return readArticleText([date, 'Generated bench article', ...paragraphs].join('\n\n'), 'generated-1000-words.txt', 'text');
}

/** Interleaved rounds, so that a change in the machine's load hits both sides alike. */
async function race(runs: number, a: () => unknown, b: () => unknown): Promise<[Timing, Timing]> {
  await a();
  await b();
  const ta: Timing[] = [];
  const tb: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(await timed(a));
    tb.push(await timed(b));
  }
  const med = (ts: Timing[]): Timing => ({ wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) });
  return [med(ta), med(tb)];
}

export async function benchExtraction(): Promise<string> {
  const evalFiles = await textFiles('eval');
  const articles = await Promise.all([...evalFiles, ...(await textFiles('articles'))].map((f) => readArticle(f)));
  const total = articles.reduce((n, a) => n + words(a.text), 0);
  const [ours, theirs] = await race(RUNS, () => pipeline(articles), () => compromise(articles));
  const wps = (t: number): number => Math.round(total / (t / 1000));
  const big = generatedArticle(articles.slice(0, evalFiles.length).map((a) => a.text));
  const bigWords = words(big.text);
  const one = await medianOf(RUNS, 1, () => toQuads(analyse(big)));
  const perK = ours.wall / (total / 1000);
  const docs = articles.map((a) => segment(a));
  const syntax = await medianOf(RUNS, 1, () => syntaxOnly(docs));
  // the first run may write the unzipped models and the gazetteer index to node_modules/.cache/newskg/
  const first = dataPath('articles', 'muscat-talks-2026-02-07.txt');
  coldStart(first);
  const cold = median([0, 1, 2, 3, 4].map(() => coldStart(first)));

  // Wall time only: V8 collects garbage on helper threads, so CPU time overstates a one-core run here.
  const row = (name: string, t: Timing): string =>
    `  ${name.padEnd(40)} ${ms(t.wall).padStart(10)} ${`${wps(t.wall).toLocaleString('en-US')} words/s`.padStart(16)}`;
  const ratio = wps(ours.wall) / wps(theirs.wall);
  return [
    `extraction: ${articles.length} articles (data/eval + data/articles), ${total.toLocaleString('en-US')} words; median of ${RUNS} runs after 1 warm-up, one core`,
    loadLine(),
    `  ${''.padEnd(40)} ${'per pass'.padStart(10)} ${'speed'.padStart(16)}`,
    row('newskg pipeline: text → RDF quads', ours),
    row('compromise people/places/organizations', theirs),
    row('of the pipeline: syntax (tagger + parser)', syntax),
    `  pipeline ÷ compromise speed:   ${ratio.toFixed(2)}×`,
    `  per 1,000 words (pipeline):    ${perK.toFixed(1)} ms`,
    `  generated ${bigWords}-word article:  ${ms(one.wall)} for text → quads`,
    goal('pipeline at least as fast as compromise\'s entity pass (ratio ≥ 1)', ratio >= 1),
    `  cold start, \`newskg extract\` on the first article: ${ms(cold)} (median of 5 fresh processes after one)`,
    goal(`cold start of \`newskg extract\` on one article under 0.6 s (issue 11; measured ${ms(cold)})`, cold < 600),
    goal(`< 50 ms per 1,000 words (measured ${perK.toFixed(1)} ms; the ${bigWords}-word article ${ms(one.wall)})`, perK < 50),
  ].join('\n');
}
