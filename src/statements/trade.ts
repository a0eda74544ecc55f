// Trade flows: "$18 billion in imports and $14.5 billion in exports" with China,
// "Vietnam shipped rice worth $1.9 billion to the Philippines", "Japan's exports to the
// United States fell to 1.42 trillion yen", "India imported $52 billion of Russian oil";
// and, read from the parse without an amount, "Chile imports gas from Argentina".
import type { Entity, Sentence, Statement } from '../types.js';
import { findPhrase, isAgent, negated, subjectOf, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { moneyAt, yearIn } from './values.js';
import { tokenEndingAt, tokenStartingAt } from '../text/lookup.js';

type Direction = 'export' | 'import';

const tradeAgent = (e: Entity | undefined): e is Entity => isAgent(e) && e.type !== 'Person';

export function findTradeFlows(ctx: StatementContext): Statement[] {
  const withAmounts = amountFlows(ctx);
  // the parse's flows add the pairs the amounts did not give, in the sentences they come from
  const key = (x: Statement) => (x.kind === 'TradeFlow' ? `${x.evidence.start}|${x.exporter}|${x.importer}` : '');
  const seen = new Set(withAmounts.map(key));
  return [...withAmounts, ...statedFlows(ctx).filter((x) => !seen.has(key(x)))];
}

/**
 * Flows stated without an amount, read from the parse: "Peru sells copper to China", "Chile imports
 * gas from Argentina", "exports from Peru to China rose", "buys Peruvian copper". Never a dealing a
 * sanction stops or a measure falls on ("banned imports from X", "tariffs on exports to X").
 */
function statedFlows(ctx: StatementContext): Statement[] {
  const { tree } = ctx;
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const lemma = tree.lemma(k);
      const sells = ctx.lex.cueWords('selling-word').has(lemma);
      if ((!sells && !ctx.lex.cueWords('buying-word').has(lemma)) || negated(ctx, k) || stoppedOrTaxed(ctx, k)) continue;
      const phrase = (word: string) => phraseBelow(ctx, k, word);
      // (named by the phrase itself: "to a Chilean firm" sells to a firm, not to Chile)
      const first = (x: number) => (x >= 0 && tradeAgent(ctx.entityAtToken[x]) ? ctx.entityAtToken[x] : undefined);
      let home: Entity | undefined;
      let partner: Entity | undefined;
      if (tree.upos(k) === 'VERB' && tree.kid(k, 'nsubj:pass') < 0) {
        home = first(subjectOf(ctx, k));
        // "buys Peruvian copper": the origin a people's adjective on the goods names
        const goods = tree.kid(k, 'obj');
        const origin = goods >= 0 ? tree.kidsWith(goods, 'amod').map((a) => ctx.mentionAtToken[a]?.kind === 'demonym' ? ctx.entityAtToken[a] : undefined).find(tradeAgent) : undefined;
        partner = first(phrase(sells ? 'to' : 'from')) ?? (sells ? undefined : origin);
      } else if (tree.upos(k) === 'NOUN' && /s$/.test(ctx.lower[k])) {
        // "exports from Peru to China", "Chile's imports from Argentina"
        const poss = tree.kid(k, 'nmod:poss');
        home = first(phrase(sells ? 'from' : 'to')) ?? (poss >= 0 ? first(poss) : undefined);
        partner = first(phrase(sells ? 'to' : 'from'));
      }
      if (!home || !partner || home === partner) continue;
      const [exporter, importer] = sells ? [home, partner] : [partner, home];
      const factuality = factualityOf(ctx, s);
      out.push({ kind: 'TradeFlow', exporter: exporter.iri, importer: importer.iri, year: yearOf(ctx, s), evidence: ctx.evidence(s), confidence: confidenceFor(0.6, factuality), factuality });
    }
  }
  return out;
}

/** The first to/from phrase (as its head) under k, down to three levels, never inside k's subject ("sold tonnes of soybeans to China"). */
function phraseBelow(ctx: StatementContext, k: number, word: string): number {
  const { tree } = ctx;
  let level = tree.kids(k).filter((c) => !tree.rel(c).startsWith('nsubj'));
  for (let depth = 0; depth < 3 && level.length; depth++) {
    const hit = level.find((c) => ['obl', 'nmod'].includes(tree.rel(c)) && tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === word));
    if (hit !== undefined) return hit;
    level = level.flatMap((c) => tree.kids(c));
  }
  return -1;
}

