// The syntax models on disk: one gzip file each, a JSON header then the scorer's own typed
// arrays (scorer.ts), so loading is a gunzip (or a read of the unzipped copy, models.ts) and no rebuilding. Feature keys
// are hashes and weights integers: the files hold no words.
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzipSync } from 'node:zlib';
import { SparseScorer } from './scorer.js';

const MAGIC = 'NKGSYN2\n';
const gunzipAsync = promisify(gunzip);

export interface ModelHeader {
  kind: 'tagger' | 'parser';
  /** Tagger: its tags and lemma table; parser: dependency labels. */
  classes: unknown;
  /** Training data and settings. */
  meta: Record<string, string | number>;
}

export interface ModelFileContents {
  header: ModelHeader;
  weights: SparseScorer;
  /** Extra pairs of 32-bit values (the tagger's word classes). */
  pairs: Uint32Array;
}

export function encodeModel(c: ModelFileContents): Buffer {
  const w = c.weights;
  const header = Buffer.from(JSON.stringify({ ...c.header, classCount: w.classes, slots: w.slots.length, packed: w.packed.length, pairs: c.pairs.length }));
  // 8-byte aligned sections, so loading can view them in place
  const pad = Buffer.alloc((8 - ((MAGIC.length + 4 + header.length) % 8)) % 8, 0x20);
  return gzipSync(Buffer.concat([Buffer.from(MAGIC), u32(header.length + pad.length), header, pad, bytes(w.slots), bytes(w.packed), bytes(c.pairs)]), { level: 6 });
}

export function decodeModel(file: Buffer, name: string): ModelFileContents {
  return decodeUnzipped(unzipModel(file, name), name);
}

/** The file's bytes unzipped: what decodeUnzipped reads, and what the cache of unzipped models holds. */
export function unzipModel(file: Buffer, name: string): Buffer {
  try {
    return gunzipSync(file);
  } catch {
    throw new Error(`${name}: not a gzip file`);
  }
}

/** The same, unzipping on a worker thread of libuv while the caller goes on. */
export async function unzipModelAsync(file: Buffer, name: string): Promise<Buffer> {
  try {
    return await gunzipAsync(file, { chunkSize: 1 << 24 });
  } catch {
    throw new Error(`${name}: not a gzip file`);
  }
}

/** A model from its unzipped bytes; the arrays are views of `raw` when it is 8-byte aligned. */
export function decodeUnzipped(raw: Buffer, name: string): ModelFileContents {
  if (raw.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error(`${name}: not a newskg syntax model (retrain with scripts/train-syntax.ts)`);
  let at = MAGIC.length;
  const hl = raw.readUInt32LE(at);
  at += 4;
  const h = JSON.parse(raw.subarray(at, at + hl).toString()) as ModelHeader & { classCount: number; slots: number; packed: number; pairs: number };
  at += hl;
  // the sections are 8-byte aligned in the file: view them in place when the buffer is, else copy once
  let body = raw.subarray(at);
  if ((body.byteOffset & 7) !== 0) body = Buffer.from(body);
  let off = body.byteOffset;
  const take = (n: number) => {
    const a = new Int32Array(body.buffer, off, n);
    off += n * 4;
    return a;
  };
  const slots = take(h.slots);
  const packed = take(h.packed);
  const pairs = new Uint32Array(body.buffer, off, h.pairs);
  off += h.pairs * 4;
  if (off !== body.byteOffset + body.length) throw new Error(`${name}: truncated or corrupt`);
  return { header: { kind: h.kind, classes: h.classes, meta: h.meta }, weights: new SparseScorer(h.classCount, slots, packed), pairs };
}

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
