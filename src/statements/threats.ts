// Threats: "if Y struck, Tehran would respond by targeting W", "X threatened to impose tariffs on Y",
// "“If the other side provokes us, we will take resolute measures,” Z said", "Y will face consequences".
import type { Entity, Sentence, Statement } from '../types.js';
import { clauseEnd, subjectOf } from './clauses.js';
import { agentsIn, articleCountry, findPhrase, isAgent, spanText, type StatementContext } from './context.js';
import { confidenceFor } from './factuality.js';

const MODALS = new Set(['would', 'will', "'ll", 'shall']);
const SKIP_AFTER_MODAL = new Set(['not', 'also', 'then', 'immediately', 'certainly', 'surely', 'again', 'be', 'have']);
// Verbs after a modal that do not threaten anything ("that would be welcome").
const NOT_ACTIONS = new Set(['be', 'have', 'like', 'want', 'need', 'welcome', 'help', 'mean', 'continue', 'remain', 'seem', 'get', 'go', 'come', 'make', 'say', 'know', 'see', 'think', 'try']);
// "Y will face consequences": the one who faces or pays is the target.
const SUFFERING = new Set(['face', 'pay', 'suffer', 'regret', 'bear']);

interface ActionSite {
  modal: number;
  verb: number;
  explicit: boolean;
}

function actionIn(ctx: StatementContext, s: Sentence): ActionSite | undefined {
  const { lower } = ctx;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (/^(?:threaten(?:s|ed)?|vow(?:s|ed)?)$/.test(lower[i]) && lower[i + 1] === 'to') return { modal: i, verb: i + 2, explicit: true };
    // "threatened sanctions on Sudan's army if …": the threatened measure is the object
    if (/^threaten(?:s|ed)?$/.test(lower[i]) && /^\p{Ll}/u.test(ctx.texts[i + 1] ?? '') && lower[i + 1] !== 'to') return { modal: i, verb: i + 1, explicit: true };
    if (!MODALS.has(lower[i])) continue;
    let v = i + 1;
    while (v < s.tokenEnd && v - i < 3 && SKIP_AFTER_MODAL.has(lower[v]) && lower[v] !== 'be') v++;
    if (lower[i + 1] === 'not') continue; // a promise not to act is not a threat
    if (v >= s.tokenEnd || NOT_ACTIONS.has(lower[v]) || !/^\p{Ll}/u.test(ctx.texts[v])) continue;
    return { modal: i, verb: v, explicit: false };
  }
  return undefined;
}

export function findThreats(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.threat;
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const { tokenStart: a, tokenEnd: b } = s;
    const site = actionIn(ctx, s);
    if (!site) continue;
    const { verb } = site;
    const cueAt = cues.verbs.map((c) => findPhrase(ctx.lower, c, a, b)).filter((k) => k >= 0 && k < verb);
    const condAt = cues.conditions.map((c) => findPhrase(ctx.lower, c, a, b)).filter((k) => k >= 0 && ctx.lower[k] !== 'should' || k === a).filter((k) => k >= 0).sort((x, y) => x - y)[0];
    const explicit = site.explicit || cueAt.length > 0;
    if (!explicit && condAt === undefined) continue;
    let actEnd = clauseEnd(ctx, verb, b);
    if (condAt !== undefined && condAt > verb) actEnd = Math.min(actEnd, condAt);
    let condition: string | undefined;
    let condEnd = -1;
    if (condAt !== undefined) {
      condEnd = condAt < verb ? clauseEnd(ctx, condAt, site.modal) : clauseEnd(ctx, condAt, b);
      condition = spanText(ctx, condAt, condEnd);
    }
    const modalSubject = subjectOf(ctx, site.modal, condEnd > 0 && condEnd < site.modal ? condEnd : a);
    const threatener = ctx.speakerAtToken[site.modal] ?? (cueAt.length ? subjectOf(ctx, Math.min(...cueAt), a) : undefined) ?? modalSubject;
    if (!threatener) continue;
    const side = sideOf(ctx, threatener);
    const other = (e: Entity) => !side.includes(e);
    let target: Entity | undefined;
    if (SUFFERING.has(ctx.lower[verb]) && modalSubject && other(modalSubject)) target = modalSubject;
    // a target is named, not a pronoun: in "if they tax her M-Pesa, she will close" nobody is threatened
    const named = (e: Entity) => other(e) && ctx.mentions.some((x) => x.entity === e && x.mention.kind !== 'pronoun' && x.mention.start >= ctx.doc.tokens[a].start && x.mention.end <= ctx.doc.tokens[b - 1].end);
    target ??= condAt !== undefined ? agentsIn(ctx, condAt, condEnd).find(named) : undefined;
    target ??= agentsIn(ctx, verb, actEnd).find(named);
    // "If the government uses this committee …": the threatener's own government
    if (!target && condAt !== undefined && findPhrase(ctx.lower, 'the government', condAt, condEnd) >= 0) target = side.find((e) => e.type === 'Country' && e !== threatener) ?? articleCountry(ctx);
    if (!isAgent(target)) continue;
    const factuality = condition ? 'Conditional' : 'Asserted';
    out.push({
      kind: 'Threat',
      threatener: threatener.iri,
      target: target.iri,
      action: spanText(ctx, verb, actEnd),
      condition,
      evidence: ctx.evidence(s),
      confidence: confidenceFor(explicit ? 0.8 : 0.6, factuality),
      factuality,
    });
  }
  return out;
}

/** The threatener and those it speaks for: a person's affiliations named in the text. */
export function sideOf(ctx: StatementContext, e: Entity): Entity[] {
  const out = [e];
  if (e.type !== 'Person') return out;
  for (const m of e.mentions) {
    const aff = m.role?.affiliation;
    if (!aff) continue;
    for (const x of ctx.mentions) if (aff.includes(x.mention.text) && isAgent(x.entity) && !out.includes(x.entity)) out.push(x.entity);
  }
  return out;
}
