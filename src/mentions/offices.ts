// Government bodies whose names the capitalised-run reader cuts apart: "the President's Office"
// (a title's possessive before the body's word) and "the Ministry of Trade, Industry and Energy"
// (a portfolio list with commas in it).
import type { Mention, Sentence } from '../types.js';
import { titleEndingAt, type RunContext } from './classify.js';
import { isCommonWord } from './common-words.js';
import { tokenAtOrAfter } from '../text/lookup.js';

/** A word a ministry's portfolio is named with: an everyday word, or one the generic names are made of, and no name of its own. */
function isPortfolioWord(ctx: RunContext, word: string): boolean {
  const { lex } = ctx;
  if (ctx.gaz.lookup(word).length || lex.institutions.has(word) || lex.media.has(word)) return false;
  return lex.genericOrganisationWords.words.has(word.toLowerCase()) || isCommonWord(word, ctx.lowercaseInText) || /(?:ry|ies|ment|ing|ure|ism|ce|cs)$/.test(word);
}

/** "Minister for Trade at …": a portfolio after a title's "for" or "of" is no person, whatever title stands before it. */
export function withoutPortfolioPeople(ctx: RunContext, names: Mention[]): Mention[] {
  const { doc, texts, lex } = ctx;
  return names.filter((n) => {
    if (n.type !== 'Person' || n.kind !== 'name' || /\s/.test(n.text) || !lex.genericOrganisationWords.words.has(n.text.toLowerCase())) return true;
    const k = tokenAtOrAfter(doc, n.start);
    return !(/^(?:for|of)$/.test(texts[k - 1] ?? '') && lex.titles.some((t) => t[t.length - 1] === texts[k - 2]));
  });
}

/** "The President’s Office said": the office of the title before it, one organisation, not a person "Office". */
export function titleOffices(ctx: RunContext, names: Mention[]): Mention[] {
  const { doc, texts } = ctx;
  return names.map((n) => {
    if (n.kind !== 'name' || n.gazetteerKey || !/^(?:Office|Cabinet|Secretariat)$/.test(n.text)) return n;
    const k = tokenAtOrAfter(doc, n.start);
    if (!/^['’]s$/.test(texts[k - 1] ?? '')) return n;
    // the title that ends before the possessive ("Prime Minister", "President")
    const title = titleEndingAt(ctx, k - 1);
    if (!title) return n;
    const start = doc.tokens[k - 1 - title.length].start;
    return { start, end: n.end, text: doc.article.text.slice(start, n.end), sentence: n.sentence, kind: 'name', type: 'Organization', subtypes: ['GovernmentOrganization'] };
  });
}

/**
 * "the Ministry of Trade, Industry and Energy": a ministry's name goes on over a list of portfolio
 * words (everyday words, capitalised), commas and a last "and"; the pieces are one organisation.
 */
export function listedPortfolios(ctx: RunContext, s: Sentence, names: Mention[]): Mention[] {
  const { doc, texts } = ctx;
  let out = names;
  for (const n of names) {
    if (n.type !== 'Organization' || n.kind !== 'name' || !/^(?:Ministry|Department|Ministries|Minister) (?:of|for) /.test(n.text)) continue;
    let k = tokenAtOrAfter(doc, n.end);
    let last = -1;
    // ", Industry", ", Forestry and Fisheries", " and Energy"
    while (k + 1 < s.tokenEnd && (texts[k] === ',' || (texts[k] === 'and' && last >= 0) || (texts[k] === 'and' && texts[k - 1] === ','))) {
      const sep = texts[k];
      const word = texts[k + 1];
      if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isPortfolioWord(ctx, word)) break;
      // (after "and" the list ends, and it ends only so)
      last = k + 2;
      k += 2;
      if (sep === 'and') break;
      if (texts[k] === 'and' && /^\p{Lu}\p{Ll}+$/u.test(texts[k + 1] ?? '')) continue;
      if (texts[k] !== ',') { last = -1; break; }
    }
    if (last < 0 || texts[last - 2] !== 'and') continue;
    const end = doc.tokens[last - 1].end;
    if (out.some((m) => m !== n && m.start >= n.end && m.end <= end && (m.gazetteerKey || m.type === 'Person'))) continue;
    const merged: Mention = { ...n, end, text: doc.article.text.slice(n.start, end) };
    // ("… Mines, Energy and Water Ana Ruiz said": a person's name the tagger began on the list's last word starts after it)
    const trimmed = (m: Mention): Mention => {
      if (m.type !== 'Person' || m.start >= end || m.end <= end) return m;
      const from = doc.tokens[tokenAtOrAfter(doc, end)].start;
      return { ...m, start: from, text: doc.article.text.slice(from, m.end) };
    };
    out = [...out.filter((m) => m !== n && !(m.start >= n.end && m.end <= end)).map(trimmed), merged];
  }
  return out === names ? names : out.sort((a, b) => a.start - b.start);
}

const BODY_HEADS = /\s(?:Office|Ministry|Department|Agency|Commission|Committee|Council)$/;

/**
 * "the Foreign, Commonwealth and Development Office": a body's name that opens with a list of
 * portfolio words, commas and a last "and" before the words that end with the body's head; the
 * pieces the runs made of it are one organisation.
 */
export function listedBodies(ctx: RunContext, s: Sentence, names: Mention[]): Mention[] {
  const { doc, texts } = ctx;
  let out = names;
  for (const n of names) {
    if (n.kind !== 'name' || n.gazetteerKey || !BODY_HEADS.test(n.text)) continue;
    let k = tokenAtOrAfter(doc, n.start) - 1;
    if (texts[k] !== 'and') continue;
    let start = -1;
    // back over "Word," pieces: "Commonwealth and", "Foreign, Commonwealth and"
    // (any capitalised word that names no place or person: "Commonwealth" is one here)
    const listWord = (w: string, at: number) => /^\p{Lu}\p{Ll}+$/u.test(w) && !ctx.gaz.lookup(w).length && !names.some((m) => m.type === 'Person' && m.start <= doc.tokens[at].start && m.end >= doc.tokens[at].end);
    for (k--; k >= s.tokenStart && listWord(texts[k], k); k -= 2) {
      start = k;
      if (texts[k - 1] !== ',') break;
    }
    if (start < 0) continue;
    const from = doc.tokens[start].start;
    const merged: Mention = { ...n, start: from, text: doc.article.text.slice(from, n.end), type: 'Organization', subtypes: ['GovernmentOrganization'] };
    out = [...out.filter((m) => m !== n && !(m.start >= from && m.end <= n.start)), merged];
  }
  return out === names ? names : out.sort((a, b) => a.start - b.start);
}
