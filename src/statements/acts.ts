// Stances on acts, read from the parse: someone asks for, pledges or is ready for an act ("urged
// Ruritania to withdraw the decree", "vowed to fight corruption", "were ready to sign a truce"), or
// reports that an act must be done ("Ruiz said wealthy nations must deliver on their promises").
// The cues and their frames are data/lexicon/acts.tsv. What the act is decides what the stance is on:
// an undoing opposes what it undoes, an act that is itself a stance cue lends its own object and
// polarity, any other act is the topic itself.
import type { StanceCue } from '../lexicon/index.js';
import type { Entity, Polarity, Statement } from '../types.js';
import { agentsAt, cueTokens, negated, phraseUnder, reportingSubject, spanText, type StatementContext } from './context.js';
import { referredAct } from './referents.js';
import { accused, DEFENDING, gerundDone, OWN, negatedPolarity, nounHolders, stanceStatements, topicSpan, topicText, vagueTopic, verbHolders } from './stances-parsed.js';

interface Reading {
  holders: Entity[];
  /** Each act's stance: "urged X to stop the raids and resume talks" is two. */
  stances: Array<{ topic: string; polarity: Polarity }>;
}

export function findActStances(ctx: StatementContext): Statement[] {
  const out: Statement[] = [];
  for (const { s, k, entry } of cueTokens(ctx, ctx.lex.actCues)) {
    for (const cue of entry) {
      const reading = cue.frame.startsWith('modal') ? modalAct(ctx, k, s.tokenStart, cue.frame === 'modal') : requestedAct(ctx, k, cue);
      if (!reading) continue;
      for (const { topic, polarity } of reading.stances) out.push(...stanceStatements(ctx, s, reading.holders, topic, polarity, k, 0.6));
      break;
    }
  }
  return out;
}

/** "urged X to act", "ready to act", "her willingness to act": the cue's to-infinitive, its subject's (or possessor's) stance. */
function requestedAct(ctx: StatementContext, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  const [kind, preposition, only] = cue.frame.split(':');
  const isNoun = tree.upos(k) === 'NOUN';
  if (only === 'noun' && !isNoun) return undefined;
  // ("asked Chile to free the crew", not "asked not to be named": only an act asked of someone)
  // (someone asked: a named agent or a pronoun, not "ask permission to …" or "ask our businesses to …")
  const askedOne = [tree.kid(k, 'obj'), tree.kid(k, 'iobj')].find((o) => o >= 0);
  if (only === 'object' && (askedOne === undefined || (tree.upos(askedOne) !== 'PRON' && !agentsAt(ctx, askedOne).length))) return undefined;
  if (!['VERB', 'ADJ', 'NOUN'].includes(tree.upos(k)) || accused(ctx, k)) return undefined;
  if (kind === 'to' && preposition && phraseUnder(ctx, k, ['obl', 'iobj', 'obj'], preposition) < 0) return undefined;
  const act = kind === 'clause' ? demandedClause(ctx, k, preposition === 'will') : infinitiveOf(ctx, k);
  // "urged the parties not to escalate": what is asked against is left unread, unless it names a thing done
  // ("urged Chile not to hold the vote" opposes holding it)
  const against = act >= 0 && negated(ctx, act) && tree.kid(act, 'obj') >= 0 && ['NOUN', 'PROPN'].includes(tree.upos(tree.kid(act, 'obj')));
  if (act < 0 || (negated(ctx, act) && !against)) return undefined;
  // ("I want to tell Chile that …", "wants to make clear …": wanting to say a thing is no act taken up, what is said is read as said)
  if (ctx.isSpeechVerb(act) || tree.lemma(act) === 'tell') return undefined;
  const asked = negated(ctx, k) ? negatedPolarity(cue.polarity) : cue.polarity;
  const polarity = against && asked ? negatedPolarity(asked) : asked;
  if (!polarity) return undefined;
  const stances = actsFrom(ctx, k, act, polarity);
  const holders = isNoun ? nounHolders(ctx, k) : verbHolders(ctx, k);
  return stances.length && holders.length ? { holders, stances } : undefined;
}

/** The stances of the act at v and of the acts coordinated with it ("to stop the raids and resume talks"). */
function actsFrom(ctx: StatementContext, cue: number, v: number, polarity: Polarity): Array<{ topic: string; polarity: Polarity }> {
  const acts = [v, ...ctx.tree.kidsWith(v, 'conj').filter((c) => ctx.tree.upos(c) === 'VERB' && ctx.tree.kid(c, 'nsubj') < 0)];
  return acts.flatMap((a) => actTopic(ctx, cue, a, polarity) ?? []);
}

