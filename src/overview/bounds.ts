// How much work one overview or neighbourhood may cost, whatever the corpus's size: every query the
// viewer's endpoints run stops at one of these, so time and memory do not grow with the corpus.

/** Entities counted at most to tell a large corpus from a small one (and to say how large). */
export const ENTITY_COUNT_CAP = 1_000_000;

/**
 * Links from articles to the entities they name read at most to rank entities for the overview: all of
 * them up to about 120,000 articles (17 per article in the bench's corpus); past that the ranking is that
 * of the first ones read.
 */
export const RANK_SCAN = 2_000_000;

/** Links read from each overview entity: a hub's first ones, so the 300 queries cost the same at any size. */
export const LINKS_PER_OVERVIEW_ENTITY = 300;

/**
 * Statements and mentions read around an expanded entity, each way (its statements, its mentions in others'
 * statements, its facts), to choose its neighbours from.
 */
export const LINKS_AROUND_ENTITY = 2000;

/** Statements kept per link (edge) for the side panel, the table and the timeline; the rest are counted. */
export const STATEMENTS_PER_LINK = 5;

/** Statements in one model at most: each link keeps at least one while there is room. */
export const MAX_STATEMENTS = 3000;

/** Links in one model at most: the ones with the most statements (beyond 5,000 the viewer drops edge labels and arrows). */
export const MAX_LINKS = 5000;

/** Mentions and articles counted per entity for its size (logarithmic) and page; a hub counts as "5,000+". */
export const COUNT_CAP = 5000;

/** Reified facts read for the fact edges' evidence sentences. */
export const FACT_EVIDENCE_CAP = 2000;

/** IRIs per VALUES block, so that no query text grows with the model. */
export const BATCH = 100;

/** Names matching a search read at most, and entities answered. */
export const SEARCH_SCAN = 200;
export const SEARCH_RESULTS = 10;
export const SEARCH_MAX_CHARS = 100;
