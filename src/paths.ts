import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding newskg's package.json, whether running from src/ (tests) or dist/. */
export function packageRoot(): string {
  if (root) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json')) || !existsSync(path.join(dir, 'data'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('newskg: cannot find the package folder (package.json with data/); reinstall newskg');
    dir = up;
  }
  return (root = dir);
}

export const dataPath = (...parts: string[]): string => path.join(packageRoot(), 'data', ...parts);
