// Which files are articles, what format they are in, and what their article id is.
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { InputFormat, Problem } from '../types.js';
import { fixFor, problem } from './problems.js';

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export const STDIN = '-';

/** The extensions `query`, `view` and `build` take as articles (anything else named directly is a graph file or refused). */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.html', '.htm']);

export function isArticleFile(file: string): boolean {
  return ARTICLE_EXTENSIONS.has(extname(file).toLowerCase());
}

export function formatFromExtension(path: string): InputFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** For stdin and unknown extensions: a page that starts like HTML is HTML, anything else plain text. */
export function sniffFormat(text: string): InputFormat {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return /^(?:<!doctype html|<html|<head|<body|<article|<!--)/.test(head) || /<(?:p|div|article)[\s>]/.test(head.slice(0, 500))
    ? 'html'
    : 'text';
}

/** "data/Muscat Talks 2026-02-07.txt" → "muscat-talks-2026-02-07"; stdin → "stdin". */
export function articleId(path: string): string {
  if (path === STDIN) return 'stdin';
  const base = basename(path, extname(path));
  const slug = base
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'article';
}

// A folder's own documentation ("README.md", "SOURCES.md") is no article.
const DOCUMENTATION = /^(?:readme|sources|license|licence|changelog|contributing|notice|authors)(?:\.[a-z]+)?$/i;

async function articlesIn(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules' || DOCUMENTATION.test(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) await articlesIn(p, out);
    else if (e.isFile() && formatFromExtension(e.name)) out.push(p);
  }
}

/**
 * Files named directly are kept whatever their extension (the reader sniffs them); folders are
 * searched recursively for .txt, .md, .markdown, .html and .htm. "-" stands for stdin.
 */
export async function listArticleFiles(paths: string[]): Promise<{ files: string[]; problems: Problem[] }> {
  const files: string[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const p of paths) {
    if (p === STDIN) {
      add(p);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch (e) {
      problems.push(problem(p, fixFor(e)));
      continue;
    }
    if (!info.isDirectory()) {
      add(p);
      continue;
    }
    const found: string[] = [];
    try {
      await articlesIn(p, found);
    } catch (e) {
      problems.push(problem(p, fixFor(e)));
      continue;
    }
    if (found.length === 0) {
      problems.push(problem(p, 'folder has no articles (.txt, .md, .markdown, .html, .htm); put article files in it or pass files directly'));
    }
    found.forEach(add);
  }
  return { files, problems };
}
