/** Everything a user may tune, in one typed object. */
export interface Settings {
  /** Publication date (YYYY-MM-DD) when the article does not give one; relative dates resolve against it. */
  defaultDate?: string;
  /** Cities below this population are not recognised from the gazetteer (fewer false places). */
  minCityPopulation: number;
  /** Statements below this confidence are dropped. */
  minConfidence: number;
  /**
   * The viewer (`newskg view`, `newskg serve`) opens a corpus with more entities than this on an
   * overview instead of the whole graph: the browser, and the server building its view, could not
   * hold a large corpus whole.
   */
  overviewAbove: number;
  /** Entities in the overview: the ones named in the most articles, with the links among them. */
  overviewEntities: number;
  /** Neighbours brought in at most when the user searches for an entity or expands one. */
  neighbourLimit: number;
}

export const DEFAULT_SETTINGS: Settings = {
  minCityPopulation: 50_000,
  minConfidence: 0.3,
  overviewAbove: 2000,
  overviewEntities: 300,
  neighbourLimit: 200,
};

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
