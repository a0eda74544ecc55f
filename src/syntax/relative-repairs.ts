// Repairs of relative clauses written without a relative word ("the plan Chile opposes"), which the model
// rarely sees in its treebank and hangs from the sentence's verb instead of the noun they describe.
import { dependents, under } from './repairs.js';

const SUBJECT_PRONOUNS = /^(?:i|we|you|he|she|it|they)$/i;

/**
 * "a project the United States vehemently opposes", "the sanctions they imposed": a finite verb with a subject
 * and no object, hung from another verb as an adverbial, a complement or an aside, whose subject's words come
 * right after a noun outside the clause, is a relative clause on that noun, the noun its missing object. Nothing
 * marks the clause ("if", "because"), and no object, complement or predicate of its own follows the verb.
 */
export function repairBareRelative(forms: readonly string[], upos: readonly string[], xpos: readonly string[], heads: number[], labels: string[]): void {
  for (let v = 2; v < heads.length; v++) {
    if (upos[v] !== 'VERB' || !/^VB[DPZ]$/.test(xpos[v]) || !['advcl', 'ccomp', 'parataxis', 'conj'].includes(labels[v])) continue;
    let kids = dependents(heads, v);
    const subject = kids.find((i) => labels[i] === 'nsubj' && i < v);
    // ("a claim Peru rejects" with "a claim" read into the verb's phrase as a compound: the noun is the clause's head's)
    const swallowed = subject === undefined || kids.some((i) => ['cc', 'mark'].includes(labels[i])) ? -1 : kids.find((i) => labels[i] === 'compound' && upos[i] === 'NOUN' && i + 1 === subject) ?? -1;
    if (swallowed >= 0) {
      [heads[swallowed], labels[swallowed]] = [heads[v], labels[v] === 'conj' ? 'appos' : labels[v]];
      for (const d of kids) if (d < swallowed && ['det', 'amod', 'punct'].includes(labels[d])) heads[d] = swallowed + 1;
      [heads[v], labels[v]] = [swallowed + 1, 'acl:relcl'];
      continue;
    }
    kids = dependents(heads, v);
    if (subject === undefined || kids.some((i) => ['obj', 'iobj', 'ccomp', 'xcomp', 'mark', 'cop', 'nsubj:pass', 'aux:pass', 'expl', 'csubj', 'cc'].includes(labels[i]))) continue;
    // (the subject's first word: a determiner, a name, a pronoun; the clause opens there)
    let first = subject;
    for (let i = subject - 1; i >= 0 && under(heads, i, subject); i--) first = i;
    if (first < 1 || !(['DET', 'PROPN'].includes(upos[first]) || SUBJECT_PRONOUNS.test(forms[first]))) continue;
    if (kids.some((i) => i < first)) continue;
    const n = first - 1;
    if (upos[n] !== 'NOUN' || under(heads, n, v)) continue;
    [heads[v], labels[v]] = [n + 1, 'acl:relcl'];
  }
}
