import type { Sentence, Span } from '../types.js';
import type { RawToken } from './tokenize.js';

const END = new Set(['.', '!', '?', '…']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
// Capitalised words that open sentences; after "U.S." or "Plan B." they mean the dot ended one.
const OPENERS = new Set(['The', 'But', 'And', 'He', 'She', 'It', 'They', 'We', 'I', 'A', 'An', 'In', 'On', 'At', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Their', 'Its', 'Yet', 'So', 'As', 'For', 'If', 'When', 'While', 'After', 'Before']);

function startsSentence(t: RawToken | undefined): boolean {
  if (!t) return true;
  return /^[\p{Lu}\d"“‘'(\[—-]/u.test(t.text);
}

/** A straight quote with a space before it and a word right after it: an opening quote. */
function opensAfterSpace(tokens: RawToken[], j: number): boolean {
  const t = tokens[j];
  if (t.text !== '"' && t.text !== "'") return false;
  const before = tokens[j - 1];
  const after = tokens[j + 1];
  return !!before && before.end < t.start && !!after && after.start === t.end;
}

/**
 * Splits one paragraph's tokens into sentence spans (token index ranges).
 * Quotes that close after the final dot stay with their sentence.
 */
export function splitSentences(tokens: RawToken[], isSpeechVerb: (w: string) => boolean = () => false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // ("… relations with the U.S. “If we …": an opening quote and a capital after it open the next sentence too)
    const quoteOpens = /^[“"]$/.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '');
    const abbrevEnd = /^(?:\p{Lu}\.)+$/u.test(t.text) && (OPENERS.has(tokens[i + 1]?.text ?? '') || quoteOpens);
    if (!END.has(t.text) && !abbrevEnd) continue;
    // "7. Frank Busemann ( Germany ) 13.58": a list number, not a sentence
    if (i === 1 && /^\d{1,3}$/.test(tokens[0].text)) continue;
    let j = i + 1;
    // a straight quote closes only when it touches what it closes: in 'said. "We' it opens the next sentence
    while (j < tokens.length && (CLOSERS.has(tokens[j].text) || END.has(tokens[j].text)) && !opensAfterSpace(tokens, j)) j++;
    if (j >= tokens.length || (startsSentence(tokens[j]) && !attributes(tokens, i, j, isSpeechVerb))) {
      out.push([first, j]);
      first = j;
      i = j - 1;
    }
  }
  if (first < tokens.length) out.push([first, tokens.length]);
  return out;
}

/**
 * '"Why now?" Ana Ruiz asked.' and '"Enough!" said the minister.': a question or exclamation
 * closed by a quote mark, then a speaker of at most five capitalised words and a speech verb
 * (or the verb first), is one sentence with its attribution.
 */
function attributes(tokens: RawToken[], stop: number, next: number, isSpeechVerb: (w: string) => boolean): boolean {
  if (tokens[stop].text === '.' || !/^["”'’»]$/.test(tokens[next - 1]?.text ?? '')) return false;
  if (isSpeechVerb(tokens[next].text.toLowerCase())) return true;
  for (let k = next; k < tokens.length && k < next + 5; k++) {
    if (isSpeechVerb(tokens[k].text)) return k > next;
    if (!/^\p{Lu}/u.test(tokens[k].text)) return false;
  }
  return false;
}

/** A line that is a heading, caption or label rather than running prose. */
export function looksLikeHeading(text: string, tokenCount: number): boolean {
  const trimmed = text.trim();
  // (a closing quote after the stop ends prose too: “… this.” and ‘… this.’)
  if (tokenCount <= 25 && !/[.!?:"”…]$/.test(trimmed) && !/[.!?…][’']$/.test(trimmed)) return true;
  // "Where Do We Go From Here?": short and in title case, whatever its last character
  const words = trimmed.split(/\s+/).filter((w) => w.length > 3);
  const capitalised = words.filter((w) => /^[\p{Lu}“"‘']/u.test(w)).length;
  // (a full stop says prose, however many names the sentence holds)
  return tokenCount <= 15 && words.length >= 2 && capitalised / words.length >= 0.75 && !trimmed.endsWith('.');
}

export function paragraphSpans(text: string, from: number): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

export type { Sentence };
