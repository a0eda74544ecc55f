// `build --add` appends in place: the corpus keeps its article graphs where they are (290 MB at
// 10,000 articles, which it used to copy into a new file) and only its entity section, at the end,
// is overwritten. So that a build stopped half way (killed, a full disk) never leaves half a corpus,
// the section's bytes are first saved in a journal (".<corpus>.journal" beside it, synced before the
// corpus is touched). The build that fails puts them back itself; one that is killed leaves the
// journal, and the next build of that corpus puts them back before it reads the corpus (or, when the
// killed build had finished writing the corpus and its index, just drops the journal).
import { open, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { failure } from '../output/write.js';
import { indexPath, readFully, readIndex, removeIndex, writeIndex, type CorpusIndex } from './existing.js';

/** Points of an append in place where tests stop a build (to see that the next one puts the corpus back). */
export type AppendPoint = 'journal' | 'graphs' | 'synced' | 'indexed';
export type AppendStage = (point: AppendPoint) => void | Promise<void>;

/** The journal's first line: which corpus file it belongs to and where the saved section goes back. */
interface Header {
  format: 1;
  ino: number;
  /** The corpus's size before the append; the section is its bytes from `articlesEnd` on. */
  size: number;
  articlesEnd: number;
}

export const journalPath = (corpus: string): string => join(dirname(corpus), `.${basename(corpus)}.journal`);

/** Syncs a folder, so that a file renamed into it is there after a power cut too. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes the section back where it was and cuts the corpus to its old size. */
async function putBack(corpus: string, header: Header, section: Buffer): Promise<void> {
  const file = await open(corpus, 'r+');
  try {
    await file.write(section, 0, section.length, header.articlesEnd);
    await file.truncate(header.size);
    await file.sync();
  } finally {
    await file.close();
  }
}

export class Journal {
  private constructor(
    readonly path: string,
    private readonly corpus: string,
    private readonly header: Header,
    /** The entity section's bytes. */
    readonly section: Buffer,
  ) {}

  /** Saves the entity section of the corpus (open as `file`) in its journal, synced, before anything is written. */
  static async save(corpus: string, file: FileHandle, index: CorpusIndex): Promise<Journal> {
    const st = await file.stat();
    const header: Header = { format: 1, ino: st.ino, size: st.size, articlesEnd: index.articlesEnd };
    const section = await readFully(file, st.size - index.articlesEnd, index.articlesEnd, () => Object.assign(new Error('the corpus is shorter than its index says'), { code: 'EIO' }));
    const path = journalPath(corpus);
    // written whole under a temp name first: a journal under its own name is always complete
    const temp = join(dirname(corpus), `.${basename(corpus)}.${process.pid}.${Date.now()}.journal.tmp`);
    try {
      const out = await open(temp, 'w');
      try {
        await out.writev([Buffer.from(JSON.stringify(header) + '\n'), section]);
        await out.sync();
      } finally {
        await out.close();
      }
      await rename(temp, path);
      await syncFolder(dirname(corpus));
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw failure('build', corpus, e);
    }
    return new Journal(path, corpus, header, section);
  }

  /** Puts the saved section back (this build failed after it began to write). */
  restore(): Promise<void> {
    return putBack(this.corpus, this.header, this.section);
  }

  async remove(): Promise<void> {
    await unlink(this.path).catch(() => undefined);
  }

  static async discard(corpus: string): Promise<void> {
    await unlink(journalPath(corpus)).catch(() => undefined);
  }
}

/**
 * Finishes what a build that was stopped while appending to `corpus` left: puts the entity section
 * saved in the journal back, with an index that describes the corpus so restored, and removes the
 * journal. Returns whether the corpus was put back. Run while holding the corpus's lock.
 */
export async function recoverAppend(corpus: string): Promise<boolean> {
  const path = journalPath(corpus);
  const raw = await readFile(path).catch(() => undefined);
  if (!raw) return false;
  const newline = raw.indexOf(10);
  let header: Header | undefined;
  try {
    header = JSON.parse(raw.subarray(0, newline).toString('utf8')) as Header;
  } catch {
    header = undefined;
  }
  const section = raw.subarray(newline + 1);
  const st = await stat(corpus).catch(() => undefined);
  // A journal that is not this file's (the corpus was removed or replaced since) is of no use.
  const ours = newline > 0 && header?.format === 1 && st?.ino === header.ino && section.length === header.size - header.articlesEnd;
  // The killed build had finished: the corpus and an index that describes it are both written.
  if (!ours || !header || (await readIndex(corpus))) {
    await unlink(path).catch(() => undefined);
    return false;
  }
  try {
    await putBack(corpus, header, section);
    // the index left is the old one (the new one is written only once the corpus is whole): it holds
    // what the restored corpus holds, only the file's time changed
    const old = JSON.parse(await readFile(indexPath(corpus), 'utf8').catch(() => '{}')) as Partial<CorpusIndex>;
    if (old.articlesEnd === header.articlesEnd && old.size === header.size && old.entities && old.articles && old.articleQuads !== undefined) {
      await writeIndex(corpus, { articlesEnd: old.articlesEnd, articleQuads: old.articleQuads, disjointGraphs: old.disjointGraphs, articles: old.articles, entities: old.entities });
    } else {
      await removeIndex(corpus); // then the next --add reads the corpus instead
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UserError(`build: ${corpus}: a build stopped while appending to it, and putting its entity section back failed (${code}); it is kept in ${path}: free space or fix permissions and run the build again`);
  }
  await unlink(path).catch(() => undefined);
  return true;
}
