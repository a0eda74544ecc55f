// Finding gold files and their articles, and reading graph files, for `newskg eval`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import N3 from 'n3';
import type { Quad } from 'n3';
import { UserError } from '../errors.js';
import type { GoldFile } from './types.js';

const GOLD_SUFFIX = '.gold.json';

/** Gold files named by the arguments: a directory stands for its `*.gold.json`, sorted. */
export function findGoldFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch {
      throw new UserError(`newskg eval: ${arg} does not exist; pass a folder of *.gold.json files or gold files`);
    }
    if (st.isDirectory()) {
      const found = readdirSync(arg).filter((f) => f.endsWith(GOLD_SUFFIX)).sort();
      if (!found.length) throw new UserError(`newskg eval: ${arg} holds no *${GOLD_SUFFIX} file; add gold files or pass another folder`);
      out.push(...found.map((f) => path.join(arg, f)));
    } else if (arg.endsWith(GOLD_SUFFIX)) {
      out.push(arg);
    } else {
      throw new UserError(`newskg eval: ${arg} is not a *${GOLD_SUFFIX} file; pass gold files or folders of them`);
    }
  }
  return [...new Set(out)];
}

/**
 * The article a gold file annotates: its "article" field next to the gold file, else
 * `<slug>.txt` next to it, else the "article" field under `articlesDir` (the first
 * article's gold lives in ../shared/eval beside the repository while its text is in data/articles).
 */
export function resolveArticle(goldPath: string, gold: GoldFile, articlesDir = 'data/articles'): string {
  const dir = path.dirname(goldPath);
  const slug = path.basename(goldPath).slice(0, -GOLD_SUFFIX.length);
  const candidates = [
    ...(gold.article ? [path.join(dir, gold.article)] : []),
    path.join(dir, slug + '.txt'),
    ...(gold.article ? [path.join(articlesDir, gold.article)] : []),
  ];
  const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
  if (!hit) throw new UserError(`newskg eval: no article for ${goldPath} (tried ${candidates.join(', ')}); put the article text next to the gold file`);
  return hit;
}

const FORMATS: Record<string, string> = {
  '.ttl': 'text/turtle', '.trig': 'application/trig', '.nt': 'application/n-triples', '.nq': 'application/n-quads',
};

/** A graph file parsed by its extension, as score.mjs does (Turtle when unknown). */
export function readGraphFile(file: string): Quad[] {
  const format = FORMATS[path.extname(file).toLowerCase()] ?? 'text/turtle';
  try {
    return new N3.Parser({ format }).parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UserError(`newskg eval: cannot read graph ${file}: ${(e as Error).message}; check the file`);
  }
}
