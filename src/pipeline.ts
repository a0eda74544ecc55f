// The whole path from an article to RDF, one stage after another.
import type { Quad } from 'n3';
import { resolveEntities } from './entities/index.js';
import { loadGazetteer } from './gazetteer/index.js';
import { lexiconTag } from './lexicon/common-words.js';
import { lexicon } from './lexicon/index.js';
import { findMentions } from './mentions/index.js';
import { loadTagger } from './ner/index.js';
import { extractionToQuads } from './rdf/index.js';
import { withDefaults, type Settings } from './settings.js';
import { findStatements } from './statements/index.js';
import { analyseSyntax } from './syntax/analyse.js';
import { segment } from './text/index.js';
import type { Article, Extraction } from './types.js';

/** Text → syntax → mentions → entities → statements. */
export function analyse(article: Article, settings: Partial<Settings> = {}, analysisText?: string): Extraction {
  const s = withDefaults(settings);
  const document = segment(article, analysisText);
  const syntax = analyseSyntax(document);
  const mentions = findMentions(document, s);
  const resolution = resolveEntities(document, mentions, s, syntax);
  const { statements, facts } = findStatements(document, syntax, resolution, s);
  // Entities that no kept mention supports (e.g. a description that resolved elsewhere) are dropped.
  const entities = resolution.entities.filter((e) => e.mentions.length > 0);
  return { document, syntax, entities, facts, statements };
}

/**
 * Loads the tables analyse() reads (lexicon, common words, gazetteer, named-entity tagger), which it
 * would otherwise load on first use: a command calls this while the syntax models are still being
 * read on libuv's threads (preloadSyntaxModels), so that neither waits for the other.
 */
export function loadExtractor(settings: Partial<Settings> = {}): void {
  lexicon();
  lexiconTag('a');
  loadGazetteer({ minCityPopulation: withDefaults(settings).minCityPopulation });
  loadTagger();
}

/** Statements → RDF quads in ONTOLOGY.md's vocabulary, in the given named graph (default graph if omitted). */
export function toQuads(extraction: Extraction, graph?: string, settings: Partial<Settings> = {}): Quad[] {
  return extractionToQuads(extraction, { graph, defaultDate: withDefaults(settings).defaultDate });
}