/** The to-infinitive hung from k, or from its object ("urged the council to act" either way), -1 if none. */
function infinitiveOf(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  const toClause = (c: number) => tree.upos(c) === 'VERB' && tree.kids(c).some((m) => ['mark', 'case'].includes(tree.rel(m)) && ctx.lower[m] === 'to' && m < c);
  const own = tree.kids(k).find((c) => ['xcomp', 'advcl', 'ccomp', 'acl', 'obl'].includes(tree.rel(c)) && toClause(c));
  if (own !== undefined) return own;
  // (or hung from the object as its complement: "to press the military to relinquish power", or from the one
  // called on: "called on all parties to exercise restraint")
  const object = tree.kid(k, 'obj') >= 0 ? tree.kid(k, 'obj') : phraseUnder(ctx, k, ['obl'], 'on');
  return object >= 0 ? [...tree.kidsWith(object, 'acl'), ...tree.kidsWith(object, 'xcomp')].find(toClause) ?? -1 : -1;
}

/**
 * "demanded that Peru withdraw its troops", "demanding Peru stop the launches": the clause whose
 * subject is asked to act (a bare verb after the object, or a that-clause without will/would), -1 if none.
 */
function demandedClause(ctx: StatementContext, k: number, hoped = false): number {
  const { tree } = ctx;
  const bare = tree.kid(k, 'obj') >= 0 ? tree.kidsWith(k, 'xcomp').find((c) => tree.upos(c) === 'VERB' && !tree.kids(c).some((m) => tree.rel(m) === 'mark')) : undefined;
  if (bare !== undefined) return bare;
  // ("hoped the police would free the hostages": a hope is for what will be, so its clause may say "will")
  const allowed = hoped ? HOPED_AUXILIARIES : DEMANDED_AUXILIARIES;
  // (a hoped-for clause is an act done to something: "hoped the next one will take place in Lima" hopes for no act)
  const object = (c: number) => tree.kid(c, 'obj') >= 0 && !ctx.lex.cueWords('idiom-object').has(tree.lemma(tree.kid(c, 'obj')));
  const acting = (c: number) => !hoped || object(c) || ctx.lex.cueWords('attempt-verb').has(tree.lemma(c));
  // ("demanded that the prisoners be released": a bare passive is asked for too)
  const subjunctivePassive = (c: number) => tree.kid(c, 'nsubj:pass') >= 0 && tree.kidsWith(c, 'aux:pass').every((a) => ctx.lower[a] === 'be');
  const clause = tree.kidsWith(k, 'ccomp').find((c) => (tree.upos(c) === 'VERB' || (hoped && tree.upos(c) === 'ADJ' && ctx.lex.cueWords('attempt-verb').has(tree.lemma(c)))) && (tree.kid(c, 'nsubj') >= 0 || subjunctivePassive(c)) && tree.kidsWith(c, 'aux').every((a) => allowed.has(ctx.lower[a]) || tree.rel(a) === 'aux:pass') && acting(c));
  return clause ?? -1;
}

const DEMANDED_AUXILIARIES = new Set(['should']);
const HOPED_AUXILIARIES = new Set(['should', 'will', 'would', 'can', 'could', "'ll", 'be', 'is', 'are', 'was', 'were']);

// subjects whose "must" says what the speaker will do or pleads for from all, not what others should do
const OWN_RESOLVE = /^(?:we|i|you|it|they|everyone|everybody|one)$/;
const NO_ONE = /^(?:no|nobody|nothing|none|neither|never)$/;
const CONDITION = /^(?:if|unless|when|whether|once|until|because)$/;

