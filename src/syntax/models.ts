// The shipped tagger and parser: saved by scripts/train-syntax.ts, loaded once per process.
// Each is read from an unzipped copy kept in node_modules/.cache/newskg/ (util/cache.ts) when there
// is one: one read of 41 MB instead of gunzipping 32 MB (about 0.3 s of a core; `newskg extract` of
// one article waited for it). The copy is made by the first process that unzips the file.
import { closeSync, fstatSync, mkdirSync, openSync, read, readdirSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { dataPath } from '../paths.js';
import { cacheDir } from '../util/cache.js';
import type { LemmaTable } from './lemma.js';
import { decodeUnzipped, encodeModel, unzipModel, unzipModelAsync, type ModelFileContents } from './model-file.js';
import type { ParseModel } from './parser.js';
import type { TagModel } from './tagger.js';

export interface SyntaxModels {
  tagger: TagModel;
  parser: ParseModel;
  lemmas: LemmaTable;
  meta: { tagger: Record<string, string | number>; parser: Record<string, string | number> };
}

export const TAGGER_FILE = 'tagger.bin.gz';
export const PARSER_FILE = 'parser.bin.gz';

export function saveTagger(model: TagModel, lemmas: LemmaTable, meta: Record<string, string | number>): Buffer {
  // the ambiguity classes, then the lexicon's word classes, as sorted (hash, value) pairs
  const entries = [model.ambiguity, model.lexicon].flatMap((m) => [...m].sort((a, b) => a[0] - b[0]));
  const pairs = Uint32Array.from(entries.flat());
  return encodeModel({ header: { kind: 'tagger', classes: { tags: model.tags, lemmas, ambiguityPairs: model.ambiguity.size }, meta }, weights: model.weights, pairs });
}

export function saveParser(model: ParseModel, meta: Record<string, string | number>): Buffer {
  return encodeModel({ header: { kind: 'parser', classes: model.labels, meta }, weights: model.weights, pairs: new Uint32Array(0) });
}

/** The models of `dir`; `cache` is the folder of unzipped copies (undefined: unzip, keep no copy). */
export function readSyntaxModels(dir: string = dataPath('models'), cache: string | undefined = defaultCache()): SyntaxModels {
  return assemble(dir, readModel(dir, TAGGER_FILE, cache), readModel(dir, PARSER_FILE, cache));
}

/** The same, reading on libuv's threads. */
export async function readSyntaxModelsAsync(dir: string = dataPath('models'), cache: string | undefined = defaultCache()): Promise<SyntaxModels> {
  const [t, p] = await Promise.all([TAGGER_FILE, PARSER_FILE].map((f) => readModelAsync(dir, f, cache)));
  return assemble(dir, t, p);
}

function defaultCache(): string | undefined {
  try {
    return cacheDir();
  } catch {
    return undefined;
  }
}

// The copy of FILE is `syntax-FILE-CRC-SIZE`, named by the gzip trailer (the CRC-32 and length of the
// unzipped bytes), so a retrained or edited model never meets an old copy.
const copyPrefix = (file: string): string => `syntax-${file}-`;
const TRAILER = 8;

function copyName(file: string, trailer: Buffer): string {
  return `${copyPrefix(file)}${trailer.readUInt32LE(0).toString(16).padStart(8, '0')}-${trailer.readUInt32LE(4)}`;
}

function readModel(dir: string, file: string, cache: string | undefined): ModelFileContents {
  const path = join(dir, file);
  const copy = cache === undefined ? undefined : copyPathSync(cache, path, file);
  if (copy) {
    try {
      return decodeUnzipped(readFileSync(copy), file);
    } catch {
      // missing or damaged: unzip again below
    }
  }
  const raw = unzipModel(readFileSync(path), file);
  const model = decodeUnzipped(raw, file);
  if (copy) keepCopy(cache!, copy, file, raw);
  return model;
}

/** Writes the unzipped copy (whole or not at all) and removes the copies of older versions of the file. */
function keepCopy(cache: string, copy: string, file: string, raw: Buffer): void {
  try {
    mkdirSync(cache, { recursive: true });
    const tmp = `${copy}.${process.pid}-${threadId}.tmp`;
    writeFileSync(tmp, raw);
    renameSync(tmp, copy);
    for (const old of readdirSync(cache)) if (old.startsWith(copyPrefix(file)) && join(cache, old) !== copy) rmSync(join(cache, old), { force: true });
  } catch {
    // a read-only install unzips every time
  }
}

function copyPathSync(cache: string, path: string, file: string): string | undefined {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    const trailer = Buffer.alloc(TRAILER);
    return size > TRAILER && readSync(fd, trailer, 0, TRAILER, size - TRAILER) === TRAILER ? join(cache, copyName(file, trailer)) : undefined;
  } finally {
    closeSync(fd);
  }
}

