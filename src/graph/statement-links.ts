// Where stances and quotes point in the graph, and when each statement happened.
// A stance's topic is free text ("sanctions on Belarus"); the entities it names are found from the article's
// own mention spans inside the evidence sentence, so no name matching beyond the article is guessed.
import type { ViewArticle, ViewStatement } from './types.js';

/** A mention of an entity: its article and character span. */
export interface MentionSpan { article: number; start: number; end: number }

interface ArticleMention { node: string; start: number; end: number }

/** Mentions per article, sorted by start, for range lookups by binary search. */
export function mentionsByArticle(spans: Iterable<[string, MentionSpan[]]>, articleCount: number): ArticleMention[][] {
  const out: ArticleMention[][] = Array.from({ length: articleCount }, () => []);
  for (const [node, list] of spans) for (const s of list) out[s.article]?.push({ node, start: s.start, end: s.end });
  for (const list of out) list.sort((a, b) => a.start - b.start);
  return out;
}

function inRange(list: ArticleMention[], start: number, end: number): ArticleMention[] {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: ArticleMention[] = [];
  for (let i = lo; i < list.length && list[i].start < end; i++) if (list[i].end <= end) out.push(list[i]);
  return out;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The statement's date: a meeting's own date when it has one, else its article's publication date. */
export function statementDate(st: ViewStatement, articles: ViewArticle[]): string | undefined {
  const own = st.values.startDate;
  if (own && ISO_DAY.test(own)) return own.slice(0, 10);
  const art = articles[st.evidence[0]?.article ?? -1];
  return art?.date && ISO_DAY.test(art.date) ? art.date.slice(0, 10) : undefined;
}

/**
 * Entities a stance's topic names (mentions in the evidence sentence whose words are part of the topic), or a
 * quote's sentence names, plus its addressee; the holder or speaker is never its own target.
 */
export function statementTargets(st: ViewStatement, articles: ViewArticle[], mentions: ArticleMention[][]): string[] {
  if (st.kind !== 'Stance' && st.kind !== 'Quote') return [];
  const self = new Set([...(st.roles.holder ?? []), ...(st.roles.speaker ?? [])]);
  const out = new Set<string>();
  const topic = (st.values.topic ?? '').toLowerCase();
  for (const ev of st.evidence) {
    const art = articles[ev.article];
    if (!art || ev.start === undefined || ev.end === undefined) continue;
    for (const m of inRange(mentions[ev.article] ?? [], ev.start, ev.end)) {
      if (self.has(m.node)) continue;
      if (st.kind === 'Stance' && !containsWords(topic, art.text.slice(m.start, m.end).toLowerCase())) continue;
      out.add(m.node);
    }
  }
  if (st.kind === 'Quote') for (const a of st.roles.addressee ?? []) if (!self.has(a)) out.add(a);
  return [...out];
}

/** `words` occurs in `text` as whole words ("us" is not in "business"). */
export function containsWords(text: string, words: string): boolean {
  if (!words) return false;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1], after = text[at + words.length];
    if (!(before && /[\p{L}\p{N}]/u.test(before)) && !(after && /[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}
