// An existing corpus, as `build --add` needs it: its article IRIs, its default graph (the merged
// entities) and where its article graphs end. With the corpus index written by the last build
// (".<corpus>.index" beside it) only the entity section at the end of the file is parsed; without
// it, or when the corpus changed since, the whole file is read once, as a stream.
import { createReadStream } from 'node:fs';
import { readFile, stat, unlink, writeFile, rename, open } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Parser, StreamParser, type Quad } from 'n3';
import { UserError } from '../errors.js';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';
import { identityFacts, type IdentityFacts } from './identity.js';

const FORMAT = 1;

/** What the index records about the corpus file it was written with. */
export interface CorpusIndex {
  format: number;
  /** The corpus file it describes: a different inode, size or time means someone else wrote it. */
  ino: number;
  size: number;
  mtimeMs: number;
  /** Byte offset where the article graphs end and the default graph (entities) begins. */
  articlesEnd: number;
  /** Triples in the article graphs. */
  articleQuads: number;
  /** Article graph IRIs, in the order they were added. */
  articles: string[];
}

export interface ExistingCorpus {
  articles: string[];
  /** The default graph's quads. */
  defaultQuads: Quad[];
  /** Without a usable index the article graphs were read too: what they say about identity (entity types and names in them count for the merge). */
  graphFacts?: IdentityFacts;
  /** Set when the index is valid: the article graphs are the file's first `articlesEnd` bytes. */
  index?: CorpusIndex;
}

export const indexPath = (corpus: string): string => join(dirname(corpus), `.${basename(corpus)}.index`);

const PREFIX_TEXT = Object.entries({ ...PREFIXES, id: ID_BASE }).map(([p, iri]) => `@prefix ${p}: <${iri}>.\n`).join('');

async function readIndex(corpus: string): Promise<CorpusIndex | undefined> {
  try {
    const index = JSON.parse(await readFile(indexPath(corpus), 'utf8')) as CorpusIndex;
    const st = await stat(corpus);
    if (index.format !== FORMAT || index.ino !== st.ino || index.size !== st.size || index.mtimeMs !== st.mtimeMs) return undefined;
    return index;
  } catch {
    return undefined; // no index, or an unreadable one: the corpus is read instead
  }
}

/** Writes the index of a corpus just written (temp file and rename, like the corpus). */
export async function writeIndex(corpus: string, fields: Omit<CorpusIndex, 'format' | 'ino' | 'size' | 'mtimeMs'>): Promise<void> {
  const st = await stat(corpus);
  const index: CorpusIndex = { format: FORMAT, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ...fields };
  const path = indexPath(corpus);
  // named like the corpus's temp files, so the next build removes it if this process is killed here
  const temp = join(dirname(corpus), `.${basename(corpus)}.${process.pid}.${Date.now()}.index.tmp`);
  try {
    await writeFile(temp, JSON.stringify(index));
    await rename(temp, path);
  } catch {
    // Without its index the corpus is still whole; the next --add reads it instead.
    await unlink(temp).catch(() => undefined);
  }
}

export async function removeIndex(corpus: string): Promise<void> {
  await unlink(indexPath(corpus)).catch(() => undefined);
}

export async function readExisting(corpus: string): Promise<ExistingCorpus> {
  const index = await readIndex(corpus);
  if (index) {
    const file = await open(corpus, 'r');
    try {
      const length = index.size - index.articlesEnd;
      const bytes = Buffer.alloc(length);
      await file.read(bytes, 0, length, index.articlesEnd);
      const defaultQuads = new Parser({ format: 'application/trig' }).parse(PREFIX_TEXT + bytes.toString('utf8'));
      return { articles: index.articles, defaultQuads, index };
    } catch {
      // an entity section that does not parse: read the whole file below, which reports where it fails
    } finally {
      await file.close();
    }
  }
  const articles = new Set<string>();
  const defaultQuads: Quad[] = [];
  const graphFacts: IdentityFacts = { types: [], names: [], articles: [] };
  for await (const q of parseStream(corpus)) {
    if (q.graph.termType === 'DefaultGraph') {
      defaultQuads.push(q);
      continue;
    }
    articles.add(q.graph.value);
    const f = identityFacts([q]);
    graphFacts.types.push(...f.types);
    graphFacts.names.push(...f.names);
    graphFacts.articles.push(...f.articles);
  }
  return { articles: [...articles], defaultQuads, graphFacts };
}

/** The quads of a TriG file (or of its first `end` bytes), parsed as a stream; a syntax error is one line naming the file. */
export async function* parseStream(file: string, end?: number): AsyncGenerator<Quad> {
  const parser = new StreamParser({ format: 'application/trig' });
  const input = createReadStream(file, end === undefined ? {} : { end: end - 1 });
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const q of parser as AsyncIterable<Quad>) yield q;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(code ? `build: ${file}: cannot read (${code}); check the path` : `build: ${file}: not a corpus this build can add to (${(e as Error).message}); build it again without --add`);
  }
}

