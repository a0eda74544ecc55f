// A corpus: one TriG file, one named graph per article (named by the article node), merged
// entities in the default graph, written last. A build extracts each article into a spool file
// (spool.ts) while it gathers cross-article identity (identity.ts), plans the merge, then writes
// each graph as it reads it back (route.ts, trig.ts): memory holds the identity (then only the merge
// plan made from it, and the router's entity lines and names, kept compact) and one article, never
// the corpus. `--add` keeps the bytes of the existing article graphs and, unless an entity of
// theirs is renamed, writes after them in place (append.ts); the index gives it the entity section
// without parsing it (existing.ts, section.ts).
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { Quad } from 'n3';
import { UserError } from '../errors.js';
import { formatProblem, listArticleFiles } from '../input/index.js';
import { checkWritable, failure, removeStaleTemps } from '../output/write.js';
import { articleIri } from '../entities/iri.js';
// from input/, not query/load.js: that loads the extractor, which with --jobs N only the workers need
import { articleId, isArticleFile } from '../input/files.js';
import { isRunning } from '../util/process.js';
import { recoverAppend, type AppendStage } from './append.js';
import { readExisting, readSection, parseStream, writeIndex } from './existing.js';
import type { ExtractedForCorpus } from './extract.js';
import { Identity, identityFacts } from './identity.js';
import { cacheFacts, routeSection, sectionSubjects } from './section.js';
import { ThreadPool } from './pool.js';
import { copyRenamed } from './rename.js';
import { Router } from './route.js';
import type { OldSection } from './section-text.js';
import { Spool } from './spool.js';
import { CorpusWriter } from './trig.js';

export { mergeEntities, mergePlan } from './merge.js';

export interface BuildReport {
  added: string[];
  skipped: string[];
  articles: number;
  triples: number;
}

/** Article files named directly or found (recursively, sorted) in the folders given. */
export async function findArticles(inputs: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = await stat(input);
    } catch {
      throw new UserError(`build: ${input}: no such file or folder; check the path`);
    }
    if (st.isDirectory()) {
      // the same search as extract's: no hidden folders, no documentation, no symbolic links followed
      const { files, problems } = await listArticleFiles([input]);
      if (problems.length) throw new UserError(formatProblem(problems[0]));
      out.push(...files);
    } else if (isArticleFile(input)) {
      out.push(input);
    } else {
      throw new UserError(`build: ${input}: not an article (.txt .md .html); pass articles or folders of them`);
    }
  }
  return out;
}

/** Called after each article with how many of how many are done. */
export type BuildProgress = (done: number, total: number) => void;

/** How `--add` writes (for tests: both ways give the same bytes, and a stopped append is put back). */
export interface AppendOptions {
  /** 'copy' writes a new file as the whole corpus was before append.ts; default: in place when no entity of the corpus is renamed. */
  append?: 'in-place' | 'copy';
  /** Called at each point of an append in place. */
  stage?: AppendStage;
}

/** The articles extracted, in input order, on the pool's threads or on this one (only then does it load the extractor). */
async function* extractArticles(files: string[], date: string | undefined, pool: ThreadPool | undefined): AsyncGenerator<ExtractedForCorpus> {
  if (pool) yield* pool.extract(files, date);
  else yield* (await import('./extract.js')).extractInOrder(files, date);
}

/**
 * The spool's article graphs through the router into the corpus, in order: on the pool's threads,
 * which route and write each graph's TriG (the router here takes what they set aside, in order), or
 * on this one. Returns when all are written.
 */
async function writeArticleGraphs(spool: Spool, plan: Map<string, string>, router: Router, out: CorpusWriter, pool: ThreadPool | undefined): Promise<void> {
  if (!pool) {
    for await (const quads of spool.read()) await out.writeGraph(router.route(quads));
    return;
  }
  for await (const graph of pool.route(plan, spool.path, spool.ranges())) {
    router.take(graph);
    await out.appendBytes([Buffer.from(graph.trig.buffer, graph.trig.byteOffset, graph.trig.byteLength)]);
  }
}

/**
 * Threads for `articles` new articles when the user did not choose: a worker pays about a second of
 * CPU to load the extractor, so a few articles (an --add of 10) are extracted on this thread.
 */
export function autoJobs(articles: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(articles / 16)));
}

export async function buildCorpus(inputs: string[], output: string, add = false, date?: string, progress?: BuildProgress, jobs: number | 'auto' = 1, options: AppendOptions = {}): Promise<BuildReport> {
  const files = await findArticles(inputs);
  if (files.length === 0) throw new UserError(`build: no articles (.txt .md .html) in ${inputs.join(', ')}; pass article files or folders holding them`);
  // one writer at a time: two `build --add` on one corpus would each lose the other's articles
  const release = await lockCorpus(output);
  try {
    // a build stopped while appending in place left the corpus half written: put it back first
    await recoverAppend(output);
    return await build(files, output, add, date, progress, jobs, options);
  } finally {
    await release();
  }
}

