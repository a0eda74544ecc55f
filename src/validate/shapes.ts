import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Parser, Store } from 'n3';

/**
 * The folder holding package.json. Found by walking up because this module
 * runs from src/validate/ under vitest and from dist/validate/ after tsc.
 */
export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'ontology'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`validate: no package root above ${fileURLToPath(from)}`);
    dir = up;
  }
}

export const SHAPES_PATH = join(packageRoot(), 'ontology', 'shapes.ttl');
export const ONTOLOGY_PATH = join(packageRoot(), 'ontology', 'newskg.ttl');

export function loadShapes(path: string = SHAPES_PATH): Store {
  return new Store(new Parser({ format: 'text/turtle' }).parse(readFileSync(path, 'utf8')));
}
