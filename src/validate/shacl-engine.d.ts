// shacl-engine ships no types; this declares the part newskg uses.
declare module 'shacl-engine' {
  import type { DataFactory, DatasetCore, Quad, Term } from '@rdfjs/types';

  /** A grapoi pointer: the engine hands focus nodes and values back as these. */
  interface TermPointer {
    readonly term: Term | undefined;
    readonly terms: Term[];
  }

  interface PathStep {
    predicates: Term[];
    start: 'subject' | 'object';
    quantifier: 'one' | 'zeroOrOne' | 'zeroOrMore' | 'oneOrMore';
  }

  interface ValidationResult {
    focusNode: TermPointer;
    path: PathStep[] | null | undefined;
    value: TermPointer | undefined;
    severity: Term;
    constraintComponent: Term;
    message: Term[];
  }

  interface Report {
    conforms: boolean;
    results: ValidationResult[];
  }

  interface ValidatorOptions {
    factory: DataFactory & { dataset(quads?: Quad[]): DatasetCore };
    debug?: boolean;
    details?: boolean;
  }

  export class Validator {
    constructor(shapes: DatasetCore, options: ValidatorOptions);
    validate(data: { dataset: DatasetCore; terms?: Iterable<Term> }): Promise<Report>;
  }
}
