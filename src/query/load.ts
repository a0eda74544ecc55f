// Turns the files a user names into quads: graph files are parsed, articles
// are run through the extraction pipeline.
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DataFactory, type Quad } from 'n3';
import { readIndexHead } from '../corpus/existing.js';
import { UserError } from '../errors.js';
import { listArticleFiles, problemError, readDatedArticle } from '../input/index.js';
import { analyse, toQuads } from '../pipeline.js';
import { readGraphFile } from '../rdf/parse.js';
import { SCHEMA, RDF } from '../rdf/vocab.js';
import type { RdfText } from './oxigraph.js';

import { ARTICLE_EXTENSIONS, isArticleFile } from '../input/files.js';

export { ARTICLE_EXTENSIONS, isArticleFile };
export const GRAPH_EXTENSIONS = new Set(['.ttl', '.trig', '.nt', '.nq', '.jsonld', '.json']);


/** The article node's IRI in an extraction's quads, used as the article's named graph. */
export function articleIri(quads: Quad[]): string | undefined {
  return quads.find((q) => q.predicate.value === RDF('type') && q.object.value === SCHEMA('NewsArticle'))?.subject.value;
}

/** Extracts one article; with `named`, its quads go into a graph named after the article node. */
export async function extractArticle(file: string, named = false, date?: string): Promise<{ iri: string | undefined; quads: Quad[] }> {
  const read = await readDatedArticle(file, { date });
  if (!read.ok) throw problemError(read.problem);
  const quads = toQuads(analyse(read.article));
  const iri = articleIri(quads);
  if (!named || !iri) return { iri, quads };
  const g = DataFactory.namedNode(iri);
  return { iri, quads: quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, g)) };
}

export async function loadSource(file: string): Promise<Quad[]> {
  const ext = path.extname(file).toLowerCase();
  if (ARTICLE_EXTENSIONS.has(ext)) {
    try {
      await stat(file);
    } catch {
      throw new UserError(`query: ${file}: no such file; check the path`);
    }
    return (await extractArticle(file)).quads;
  }
  if (GRAPH_EXTENSIONS.has(ext)) return readGraphFile(file);
  throw new UserError(`query: ${file}: unknown file type "${ext || 'no extension'}"; pass a graph (.ttl .trig .nt .nq .jsonld) or an article (.txt .md .html)`);
}

/** A folder stands for the articles in it, found as `extract` and `build` find them. */
async function expandFolders(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const isFolder = await stat(p).then((st) => st.isDirectory(), () => false);
    if (!isFolder) {
      out.push(p);
      continue;
    }
    const { files, problems } = await listArticleFiles([p]);
    if (problems.length) throw problemError(problems[0]);
    if (!files.length) throw new UserError(`query: ${p}: folder has no articles (.txt .md .html); pass articles, graphs or folders of articles`);
    out.push(...files);
  }
  return out;
}

export async function loadSources(paths: string[]): Promise<Quad[]> {
  const files = await expandFolders(paths);
  const all: Quad[] = [];
  for (const f of files) for (const q of await loadSource(f)) all.push(q);
  return all;
}

/** Graph files the engine parses itself (Oxigraph reads these four syntaxes natively). */
const ENGINE_FORMATS: Record<string, string> = {
  '.ttl': 'text/turtle', '.trig': 'application/trig', '.nt': 'application/n-triples', '.nq': 'application/n-quads',
};

/**
 * A TriG file, with what the index its build left beside it says of its graphs when that index
 * describes the file as it was read (the same inode, size and time before and after the read).
 */
async function readCorpus(f: string): Promise<RdfText> {
  const file = await open(f, 'r');
  try {
    const before = await file.stat();
    const bytes = await file.readFile();
    const after = await file.stat();
    const same = bytes.length === before.size && after.size === before.size && after.mtimeMs === before.mtimeMs;
    const head = same ? await readIndexHead(f, before) : undefined;
    return { bytes, format: 'application/trig', name: f, disjointGraphs: head?.disjointGraphs === true };
  } finally {
    await file.close();
  }
}

/** What `createEngine(quads, texts)` takes: extracted or JSON-LD quads, and graph files as bytes. */
export interface EngineSources { quads: Quad[]; texts: RdfText[] }

/** Like loadSources, but Turtle, TriG, N-Triples and N-Quads files stay text for the engine to parse: at 1M triples,
 * parsing them in JS and converting to N-Quads took longer than the engine's own load. */
export async function loadEngineSources(paths: string[]): Promise<EngineSources> {
  const files = await expandFolders(paths);
  const out: EngineSources = { quads: [], texts: [] };
  for (const f of files) {
    const format = ENGINE_FORMATS[path.extname(f).toLowerCase()];
    if (!format) {
      for (const q of await loadSource(f)) out.quads.push(q);
      continue;
    }
    try {
      out.texts.push(format === 'application/trig' ? await readCorpus(f) : { bytes: await readFile(f), format, name: f });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UserError(`newskg: ${f}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`}; check the path`);
    }
  }
  return out;
}

