// Colours and wording shared by the viewer, its legend and the exports.
import type { RelationKind, ViewEntityType } from './types.js';

/** Colour-blind-safe (Okabe–Ito based), distinct on white. */
export const TYPE_COLORS: Record<ViewEntityType, string> = {
  Person: '#D55E00',
  Country: '#0072B2',
  City: '#009E73',
  Place: '#8C6BB1',
  Organization: '#E69F00',
};

export const TYPE_LABELS: Record<ViewEntityType, string> = {
  Person: 'Person',
  Country: 'Country',
  City: 'City',
  Place: 'Place',
  Organization: 'Organisation',
};

export const RELATION_LABELS: Record<RelationKind, string> = {
  affiliation: 'affiliated with',
  nationality: 'national of',
  locatedIn: 'located in',
  basedIn: 'based in',
  threatens: 'threatens',
  met: 'met',
  sanctions: 'sanctions',
  tradesWith: 'trades with',
  supports: 'supports',
  opposes: 'opposes',
  neutralOn: 'neutral on',
  said: 'said (about)',
};

/** Statement edges stand out; fact edges recede. */
export const RELATION_COLORS: Record<RelationKind, string> = {
  affiliation: '#b8bfc9',
  nationality: '#b8bfc9',
  locatedIn: '#b8bfc9',
  basedIn: '#b8bfc9',
  threatens: '#c0392b',
  met: '#2e86c1',
  sanctions: '#7d3c98',
  tradesWith: '#1e8449',
  // Stances: green for, rose for against (distinct from the threat red), slate for neither.
  supports: '#22a06b',
  opposes: '#e0457b',
  neutralOn: '#8896ab',
  said: '#b7791f',
};

/** The stance edge kind for a polarity (nkg:Supports, nkg:Opposes, nkg:Neutral or none). */
export function stanceKind(polarity: string | undefined): RelationKind {
  return polarity === 'Supports' ? 'supports' : polarity === 'Opposes' ? 'opposes' : 'neutralOn';
}

export const ENTITY_TYPES = Object.keys(TYPE_COLORS) as ViewEntityType[];
export const RELATION_KINDS = Object.keys(RELATION_LABELS) as RelationKind[];

/**
 * Node size on screen: grows with mentions and connections, logarithmically, so that a hub named 300 times in a
 * corpus is about three times a one-mention entity rather than ten (discs that big packed the layout into a ball).
 */
export function nodeSize(mentions: number, degree: number): number {
  return 4 + 3 * Math.log1p(mentions + degree);
}
