import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Built by `vite build` into viewer/dist, next to dist/ and src/ in the package. */
export const VIEWER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../viewer/dist');
