/** Everything a user may tune, in one typed object. */
export interface Settings {
  /** Publication date (YYYY-MM-DD) when the article does not give one; relative dates resolve against it. */
  defaultDate?: string;
  /** Cities below this population are not recognised from the gazetteer (fewer false places). */
  minCityPopulation: number;
  /** Statements below this confidence are dropped. */
  minConfidence: number;
}

export const DEFAULT_SETTINGS: Settings = {
  minCityPopulation: 50_000,
  minConfidence: 0.3,
};

export function withDefaults(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial };
}
