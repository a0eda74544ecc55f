// The viewer on a corpus too large to show whole: how many entities it has (to tell), its overview (the
// entities named in the most articles and the links among them) and the neighbourhood of one entity,
// each read from the query engine with bounded queries (bounds.ts) within one time budget.
import type { ViewModel } from '../graph/index.js';
import type { QueryEngine } from '../query/types.js';
import { iriOf, numberOf, select } from './ask.js';
import { TimeBudget } from './budget.js';
import { ENTITY_COUNT_CAP, LINKS_AROUND_ENTITY, LINKS_PER_OVERVIEW_ENTITY, RANK_SCAN } from './bounds.js';
import { linksAround, linksFrom, type Link } from './links.js';
import { partModel } from './part.js';

export { TimeBudget } from './budget.js';
export { articleText, searchEntities } from './search.js';

export interface EntityCount {
  count: number;
  /** Counting stopped at its cap. */
  atLeast: boolean;
}

const BASE_TYPES = 'schema:Person schema:Country schema:City schema:Place schema:Organization';

/** Entities in the corpus, counted up to `cap` (so a huge corpus costs no more than that). */
export async function countEntities(engine: QueryEngine, budget: TimeBudget, cap = ENTITY_COUNT_CAP): Promise<EntityCount> {
  // distinct entities among the first `cap` typings (an entity typed City and Place counts once)
  const { rows } = await select(engine, `SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { { SELECT ?e WHERE { VALUES ?type { ${BASE_TYPES} } ?e a ?type } LIMIT ${cap} } }`, undefined, budget);
  const count = numberOf(rows[0]?.n);
  return { count: Number.isFinite(count) ? count : 0, atLeast: count >= cap };
}

/** The `n` entities named in the most articles (of the first RANK_SCAN article–entity links). */
async function rankEntities(engine: QueryEngine, n: number, budget: TimeBudget): Promise<string[]> {
  const { rows } = await select(engine, `SELECT ?e (COUNT(*) AS ?articles) WHERE {
    { SELECT ?e WHERE { ?article schema:mentions ?e } LIMIT ${RANK_SCAN} }
  } GROUP BY ?e ORDER BY DESC(?articles) ?e LIMIT ${n}`, n, budget);
  return rows.map((r) => iriOf(r.e)).filter((e): e is string => e !== undefined);
}

/** The `n` most-mentioned entities and the links among them. */
export async function overviewModel(engine: QueryEngine, n: number, corpus: EntityCount, budget: TimeBudget): Promise<ViewModel> {
  const entities = await rankEntities(engine, n, budget);
  const links: Link[] = [];
  let cut = corpus.count > entities.length;
  // every link among them starts at one of them (its threatener, holder, speaker, …)
  for (const e of entities) {
    const found = await linksFrom(engine, e, LINKS_PER_OVERVIEW_ENTITY, budget);
    links.push(...found.links);
    cut ||= found.cut;
  }
  return partModel(engine, { scope: { kind: 'overview', entities: corpus.count, entitiesAtLeast: corpus.atLeast, cut }, entities, links }, budget);
}

/** `entity`, its `k` most linked neighbours (of the links read), and the links between it and them. */
export async function neighbourhoodModel(engine: QueryEngine, entity: string, k: number, corpus: EntityCount, budget: TimeBudget): Promise<ViewModel> {
  const around = await linksAround(engine, entity, LINKS_AROUND_ENTITY, budget);
  const weight = new Map<string, number>();
  for (const l of around.links) {
    const other = l.source === entity ? l.target : l.source;
    weight.set(other, (weight.get(other) ?? 0) + 1);
  }
  const neighbours = [...weight].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([e]) => e);
  const kept = neighbours.slice(0, k);
  return partModel(engine, {
    scope: { kind: 'neighbourhood', entities: corpus.count, entitiesAtLeast: corpus.atLeast, focus: entity, cut: around.cut || neighbours.length > k },
    entities: [entity, ...kept],
    links: around.links,
  }, budget);
}
