// An existing corpus, as `build --add` needs it: its article IRIs, its default graph (the merged
// entities) and where its article graphs end. With the corpus index written by the last build
// (".<corpus>.index" beside it) nothing of the corpus is parsed: the index holds what the entity
// section says (section.ts); without it, or when the corpus changed since, the whole file is read
// once, as a stream.
import { createReadStream } from 'node:fs';
import { open, readFile, stat, unlink, rename, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StreamParser, type Quad } from 'n3';
import { detach } from '../util/detach.js';
import { UserError } from '../errors.js';
import { identityFacts, type IdentityFacts } from './identity.js';
import type { EntityCache, LineList, SectionCache } from './section.js';

/** 2: the index holds the entity section's cache; an index of format 1 is not used (the corpus is read instead). */
const FORMAT = 2;

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
  /**
   * Every triple of an article graph is about that article (its subject is the graph's name or the
   * name and a fragment), so no triple is in two article graphs: serve need not look for one
   * (query/worker-code.ts). Absent in an index written before it was recorded.
   */
  disjointGraphs?: boolean;
  /** Article graph IRIs, in the order they were added. */
  articles: string[];
  /** What the entity section (the file from `articlesEnd` on) holds. */
  entities: EntityCache;
}

export interface ExistingCorpus {
  articles: string[];
  /** The default graph's quads, when the corpus was read (without a usable index). */
  defaultQuads: Quad[];
  /** Without a usable index the article graphs were read too: what they say about identity (entity types and names in them count for the merge). */
  graphFacts?: IdentityFacts;
  /** Set when the index is valid: the article graphs are the file's first `articlesEnd` bytes and its cache is the entity section. */
  index?: CorpusIndex;
}

export const indexPath = (corpus: string): string => join(dirname(corpus), `.${basename(corpus)}.index`);

/** The index beside the corpus, if it describes the corpus file as it is now. */
export async function readIndex(corpus: string): Promise<CorpusIndex | undefined> {
  try {
    const index = JSON.parse(await readFile(indexPath(corpus), 'utf8')) as CorpusIndex;
    const st = await stat(corpus);
    if (index.format !== FORMAT || index.ino !== st.ino || index.size !== st.size || index.mtimeMs !== st.mtimeMs || !index.entities) return undefined;
    return index;
  } catch {
    return undefined; // no index, or an unreadable one: the corpus is read instead
  }
}

/** The index's fields before its lists, as writeJson puts them first. */
export type IndexHead = Omit<CorpusIndex, 'articles' | 'entities'>;

/**
 * The index's own fields, if it describes `corpus` as `st` found it, read from the index's first
 * bytes: its lists (the entity section's lines are 80 MB at 100,000 articles) are never parsed.
 */
export async function readIndexHead(corpus: string, st: { ino: number; size: number; mtimeMs: number }): Promise<IndexHead | undefined> {
  try {
    const file = await open(indexPath(corpus), 'r');
    let text: string;
    try {
      const buffer = Buffer.alloc(4096);
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      text = buffer.toString('utf8', 0, bytesRead);
    } finally {
      await file.close();
    }
    const end = text.indexOf(',"articles":');
    if (!text.startsWith('{') || end < 0) return undefined;
    const head = JSON.parse(`${text.slice(0, end)}}`) as IndexHead;
    if (head.format !== FORMAT || head.ino !== st.ino || head.size !== st.size || head.mtimeMs !== st.mtimeMs) return undefined;
    return head;
  } catch {
    return undefined; // no index, or an unreadable one
  }
}

/**
 * Writes the index as JSON.stringify would, its long lists a batch at a time: the entity section's
 * lines alone are 8 MB of JSON at 10,000 articles, 80 at 100,000, never one string.
 */
async function writeJson(path: string, index: WrittenIndex): Promise<void> {
  const file = await open(path, 'w');
  try {
    let at = 0;
    const put = async (text: string): Promise<void> => {
      const bytes = Buffer.from(text, 'utf8');
      await file.write(bytes, 0, bytes.length, at);
      at += bytes.length;
    };
    const list = async (items: LineList | readonly unknown[]): Promise<void> => {
      await put('[');
      for (let i = 0; i < items.length; i += 10_000) await put((i ? ',' : '') + JSON.stringify(items.slice(i, i + 10_000)).slice(1, -1));
      await put(']');
    };
    const { articles, entities, ...fields } = index;
    await put(`${JSON.stringify(fields).slice(0, -1)},"articles":`);
    await list(articles);
    await put(',"entities":{"lines":');
    await list(entities.lines);
    await put(',"names":');
    await list(entities.names);
    await put(',"ends":');
    await list(entities.ends);
    await put('}}');
  } finally {
    await file.close();
  }
}

/** An index as it is written: the entity section's lines may be the router's store. */
type WrittenIndex = Omit<CorpusIndex, 'entities'> & { entities: SectionCache };

/** Writes the index of a corpus just written (temp file and rename, like the corpus). */
export async function writeIndex(corpus: string, fields: Omit<WrittenIndex, 'format' | 'ino' | 'size' | 'mtimeMs'>): Promise<void> {
  const st = await stat(corpus);
  const index: WrittenIndex = { format: FORMAT, ino: st.ino, size: st.size, mtimeMs: st.mtimeMs, ...fields };
  const path = indexPath(corpus);
  // named like the corpus's temp files, so the next build removes it if this process is killed here
  const temp = join(dirname(corpus), `.${basename(corpus)}.${process.pid}.${Date.now()}.index.tmp`);
  try {
    await writeJson(temp, index);
    await rename(temp, path);
  } catch {
    // Without its index the corpus is still whole; the next --add reads it instead.
    await unlink(temp).catch(() => undefined);
  }
}

/** Reads `length` bytes at `position`, all of them (a read may return fewer); `short()` is thrown when the file ends first. */
export async function readFully(file: FileHandle, length: number, position: number, short: () => Error): Promise<Buffer> {
  const out = Buffer.alloc(length);
  for (let at = 0; at < length;) {
    const { bytesRead } = await file.read(out, at, length - at, position + at);
    if (bytesRead === 0) throw short();
    at += bytesRead;
  }
  return out;
}

/** The bytes of the corpus's entity section (from `index.articlesEnd` to its end). */
export async function readSection(corpus: string, index: CorpusIndex): Promise<Buffer> {
  const file = await open(corpus, 'r');
  try {
    return await readFully(file, index.size - index.articlesEnd, index.articlesEnd, () => new UserError(`build: ${corpus}: shorter than its index says; build it again without --add`));
  } catch (e) {
    throw e instanceof UserError ? e : new UserError(`build: ${corpus}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`);
  } finally {
    await file.close();
  }
}

export async function removeIndex(corpus: string): Promise<void> {
  await unlink(indexPath(corpus)).catch(() => undefined);
}

export async function readExisting(corpus: string): Promise<ExistingCorpus> {
  const index = await readIndex(corpus);
  if (index) return { articles: index.articles, defaultQuads: [], index };
  const articles = new Set<string>();
  const defaultQuads: Quad[] = [];
  const graphFacts: IdentityFacts = { types: [], names: [], articles: [] };
  for await (const q of parseStream(corpus)) {
    if (q.graph.termType === 'DefaultGraph') {
      defaultQuads.push(q);
      continue;
    }
    // (detached: the name is a slice of a chunk of the file, which the set would keep)
    if (!articles.has(q.graph.value)) articles.add(detach(q.graph.value));
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