/** "X said rich nations must pay": the verb the modal serves is an act the reporter supports. */
function modalAct(ctx: StatementContext, k: number, sentenceStart: number, auxiliary: boolean): Reading | undefined {
  const { tree } = ctx;
  // "must", "should" serve their head; "needs to", "has to" hang the act from themselves
  if (auxiliary && (tree.upos(k) !== 'AUX' || tree.rel(k) !== 'aux')) return undefined;
  const act = auxiliary ? tree.head(k) : tree.upos(k) === 'VERB' ? tree.kidsWith(k, 'xcomp').find((c) => tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to')) ?? -1 : -1;
  if (act < 0 || tree.upos(act) !== 'VERB' || k === sentenceStart) return undefined;
  const clause = auxiliary ? act : k;
  // ("power has yet to be restored": what is not done so far, no demand)
  if ([k, act].some((x) => tree.kids(x).some((c) => ctx.lower[c] === 'yet'))) return undefined;
  // "should the talks fail", "if they must": a condition, no demand
  if (tree.rel(clause) === 'advcl' || tree.kids(clause).some((m) => tree.rel(m) === 'mark' && CONDITION.test(ctx.lower[m]))) return undefined;
  // ("X said Chile must not build the dam": a demand not to act opposes the act, one that names a thing done)
  const forbidden = negated(ctx, act) || negated(ctx, k);
  if (forbidden && (!auxiliary || tree.kid(act, 'obj') < 0 || undoing(ctx, act))) return undefined;
  const subject = [...tree.kidsWith(clause, 'nsubj'), ...tree.kidsWith(clause, 'nsubj:pass')][0] ?? -1;
  if (subject < 0 || subject > k || OWN_RESOLVE.test(ctx.lower[subject]) || NO_ONE.test(ctx.lower[subject]) || tree.kids(subject).some((c) => NO_ONE.test(ctx.lower[c]))) return undefined;
  const reporter = ctx.speakerAtToken[k] ?? reportingSubject(ctx, clause);
  if (!reporter) return undefined;
  // "sanctions must be lifted", "Vera should be released": a passive act said of its subject
  if (tree.rel(subject) === 'nsubj:pass' || tree.kid(act, 'aux:pass') >= 0) {
    const stance = passiveAct(ctx, act, subject);
    return stance ? { holders: [reporter], stances: [stance] } : undefined;
  }
  // "should have known": a reproach about the past, no demand
  if (tree.kid(act, 'cop') >= 0 || tree.kidsWith(act, 'aux').some((a) => tree.lemma(a) === 'have')) return undefined;
  const stances = actsFrom(ctx, k, act, forbidden ? 'Opposes' : 'Supports');
  return stances.length ? { holders: [reporter], stances } : undefined;
}

/**
 * A passive act asked for, on its subject: an undoing opposes it ("the sanctions must be lifted"); an act that grants
 * (data/lexicon/cue-words.tsv granting-verb) supports it done ("Vera should be released", "that the border be reopened");
 * other passives say nothing sure.
 */
function passiveAct(ctx: StatementContext, act: number, subject: number): { topic: string; polarity: Polarity } | undefined {
  const topic = topicText(ctx, act, subject);
  if (!topic || vagueTopic(ctx, topic)) return undefined;
  if (undoing(ctx, act)) return { topic, polarity: 'Opposes' };
  // ("this choice must be honoured": a thing pointed back to is told before, and is not named here)
  if (ctx.tree.kidsWith(subject, 'det').some((d) => /^(?:this|that|these|those)$/.test(ctx.lower[d]))) return undefined;
  // (the whole subject: "all those arrested during the protests" is no one the topic's trimming should cut to "the protests")
  const whole = spanText(ctx, ...ctx.tree.span(subject)).replace(/[”"’',.;:]+$/, '').trim();
  return ctx.lex.cueWords('granting-verb').has(ctx.tree.lemma(act)) ? { topic: `${whole} ${ctx.texts[act]}`, polarity: 'Supports' } : undefined;
}

/** A place left or kept from: a place's name, or a word for one ("the town", "the area"). */
const isPlace = (ctx: StatementContext, x: number): boolean =>
  ['City', 'Place', 'Country'].includes(ctx.entityAtToken[x]?.type ?? '') || ctx.lex.cueWords('place-noun').has(ctx.tree.lemma(x));

/** Steps named by no more than their kind: "take action", "take all necessary measures". */
const GENERIC_STEPS = new Set(['action', 'measure', 'step', 'countermeasure', 'stance', 'position', 'care']);

const undoing = (ctx: StatementContext, v: number): boolean => ctx.lex.statements.stance.undoingVerbs.includes(ctx.tree.lemma(v));

/**
 * What supporting the act at v says: an undoing opposes its object ("withdraw the decree"); a stance
 * cue lends its own object and polarity ("back the plan"); any other act with a noun in it is the
 * topic ("fight corruption"); harm threatened ("ready to hit back hard") is a threat, not a stance.
 */
function actTopic(ctx: StatementContext, cue: number, v: number, polarity: Polarity): { topic: string; polarity: Polarity } | undefined {
  const { tree } = ctx;
  const object = tree.kid(v, 'obj');
  // ("called on others to press the military to relinquish power": a request inside a request asks for its own act)
  // ("hoped they would manage to free the hostages": managing, trying or being able to do it is doing it)
  const inner = (ctx.lex.actCues.get(tree.lemma(v)) ?? []).some((c) => !c.frame.startsWith('modal')) || ctx.lex.cueWords('attempt-verb').has(tree.lemma(v)) ? infinitiveOf(ctx, v) : -1;
  if (inner >= 0 && inner !== v && !negated(ctx, inner)) return actTopic(ctx, cue, inner, polarity);
  // supporting the act keeps its own polarity; refusing it turns a support ("not willing to back the plan")
  const turned = (p: Polarity): Polarity | undefined => (polarity === 'Supports' ? p : negatedPolarity(p));
  // ("called for Vera to be released", "demanded that the prisoners be released": a passive act on its subject)
  const passiveSubject = tree.kid(v, 'nsubj:pass');
  if (passiveSubject >= 0) {
    const stance = passiveAct(ctx, v, passiveSubject);
    const p = stance && turned(stance.polarity);
    return stance && p ? { topic: stance.topic, polarity: p } : undefined;
  }
  // ("vowed to defend its territory", "to protect the nation's reserves": a side defending its own takes no position)
  if (DEFENDING.test(ctx.lower[v]) && object >= 0 && OWN.test(spanText(ctx, ...tree.span(object)))) return undefined;
  // (before harm: "withdraw the bill" asked of another undoes it; "will withdraw its envoy" threatens)
  if (undoing(ctx, v)) {
    const p = turned('Opposes');
    // ("refrain from provocations": what one keeps from doing is its from-phrase)
    // ("stop sending wrong signals": what one stops doing is the gerund)
    // ("refrain from supporting the rebels": a gerund the parse hangs as a from-clause)
    const doing = [...tree.kidsWith(v, 'xcomp'), ...tree.kidsWith(v, 'advcl')].find((x) => gerundDone(ctx, x)) ?? -1;
    const undone = object >= 0 ? object : [phraseUnder(ctx, v, ['obl'], 'from'), doing].find((x) => x >= 0) ?? -1;
    // ("agreed to withdraw from the town": leaving a place takes no position on it)
    if (undone >= 0 && undone !== object && isPlace(ctx, undone)) return undefined;
    let topic = topicText(ctx, v, undone);
    // ("urged Peru to reverse the decision": the act the decision was)
    if (topic && ctx.lex.cueWords('referring-noun').has(ctx.lower[undone])) topic = referredAct(ctx, cue, undone, false) ?? topic;
    return p && topic && !vagueTopic(ctx, topic) ? { topic, polarity: p } : undefined;
  }
  // ("hold a referendum" is an act; "hold them responsible", "impose tariffs" and "retaliate" threaten)
  const role = ctx.lex.threatLemmas.get(tree.lemma(v));
  // (any harm but "hold" is one whatever its object: "ready to strike three sites" threatens)
  const harmful = object < 0 || tree.lemma(v) !== 'hold' || tree.upos(object) === 'PRON' || agentsAt(ctx, object).length > 0 || ctx.lex.threatLemmas.has(tree.lemma(object)) || tree.kid(v, 'xcomp') >= 0;
  if (((role === 'consequence' || role === 'suffering') && harmful) || ctx.lex.cueWords('hurting-verb').has(tree.lemma(v))) return undefined;
  // ("vowed to take countermeasures": an act whose object is a harm threatens)
  if (object >= 0 && ctx.lex.threatLemmas.get(tree.lemma(object)) === 'harm') return undefined;
  // ("vowed to take all necessary measures", "is ready to take action": a side's own unnamed steps are an intention, no stance;
  // "urged Peru to take stronger action" asks them of another, and is one)
  // (not "Peru must take stronger action": a modal's act is its subject's, whom the reporter asks it of)
  const genericSteps = tree.lemma(v) === 'take' && object >= 0 && GENERIC_STEPS.has(tree.lemma(object));
  const ownAct = () => tree.kid(cue, 'obj') < 0 && tree.kid(cue, 'iobj') < 0 && tree.upos(cue) !== 'AUX' && tree.kid(v, 'nsubj') < 0 && !(ctx.lex.actCues.get(tree.lemma(cue)) ?? []).some((c) => c.frame.startsWith('modal'));
  if (genericSteps && ownAct()) return undefined;
  // "vowed to maintain sanctions": a measure kept or imposed is a sanction's business, not a stance
  if (object >= 0 && (ctx.lex.sanctionLemmas.get(tree.lemma(v)) ?? []).includes('impose') && (ctx.lex.sanctionLemmas.get(tree.lemma(object)) ?? []).includes('measure')) return undefined;
  for (const frame of ctx.lex.stanceCues.get(tree.lemma(v)) ?? []) {
    const [kind, preposition] = frame.frame.split(':');
    const at = kind === 'obj' || kind === 'dobj' ? object : kind === 'obl' ? phraseUnder(ctx, v, ['obl'], preposition) : -1;
    const topic = topicText(ctx, v, at);
    const p = turned(frame.polarity);
    if (topic && p) return vagueTopic(ctx, topic) ? undefined : { topic, polarity: p };
  }
  const span = topicSpan(ctx, cue, v, true);
  if (!span) return undefined;
  const end = span[1];
  let hasNoun = false;
  for (let i = v + 1; i < end; i++) if (tree.upos(i) === 'NOUN' || tree.upos(i) === 'PROPN') hasNoun = true;
  // "hand power to them": what the pronoun stands for is the topic, and it is not read here
  if (!hasNoun || tree.upos(end - 1) === 'PRON') return undefined;
  const topic = spanText(ctx, v, end).replace(/[”"’',.;:]+$/, '').trim();
  return vagueTopic(ctx, topic) ? undefined : { topic, polarity };
}
