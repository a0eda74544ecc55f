// Repairs of parses the model gets wrong in a shape news prose uses all the time and its training
// treebank rarely shows: the reported clause before "…, the spokesperson said." The model then
// hangs the clause's object from "said" as a second complement ("will never accept Taiwan
// independence, the spokesperson said": "independence" ccomp of "said"), leaving the verb with no
// object. Heads are 1-based within the sentence, 0 = root, as the parser returns them.

/** Whether token i (0-based) lies under token top (0-based) in the tree given by heads. */
function under(heads: readonly number[], i: number, top: number): boolean {
  for (let c = i, steps = 0; c >= 0 && steps < heads.length; c = heads[c] - 1, steps++) if (c === top) return true;
  return false;
}

/**
 * A noun hung as a complement from a verb after it, right after a verb that has no object, is
 * that verb's object, when every word between them belongs to the noun.
 */
export function repairStolenObjects(upos: readonly string[], heads: number[], labels: string[]): void {
  for (let t = 0; t < heads.length; t++) {
    if (labels[t] !== 'ccomp' || !['NOUN', 'PROPN'].includes(upos[t])) continue;
    let v = t - 1;
    while (v >= 0 && under(heads, v, t)) v--;
    // the speech verb the noun was hung from comes after it ("…, the spokesperson said")
    if (v < 0 || upos[v] !== 'VERB' || heads[t] - 1 <= t) continue;
    const h = heads[t] - 1;
    if (heads.some((hd, i) => hd === v + 1 && i !== h && ['obj', 'ccomp', 'xcomp'].includes(labels[i]))) continue;
    heads[t] = v + 1;
    labels[t] = 'obj';
    // "accept" made the root with "said" as its complement: the speech verb governs the clause
    if (heads[h] === v + 1 && labels[h] === 'ccomp') {
      [heads[h], labels[h]] = [heads[v], labels[v]];
      [heads[v], labels[v]] = [h + 1, 'ccomp'];
    }
  }
}
