// Issue 11: after a query is stopped at the time limit, the server answers the next one from a warm
// engine (the standby worker) instead of making it wait while the whole corpus loads again.
import type { Quad } from 'n3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/bench/query-data.js';
import { createServer, type NewskgServer } from '../src/server/index.js';

/** A three-way cross product: far past any small time limit. */
const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
/** Answered at once by a loaded engine, and not cheap by shape, so no quick lane could take it either. */
const CHEAP = 'SELECT * WHERE { ?s ?p ?o } LIMIT 1';

let quads: Quad[];
let server: NewskgServer | undefined;

beforeAll(() => {
  // about 250,000 triples: the engine takes seconds to load them, so waiting for a reload shows
  quads = generateCorpus(2000);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server on the corpus with a 1 s limit, every worker loaded; the quick lane is off (CHEAP never goes there) to spare a load. */
async function start(standby: boolean): Promise<{ ask: (q: string) => Promise<{ status: number; ms: number; body: string }>; loadMs: number }> {
  const t0 = performance.now();
  server = await createServer({ quads, timeoutMs: 1000, maxRows: 10, engine: { quickLane: false, standby } });
  const loadMs = performance.now() - t0;
  await server.engine.warm?.();
  const base = await server.listen(0);
  const ask = async (q: string) => {
    const t = performance.now();
    const res = await fetch(`${base}/sparql?query=${encodeURIComponent(q)}`);
    const body = await res.text();
    return { status: res.status, ms: performance.now() - t, body };
  };
  return { ask, loadMs };
}

describe('a cheap query right after one stopped at the time limit', () => {
  it('is answered within 1 s: the standby engine takes over, nothing is loaded on the way', async () => {
    const { ask } = await start(true);
    const stopped = await ask(SLOW);
    expect(stopped.status).toBe(503);
    expect(stopped.body).toMatch(/stopped after 1000 ms/);
    const next = await ask(CHEAP);
    expect(next.status).toBe(200);
    expect(JSON.parse(next.body).results.bindings).toHaveLength(1);
    expect(next.ms).toBeLessThan(1000);
    // and again: the next standby has loaded in the background meanwhile
    await server!.engine.warm?.();
    expect((await ask(SLOW)).status).toBe(503);
    expect((await ask(CHEAP)).ms).toBeLessThan(1000);
  }, 60_000);

  it('waits for the corpus to load again without the standby (--no-standby), which is why the standby is there', async () => {
    const { ask, loadMs } = await start(false);
    expect((await ask(SLOW)).status).toBe(503);
    const next = await ask(CHEAP);
    expect(next.status).toBe(200);
    // the reload is as slow as the first load, whatever this machine's speed
    expect(next.ms).toBeGreaterThan(Math.min(1000, loadMs / 2));
  }, 60_000);
});
