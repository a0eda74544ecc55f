// Threats in a few set shapes (threats.ts): an ultimatum given with a deadline, a measure announced on a condition,
// "do X or face Y", a harm not ruled out.
import { agentsAt, agentsUnder, harmInReserve, isPress, mostNamedCountry, negated, phraseUnder, reportingSubject, sideOf, subjectOf, type StatementContext } from './context.js';
import { type Threat, firstAgentOfSentence, isMeasure, objectsAbove, conditionUnder, otherClauses } from './threat-parts.js';

/**
 * "gave Chile a week to withdraw its troops or face sanctions": a deadline to act, or else a harm. The
 * giver threatens the one given the deadline with what follows "or"; the demand not met is the condition.
 */
export function ultimatum(ctx: StatementContext, k: number): Threat | undefined {
  const { tree } = ctx;
  // ("warned Chile it had ten days to withdraw or face sanctions": a deadline reported as had, given by whoever says so)
  const had = tree.lemma(k) === 'have' && tree.upos(k) === 'VERB' && ['ccomp', 'parataxis'].includes(tree.rel(k));
  if ((tree.lemma(k) !== 'give' && !had) || tree.upos(k) !== 'VERB') return undefined;
  const time = tree.kids(k).find((c) => ctx.lex.cueWords('deadline-noun').has(tree.lemma(c)) && ['obj', 'obl:unmarked', 'obl:tmod', 'obl'].includes(tree.rel(c)));
  if (time === undefined) return undefined;
  const demand = [...tree.kidsWith(k, 'advcl'), ...tree.kidsWith(k, 'xcomp'), ...tree.kidsWith(time, 'acl')].find((c) => ctx.lower[tree.kid(c, 'mark')] === 'to');
  if (demand === undefined) return undefined;
  // (or an "or" clause the parse hung further off, past an aside: "to relocate them — the largest camp — to Chile, or “we will …”")
  const sentence = ctx.sentenceOfToken(k);
  const hungOff = () => { for (let c = demand + 1; c < sentence.tokenEnd; c++) if (tree.upos(c) === 'VERB' && orConjuncts(ctx, tree.head(c)).includes(c) && !tree.dominates(c, demand)) return c; return undefined; };
  const harm = orConjuncts(ctx, demand)[0] ?? hungOff();
  if (harm === undefined) return undefined;
  const threatener = ctx.speakerAtToken[k] ?? (had ? reportingSubject(ctx, k) : agentsAt(ctx, subjectOf(ctx, k))[0]);
  if (!threatener || isPress(threatener)) return undefined;
  const side = sideOf(ctx, threatener);
  // the one given the deadline: the indirect object, or a noun before the counted time ("gave the junta one week");
  // the one who has it (a pronoun for the one warned: "warned Chile it had …")
  const warned = had ? agentsAt(ctx, tree.kid(tree.head(k), 'obj')) : [];
  const holder = had ? (tree.upos(tree.kid(k, 'nsubj')) === 'PRON' && warned.length ? warned : agentsAt(ctx, tree.kid(k, 'nsubj'))) : [];
  const target = [...holder, ...agentsAt(ctx, tree.kid(k, 'iobj')), ...agentsUnder(ctx, time)].find((e) => !side.includes(e) && !isPress(e));
  if (!target) return undefined;
  return { threatener, target, action: harm, condition: -1, cue: true, cueAt: k };
}

/**
 * "announced a ban on Chilean fruit if Chile does not lift its tariffs": a measure announced on a condition is
 * held in store; whoever the condition names is threatened, else whom the measure names.
 */
export function announcedOnCondition(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  if (tree.upos(k) !== 'VERB' || negated(ctx, k) || !ctx.lex.cueWords('announcing-verb').has(tree.lemma(k))) return undefined;
  const measure = tree.kid(k, 'obj');
  if (measure < 0 || !isMeasure(ctx, measure, role)) return undefined;
  // (or hung from the clause the announcing participle serves, after it: "hit back at X, announcing a ban … if X …")
  const after = tree.rel(k) === 'advcl' ? tree.kidsWith(tree.head(k), 'advcl').find((c) => c > k && tree.kidsWith(c, 'mark').some((m) => role(m) === 'condition')) : undefined;
  const condition = conditionUnder(ctx, k, role) ?? conditionUnder(ctx, measure, role) ?? after;
  if (condition === undefined) return undefined;
  const threatener = ctx.speakerAtToken[k] ?? agentsAt(ctx, subjectOf(ctx, k))[0];
  if (!threatener || isPress(threatener)) return undefined;
  const side = sideOf(ctx, threatener);
  // (the measure's on-phrase may hang from the verb: "announcing a ban on all Chilean products if …")
  const target = [...agentsUnder(ctx, condition), ...agentsUnder(ctx, k, [condition, subjectOf(ctx, k)])].find((e) => !side.includes(e) && !isPress(e));
  if (!target) return undefined;
  return { threatener, target, action: measure, condition, cue: true, cueAt: k };
}

