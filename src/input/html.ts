// HTML: the article's main text via Readability (on a linkedom DOM), paragraphs joined by blank lines,
// so navigation, sidebars and footers never reach the extractor. The headline leads the text, like
// the headline line of a plain-text article, and bodyStart points past it.
import { createRequire } from 'node:module';
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { parseHTML as ParseHtml } from 'linkedom';
import { parseDateLine, parseIsoDate } from './dates.js';
import type { ParsedHead } from './types.js';

/** The little of the DOM this reader touches; the project compiles without the DOM lib. */
interface El {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): ArrayLike<El> & Iterable<El>;
}

const BLOCKS = 'p,h1,h2,h3,h4,h5,h6,li,blockquote,pre,figcaption,dd,dt,td,th';
const CHROME = 'nav,header,footer,aside,script,style,noscript,form,[role=navigation],[role=banner],[role=contentinfo]';
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="dc.date"]',
];

function squash(s: string | null): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Text of the innermost blocks under root, in document order (a <p> inside a <blockquote> once). */
function blockTexts(root: El): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const t = squash(el.textContent);
    if (t) out.push(t);
  }
  if (out.length === 0) {
    const t = squash(root.textContent);
    if (t) out.push(t);
  }
  return out;
}

function metaDate(doc: El): string | undefined {
  for (const sel of DATE_META) {
    const d = parseIsoDate(doc.querySelector(sel)?.getAttribute('content'));
    if (d) return d;
  }
  const time = doc.querySelector('time[datetime]');
  return parseIsoDate(time?.getAttribute('datetime'));
}

export const MAX_HTML_DEPTH = 400;
// void elements, and those whose end tag HTML lets a writer leave out: they never deepen the count
const NOT_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'th', 'tr', 'dd', 'dt']);

/**
 * How deep the page's elements nest, in one pass over its tags (elements whose end tag HTML lets
 * a writer leave out count as closed at once, so a page of unclosed <p>s is not deep).
 */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (NOT_NESTING.has(name) || m[3]) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else max = Math.max(max, ++depth);
  }
  return max;
}

// linkedom and Readability are required on the first HTML page, not at start: loading them cost every
// `newskg extract` of a text file about 0.25 s.
const require = createRequire(import.meta.url);
let parseHTML: typeof ParseHtml | undefined;
let Readability: typeof ReadabilityClass | undefined;

function dom(html: string): El {
  parseHTML ??= (require('linkedom') as { parseHTML: typeof ParseHtml }).parseHTML;
  return (parseHTML(html) as unknown as { document: El }).document;
}

/** Main text of an HTML page, or undefined when it holds no text at all. */
export function extractHtml(html: string): (ParsedHead & { text: string }) | undefined {
  const doc = dom(html);
  // <title> often carries only the site name; og:title and the article's own <h1> name the story.
  const ogTitle = squash(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null);
  const articleH1 = squash((doc.querySelector('article h1') ?? doc.querySelector('main h1'))?.textContent ?? null);
  const h1 = squash(doc.querySelector('h1')?.textContent ?? null);
  let published = metaDate(doc);
  type Parsed = { title?: string | null; content?: El | null; publishedTime?: string | null } | null;
  Readability ??= (require('@mozilla/readability') as { Readability: typeof ReadabilityClass }).Readability;
  const reader = new Readability(doc as never, { serializer: (n: unknown) => n as El }) as unknown as { parse(): Parsed };
  const parsed = reader.parse();
  let paragraphs = parsed?.content ? blockTexts(parsed.content) : [];
  if (paragraphs.length === 0) {
    // Readability gives up on very short pages; fall back to the page minus its chrome.
    const fresh = dom(html);
    for (const el of [...fresh.querySelectorAll(CHROME)]) (el as unknown as { remove(): void }).remove();
    const root = fresh.querySelector('article') ?? fresh.querySelector('main') ?? fresh.querySelector('body');
    paragraphs = root ? blockTexts(root) : [];
  }
  published ??= parseIsoDate(parsed?.publishedTime);
  const headline = ogTitle || articleH1 || squash(parsed?.title ?? null) || h1 || undefined;
  if (paragraphs.length > 0 && headline && paragraphs[0] === headline) paragraphs.shift();
  if (!published) {
    const dated = paragraphs.findIndex((p) => parseDateLine(p) !== undefined);
    if (dated >= 0 && dated < 3) published = parseDateLine(paragraphs[dated]);
  }
  if (paragraphs.length === 0 && !headline) return undefined;
  const text = (headline ? [headline, ...paragraphs] : paragraphs).join('\n\n');
  return { text, headline, published, bodyStart: headline ? Math.min(headline.length + 2, text.length) : 0 };
}
