// Markdown keeps the raw file as the article text (offsets count the whole file), so the NLP stages
// read a masked copy: markup characters become spaces, every other character stays at its offset.
import { parseDateLine, parseIsoDate } from './dates.js';
import { nextNonEmpty, splitLines, type Line } from './lines.js';
import type { ParsedHead } from './types.js';

const FENCE = /^\s{0,3}(```|~~~)/;
const RULE_OR_UNDERLINE = /^\s{0,3}(?:(?:[-*_]\s*){3,}|=+\s*|-+\s*)$/;
const REF_DEFINITION = /^\s{0,3}\[[^\]\n]+\]:\s*\S+/;
const TABLE_ALIGN = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** Replace `length` characters at `at` with spaces, keeping line breaks. */
function blank(chars: string[], at: number, length: number): void {
  for (let k = at; k < at + length; k++) if (chars[k] !== '\n' && chars[k] !== '\r') chars[k] = ' ';
}

function blankMatches(chars: string[], text: string, re: RegExp, group = 0): void {
  for (const m of text.matchAll(re)) {
    const start = (m.index ?? 0) + (group === 0 ? 0 : m[0].indexOf(m[group]));
    blank(chars, start, m[group].length);
  }
}

function maskLineStart(chars: string[], line: Line): void {
  const t = line.text;
  if (RULE_OR_UNDERLINE.test(t) || REF_DEFINITION.test(t) || (t.includes('|') && TABLE_ALIGN.test(t) && t.includes('-'))) {
    blank(chars, line.start, t.length);
    return;
  }
  let m = /^(?:\s*>)+\s?/.exec(t); // blockquote markers, nested or not
  let at = 0;
  if (m) {
    for (let k = 0; k < m[0].length; k++) if (t[k] === '>') blank(chars, line.start + k, 1);
    at = m[0].length;
  }
  const rest = t.slice(at);
  m = /^(\s*)(#{1,6})(?=\s|$)/.exec(rest);
  if (m) {
    blank(chars, line.start + at + m[1].length, m[2].length);
    const closing = /\s(#+)\s*$/.exec(rest);
    if (closing) blank(chars, line.start + at + closing.index + 1, closing[1].length);
    return;
  }
  m = /^(\s*)([-*+]|\d{1,9}[.)])(?=\s)/.exec(rest);
  if (m) blank(chars, line.start + at + m[1].length, m[2].length);
  if (rest.trimStart().startsWith('|')) blankMatches(chars, t, /\|/g);
}

/** Same length, same offsets: headings, emphasis, code ticks, link syntax, quote and list markers become spaces. */
export function maskMarkdown(text: string): string {
  const chars = text.split(''); // UTF-16 code units, the unit offsets count in
  const fm = FRONT_MATTER.exec(text);
  if (fm) blank(chars, 0, fm[0].length);
  let inCode = false;
  for (const line of splitLines(text)) {
    if (fm && line.start < fm[0].length) continue;
    if (FENCE.test(line.text)) {
      blank(chars, line.start, line.text.length);
      inCode = !inCode;
      continue;
    }
    if (!inCode) maskLineStart(chars, line);
  }
  const body = chars.join('');
  const masked = chars;
  // Inline markup, applied to the text with line markup already removed.
  for (const m of body.matchAll(/(!?\[)([^\]\n]*)(\]\([^)\n]*\)|\]\[[^\]\n]*\])/g)) {
    const start = m.index ?? 0;
    blank(masked, start, m[1].length);
    blank(masked, start + m[1].length + m[2].length, m[3].length);
  }
  blankMatches(masked, body, /<(?:https?:\/\/|mailto:)[^>\s]*>|<[^@\s>]+@[^>\s]+>/g); // autolinks
  blankMatches(masked, body, /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g); // inline HTML tags
  blankMatches(masked, body, /\\(?=[!-/:-@[-`{-~])/g); // backslash escapes
  blankMatches(masked, body, /`+|\*+|~~/g);
  blankMatches(masked, body, /(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu);
  return masked.join('');
}

function frontMatterField(fm: string, names: string[]): string | undefined {
  for (const line of fm.split(/\r?\n/)) {
    const m = /^([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (m && names.includes(m[1].toLowerCase())) return m[2].replace(/^["']|["']$/g, '');
  }
  return undefined;
}

/** Headline: the first `# ` heading (or a setext `===` one), else front-matter title, else the first line. */
export function parseMarkdown(text: string): ParsedHead {
  const fm = FRONT_MATTER.exec(text);
  const fmEnd = fm ? fm[0].length : 0;
  const masked = maskMarkdown(text);
  const lines = splitLines(text).filter((l) => l.start >= fmEnd);
  let published = fm ? parseIsoDate(frontMatterField(fm[0], ['date', 'published', 'datepublished', 'pubdate'])) : undefined;
  const clean = (l: Line) => masked.slice(l.start, l.start + l.text.length).replace(/\s+/g, ' ').trim();

  let i = nextNonEmpty(lines, 0);
  let bodyStart = fmEnd;
  const dateHere = i >= 0 ? parseDateLine(clean(lines[i])) : undefined;
  if (dateHere) {
    published ??= dateHere;
    bodyStart = lines[i].next;
    i = nextNonEmpty(lines, i + 1);
  }
  const h1 = lines.findIndex((l) => /^\s{0,3}#\s/.test(l.text));
  const setext = lines.findIndex((l, k) => k > 0 && /^\s{0,3}=+\s*$/.test(l.text) && lines[k - 1].text.trim() !== '');
  const headIdx = h1 >= 0 && (setext < 0 || h1 < setext - 1) ? h1 : setext >= 0 ? setext - 1 : -1;
  const fmTitle = fm ? frontMatterField(fm[0], ['title', 'headline']) : undefined;

  let headline: string | undefined;
  if (headIdx >= 0) headline = clean(lines[headIdx]);
  else if (fmTitle) headline = fmTitle;
  else if (i >= 0) headline = clean(lines[i]);
  // The body starts after the headline only when the headline leads the file; a heading further
  // down names the article but must not hide the paragraphs above it.
  const leadIdx = headIdx >= 0 ? headIdx : fmTitle ? -1 : i;
  if (leadIdx >= 0 && leadIdx === i) {
    const last = headIdx >= 0 && headIdx === setext - 1 ? setext : leadIdx;
    bodyStart = lines[last].next;
    const j = nextNonEmpty(lines, last + 1);
    const dateAfter = j >= 0 && !published ? parseDateLine(clean(lines[j])) : undefined;
    if (dateAfter) {
      published = dateAfter;
      bodyStart = lines[j].next;
    }
  }
  return { headline: headline || undefined, published, bodyStart };
}
