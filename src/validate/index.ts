import { DataFactory, Store, type Quad } from 'n3';
import { Validator, type ValidationResult } from 'shacl-engine';
import { PREFIXES } from '../rdf/vocab.js';
import { loadShapes } from './shapes.js';
import { checkTextOffsets } from './text-offsets.js';
import type { ValidationReport, Violation } from './types.js';

export type { ValidationReport, Violation } from './types.js';

const SH = 'http://www.w3.org/ns/shacl#';

// Why a value failed, appended to the shape's message, which names only the rule.
const REASONS: Record<string, string> = {
  MinCountConstraintComponent: 'missing or too few values',
  MaxCountConstraintComponent: 'too many values',
  DatatypeConstraintComponent: 'wrong datatype',
  NodeKindConstraintComponent: 'wrong kind of node',
  ClassConstraintComponent: 'node lacks the required rdf:type',
  NodeConstraintComponent: 'not an entity IRI of an allowed type',
  OrConstraintComponent: 'matches none of the allowed forms',
  XoneConstraintComponent: 'not exactly one of the allowed types',
  InConstraintComponent: 'not one of the allowed values',
  MinInclusiveConstraintComponent: 'too small',
  MaxInclusiveConstraintComponent: 'too large',
  LessThanConstraintComponent: 'not below the end',
  MinLengthConstraintComponent: 'empty',
};

/** `nkg:Quote` for IRIs under a known prefix, the full IRI otherwise. */
export function compactIri(iri: string): string {
  for (const [prefix, base] of Object.entries(PREFIXES)) {
    if (iri.startsWith(base) && /^[\w-]*$/.test(iri.slice(base.length))) return `${prefix}:${iri.slice(base.length)}`;
  }
  return iri;
}

interface AnyTerm {
  termType: string;
  value: string;
  datatype?: { value: string };
}

const show = (t: AnyTerm): string => {
  if (t.termType === 'Literal') {
    const v = t.value.length > 40 ? `${t.value.slice(0, 37)}...` : t.value;
    return `"${v}"^^${compactIri(t.datatype?.value ?? PREFIXES.xsd + 'string')}`;
  }
  return t.termType === 'BlankNode' ? `_:${t.value}` : compactIri(t.value);
};

/**
 * The SHACL engine's xsd:string check (rdf-validation) tests each UTF-16 unit without the regex
 * `u` flag, so a character outside the Basic Multilingual Plane (an emoji: a surrogate pair) reads
 * as an invalid lone surrogate. For the shapes only, each such pair stands as one BMP character;
 * offsets are still checked on the real text.
 */
function withoutAstralCharacters(q: Quad): Quad {
  const o = q.object;
  if (o.termType !== 'Literal' || !/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(o.value)) return q;
  const value = o.value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '\uFFFD');
  return DataFactory.quad(q.subject, q.predicate, DataFactory.literal(value, o.language || o.datatype), q.graph);
}

let validator: Validator | undefined;
function shapesValidator(): Validator {
  // n3's Store is an RDF/JS DatasetCore; the engine builds its report datasets with it too.
  validator ??= new Validator(loadShapes(), { factory: { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) } });
  return validator;
}

function toViolation(r: ValidationResult): Violation {
  const focus = r.focusNode.term;
  const component = r.constraintComponent.value.replace(SH, '');
  const value = r.value?.term?.equals(focus ?? null) ? undefined : r.value?.term;
  const reason = [REASONS[component] ?? component, value ? `got ${show(value)}` : ''].filter(Boolean).join(', ');
  const base = r.message[0]?.value ?? component;
  const step = r.path?.length === 1 ? r.path[0] : undefined;
  return {
    focusNode: !focus ? '' : focus.termType === 'BlankNode' ? `_:${focus.value}` : focus.value,
    path: step?.predicates.length === 1 ? step.predicates[0].value : undefined,
    message: `${base} (${reason})`,
    severity: r.severity.value.replace(SH, ''),
  };
}

/** Checks a graph against ontology/shapes.ttl and the text offsets of its mentions and evidence. */
export async function validate(quads: Quad[]): Promise<ValidationReport> {
  const report = await shapesValidator().validate({ dataset: new Store(quads.map(withoutAstralCharacters)) });
  const violations = [...report.results.map(toViolation), ...checkTextOffsets(quads)];
  return { conforms: violations.length === 0, violations };
}
