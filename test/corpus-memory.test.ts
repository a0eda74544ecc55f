// What the merge stage of a build keeps grows with the corpus's entities, and is kept compact
// (route.ts): the router's default-graph lines are UTF-8 bytes in one buffer, not a string and a set
// entry each on the heap (67,000 lines at 8,000 articles; with them, and the identity kept after the
// merge plan, the 100,000-article build reached 2.8 GiB while it merged). These tests hold the store
// to what a set of strings did, and the heap it takes per line to a bound that strings would exceed
// several times (a set of them: 211 bytes a line).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { LineStore, Router } from '../src/corpus/route.js';

const { namedNode: n, quad } = DataFactory;
const ID = 'https://w3id.org/newskg/id/';
const SCHEMA = 'https://schema.org/';

/** A line of the router, like the ones an entity section holds. */
const line = (i: number): string => `<${ID}person/person-${i % 997}-${i}> <${SCHEMA}memberOf> <${ID}organization/body-${i % 13}> .\n`;

describe('the router line store', () => {
  it('keeps each line once, in first-seen order, as a set of strings does', () => {
    const store = new LineStore();
    const set = new Set<string>();
    const words = ['é', 'Ωmega', '日本', '"quoted \\" é"', '🙂', ''];
    for (let k = 0; k < 20_000; k++) {
      // repeats, lines of other lengths, non-ASCII text (two- to four-byte UTF-8), a long literal now and then
      const i = (k * 7919) % 6000;
      const text = k % 1000 === 999 ? 'x'.repeat(5000 + k) : `${line(i)}${words[i % words.length]}`;
      expect(store.add(text)).toBe(!set.has(text));
      set.add(text);
    }
    expect(store.length).toBe(set.size);
    expect([...store.values()]).toEqual([...set]);
    const all = [...set];
    expect(store.slice(100, 250)).toEqual(all.slice(100, 250));
    expect(store.slice(all.length - 5, all.length + 5)).toEqual(all.slice(-5));
    expect(store.get(0)).toBe(all[0]);
  });

  it('holds the router lines in its buffer, not on the heap: under 40 bytes of heap a line', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const lines = 200_000;
    gc();
    const before = process.memoryUsage().heapUsed;
    const router = new Router(new Map());
    // each line routed twice (a repeat is not kept again), as default-graph quads, which the router keeps as lines
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < lines; i += 1000) {
        const quads = [];
        for (let k = i; k < i + 1000; k++) quads.push(quad(n(`${ID}person/person-${k % 997}-${k}`), n(`${SCHEMA}memberOf`), n(`${ID}organization/body-${k % 13}`)));
        router.route(quads);
      }
    }
    gc();
    const perLine = (process.memoryUsage().heapUsed - before) / lines;
    expect(router.defaultQuads).toBe(lines);
    expect([...router.lines()].slice(0, 2)).toEqual([line(0), line(1)]);
    // a set of the lines as strings (before the store) took 211 bytes a line here; the store, under 1
    expect(perLine).toBeLessThan(40);
  }, 60_000);
});
