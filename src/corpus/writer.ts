// The corpus's TriG text is written by n3's Writer one graph, or one piece of the entity section, at
// a time: a writer that collects what it writes instead of streaming it, so each piece is awaited
// (and measured) on its own.
import { Writer, type Quad } from 'n3';
import { ID_BASE, PREFIXES } from '../rdf/vocab.js';

export const CORPUS_PREFIXES = { ...PREFIXES, id: ID_BASE };

/** Collects what an n3 Writer writes, so that each graph can be written to the file (and awaited) on its own. */
export class Chunks {
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
export function bodyWriter(sink: Chunks): Writer {
  sink.keep = false;
  const w = new Writer(sink as never, { format: 'application/trig', prefixes: CORPUS_PREFIXES, end: false });
  sink.keep = true;
  return w;
}


/** The TriG text of one graph block (the quads all carry the graph's name), as the corpus holds it. */
export function graphText(quads: Quad[]): string {
  const sink = new Chunks();
  const w = bodyWriter(sink);
  w.addQuads(quads);
  w.end();
  return sink.take();
}
