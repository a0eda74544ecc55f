// "Beijing voiced concern over the move": a stance on "the move", "the decision" or "the step" (or on
// "it", what is judged) is a stance on the act it refers to, told just before (earlier in the sentence, "a day after India banned
// 59 apps, …", or in the sentence before). The act is written as its verb and object ("banned 59 apps").
import type { StatementContext } from './context.js';
import { agentiveWord, agentsAt, sideOf, spanText, subjectOf, unnamedInstitution, verbAbove } from './context.js';

/** The act "the move" at `at` refers to, as text, or undefined when the words before name none. */
export function referredAct(ctx: StatementContext, cue: number, at: number, opposing: boolean): string | undefined {
  const { tree } = ctx;
  // ("Peru closed the border. Chile condemned it", "called it regrettable": "it" as what is judged refers the same way)
  const pronoun = at >= 0 && ctx.lower[at] === 'it' && tree.upos(at) === 'PRON' && tree.rel(at) === 'obj';
  // ("approved a bill to annex X, a move condemned by Y": an apposition renames the act it follows, "a" and all)
  // (or a noun the parse coordinated with the verb, which no noun can be)
  const renaming = at >= 0 && (tree.rel(at) === 'appos' || (tree.rel(at) === 'conj' && tree.upos(tree.head(at)) === 'VERB' && tree.kid(at, 'cc') < 0));
  if (at < 0 || (!pronoun && (!ctx.lex.cueWords('referring-noun').has(ctx.lower[at]) || !tree.kids(at).some((d) => (tree.rel(d) === 'det' && (renaming || /^(?:the|this|that)$/.test(ctx.lower[d]))) || (tree.rel(d) === 'amod' && ctx.lower[d] === 'such'))))) return undefined;
  const s = ctx.sentenceOfToken(cue);
  // (one does not oppose one's own move: "China downgraded its ties in protest of X … the ministry protested the move";
  // one may defend it)
  // (a noun cue's own verb is no act it refers to: "voiced strong concern over the move")
  const cueVerb = tree.upos(cue) === 'NOUN' ? verbAbove(ctx, cue) : cue;
  const subject = subjectOf(ctx, cueVerb);
  const holders = [...agentsAt(ctx, subject), ...[unnamedInstitution(ctx, subject)].filter((e) => e !== undefined)];
  const own = (v: number) => opposing && agentsAt(ctx, subjectOf(ctx, v)).some((e) => holders.some((h) => h === e || sideOf(ctx, h).includes(e) || sideOf(ctx, e).includes(h)));
  const before = s.index > 0 ? ctx.doc.sentences[s.index - 1] : undefined;
  // the last act with an object before the cue in its sentence, else the sentence before's main act
  for (let v = Math.min(cue, at) - 1; v >= s.tokenStart; v--) {
    if (v === cueVerb || own(v)) continue;
    const act = actText(ctx, v, at);
    if (act) return act;
  }
  if (!before || before.heading) return undefined;
  for (let r = before.tokenStart; r < before.tokenEnd; r++) if (tree.rel(r) === 'root') return own(r) ? undefined : actText(ctx, r);
  return undefined;
}

/** "banned 59 apps with Chinese links": a verb (not a saying one) with its object, up to the object's own words. */
function actText(ctx: StatementContext, v: number, renamedBy = -1): string | undefined {
  const { tree } = ctx;
  if (tree.upos(v) !== 'VERB' || ctx.isSpeechVerb(v) || /ing$/.test(ctx.lower[v])) return undefined;
  // (what a thing brings about is no one's act: "The effort has sparked reactions")
  // (any subject the parse gives it that names an agent acts: "A day after Chile banned …" with "day" read as a subject too)
  const subjects = tree.kids(v).filter((c) => tree.rel(c) === 'nsubj');
  if (subjects.length && subjects.every((x) => tree.upos(x) === 'NOUN' && !agentiveWord(ctx, x) && !agentsAt(ctx, x).length)) return undefined;
  // ("withdrew from the pact", "pulled out of the deal": a leaving told by its from- or of-phrase, when there is no object)
  const left = tree.kid(v, 'obj') < 0 ? tree.kidsWith(v, 'obl').find((o) => o > v && tree.kids(o).some((c) => tree.rel(c) === 'case' && /^(?:from|of)$/.test(ctx.lower[c])) && tree.upos(o) === 'NOUN') ?? -1 : -1;
  const obj = tree.kid(v, 'obj') >= 0 ? tree.kid(v, 'obj') : left;
  // (nor an answer to another act named only as "the move": "X condemned the move as piracy, while Y called it …")
  if (obj < 0 || tree.upos(obj) === 'PRON' || ctx.lex.cueWords('referring-noun').has(ctx.lower[obj])) return undefined;
  // (the object's own words, without a time: "closed its border with Chile", not "… on Monday")
  let [, end] = tree.span(obj);
  for (const c of tree.kids(obj)) if (c > obj && ctx.texts.slice(...tree.span(c)).some((w) => ctx.lex.calendar.has(w))) end = Math.min(end, tree.span(c)[0]);
  // (not the apposition that renames it: "a bill to annex X | , a move condemned by Y")
  if (renamedBy > v && renamedBy < end) end = Math.min(end, tree.span(renamedBy)[0]);
  const words = end - v;
  return words >= 2 && words <= 10 ? spanText(ctx, v, end).replace(/[,.;:]+$/, '') : undefined;
}
