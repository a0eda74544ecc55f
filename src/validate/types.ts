/** One problem found in a graph, in terms a user can act on. */
export interface Violation {
  /** IRI of the node at fault, or `_:id` for a blank node. */
  focusNode: string;
  /** IRI of the property at fault, where there is one. */
  path?: string;
  message: string;
  /** `Violation`, `Warning` or `Info` (the local name of the sh: severity). */
  severity: string;
}

export interface ValidationReport {
  conforms: boolean;
  violations: Violation[];
}
