// Stances read from the dependency tree: a cue lemma (data/lexicon/stances.tsv), its holder from
// the parse (the subject; the agent of a passive; the possessor of a noun cue; the speaker for
// "we"), and its topic from the phrase the cue's frame names ("backed the plan", "called for a
// truce", "its opposition to the merger"). A negated support ("does not want war") opposes.
import type { StanceCue } from '../lexicon/index.js';
import type { Entity, Polarity, Sentence, Statement } from '../types.js';
import { agentsAt, agentsUnder, countedReferent, countryOfCity, cueTokens, sideOf, unnamedInstitution, isAgent, isPress, negated, phraseUnder, reportingSubject, spanText, subjectOf, verbAbove, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { referredAct } from './referents.js';

/** What a negated cue says: "will not accept the terms" opposes them; "did not condemn" says nothing sure (undefined). */
export const negatedPolarity = (p: Polarity): Polarity | undefined => (p === 'Supports' ? 'Opposes' : undefined);

/** "welcomed the move", "rejected the response": a topic that says nothing by itself (statements.json stance.vagueTopics). */
export function vagueTopic(ctx: StatementContext, topic: string): boolean {
  // ("opposes Friday", "supports 25 days": a time is no topic)
  // ("over the weekend", "over the past two years": a cause phrase's words can be a stretch of time)
  // ("supports each other", "supports we are able": a reciprocal, or a short clause about its own speakers, names no topic)
  if (/^(?:each other|one another)$/i.test(topic) || (/^(?:i|we|you|they)\s/i.test(topic) && topic.split(/\s+/).length <= 4)) return true;
  // ("nixed any such idea": "such" or a demonstrative before a vague noun leaves it vague)
  const bare = topic.toLowerCase().replace(/^(?:such|this|that|these|those)\s+/, '');
  return ctx.lex.statements.stance.vagueTopics.includes(bare) || topic.split(/\s+/).every((w) => ctx.lex.calendar.has(w) || /^(?:\d[\d,.]*|days?|weeks?|weekends?|nights?|months?|years?|hours?|decades?|period|the|past|last|next|coming|few|several|two|three)$/i.test(w));
}

/** "Ruritania backs Ruritania's army": a topic that opens with the holder's own name is no stance. */
// (nor for an act against itself: "Pakistan supports strong action against Pakistan" misreads who calls for it)
// (a person named anywhere in the topic is what it is about, not its holder: "the recent visit of the British Foreign Minister, X")
export const aboutItself = (holder: Entity, topic: string): boolean =>
  [holder.label, ...holder.altLabels].some((l) => topic.toLowerCase().startsWith(l.toLowerCase()) || topic.toLowerCase().endsWith(` against ${l.toLowerCase()}`)) ||
  (holder.type === 'Person' && /\s/.test(holder.label) && topic.includes(holder.label));

/** Topics are phrases; a longer object keeps the words up to its head noun. */
const MAX_TOPIC_WORDS = 14;
/** Verbs whose complement is what someone else is said to do ("accused Qatar of supporting …"), by their written forms. */
const ACCUSING = /^(?:accus|blam|charg|alleg|suspect|deni|deny)/;

/** Whether token k is the complement of an accusation. */
export const accused = (ctx: StatementContext, k: number): boolean => ctx.tree.head(k) >= 0 && ACCUSING.test(ctx.lower[ctx.tree.head(k)]);

/** Whether the noun at k lies inside what someone is accused of ("accused her of spewing … support for terrorism"). */
function insideAccusation(ctx: StatementContext, k: number): boolean {
  for (let c = ctx.tree.head(k), steps = 0; c >= 0 && steps < 4; c = ctx.tree.head(c), steps++) if (ctx.tree.upos(c) === 'VERB' && ACCUSING.test(ctx.lower[c]) && ctx.tree.head(k) !== c) return true;
  return false;
}
const FIRST_PERSON = /^(?:we|i|us)$/;
const FIRST_PERSON_POSSESSIVE = /^(?:our|my)$/;
const THIRD_PERSON = /^(?:they|he|she)$/;
const RELATIVE = /^(?:who|which|that)$/;
// prepositions that continue a noun's own phrase when the parse hangs them from the verb
const OF_PHRASE = new Set(['for', 'of', 'against', 'on']);
// nouns whose to-phrase says what is ended: "an end to the raids", "a halt to the strikes"
const ENDINGS = new Set(['end', 'halt', 'stop']);
// nouns of trying that say nothing until their to-clause does: "efforts to find a solution"
const EFFORTS = new Set(['effort', 'step', 'attempt', 'bid']);
export const LEADING = /^(?:the|a|an|this|these|those|that|its|their|his|her|our|any|all|no)\s+/i;
// what a phrase carries beside its topic: "the plan, which …", "the ruling (announced Monday)"
const NOT_IN_TOPIC = new Set(['acl:relcl', 'appos', 'parataxis', 'punct', 'advcl', 'dep', 'case', 'mark', 'cop']);

export function findParsedStances(ctx: StatementContext): Statement[] {
  const out: Statement[] = [];
  for (const { s, k, entry: cues } of cueTokens(ctx, ctx.lex.stanceCues)) {
    for (const cue of cues) {
      const reading = readCue(ctx, s, k, cue);
      if (!reading) continue;
      out.push(...stanceStatements(ctx, s, reading.holders, reading.topic, reading.polarity, k, 0.65));
      break;
    }
  }
  return out;
}

/** One stance statement per holder, none on the holder itself ("Peru backs Peru's army"); repeats are merged by stances.ts. */
export function stanceStatements(ctx: StatementContext, s: Sentence, holders: readonly Entity[], topic: string, polarity: Polarity, cue: number, confidence: number): Statement[] {
  // "Peru denied the allegations" asserts Peru's stance: the denial is the stance, not a doubt on it
  const factuality = /^(?:deni|deny)/.test(ctx.lower[cue]) ? 'Asserted' : factualityOf(ctx, s);
  // ("the war will go on if Peru rejects the ultimatum": a stance supposed on a condition is taken by no one)
  if (supposed(ctx, cue)) return [];
  return holders
    .filter((holder) => !aboutItself(holder, topic) && !ownDefence(ctx, cue, topic, holder))
    .map((holder) => ({ kind: 'Stance', holder: holder.iri, topic, polarity, position: ctx.texts[cue], evidence: ctx.evidence(s), confidence: confidenceFor(confidence, factuality), factuality }));
}

/**
 * Whether token k lies in a clause opened by "if" or "unless" (its own, or one above it in the sentence), or in the
 * clause of a noun that "no" denies ("no sign that …").
 * ("asked if he would back the plan" asks, and says no one backs it; "if Peru continues to back the plan" says Peru backs it.)
 */
function supposed(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  // ("has no plans to reopen talks after Peru said it would vote against …": a clause telling what happened when or
  // why is an event of its own, which the noun's "no" above it does not deny)
  let ownEvent = false;
  for (let x = k, n = 0; x >= 0 && n < 50; x = tree.head(x), n++) {
    // ("has shown no sign it will agree to …", "no indication that X backs …": a clause denied by its noun is not so)
    const noun = tree.head(x);
    if (!ownEvent && ['acl', 'acl:relcl', 'ccomp'].includes(tree.rel(x)) && noun >= 0 && tree.upos(noun) === 'NOUN' && tree.kidsWith(noun, 'det').some((d) => ctx.lower[d] === 'no')) return true;
    if (tree.rel(x) === 'advcl' && tree.kids(x).some((m) => tree.rel(m) === 'mark' && EVENT_MARKS.test(ctx.lower[m]))) ownEvent = true;
    const mark = tree.kids(x).find((m) => tree.rel(m) === 'mark' && /^(?:if|unless)$/.test(ctx.lower[m]));
    // (the asking verb the "if" follows, wherever the parse hung the clause)
    if (mark === undefined) continue;
    // ("Asked if he would back the plan, X said …": a question put to someone is no position of theirs)
    if (ASKING.test(tree.lemma(tree.head(x))) || (mark > 0 && ASKING.test(tree.lemma(mark - 1)))) return true;
    return !ONGOING.test(tree.lemma(x));
  }
  return false;
}

const EVENT_MARKS = /^(?:after|because|since|before|when|while|as)$/;
// verbs that presuppose what they go on with: "if X continues calling for …"
const ONGOING = /^(?:continue|keep|persist|insist)$/;
// verbs whose "if" asks whether: "asked if he could rule out …"
const ASKING = /^(?:ask|wonder|question|inquire|enquire|check)$/;

export const DEFENDING = /^(?:defend|protect|safeguard|preserv)/;
/** What one's own defence is of: one's own people, land, rights or interests ("its sovereignty", "national security interests"). */
export const OWN = /^(?:(?:our|its|their|her|his|my|own|national)\b|the (?:nation|country)['’]s\b|(?:country|nation)['’]s\b|(?:legitimate )?(?:rights and )?interests\b|security interests\b|sovereignty\b|territor(?:y|ial integrity)\b|homeland\b|citizens\b)/i;

/**
 * "vowed to protect its citizens", "will defend China's sovereignty": a side defending what is its own takes no
 * position on anything another holds, and analysts do not write it down as a stance.
 */
function ownDefence(ctx: StatementContext, cue: number, topic: string, holder: Entity): boolean {
  const act = /^(?:protect|defend|safeguard|preserve)\s+(.*)$/i.exec(topic);
  if (!act && !DEFENDING.test(ctx.lower[cue])) return false;
  // ("has defended its people & borders": what the defender's own pronoun owns)
  const object = ctx.tree.kid(cue, 'obj');
  // (not its own act defended against critics: "defending its decision to arrest X" backs the decision)
  // (nor rights it holds under something: "will defend our rights under the treaty" backs the treaty's terms)
  if (!act && object >= 0 && !ctx.lex.cueWords('referring-noun').has(ctx.lower[object]) && ctx.tree.lemma(object) !== 'right' && ctx.tree.kidsWith(object, 'nmod:poss').some((p) => /^(?:its|their|our|my)$/.test(ctx.lower[p]))) return true;
  const what = (act ? act[1] : topic).replace(/^the\s+/i, '');
  if (OWN.test(what)) return true;
  // (or names the holder's own side: "protect Chileans", "defend the interests of Chilean firms")
  const side = new Set(sideOf(ctx, holder).map((e) => e.iri));
  const names = ctx.mentions.filter((m) => side.has(m.entity.iri) && m.mention.kind !== 'pronoun').map((m) => m.mention.text.toLowerCase());
  const words = ` ${what.toLowerCase()} `;
  return names.some((n) => n.length > 2 && (words.includes(` ${n} `) || words.includes(` ${n}s `) || words.includes(` ${n}'s `) || words.includes(` ${n}’s `)));
}

interface Reading {
  holders: Entity[];
  topic: string;
  polarity: Polarity;
}

/** The stance a cue token expresses, if it expresses one (a negated opposition says nothing sure). */
function readCue(ctx: StatementContext, s: Sentence, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  const [kind, preposition, needs] = cue.frame.split(':');
  const isNoun = kind === 'noun';
  if (kind === 'adj') return adjectiveCue(ctx, k, cue, preposition);
  if (kind === 'pred') return predicateCue(ctx, k, cue);
  if (kind === 'causer') return causerCue(ctx, k, cue);
  if (kind === 'from') return drawnCue(ctx, k, cue);
  // "accused Qatar of supporting terrorism": an accusation, not a stance of anyone's own
  if (accused(ctx, k) || (isNoun && insideAccusation(ctx, k))) return undefined;
  if (tree.upos(k) !== (isNoun ? 'NOUN' : 'VERB')) return undefined;
  // "the most wanted man" however parsed: a participle after "most" describes, and takes no stance
  if (!isNoun && /^(?:most|least)$/.test(ctx.lower[k - 1] ?? '')) return undefined;
  // "the most wanted man", "the proposed list": a participle that describes a noun takes no stance
  // (not "had rejected calls …" misparsed as a participle on "calls": an auxiliary before it says a verb)
  if (!isNoun && tree.rel(k) === 'amod' && !/^(?:had|has|have|was|were|is|are|been|be)$/.test(ctx.lower[k - 1] === 'previously' || ctx.lower[k - 1] === 'already' || ctx.lower[k - 1] === 'also' ? ctx.lower[k - 2] : ctx.lower[k - 1])) return undefined;
  let polarity: Polarity = cue.polarity;
  // ("No support for sanctions": a stance noun under "no" says the opposite)
  const denied = negated(ctx, k) || (isNoun && tree.kidsWith(k, 'det').some((d) => ctx.lower[d] === 'no'));
  if (denied) {
    const turned = negatedPolarity(polarity);
    if (!turned) return undefined;
    polarity = turned;
  }
  // "has no intention of joining" opposes it; "the intention of joining" is a plan, no stance
  if ((needs === 'negated' || needs === 'denied') && !denied) return undefined;
  // ("withdrew its support for the plan", "ended its backing of X": a stance noun undone says the opposite)
  // (but "Peru should end its support for the rebels": a stance someone is asked to undo is still held)
  const undoing = isNoun && tree.rel(k) === 'obj' && ctx.lex.statements.stance.undoingVerbs.includes(tree.lemma(tree.head(k)));
  const asked = (v: number) => tree.kids(v).some((c) => tree.rel(c) === 'aux' && /^(?:should|must|would|could|may|might|will|shall)$/.test(ctx.lower[c]));
  // ("urged Chile to stop supporting the rebels", "to refrain from backing them": an act asked undone is the request's
  // topic (acts.ts), no stance of whoever asks; "Peru stopped backing the rebels" undoes a stance, as a noun's undoing does)
  const gerundOf = !isNoun && gerundDone(ctx, k) && ctx.lex.statements.stance.undoingVerbs.includes(tree.lemma(tree.head(k))) ? tree.head(k) : -1;
  const askedOf = (v: number) => asked(v) || (['ccomp', 'xcomp'].includes(tree.rel(v)) && ctx.lex.actCues.has(tree.lemma(tree.head(v))));
  if (gerundOf >= 0 && (tree.kid(gerundOf, 'nsubj') < 0 || askedOf(gerundOf))) return undefined;
  if (gerundOf >= 0 && polarity === 'Supports') polarity = 'Opposes';
  // ("eased sanctions in response to a deal": a measure undone answers its cause with no opposition)
  if (undoing && polarity === 'Opposes' && preposition === 'over') return undefined;
  // ("lifted its opposition to the package": an objection dropped lets the thing through; one asked dropped is still held)
  if (undoing && !asked(tree.head(k))) polarity = polarity === 'Supports' ? 'Opposes' : polarity === 'Opposes' ? 'Supports' : polarity;
  // ("was met with condemnation by X but hailed by Y": a passive coordinated with another shares its subject)
  const sharedPassive = !isNoun && tree.rel(k) === 'conj' && tree.kid(k, 'nsubj') < 0 && tree.kid(k, 'nsubj:pass') < 0 && tree.kid(tree.head(k), 'nsubj:pass') >= 0 && tree.kids(k).some((c) => tree.rel(c) === 'obl:agent');
  // ("violence blamed on the militia": a participle on a noun is a passive; only its by-phrase holds the stance)
  // (not on a name: "The European Union called for …" misread as a participle on the name)
  const participle = !isNoun && tree.rel(k) === 'acl' && tree.kid(k, 'nsubj') < 0 && tree.kid(k, 'mark') < 0 && /(?:ed|en|wn)$/.test(ctx.lower[k]) && !agentsAt(ctx, tree.head(k)).length;
  const passive = !isNoun && (tree.kid(k, 'nsubj:pass') >= 0 || sharedPassive || participle);
  let topicAt: number;
  // ("want this conflict to end": a harm wanted undone is opposed, below)
  let wantedUndone = false;
  if (isNoun) {
    topicAt = phraseWith(ctx, k, 'nmod', preposition);
    // "concern about rising tensions": a gerund's preposition is its mark
    // ("hope that the talks succeed": a that-clause, however the parse labels it)
    if (topicAt < 0) topicAt = phraseUnder(ctx, k, ['acl', 'ccomp'], preposition, ['mark']);
    // "support for X" with the for-phrase hung elsewhere by the parse: the phrase right after the noun
    // ('its "firm opposition" to X': past a closing quotation mark)
    const next = /^["”’']$/.test(ctx.texts[k + 1] ?? '') ? k + 2 : k + 1;
    if (topicAt < 0 && ctx.lower[next] === preposition && tree.rel(next) === 'case' && tree.head(next) > k) topicAt = tree.head(next);
    // ("openness to delivering the missiles": a gerund after the preposition, which the parse took for an infinitive's "to")
    if (topicAt < 0 && ctx.lower[next] === preposition && tree.rel(next) === 'mark' && tree.head(next) > k && /ing$/.test(ctx.lower[tree.head(next)])) topicAt = tree.head(next);
    // ("Votes against were cast by X": the preposition alone, what is voted on told before)
    if (topicAt < 0 && tree.lemma(k) === 'vote' && ctx.lower[k + 1] === preposition && tree.kids(k + 1).length === 0) topicAt = earlierVoteTopic(ctx, k);
    // ("expressed its support to Peru": help is given to whom it is for)
    // (voiced: "providing support to Russia" gives help, which is no stance taken in words)
    if (topicAt < 0 && preposition === 'for' && ctx.lower[k + 1] === 'to' && ctx.lex.cueWords('given-noun').has(tree.lemma(k)) && ctx.lex.cueWords('voicing-verb').has(tree.lemma(tree.head(k))) && tree.rel(k + 1) === 'case' && tree.head(k + 1) > k) topicAt = tree.head(k + 1);
    // ("calls for ministers to scrap the provisions": what the ones called on are to do; undoing a thing opposes it)
    const act = preposition === 'for' && topicAt >= 0 && tree.upos(topicAt) !== 'VERB' ? actCalledFor(ctx, k, topicAt) : -1;
    if (act >= 0) {
      const undone = ctx.lex.statements.stance.undoingVerbs.includes(tree.lemma(act)) ? tree.kid(act, 'obj') : -1;
      topicAt = undone >= 0 ? undone : act;
      if (undone >= 0) polarity = polarity === 'Supports' ? 'Opposes' : polarity;
    }
  } else if (passive) topicAt = kind !== 'obj' ? -1 : sharedPassive ? tree.kid(tree.head(k), 'nsubj:pass') : participle ? renamedAct(ctx, k) : tree.kid(k, 'nsubj:pass');
  // ("urged Peru to act": a request, which acts.ts reads)
  // (but "want this conflict to end": a thing wanted undone is the topic, which the undoing opposes below)
  else if (kind === 'dobj') {
    const then = tree.kid(k, 'xcomp');
    const undoneItself = then >= 0 && tree.kid(then, 'obj') < 0 && ctx.lex.statements.stance.undoingVerbs.includes(tree.lemma(then));
    wantedUndone = undoneItself;
    topicAt = hasInfinitive(ctx, k) && !undoneItself ? -1 : tree.kid(k, 'obj');
  }
  else if (kind === 'obj') topicAt = tree.kid(k, 'obj') >= 0 ? tree.kid(k, 'obj') : subjectGerund(ctx, k) >= 0 ? subjectGerund(ctx, k) : objectOfComplement(ctx, k) >= 0 ? objectOfComplement(ctx, k) : reducedRelativeObject(ctx, k) >= 0 ? reducedRelativeObject(ctx, k) : bareRelativeObject(ctx, k);
  // ("agreed a halt to the fighting": the to-phrase is the halt's, and the halt is what is agreed)
  else if (preposition === 'to' && ENDINGS.has(tree.lemma(tree.kid(k, 'obj')))) topicAt = tree.kid(k, 'obj');
  else {
    topicAt = phraseWith(ctx, k, 'obl', preposition);
    // "accused Panama of charging too much", with the of-phrase hung from the object
    if (topicAt < 0 && tree.kid(k, 'obj') >= 0) topicAt = phraseUnder(ctx, tree.kid(k, 'obj'), ['acl', 'nmod', 'advcl'], preposition, ['case', 'mark']);
  }
  topicAt = namedByWhat(ctx, topicAt);
  // ("failed to provide proof to support its claim": backing one's own claim with proof takes no side)
  if (!isNoun && tree.lemma(k) === 'support' && topicAt >= 0 && ctx.lex.statements.stance.claimNouns.includes(tree.lemma(topicAt)) && tree.kidsWith(topicAt, 'nmod:poss').some((p) => /^(?:its|their|his|her)$/.test(ctx.lower[p]))) return undefined;
  // ("called for efforts to find a peaceful solution": the efforts are for what their to-clause says)
  if (topicAt >= 0 && EFFORTS.has(tree.lemma(topicAt))) {
    const purpose = [...tree.kidsWith(topicAt, 'acl'), ...tree.kidsWith(k, 'advcl')].find((c) => tree.span(c)[0] === tree.span(topicAt)[1] && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to'));
    if (purpose !== undefined) topicAt = purpose;
  }
  // ("bemoaned the fact that X did Y": what the fact is)
  if (topicAt >= 0 && tree.lemma(topicAt) === 'fact') topicAt = phraseUnder(ctx, topicAt, ['acl', 'ccomp'], 'that', ['mark']);
  // "would accept no interference": accepting none of it opposes it ("rejected no plan" says nothing sure)
  if (topicAt >= 0 && tree.kidsWith(topicAt, 'det').some((d) => ctx.lower[d] === 'no')) {
    const turned = negatedPolarity(polarity);
    if (!turned) return undefined;
    polarity = turned;
  }
  // "called for an end to the raids" supports the end, as an analyst writes it down ("an end to the raids"),
  // not "opposes the raids": the end is the thing asked for
  // ("an end to the war and total withdrawal": the phrase stops before what is coordinated with the end)
  let topic = topicText(ctx, k, topicAt, endTo(ctx, topicAt) >= 0);
  // ("defended her decision to tear up the accord": a decision or plan is the act its to-clause names, however the parse hangs it)
  const planned = topicAt >= 0 && topic && ctx.lex.cueWords('plan-noun').has(tree.lemma(topicAt)) ? plannedAct(ctx, k, topicAt) : -1;
  // (too long: without the adjuncts that close the act, "… to open an office | under its own name")
  if (planned >= 0) topic = topicThrough(ctx, k, topicAt, planned, true) ?? topic;
  // ("opposes Peru joining the alliance", "concern over the U.S. providing missiles": what the noun does is the topic)
  const acting = planned < 0 && topic ? actingGerund(ctx, k, topicAt) : -1;
  if (acting >= 0) topic = topicThrough(ctx, k, topicAt, acting, false) ?? topic;
  // ("voiced concern over the move": the act the move refers to)
  // ("condemned it": a pronoun has no words of its own, and refers as "the move" does)
  const referred = (topic ? vagueTopic(ctx, topic) : topicAt >= 0 && ctx.lower[topicAt] === 'it') ? referredAct(ctx, k, topicAt, polarity === 'Opposes') : undefined;
  if (referred) topic = referred;
  else if (!topic || !namesSomething(ctx, k, topicAt)) return undefined;
  // ("signed an executive order", "signed the decree into law", "approved the measure": signing or approving one's own
  // instrument enacts it, no stance on it; signing a treaty or deal with another side, approving an arms sale, still is)
  // (a legislature's vote is its stance: "the Senate approved the measure")
  const legislature = (x: number) => [ctx.lower[x], ...(ctx.entityAtToken[x]?.label.toLowerCase().split(/\s+/) ?? [])].some((w) => ctx.lex.cueWords('legislature-word').has(w));
  if (!isNoun && (tree.lemma(k) === 'sign' || tree.lemma(k) === 'approve') && topicAt >= 0 && ctx.lex.cueWords('decree-noun').has(tree.lemma(topicAt)) && !legislature(subjectOf(ctx, k))) return undefined;
  // "able to welcome the president of Peru": welcoming a person is hosting them, no stance
  if (!isNoun && ctx.lex.cueWords('hosting-verb').has(tree.lemma(k)) && (ctx.entityAtToken[topicAt]?.type === 'Person' || ctx.lex.roleHeads.has(ctx.lower[topicAt]))) return undefined;
  // "promised harsh revenge", "vowed retaliation": harm promised is a threat, not a stance
  // ("promised a tough response": an adjective of harm makes the promise a threat too)
  // ("does not want a war" opposes it all the same)
  if (!isNoun && polarity === 'Supports' && !wantedUndone && (ctx.lex.threatLemmas.get(tree.lemma(topicAt)) === 'harm' || tree.kidsWith(topicAt, 'amod').some((a) => ctx.lex.threatLemmas.get(tree.lemma(a)) === 'harm' || ctx.lex.threatLemmas.get(ctx.lower[a]) === 'harm'))) return undefined;
  if (vagueTopic(ctx, topic)) return undefined;
  // ("ruling out its involvement in the attack", "has not claimed responsibility": one's own part in a deed denied is a
  // denial, no stance; "condemned Chile's involvement" still opposes another's)
  // (nor one the cue lays on an agent it names: "accused Chile of responsibility for …")
  if (polarity === 'Opposes' && topicAt >= 0 && ctx.lex.cueWords('culpability-noun').has(tree.lemma(topicAt)) && !isAgent(ctx.entityAtToken[tree.kid(k, 'obj')]) && !tree.kids(topicAt).some((c) => ['nmod:poss', 'compound', 'amod'].includes(tree.rel(c)) && isAgent(ctx.entityAtToken[c]))) return undefined;
  // ("slammed Chile over the border wall": an agent blamed or praised, and what for; the topic says both)
  // ("lashed out at Chile over the ban": an agent in the cue's own phrase too)
  if (!isNoun && topicAt >= 0 && tree.head(topicAt) === k && (agentsAt(ctx, topicAt).length || ctx.entityAtToken[topicAt])) {
    // ("praised Chile for asserting its right": a gerund clause says what for, too)
    const cause = [...tree.kidsWith(k, 'obl'), ...tree.kidsWith(k, 'advcl')].find((o) => o > topicAt && tree.kids(o).some((c) => ['case', 'mark'].includes(tree.rel(c)) && /^(?:over|for)$/.test(ctx.lower[c])));
    const said = cause === undefined ? '' : spanText(ctx, ...tree.span(cause));
    if (said && !topic.includes(said)) topic = `${topic} ${said}`;
  }
  // "we want this conflict to end": wanting a thing undone opposes it
  // ("wants to stop the raids", "seeks to end the war": the thing the wanted act undoes, too)
  const then = tree.kid(k, 'xcomp');
  const undoes = then >= 0 && ctx.lex.statements.stance.undoingVerbs.includes(tree.lemma(then));
  if ((kind === 'obj' || kind === 'dobj') && undoes && (topicAt === tree.kid(k, 'obj') || topicAt === tree.kid(then, 'obj'))) polarity = polarity === 'Supports' ? 'Opposes' : polarity;
  // "stands with Ruritania" takes a side; "will not stand with arms crossed" takes none
  if (needs === 'agent' && !agentsUnder(ctx, topicAt).length) return undefined;
  // ("Algeria accused of hostile acts": a headline's passive without its auxiliary, the subject accused, not accusing)
  if (needs === 'object' && tree.kid(k, 'obj') < 0) return undefined;
  // ("reacted angrily to the ruling": a reaction opposes only when said to be angry; "responded to the letter" takes no side)
  if (needs === 'angrily' && !tree.kidsWith(k, 'advmod').some((a) => ctx.lex.cueWords('angry-adverb').has(ctx.lower[a]))) return undefined;
  // "denied the allegations" opposes them; "denied any plans to attack" says only what is not so
  if (needs === 'claim' && !ctx.lex.statements.stance.claimNouns.includes(tree.lemma(topicAt))) return undefined;
  // "blocked the sanctions package" opposes it; "blocked the road" takes no side
  if (needs === 'blockable' && !ctx.lex.cueWords('blockable-noun').has(tree.lemma(topicAt))) return undefined;
  // ("lambasted Chile for standing by X": the one blamed or praised for the act does it, not whoever blames them)
  // (a reason with no agent named for it, "for standing by X" after a capital or a thing, is no one's stance here)
  const reason = !isNoun && tree.rel(k) === 'advcl' && tree.kid(tree.head(k), 'obj') >= 0 && tree.kids(k).some((m) => tree.rel(m) === 'mark' && /^(?:over|for)$/.test(ctx.lower[m]));
  const blamed = reason ? agentsAt(ctx, tree.kid(tree.head(k), 'obj')) : [];
  if (reason && !blamed.length) return undefined;
  // ("said Chile had no right to such retaliation": a right denied to another is denied by whoever says so)
  const denier = needs === 'denied' ? reportingSubject(ctx, verbAbove(ctx, k)) : undefined;
  if (needs === 'denied' && !denier) return undefined;
  const holders = denier ? [denier] : needs === 'self' ? namedBy(ctx, k) : blamed.length ? blamed : isNoun ? nounHolders(ctx, k) : passive ? passiveAgents(ctx, k) : verbHolders(ctx, k);
  // a holder that names no agent ("the main opposition candidate") is no one to guess at
  if (!holders.length) return undefined;
  if (isNoun && metByStance(ctx, k)) return undefined;
  // "had rejected calls for a rerun" with "rejected" parsed as a participle on "calls": answered all the same
  if (isNoun && tree.kidsWith(k, 'amod').some((a) => tree.upos(a) === 'VERB' && ctx.lex.stanceCues.has(tree.lemma(a)))) return undefined;
  return { holders, topic, polarity };
}

/** "…, a move condemned by Peru": the referring noun a participle describes, which names the act before it; else -1. */
const renamedAct = (ctx: StatementContext, k: number): number => (ctx.lex.cueWords('referring-noun').has(ctx.lower[ctx.tree.head(k)]) ? ctx.tree.head(k) : -1);

/** The agents of a passive cue: its by-phrase, or the one the parse hung from its as-complement ("rejected as invalid by Peru"). */
function passiveAgents(ctx: StatementContext, k: number): Entity[] {
  const own = agentsAt(ctx, phraseWith(ctx, k, 'obl', 'by'));
  const as = own.length ? -1 : phraseUnder(ctx, k, ['advcl', 'xcomp', 'obl'], 'as', ['mark', 'case']);
  return as >= 0 ? agentsAt(ctx, phraseWith(ctx, as, 'obl', 'by')) : own;
}

/** Whether x is the gerund of what its verb stops or keeps from doing: "stop sending …" (xcomp), "refrain from backing …" (a from-clause). */
export const gerundDone = (ctx: StatementContext, x: number): boolean =>
  /ing$/.test(ctx.lower[x]) && (ctx.tree.rel(x) === 'xcomp' || (ctx.tree.rel(x) === 'advcl' && ctx.tree.kidsWith(x, 'mark').some((m) => ctx.lower[m] === 'from')));

/** What an earlier vote in the article was for or against ("votes for the accord …"), as the head of its phrase; else -1. */
function earlierVoteTopic(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  for (let j = k - 1; j >= Math.max(0, k - 300); j--) {
    if (tree.lemma(j) !== 'vote') continue;
    const phrase = ['for', 'against'].map((p) => phraseWith(ctx, j, tree.upos(j) === 'NOUN' ? 'nmod' : 'obl', p)).find((x) => x >= 0);
    if (phrase !== undefined) return phrase;
  }
  return -1;
}

/** The to-clause right after a plan noun at n (its own, or hung from the cue k): "decision to tear up the accord"; else -1. */
function plannedAct(ctx: StatementContext, k: number, n: number): number {
  const { tree } = ctx;
  const toClauseAt = (start: number) => (c: number) => tree.upos(c) === 'VERB' && ctx.lower[c - 1] === 'to' && tree.span(c)[0] === start;
  // (the noun's own to-clause starts right after it: "Vilnius's decision to allow …")
  return tree.kidsWith(n, 'acl').find(toClauseAt(n + 1)) ?? [...tree.kidsWith(n, 'acl'), ...tree.kidsWith(k, 'advcl'), ...tree.kidsWith(k, 'xcomp')].find(toClauseAt(tree.span(n)[1])) ?? -1;
}

/**
 * The words from the noun at `at` through the clause at `clause` that says what it does or is to do, its own words
 * without a clause hung from it ("…, saying she expects no retaliation"); when too long and `cut`, without the adjuncts
 * that close the act; undefined when still too long.
 */
function topicThrough(ctx: StatementContext, k: number, at: number, clause: number, cut: boolean): string | undefined {
  const [from] = topicSpan(ctx, k, at) ?? [at];
  let to = topicSpan(ctx, k, clause)?.[1] ?? ctx.tree.span(clause)[1];
  if (cut && to - from > MAX_TOPIC_WORDS) to = actCore(ctx, clause);
  return to - from <= MAX_TOPIC_WORDS ? spanText(ctx, from, to).replace(/[”"’',.;:]+$/, '').replace(LEADING, '').trim() : undefined;
}

/** The end of verb v's words without the obliques and adverbials that close it, down its chain of complements. */
function actCore(ctx: StatementContext, v: number): number {
  const { tree } = ctx;
  let end = v + 1;
  for (let c = v; c >= 0; c = tree.kid(c, 'xcomp') > c ? tree.kid(c, 'xcomp') : -1) {
    for (const d of tree.kids(c)) if (d > c && ['obj', 'iobj', 'xcomp', 'ccomp', 'compound:prt'].includes(tree.rel(d))) end = Math.max(end, tree.rel(d) === 'xcomp' ? d + 1 : tree.span(d)[1]);
  }
  return end;
}

/**
 * The gerund right after noun n that tells what n does ("Peru joining the alliance", "the U.S. potentially
 * providing missiles"), hung by the parse from the cue, from n or beside n; -1 if none. Not after a comma
 * ("rejected the plan, saying …": the cue's holder speaks), nor a gerund with a subject of its own.
 */
function actingGerund(ctx: StatementContext, k: number, n: number): number {
  const { tree } = ctx;
  if (n < 0 || !['NOUN', 'PROPN'].includes(tree.upos(n))) return -1;
  let g = tree.span(n)[1];
  while (g < ctx.texts.length && tree.upos(g) === 'ADV') g++;
  if (g >= ctx.texts.length || tree.upos(g) !== 'VERB' || !/ing$/.test(ctx.lower[g]) || tree.kids(g).some((c) => tree.rel(c).startsWith('nsubj'))) return -1;
  const h = tree.head(g);
  return (h === k || h === n || h === tree.head(n) || h === tree.head(k)) && !tree.dominates(g, k) ? g : -1;
}

/** "condemned Peru sending troops", parsed with Peru the subject of the gerund: the gerund's clause, right after the cue; else -1. */
function subjectGerund(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  const g = tree.kids(k).find((c) => c > k && ['ccomp', 'advcl', 'xcomp'].includes(tree.rel(c)) && tree.upos(c) === 'VERB' && /ing$/.test(ctx.lower[c]) && tree.kid(c, 'mark') < 0);
  const subject = g === undefined ? -1 : tree.kid(g, 'nsubj');
  return subject >= 0 && tree.span(subject)[0] === k + 1 && ['NOUN', 'PROPN'].includes(tree.upos(subject)) ? g! : -1;
}

/** "an end to the raids", "a halt to the strikes": the thing ended, as its head; else -1. */
function endTo(ctx: StatementContext, at: number): number {
  if (at < 0 || !ENDINGS.has(ctx.tree.lemma(at)) || ctx.tree.upos(at) !== 'NOUN') return -1;
  // ("an end to fighting": a gerund's "to" is its mark)
  return phraseUnder(ctx, at, ['nmod', 'acl'], 'to', ['case', 'mark']);
}

/** "denounced what it called X": the thing the free relative names, X; else the phrase as it stands. */
function namedByWhat(ctx: StatementContext, at: number): number {
  const { tree } = ctx;
  if (at < 0 || ctx.lower[at] !== 'what') return at;
  const naming = tree.kidsWith(at, 'acl:relcl').find((v) => ctx.lex.cueWords('naming-verb').has(tree.lemma(v)));
  // ("what it described as X": the as-phrase)
  const named = naming === undefined ? -1 : [tree.kid(naming, 'obj'), tree.kid(naming, 'xcomp'), phraseUnder(ctx, naming, ['obl', 'advcl'], 'as')].find((o) => o >= 0 && o !== at) ?? -1;
  if (named >= 0) return named;
  // ("denounced what it said was an incursion": the predicate of what is said, wherever the parse hung it)
  const saying = tree.kidsWith(at, 'acl:relcl').find((v) => ctx.isSpeechVerb(v));
  // (the copula right after the saying verb heads nothing; its head is the predicate)
  const copula = saying === undefined ? -1 : saying + 1;
  return copula > 0 && tree.rel(copula) === 'cop' && tree.upos(tree.head(copula)) === 'NOUN' ? tree.head(copula) : at;
}

/** An act as topic names something: "accused them of having" names nothing, "of shelling the port" does. */
function namesSomething(ctx: StatementContext, cue: number, at: number): boolean {
  if (ctx.tree.upos(at) !== 'VERB') return true;
  const span = topicSpan(ctx, cue, at);
  for (let i = span?.[0] ?? 0; span && i < span[1]; i++) if (['NOUN', 'PROPN'].includes(ctx.tree.upos(i))) return true;
  return false;
}

/** "Peru is opposed to the plan", "the rebels are open to talks": the adjective's subject holds it, its phrase is the topic. */
function adjectiveCue(ctx: StatementContext, k: number, cue: StanceCue, preposition: string | undefined): Reading | undefined {
  const { tree } = ctx;
  const passive = tree.upos(k) === 'VERB' && tree.kid(k, 'nsubj:pass') >= 0;
  // ("Peru remained opposed to …": a participle after a linking verb is an adjective)
  // ("is “deeply disappointed” by X": or after a copula, however the parse tags it)
  const linked = tree.upos(k) === 'VERB' && ((tree.rel(k) === 'xcomp' && ctx.lex.cueWords('linking-verb').has(tree.lemma(tree.head(k)))) || tree.kid(k, 'cop') >= 0);
  if (tree.upos(k) !== 'ADJ' && !passive && !linked) return undefined;
  // ("concerned that the talks might fail": a that-clause, however the parse labels it)
  const phrase = phraseWith(ctx, k, 'obl', preposition);
  const topic = topicText(ctx, k, phrase >= 0 ? phrase : phraseUnder(ctx, k, ['ccomp', 'advcl'], preposition, ['mark']));
  if (!topic) return undefined;
  if (negated(ctx, k)) {
    const turned = negatedPolarity(cue.polarity);
    return turned ? { holders: holdersOf(ctx, k, passive), topic, polarity: turned } : undefined;
  }
  const holders = holdersOf(ctx, k, passive);
  return holders.length ? { holders, topic, polarity: cue.polarity } : undefined;
}

/** "Peru is against any intervention": the preposition of a predicate; the predicate's subject holds it. */
function predicateCue(ctx: StatementContext, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  const predicate = tree.head(k);
  if (tree.rel(k) !== 'case' || predicate < 0 || tree.kid(predicate, 'cop') < 0) return undefined;
  const polarity = negated(ctx, predicate) ? negatedPolarity(cue.polarity) : cue.polarity;
  if (!polarity) return undefined;
  const topic = topicText(ctx, k, predicate);
  const holders = verbHolders(ctx, predicate);
  return topic && holders.length ? { holders, topic, polarity } : undefined;
}

/** "The vote angered Beijing": the one the verb's object names holds it, its subject is the topic. */
function causerCue(ctx: StatementContext, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  if (tree.upos(k) !== 'VERB' || tree.kid(k, 'nsubj:pass') >= 0 || negated(ctx, k)) return undefined;
  return onSubject(ctx, k, agentsAt(ctx, tree.kid(k, 'obj')), cue.polarity);
}

// nouns whose that-clause tells of what is judged ("the news that X …", "the announcement that X …")
const NEWS_NOUNS = new Set(['news', 'announcement', 'report', 'word', 'fact']);

/** "The plan drew condemnation from Peru", "faced criticism from Peru": whom the from-phrase names holds it, on the subject of the verb. */
function drawnCue(ctx: StatementContext, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  // ("the deal was met with condemnation by Bolivia", "the plan met with praise from Chile": whom the by- or
  // from-phrase names holds it, on what was met with it)
  const v = tree.head(k);
  if (tree.upos(k) === 'NOUN' && tree.rel(k) === 'obl' && tree.lemma(v) === 'meet' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'with')) {
    const by = [phraseWith(ctx, k, 'nmod', 'by'), phraseWith(ctx, k, 'nmod', 'from'), phraseWith(ctx, v, 'obl:agent', 'by'), phraseWith(ctx, v, 'obl', 'by'), phraseWith(ctx, v, 'obl', 'from')].find((x) => x >= 0) ?? -1;
    return onSubject(ctx, v, agentsAt(ctx, by), cue.polarity, true);
  }
  if (tree.upos(k) === 'NOUN' && ['obl', 'nmod'].includes(tree.rel(k))) return overCue(ctx, k, cue);
  if (tree.upos(k) !== 'NOUN' || tree.rel(k) !== 'obj') return undefined;
  const verb = tree.head(k);
  const from = phraseWith(ctx, k, 'nmod', 'from');
  // ("the decision sparked anger in Peru", "… in Lima": the country an in-phrase names, or whose capital it names)
  // (only what an act provokes: "received condemnations, including in X" says nothing of X's)
  const provoked = ctx.lex.cueWords('provoking-verb').has(tree.lemma(verb));
  const place = provoked ? ctx.entityAtToken[[phraseWith(ctx, k, 'nmod', 'in'), phraseWith(ctx, verb, 'obl', 'in')].find((x) => x >= 0) ?? -1] : undefined;
  const felt = place?.type === 'Country' ? [place] : place?.type === 'City' ? [countryOfCity(ctx, place)].filter((e): e is Entity => !!e) : [];
  const drawnFrom = from >= 0 ? from : phraseWith(ctx, verb, 'obl', 'from');
  return onSubject(ctx, verb, drawnFrom >= 0 ? agentsAt(ctx, drawnFrom) : felt, cue.polarity, true);
}

/**
 * "Peru left the pact despite objections from Chile", "… over the opposition of Chile": whom the phrase names
 * holds the stance, on the act of the verb the phrase hangs under (its words from the verb on, without its subject).
 */
function overCue(ctx: StatementContext, k: number, cue: StanceCue): Reading | undefined {
  const { tree } = ctx;
  if (!tree.kids(k).some((c) => tree.rel(c) === 'case' && /^(?:despite|over)$/.test(ctx.lower[c]))) return undefined;
  const from = phraseWith(ctx, k, 'nmod', 'from');
  const holders = agentsAt(ctx, from >= 0 ? from : phraseWith(ctx, k, 'nmod', 'of'));
  let v = tree.head(k);
  while (v >= 0 && tree.upos(v) !== 'VERB') v = tree.head(v);
  if (!holders.length || v < 0) return undefined;
  // (the phrase after the act, "left the pact despite …", or before it, "Despite …, Peru left the pact")
  let end = k > v ? tree.span(k)[0] : tree.span(v)[1];
  while (end > v && tree.upos(end - 1) === 'PUNCT') end--;
  const topic = end > v + 1 ? spanText(ctx, v, end) : '';
  return topic && !vagueTopic(ctx, topic) ? { holders, topic, polarity: cue.polarity } : undefined;
}

/** The holders' stance on what the subject of the verb at v names, if it names something worth a stance. */
function onSubject(ctx: StatementContext, v: number, holders: Entity[], polarity: Polarity, drawn = false): Reading | undefined {
  const subject = subjectOf(ctx, v);
  // ("the news that Peru and Chile reached a deal was met with condemnation": what the news tells of, its clause's object)
  const told = NEWS_NOUNS.has(ctx.tree.lemma(subject)) ? ctx.tree.kidsWith(subject, 'acl').find((c) => ctx.tree.kids(c).some((m) => ctx.tree.rel(m) === 'mark' && ctx.lower[m] === 'that')) : undefined;
  let topic = topicText(ctx, v, told !== undefined && ctx.tree.kid(told, 'obj') >= 0 ? ctx.tree.kid(told, 'obj') : subject);
  // ("Chile banned the grapes. The move drew condemnation from Peru": the act the move refers to)
  // (only a reaction drawn from someone: "the move angered X" may refer to an act further back than the sentence before)
  if (drawn && topic && vagueTopic(ctx, topic) && holders.length) topic = referredAct(ctx, v, subject, polarity === 'Opposes') ?? topic;
  return topic && holders.length && !vagueTopic(ctx, topic) ? { holders, topic, polarity } : undefined;
}

/** Who holds an adjective's stance: its subject, or a passive's ("it was committed to …": whom "it" stands for). */
function holdersOf(ctx: StatementContext, k: number, passive: boolean): Entity[] {
  const subject = ctx.tree.kid(k, 'nsubj:pass');
  const government = passive ? reportersGovernment(ctx, subject, k) : undefined;
  if (government) return [government];
  return passive && ctx.tree.upos(subject) !== 'PRON' ? agentsAt(ctx, subject) : verbHolders(ctx, k);
}

/** "the government was disappointed, Mr Kirby added": a government no name or modifier places is the reporter's own. */
function reportersGovernment(ctx: StatementContext, subject: number, k: number): Entity | undefined {
  const { tree } = ctx;
  const bare = ctx.lower[subject] === 'government' && tree.kids(subject).length > 0 && tree.kids(subject).every((c) => tree.rel(c) === 'det' && ctx.lower[c] === 'the');
  return bare ? reporterCountry(ctx, k) : undefined;
}

/** Whether a to-infinitive hangs from k ("urged Peru to act", however the parse attached "to act"). */
function hasInfinitive(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  const toClause = (c: number) => tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to');
  // (or hung from the object: "allowed the opposition to hold a rally")
  const object = tree.kid(k, 'obj');
  // ("demanding Peru stop the launches": a bare verb after the object is asked of it too)
  const bare = object >= 0 && tree.kidsWith(k, 'xcomp').some((c) => tree.upos(c) === 'VERB' && c > object && !tree.kids(c).some((m) => tree.rel(m) === 'mark'));
  return bare || tree.kids(k).some((c) => ['xcomp', 'advcl', 'ccomp'].includes(tree.rel(c)) && toClause(c)) || (object >= 0 && tree.kidsWith(object, 'acl').some(toClause));
}

/**
 * "we welcome the consensus reached on the border" parsed as a clause with "the consensus" its
 * subject: a verb that takes an object takes no bare clause, so a clause under it with no "that",
 * no auxiliary and no object of its own is a noun with a participle after it; the noun is the object.
 */
function reducedRelativeObject(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  const clause = tree.kid(k, 'ccomp');
  if (clause < 0 || tree.upos(clause) !== 'VERB' || tree.kids(clause).some((c) => ['mark', 'aux', 'aux:pass', 'obj', 'cop'].includes(tree.rel(c)))) return -1;
  const subject = tree.kid(clause, 'nsubj');
  return subject >= 0 && subject < clause && tree.upos(subject) === 'NOUN' && tree.span(subject)[1] === clause ? subject : -1;
}

/**
 * "calls for ministers to scrap the provisions": a to-clause right after the for-phrase of a noun of calling, hung from
 * the phrase, the noun or the verb above it, is what those called on are to do; -1 if none.
 */
function actCalledFor(ctx: StatementContext, k: number, called: number): number {
  const { tree } = ctx;
  const end = tree.span(called)[1];
  const verb = verbAbove(ctx, k);
  const clauses = [...tree.kidsWith(called, 'acl'), ...tree.kidsWith(k, 'acl'), ...(verb >= 0 ? tree.kidsWith(verb, 'advcl') : [])];
  return clauses.find((c) => tree.upos(c) === 'VERB' && tree.span(c)[0] === end && ctx.lower[end] === 'to' && tree.rel(end) === 'mark') ?? -1;
}

/** "the plan Chile opposes": a relative clause with no relative word is on the noun it hangs from, its missing object. */
function bareRelativeObject(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  return tree.rel(k) === 'acl:relcl' && !tree.kids(k).some((c) => RELATIVE.test(ctx.lower[c]) || ['obj', 'ccomp', 'xcomp'].includes(tree.rel(c))) ? tree.head(k) : -1;
}

/** "want to fight a trade war": what the wanted act is done to ("want to hurt Qatar" is no stance on Qatar). */
function objectOfComplement(ctx: StatementContext, k: number): number {
  const x = ctx.tree.kid(k, 'xcomp');
  if (x < 0 || ['consequence', 'suffering'].includes(ctx.lex.threatLemmas.get(ctx.tree.lemma(x)) ?? '') || ctx.lex.cueWords('hurting-verb').has(ctx.tree.lemma(x))) return -1;
  return ctx.tree.kid(x, 'obj');
}

/** The dependent of k with relation `rel` that `preposition` introduces ("warned against meddling in …": a gerund's preposition is its mark), -1 if none. */
const phraseWith = (ctx: StatementContext, k: number, rel: string, preposition: string | undefined): number => {
  // ("regrets that the visit took place": a that-clause is the verb's complement)
  const own = phraseUnder(ctx, k, rel !== 'obl' ? [rel] : preposition === 'that' ? ['ccomp', 'advcl'] : ['obl', 'advcl'], preposition, ['case', 'mark']);
  // ("hopes Chile will abide by …": a that-clause without its "that")
  if (own < 0 && rel === 'obl' && preposition === 'that') return ctx.tree.kidsWith(k, 'ccomp').find((c) => ctx.tree.kid(c, 'mark') < 0) ?? -1;
  return own >= 0 || preposition !== 'over' ? own : causePhrase(ctx, k);
};

/** Nouns of an answer to a cause: "in response to X", "in retaliation for X", "in reaction to X". */
const ANSWER_NOUNS: ReadonlySet<string> = new Set(['response', 'retaliation', 'reaction', 'reprisal']);

/**
 * "expelled the ambassador of X over the remarks", "lodged a protest with X over the arrests": a
 * cause ("over …") hangs wherever the parse put it in the cue's clause: under the nouns of the cue's
 * object, or, for a noun, under the verb it is the object of; -1 if none.
 */
function causePhrase(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  // ("in response to the crackdown", "in retaliation for the raid": a cause all the same)
  const inAnswer = (n: number) => {
    const r = phraseUnder(ctx, n, ['nmod', 'obl'], 'in');
    if (r < 0 || !ANSWER_NOUNS.has(tree.lemma(r))) return -1;
    const to = phraseUnder(ctx, r, ['nmod'], 'to');
    return to >= 0 ? to : phraseUnder(ctx, r, ['nmod'], 'for');
  };
  const over = (n: number) => {
    const o = phraseUnder(ctx, n, ['nmod', 'obl'], 'over');
    return o >= 0 ? o : inAnswer(n);
  };
  // ("announced a new round of sanctions in response to …": the object the noun's of-phrase fills)
  const object = tree.rel(k) === 'nmod' && tree.rel(tree.head(k)) === 'obj' ? tree.head(k) : k;
  const verb = tree.upos(k) === 'NOUN' && tree.rel(object) === 'obj' ? tree.head(object) : -1;
  const ofVerb = over(verb >= 0 ? verb : k);
  if (ofVerb >= 0) return ofVerb;
  let frontier = tree.upos(k) === 'NOUN' ? [k] : [...tree.kidsWith(k, 'obj'), ...tree.kidsWith(k, 'obl')];
  for (let depth = 0; depth < 3 && frontier.length; depth++) {
    const found = frontier.map(over).find((x) => x >= 0);
    if (found !== undefined) return found;
    frontier = frontier.flatMap((n) => tree.kidsWith(n, 'nmod'));
  }
  return -1;
}

/**
 * "Chile called her a troublemaker over remarks on independence, which it sees as a red line": "it" in a
 * relative clause stands for the named agent the sentence's clause above it is about.
 */
function enclosingAgent(ctx: StatementContext, k: number, subject: number): Entity | undefined {
  const { tree } = ctx;
  if (!/^(?:it|they)$/.test(ctx.lower[subject]) || tree.rel(k) !== 'acl:relcl') return undefined;
  for (let v = tree.head(k), steps = 0; v >= 0 && steps < 8; v = tree.head(v), steps++) {
    // (the subject nearest the verb, when the parse gave it two: "The Minister, revealing …, that Algeria refuses")
    const s = tree.upos(v) === 'VERB' ? tree.kidsWith(v, 'nsubj').filter((x) => tree.upos(x) !== 'PRON').reverse().find((x) => agentsAt(ctx, x).length) ?? -1 : -1;
    const agent = s >= 0 ? agentsAt(ctx, s)[0] : undefined;
    // ("it" is no person)
    if (agent) return agent.type === 'Person' && ctx.lower[subject] === 'it' ? undefined : agent;
  }
  return undefined;
}

/** The country (else the body) of the person who reports (or is quoted saying) the words at k, when one is known. */
function reporterCountry(ctx: StatementContext, k: number): Entity | undefined {
  const reporter = ctx.speakerAtToken[k] ?? reportingSubject(ctx, k);
  // (or the body they speak for: "National Security Council spokesman X")
  const side = reporter?.type === 'Person' ? sideOf(ctx, reporter) : [];
  return side.find((e) => e.type === 'Country') ?? side.find((e) => e.type === 'Organization' && !isPress(e));
}

/** Who holds a verb's stance: its subject; for "we" or "it", whoever is speaking or reporting. */
export function verbHolders(ctx: StatementContext, k: number): Entity[] {
  // ("a letter from X urging Y to …", "a statement by X calling for …": a participle on a document is its issuer's)
  const document = ctx.tree.rel(k) === 'acl' && /ing$/.test(ctx.lower[k]) ? ctx.tree.head(k) : -1;
  const issuers = document >= 0 && ctx.lex.cueWords('document-noun').has(ctx.lower[document]) ? issuerOf(ctx, document) : [];
  if (issuers.length) return issuers;
  // ("the ambassador was summoned to protest the decision": the summons' purpose is the summoner's, named by the
  // by-phrase, else whoever reports it; not the envoy's)
  const summons = ctx.tree.head(k);
  if (['advcl', 'xcomp'].includes(ctx.tree.rel(k)) && summons >= 0 && ctx.tree.lemma(summons) === 'summon' && ctx.tree.kid(summons, 'nsubj:pass') >= 0 && ctx.tree.kids(k).some((m) => ctx.tree.rel(m) === 'mark' && ctx.lower[m] === 'to')) {
    const by = agentsAt(ctx, phraseUnder(ctx, summons, ['obl:agent', 'obl'], 'by'));
    if (by.length) return by;
    const reporter = ctx.speakerAtToken[summons] ?? reportingSubject(ctx, summons);
    return reporter ? [reporter] : [];
  }
  const subject = subjectOf(ctx, k);
  if (subject < 0) return ctx.speakerAtToken[k] ? [ctx.speakerAtToken[k]!] : appositionActor(ctx, k);
  // "the lobby, which pushed for the rules": the relative pronoun stands for the noun the clause
  // hangs from, not for whoever is speaking
  if (RELATIVE.test(ctx.lower[subject])) {
    const clause = ctx.tree.head(subject);
    if (ctx.tree.rel(clause) !== 'acl:relcl') return [];
    // ("seven countries that questioned …": the seven the article lists)
    const counted = countedReferent(ctx, ctx.tree.head(clause));
    return counted.length ? counted : agentsAt(ctx, ctx.tree.head(clause));
  }
  const counted = countedReferent(ctx, subject);
  if (counted.length) return counted;
  // "Ruritania and the alliance reject …" parsed as two subjects: both hold it
  const subjects = ctx.tree.kidsWith(ctx.tree.head(subject), 'nsubj').filter((x) => ctx.tree.upos(x) !== 'PRON');
  if (subjects.length > 1) return [...new Set(subjects.flatMap((x) => agentsAt(ctx, x)))];
  if (ctx.tree.upos(subject) === 'PRON') {
    const named = FIRST_PERSON.test(ctx.lower[subject]) ? undefined : agentsAt(ctx, subject)[0];
    // ("“they are unhappy with …,” said X": a third person in a quotation is not the one quoted)
    if (!named && ctx.speakerAtToken[subject] && THIRD_PERSON.test(ctx.lower[subject])) return [];
    const e = named ?? enclosingAgent(ctx, k, subject) ?? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k);
    // ("X said she expelled the envoys because they were pressing for …": one person, "she" before it, is no "they")
    const singularBefore = () => ctx.lower.slice(ctx.doc.sentences[ctx.doc.tokens[subject].sentence].tokenStart, subject).some((w) => w === 'he' || w === 'she');
    if (!named && e?.type === 'Person' && /^(?:they|them)$/.test(ctx.lower[subject]) && singularBefore()) return [];
    return e ? [e] : [];
  }
  // ("Hondurans protest …": a people, not its state; "the Russians said" speaks for Russia)
  if (ctx.mentionAtToken[subject]?.kind === 'demonym' && /s$/.test(ctx.lower[subject]) && ctx.tree.kid(subject, 'det') < 0) return [];
  // "the Bolivian minister, Tomas Berg, urged …": the person the apposition names
  const named = ctx.tree.kidsWith(subject, 'appos').flatMap((a) => agentsAt(ctx, a)).find((e) => e.type === 'Person');
  if (!ctx.entityAtToken[subject] && named) return [named];
  // "a Ruritanian economist rejected …": a demonym before one person is where they are from, not who
  // acts; before an institution ("the Peruvian foreign ministry") it is whom the institution serves
  if (!ctx.entityAtToken[subject] && !speaksForItsCountry(ctx, subject) && ctx.tree.kids(subject).some((c) => ctx.mentionAtToken[c]?.kind === 'demonym')) return [];
  // ("the statement, issued by Peru's ministry, denounced …", "a statement from Peru said …": who issued it)
  const issuer = ctx.lex.cueWords('document-noun').has(ctx.lower[subject]) ? issuerOf(ctx, subject) : [];
  if (issuer.length) return issuer;
  // ("Chile, along with Peru, rejected …": who acts with the subject holds it too)
  const alongWith = ctx.tree.kidsWith(subject, 'nmod').filter((c) => {
    const cases = ctx.tree.kids(c).filter((m) => ctx.tree.rel(m) === 'case').map((m) => ctx.lower[m]);
    return cases.includes('alongside') || (cases.includes('with') && (cases.includes('along') || cases.includes('together')));
  });
  const agents = [...agentsAt(ctx, subject), ...alongWith.flatMap((c) => agentsAt(ctx, c))];
  const governmentOfReporter = reportersGovernment(ctx, subject, k);
  if (governmentOfReporter) return [governmentOfReporter];
  // ("the office of the president urged …": the country it serves)
  const institution = agents.length ? undefined : unnamedInstitution(ctx, subject);
  if (institution) return [institution];
  if (agents.length || !speaksFor(ctx, subject)) return agents;
  const reporter = reportingSubject(ctx, k);
  return reporter ? [reporter] : [];
}

/** Who issued the document at k: its possessor, its from-phrase, or the by-phrase of the participle on it ("issued by X"). */
function issuerOf(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  const by = tree.kidsWith(k, 'acl').map((v) => phraseUnder(ctx, v, ['obl', 'obl:agent'], 'by')).find((x) => x >= 0) ?? -1;
  for (const at of [tree.kid(k, 'nmod:poss'), phraseUnder(ctx, k, ['nmod'], 'from'), by]) {
    const agents = agentsAt(ctx, at).filter((e) => !isPress(e));
    if (agents.length) return agents.slice(0, 1);
  }
  return [];
}

/**
 * "Its commander, Jan Novak, a Czech officer, urged …" parsed with the verb as a relative clause of
 * the last apposition: the one the appositions describe acts.
 */
function appositionActor(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  if (tree.rel(k) !== 'acl:relcl' || tree.kids(k).some((c) => RELATIVE.test(ctx.lower[c]))) return [];
  let noun = tree.head(k);
  while (tree.rel(noun) === 'appos') noun = tree.head(noun);
  for (const c of [noun, ...tree.kidsWith(noun, 'appos')]) {
    const agents = agentsAt(ctx, c);
    if (agents.length) return agents;
  }
  return [];
}

// ("the Peruvian ambassador condemned …": an official of a country, unnamed, speaks for it)
const speaksForItsCountry = (ctx: StatementContext, k: number): boolean =>
  ctx.lex.groupAgentNouns.has(ctx.lower[k]) || ctx.lex.genericOrganisationWords.heads.has(ctx.lower[k]) || ctx.lex.cueWords('state-speaker-noun').has(ctx.lower[k]);

/**
 * "X said the bloc would not sign up to …", "the world does not recognise …": a bare "the" noun that
 * names no one, in a clause someone reports, is the reporter's side speaking; "the government",
 * "officials" and any noun with a modifier name others.
 */
function speaksFor(ctx: StatementContext, subject: number): boolean {
  const { tree } = ctx;
  const kids = tree.kids(subject);
  return tree.upos(subject) === 'NOUN' && !ctx.lex.groupAgentNouns.has(ctx.lower[subject]) && kids.length === 1 && ctx.lower[kids[0]] === 'the';
}

/**
 * "rejected calls for a rerun", "welcomed the support for …": a stance noun without a possessor that
 * is the object of another stance is someone else's, and the one who answers it does not hold it.
 */
function metByStance(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  const v = tree.head(k);
  return tree.rel(k) === 'obj' && tree.kid(k, 'nmod:poss') < 0 && ctx.lex.stanceCues.has(tree.lemma(v));
}

/**
 * Whom a noun that names its holder ("supporter", "critic") is said of: the subject it is the
 * predicate of ("Peru is a critic of the plan") or the name it is in apposition with ("Berg, a
 * critic of the plan, …"); "supporters of the plan" by itself names no one.
 */
function namedBy(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  if (tree.kid(k, 'cop') >= 0) return verbHolders(ctx, k);
  if (tree.rel(k) !== 'appos') return [];
  // ("Luis Vera of the Blue party, a key supporter of the bill": the person the party phrase is of, not the party)
  const h = tree.head(k);
  const of = tree.rel(h) === 'nmod' && ctx.entityAtToken[tree.head(h)]?.type === 'Person' ? tree.head(h) : h;
  return agentsAt(ctx, of).slice(0, 1);
}

/** Who holds a noun's stance: "Ruritania's support", "the Ruritanian objection", else the subject of the verb it serves. */
export function nounHolders(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  // "the criticism of the budget by the union": the by-phrase names whose it is
  // (or hung by the parse from the noun's own of-phrase: "criticism of its record by the union")
  const by = agentsAt(ctx, [k, phraseWith(ctx, k, 'nmod', 'of')].map((h) => phraseWith(ctx, h, 'nmod', 'by')).find((b) => b >= 0) ?? -1);
  if (by.length) return by;
  for (const c of tree.kids(k)) {
    if (!['nmod:poss', 'compound', 'amod'].includes(tree.rel(c))) continue;
    const e = ctx.entityAtToken[c];
    if (isAgent(e)) return [e];
    // "Peru should end its support": a third-person possessor is the clause's named subject
    if (tree.upos(c) === 'PRON' && !FIRST_PERSON_POSSESSIVE.test(ctx.lower[c])) {
      const v = verbAbove(ctx, k);
      const subject = v >= 0 ? subjectOf(ctx, v) : -1;
      const own = subject >= 0 && tree.upos(subject) !== 'PRON' ? agentsAt(ctx, subject) : [];
      if (own.length) return own;
    }
    // "its opposition", "our support": whoever the pronoun stands for, else whoever speaks
    if (tree.upos(c) === 'PRON') {
      const speaker = ctx.speakerAtToken[k] ?? reportingSubject(ctx, k);
      if (speaker) return [speaker];
    }
  }
  // "was detained during protests against the government": a circumstance of the act, not its content
  if (tree.kids(k).some((c) => tree.rel(c) === 'case' && CIRCUMSTANCE.has(ctx.lower[c]))) return [];
  // "Iran responded angrily to Western expressions of support for protesters": what the verb answers
  // is someone else's stance, not its subject's
  if (answered(ctx, k)) return [];
  // "Peru is in favour of talks": a predicate's subject
  if (tree.kid(k, 'cop') >= 0) return verbHolders(ctx, k);
  // ("votes for the accord were cast by X and Y": the by-phrase of the verb the noun is the passive subject of)
  if (tree.rel(k) === 'nsubj:pass') return agentsAt(ctx, phraseWith(ctx, tree.head(k), 'obl', 'by'));
  // ("calls for talks were nonsense, he said": a stance noun that is itself a subject, with no owner named, is no one's here)
  if (tree.rel(k) === 'nsubj') return [];
  // ("a crackdown on protests against the government": protests inside another noun's phrase, with no owner named, are
  // the protesters' stance, not that of whoever acts on them)
  // (however the parse hangs them: a preposition but "in", "in protest at …", says they are not the subject's own)
  const introduced = tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] !== 'in');
  if ((introduced || (tree.rel(k) === 'nmod' && tree.upos(tree.head(k)) === 'NOUN')) && ctx.lex.cueWords('protest-noun').has(tree.lemma(k))) return [];
  const v = verbAbove(ctx, k);
  // (nor one inside the subject's own phrase: "the spat and the outpouring of support for X highlighted …")
  const subjectOfVerb = v >= 0 ? subjectOf(ctx, v) : -1;
  if (tree.rel(k) === 'nmod' && subjectOfVerb >= 0 && tree.dominates(subjectOfVerb, k)) return [];
  // ("urged Chile to voice support for …": what someone is urged to do is no stance of theirs yet)
  // (the parse may hang the to-clause from the object: "urged the Chilean side to attach importance to …")
  const urging = v < 0 ? -1 : tree.rel(v) === 'xcomp' ? tree.head(v) : tree.rel(v) === 'acl' && ctx.lower[tree.kid(v, 'mark')] === 'to' && tree.rel(tree.head(v)) === 'obj' ? tree.head(tree.head(v)) : -1;
  if (urging >= 0 && tree.kid(urging, 'obj') >= 0 && ctx.lex.cueWords('demanding-verb').has(tree.lemma(urging))) return [];
  return v >= 0 ? verbHolders(ctx, v) : ctx.speakerAtToken[k] ? [ctx.speakerAtToken[k]!] : [];
}

const CIRCUMSTANCE = new Set(['during', 'amid', 'after', 'before', 'despite', 'following', 'since', 'until']);

/** Whether noun k lies in the phrase a verb reacts to ("responded to …", "angered by …", "over …"). */
function answered(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  let top = k;
  for (let steps = 0; steps < 4 && tree.head(top) >= 0 && tree.upos(tree.head(top)) !== 'VERB'; steps++) top = tree.head(top);
  return top !== k && tree.rel(top) === 'obl' && tree.kids(top).some((c) => tree.rel(c) === 'case' && REACTED_TO.has(ctx.lower[c]));
}

const REACTED_TO = new Set(['to', 'at', 'over', 'against', 'about', 'by']);

/**
 * The words of a topic: the phrase under `at` less its relative clauses, appositions and asides,
 * cut after its head noun when long, without a leading determiner. "which" stands for what the
 * relative clause of the cue hangs from ("the demands, which Ruritania rejected").
 */
export function topicText(ctx: StatementContext, cue: number, at: number, own = false): string {
  const span = topicSpan(ctx, cue, at, own);
  // ("dismissed the French leader": a person the topic only describes is named)
  const described = span ? describedPerson(ctx, span) : undefined;
  if (described) return described;
  // (a quotation closing inside the topic, 'opposes "any form of interaction" between X and Y', leaves its mark out)
  return span ? spanText(ctx, span[0], span[1]).replace(/^["“‘']+|["”’']+$/g, '').replace(/(\S)["“”] /g, '$1 ').replace(LEADING, '').replace(/^["“‘]+/, '').trim() : '';
}

/** The name of the person tokens [a, b) describe ("the French leader", "the minister"), when that is all they are. */
function describedPerson(ctx: StatementContext, [a, b]: [number, number]): string | undefined {
  const from = /^(?:the|his|her|their|its)$/.test(ctx.lower[a]) ? a + 1 : a;
  const m = ctx.mentionAtToken[from];
  const e = ctx.entityAtToken[from];
  if (!m || !e || m.kind !== 'description' || e.type !== 'Person' || !e.mentions.some((x) => x.kind === 'name')) return undefined;
  for (let i = from; i < b; i++) if (ctx.mentionAtToken[i] !== m) return undefined;
  return e.label;
}

/** The tokens [from, to) of the topic topicText() words. */
export function topicSpan(ctx: StatementContext, cue: number, at: number, own = false): [number, number] | undefined {
  const { tree } = ctx;
  if (at < 0) return undefined;
  if (/^(?:which|that)$/.test(ctx.lower[at]) && tree.rel(cue) === 'acl:relcl') {
    at = tree.head(cue);
    // ("behaviours and actions that it condemns": the relative clause on the last of them is on them all)
    if (tree.rel(at) === 'conj') at = tree.head(at);
  }
  // ("disappointed by what Chile is doing": a free relative is its whole clause)
  // (not "what it said", "what he claimed": whatever was said is no topic in itself)
  if (ctx.lower[at] === 'what' && tree.kid(at, 'acl:relcl') > at && !ctx.isSpeechVerb(tree.kid(at, 'acl:relcl'))) {
    const [wa, wb] = tree.span(at);
    return wb - wa <= MAX_TOPIC_WORDS ? [wa, wb] : undefined;
  }
  if (tree.upos(at) === 'PRON' || tree.upos(at) === 'NUM') return undefined;
  let [a, b] = tree.span(at);
  let dayKept = false;
  // (the noun's of-phrases after it: "the killing … of 12 fishermen")
  const ofPhrases = tree.kids(at).filter((d) => d > at && tree.rel(d) === 'nmod' && tree.kids(d).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === 'of'));
  for (const c of tree.kids(at)) {
    // "the proposal on Monday": when, not what; "the contract in Santiago": where, not what
    const when = ctx.lex.calendar.has(ctx.texts[c]) || tree.rel(c).endsWith(':tmod');
    const where = tree.kids(c).some((m) => tree.rel(m) === 'case' && /^(?:in|at)$/.test(ctx.lower[m])) && ['City', 'Place'].includes(ctx.entityAtToken[c]?.type ?? '');
    // (own: without what is coordinated with it, "stop the raids" of "stop the raids and resume talks")
    const coordinated = own && (tree.rel(c) === 'conj' || tree.rel(c) === 'cc');
    // ("dismissed the claims as baseless": the as-phrase judges the topic, it is no part of it)
    const judged = c > at && tree.kids(c).some((m) => ['case', 'mark'].includes(tree.rel(m)) && ctx.lower[m] === 'as' && m === tree.span(c)[0]);
    // ("branding the country's leader Ana Vidal a tyrant": the name of the office's holder is whom the topic means)
    const holderNamed = tree.rel(c) === 'appos' && tree.span(c)[0] === at + 1 && ctx.lex.roleHeads.has(ctx.lower[at]) && ctx.entityAtToken[c]?.type === 'Person';
    if (holderNamed) continue;
    // ("the killing by X on Monday of 12 fishermen": a day between the noun and its of-phrase stays, so the of-phrase does)
    const ofAfter = (when || where) && c > at && ofPhrases.some((d) => d > c);
    if (ofAfter && !NOT_IN_TOPIC.has(tree.rel(c))) {
      dayKept = true;
      continue;
    }
    if (!NOT_IN_TOPIC.has(tree.rel(c)) && !when && !where && !coordinated && !judged && !tree.dominates(c, cue)) continue;
    // ("for the sentences to be commuted": a mark after the clause's own subject leaves the subject in)
    if (tree.rel(c) === 'mark' && c < at && tree.kids(at).some((d) => d < c && tree.rel(d).startsWith('nsubj')) && tree.kids(at).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'for')) continue;
    // (scare quotes round a word do not end its phrase: 'of “interfering” with its affairs')
    if (tree.rel(c) === 'punct' && (c === at - 1 || c === at + 1) && /^["“]$/.test(ctx.texts[at - 1] ?? '') && /^["”]$/.test(ctx.texts[at + 1] ?? '')) continue;
    const [ca, cb] = tree.span(c);
    if (ca > at) b = Math.min(b, ca);
    else if (cb <= at) a = Math.max(a, cb);
  }
  // ("an end to the war and total withdrawal": the end of the war, without what is coordinated with the war)
  const ended = own ? endTo(ctx, at) : -1;
  if (ended >= 0) for (const c of tree.kids(ended)) if (c > ended && (tree.rel(c) === 'conj' || tree.rel(c) === 'cc')) b = Math.min(b, tree.span(c)[0]);
  // "urging progress on the dispute and calling for talks": a verb coordinated inside a noun topic is another act
  if (tree.upos(at) !== 'VERB') for (let i = at + 1; i < b; i++) if (tree.rel(i) === 'conj' && tree.upos(i) === 'VERB' && tree.dominates(at, i)) b = Math.min(b, tree.span(i)[0]);
  // "rejected calls for a rerun" with the for-phrase hung from the verb: still what the calls are for
  const next = b;
  const phrase = next < ctx.texts.length ? tree.head(next) : -1;
  // ("rejected the proposal on Tuesday": when, not what)
  const timely = phrase >= 0 && (ctx.lex.calendar.has(ctx.texts[phrase]) || tree.rel(phrase).endsWith(':tmod'));
  // ("demanded a halt to the strikes": the to-phrase of an end, halt or stop, too)
  // ('of “interfering” with its affairs': an act's with-phrase, whatever the quote marks did to the parse)
  const continues = OF_PHRASE.has(ctx.lower[next]) || (ctx.lower[next] === 'to' && ENDINGS.has(tree.lemma(at)) && tree.upos(at) === 'NOUN') || (ctx.lower[next] === 'with' && /ing$/.test(ctx.lower[at]) && /^["”]$/.test(ctx.texts[next - 1] ?? ''));
  if (phrase >= 0 && !timely && continues && tree.rel(next) === 'case' && tree.head(phrase) === cue && tree.span(phrase)[1] - a <= MAX_TOPIC_WORDS) b = tree.span(phrase)[1];
  // the cue itself when the topic is its head ("the demands, which … rejected")
  if (cue > at && cue < b) b = Math.min(b, tree.span(cue)[0]);
  // too long: up to the head noun, or for an act ("building a mutually beneficial relationship with …") up to its object's
  // (or of the act it complements: "they are considering directly assisting Peru with …")
  if (b - a > MAX_TOPIC_WORDS) {
    const then = tree.kid(at, 'xcomp');
    const object = tree.upos(at) !== 'VERB' ? -1 : tree.kid(at, 'obj') > at ? tree.kid(at, 'obj') : then > at && tree.kid(then, 'obj') > then ? tree.kid(then, 'obj') : -1;
    // (a noun up to the end of its of-phrase after a day kept, when that is short enough: "the killing … on Monday of 12 fishermen")
    const of = tree.upos(at) === 'VERB' || !dayKept ? undefined : ofPhrases.find((d) => d < b);
    const ofEnd = of === undefined ? -1 : Math.max(...tree.kids(of).filter((m) => ['case', 'det', 'nummod', 'amod', 'compound', 'nmod:poss'].includes(tree.rel(m))).map((m) => m + 1), of + 1);
    b = object >= 0 && object - a < MAX_TOPIC_WORDS ? object + 1 : ofEnd > 0 && ofEnd - a <= MAX_TOPIC_WORDS ? ofEnd : at + 1;
  }
  while (b > a && /^\p{P}$/u.test(ctx.texts[b - 1])) b--;
  while (a < b && /^\p{P}$/u.test(ctx.texts[a])) a++;
  return b - a > MAX_TOPIC_WORDS || b <= a ? undefined : [a, b];
}
