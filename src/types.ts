// The typed boundaries of the pipeline:
// text → syntax → mentions → resolved entities → statements → RDF → outputs.
// Each stage takes the previous stage's output and never reaches back.

/** The five base types of ONTOLOGY.md. */
export type EntityType = 'Person' | 'Country' | 'City' | 'Place' | 'Organization';

/** A half-open range of UTF-16 code units in the article text: text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
}

export type InputFormat = 'text' | 'html' | 'markdown';

/** Stage 0: an article as read, before any analysis. */
export interface Article {
  /** Stable identifier derived from the file name (or "stdin"). */
  id: string;
  /** Path as given by the user, for messages. */
  source: string;
  format: InputFormat;
  /** The text all offsets refer to (whole file for text/Markdown, extracted main text for HTML). */
  text: string;
  headline?: string;
  /** ISO date YYYY-MM-DD. */
  published?: string;
  /** Where the body starts (after dateline and headline lines). */
  bodyStart: number;
}

export interface Token extends Span {
  text: string;
  /** Index in Document.tokens. */
  index: number;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** Indices into Document.tokens: [firstToken, lastToken + 1). */
  tokenStart: number;
  tokenEnd: number;
  /** True for headings, captions and other lines that are not running prose. */
  heading: boolean;
  /** A line of a table or results list ("Tim Henman ( Britain ) beat Doug Flach ( U.S. ) 6-3 6-4"): capitalisation says little there. */
  tabular: boolean;
}

/** Stage 1: the article split into paragraphs, sentences and tokens. */
export interface Document {
  article: Article;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/** Stage 1b: the grammar of one token (Universal Dependencies tags and relations). */
export interface TokenSyntax {
  /** Universal part of speech (NOUN, VERB, PROPN, …). */
  upos: string;
  /** Penn Treebank tag (VBD, VBN, NNS, …). */
  xpos: string;
  lemma: string;
  /** Index in Document.tokens of the head, or -1 for the root of the sentence. */
  head: number;
  /** UD relation to the head (nsubj, obj, ccomp, …; "root" for the root). */
  deprel: string;
}

/** Stage 1b: one TokenSyntax per token of the Document, aligned by index. */
export interface Syntax {
  tokens: TokenSyntax[];
}

export type MentionKind = 'name' | 'acronym' | 'demonym' | 'pronoun' | 'description';

/** Stage 2: a span that refers to some entity. */
export interface Mention extends Span {
  text: string;
  sentence: number;
  kind: MentionKind;
  type: EntityType;
  /** Gazetteer key when the name is known data (e.g. "country:IR", "city:112931"). */
  gazetteerKey?: string;
  /** Schema.org subtypes, e.g. GovernmentOrganization, NewsMediaOrganization. */
  subtypes?: string[];
  /** Descriptions attached to a person mention ("an economist in Dubai"). */
  role?: RoleDescription;
  /** For an acronym in brackets, the long name it abbreviates ("ASEAN" → "Association of Southeast Asian Nations"). */
  aliasOf?: string;
  /** The mention is the subject of a speech verb (a speaker), so a description stands for someone. */
  speaks?: boolean;
  /** A place only because a locative preposition comes before it ("towards X"): the weakest reading of a name. */
  locative?: boolean;
  /** A country described by its region ("the Gulf state"): the ISO codes (lower case) of the countries it may stand for. */
  region?: string[];
}

export interface RoleDescription {
  jobTitle?: string;
  /** Text of the affiliation as written ("Iran", "the State Department"). */
  affiliation?: string;
  homeLocation?: string;
  /** A title written before the name when the apposition gives another job ("Lieutenant General"). */
  title?: string;
  /** Text of a nationality ("Norwegian", "Senegal"). */
  nationality?: string;
}

/** Stage 3: an entity after coreference; all its mentions point to it. */
export interface Entity {
  /** Deterministic IRI under https://w3id.org/newskg/id/. */
  iri: string;
  type: EntityType;
  subtypes: string[];
  label: string;
  altLabels: string[];
  mentions: Mention[];
  /** owl:sameAs targets (Wikidata, GeoNames) where known. */
  sameAs: string[];
}

export type Polarity = 'Supports' | 'Opposes' | 'Neutral';
export type Factuality = 'Asserted' | 'Conditional' | 'Reported' | 'Hedged' | 'Denied';

/** The sentence a statement comes from. */
export interface Evidence extends Span {
  text: string;
}

interface StatementBase {
  evidence: Evidence;
  confidence: number;
  factuality: Factuality;
}

/** A value that is an entity (by IRI) or, where the text names none, a literal description. */
export type EntityOrLiteral = { iri: string } | { literal: string };

export type Statement =
  | (StatementBase & { kind: 'Quote'; speaker: string; text: string; addressee?: string })
  | (StatementBase & {
      kind: 'Stance';
      holder: string;
      /** Others who take the stance in the same words ("Peru and Chile condemned the levy"). */
      coHolders?: string[];
      topic: string;
      polarity?: Polarity;
      position?: string;
    })
  | (StatementBase & {
      kind: 'Threat';
      threatener: string;
      target: string;
      /** Others threatened by the same words ("warned Peru and Chile of tariffs"). */
      coTargets?: string[];
      action: string;
      condition?: string;
    })
  | (StatementBase & {
      kind: 'Meeting';
      participants: string[];
      location?: string;
      date?: string;
      mediator?: string;
      mode?: string;
    })
  | (StatementBase & {
      kind: 'Sanction';
      imposedBy: string;
      /** Others imposing the same measure on the same target in the same words ("Peru and Chile barred X"). */
      coImposers?: string[];
      target: EntityOrLiteral;
      measure?: string;
    })
  | (StatementBase & {
      kind: 'TradeFlow';
      exporter: string;
      importer: string;
      amount?: number;
      currency?: string;
      year?: number;
      source?: string;
    });

export type StatementKind = Statement['kind'];

/** Direct facts about entities (schema: properties), subject and object are entity IRIs. */
export type EntityFact =
  | { kind: 'jobTitle'; subject: string; value: string; evidence: Evidence }
  | { kind: 'affiliation' | 'nationality' | 'homeLocation' | 'containedInPlace'; subject: string; object: string; evidence?: Evidence };

/** Stage 4: everything the extractor read from one article. */
export interface Extraction {
  document: Document;
  syntax: Syntax;
  entities: Entity[];
  facts: EntityFact[];
  statements: Statement[];
}

/** A problem tied to a place in the input, reported as a value rather than thrown mid-stream. */
export interface Problem {
  file: string;
  message: string;
  line?: number;
  offset?: number;
}
