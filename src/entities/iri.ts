import { ID_BASE } from '../rdf/vocab.js';
import type { EntityType } from '../types.js';

const SEGMENT: Record<EntityType, string> = {
  Person: 'person',
  Country: 'country',
  City: 'city',
  Place: 'place',
  Organization: 'org',
};

/** "Omar al-Rashid" → "omar-al-rashid"; accents folded so the same name gives the same IRI everywhere. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'x'
  );
}

/**
 * Deterministic IRIs: the same country, city or name gives the same IRI in every article,
 * so graphs merge without a join step. Unnamed people are scoped to their article.
 */
export function entityIri(type: EntityType, key: string, scope?: string): string {
  return `${ID_BASE}${SEGMENT[type]}/${scope ? `${slug(scope)}/` : ''}${slug(key)}`;
}

export const articleIri = (articleId: string): string => `${ID_BASE}article/${slug(articleId)}`;
