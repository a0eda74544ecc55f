// The shipped tagger and parser: saved by scripts/train-syntax.ts, loaded once per process.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dataPath } from '../paths.js';
import type { LemmaTable } from './lemma.js';
import { decodeModel, decodeModelAsync, encodeModel, type ModelFileContents } from './model-file.js';
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

export function readSyntaxModels(dir: string = dataPath('models')): SyntaxModels {
  return assemble(dir, decodeModel(readFileSync(`${dir}/${TAGGER_FILE}`), TAGGER_FILE), decodeModel(readFileSync(`${dir}/${PARSER_FILE}`), PARSER_FILE));
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
 * Starts reading the models in the background (file reads and unzipping run on libuv's threads),
 * so a command can load its other modules meanwhile; syntaxModels() then finds them ready.
 */
export function preloadSyntaxModels(): Promise<void> {
  return (preloading ??= (async () => {
    const dir = dataPath('models');
    const [t, p] = await Promise.all([TAGGER_FILE, PARSER_FILE].map(async (f) => decodeModelAsync(await readFile(`${dir}/${f}`), f)));
    loaded ??= assemble(dir, t, p);
  })().catch(() => {
    // syntaxModels() reads them again and reports what is wrong where it is needed
  }));
}

let preloading: Promise<void> | undefined;
