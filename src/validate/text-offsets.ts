import type { Quad, Term } from 'n3';
import { NIF, NKG, PROV } from '../rdf/vocab.js';
import type { Violation } from './types.js';

// SHACL Core cannot compare a substring of one node's string with another
// node's literal, so the promise of ONTOLOGY.md that
// text.slice(begin, end) === anchorOf is checked here in plain code.

const key = (t: Term): string => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const shorten = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** subject → predicate → first object, for the few predicates this check reads. */
function index(quads: Quad[], predicates: Set<string>): Map<string, Map<string, Term>> {
  const out = new Map<string, Map<string, Term>>();
  for (const q of quads) {
    if (!predicates.has(q.predicate.value)) continue;
    const s = key(q.subject);
    let props = out.get(s);
    if (!props) out.set(s, (props = new Map()));
    if (!props.has(q.predicate.value)) props.set(q.predicate.value, q.object);
  }
  return out;
}

const int = (t: Term | undefined): number | undefined =>
  t?.termType === 'Literal' && /^\d+$/.test(t.value) ? Number(t.value) : undefined;

export function checkTextOffsets(quads: Quad[]): Violation[] {
  const P = {
    isString: NIF('isString'), anchorOf: NIF('anchorOf'), begin: NIF('beginIndex'), end: NIF('endIndex'),
    context: NIF('referenceContext'), text: NKG('text'), evidence: NKG('evidence'),
    start: NKG('startOffset'), stop: NKG('endOffset'), derived: PROV('wasDerivedFrom'),
  };
  const props = index(quads, new Set(Object.values(P)));
  const stringOf = (node: Term | undefined): string | undefined => {
    if (!node || node.termType === 'Literal') return undefined;
    const s = props.get(key(node))?.get(P.isString);
    return s?.termType === 'Literal' ? s.value : undefined;
  };
  const violations: Violation[] = [];
  for (const [focusNode, p] of props) {
    const anchor = p.get(P.anchorOf);
    const text = stringOf(p.get(P.context));
    const [b, e] = [int(p.get(P.begin)), int(p.get(P.end))];
    if (anchor && text !== undefined && b !== undefined && e !== undefined && b <= e) {
      const found = text.slice(b, e);
      if (e > text.length || found !== anchor.value) {
        violations.push({
          focusNode, path: P.anchorOf, severity: 'Violation',
          message: `nif:anchorOf "${shorten(anchor.value)}" is not the article text at [${b}, ${e}), which reads "${shorten(found)}" (offsets count UTF-16 code units of nif:isString)`,
        });
      }
    }
    const evidence = p.get(P.evidence);
    const article = p.get(P.derived);
    const articleText = article && stringOf(props.get(key(article))?.get(P.text));
    const [s, t] = [int(p.get(P.start)), int(p.get(P.stop))];
    if (evidence && articleText !== undefined && s !== undefined && t !== undefined && s <= t) {
      const found = articleText.slice(s, t);
      if (t > articleText.length || squash(found) !== squash(evidence.value)) {
        violations.push({
          focusNode, path: P.evidence, severity: 'Violation',
          message: `nkg:evidence "${shorten(evidence.value)}" is not the article text at [${s}, ${t}), which reads "${shorten(found)}"`,
        });
      }
    }
  }
  return violations;
}
