import type { Article, Document, Sentence, Token } from '../types.js';
import { lexicon } from '../lexicon/index.js';
import { looksLikeHeading, paragraphSpans, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

/**
 * Stage 1: paragraphs (one per non-empty line), sentences and tokens, all with offsets
 * into article.text. `analysisText` may differ from article.text only by masking
 * (Markdown markup blanked to spaces), never in length.
 */
export function segment(article: Article, analysisText: string = article.text): Document {
  const lex = lexicon();
  const isAbbreviation = (w: string) => lex.abbreviations.has(w);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Dateline and headline lines are analysed too (the headline often names the actors).
  const paragraphs = paragraphSpans(analysisText, 0);
  paragraphs.forEach((p, pi) => {
    const raw = tokenize(analysisText.slice(p.start, p.end), isAbbreviation, p.start);
    const ranges = splitSentences(raw);
    const heading = ranges.length === 1 && looksLikeHeading(analysisText.slice(p.start, p.end), raw.length);
    for (const [a, b] of ranges) {
      const tokenStart = tokens.length;
      for (let k = a; k < b; k++) {
        tokens.push({ ...raw[k], index: tokens.length, sentence: sentences.length });
      }
      sentences.push({
        index: sentences.length,
        paragraph: pi,
        start: raw[a].start,
        end: raw[b - 1].end,
        tokenStart,
        tokenEnd: tokens.length,
        heading: heading || p.start < article.bodyStart,
      });
    }
  });
  return { article, paragraphs, sentences, tokens };
}

export function sentenceText(doc: Document, s: Sentence): string {
  return doc.article.text.slice(s.start, s.end);
}