/** Whether the trade word at k is a dealing stopped or taxed: under a cut or a measure ("halted exports to X", "tariffs on imports from X"), or itself a ban's object. */
function stoppedOrTaxed(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  for (let c = k, steps = 0; c >= 0 && steps < 3; c = tree.head(c), steps++) {
    const h = tree.head(c);
    if (h < 0) break;
    const roles = ctx.lex.sanctionLemmas.get(tree.lemma(h)) ?? [];
    if (roles.some((r) => r === 'cut' || r === 'measure' || r === 'impose' || r === 'sanction')) return true;
  }
  return false;
}

function amountFlows(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.trade;
  const direction = (w: string): Direction | undefined =>
    cues.exportWords.includes(w) ? 'export' : cues.importWords.includes(w) ? 'import' : undefined;
  const out: Statement[] = [];
  let lastHome: Entity | undefined;
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const { tokenStart: a, tokenEnd: b } = s;
    let partnerBefore: Entity | undefined;
    for (let k = a; k < b; k++) {
      const money = moneyAt(ctx.texts, k, ctx.lex);
      if (!money) continue;
      // the trade word governing the amount: right after it ("$18 billion in imports"), else the nearest before it
      let w = [money.end, money.end + 1, money.end + 2].find((i) => i < b && direction(ctx.lower[i]));
      if (w === undefined) for (let i = k - 1; i >= Math.max(a, k - 14) && w === undefined; i--) if (direction(ctx.lower[i])) w = i;
      if (w === undefined) continue;
      const dir = direction(ctx.lower[w])!;
      const partner = partnerOf(ctx, s, w, money.end) ?? partnerBefore;
      const home = homeOf(ctx, s, w, partner) ?? pronounSubject(ctx, s, partner) ?? lastHome;
      k = money.end - 1;
      if (!home || !partner || home === partner) continue;
      lastHome = home;
      partnerBefore = partner;
      const [exporter, importer] = dir === 'export' ? [home, partner] : [partner, home];
      const factuality = factualityOf(ctx, s);
      out.push({
        kind: 'TradeFlow',
        exporter: exporter.iri,
        importer: importer.iri,
        amount: money.amount,
        currency: money.currency,
        year: yearOf(ctx, s),
        source: sourceNear(ctx, s.index)?.iri,
        evidence: ctx.evidence(s),
        confidence: confidenceFor(0.75, factuality),
        factuality,
      });
    }
  }
  return out;
}

