// The "view model": everything the viewer shows, as plain JSON, built once from RDF quads.
// It holds data only; what is selected, hidden or highlighted lives in the viewer (sigma reducers).

/** The five base types of ONTOLOGY.md. */
export type ViewEntityType = 'Person' | 'Country' | 'City' | 'Place' | 'Organization';

/** Edge kinds the graph draws: entity facts and statements that link two agents. */
export type RelationKind =
  | 'affiliation'
  | 'nationality'
  | 'locatedIn'
  | 'basedIn'
  | 'threatens'
  | 'met'
  | 'sanctions'
  | 'tradesWith'
  // A stance, from its holder to each entity its topic names, one kind per polarity.
  | 'supports'
  | 'opposes'
  | 'neutralOn'
  // A quote, from its speaker to each entity the quote's sentence names (shown on demand).
  | 'said';

export type StatementKind = 'Quote' | 'Stance' | 'Threat' | 'Meeting' | 'Sanction' | 'TradeFlow';

/** A sentence in an article that supports something on screen. */
export interface ViewEvidence {
  /** Index into ViewModel.articles, or -1 when the source article is not loaded. */
  article: number;
  text: string;
  /** Offsets of the sentence in the article text, when the graph gives them. */
  start?: number;
  end?: number;
}

export interface ViewArticle {
  iri: string;
  headline: string;
  date?: string;
  /** The text all offsets refer to (nif:isString), empty if the graph does not carry it. */
  text: string;
}

export interface ViewFact {
  predicate: 'jobTitle' | 'affiliation' | 'nationality' | 'homeLocation' | 'containedInPlace';
  /** Literal value (jobTitle) or the object entity's IRI. */
  value: string;
  isEntity: boolean;
}

export interface ViewNode {
  /** The entity IRI. */
  id: string;
  type: ViewEntityType;
  /** More specific schema.org types (without prefix), e.g. GovernmentOrganization. */
  subtypes: string[];
  label: string;
  aliases: string[];
  /** owl:sameAs targets (Wikidata, GeoNames). */
  sameAs: string[];
  /** nif:Phrase mentions across loaded articles. */
  mentions: number;
  /** Indices into ViewModel.articles that mention this entity. */
  articles: number[];
  facts: ViewFact[];
  /** In a part of a large corpus (ViewModel.scope): counts over the whole corpus, not only the loaded articles. */
  corpus?: CorpusCounts;
}

/** How often an entity is named in the whole corpus; counting stops at a bound (`atLeast`), so a hub costs no more than that. */
export interface CorpusCounts {
  mentions: number;
  articles: number;
  /** The counts stopped at their bound: there are at least this many. */
  atLeast: boolean;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  kind: RelationKind;
  /** IRIs of the statements behind the edge (empty for entity facts). */
  statements: string[];
  evidence: ViewEvidence[];
  /** In a part of a large corpus: statements found behind the edge, of which `statements` holds a few. */
  found?: number;
}

/** One n-ary statement, for the side panel. Roles hold entity IRIs, values hold literals. */
export interface ViewStatement {
  id: string;
  kind: StatementKind;
  /** e.g. speaker, holder, threatener, threatTarget, participant, mediator, imposedBy, sanctionTarget, exporter, importer, addressee, location, source. */
  roles: Record<string, string[]>;
  /** e.g. text, topic, polarity, position, action, condition, startDate, mode, measure, amount, currency, year, sanctionTarget. */
  values: Record<string, string>;
  evidence: ViewEvidence[];
  confidence?: number;
  /** When it happened, YYYY-MM-DD: a meeting's own date, else its article's publication date; absent when neither is known. */
  date?: string;
  /** Entities a stance's topic names, or that a quote's sentence names (its speaker excepted): where its graph edges go. */
  targets?: string[];
}

export interface ViewModel {
  version: 1;
  articles: ViewArticle[];
  nodes: ViewNode[];
  edges: ViewEdge[];
  statements: ViewStatement[];
  /** Set when the model is a bounded part of a corpus too large to show whole; absent, it is the whole graph. */
  scope?: ViewScope;
}

/**
 * What part of a large corpus a model holds: its most-mentioned entities and the links among them
 * (`overview`), or one entity and its neighbours (`neighbourhood`). Statements are a sample of each
 * link's, and article texts stay on the server (asked for when an article is opened).
 */
export interface ViewScope {
  kind: 'overview' | 'neighbourhood';
  /** Entities in the whole corpus (counting stopped at a bound when `entitiesAtLeast`). */
  entities: number;
  entitiesAtLeast: boolean;
  /** The entity whose neighbourhood this is. */
  focus?: string;
  /** Some links or neighbours were left out at a bound: more are there to expand. */
  cut: boolean;
}

/** An entity found by name on the server (/search.json), which the part of the corpus on screen may not hold yet. */
export interface EntityHit {
  id: string;
  label: string;
  type: ViewEntityType;
  /** The name that matched, when it is an alias. */
  matched?: string;
  /** Articles naming it (counting stops at a bound). */
  articles: number;
}

/** The smallest RDF/JS term shape we read; n3 and oxigraph terms both fit. */
export interface TermLike {
  termType: string;
  value: string;
  datatype?: { value: string };
}

export interface QuadLike {
  subject: TermLike;
  predicate: TermLike;
  object: TermLike;
}
