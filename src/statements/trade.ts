// Trade flows: "$18 billion in imports and $14.5 billion in exports" with China,
// "X exported $2 billion of grain to Y", "imports from Y rose to $3 billion".
import type { Entity, Statement } from '../types.js';
import { findPhrase, isAgent, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { moneyAt, yearIn } from './values.js';

const countryAt = (ctx: StatementContext, k: number): Entity | undefined => {
  const e = ctx.entityAtToken[k];
  return e && e.type === 'Country' ? e : undefined;
};

export function findTradeFlows(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.trade;
  const out: Statement[] = [];
  const sentences = ctx.doc.sentences;
  for (const s of sentences) {
    if (s.heading) continue;
    const { tokenStart: a, tokenEnd: b } = s;
    const words = ctx.lower.slice(a, b);
    if (![...cues.exportWords, ...cues.importWords, ...cues.tradeWords].some((w) => words.includes(w))) continue;
    // partner: "with/to/from <country>"; home: the other country named ("Iran's trade")
    let partner: Entity | undefined;
    for (let k = a; k < b - 1; k++) if (['with', 'to', 'from'].includes(ctx.lower[k]) && countryAt(ctx, k + 1)) partner = countryAt(ctx, k + 1);
    const countries: Entity[] = [];
    for (let k = a; k < b; k++) {
      const c = countryAt(ctx, k);
      if (c && !countries.includes(c)) countries.push(c);
    }
    const home = countries.find((c) => c !== partner);
    if (!home || !partner) continue;
    const prev = sentences[s.index - 1];
    const year = yearIn(ctx.texts, a, b) ?? (prev ? yearIn(ctx.texts, prev.tokenStart, prev.tokenEnd) : undefined);
    const source = sourceNear(ctx, s.index);
    for (let k = a; k < b; k++) {
      const money = moneyAt(ctx.texts, k, ctx.lex);
      if (!money) continue;
      const around = ctx.lower.slice(money.end, Math.min(b, money.end + 4));
      const before = ctx.lower.slice(Math.max(a, k - 4), k);
      // "$18 billion in imports": the word right after the amount decides; else the one before it
      const near = around.some((w) => cues.importWords.includes(w) || cues.exportWords.includes(w)) ? around : before;
      const isImport = near.some((w) => cues.importWords.includes(w));
      const isExport = near.some((w) => cues.exportWords.includes(w));
      if (isImport === isExport) continue;
      const [exporter, importer] = isExport ? [home, partner] : [partner, home];
      const factuality = factualityOf(ctx, s);
      out.push({ kind: 'TradeFlow', exporter: exporter.iri, importer: importer.iri, amount: money.amount, currency: money.currency, year, source: source?.iri, evidence: ctx.evidence(s), confidence: confidenceFor(0.75, factuality), factuality });
      k = money.end - 1;
    }
  }
  return out;
}

/** "According to World Trade Organization figures" in this or the previous sentence. */
function sourceNear(ctx: StatementContext, si: number): Entity | undefined {
  for (const s of [ctx.doc.sentences[si], ctx.doc.sentences[si - 1]]) {
    if (!s) continue;
    for (const cue of ctx.lex.statements.trade.sourceCues) {
      const at = findPhrase(ctx.lower, cue, s.tokenStart, s.tokenEnd);
      if (at < 0) continue;
      for (let k = at + cue.split(' ').length; k < Math.min(s.tokenEnd, at + 8); k++) {
        const e = ctx.entityAtToken[k];
        if (isAgent(e) && e.type === 'Organization') return e;
      }
    }
  }
  return undefined;
}
