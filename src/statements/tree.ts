// The dependency tree as the statement finders read it: children by relation, subtrees as
// token ranges, the lemma and tag of each token. Built once per document from the syntax stage.
import type { Document, Syntax } from '../types.js';

export interface Tree {
  /** Head token of token i, -1 for a sentence root. */
  head(i: number): number;
  rel(i: number): string;
  lemma(i: number): string;
  upos(i: number): string;
  /** Dependents of i, in text order. */
  kids(i: number): readonly number[];
  /** The first dependent of i whose relation is `rel` (or starts with `rel:`), -1 if none. */
  kid(i: number, rel: string): number;
  /** All dependents of i with relation `rel` (or a subtype of it). */
  kidsWith(i: number, rel: string): number[];
  /** [first, last + 1) of the tokens in i's subtree. */
  span(i: number): [number, number];
  /** Whether a is i or inside i's subtree. */
  dominates(i: number, a: number): boolean;
  /** i and the words coordinated with it ("France and Germany" → both). */
  conjuncts(i: number): number[];
}

const isRel = (r: string, rel: string) => r === rel || r.startsWith(`${rel}:`);

export function treeOf(doc: Document, syntax: Syntax): Tree {
  const n = doc.tokens.length;
  const t = syntax.tokens;
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) if (t[i] && t[i].head >= 0) kids[t[i].head].push(i);
  const lo = new Int32Array(n).fill(-1);
  const hi = new Int32Array(n).fill(-1);
  const spanOf = (i: number): [number, number] => {
    if (lo[i] >= 0) return [lo[i], hi[i]];
    // iterative post-order, so a deep tree does not overflow the stack
    const stack = [i];
    const order: number[] = [];
    while (stack.length) {
      const k = stack.pop()!;
      order.push(k);
      for (const c of kids[k]) if (lo[c] < 0) stack.push(c);
    }
    for (let j = order.length - 1; j >= 0; j--) {
      const k = order[j];
      let a = k, b = k + 1;
      for (const c of kids[k]) {
        a = Math.min(a, lo[c]);
        b = Math.max(b, hi[c]);
      }
      lo[k] = a;
      hi[k] = b;
    }
    return [lo[i], hi[i]];
  };
  const tree: Tree = {
    head: (i) => t[i]?.head ?? -1,
    rel: (i) => t[i]?.deprel ?? '',
    lemma: (i) => t[i]?.lemma ?? '',
    upos: (i) => t[i]?.upos ?? '',
    kids: (i) => kids[i] ?? [],
    kid: (i, rel) => kids[i]?.find((c) => isRel(t[c].deprel, rel)) ?? -1,
    kidsWith: (i, rel) => (kids[i] ?? []).filter((c) => isRel(t[c].deprel, rel)),
    span: spanOf,
    dominates(i, a) {
      for (let k = a, steps = 0; k >= 0 && steps < 200; k = t[k].head, steps++) if (k === i) return true;
      return false;
    },
    conjuncts(i) {
      const out = [i];
      for (const c of kids[i] ?? []) if (t[c].deprel === 'conj') out.push(...tree.conjuncts(c));
      return out;
    },
  };
  return tree;
}
