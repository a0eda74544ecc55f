import { parseDateLine } from './dates.js';
import { nextNonEmpty, splitLines } from './lines.js';
import type { ParsedHead } from './types.js';

/**
 * Plain text: an optional date line, then the headline (the next non-empty line, as written, even
 * when it is a site breadcrumb), then the body. A date line right after the headline also counts.
 */
export function parsePlainText(text: string): ParsedHead {
  const lines = splitLines(text);
  let i = nextNonEmpty(lines, 0);
  if (i < 0) return { bodyStart: 0 };
  let published = parseDateLine(lines[i].text);
  if (published) i = nextNonEmpty(lines, i + 1);
  if (i < 0) return { published, bodyStart: text.length };
  const headline = lines[i].text.trim();
  let bodyStart = lines[i].next;
  if (!published) {
    const j = nextNonEmpty(lines, i + 1);
    published = j >= 0 ? parseDateLine(lines[j].text) : undefined;
    if (published) bodyStart = lines[j].next;
  }
  return { headline, published, bodyStart };
}
