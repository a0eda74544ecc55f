// A corpus: one TriG file, one named graph per article (named by the article
// node), merged entities in the default graph.
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writer, type Quad } from 'n3';
import { UserError } from '../errors.js';
import { formatProblem, listArticleFiles } from '../input/index.js';
import { writeFileAtomic } from '../output/write.js';
import { extractArticle, isArticleFile } from '../query/load.js';
import { readGraphFile } from '../rdf/parse.js';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';
import { mergeEntities } from './merge.js';
import { isRunning } from '../util/process.js';

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

export async function buildCorpus(inputs: string[], output: string, add = false, date?: string, progress?: BuildProgress): Promise<BuildReport> {
  const files = await findArticles(inputs);
  if (files.length === 0) throw new UserError(`build: no articles (.txt .md .html) in ${inputs.join(', ')}; pass article files or folders holding them`);
  // one writer at a time: two `build --add` on one corpus would each lose the other's articles
  const release = await lockCorpus(output);
  try {
    return await build(files, output, add, date, progress);
  } finally {
    await release();
  }
}

async function build(files: string[], output: string, add: boolean, date: string | undefined, progress?: BuildProgress): Promise<BuildReport> {
  let existing: Quad[] = [];
  if (add) {
    const exists = await stat(output).then(() => true, () => false);
    if (exists) existing = await readGraphFile(output);
  }
  const graphs = new Set(existing.filter((q) => q.graph.termType === 'NamedNode').map((q) => q.graph.value));
  const added: string[] = [];
  const skipped: string[] = [];
  const fresh: Quad[] = [];
  for (const [k, file] of files.entries()) {
    progress?.(k, files.length);
    const { iri, quads } = await extractArticle(file, true, date);
    if (!iri) throw new UserError(`build: ${file}: the extraction has no schema:NewsArticle node; report this as a bug`);
    if (graphs.has(iri)) {
      skipped.push(file);
      continue;
    }
    graphs.add(iri);
    added.push(file);
    for (const q of quads) fresh.push(q);
  }
  const merged = mergeEntities([...existing, ...fresh]);
  await writeFileAtomic(output, await toTrig(merged), 'newskg build');
  return { added, skipped, articles: graphs.size, triples: merged.length };
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

function toTrig(quads: Quad[]): Promise<string> {
  const writer = new Writer({ format: 'application/trig', prefixes: { ...PREFIXES, id: ID_BASE } });
  // Grouped by graph, so TriG writes each graph block once.
  const sorted = [...quads].sort((a, b) => (a.graph.value < b.graph.value ? -1 : a.graph.value > b.graph.value ? 1 : 0));
  writer.addQuads(sorted);
  return new Promise((resolve, reject) => writer.end((err, out: string) => (err ? reject(err) : resolve(out))));
}
