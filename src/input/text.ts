import { parseDateLine } from './dates.js';
import { nextNonEmpty, splitLines } from './lines.js';
import type { ParsedHead } from './types.js';

/**
 * Plain text: an optional date line, then the headline (the next non-empty line, as written, even
 * when it is a site breadcrumb, unless it is a paragraph of prose), then the body. A date line right after the headline also counts.
 */
export function parsePlainText(text: string): ParsedHead {
  const lines = splitLines(text);
  let i = nextNonEmpty(lines, 0);
  if (i < 0) return { bodyStart: 0 };
  let published = parseDateLine(lines[i].text);
  if (published) i = nextNonEmpty(lines, i + 1);
  if (i < 0) return { published, bodyStart: text.length };
  const first = lines[i].text.trim();
  // a paragraph of prose where the headline would be (a long line ending a sentence) is the body's lead: no headline
  if (isProse(first)) return { published, bodyStart: lines[i].start };
  const headline = first;
  let bodyStart = lines[i].next;
  if (!published) {
    const j = nextNonEmpty(lines, i + 1);
    published = j >= 0 ? parseDateLine(lines[j].text) : undefined;
    if (published) bodyStart = lines[j].next;
  }
  return { headline, published, bodyStart };
}

/** Headlines are short and end without a full stop; a line of 20 words or more that ends a sentence is prose. */
function isProse(line: string): boolean {
  return /[.]["'”’)]?$/.test(line) && line.split(/\s+/).length >= 20;
}
