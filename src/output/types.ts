/** The RDF syntaxes `newskg extract` writes. */
export type OutputFormat = 'turtle' | 'trig' | 'nquads' | 'jsonld';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['turtle', 'trig', 'nquads', 'jsonld'];

/** Formats that keep one named graph per article; the others merge everything into the default graph. */
export const DATASET_FORMATS: ReadonlySet<OutputFormat> = new Set(['trig', 'nquads']);
