// Writes a corpus as TriG, one graph at a time, to a temp file that replaces the corpus only when
// whole. Layout: prefixes, one block per article graph in the order they were added, then the
// default graph (the merged entities). Keeping the entities last is what lets `build --add` keep
// the bytes of every article graph and append: only the entity section is written again.
import { copyFile, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Writer, type Quad } from 'n3';
import { failure } from '../output/write.js';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';

const CORPUS_PREFIXES = { ...PREFIXES, id: ID_BASE };

/** Collects what an n3 Writer writes, so that each graph can be written to the file (and awaited) on its own. */
class Chunks {
  parts: string[] = [];
  keep = true;
  write(chunk: string, _encoding?: string, done?: () => void): void {
    if (this.keep) this.parts.push(chunk);
    done?.();
  }
  end(done?: () => void): void {
    done?.();
  }
  take(): string {
    const out = this.parts.join('');
    this.parts = [];
    return out;
  }
}

/** A writer that knows the corpus prefixes but does not print them (they are at the top of the file once). */
function bodyWriter(sink: Chunks): Writer {
  sink.keep = false;
  const w = new Writer(sink as never, { format: 'application/trig', prefixes: CORPUS_PREFIXES, end: false });
  sink.keep = true;
  return w;
}

export class CorpusWriter {
  private constructor(
    private readonly target: string,
    private readonly temp: string,
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
    const w = new CorpusWriter(target, temp, file, 0);
    const sink = new Chunks();
    new Writer(sink as never, { format: 'application/trig', prefixes: CORPUS_PREFIXES, end: false });
    await w.put(sink.take());
    return w;
  }

  /** An empty temp file for the corpus (its text comes from copyRenamed, rename.ts). */
  static async empty(target: string): Promise<CorpusWriter> {
    const temp = CorpusWriter.tempFor(target);
    const file = await open(temp, 'w').catch((e: unknown) => { throw failure('build', target, e); });
    return new CorpusWriter(target, temp, file, 0);
  }

  /** A corpus that starts with the first `bytes` of `source` (its prefixes and article graphs), copied by the kernel. */
  static async continuing(target: string, source: string, bytes: number): Promise<CorpusWriter> {
    const temp = CorpusWriter.tempFor(target);
    try {
      await copyFile(source, temp);
      const file = await open(temp, 'r+');
      await file.truncate(bytes);
      return new CorpusWriter(target, temp, file, bytes);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw failure('build', target, e);
    }
  }

  /** Text as it is, already TriG. */
  append(text: string): Promise<void> {
    return this.put(text);
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
    const sink = new Chunks();
    const w = bodyWriter(sink);
    w.addQuads(quads);
    w.end();
    await this.put(sink.take());
  }

  /** The default graph, from batches of quads (written as they come, so the text is never one string). */
  async writeDefault(batches: Iterable<Quad[]>): Promise<void> {
    const sink = new Chunks();
    const w = bodyWriter(sink);
    for (const batch of batches) {
      w.addQuads(batch);
      await this.put(sink.take());
    }
    w.end();
    await this.put(sink.take());
  }

  /** Replaces the corpus with the temp file. */
  async commit(): Promise<void> {
    try {
      await this.file.sync();
      await this.file.close();
      await rename(this.temp, this.target);
    } catch (e) {
      await this.abort();
      throw failure('build', this.target, e);
    }
  }

  async abort(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await unlink(this.temp).catch(() => undefined);
  }
}
