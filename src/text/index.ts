import type { Article, Document, Sentence, Token } from '../types.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import { looksLikeHeading, paragraphSpans, splitSentences } from './sentences.js';
import { tokenize } from './tokenize.js';

// CITY[, Country][, Month Day] [(Agency)] - / — / –, and "Washington, DC –" (a city and a state's initials)
const DATELINE = /^(?:\p{Lu}[\p{Lu}.' -]{1,40}?(?:, [\p{Lu}][\p{L}.' ]{1,30}?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([^)]{2,40}\))?|[\p{Lu}][\p{L}.' -]{1,40}?(?:, [\p{Lu}][\p{L}.' ]{1,30}?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? \([^)]{2,40}\)|\p{Lu}[\p{Ll}]+(?: \p{Lu}[\p{Ll}]+)?, (?:[A-Z]\.?){2})(?: ?[-—–] |[—–](?=\p{Lu})|--(?= ?\p{Lu}))/u;

const hyphenatedWords = new WeakMap<Lexicon, Set<string>>();

/** The hyphenated words inside known bodies' names ("France-Presse" of "Agence France-Presse"): each is one word of that name. Read once per lexicon. */
function hyphenatedInNames(lex: Lexicon): Set<string> {
  let words = hyphenatedWords.get(lex);
  if (!words) hyphenatedWords.set(lex, (words = new Set([...lex.institutions.keys(), ...lex.media].flatMap((n) => n.split(/\s+/)).filter((w) => w.includes('-')))));
  return words;
}

/**
 * Stage 1: paragraphs (one per non-empty line), sentences and tokens, all with offsets
 * into article.text. `analysisText` may differ from article.text only by masking
 * (Markdown markup blanked to spaces), never in length.
 */
export function segment(article: Article, analysisText: string = article.text): Document {
  const lex = lexicon();
  const isAbbreviation = (w: string) => lex.abbreviations.has(w);
  const gaz = loadGazetteer();
  const hyphenated = hyphenatedInNames(lex);
  const isName = (w: string) => lex.institutions.has(w) || hyphenated.has(w) || gaz.lookup(w).some((x) => x.type === 'Country' && !x.isDemonym);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // Dateline and headline lines are analysed too (the headline often names the actors).
  const paragraphs = paragraphSpans(analysisText, 0);
  paragraphs.forEach((p, pi) => {
    const raw = tokenize(analysisText.slice(p.start, p.end), isAbbreviation, p.start, isName);
    const ranges = splitSentences(raw, (w) => lex.speechVerbs.has(w));
    // "GENEVA, March 3 (Reuters) - ...": the dateline is a sentence of its own, so the
    // agency is not read as the subject of the first sentence.
    const paragraph = analysisText.slice(p.start, p.end);
    const dateline = DATELINE.exec(paragraph) ?? CREDITED_DATELINE.exec(paragraph) ?? BAR_DATELINE.exec(paragraph);
    if (dateline && ranges.length) {
      const cut = raw.findIndex((t) => t.start >= p.start + dateline[0].trimEnd().length);
      if (cut > 0 && cut < ranges[0][1]) ranges.splice(0, 1, [0, cut], [cut, ranges[0][1]]);
    }
    const heading = ranges.length === 1 && looksLikeHeading(analysisText.slice(p.start, p.end), raw.length);
    for (const [k, [a, b]] of ranges.entries()) {
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
        heading: heading || p.start < article.bodyStart || (k === 0 && ranges.length > 1 && dateline !== null),
        tabular: false,
      });
    }
  });
  markTables(sentences, tokens, article.bodyStart);
  return { article, paragraphs, sentences, tokens };
}

/**
 * Lines of a table: a run of body lines that do not end like prose, at least two of them
 * holding a number (results under "Men's singles" subheads, fixtures, standings, lists of
 * players), or of at least two lines listing names between commas. A lone headline or subhead with a number is still a heading.
 */
function markTables(sentences: Sentence[], tokens: Token[], bodyStart: number): void {
  // a dateline ("LONDON 1996-08-30", "NICE, France 1996-08-30") is no table row: its number is a date
  const dateline = (s: Sentence) =>
    s.tokenEnd - s.tokenStart <= 10 && /^\d{4}-\d{2}-\d{2}$/.test(tokens.slice(Math.max(s.tokenStart, s.tokenEnd - 5), s.tokenEnd).map((t) => t.text).join(''));
  const unfinished = (s: Sentence) => s.start >= bodyStart && !/^[.!?:"”…]$/.test(tokens[s.tokenEnd - 1].text) && !dateline(s);
  // ("Ian Healy ( captain ) , Michael Bevan , Damien": lines of a list of names, a team sheet)
  const isList = (s: Sentence) => tokens.slice(s.tokenStart, s.tokenEnd).filter((t) => t.text === ',').length >= 2;
  const hasNumber = (s: Sentence) => tokens.slice(s.tokenStart, s.tokenEnd).some((t) => /^\d/.test(t.text));
  for (let i = 0; i < sentences.length; ) {
    let j = i;
    while (j < sentences.length && unfinished(sentences[j])) j++;
    const block = sentences.slice(i, j);
    if (block.filter(hasNumber).length >= 2 || (block.length >= 2 && block.every(isList))) for (const s of block) s.tabular = true;
    i = j > i ? j : i + 1;
  }
}

// "Lima | Peru said …": a place set off by a bar
const BAR_DATELINE = /^\p{Lu}[\p{L}.' -]{1,40}? \| (?=\p{Lu})/u;
// "Lima, (XNA - Wire Service / Daily News - 2nd Jan, 2024) Peru said …": a place, then the agency's credit in
// brackets (an acronym in it), with no dash after it; or a place and a date before the credit ("Lima, Feb 25 (XNA) Peru …")
const CREDITED_DATELINE = /^\p{Lu}[\p{L}.' -]{1,40}?, (?:[A-Z][a-z]{2,8}\.? \d{1,2} )?\((?=[^)]*\b[A-Z]{2,6}\b)[^)]{2,90}\) (?=\p{Lu})/u;

/** A dateline of its own ("GENEVA, March 3 (Reuters) -", "THE HAGUE, Netherlands (AP) —"): a heading ending in a dash. */
export function isDatelineSentence(doc: Document, s: Sentence): boolean {
  return s.heading && /[-—–]$/.test(doc.article.text.slice(s.start, s.end));
}

export function sentenceText(doc: Document, s: Sentence): string {
  return doc.article.text.slice(s.start, s.end);
}
