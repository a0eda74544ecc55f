// Writes the entity section: the router's lines, then each entity's names, as n3's Writer writes
// them. The Writer's text for one triple depends only on that triple and the one before it (a new
// subject, `;` for the same subject, `,` for the same predicate), so where the new section has an
// item (a line, or an entity's names) right after the same item as the old section had, its text is
// the old one's bytes. An --add of 10 articles to 10,000 then writes a few hundred items and copies
// the rest of the 10.5 MB, instead of parsing 135,000 lines back to quads and writing them all.
import type { Quad, Writer } from 'n3';
import type { Router } from './route.js';
import { nameQuads, parseLines, type SectionCache } from './section.js';
import { bodyWriter, Chunks } from './writer.js';

/** The section of the corpus being replaced: its cache (from the index) and its bytes. */
export interface OldSection {
  cache: SectionCache;
  bytes: Buffer;
}

const BATCH = 10_000;
/** Bytes gathered before they are written. */
const PIECES = 4 * 2 ** 20;

const sameNames = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((n, i) => n === b[i]);

/** Writes the router's entity section through `put`, reusing `old`'s bytes where they are the same; returns the new cache. */
export async function writeSection(router: Router, old: OldSection | undefined, put: (pieces: Buffer[]) => Promise<void>): Promise<SectionCache> {
  // the lines stay in the router's store, read a batch at a time, never all as strings
  const lines = router.lineStore;
  const names = [...router.sortedNames()];
  const total = lines.length + names.length;

  // lines i to i + BATCH, the batch of line i
  let texts: { start: number; lines: string[] } = { start: 0, lines: [] };
  const batchOf = (i: number): string[] => {
    if (i < texts.start || i >= texts.start + texts.lines.length) texts = { start: i, lines: lines.slice(i, i + BATCH) };
    return texts.lines;
  };
  const lineAt = (i: number): string => batchOf(i)[i - texts.start]!;

  // where each item was in the old section
  const oldLines = new Map<string, number>();
  const oldNames = new Map<string, number>();
  if (old) {
    for (let i = 0; i < old.cache.lines.length; i += BATCH) old.cache.lines.slice(i, i + BATCH).forEach((line, k) => oldLines.set(line, i + k));
    old.cache.names.forEach(([iri], j) => oldNames.set(iri, j));
  }
  const oldIndex = (i: number): number | undefined => {
    if (!old) return undefined;
    if (i < lines.length) return oldLines.get(lineAt(i));
    const [iri, list] = names[i - lines.length]!;
    const j = oldNames.get(iri);
    return j !== undefined && sameNames(old.cache.names[j]![1], list) ? old.cache.lines.length + j : undefined;
  };

  // the quads of lines, parsed a batch at a time where they must be written anew
  let batch: { start: number; quads: Quad[] } = { start: 0, quads: [] };
  const quadsOf = (i: number): Quad[] => {
    if (i >= lines.length) return nameQuads(...names[i - lines.length]!);
    if (i < batch.start || i >= batch.start + batch.quads.length) {
      const text = lines.slice(i, Math.min(i + BATCH, lines.length));
      batch = { start: i, quads: parseLines(text) };
    }
    return [batch.quads[i - batch.start]!];
  };

  const ends: number[] = [];
  let offset = 0; // bytes of the section so far
  let pieces: Buffer[] = [];
  let gathered = 0;
  const keep = async (piece: Buffer): Promise<void> => {
    pieces.push(piece);
    gathered += piece.length;
    if (gathered >= PIECES) {
      await put(pieces);
      pieces = [];
      gathered = 0;
    }
  };
  // old bytes being reused, kept as one range while the items follow each other
  let run: { from: number; to: number } | undefined;
  const endRun = async (): Promise<void> => {
    if (run && old) await keep(old.bytes.subarray(run.from, run.to));
    run = undefined;
  };
  const sink = new Chunks();
  let writer: Writer | undefined;
  let written = -1; // the last item the writer wrote: it goes on from there
  let text: string[] = [];
  const endText = async (): Promise<void> => {
    if (text.length) await keep(Buffer.from(text.join(''), 'utf8'));
    text = [];
  };

  let previous = -1; // the old index of the item before (-1 for none: the old section's first item had none either)
  for (let i = 0; i < total; i++) {
    const at = oldIndex(i);
    if (old && at !== undefined && at === previous + 1) {
      await endText();
      const from = at === 0 ? 0 : old.cache.ends[at - 1]!;
      const to = old.cache.ends[at]!;
      if (run && run.to === from) run.to = to;
      else {
        await endRun();
        run = { from, to };
      }
      offset += to - from;
      ends.push(offset);
      previous = at;
      continue;
    }
    await endRun();
    if (written !== i - 1 || !writer) {
      // a writer in the state the previous item left: its triple written, its text not kept
      writer = bodyWriter(sink);
      if (i > 0) {
        sink.keep = false;
        writer.addQuads(quadsOf(i - 1).slice(-1));
        sink.keep = true;
      }
    }
    writer.addQuads(quadsOf(i));
    written = i;
    const piece = sink.take();
    text.push(piece);
    offset += Buffer.byteLength(piece);
    ends.push(offset);
    previous = at ?? NaN;
    if (text.length >= 1000) await endText();
  }
  await endRun();
  await endText();
  if (total > 0) await keep(Buffer.from('.\n')); // what the writer's end() writes
  if (pieces.length) await put(pieces);
  return { lines, names, ends };
}
