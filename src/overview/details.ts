// What the view model needs about the entities, statements and articles of a part of the corpus, read
// in batches (bounded VALUES blocks, row caps): the entities' own triples (types, names, facts), the
// statements' triples, the articles' headlines and dates (not their texts, asked for when one is opened),
// which of the part's entities each article names, and sentences for the facts between the entities.
import type { Quad } from 'n3';
import type { CorpusCounts } from '../graph/index.js';
import type { QueryEngine } from '../query/types.js';
import { PROV, RDF } from '../rdf/vocab.js';
import { construct, inBatches, iriOf, iriRef, numberOf, select, values } from './ask.js';
import type { TimeBudget } from './budget.js';
import { BATCH, COUNT_CAP, FACT_EVIDENCE_CAP } from './bounds.js';

/** Triples per entity read at most: an entity has a few types, names and facts. */
const TRIPLES_PER_ENTITY = 200;
/** Triples per statement read at most (roles, values, evidence, offsets). */
const TRIPLES_PER_STATEMENT = 60;
/** Entities an article names, read at most per article. */
const NAMED_PER_ARTICLE = 200;

export interface Fetched {
  quads: Quad[];
  /** A read stopped at its row cap. */
  cut: boolean;
}

const merge = (parts: Fetched[]): Fetched => ({ quads: parts.flatMap((p) => p.quads), cut: parts.some((p) => p.cut) });

/** Every triple about each entity (the merged default graph holds its types, labels, aliases, sameAs and facts). */
export async function entityTriples(engine: QueryEngine, entities: Iterable<string>, budget: TimeBudget): Promise<Fetched> {
  return merge(await inBatches(entities, async (batch) => {
    const r = await construct(engine, `CONSTRUCT { ?e ?p ?o } WHERE { ${values('e', batch)} ?e ?p ?o }`, batch.length * TRIPLES_PER_ENTITY, budget);
    return { quads: r.quads, cut: r.truncated };
  }));
}

export async function statementTriples(engine: QueryEngine, statements: Iterable<string>, budget: TimeBudget): Promise<Fetched> {
  return merge(await inBatches(statements, async (batch) => {
    const r = await construct(engine, `CONSTRUCT { ?s ?p ?o } WHERE { ${values('s', batch)} ?s ?p ?o }`, batch.length * TRIPLES_PER_STATEMENT, budget);
    return { quads: r.quads, cut: r.truncated };
  }));
}

/** Headline and date of each article, and which of `entities` it names; no text. */
export async function articleHeaders(engine: QueryEngine, articles: Iterable<string>, entities: ReadonlySet<string>, budget: TimeBudget): Promise<Fetched> {
  return merge(await inBatches(articles, async (batch) => {
    const head = await construct(engine, `CONSTRUCT { ?a a schema:NewsArticle ; schema:headline ?h ; schema:datePublished ?d } WHERE {
      ${values('a', batch)} ?a a schema:NewsArticle . OPTIONAL { ?a schema:headline ?h } OPTIONAL { ?a schema:datePublished ?d } }`, batch.length * 10, budget);
    const named = await construct(engine, `CONSTRUCT { ?a schema:mentions ?e } WHERE { ${values('a', batch)} ?a schema:mentions ?e }`, batch.length * NAMED_PER_ARTICLE, budget);
    return { quads: [...head.quads, ...named.quads.filter((q) => entities.has(q.object.value))], cut: head.truncated || named.truncated };
  }));
}

/**
 * Reified facts (rdf:Statement) whose subject is one of the entities and whose object is another: the
 * sentences fact edges show. The first FACT_EVIDENCE_CAP found per batch, and their articles' IRIs.
 */
export async function factEvidence(engine: QueryEngine, entities: ReadonlySet<string>, budget: TimeBudget): Promise<Fetched & { articles: Set<string> }> {
  const parts = await inBatches(entities, async (batch) => {
    const r = await construct(engine, `CONSTRUCT {
      ?r a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; nkg:evidence ?evidence ;
         prov:wasDerivedFrom ?article ; nkg:startOffset ?start ; nkg:endOffset ?end
    } WHERE {
      ${values('s', batch)} ?r rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; nkg:evidence ?evidence .
      FILTER(isIRI(?o))
      OPTIONAL { ?r prov:wasDerivedFrom ?article } OPTIONAL { ?r nkg:startOffset ?start ; nkg:endOffset ?end }
    } LIMIT ${FACT_EVIDENCE_CAP}`, FACT_EVIDENCE_CAP * 8, budget);
    // only facts between two of the entities draw an edge
    const between = new Set(r.quads.filter((q) => q.predicate.value === RDF('object') && entities.has(q.object.value)).map((q) => q.subject.value));
    return { quads: r.quads.filter((q) => between.has(q.subject.value)), cut: r.truncated };
  });
  const found = merge(parts);
  const articles = new Set(found.quads.filter((q) => q.predicate.value === PROV('wasDerivedFrom')).map((q) => q.object.value));
  return { ...found, articles };
}

/** Mentions and articles naming each entity in the whole corpus, each count stopping at COUNT_CAP. */
export async function corpusCounts(engine: QueryEngine, entities: Iterable<string>, budget: TimeBudget): Promise<Map<string, CorpusCounts>> {
  const out = new Map<string, CorpusCounts>();
  // one block per entity, each count a sub-query with its own LIMIT: a hub costs COUNT_CAP, not its size
  const count = (e: string): string => `{ { SELECT (COUNT(*) AS ?mentions) WHERE { { SELECT ?m WHERE { ?m itsrdf:taIdentRef ${e} } LIMIT ${COUNT_CAP} } } }
    { SELECT (COUNT(*) AS ?articles) WHERE { { SELECT ?a WHERE { ?a schema:mentions ${e} } LIMIT ${COUNT_CAP} } } }
    BIND(${e} AS ?e) }`;
  await inBatches(entities, async (batch) => {
    const { rows } = await select(engine, `SELECT ?e ?mentions ?articles WHERE { ${batch.map((e) => count(iriRef(e))).join(' UNION ')} }`, BATCH, budget);
    for (const row of rows) {
      const e = iriOf(row.e);
      if (!e) continue;
      const mentions = numberOf(row.mentions);
      const articles = numberOf(row.articles);
      out.set(e, { mentions, articles, atLeast: mentions >= COUNT_CAP || articles >= COUNT_CAP });
    }
  });
  return out;
}
