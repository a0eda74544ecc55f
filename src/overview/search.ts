// Finding an entity the overview does not show, by a name or alias, and reading one article's text when
// the viewer opens it (parts of a large corpus carry no article texts).
import type { EntityHit, ViewEntityType } from '../graph/index.js';
import { PREFIXES } from '../rdf/vocab.js';
import { sparqlString } from '../query/terms.js';
import type { QueryEngine } from '../query/types.js';
import { iriOf, iriRef, select, values } from './ask.js';
import type { TimeBudget } from './budget.js';
import { corpusCounts } from './details.js';
import { SEARCH_MAX_CHARS, SEARCH_RESULTS, SEARCH_SCAN } from './bounds.js';

// most specific first, as the view model reads types: an entity typed City and Place is a City
const TYPES: ViewEntityType[] = ['Person', 'Country', 'City', 'Organization', 'Place'];

/** How well a name matches: exact, then the start of it, then the start of a word, then anywhere. */
const rank = (name: string, q: string): number => (name === q ? 0 : name.startsWith(q) ? 1 : name.includes(' ' + q) ? 2 : 3);

/**
 * Entities with a name or alias containing `text` (any case): the first SEARCH_SCAN names found, ranked
 * by how well they match and then by how many articles name the entity.
 */
export async function searchEntities(engine: QueryEngine, text: string, budget: TimeBudget): Promise<EntityHit[]> {
  const q = text.trim().toLowerCase().slice(0, SEARCH_MAX_CHARS);
  if (q.length < 2) return [];
  const { rows } = await select(engine, `SELECT DISTINCT ?e ?name WHERE {
    VALUES ?p { rdfs:label skos:altLabel } ?e ?p ?name . FILTER(CONTAINS(LCASE(STR(?name)), ${sparqlString(q)}))
  } LIMIT ${SEARCH_SCAN}`, SEARCH_SCAN, budget);
  const best = new Map<string, { name: string; score: number }>();
  for (const r of rows) {
    const e = iriOf(r.e);
    const name = r.name?.value;
    if (!e || name === undefined) continue;
    const score = rank(name.toLowerCase(), q);
    const had = best.get(e);
    if (!had || score < had.score) best.set(e, { name, score });
  }
  const candidates = [...best].sort((a, b) => a[1].score - b[1].score || a[1].name.length - b[1].name.length).slice(0, SEARCH_RESULTS * 2);
  if (!candidates.length) return [];
  const ids = candidates.map(([e]) => e);
  const { rows: about } = await select(engine, `SELECT ?e ?label ?type WHERE {
    ${values('e', ids)} ?e a ?type . VALUES ?type { ${TYPES.map((t) => `schema:${t}`).join(' ')} } OPTIONAL { ?e rdfs:label ?label }
  }`, ids.length * 10, budget);
  const counts = await corpusCounts(engine, ids, budget);
  const info = new Map<string, { label?: string; types: Set<string>; articles: number }>();
  for (const r of about) {
    const e = iriOf(r.e);
    if (!e) continue;
    let i = info.get(e);
    if (!i) info.set(e, (i = { types: new Set(), articles: counts.get(e)?.articles ?? 0 }));
    if (r.label && i.label === undefined) i.label = r.label.value;
    const t = iriOf(r.type);
    if (t) i.types.add(t.slice(PREFIXES.schema.length));
  }
  const hits: (EntityHit & { score: number })[] = [];
  for (const [id, { name, score }] of candidates) {
    const i = info.get(id);
    const type = i && TYPES.find((t) => i.types.has(t));
    if (!i || !type) continue;
    const label = i.label ?? id.replace(/^.*[/#]/, '');
    hits.push({ id, label, type, articles: i.articles, score, ...(name !== label ? { matched: name } : {}) });
  }
  return hits.sort((a, b) => a.score - b.score || b.articles - a.articles).slice(0, SEARCH_RESULTS).map(({ score: _score, ...hit }) => hit);
}

/** The text of one article (its nif:Context's string), or undefined when the corpus has none for it. */
export async function articleText(engine: QueryEngine, article: string, budget: TimeBudget): Promise<string | undefined> {
  const { rows } = await select(engine, `SELECT ?text WHERE { ${iriRef(article)} nkg:text ?context . ?context nif:isString ?text } LIMIT 1`, 1, budget);
  return rows[0]?.text?.value;
}
