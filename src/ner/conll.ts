// CoNLL-2003 documents (as parsed by src/eval/conll.ts) as tagger sentences, and tagger spans as
// character spans for the CoNLL scorer.
import type { ConllDoc, TypedSpan } from '../eval/conll.js';
import type { TaggedSentence } from './train.js';
import type { BioTag, Tagger } from './types.js';

/** Token index ranges of each sentence: parseConll joins sentences with "\n". */
export function sentenceRanges(doc: ConllDoc): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  for (let k = 1; k <= doc.tokens.length; k++) {
    if (k === doc.tokens.length || doc.text[doc.tokens[k].start - 1] === '\n') {
      ranges.push([start, k]);
      start = k;
    }
  }
  return ranges;
}

const words = (doc: ConllDoc, a: number, b: number) => doc.tokens.slice(a, b).map((t) => doc.text.slice(t.start, t.end));

/** Gold BIO tags per sentence (the file's IOB1 chunks re-encoded). */
export function conllSentences(doc: ConllDoc): TaggedSentence[] {
  const tags: BioTag[] = doc.tokens.map(() => 'O');
  const byStart = new Map(doc.tokens.map((t, k) => [t.start, k]));
  const byEnd = new Map(doc.tokens.map((t, k) => [t.end, k]));
  for (const s of doc.spans) {
    const a = byStart.get(s.start)!;
    const b = byEnd.get(s.end)!;
    for (let k = a; k <= b; k++) tags[k] = `${k === a ? 'B' : 'I'}-${s.type}`;
  }
  return sentenceRanges(doc).map(([a, b]) => ({ tokens: words(doc, a, b), tags: tags.slice(a, b) }));
}

/** The tagger's spans in a CoNLL document, sentence by sentence, as character spans. */
export function taggerSpans(tagger: Tagger, doc: ConllDoc): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const [a, b] of sentenceRanges(doc)) {
    for (const s of tagger.spans(words(doc, a, b))) {
      out.push({ start: doc.tokens[a + s.start].start, end: doc.tokens[a + s.end - 1].end, type: s.type });
    }
  }
  return out;
}