async function readModelAsync(dir: string, file: string, cache: string | undefined, shared = false): Promise<ModelFileContents & { raw: Buffer }> {
  const path = join(dir, file);
  const copy = cache === undefined ? undefined : copyPathSync(cache, path, file);
  if (copy) {
    try {
      const raw = await readWhole(copy, shared);
      return { ...decodeUnzipped(raw, file), raw };
    } catch {
      // missing or damaged: unzip again below
    }
  }
  const unzipped = await unzipModelAsync(await readFile(path), file);
  const model = decodeUnzipped(unzipped, file);
  if (copy) keepCopy(cache!, copy, file, unzipped);
  if (!shared) return { ...model, raw: unzipped };
  const raw = Buffer.from(new SharedArrayBuffer(unzipped.length));
  unzipped.copy(raw);
  return { ...decodeUnzipped(raw, file), raw };
}

/**
 * The file in one read on a thread of libuv, which goes on while this thread is busy: readFile reads
 * 512 KB at a time, each read started from this thread's event loop, so it stalls while the command
 * loads its other tables. `shared`: into a SharedArrayBuffer.
 */
async function readWhole(path: string, shared = false): Promise<Buffer> {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const buf = shared ? Buffer.from(new SharedArrayBuffer(size)) : Buffer.allocUnsafeSlow(size);
    for (let at = 0; at < buf.length; ) {
      const n = await new Promise<number>((resolve, reject) => read(fd, buf, at, buf.length - at, at, (e, k) => (e ? reject(e) : resolve(k))));
      if (n === 0) throw new Error(`${path}: shorter than its size`);
      at += n;
    }
    return buf;
  } finally {
    closeSync(fd);
  }
}

/** Both models' unzipped bytes, in SharedArrayBuffers: what worker threads share (useSyntaxModelBytes). */
export interface SyntaxModelBytes {
  tagger: Uint8Array;
  parser: Uint8Array;
}

/**
 * The models read once for several threads: each thread that parses reads its weights (36 MB,
 * looked up at random) from the same memory, so they share the processor's cache instead of
 * pushing each other's copy out of it (`build --jobs 2`: 5% less CPU an article), and memory holds
 * one copy. Errors are the same as readSyntaxModels'.
 */
export async function readSyntaxModelBytes(dir: string = dataPath('models'), cache: string | undefined = defaultCache()): Promise<SyntaxModelBytes> {
  const [t, p] = await Promise.all([TAGGER_FILE, PARSER_FILE].map((f) => readModelAsync(dir, f, cache, true)));
  assemble(dir, t!, p!);
  return { tagger: t!.raw, parser: p!.raw };
}

/** The models over bytes another thread read (readSyntaxModelBytes): their arrays are views of those bytes. */
export function modelsFromBytes(bytes: SyntaxModelBytes): SyntaxModels {
  const view = (a: Uint8Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return assemble('shared models', decodeUnzipped(view(bytes.tagger), TAGGER_FILE), decodeUnzipped(view(bytes.parser), PARSER_FILE));
}

/** This thread's syntaxModels() are those of the bytes another thread read. */
export function useSyntaxModelBytes(bytes: SyntaxModelBytes): void {
  loaded ??= modelsFromBytes(bytes);
}

function assemble(dir: string, t: ModelFileContents, p: ModelFileContents): SyntaxModels {
  if (t.header.kind !== 'tagger' || p.header.kind !== 'parser') throw new Error(`${dir}: tagger and parser files swapped or mislabelled`);
  const { tags, lemmas, ambiguityPairs } = t.header.classes as { tags: Array<[string, string]>; lemmas: LemmaTable; ambiguityPairs: number };
  const ambiguity = new Map<number, number>();
  const lexicon = new Map<number, number>();
  for (let i = 0; i < t.pairs.length; i += 2) (i < 2 * ambiguityPairs ? ambiguity : lexicon).set(t.pairs[i], t.pairs[i + 1]);
  return {
    tagger: { tags, ambiguity, lexicon, weights: t.weights },
    parser: { labels: p.header.classes as string[], weights: p.weights },
    lemmas,
    meta: { tagger: t.header.meta, parser: p.header.meta },
  };
}

let loaded: SyntaxModels | undefined;

/** The models in data/models, read on first use and kept for the process. */
export function syntaxModels(): SyntaxModels {
  return (loaded ??= readSyntaxModels());
}

/**
 * Starts reading the models in the background (file reads, and unzipping when there is no copy, run on libuv's threads),
 * so a command can load its other modules meanwhile; syntaxModels() then finds them ready.
 */
export function preloadSyntaxModels(): Promise<void> {
  return (preloading ??= (async () => {
    if (loaded) return;
    const models = await readSyntaxModelsAsync();
    loaded ??= models;
  })().catch(() => {
    // syntaxModels() reads them again and reports what is wrong where it is needed
  }));
}

let preloading: Promise<void> | undefined;
