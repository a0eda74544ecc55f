// The named queries' expected answers on the first article, extracted by the pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindParams, createEngine, loadNamedQuery, loadSources, namedQueryText, type QueryEngine } from '../src/query/index.js';

const ARTICLE = 'data/articles/muscat-talks-2026-02-07.txt';
let engine: QueryEngine;

beforeAll(async () => {
  engine = await createEngine(await loadSources([ARTICLE]));
});
afterAll(() => engine?.close());

async function rows(name: string, params: Record<string, string>): Promise<Record<string, string>[]> {
  const q = await loadNamedQuery(name);
  const bindings = bindParams(q, params);
  const r = await engine.query(namedQueryText(q, bindings), { bindings });
  if (r.form !== 'SELECT') throw new Error('expected SELECT');
  return r.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, t]) => [k, t.value])));
}

describe('named queries on muscat-talks-2026-02-07.txt', () => {
  it.each([
    // query,                  params,                          a row where every field matches
    ['threats',               {},                                { threatenerName: /^(Iran|Abbas Araghchi)$/, targetName: /^United States$/, condition: /struck/ }],
    ['threats',               { threatener: 'Araghchi' },        { targetName: /^United States$/, action: /bases/ }],
    ['quotes-by',             { person: 'Araghchi' },            { speakerName: /^Abbas Araghchi$/, text: /^We will attack their bases in the region/ }],
    ['quotes-by',             { person: 'Araghchi' },            { text: /^We are ready to reach a reassuring agreement on enrichment/ }],
    ['quotes-by',             { person: 'Leila Haddad' },        { text: /^Targeting shipping makes sense on paper/ }],
    ['stances-on',            { topic: 'enrichment' },           { holderName: /^(Iran|Abbas Araghchi)$/, polarity: /^Supports$/ }],
    ['meetings',              { place: 'Muscat' },               { participants: /Iran/, date: /^2026-02-06$/ }],
    ['people-by-affiliation', { affiliation: 'Iran' },           { personName: /^Abbas Araghchi$/, jobTitle: /Foreign Minister/ }],
    ['mentioned-with',        { entity: 'Araghchi' },            { otherName: /^Al Jazeera$/, type: /^Organization$/ }],
    ['evidence',              { about: 'Araghchi' },             { kind: /^Threat$/, evidence: /if the United States struck Iranian territory again/ }],
  ] as const)('%s %j has a row matching %s', async (name, params, expected) => {
    const found = await rows(name, params as Record<string, string>);
    const match = found.find((r) => Object.entries(expected).every(([k, re]) => re.test(r[k] ?? '')));
    expect(match, JSON.stringify(found.slice(0, 5), null, 1)).toBeDefined();
  });
});