/** Whose trade: "Japan's exports", else the sentence's first agent ("China, Peru's largest partner, bought"). */
function homeOf(ctx: StatementContext, s: Sentence, w: number, partner: Entity | undefined): Entity | undefined {
  const cues = ctx.lex.statements.trade;
  const tradeWord = (k: number) => [...cues.exportWords, ...cues.importWords, ...cues.tradeWords].includes(ctx.lower[k]);
  // "Iran's trade", "Japan's exports": a possessor right before a trade word
  for (const k of [w, ...Array.from({ length: s.tokenEnd - s.tokenStart }, (_, i) => s.tokenStart + i)]) {
    if (tradeWord(k) && /^['’]s$/.test(ctx.texts[k - 1] ?? '') && tradeAgent(ctx.entityAtToken[k - 2]) && ctx.entityAtToken[k - 2] !== partner) return ctx.entityAtToken[k - 2];
    // ("Brazilian exports to Argentina": a people's adjective right before a trade word)
    if (tradeWord(k) && ctx.mentionAtToken[k - 1]?.kind === 'demonym' && tradeAgent(ctx.entityAtToken[k - 1]) && ctx.entityAtToken[k - 1] !== partner) return ctx.entityAtToken[k - 1];
  }
  const source = sourceSpan(ctx, s);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const e = ctx.entityAtToken[i];
    const m = ctx.mentionAtToken[i];
    if (!tradeAgent(e) || !m || e === partner || m.kind === 'demonym' || (i >= source[0] && i < source[1])) continue;
    const first = tokenStartingAt(ctx.doc, m.start);
    if (!['to', 'from', 'with', 'by'].includes(ctx.lower[first - 1] ?? '')) return e;
    i = Math.max(i, tokenEndingAt(ctx.doc, m.end));
  }
  return undefined;
}

/** "according to the National Statistical Committee": the source, never a trader. Token range [from, to). */
function sourceSpan(ctx: StatementContext, s: Sentence): [number, number] {
  for (const cue of ctx.lex.statements.trade.sourceCues) {
    const at = findPhrase(ctx.lower, cue, s.tokenStart, s.tokenEnd);
    if (at < 0 || cue === 'said') continue;
    let end = at + cue.split(' ').length;
    while (end < s.tokenEnd && !/^[,.;]$/.test(ctx.texts[end])) end++;
    return [at, end];
  }
  return [0, 0];
}

/** "It exported €1.3 billion …" after a sentence about Belarus: the previous sentence's first country or organisation. */
function pronounSubject(ctx: StatementContext, s: Sentence, partner: Entity | undefined): Entity | undefined {
  if (!/^(?:it|its)$/.test(ctx.lower[s.tokenStart])) return undefined;
  const prev = ctx.doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  for (let i = prev.tokenStart; i < prev.tokenEnd; i++) if (tradeAgent(ctx.entityAtToken[i]) && ctx.entityAtToken[i] !== partner) return ctx.entityAtToken[i];
  return undefined;
}

/** With whom: "to/from/with <agent>" right after the amount, else near the trade word, or the origin in "of Russian oil". */
function partnerOf(ctx: StatementContext, s: Sentence, w: number, after: number): Entity | undefined {
  // "… to China in 2025 and €540 million to Brazil": each amount's own partner first
  for (let i = after; i < Math.min(s.tokenEnd, after + 2); i++) {
    if (!['to', 'from'].includes(ctx.lower[i])) continue;
    const e = ctx.entityAtToken[ctx.lower[i + 1] === 'the' ? i + 2 : i + 1];
    if (tradeAgent(e)) return e;
  }
  // "$24.6 billion of nickel products, including …, to China": past a list, not past the sentence's end
  let end = after;
  while (end < Math.min(s.tokenEnd, after + 16) && !/^[.;]$/.test(ctx.texts[end])) end++;
  // after the trade word first, then anywhere earlier in the sentence ("Iran's trade was with China — $18 billion in imports")
  const order = [...Array(Math.max(0, end - w)).keys()].map((k) => w + k).concat([...Array(Math.max(0, w - s.tokenStart)).keys()].map((k) => w - 1 - k));
  for (const i of order) {
    if (!['to', 'from', 'with'].includes(ctx.lower[i]) || ctx.lower[i - 1] === 'according') continue;
    const j = ctx.lower[i + 1] === 'the' ? i + 2 : i + 1;
    const e = ctx.entityAtToken[j];
    if (tradeAgent(e)) return e;
  }
  for (let i = after; i < end; i++) {
    const e = ctx.entityAtToken[i];
    if (ctx.mentionAtToken[i]?.kind === 'demonym' && tradeAgent(e)) return e;
  }
  return undefined;
}

/** "in 2025", "last year" (the year before publication), else the publication year when a month is named. */
function yearOf(ctx: StatementContext, s: Sentence): number | undefined {
  const explicit = yearIn(ctx.texts, s.tokenStart, s.tokenEnd);
  if (explicit) return explicit;
  const published = ctx.doc.article.published ? Number(ctx.doc.article.published.slice(0, 4)) : undefined;
  if (!published) return undefined;
  if (findPhrase(ctx.lower, 'last year', s.tokenStart, s.tokenEnd) >= 0) return published - 1;
  const prev = ctx.doc.sentences[s.index - 1];
  return prev && !prev.heading ? yearIn(ctx.texts, prev.tokenStart, prev.tokenEnd) ?? published : published;
}

/** "According to World Trade Organization figures" in this or the previous sentence. */
function sourceNear(ctx: StatementContext, si: number): Entity | undefined {
  for (const s of [ctx.doc.sentences[si], ctx.doc.sentences[si - 1]]) {
    if (!s) continue;
    for (const cue of ctx.lex.statements.trade.sourceCues) {
      const at = findPhrase(ctx.lower, cue, s.tokenStart, s.tokenEnd);
      if (at < 0) continue;
      for (let k = at + cue.split(' ').length; k < Math.min(s.tokenEnd, at + 10); k++) {
        const e = ctx.entityAtToken[k];
        if (isAgent(e) && e.type === 'Organization') return e;
      }
    }
  }
  return undefined;
}
