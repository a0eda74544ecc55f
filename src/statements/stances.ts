// Stances: who supports or opposes what. "Nuclear enrichment is an inalienable right",
// "the missile program remained never negotiable", "the White House touted progress".
import type { Polarity, Statement } from '../types.js';
import { nounPhraseAfter, nounPhraseBefore, subjectOf } from './clauses.js';
import { findPhrase, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';

const COPULAS = new Set(['is', 'are', 'was', 'were', 'remained', 'remains', 'remain', 'be', 'been', 'being', 'stays', 'stayed']);
// Cues that say something about their subject ("X is a right", "X must continue") rather than their object.
const PREDICATIVE = /right|negotiable|must continue|red line/;

export function findStances(ctx: StatementContext): Statement[] {
  const out: Statement[] = [];
  const cues = ctx.lex.statements.stance;
  const table: Array<[string, Polarity]> = [
    ...cues.supports.map((c) => [c, 'Supports'] as [string, Polarity]),
    ...cues.opposes.map((c) => [c, 'Opposes'] as [string, Polarity]),
    ...cues.neutral.map((c) => [c, 'Neutral'] as [string, Polarity]),
  ].sort((x, y) => y[0].length - x[0].length);
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const taken: Array<[number, number]> = [];
    for (const [cue, polarity] of table) {
      const at = findPhrase(ctx.lower, cue, s.tokenStart, s.tokenEnd);
      if (at < 0) continue;
      const len = cue.split(' ').length;
      if (taken.some(([x, y]) => at < y && x < at + len)) continue;
      taken.push([at, at + len]);
      const holder = subjectOf(ctx, at, s.tokenStart);
      if (!holder) continue;
      let topic: string;
      if (PREDICATIVE.test(cue)) {
        let c = at - 1;
        while (c > s.tokenStart && !COPULAS.has(ctx.lower[c]) && at - c < 5) c--;
        topic = COPULAS.has(ctx.lower[c]) ? nounPhraseBefore(ctx, c, s.tokenStart) : '';
      } else {
        // "ready to reach an agreement": the topic is the whole verb phrase
        topic = nounPhraseAfter(ctx, at + len, s.tokenEnd, / to$/.test(cue) ? 7 : 6);
      }
      topic = topic.replace(/^[“"‘']+|[”"’',.]+$/g, '').trim();
      if (!topic || topic.split(/\s+/).length > 8 || /^(?:it|this|that|them|him|her|us|we|they)$/i.test(topic)) continue;
      const factuality = factualityOf(ctx, s);
      out.push({ kind: 'Stance', holder: holder.iri, topic, polarity, position: ctx.doc.article.text.slice(ctx.doc.tokens[at].start, ctx.doc.tokens[at + len - 1].end), evidence: ctx.evidence(s), confidence: confidenceFor(0.6, factuality), factuality });
    }
  }
  return out;
}
