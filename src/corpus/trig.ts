// Writes a corpus as TriG, one graph at a time, to a temp file that replaces the corpus only when
// whole, or (build --add, no entity renamed) in place after the article graphs, the entity section
// it overwrites saved in a journal first (append.ts). Layout: prefixes, one block per article
// graph in the order they were added, then the default graph (the merged entities). Keeping the
// entities last is what lets `build --add` keep the bytes of every article graph and append: only
// the entity section is written again.
import { copyFile, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Writer, type Quad } from 'n3';
import { UserError } from '../errors.js';
import { failure } from '../output/write.js';
import { Journal, type AppendStage } from './append.js';
import { writeIndex, type CorpusIndex } from './existing.js';
import type { Router } from './route.js';
import type { SectionCache } from './section.js';
import { writeSection, type OldSection } from './section-text.js';
import { Chunks, CORPUS_PREFIXES, graphText } from './writer.js';

/** Where the text goes: a temp file renamed over the corpus, or the corpus itself with its old entity section in a journal. */
type Destination = { temp: string } | { journal: Journal; index: CorpusIndex; stage?: AppendStage };

export class CorpusWriter {
  /** A flush (fdatasync) writing the file's dirty pages to disk meanwhile. */
  private flushing: Promise<void> | undefined;
  /** Committed or aborted: nothing more to do. */
  private finished = false;

  private constructor(
    private readonly target: string,
    private readonly to: Destination,
    private readonly file: FileHandle,
    /** Bytes in the file so far. */
    public position: number,
  ) {}

  private static tempFor(target: string): string {
    return join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  }

  /** A new corpus, starting with its prefixes. */
  static async create(target: string): Promise<CorpusWriter> {
    const temp = CorpusWriter.tempFor(target);
    const file = await open(temp, 'w').catch((e: unknown) => { throw failure('build', target, e); });
    const w = new CorpusWriter(target, { temp }, file, 0);
    const sink = new Chunks();
    new Writer(sink as never, { format: 'application/trig', prefixes: CORPUS_PREFIXES, end: false });
    await w.put(sink.take());
    return w;
  }

  /** An empty temp file for the corpus (its text comes from copyRenamed, rename.ts, as bytes). */
  static async empty(target: string): Promise<CorpusWriter> {
    const temp = CorpusWriter.tempFor(target);
    const file = await open(temp, 'w').catch((e: unknown) => { throw failure('build', target, e); });
    return new CorpusWriter(target, { temp }, file, 0);
  }

  /** A corpus that starts with the first `bytes` of `source` (its prefixes and article graphs), copied by the kernel. */
  static async continuing(target: string, source: string, bytes: number): Promise<CorpusWriter> {
    const temp = CorpusWriter.tempFor(target);
    try {
      await copyFile(source, temp);
      const file = await open(temp, 'r+');
      await file.truncate(bytes);
      return new CorpusWriter(target, { temp }, file, bytes);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw failure('build', target, e);
    }
  }

  /**
   * The corpus itself, written from its `index.articlesEnd` on: its entity section is saved in a
   * journal first, which the next build restores if this one does not finish (append.ts). Undefined
   * when the corpus cannot be opened for writing (a read-only file in a writable folder): then it is
   * copied instead, as before.
   */
  static async inPlace(target: string, index: CorpusIndex, stage?: AppendStage): Promise<CorpusWriter | undefined> {
    const file = await open(target, 'r+').catch(() => undefined);
    if (!file) return undefined;
    try {
      const journal = await Journal.save(target, file, index);
      await stage?.('journal');
      return new CorpusWriter(target, { journal, index, stage }, file, index.articlesEnd);
    } catch (e) {
      await file.close().catch(() => undefined);
      await Journal.discard(target);
      throw e instanceof UserError ? e : failure('build', target, e);
    }
  }

  /**
   * Bytes as they are, already TriG. Their place is taken when called, so the next piece may be
   * made while these are written (the buffers must stay as they are until then).
   */
  async appendBytes(bytes: Buffer[]): Promise<void> {
    let length = 0;
    for (const b of bytes) length += b.length;
    if (length === 0) return;
    const at = this.position;
    this.position += length;
    try {
      await this.file.writev(bytes, at);
    } catch (e) {
      throw failure('build', this.target, e);
    }
  }

  /**
   * Starts writing what is in the file so far to disk while the rest is made (the copied article
   * graphs, hundreds of MB at 10,000 articles, so that commit's sync does not wait for all of it).
   */
  flush(): void {
    const pending = this.file.datasync();
    pending.catch(() => undefined); // a failure shows again in commit's sync
    this.flushing = pending;
  }

  private async put(text: string): Promise<void> {
    if (!text) return;
    const bytes = Buffer.from(text, 'utf8');
    try {
      await this.file.write(bytes, 0, bytes.length, this.position);
    } catch (e) {
      throw failure('build', this.target, e);
    }
    this.position += bytes.length;
  }

  /** One graph block; the quads all carry the graph's name. */
  async writeGraph(quads: Quad[]): Promise<void> {
    await this.put(graphText(quads));
  }

  /**
   * The default graph (the router's entity section), reusing the bytes of the `old` section where
   * they are the same (section-text.ts); returns what the index keeps of it.
   */
  writeEntities(router: Router, old?: OldSection): Promise<SectionCache> {
    return writeSection(router, old, (pieces) => this.appendBytes(pieces));
  }

  /** The entity section this append in place overwrites, as the journal saved it. */
  get savedSection(): Buffer | undefined {
    return 'journal' in this.to ? this.to.journal.section : undefined;
  }

  /**
   * Makes the corpus whole: the temp file, synced, replaces it; or the corpus written in place is
   * cut where its text ends and synced. `after` (writing the index) runs then, before the journal
   * of an append in place is dropped: until that moment the next build puts the old corpus back.
   */
  async commit(after: () => Promise<void>): Promise<void> {
    try {
      await this.flushing;
    } catch {
      // the sync below reports it
    }
    this.finished = true;
    if ('temp' in this.to) {
      try {
        await this.file.sync();
        await this.file.close();
        await rename(this.to.temp, this.target);
      } catch (e) {
        this.finished = false;
        await this.abort();
        throw failure('build', this.target, e);
      }
      await after();
      return;
    }
    const { journal, stage } = this.to;
    try {
      await this.file.truncate(this.position);
      await this.file.sync();
      await stage?.('synced');
      await this.file.close();
      await after();
      await stage?.('indexed');
    } catch (e) {
      this.finished = false;
      await this.abort(e);
      throw e instanceof UserError ? e : failure('build', this.target, e);
    }
    await journal.remove();
  }

  /**
   * Leaves the corpus as it was: the temp file is removed, or the corpus written in place gets its
   * entity section back (and its index its time). When that fails too, one line says so: the
   * journal stays, and the next build puts the corpus back.
   */
  async abort(cause?: unknown): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    await this.file.close().catch(() => undefined);
    if ('temp' in this.to) {
      await unlink(this.to.temp).catch(() => undefined);
      return;
    }
    const { journal, index } = this.to;
    try {
      await journal.restore();
      const { format: _f, ino: _i, size: _s, mtimeMs: _m, ...fields } = index;
      await writeIndex(this.target, fields);
      await journal.remove();
    } catch (e) {
      const why = cause instanceof UserError ? cause.message : failure('build', this.target, cause ?? e).message;
      throw new UserError(`${why}; its old entity section is kept in ${journal.path}, and the next build of it puts it back`);
    }
  }
}
