// Line iteration that keeps offsets into the original text (CRLF-safe), shared by the text and Markdown readers.

export interface Line {
  /** The line without its line break. */
  text: string;
  start: number;
  /** Offset just past the line break (the start of the next line). */
  next: number;
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: text.slice(start, m.index), start, next: m.index + m[0].length });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start, next: text.length });
  return out;
}

/** Index of the first non-blank line at or after `from`, or -1. */
export function nextNonEmpty(lines: Line[], from: number): number {
  for (let i = from; i < lines.length; i++) if (lines[i].text.trim() !== '') return i;
  return -1;
}