/** The conjuncts of v that "or" joins to it ("… or face sanctions"). */
export const orConjuncts = (ctx: StatementContext, v: number): number[] => ctx.tree.kidsWith(v, 'conj').filter((c) => ctx.tree.kids(c).some((x) => ctx.tree.rel(x) === 'cc' && ctx.lower[x] === 'or'));

/**
 * "demanded that Chile pay in soles or face sanctions", "told Peru to withdraw or be cut off": what
 * someone is told to do, "or" a harm that befalls them, is a threat of that harm, on whoever must act.
 */
export function orElse(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  if (tree.upos(k) !== 'VERB' || negated(ctx, k)) return undefined;
  // ("said Chile must reduce its presence or face action": a clause of what must be done, reported)
  const must = (c: number) => c >= 0 && tree.kids(c).some((m) => tree.rel(m) === 'aux' && /^(?:must|should)$/.test(ctx.lower[m]));
  if (!ctx.lex.cueWords('demanding-verb').has(tree.lemma(k)) && !(ctx.isSpeechVerb(k) && must(tree.kid(k, 'ccomp')))) return undefined;
  // ("called on Chile to end the blockade …": the one called on, and the to-clause however the parse hung it)
  const calledOn = tree.lemma(k) === 'call' ? phraseUnder(ctx, k, ['obl'], 'on') : -1;
  if (tree.lemma(k) === 'call' && calledOn < 0) return undefined;
  const toClause = tree.kidsWith(k, 'advcl').find((c) => c > k && ctx.lower[tree.kid(c, 'mark')] === 'to') ?? -1;
  const demand = [tree.kid(k, 'ccomp'), tree.kid(k, 'xcomp'), toClause].find((c) => c >= 0) ?? -1;
  if (demand < 0) return undefined;
  // (the "or" clause hung from the demand, or from the demanding verb itself: "told Peru to pay … or be cut off")
  // ("demanded that the sanctions be lifted or it would cut off all contact": a clause of its own, the demander's act under a modal)
  const demander = ctx.speakerAtToken[k] ?? agentsAt(ctx, subjectOf(ctx, k))[0];
  const own = (c: number) => { const x = tree.kid(c, 'nsubj'); return /^(?:it|we|they)$/.test(ctx.lower[x] ?? '') || (!!demander && agentsAt(ctx, x).some((e) => sideOf(ctx, demander).includes(e))); };
  const ownAct = (c: number) => own(c) && tree.kids(c).some((m) => tree.rel(m) === 'aux' && /^(?:will|would)$/.test(ctx.lower[m])) && role(c) === 'consequence';
  // (or a clause that "otherwise" opens: "told Peru to withdraw, otherwise it would face sanctions")
  const elseClauses = (v: number) => tree.kids(v).filter((c) => ['parataxis', 'advcl', 'conj'].includes(tree.rel(c)) && tree.kidsWith(c, 'advmod').some((m) => m < c && ctx.lex.cueWords('else-adverb').has(ctx.lower[m])));
  const orClause = (v: number) => orConjuncts(ctx, v).find((c) => c > demand && (tree.kid(c, 'nsubj') < 0 || ownAct(c))) ?? elseClauses(v).find((c) => c > demand);
  const harm = orClause(demand) ?? orClause(k);
  if (harm === undefined) return undefined;
  // ("or face sanctions", "or pay a heavy price": a harm suffered; "or be cut off": a harm done to them)
  const r = role(harm);
  const passive = tree.kids(harm).some((c) => tree.rel(c) === 'aux:pass');
  if (!(r === 'suffering' || (r === 'consequence' && (passive || ownAct(harm))))) return undefined;
  const threatener = demander;
  if (!threatener || isPress(threatener)) return undefined;
  const side = sideOf(ctx, threatener);
  // whoever must act: the demanded clause's subject, the one told, else the article's other party
  // (or whom the demander's own act names: "… or it would cut off all contact with Chile")
  const target = [...agentsUnder(ctx, tree.kid(demand, 'nsubj')), ...agentsAt(ctx, tree.kid(k, 'obj')), ...agentsAt(ctx, tree.kid(k, 'iobj')), ...agentsAt(ctx, calledOn), ...(ownAct(harm) ? agentsUnder(ctx, harm, [tree.kid(harm, 'nsubj')]) : [])].find((e) => e !== threatener && !side.includes(e) && !isPress(e)) ?? mostNamedCountry(ctx, [threatener, ...side]);
  if (!target) return undefined;
  const or = tree.kids(harm).find((x) => tree.rel(x) === 'cc' || (tree.rel(x) === 'advmod' && x < harm && ctx.lex.cueWords('else-adverb').has(ctx.lower[x])));
  return { threatener, target, action: harm, condition: -1, cue: true, cueAt: k, from: or === undefined ? -1 : or + 1 };
}

