// One-line, fixable messages for bad input: "newskg: <file>: <problem>; <fix>".
import { UserError } from '../errors.js';
import type { Problem } from '../types.js';
import { MAX_HTML_DEPTH } from './html.js';

const MB = 1024 * 1024;
/** The largest article read (MAX_ARTICLE_BYTES in index.ts), in MB. */
export const MAX_ARTICLE_MB = 8;

/** `message` is "<problem>; <fix>"; formatProblem adds the component and the file. */
export function problem(file: string, message: string): Problem {
  return { file, message };
}

export function formatProblem(p: Problem): string {
  return `newskg: ${p.file}: ${p.message}`;
}

export function problemError(p: Problem): UserError {
  return new UserError(formatProblem(p));
}

/** The message for a file-system error while opening a path. */
export function fixFor(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder; check the path';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied; make the file readable or copy it somewhere you can read';
    case 'EISDIR':
      return 'is a folder, not an article; pass the article files in it';
    case 'ENOTDIR':
      return 'a part of the path is not a folder; check the path';
    default:
      return `cannot read (${code ?? (e as Error)?.message ?? 'unknown error'}); check the path`;
  }
}

export const MESSAGES = {
  empty: 'empty file, no text to read; pass a file that holds an article',
  blank: 'only whitespace, no text to read; pass a file that holds an article',
  binary: 'binary file, not an article; pass a .txt, .md or .html file',
  encoding: 'not valid UTF-8 text; save the file as UTF-8 and try again',
  noHtmlText: 'no article text found in the HTML page; save the article text as .txt and pass that',
  htmlTooDeep: `HTML elements nested more than ${MAX_HTML_DEPTH} deep, no article page is; save the article text as .txt and pass that`,
  stdinEmpty: 'nothing on standard input; pipe an article into newskg or pass a file',
  notRegular: (kind: string): string => `not a regular file (${kind}); pass an article file, or pipe the article into \`newskg extract -\``,
  tooLarge: (bytes?: number): string =>
    `${bytes === undefined ? '' : `${(bytes / MB).toFixed(1)} MB, `}more than the ${MAX_ARTICLE_MB} MB an article may have; split it into articles`,
} as const;
