// The two parts of n3 that extraction uses, loaded on their own: `import 'n3'` also loads its
// parsers, its store and readable-stream, about 20 ms of every `newskg extract`'s start.
// They are the very classes 'n3' exports (its index requires these files), so quads made here
// and quads made by modules that import 'n3' are alike.
import { createRequire } from 'node:module';
import type * as N3 from 'n3';

const require = createRequire(import.meta.url);

export const DataFactory = (require('n3/lib/N3DataFactory.js') as { default: typeof N3.DataFactory }).default;
export const Writer = (require('n3/lib/N3Writer.js') as { default: typeof N3.Writer }).default;
