// The named-entity tagger's public types and the shape of its weights file.

export type NerType = 'PER' | 'LOC' | 'ORG' | 'MISC';

export type BioTag = 'O' | `${'B' | 'I'}-${NerType}`;

/** The tags in model order; weight rows in the model file follow this order. */
export const TAGS: readonly BioTag[] = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'];

/** A name found by the tagger: tokens [start, end). */
export interface NerSpan {
  start: number;
  end: number;
  type: NerType;
  /** Mean probability of the span's tags under a softmax of the perceptron scores; a ranking, not a calibrated probability. */
  score: number;
}

export interface Tagger {
  /** One BIO tag per token (I-X only ever follows B-X or I-X). Tokens are one sentence, PTB-style. */
  tag(tokens: readonly string[]): BioTag[];
  spans(tokens: readonly string[]): NerSpan[];
}

/** What the feature extractor may consult besides the tokens. */
export interface FeatureResources {
  /** Gazetteer classes of a surface form ("Country", "City", "Place", "Demonym"); empty when unknown. */
  gazetteer?(surface: string): readonly string[];
  /** Longest gazetteer name starting at tokens[i]: its length in tokens and classes. */
  gazetteerMatch?(tokens: readonly string[], i: number): { length: number; classes: readonly string[] } | undefined;
  /** Titles and honorifics written before a person's name, as single tokens ("Minister", "Mr."). */
  titles: ReadonlySet<string>;
}

/** data/models/ner.json. */
export interface ModelFile {
  format: 'newskg-ner';
  version: 2;
  tags: BioTag[];
  /** How features are keyed: 32-bit FNV-1a of "kind=value" (src/ner/hash.ts). */
  hash: 'fnv1a-32';
  /** Number of features (weight rows). */
  features: number;
  /** Feature hashes as unsigned 32-bit little-endian integers, ascending, hex; row f is the f-th hash. */
  hashes: string;
  /** Weights as signed bytes q, hex: row f, column t at f * tags.length + t; weight = sign(q)·|q/127|^(1/power)·scale. */
  weights: string;
  scale: number;
  power: number;
  /** How the model was trained, for docs and reproducibility. */
  meta: Record<string, string | number>;
}