async function build(files: string[], output: string, add: boolean, date: string | undefined, progress: BuildProgress | undefined, jobs: number | 'auto', options: AppendOptions): Promise<BuildReport> {
  const exists = await stat(output).then(() => true, () => false);
  const existing = add && exists ? await readExisting(output) : undefined;
  await checkWritable(output, 'build');
  await removeStaleTemps(output);
  // Existing entities first, then the new articles', in order: the merge depends on the order.
  // dropped once the plan is made: its names and sets are not needed to write the corpus
  let identity: Identity | undefined = new Identity();
  const graphs = new Set(existing?.articles ?? []);
  if (existing) {
    if (existing.index) identity.add(cacheFacts(existing.index.entities), true);
    else identity.add(identityFacts(existing.defaultQuads));
    if (existing.graphFacts) identity.add(existing.graphFacts);
    for (const a of existing.articles) identity.addArticle(a);
  }
  const added: string[] = [];
  const addedIris: string[] = [];
  const skipped: string[] = [];
  // An article's IRI comes from its file name, so one already in the corpus (or named twice) is skipped
  // unread: `build folder/ --add` extracts only the new files.
  const fresh: string[] = [];
  for (const file of files) {
    const iri = articleIri(articleId(file));
    if (graphs.has(iri)) skipped.push(file);
    else {
      graphs.add(iri);
      fresh.push(file);
    }
  }
  const spool = await Spool.create(output).catch((e: unknown) => { throw failure('build', output, e); });
  let out: CorpusWriter | undefined;
  const threads = Math.min(jobs === 'auto' ? autoJobs(fresh.length) : jobs, fresh.length);
  const pool = threads > 1 ? await ThreadPool.start(threads) : undefined;
  try {
    let k = 0;
    for await (const x of extractArticles(fresh, date, pool)) {
      progress?.(k++, fresh.length);
      if (x.iri !== articleIri(articleId(x.file))) throw new UserError(`build: ${x.file}: its graph is named ${x.iri}, not by its file name; report this as a bug`, 70);
      added.push(x.file);
      addedIris.push(x.iri);
      identity.add(x.facts);
      await spool.append(x.nquads);
    }
    const plan = identity.plan();
    identity = undefined;
    const router = new Router(plan);
    const index = existing?.index;
    // The old article graphs keep their bytes unless the new articles renamed one of their entities
    // (a fuller name arrived); then they are copied with those IRIs replaced.
    const renames = index ? renamedEntities(sectionSubjects(index.entities), plan) : new Map<string, string>();
    if (index) routeSection(router, index.entities, plan);
    else if (existing) router.route(existing.defaultQuads);
    let articleQuads = 0;
    // the section being replaced, whose bytes the new one reuses (read before anything is written over it)
    let old: OldSection | undefined;
    if (index && renames.size === 0) {
      out = (options.append !== 'copy' ? await CorpusWriter.inPlace(output, index, options.stage) : undefined)
        ?? (await CorpusWriter.continuing(output, output, index.articlesEnd));
      articleQuads = index.articleQuads;
      old = { cache: index.entities, bytes: out.savedSection ?? (await readSection(output, index)) };
    } else if (index) {
      old = { cache: index.entities, bytes: await readSection(output, index) };
      out = await CorpusWriter.empty(output);
      await copyRenamed(output, index.articlesEnd, renames, out);
      // the copy is on its way to disk while the rest is written
      out.flush();
      // a triple that the rename made equal to another of its graph is now written twice (one triple to any RDF reader)
      articleQuads = index.articleQuads;
    } else {
      out = await CorpusWriter.create(output);
      if (existing) articleQuads = await rewriteGraphs(output, undefined, router, out);
    }
    await writeArticleGraphs(spool, plan, router, out, pool);
    await pool?.close();
    await options.stage?.('graphs');
    articleQuads += router.graphQuads;
    const articlesEnd = out.position;
    const entities = await out.writeEntities(router, old);
    const articles = [...(existing?.articles ?? []), ...addedIris];
    // the graphs kept by their bytes were about their articles if the last build said so, and still are
    // unless a renamed entity was one of an article's own subjects
    const disjointGraphs = router.ownSubjects && (!index || (index.disjointGraphs === true && ![...renames.keys()].some((iri) => graphs.has(iri.split('#')[0]!))));
    const done = out;
    out = undefined;
    await done.commit(() => writeIndex(output, { articlesEnd, articleQuads, disjointGraphs, articles, entities }));
    return { added, skipped, articles: graphs.size, triples: articleQuads + router.defaultQuads };
  } finally {
    await pool?.close();
    await out?.abort();
    await spool.remove();
  }
}

/** Entities of the existing corpus that the plan gives another IRI (old → new): its article graphs then change. */
function renamedEntities(subjects: Iterable<string>, plan: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of subjects) {
    const to = plan.get(s);
    if (to !== undefined && to !== s) out.set(s, to);
  }
  return out;
}

/** Writes the article graphs of the corpus (its first `end` bytes, or all of it) again through the router; returns their triples. */
async function rewriteGraphs(corpus: string, end: number | undefined, router: Router, out: CorpusWriter): Promise<number> {
  const before = router.graphQuads;
  let graph: string | undefined;
  let block: Quad[] = [];
  const flush = async () => {
    if (block.length) await out.writeGraph(router.route(block));
    block = [];
  };
  for await (const q of parseStream(corpus, end)) {
    if (q.graph.termType === 'DefaultGraph') continue; // read already (readExisting)
    if (q.graph.value !== graph) {
      await flush();
      graph = q.graph.value;
    }
    block.push(q);
  }
  await flush();
  const n = router.graphQuads - before;
  router.graphQuads = before;
  return n;
}

/**
 * Takes ".<corpus>.lock" beside the corpus (holding this process's id), or fails with one line
 * when a running build holds it; a lock whose process is gone is taken over.
 */
async function lockCorpus(output: string): Promise<() => Promise<void>> {
  const lock = path.join(path.dirname(output), `.${path.basename(output)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      return () => unlink(lock).catch(() => undefined);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') return async () => undefined; // an unwritable folder is reported by the write itself
      const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isRunning(holder)) {
        throw new UserError(`build: ${output}: another build (process ${holder}) is writing it; wait for it to finish and run again`);
      }
      await unlink(lock).catch(() => undefined);
    }
  }
  throw new UserError(`build: ${output}: could not take its lock ${lock}; remove it if no build is running`);
}
