// When new articles rename entities already in the corpus (a fuller name arrives: org/korea becomes
// org/north-korea), the old article graphs must name the merged node. They are copied with each
// renamed IRI replaced in the text: the writer spells every entity IRI in full, as <…> (a prefixed
// name cannot hold the '/' of "person/…"), so this is a search through the bytes, not a parse.
// Re-parsing and re-writing every graph took 6 s of CPU per 1,000 articles.
import { open } from 'node:fs/promises';
import type { CorpusWriter } from './trig.js';

const CHUNK = 16 * 2 ** 20;
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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

/** Copies the first `bytes` of `source` to `out`, renaming the IRIs of `renames` (old → new). */
export async function copyRenamed(source: string, bytes: number, renames: ReadonlyMap<string, string>, out: CorpusWriter): Promise<void> {
  const pattern = new RegExp([...renames.keys()].map((iri) => escapeRegExp(`<${iri}>`)).join('|'), 'g');
  const file = await open(source, 'r');
  try {
    let at = 0;
    let carry = Buffer.alloc(0);
    while (at < bytes) {
      const buf = Buffer.alloc(Math.min(CHUNK, bytes - at));
      const { bytesRead } = await file.read(buf, 0, buf.length, at);
      if (bytesRead === 0) break;
      at += bytesRead;
      const data = Buffer.concat([carry, buf.subarray(0, bytesRead)]);
      // whole lines only, so no IRI is cut in two (a line break is one byte in UTF-8, never inside a character)
      const end = at < bytes ? data.lastIndexOf(10) + 1 : data.length;
      carry = data.subarray(end);
      await out.append(renameIris(data.subarray(0, end).toString('utf8'), renames, pattern));
    }
    if (carry.length) await out.append(renameIris(carry.toString('utf8'), renames, pattern));
  } finally {
    await file.close();
  }
}
