// Sending a corpus to a store reads it back graph by graph; what it keeps between graphs must not grow
// with what it has read. A graph's name parsed from the file is a slice of the 64 KB chunk it was read
// in, so a set of the names sent kept one chunk per graph: a load of 100,000 graphs grew past 3 GB.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { graphParts } from '../src/store/upload.js';

describe('reading a corpus back for a store', () => {
  it('keeps no part of the file for the graphs it has passed: the heap after 500 graphs of 60 KB is within 10 MB of that after 100', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const dir = await mkdtemp(path.join(tmpdir(), 'newskg-parts-'));
    try {
      const corpus = path.join(dir, 'corpus.trig');
      // 600 graphs of one long literal each: every graph's name is read in a chunk of its own
      const graphs = Array.from({ length: 600 }, (_, i) => `<https://w3id.org/newskg/id/article/a${i}> {\n<urn:x:s${i}> <urn:x:text> "${String(i % 10).repeat(60_000)}" .\n}\n`);
      await writeFile(corpus, graphs.join(''));
      const heap: number[] = [];
      let seen = 0;
      for await (const part of graphParts(corpus, 1000)) {
        expect(part.name).toBe(`https://w3id.org/newskg/id/article/a${seen}`);
        expect(part.total).toBe(1);
        seen++;
        if (seen === 100 || seen === 500) {
          gc();
          heap.push(process.memoryUsage().heapUsed);
        }
      }
      expect(seen).toBe(600);
      // the chunks of 400 graphs are 400 × 128 KB ≈ 50 MB
      expect((heap[1]! - heap[0]!) / 2 ** 20).toBeLessThan(10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
