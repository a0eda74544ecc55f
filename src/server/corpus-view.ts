// What the server gives the viewer (and /graph.ttl) of the corpus: the whole graph while it is small, and
// on a large corpus an overview, neighbourhoods, entity search and article texts, each read from the
// engine with bounded queries (src/overview) instead of holding the whole graph in this process.
import type { Quad } from 'n3';
import { buildViewModel } from '../graph/index.js';
import {
  articleText, countEntities, neighbourhoodModel, overviewModel, searchEntities, TimeBudget, type EntityCount,
} from '../overview/index.js';
import { isSafeIri } from '../query/terms.js';
import type { QueryEngine } from '../query/types.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';

export type ViewLimits = Pick<Settings, 'overviewAbove' | 'overviewEntities' | 'neighbourLimit'>;

export const DEFAULT_VIEW_LIMITS: ViewLimits = {
  overviewAbove: DEFAULT_SETTINGS.overviewAbove,
  overviewEntities: DEFAULT_SETTINGS.overviewEntities,
  neighbourLimit: DEFAULT_SETTINGS.neighbourLimit,
};

/**
 * The overview is read once and kept: some 300 queries, one per overview entity, so it gets more time
 * than one query (each still has the server's limit).
 */
const OVERVIEW_MS = 120_000;

/** A request the view cannot answer as asked (a bad parameter, a page the corpus's size does not offer). */
export class ViewRequestError extends Error {
  constructor(readonly status: 400 | 403 | 404, message: string) { super(message); }
}

const json = (v: unknown): Buffer => Buffer.from(JSON.stringify(v));

export class CorpusView {
  private size: Promise<EntityCount> | undefined;
  private data: Promise<Buffer> | undefined;

  constructor(
    private readonly engine: QueryEngine,
    /** Every quad of the corpus, parsed in this process: only ever asked for while the corpus is small. */
    private readonly wholeGraph: () => Promise<Quad[]>,
    private readonly limits: ViewLimits,
    private readonly timeoutMs: number,
  ) {}

  /** Entities in the corpus, counted once (up to a cap). */
  entities(): Promise<EntityCount> {
    // a count that failed (a busy server) is asked again next time, not remembered
    return (this.size ??= countEntities(this.engine, new TimeBudget(this.timeoutMs, 'counting the entities')).catch((e: unknown) => { this.size = undefined; throw e; }));
  }

  async large(): Promise<boolean> {
    return (await this.entities()).count > this.limits.overviewAbove;
  }

  /** /data.json: the whole view model, or the overview of a large corpus; built once. */
  dataJson(): Promise<Buffer> {
    return (this.data ??= this.buildData().catch((e: unknown) => { this.data = undefined; throw e; }));
  }

  private async buildData(): Promise<Buffer> {
    const corpus = await this.entities();
    if (corpus.count <= this.limits.overviewAbove) return json(buildViewModel(await this.wholeGraph()));
    return json(await overviewModel(this.engine, this.limits.overviewEntities, corpus, new TimeBudget(OVERVIEW_MS, 'the overview', this.timeoutMs)));
  }

  /** /neighbourhood.json?entity=IRI: the entity and its closest neighbours, to merge into the graph on screen. */
  async neighbourhood(entity: string | null): Promise<Buffer> {
    if (!entity || !isSafeIri(entity)) throw new ViewRequestError(400, 'give the entity as ?entity=IRI (an absolute IRI, e.g. https://w3id.org/newskg/id/country/ir)');
    const corpus = await this.entities();
    return json(await neighbourhoodModel(this.engine, entity, this.limits.neighbourLimit, corpus, new TimeBudget(this.timeoutMs, 'the neighbourhood')));
  }

  /** /search.json?q=TEXT: entities whose name or alias contains the text. */
  async search(text: string | null): Promise<Buffer> {
    if (text === null) throw new ViewRequestError(400, 'give the words to look for as ?q=…');
    return json({ hits: await searchEntities(this.engine, text, new TimeBudget(this.timeoutMs, 'the search')) });
  }

  /** /article.json?iri=IRI: one article's text, which parts of a large corpus leave out. */
  async article(iri: string | null): Promise<Buffer> {
    if (!iri || !isSafeIri(iri)) throw new ViewRequestError(400, 'give the article as ?iri=IRI (an absolute IRI)');
    const text = await articleText(this.engine, iri, new TimeBudget(this.timeoutMs, 'the article'));
    if (text === undefined) throw new ViewRequestError(404, `no article text for <${iri}> in this corpus`);
    return json({ iri, text });
  }
}