/**
 * "did not rule out military action against Chile", "left the door open to sanctions on X", "kept
 * tariffs on the table": a harm its subject keeps in reserve is threatened; the target is whom it is against, else whom the
 * verbs above act on.
 */
export function notRuledOut(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  const harm = harmInReserve(ctx, k);
  if (harm < 0) return undefined;
  // ("the use of force": the harm is what is used)
  const what = tree.lemma(harm) === 'use' ? phraseUnder(ctx, harm, ['nmod'], 'of') : harm;
  // (or a harmful act weighed: "is considering expelling the envoys")
  const act = tree.upos(what) === 'VERB' && ['consequence', 'conditional'].includes(role(what) ?? '');
  // ("all options are on the table", "the military option": every option, or the military one, includes force)
  const anyOption = what >= 0 && tree.lemma(what) === 'option' && tree.kids(what).some((c) => (tree.rel(c) === 'det' && ctx.lower[c] === 'all') || (tree.rel(c) === 'amod' && ctx.lower[c] === 'military'));
  if (what < 0 || !(isMeasure(ctx, what, role) || act || anyOption || ctx.lex.cueWords('force-noun').has(tree.lemma(what)))) return undefined;
  const subject = subjectOf(ctx, k);
  // ("X remains on the table, Peru said": a harm that is the subject is kept in reserve by whoever says so)
  // (or what the parse hung the clause from: "said all options remained on the table")
  const onNoun = tree.rel(k) === 'acl' && tree.head(k) === what;
  const reported = subject === harm || onNoun;
  // (the speech verb whose object that noun is)
  const saying = tree.rel(k) === 'acl' ? tree.head(tree.head(k)) : -1;
  const sayer = ctx.isSpeechVerb(saying) ? agentsAt(ctx, subjectOf(ctx, saying))[0] : undefined;
  const threatener = ctx.speakerAtToken[k] ?? (reported ? reportingSubject(ctx, k) ?? sayer : agentsAt(ctx, subject)[0] ?? (tree.upos(subject) === 'PRON' ? reportingSubject(ctx, k) ?? firstAgentOfSentence(ctx, k) : undefined));
  if (!threatener) return undefined;
  const side = sideOf(ctx, threatener);
  // ("all options are on the table regarding X": whom else the clause names, after what the harm names)
  // ("said all options remained on the table if X refused": the condition, however the parse hung it, names whom)
  const condition = conditionUnder(ctx, k, role) ?? (sayer ? conditionUnder(ctx, saying, role) : undefined) ?? -1;
  const target = [...agentsUnder(ctx, harm), ...objectsAbove(ctx, k), ...agentsUnder(ctx, k, [subject, ...otherClauses(ctx, k)]), ...agentsUnder(ctx, condition)].find((e) => !side.includes(e) && !isPress(e));
  // (the action's words from its auxiliary: "did not rule out …", not its subject)
  const from = reported ? tree.span(harm)[0] : Math.min(k, ...tree.kids(k).filter((c) => c < k && ['aux', 'advmod'].includes(tree.rel(c))));
  // (a clause on the noun: the noun's phrase, clause and all, says it)
  return target ? { threatener, target, action: onNoun ? what : k, from: onNoun ? -1 : from, condition, cue: true } : undefined;
}

/** "West African leaders …, warning they did not rule out …": the sentence's subject, for a pronoun that repeats it. */
