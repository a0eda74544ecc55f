import type { Readable } from 'node:stream';
import type { Article, InputFormat, Problem } from '../types.js';

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) that overrides whatever the article says (--date). */
  date?: string;
  /** Publication date used only when the article gives none (settings.defaultDate). */
  defaultDate?: string;
  /** Force a format instead of deciding by extension and content. */
  format?: InputFormat;
  /** Where "-" reads from; process.stdin by default. */
  stdin?: Readable;
}

export type ReadResult = { ok: true; article: Article } | { ok: false; problem: Problem };

/** What a format reader finds in the text besides the text itself. */
export interface ParsedHead {
  headline?: string;
  published?: string;
  bodyStart: number;
}
