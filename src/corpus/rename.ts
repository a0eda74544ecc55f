// When new articles rename entities already in the corpus (a fuller name arrives: org/korea becomes
// org/north-korea), the old article graphs must name the merged node. They are copied with each
// renamed IRI replaced in the text: the writer spells every entity IRI in full, as <…> (a prefixed
// name cannot hold the '/' of "person/…"), so this is a search through the bytes, not a parse.
// Re-parsing and re-writing every graph took 6 s of CPU per 1,000 articles.
import { open } from 'node:fs/promises';
import type { CorpusWriter } from './trig.js';
import { escapeRegExp } from '../util/regexp.js';

const CHUNK = 16 * 2 ** 20;

/** Whether position `at` of `text` is inside a "…" literal of its line (the writer escapes quotes and newlines in literals). */
function inLiteral(text: string, at: number): boolean {
  let inside = false;
  for (let i = text.lastIndexOf('\n', at) + 1; i < at; i++) {
    const c = text[i];
    if (c === '\\' && inside) i++;
    else if (c === '"') inside = !inside;
  }
  return inside;
}

/** Renames IRIs in one piece of text (whole lines). */
export function renameIris(text: string, renames: ReadonlyMap<string, string>, pattern: RegExp): string {
  return text.replace(pattern, (token: string, offset: number) => (inLiteral(text, offset) ? token : `<${renames.get(token.slice(1, -1))!}>`));
}

/** A string holding each byte of `s` in UTF-8 as one character (what Buffer's latin1 decoding gives). */
const bytesOf = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

/**
 * Copies the first `bytes` of `source` to `out`, renaming the IRIs of `renames` (old → new). The
 * text is searched as bytes (decoded as latin1, one character a byte, which is a copy), not as
 * UTF-8: decoding and encoding 290 MB was most of this copy's 2.4 s. Quotes, backslashes and line
 * breaks are one byte in UTF-8 and never inside a character, so the literal test is the same.
 */
export async function copyRenamed(source: string, bytes: number, renames: ReadonlyMap<string, string>, out: CorpusWriter, chunk = CHUNK): Promise<void> {
  const byBytes = new Map([...renames].map(([from, to]) => [bytesOf(from), Buffer.from(`<${to}>`, 'utf8')]));
  const pattern = new RegExp([...byBytes.keys()].map((iri) => escapeRegExp(`<${iri}>`)).join('|'), 'g');
  const common = Buffer.from(commonPrefix([...byBytes.keys()].map((iri) => `<${iri}>`)), 'latin1');
  const file = await open(source, 'r');
  // the last piece being written while the next is read and searched
  let writing: Promise<void> = Promise.resolve();
  const write = async (pieces: Buffer[]): Promise<void> => {
    await writing;
    writing = out.appendBytes(pieces);
    writing.catch(() => undefined); // awaited (and so thrown) before the next write or at the end
  };
  try {
    let at = 0;
    let carry = Buffer.alloc(0);
    while (at < bytes) {
      // the unfinished line of the last chunk first, then the next bytes of the file
      const data = Buffer.allocUnsafe(carry.length + Math.min(chunk, bytes - at));
      carry.copy(data);
      const { bytesRead } = await file.read(data, carry.length, data.length - carry.length, at);
      if (bytesRead === 0) break;
      at += bytesRead;
      const filled = carry.length + bytesRead;
      // whole lines only, so no IRI is cut in two (a line break is one byte in UTF-8, never inside a character)
      const end = at < bytes ? data.lastIndexOf(10, filled - 1) + 1 : filled;
      carry = Buffer.from(data.subarray(end, filled));
      await write(renameBytes(data.subarray(0, end), byBytes, pattern, common));
    }
    if (carry.length) await write(renameBytes(carry, byBytes, pattern, common));
    await writing;
  } finally {
    await writing.catch(() => undefined);
    await file.close();
  }
}

/** The longest start all of the strings share. */
function commonPrefix(strings: string[]): string {
  let prefix = strings[0] ?? '';
  for (const s of strings) while (!s.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * The pieces of `data` (whole lines) with each renamed IRI outside a literal replaced. A piece
 * without the start all renamed IRIs share (found by a byte search) is not decoded and searched: at
 * 10,000 articles the bench's renamed IRIs are all in the last 6% of the article graphs.
 */
function renameBytes(data: Buffer, renames: ReadonlyMap<string, Buffer>, pattern: RegExp, common: Buffer): Buffer[] {
  if (data.indexOf(common) < 0) return [data];
  const text = data.toString('latin1');
  const pieces: Buffer[] = [];
  let from = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (inLiteral(text, m.index)) continue;
    pieces.push(data.subarray(from, m.index), renames.get(m[0].slice(1, -1))!);
    from = m.index + m[0].length;
  }
  pieces.push(data.subarray(from));
  return pieces;
}
