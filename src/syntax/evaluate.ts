// Tagging and parsing scores on a treebank with gold tokens, as in the CoNLL 2018 shared task:
// every word counts, punctuation included.
import type { UdSentence } from './conllu.js';

/** The relations the statements read; `newskg eval --ud` reports each of them. */
export const STATEMENT_RELATIONS = ['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl', 'ccomp', 'xcomp', 'advcl', 'conj', 'appos', 'acl:relcl', 'nmod:poss', 'flat', 'compound'];

export interface RelationScore {
  relation: string;
  /** Gold words with this relation. */
  gold: number;
  /** Predicted words with this relation. */
  predicted: number;
  /** Gold words of this relation whose head is right / whose head and relation are right. */
  headRight: number;
  bothRight: number;
}

export interface UdScore {
  words: number;
  sentences: number;
  upos: number;
  uas: number;
  las: number;
  relations: RelationScore[];
}

export interface PredictedWords {
  upos: string[];
  heads: number[];
  labels: string[];
}

export function scoreUd(gold: readonly UdSentence[], predict: (forms: string[]) => PredictedWords): UdScore {
  let words = 0, upos = 0, uas = 0, las = 0;
  const rel = new Map<string, RelationScore>();
  const get = (r: string) => {
    let x = rel.get(r);
    if (!x) rel.set(r, (x = { relation: r, gold: 0, predicted: 0, headRight: 0, bothRight: 0 }));
    return x;
  };
  for (const s of gold) {
    const p = predict(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      words++;
      if (p.upos[i] === w.upos) upos++;
      const g = get(w.deprel);
      g.gold++;
      get(p.labels[i]).predicted++;
      if (p.heads[i] === w.head) {
        uas++;
        g.headRight++;
        if (p.labels[i] === w.deprel) {
          las++;
          g.bothRight++;
        }
      }
    });
  }
  return {
    words,
    sentences: gold.length,
    upos: upos / (words || 1),
    uas: uas / (words || 1),
    las: las / (words || 1),
    relations: [...rel.values()].sort((a, b) => b.gold - a.gold),
  };
}

const pct = (x: number) => (100 * x).toFixed(2);

export function formatUdScore(s: UdScore, relations: readonly string[] = STATEMENT_RELATIONS): string {
  const lines = [
    `${s.sentences} sentences, ${s.words} words (gold tokens, punctuation included)`,
    `UPOS ${pct(s.upos)}  UAS ${pct(s.uas)}  LAS ${pct(s.las)}`,
    '',
    'relation     gold    UAS    LAS  precision (head and relation right among words given this relation)',
  ];
  for (const r of relations) {
    const x = s.relations.find((y) => y.relation === r);
    if (!x) continue;
    const lp = x.predicted ? x.bothRight / x.predicted : 0;
    lines.push(`${r.padEnd(11)} ${String(x.gold).padStart(5)}  ${pct(x.headRight / x.gold).padStart(5)}  ${pct(x.bothRight / x.gold).padStart(5)}  ${pct(lp).padStart(6)}`);
  }
  return lines.join('\n');
}
