// Reads an article file (plain text, Markdown or HTML) or stdin into an Article, or explains in one
// line why it cannot. Offsets later count in Article.text, so text/Markdown keep the file verbatim.
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError, isUserError } from '../errors.js';
import type { Article, InputFormat } from '../types.js';
import { isIsoDate } from './dates.js';
import { STDIN, articleId, formatFromExtension, sniffFormat } from './files.js';
import { extractHtml, htmlDepth, MAX_HTML_DEPTH } from './html.js';
import { parseMarkdown } from './markdown.js';
import { MAX_ARTICLE_MB, MESSAGES, fixFor, problem, problemError } from './problems.js';
import { parsePlainText } from './text.js';
import type { ParsedHead, ReadOptions, ReadResult } from './types.js';

export { listArticleFiles, articleId, formatFromExtension, STDIN } from './files.js';
export { maskMarkdown } from './markdown.js';
export { parseDateLine } from './dates.js';
export { formatProblem, problemError } from './problems.js';
export type { ReadOptions, ReadResult } from './types.js';

function displayName(source: string): string {
  return source === STDIN ? 'stdin' : source;
}

function checkDateOption(name: string, value: string | undefined): void {
  if (value !== undefined && !isIsoDate(value)) {
    throw new UserError(`newskg: ${name} ${value}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`);
  }
}

/** Decode bytes as UTF-8 text, refusing binary files and other encodings. */
function decode(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw problemError(problem(file, file === 'stdin' ? MESSAGES.stdinEmpty : MESSAGES.empty));
  if (bytes.includes(0)) throw problemError(problem(file, MESSAGES.binary));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw problemError(problem(file, MESSAGES.encoding));
  }
}

/**
 * U+FFFE and U+FFFF are no characters of XML, so no xsd:string may hold them, and the article text
 * goes into the graph whole (nif:isString). Each becomes U+FFFD, one UTF-16 unit for one, so every
 * offset still counts into the file's text.
 */
const NOT_IN_XSD_STRING = /[￾￿]/g;
const asXsdString = (s: string): string => s.replace(NOT_IN_XSD_STRING, '\uFFFD');

/** An Article from text already in memory; `source` is the path as the user gave it ("-" for stdin). */
export function readArticleText(raw: string, source: string, format: InputFormat, opts: ReadOptions = {}): Article {
  checkDateOption('--date', opts.date);
  checkDateOption('default date', opts.defaultDate);
  const file = displayName(source);
  const text = asXsdString(raw);
  if (text.trim() === '') throw problemError(problem(file, text === '' ? MESSAGES.empty : MESSAGES.blank));
  let body = text;
  let head: ParsedHead;
  if (format === 'html') {
    // Readability recurses once per level: a page nested thousands deep would take minutes or overflow the stack
    if (htmlDepth(text) > MAX_HTML_DEPTH) throw problemError(problem(file, MESSAGES.htmlTooDeep));
    const extracted = extractHtml(text);
    if (!extracted || extracted.text.trim() === '') throw problemError(problem(file, MESSAGES.noHtmlText));
    // an HTML character reference (&#xFFFE;) can make one too
    body = asXsdString(extracted.text);
    head = { ...extracted, ...(extracted.headline ? { headline: asXsdString(extracted.headline) } : {}) };
  } else {
    head = format === 'markdown' ? parseMarkdown(text) : parsePlainText(text);
  }
  const published = opts.date ?? head.published ?? opts.defaultDate;
  return {
    id: articleId(source),
    source,
    format,
    text: body,
    ...(head.headline ? { headline: head.headline } : {}),
    ...(published ? { published } : {}),
    bodyStart: head.bodyStart,
  };
}

/**
 * The largest article read, in bytes. Extraction is linear in the text, about 30 s per MB of news
 * prose on two shared cores, so the largest article takes minutes; real articles are under 100 kB.
 */
export const MAX_ARTICLE_BYTES = MAX_ARTICLE_MB * 1024 * 1024;

async function readStream(stream: Readable, file: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_ARTICLE_BYTES) throw problemError(problem(file, MESSAGES.tooLarge()));
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A regular file of at most MAX_ARTICLE_BYTES: a named pipe or a device (a link to /dev/zero) would never end. */
async function readFileBytes(path: string, file: string): Promise<Uint8Array> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (!info.isFile()) {
    const kind = info.isFIFO() ? 'a named pipe' : info.isSocket() ? 'a socket' : 'a device';
    throw problemError(problem(file, MESSAGES.notRegular(kind)));
  }
  if (info.size > MAX_ARTICLE_BYTES) throw problemError(problem(file, MESSAGES.tooLarge(info.size)));
  // read at most one byte past the limit: a file can grow, and some (in /proc) report no size
  const handle = await open(path, 'r');
  try {
    let buf = Buffer.alloc(Math.min(MAX_ARTICLE_BYTES + 1, Math.max(info.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buf.length) {
        if (length > MAX_ARTICLE_BYTES) throw problemError(problem(file, MESSAGES.tooLarge()));
        const bigger = Buffer.alloc(Math.min(MAX_ARTICLE_BYTES + 1, buf.length * 2));
        buf.copy(bigger, 0, 0, length);
        buf = bigger;
      }
      const { bytesRead } = await handle.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) return buf.subarray(0, length);
      length += bytesRead;
    }
  } finally {
    await handle.close();
  }
}

/** Read a file ("-" = stdin) into an Article; throws UserError "newskg: <file>: <problem>; <fix>". */
export async function readArticle(path: string, opts: ReadOptions = {}): Promise<Article> {
  checkDateOption('--date', opts.date);
  const file = displayName(path);
  let bytes: Uint8Array;
  try {
    bytes = path === STDIN ? await readStream(opts.stdin ?? process.stdin, file) : await readFileBytes(path, file);
  } catch (e) {
    if (isUserError(e)) throw e;
    throw problemError(problem(file, fixFor(e)));
  }
  const text = decode(bytes, file);
  const format = opts.format ?? (path === STDIN ? undefined : formatFromExtension(path)) ?? sniffFormat(text);
  return readArticleText(text, path, format, opts);
}

/** Like readArticle, but a bad file is a value, so a batch can carry on past it. */
export async function tryReadArticle(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  try {
    return { ok: true, article: await readArticle(path, opts) };
  } catch (e) {
    if (!isUserError(e)) throw e;
    const prefix = `newskg: ${displayName(path)}: `;
    const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
    return { ok: false, problem: problem(displayName(path), message) };
  }
}

/** A date in the file name ("muscat-talks-2026-02-07.txt") stands in when the text gives none. */
function dateFromName(source: string): string | undefined {
  const m = /(\d{4}-\d{2}-\d{2})/.exec(basename(source));
  return m && isIsoDate(m[1]) ? m[1] : undefined;
}

/**
 * An article with its publication date: from the options, the text, else the file name. Without
 * one it is a problem, not a guess: schema:datePublished is required and relative dates ("on
 * Thursday") resolve against it. Every command that reads articles reads them this way.
 */
export async function readDatedArticle(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const read = await tryReadArticle(path, opts);
  if (!read.ok || read.article.published) return read;
  const published = dateFromName(path);
  if (published) return { ok: true, article: { ...read.article, published } };
  return { ok: false, problem: problem(displayName(path), 'no publication date (no date line, no date in the file name); pass --date YYYY-MM-DD') };
}
