// Threats: "X warned that if Y struck, Z would respond by targeting W", "X threatened to impose tariffs on Y".
import type { Entity, Statement } from '../types.js';
import { clauseEnd, subjectOf } from './clauses.js';
import { agentsIn, findPhrase, isAgent, spanText, type StatementContext } from './context.js';
import { confidenceFor } from './factuality.js';

const MODALS = new Set(['would', 'will', "'ll", 'shall']);

export function findThreats(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.threat;
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const { tokenStart: a, tokenEnd: b } = s;
    // the threatened action: a modal and an action verb, or "threatened/vowed to <verb>"
    let act = -1;
    for (let i = a; i < b && act < 0; i++) {
      if (MODALS.has(ctx.lower[i])) {
        const v = [i + 1, i + 2].find((k) => k < b && cues.actionVerbs.includes(ctx.lower[k]));
        if (v !== undefined) act = v;
      } else if (/^(?:threaten(?:s|ed)?|vow(?:s|ed)?)$/.test(ctx.lower[i]) && ctx.lower[i + 1] === 'to') act = i + 2;
    }
    if (act < 0) continue;
    const cueAt = cues.verbs.map((c) => findPhrase(ctx.lower, c, a, b)).filter((k) => k >= 0 && k < act);
    const condAt = cues.conditions.map((c) => findPhrase(ctx.lower, c, a, b)).filter((k) => k >= 0).sort((x, y) => x - y)[0];
    const explicit = cueAt.length > 0 || /threaten|vow/.test(ctx.lower[act - 2] ?? '');
    if (!explicit && condAt === undefined) continue;
    // action runs to the end of its clause, or up to a later condition
    let actEnd = clauseEnd(ctx, act, b);
    if (condAt !== undefined && condAt > act) actEnd = Math.min(actEnd, condAt);
    const action = spanText(ctx, act, actEnd);
    let condition: string | undefined;
    let condEnd = -1;
    if (condAt !== undefined) {
      condEnd = condAt < act ? clauseEnd(ctx, condAt, act) : clauseEnd(ctx, condAt, b);
      condition = spanText(ctx, condAt, condEnd);
    }
    const cueSubject = cueAt.length ? subjectOf(ctx, Math.min(...cueAt), a) : undefined;
    const threatener = cueSubject ?? subjectOf(ctx, act, condEnd > 0 && condEnd < act ? condEnd : a);
    if (!threatener) continue;
    const sameSide = (e: Entity) => e === threatener || sidesOf(ctx, threatener).includes(e);
    const target = agentsIn(ctx, act, actEnd).find((e) => !sameSide(e)) ?? (condAt !== undefined ? agentsIn(ctx, condAt, condEnd).find((e) => !sameSide(e)) : undefined);
    if (!isAgent(target)) continue;
    const factuality = condition ? 'Conditional' : 'Asserted';
    out.push({ kind: 'Threat', threatener: threatener.iri, target: target.iri, action, condition, evidence: ctx.evidence(s), confidence: confidenceFor(explicit ? 0.8 : 0.6, factuality), factuality });
  }
  return out;
}

/** Entities on the same side as a person: the countries and organisations they are affiliated with in the text. */
export function sidesOf(ctx: StatementContext, e: Entity): Entity[] {
  if (e.type !== 'Person') return [];
  const out: Entity[] = [];
  for (const m of e.mentions) {
    const aff = m.role?.affiliation;
    if (!aff) continue;
    const hit = ctx.mentions.find((x) => x.mention.text === aff);
    if (hit) out.push(hit.entity);
  }
  return out;
}
