// Quote spans: where quoted words open and close, in every mark news prose uses (“…”, "…", ‘…’,
// '…', ''…'', «…»), over paragraphs when a quote goes on; and which of them are scare quotes.
import { CLOSE, OPEN } from '../text/quote-marks.js';
import type { StatementContext } from './context.js';

export interface QuoteSpan {
  /** Token index of the opening mark and of the closing mark (or paragraph end). */
  open: number;
  close: number;
  /** The paragraph ended before a closing mark: the quote goes on in the next paragraph. */
  openEnded?: boolean;
}

/** Quote spans by token; an unclosed quote at a paragraph end continues when the next paragraph opens with a quote mark. */
export function findQuoteSpans(ctx: StatementContext): QuoteSpan[] {
  const { texts, doc } = ctx;
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < texts.length; i++) {
    const w = texts[i];
    const para = doc.sentences[doc.tokens[i].sentence].paragraph;
    if (open >= 0 && doc.sentences[doc.tokens[open].sentence].paragraph !== para) {
      // the quote ran to the end of its paragraph: close it there
      spans.push({ open, close: i, openEnded: true });
      open = -1;
    }
    // ‘…’ (the house style of many British and South Asian outlets) is a quote of its own when it
    // is not inside a double-quoted one; its closing mark stands alone, unlike an apostrophe ("Xi’s")
    if (w === '‘' && open < 0) {
      const close = singleQuoteClose(ctx, i);
      if (close > i + 1) {
        spans.push({ open: i, close });
        i = close;
      }
      continue;
    }
    // 'straight single quotes,' as some outlets print them: only a mark that opens before a word
    // and closes after a stop or before one, so that the apostrophe of "farmers' union" is none
    if (w === "'" && open < 0 && texts[i + 1] !== "'" && opensSingle(ctx, i)) {
      const close = straightSingleClose(ctx, i);
      if (close > i + 1) {
        spans.push({ open: i, close });
        i = close;
        continue;
      }
    }
    // '' (two apostrophes, the quote mark of some wire feeds): a straight double quote
    if (w === "'" && texts[i + 1] === "'" && doc.tokens[i].end === doc.tokens[i + 1].start) {
      if (open < 0) open = i + 1;
      else if (texts[open] === "'") {
        spans.push({ open, close: i });
        open = -1;
      }
      i++;
      continue;
    }
    if (w === '“' || w === '«' || (w === '"' && open < 0)) {
      if (open < 0) open = i;
      continue;
    }
    if (open >= 0 && CLOSE.has(w)) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  if (open >= 0) spans.push({ open, close: texts.length });
  return spans;
}


/** Whether the ' at i opens a quote: a space (or nothing) before it, a word right after it. */
function opensSingle(ctx: StatementContext, i: number): boolean {
  const { tokens } = ctx.doc;
  const spaced = i === 0 || tokens[i - 1].end < tokens[i].start || /^[(\[—–-]$/.test(ctx.texts[i - 1]);
  return spaced && i + 1 < tokens.length && tokens[i + 1].start === tokens[i].end && /^[\p{L}\d]/u.test(ctx.texts[i + 1]);
}

/** The ' that closes the one opened at i in its paragraph: right after a word or stop, with a stop before or after it; -1 if none. */
function straightSingleClose(ctx: StatementContext, i: number): number {
  const { texts, doc } = ctx;
  const para = doc.sentences[doc.tokens[i].sentence].paragraph;
  for (let j = i + 2; j < texts.length && doc.sentences[doc.tokens[j].sentence].paragraph === para; j++) {
    if (OPEN.has(texts[j]) || texts[j] === '‘') return -1;
    if (texts[j] !== "'" || doc.tokens[j - 1].end !== doc.tokens[j].start) continue;
    if (/^[,.!?;:]$/.test(texts[j - 1]) || j + 1 >= texts.length || /^[,.!?;:)]$/.test(texts[j + 1])) return j;
  }
  return -1;
}

/** The standalone ’ that closes the ‘ at i in its paragraph, -1 if none (or if a double quote opens first). */
function singleQuoteClose(ctx: StatementContext, i: number): number {
  const { texts, doc } = ctx;
  const para = doc.sentences[doc.tokens[i].sentence].paragraph;
  for (let j = i + 1; j < texts.length && doc.sentences[doc.tokens[j].sentence].paragraph === para; j++) {
    if (texts[j] === '’') return j;
    if (OPEN.has(texts[j]) || texts[j] === '‘') return -1;
  }
  return -1;
}

/** One or two words in quote marks used before a noun: 'a “sham” vote', 'held “businesslike” talks'. */
export function scareQuote(ctx: StatementContext, q: QuoteSpan): boolean {
  const next = q.close + 1;
  return q.close - q.open - 1 <= 2 && next < ctx.texts.length && /^\p{Ll}/u.test(ctx.texts[next]) && ctx.tree.upos(next) === 'NOUN' && ctx.tree.head(q.close - 1) === next;
}
