// The overview's queries through whichever engine serves the data (embedded or an endpoint), each within
// what is left of its request's time and with a row cap, so no answer is larger than asked for.
import type { Quad } from 'n3';
import { fromJsonQuad, isSafeIri, type JsonTerm } from '../query/terms.js';
import type { QueryEngine } from '../query/types.js';
import type { TimeBudget } from './budget.js';
import { BATCH } from './bounds.js';

export type Row = Record<string, JsonTerm | undefined>;

/** An IRI for a query's text; the caller checked it (isSafeIri), so this never throws on user input. */
export const iriRef = (iri: string): string => {
  if (!isSafeIri(iri)) throw new Error(`not an IRI a query may hold: ${JSON.stringify(iri)}`);
  return `<${iri}>`;
};

export const values = (variable: string, iris: Iterable<string>): string => `VALUES ?${variable} { ${[...iris].map(iriRef).join(' ')} }`;

/**
 * `maxRows` undefined: an aggregate of one row, sent as written. A row cap adds an outer LIMIT, and Virtuoso
 * 7.2 applies that to the sub-query under a COUNT (an entity count of 467 came back as 51 under LIMIT 51).
 */
export async function select(engine: QueryEngine, text: string, maxRows: number | undefined, budget: TimeBudget): Promise<{ rows: Row[]; truncated: boolean }> {
  const r = await engine.query(text, { ...(maxRows === undefined ? {} : { maxRows }), timeoutMs: budget.left() });
  if (r.form !== 'SELECT') throw new Error(`overview: expected a SELECT, the engine answered ${r.form}`);
  return { rows: r.rows, truncated: r.truncated };
}

export async function construct(engine: QueryEngine, text: string, maxRows: number, budget: TimeBudget): Promise<{ quads: Quad[]; truncated: boolean }> {
  const r = await engine.query(text, { maxRows, timeoutMs: budget.left() });
  if (r.form !== 'CONSTRUCT') throw new Error(`overview: expected a CONSTRUCT, the engine answered ${r.form}`);
  return { quads: r.quads.map(fromJsonQuad), truncated: r.truncated };
}

/** `ask` once per batch of BATCH IRIs (so no query text grows with the model), one after the other. */
export async function inBatches<T>(iris: Iterable<string>, ask: (batch: string[]) => Promise<T>): Promise<T[]> {
  const all = [...iris];
  const out: T[] = [];
  for (let i = 0; i < all.length; i += BATCH) out.push(await ask(all.slice(i, i + BATCH)));
  return out;
}

export const iriOf = (t: JsonTerm | undefined): string | undefined => (t?.type === 'uri' ? t.value : undefined);
export const numberOf = (t: JsonTerm | undefined): number => Number(t?.value ?? NaN);
