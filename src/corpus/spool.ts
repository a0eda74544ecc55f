// The extracted articles of a build, as N-Quads in a temp file beside the corpus, until the merge
// plan is known. Entity IRIs in an article's graph depend on every other article, so no graph can be
// written before all are extracted; holding them in memory instead is what ran out of memory
// (about 410 bytes a quad, 6.5 million quads at 10,000 articles).
import { open, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Parser, type Quad } from 'n3';

/** The quads of an article's bytes in the spool. */
export function spooledQuads(bytes: Buffer): Quad[] {
  return new Parser({ format: 'N-Quads' }).parse(bytes.toString('utf8'));
}

export class Spool {
  private readonly lengths: number[] = [];
  private size = 0;

  private constructor(readonly path: string, private readonly file: FileHandle) {}

  /** A new spool beside `target`, named like the other temp files of a write to it (a killed run's is removed by the next). */
  static async create(target: string): Promise<Spool> {
    const path = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.spool.tmp`);
    return new Spool(path, await open(path, 'w+'));
  }

  get articles(): number {
    return this.lengths.length;
  }

  async append(nquads: string): Promise<void> {
    const bytes = Buffer.from(nquads, 'utf8');
    await this.file.write(bytes, 0, bytes.length, this.size);
    this.size += bytes.length;
    this.lengths.push(bytes.length);
  }

  /** Each article's quads, in the order they were appended. */
  async *read(): AsyncGenerator<Quad[]> {
    for (const [at, length] of this.ranges()) {
      const bytes = Buffer.alloc(length);
      await this.file.read(bytes, 0, length, at);
      yield spooledQuads(bytes);
    }
  }

  /** Where each article's N-Quads are in the file ([offset, length]), in the order they were appended: another thread may read them (pool.ts). */
  ranges(): [number, number][] {
    let at = 0;
    return this.lengths.map((length) => {
      const range: [number, number] = [at, length];
      at += length;
      return range;
    });
  }

  async remove(): Promise<void> {
    await this.file.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }
}
