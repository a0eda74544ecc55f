// Issue 12 item 4: which queries the quick lane takes (cheap by their shape), and what happens
// when a query read as cheap is not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../src/bench/query-data.js';
import { createEngine, type QueryEngine } from '../src/query/engine.js';
import { bindParams, listNamedQueries, loadNamedQuery, namedQueryText } from '../src/query/named.js';
import { isCheapByShape } from '../src/query/shape.js';

describe('cheap by shape', () => {
  it.each([
    'ASK {}',
    'ASK { ?m a nkg:Meeting ; schema:location/rdfs:label "Muscat" }',
    'SELECT ?who WHERE { ?t a nkg:Threat ; nkg:threatener ?who }',
    'SELECT ?n WHERE { <https://w3id.org/newskg/id/country/ir> rdfs:label ?n }',
    'SELECT ?x WHERE { ?x rdfs:label "Iran"@en . ?x a schema:Country FILTER(?x != <urn:x>) } ORDER BY ?x LIMIT 3',
    'SELECT ?x ?l WHERE { ?x a schema:Person . OPTIONAL { ?x rdfs:label ?l } { ?x schema:affiliation ?o } UNION { ?x schema:worksFor ?o } }',
    'DESCRIBE <https://w3id.org/newskg/id/country/ir>',
    'CONSTRUCT { ?t nkg:threatener ?who } WHERE { ?t a nkg:Threat ; nkg:threatener ?who }',
    'SELECT ?x WHERE { VALUES ?x { 1 2 3 } }',
    'SELECT * WHERE { ?x a schema:Person . ?x ?p ?o }',
    'SELECT * WHERE { <https://w3id.org/newskg/id/country/ir> ?p ?o }',
  ])('cheap: %s', (query) => {
    expect(isCheapByShape(query)).toBe(true);
  });

  it.each([
    ['every triple', 'SELECT * WHERE { ?s ?p ?o }'],
    ['a cross product', 'SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 600000'],
    ['two unrelated patterns', 'SELECT * WHERE { ?x a schema:Person . ?y a schema:Person }'],
    ['a repeated path', 'SELECT * WHERE { ?x schema:containedInPlace+ ?y }'],
    ['a negated property set', 'SELECT * WHERE { ?x !rdf:type ?y }'],
    ['a sub-query', 'SELECT * WHERE { { SELECT ?x WHERE { ?x a schema:Person } } }'],
    ['SERVICE', 'SELECT * WHERE { SERVICE <http://example.org/sparql> { ?x a schema:Person } }'],
    ['EXISTS', 'SELECT * WHERE { ?x a schema:Person FILTER NOT EXISTS { ?x rdfs:label ?l } }'],
    ['a string doubled by BINDs', `SELECT ?s6 WHERE { BIND("ab" AS ?s0) ${Array.from({ length: 6 }, (_, i) => `BIND(CONCAT(?s${i}, ?s${i}) AS ?s${i + 1})`).join(' ')} }`],
    ['700 nested groups', 'SELECT * WHERE ' + '{'.repeat(700) + ' ?s a ?o ' + '}'.repeat(700)],
    ['a blank-node property list', 'SELECT * WHERE { ?x schema:location [ rdfs:label ?l ] }'],
    ['a broken query', 'SELECT * WHERE { ?x a '],
  ])('not cheap: %s', (_what, query) => {
    expect(isCheapByShape(query)).toBe(false);
  });

  it('every shipped named query is cheap, with its parameters bound or not', async () => {
    for (const { name, params } of await listNamedQueries()) {
      const named = await loadNamedQuery(name);
      // an IRI parameter (evidence's fact) takes an IRI, the others a name
      const value = (p: { name: string }) => (p.name === 'fact' ? 'https://w3id.org/newskg/id/s/threat-1' : 'Iran');
      const all = Object.fromEntries(params.map((p) => [p.name, value(p)]));
      const required = Object.fromEntries(params.filter((p) => !p.optional).map((p) => [p.name, value(p)]));
      for (const given of [all, required]) expect([name, isCheapByShape(namedQueryText(named, bindParams(named, given)))]).toEqual([name, true]);
    }
  });
});

describe('the quick lane', () => {
  let engine: QueryEngine;
  beforeAll(async () => {
    engine = await createEngine(generateCorpus(60), [], { quickLane: true, quickLaneMs: 150 });
    await engine.warm?.();
  });
  afterAll(() => engine?.close());

  // connected, fixed predicates: read as cheap, but a four-way join on mentions takes seconds
  const SLOW_BUT_CHEAP_LOOKING = 'SELECT (COUNT(*) AS ?n) WHERE { ?a schema:mentions ?x . ?b schema:mentions ?x . ?c schema:mentions ?x . ?d schema:mentions ?x }';

  it('moves a query that overran its budget there to the main lane, where it is answered', async () => {
    expect(isCheapByShape(SLOW_BUT_CHEAP_LOOKING)).toBe(true);
    const t0 = Date.now();
    const result = await engine.query(SLOW_BUT_CHEAP_LOOKING, { timeoutMs: 60_000 });
    expect(result.form).toBe('SELECT');
    expect(Date.now() - t0).toBeGreaterThan(150);
    // remembered: the next time it goes straight to the main lane, and cheap queries are answered meanwhile
    const again = engine.query(SLOW_BUT_CHEAP_LOOKING, { timeoutMs: 60_000 });
    await engine.warm?.();
    const t1 = Date.now();
    expect(await engine.query('ASK { ?x a schema:Person }')).toEqual({ form: 'ASK', boolean: true });
    expect(Date.now() - t1).toBeLessThan(1000);
    expect(await again).toEqual(result);
  });

  it('the time limit counts from the query\'s start, in whichever lane it runs', async () => {
    const t0 = Date.now();
    // two more joins than above (about a hundred times the work), so no machine answers it inside the limit
    const slower = SLOW_BUT_CHEAP_LOOKING.replace('?n', '?m').replace(' }', ' . ?e schema:mentions ?x . ?f schema:mentions ?x }');
    expect(isCheapByShape(slower)).toBe(true);
    await expect(engine.query(slower, { timeoutMs: 400 })).rejects.toThrow(/stopped after 400 ms/);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
