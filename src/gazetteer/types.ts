/** What a gazetteer entry names. Dependent territories (Greenland, Puerto Rico) are Places, not Countries. */
export type GazetteerType = 'Country' | 'City' | 'Place';

export interface GazetteerEntry {
  /** 'country:IR', 'city:<GeoNames id>' or 'territory:GL'; the same key for a name and its demonym. */
  key: string;
  type: GazetteerType;
  /** Canonical English label ("United States", "Washington", "Tehran"). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country (for a city, the country it is in). */
  countryCode: string;
  /** True when the surface is a demonym ("Iranian", "Americans"), not a name. */
  isDemonym: boolean;
  isCapital: boolean;
  /** GeoNames population for cities; absent for countries (the package has none). */
  population?: number;
  /** GeoNames IRI for cities; empty for countries (no installed package gives an id). */
  sameAs: string[];
}

/** A multi-token match found by longestMatchAt. */
export interface GazetteerMatch {
  /** The surface form as stored (e.g. "Saudi Arabia"). */
  surface: string;
  entries: GazetteerEntry[];
  /** Number of tokens consumed, starting at the index given. */
  length: number;
}

export interface Gazetteer {
  /** Entries for a surface form: exact first, then case-insensitive for non-acronyms when the input has a capital. */
  lookup(surface: string): GazetteerEntry[];
  /** The country (or territory) by ISO alpha-2 or alpha-3 code. */
  country(code: string): GazetteerEntry | undefined;
  capitalOf(code: string): GazetteerEntry | undefined;
  /** Longest known surface starting at tokens[i], or undefined. Tokens are the tokenizer's texts. */
  longestMatchAt(tokens: readonly string[], i: number): GazetteerMatch | undefined;
  /** Number of distinct surface forms, for diagnostics. */
  readonly size: number;
}

export interface GazetteerOptions {
  /** Cities below this population are left out (capitals always stay). */
  minCityPopulation?: number;
}
