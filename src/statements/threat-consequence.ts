// Threats said as a consequence under will/would (threats.ts): "“If they attack, we will respond,” Z said", "Y will pay a
// heavy price". The threatener is whoever says it: the quote's speaker, the subject of the speech verb the clause hangs
// from, else its subject.
import type { Entity } from '../types.js';
import { agentsAt, agentsUnder, demonymOn, isAgent, isPress, mostNamedCountry, mostNamedParty, negated, phraseUnder, reportingSubject, seatCountry, sideOf, subjectOf, type StatementContext } from './context.js';
import { MODALS, CONTRACTED_MODAL, OWNER_RELATIONS, type Threat, onSideOf, envoysRecalled, isHarm, isMeasure, comitative, sameActor, objectsAbove, lastResort, conditionOf, conditionUnder, namedIn, startsOnDay, victimsUnder, otherClauses, becomesTarget, declaredTarget, documentAddressees, badTimeFor, hedge, groupReferent, partyBefore } from './threat-parts.js';

export function consequenceThreat(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  // ("we'll respond": the tokenizer keeps the modal on its pronoun)
  const modalOf = (v: number) => tree.kids(v).find((c) => (tree.rel(c) === 'aux' && MODALS.has(ctx.lower[c])) || (tree.rel(c) === 'nsubj' && CONTRACTED_MODAL.test(ctx.lower[c])));
  // "you will have to face the consequences": the modal of "have to" is the consequence's
  // ("must bear the consequences", "must accept the consequences": consequences someone must bear are a harm in store)
  const mustBear = tree.kids(k).find((c) => tree.rel(c) === 'aux' && ctx.lower[c] === 'must' && tree.lemma(tree.kid(k, 'obj')) === 'consequence');
  // ("a military intervention must be considered if talks fail", "sanctions could follow if …": a measure
  // or a harm under a weaker modal is in store too, when it waits on a condition)
  const weakModal = tree.kids(k).find((c) => tree.rel(c) === 'aux' && /^(?:could|may|might|must)$/.test(ctx.lower[c]));
  const measureOnCondition = weakModal !== undefined && harmUnderWeakModal(ctx, k, role) && conditionOf(ctx, k, role) !== undefined;
  // ("would have concerns and respond accordingly": a second verb with no subject or auxiliary of its own shares the first's)
  const shared = tree.rel(k) === 'conj' && tree.upos(tree.head(k)) === 'VERB' && !tree.kids(k).some((c) => tree.rel(c).startsWith('nsubj') || tree.rel(c) === 'aux') ? tree.head(k) : -1;
  // ("will make Chile pay": a suffering someone is made to undergo; the maker's modal, the made one suffers)
  // (one named: "make him pay" in a quote leaves "him" to a resolver that does not know who is quoted)
  const madeTo = tree.rel(k) === 'xcomp' && tree.lemma(tree.head(k)) === 'make' && role(k) === 'suffering' && tree.upos(tree.kid(tree.head(k), 'obj')) === 'PROPN' && isAgent(ctx.entityAtToken[tree.kid(tree.head(k), 'obj')]) ? tree.head(k) : -1;
  // ("Ana Vidal said Peru could cut ties with Chile": a harm the speaker's own side could do is held in store)
  const weakReporter = weakModal !== undefined && ctx.lower[weakModal] !== 'must' && role(k) === 'consequence' ? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) : undefined;
  // (its subject read only then: this runs for every verb)
  const weakSubject = weakReporter ? subjectOf(ctx, k) : -1;
  const ownWeak = !!weakReporter && (onSideOf(ctx, weakReporter, weakSubject) || /^(?:we|it)$/.test(ctx.lower[weakSubject] ?? ''));
  // ("those who join the assembly could face Peruvian sanctions, Vera said": a measure of the speaker's own side that someone
  // could face is held in store for them)
  const faced = tree.kid(k, 'obj');
  const facedFrom = weakModal !== undefined && ctx.lower[weakModal] !== 'must' && role(k) === 'suffering' && faced >= 0 && isMeasure(ctx, faced, role) ? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) : undefined;
  const facesOwn = !!facedFrom && tree.kids(faced).some((c) => c < faced && OWNER_RELATIONS.has(tree.rel(c)) && onSideOf(ctx, facedFrom, c));
  // ("will continue to block X", "will keep striking X": a harm kept up under the modal of "continue" or "keep")
  // ("bad things are going to happen": "be going to" says what will come, as "will" does)
  // ("they're going to …": the tokenizer keeps the "be" on its pronoun)
  const goingTo = tree.rel(k) === 'xcomp' && ctx.lower[tree.head(k)] === 'going' && tree.kids(tree.head(k)).some((c) => (tree.rel(c) === 'aux' && tree.lemma(c) === 'be') || (tree.rel(c) === 'nsubj' && /['’](?:re|s|m)$/.test(ctx.lower[c]))) && ctx.lower[tree.kid(k, 'mark')] === 'to' ? tree.head(k) : undefined;
  // ("is planning to lodge a protest if X ratifies it": an act planned on a condition is in store too)
  const planned = tree.rel(k) === 'xcomp' && ['plan', 'intend'].includes(tree.lemma(tree.head(k))) && (conditionOf(ctx, k, role) ?? conditionUnder(ctx, tree.head(k), role)) !== undefined ? tree.head(k) : undefined;
  const modal = modalOf(k) ?? goingTo ?? planned ?? (tree.rel(k) === 'xcomp' && ['have', 'continue', 'keep'].includes(tree.lemma(tree.head(k))) ? modalOf(tree.head(k)) : undefined) ?? (madeTo >= 0 ? modalOf(madeTo) : undefined) ?? (shared >= 0 && role(k) === 'consequence' ? modalOf(shared) : undefined) ?? mustBear ?? (measureOnCondition || ownWeak || facesOwn ? weakModal : undefined);
  // ("more sanctions are coming unless …": a present progressive is a future too, for a measure on a condition)
  const progressive = modal === undefined && /ing$/.test(ctx.lower[k]) && tree.kids(k).some((c) => tree.rel(c) === 'aux' && /^(?:is|are)$/.test(ctx.lower[c]));
  // ("X risks sanctions if it goes on, Y said": a measure risked is suffered, whatever the tense)
  const risked = tree.lemma(k) === 'risk' && [tree.kid(k, 'obj')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
  // ("Chilean bases would be legitimate targets", "if that happens, their ships become targets": what becomes a target
  // is struck; present or future, on a condition or under a modal)
  const targeted = becomesTarget(ctx, k) && (conditionOf(ctx, k, role) !== undefined || (modal !== undefined && declaredTarget(ctx, k)));
  if (modal === undefined && !progressive && !risked && !targeted) return undefined;
  // "would take resolute countermeasures": a harmful act named by the verb's object
  // ("arming the rebels will prolong the war": a harm done by no one, a forecast)
  // ("will give a firm answer to every step X takes": an answer a harming word describes is a harm too)
  const harmfulAnswer = (o: number) => ctx.lex.cueWords('response-noun').has(tree.lemma(o)) && isHarm(ctx, o, role);
  const objectHarms = [tree.kid(k, 'obj'), tree.kid(tree.kid(k, 'xcomp'), 'obj')].some((o) => o >= 0 && (role(o) === 'harm' || harmfulAnswer(o))) && !tree.kidsWith(k, 'csubj').some((c) => c < k);
  // ("would consider cutting ties if …": a harmful act the verb's complement names, on a condition)
  const complementHarms = role(tree.kid(k, 'xcomp')) === 'consequence' && (conditionOf(ctx, k, role) ?? conditionUnder(ctx, tree.kid(k, 'xcomp'), role)) !== undefined;
  // ("failure to comply will result in sanctions", "any attack would lead to war": what a thing brings about is a harm in store)
  const bringsAbout = ['result', 'lead'].includes(tree.lemma(k)) && [phraseUnder(ctx, k, ['obl'], 'in'), phraseUnder(ctx, k, ['obl'], 'to')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
  // ("any deployment by X would be considered an act of war": whoever does the thing so named is threatened)
  const warAct = (c: number) => ['xcomp', 'obj', 'obl'].includes(tree.rel(c)) && (tree.lemma(c) === 'act' || tree.lemma(c) === 'declaration') && tree.lemma(phraseUnder(ctx, c, ['nmod'], 'of')) === 'war';
  const actOfWar = tree.kid(k, 'nsubj:pass') >= 0 && tree.kids(k).some(warAct);
  // ("would treat any attack by X as an act of war", "we'll take it as a declaration of war": the same, said actively)
  const regardedAsWar = !actOfWar && ctx.lex.cueWords('regarding-verb').has(tree.lemma(k)) && tree.kids(k).some(warAct);
  // ("violations of our airspace would be met with sanctions": an act answered with a harm; whoever does the act is threatened)
  // ("any attack would be answered with force": the same)
  // ("would be met with an appropriate response": a response is what an act is met with, whatever its adjective)
  const metWith = ['meet', 'answer'].includes(tree.lemma(k)) && tree.kid(k, 'nsubj:pass') >= 0 && [phraseUnder(ctx, k, ['obl'], 'with'), phraseUnder(ctx, k, ['obl'], 'by')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role) || (tree.lemma(k) === 'meet' && ctx.lex.cueWords('response-noun').has(tree.lemma(o)))));
  // "would not hesitate to use force": the negation announces the act
  // ("will not tolerate any interference": what is not tolerated is the harm's cause)
  // ("the accord would not allow bases": a thing that does not allow threatens no one; an agent does)
  const says = (x: number) => x < 0 || tree.upos(x) === 'PRON' || agentsAt(ctx, x).length > 0 || ctx.lex.genericOrganisationWords.heads.has(ctx.lower[x]) || ctx.lex.groupAgentNouns.has(ctx.lower[x]);
  // ("would not sit idly by", "will not stand idly by": idleness denied announces an act)
  const idly = ['sit', 'stand'].includes(tree.lemma(k)) && tree.kidsWith(k, 'advmod').some((a) => ctx.lower[a] === 'idly');
  // ("the seizure would not go unanswered", "… unpunished": an act that will be answered; whoever did it is threatened)
  const unansweredWord = (v: number) => tree.kids(v).some((c) => ['xcomp', 'obj', 'advmod', 'ccomp', 'amod'].includes(tree.rel(c)) && /^(?:unanswered|unpunished|unchallenged)$/.test(ctx.lower[c]));
  const unanswered = tree.lemma(k) === 'go' && negated(ctx, k) && unansweredWord(k);
  // ("will not leave the accusations unanswered", "will not let any attack go unpunished": the subject answers; what is
  // left or let go, and whoever did it, is threatened)
  // (the parse may hang "unanswered" on the object, or read "Chile go" as a name: the words "go unpunished" in the clause say it)
  const [from, to] = tree.span(k);
  const goUnanswered = ctx.lower.slice(from, to).some((w, i) => w === 'go' && /^(?:unanswered|unpunished)$/.test(ctx.lower[from + i + 1] ?? ''));
  const leftUnanswered = negated(ctx, k) && ((tree.lemma(k) === 'leave' && (unansweredWord(k) || unansweredWord(tree.kid(k, 'obj')))) || (tree.lemma(k) === 'let' && goUnanswered));
  // (idleness denied on a condition only: "will not stand idly by and we will make him pay" says its threat in the clause after)
  // ("will not be shy in taking legal action", "will not shy away from using force": the act in an in/from-clause)
  const shiedFrom = tree.kidsWith(k, 'advcl').some((c) => (role(c) === 'consequence' || [tree.kid(c, 'obj')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)))) && tree.kidsWith(c, 'mark').some((m) => /^(?:in|from|about)$/.test(ctx.lower[m])));
  const litotes = ((role(k) === 'litotes' && (tree.kid(k, 'xcomp') >= 0 || tree.kid(k, 'obj') >= 0 || shiedFrom)) || (idly && conditionOf(ctx, k, role) !== undefined)) && negated(ctx, k) && says(tree.kid(k, 'nsubj'));
  // "would take all necessary measures if X imposes the duties", "further steps against X": a measure
  // harms only when something sets it off or someone is named as what it is against
  // (the passive's subject too: "further steps would be taken against X")
  const objects = [tree.kid(k, 'obj'), tree.kid(tree.kid(k, 'xcomp'), 'obj'), tree.kid(k, 'nsubj:pass')].filter((o) => o >= 0);
  // ("would support any measures to defend its sovereignty": measures backed are another's, taken by no one here)
  const backing = ctx.lex.stanceCues.get(tree.lemma(k))?.some((c) => c.polarity === 'Supports' && c.frame === 'obj') ?? false;
  const measure = backing ? undefined : objects.find((o) => role(o) === 'measure' || role(o) === 'recourse');
  // "would be forced to take steps if X joins": the condition may hang from the verb the modal governs
  // (or from a purpose clause the parse put between: "would take measures to defend X if Y imposes …")
  const condition = conditionOf(ctx, k, role) ?? conditionUnder(ctx, tree.kid(k, 'xcomp'), role) ?? conditionUnder(ctx, tree.kid(k, 'advcl'), role) ?? (shared >= 0 ? conditionUnder(ctx, shared, role) : undefined) ?? (planned !== undefined ? conditionUnder(ctx, planned, role) : undefined) ?? -1;
  // ("would take all necessary measures to defend itself against X": or in the measures' purpose)
  const purpose = [tree.kid(k, 'advcl'), tree.kid(k, 'xcomp')].filter((c) => c >= 0 && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to'));
  // ("will take all possible measures to defend its interests": measures in defence are aimed at whoever threatens them)
  const defending = measure !== undefined && purpose.some((c) => ctx.lex.cueWords('defending-verb').has(tree.lemma(c)));
  // (a recourse aimed at someone is announced, not threatened: "will file a complaint against X")
  const measureHarms = measure !== undefined && (condition >= 0 || (role(measure) === 'measure' && (defending || [k, measure, ...purpose].some((x) => phraseUnder(ctx, x, ['obl', 'nmod'], 'against') >= 0))));
  const harmingNoun = (x: number) => x >= 0 && tree.upos(x) === 'NOUN' && [tree.lemma(x), ctx.lower[x].replace(/ings?$/, '')].some((w) => ctx.lex.threatLemmas.get(w) === 'consequence');
  // "more sanctions are coming unless …": a measure that comes on a condition is the harm itself
  // ("the strikes will continue to escalate unless …": a harming act named by its noun, on a condition, too)
  const subjectMeasure = condition >= 0 && [tree.kid(k, 'nsubj'), tree.kid(k, 'nsubj:pass'), subjectOf(ctx, k)].some((x) => x >= 0 && (isMeasure(ctx, x, role) || harmingNoun(x)));
  // "there will be retaliatory measures": a harm that is announced to come
  // ("there will be strikes on its bases", "there will be bombing": an act of harm named by its noun, on a condition)
  const existential = tree.kid(k, 'expl') >= 0 && tree.kid(k, 'nsubj') >= 0 && (isHarm(ctx, tree.kid(k, 'nsubj'), role) || (harmingNoun(tree.kid(k, 'nsubj')) && conditionOf(ctx, k, role) !== undefined));
  // ("told Chile it is cutting off gas if Chile goes ahead": a harmful act in the progressive on a condition is a future too)
  if (progressive && !subjectMeasure && !(role(k) === 'consequence' && condition >= 0)) return undefined;
  // "would not have shot down the jet if …": a past that did not happen threatens nothing
  if (modal !== undefined && tree.kids(k).some((c) => tree.rel(c) === 'aux' && tree.lemma(c) === 'have' && c > modal)) return undefined;
  // ("will face devastating consequences": whoever faces a harm suffers it, whatever the harm)
  // ("if it keeps provoking us, we will do what is necessary": whatever it takes, on a condition, is a harm)
  // (however the parse hangs "what is necessary": the word right after the verb)
  // ("will do whatever is necessary to defend its sovereignty": whatever it takes in defence, too)
  const whateverAct = tree.lemma(k) === 'do' && /^(?:what|whatever)$/.test(ctx.lower[k + 1] ?? '');
  // (the parse hangs "to defend …" under "necessary", or beside "do" from the speech verb: within a few words, in k's clause or beside it)
  const defends = (c: number) => ctx.lex.cueWords('defending-verb').has(tree.lemma(c)) && ctx.lower[c - 1] === 'to' && (tree.dominates(k, c) || tree.head(c) === tree.head(k));
  const defence = whateverAct ? Array.from({ length: 6 }, (_, i) => k + 2 + i).find((c) => c < ctx.texts.length && defends(c)) ?? -1 : -1;
  const inDefence = defence >= 0;
  const whatever = whateverAct && (condition >= 0 || inDefence);
  // ("would not proceed with the trade deals if the fighting went on": a benefit withheld on a condition)
  const withheld = role(k) === 'withheld' && condition >= 0 && negated(ctx, k);
  // ("would recall its ambassador if …": an act that harms only on a condition)
  // ("will have no choice but to act if …": an act forced on the speaker's side, on a condition)
  const choice = tree.kid(k, 'obj');
  // (the act hung from the noun, or from "have" itself: "will have no choice but to destroy X")
  const noChoice = tree.lemma(k) === 'have' && tree.lemma(choice) === 'choice' && tree.kidsWith(choice, 'det').some((d) => ctx.lower[d] === 'no') && [...tree.kidsWith(choice, 'acl'), ...tree.kidsWith(k, 'advcl')].some((a) => tree.kids(a).some((m) => ctx.lower[m] === 'but'));
  const onCondition = (role(k) === 'conditional' || noChoice) && condition >= 0;
  // ("any such move would damage relations with X", "would sour ties": an act said to harm the ties threatens whoever does it)
  const harmsTies = ctx.lex.cueWords('tie-harming-verb').has(tree.lemma(k)) && ctx.lex.cueWords('tie-noun').has(tree.lemma(tree.kid(k, 'obj')));
  // ("if X does not give the base back, bad things are going to happen", "things will get very tough": a harm that
  // comes of itself, on a condition)
  const things = subjectOf(ctx, k);
  const badThings = condition >= 0 && things >= 0 && tree.lemma(things) === 'thing' && tree.kidsWith(things, 'amod').some((a) => ctx.lex.cueWords('bad-adjective').has(ctx.lower[a])) && ctx.lex.cueWords('coming-verb').has(tree.lemma(k));
  const getsHarsh = condition >= 0 && tree.lemma(k) === 'get' && isHarm(ctx, tree.kid(k, 'xcomp'), role);
  // ("if the talks fail, it is going to be a very bad day for Chile": a bad time for someone, on a condition)
  const badFor = condition >= 0 && badTimeFor(ctx, k);
  // ("if they restart it, they are going to have bigger problems": problems someone will have on a condition are in store for them)
  const troubles = condition >= 0 && ['have', 'face'].includes(tree.lemma(k)) && tree.lemma(tree.kid(k, 'obj')) === 'problem';
  // ("if they come back, it will cost them dearly": a price exacted, on a condition)
  const costly = condition >= 0 && tree.lemma(k) === 'cost' && tree.kidsWith(k, 'advmod').some((a) => /^(?:dearly|heavily)$/.test(ctx.lower[a]));
  const r = mustBear !== undefined || risked || targeted || troubles ? 'suffering' : role(k) !== 'suffering' && (harmsTies || badThings || getsHarsh || badFor || costly || onCondition || objectHarms || complementHarms || bringsAbout || actOfWar || regardedAsWar || unanswered || leftUnanswered || litotes || measureHarms || subjectMeasure || existential || whatever || withheld || metWith) ? 'consequence' : role(k);
  // ("will hold talks with X": "hold" harms only someone held responsible, "hold them accountable")
  if (tree.lemma(k) === 'hold' && tree.kid(k, 'xcomp') < 0 && !isAgent(ctx.entityAtToken[tree.kid(k, 'obj')]) && tree.upos(tree.kid(k, 'obj')) !== 'PRON' && !objectHarms) return undefined;
  if (r === 'no-action' || r === 'condition') return undefined;
  // ("would leave open one border crossing": leaving a thing open harms no one)
  // ("would leave one crossing open" too)
  if (tree.lemma(k) === 'leave' && (ctx.lower[k + 1] === 'open' || tree.kids(k).some((c) => ctx.lower[c] === 'open') || tree.kids(tree.kid(k, 'obj')).some((c) => ctx.lower[c] === 'open'))) return undefined;
  if (condition < 0 && r !== 'consequence' && r !== 'suffering') return undefined;
  if (condition < 0 && (negated(ctx, k) || (goingTo !== undefined && negated(ctx, goingTo))) && !litotes && !unanswered && !leftUnanswered) return undefined;
  // ("will impose duties on the wine from today": a measure that starts on a given day is announced, not threatened)
  if (condition < 0 && startsOnDay(ctx, k)) return undefined;
  // a clause under a cue verb was read with it
  if (role(tree.head(k)) === 'cue') return undefined;
  const subject = madeTo >= 0 ? tree.kid(madeTo, 'obj') : subjectOf(ctx, k);
  const reporter = weakReporter ?? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) ?? (madeTo >= 0 ? agentsAt(ctx, subjectOf(ctx, madeTo))[0] : undefined);
  // "the group will not escape its end unless it disarms", said by someone else: what befalls the
  // subject depends on what the subject itself does, so the subject is the one threatened
  // (a pronoun there stands for someone else the consequence names, if it names anyone: "X will cut ties with Y unless it withdraws")
  const conditionSubject = hedge(ctx, condition) ? -1 : subjectOf(ctx, condition);
  const othersNamed = conditionSubject >= 0 && ctx.tree.upos(conditionSubject) === 'PRON' && agentsUnder(ctx, k, [condition, subject]).some((e) => !agentsAt(ctx, subject).includes(e));
  const suffering = r === 'suffering' || (!!reporter && condition >= 0 && !othersNamed && sameActor(ctx, subject, conditionSubject) && !agentsAt(ctx, subject).includes(reporter));
  // (a condition alone makes no threat of a harmless act, "would still work with Y if …"; what befalls
  // the one who must meet the condition does: "would not escape its end unless it disarms")
  if (r !== 'consequence' && r !== 'suffering' && !suffering) return undefined;
  // ("cargoes from X will not be allowed to pass": a passive's subject is acted on; only a reporter threatens)
  // ("Peru will face Chilean sanctions if …", "… sanctions from Chile": whose measure is faced, when no one tells it)
  const owner = r === 'suffering' && faced >= 0 && isMeasure(ctx, faced, role) ? [tree.kid(faced, 'nmod:poss'), demonymOn(ctx, faced), phraseUnder(ctx, faced, ['nmod'], 'from'), phraseUnder(ctx, k, ['obl'], 'from')].flatMap((x) => agentsAt(ctx, x)).find((e) => isAgent(e) && !agentsAt(ctx, subject).includes(e)) : undefined;
  const threatener = reporter ?? owner ?? (suffering || tree.kid(k, 'nsubj:pass') >= 0 ? undefined : agentsAt(ctx, subject)[0]);
  if (!threatener) return undefined;
  // ("was concerned Russia will invade Ukraine": a named other's act, feared by whoever tells it, is a forecast)
  // (the parse may hang the feared clause beside the fear, from the speech verb: "said it was concerned Russia will …")
  const fearing = (x: number) => ctx.lex.cueWords('fearing-word').has(tree.lemma(x)) || ctx.lex.cueWords('fearing-word').has(ctx.lower[x]);
  const feared = tree.rel(k) === 'ccomp' && (fearing(tree.head(k)) || tree.kidsWith(tree.head(k), 'ccomp').some((c) => c < k && fearing(c)));
  if (feared && !suffering && agentsAt(ctx, subject).some((e) => e !== threatener && !sideOf(ctx, threatener).includes(e))) return undefined;
  // ("Chilean ships would be seized": a passive's subject is what the harm falls on, not who does it)
  // ("Peru would be forced to seek compensation": a passive with a to-infinitive makes its subject act, not suffer)
  const passive = tree.kid(k, 'nsubj:pass') >= 0 && r === 'consequence' && ctx.lower[tree.kid(tree.kid(k, 'xcomp'), 'mark')] !== 'to';
  // ("would recall its ambassador from X if …": the envoy is the threatener's own, the country left the one threatened)
  const recalled = envoysRecalled(ctx, k);
  // ("Peru's countermeasures will escalate if …": whoever owns the measure that comes is on the threatener's side)
  const measureOwners = subjectMeasure && subject >= 0 ? tree.kidsWith(subject, 'nmod:poss').flatMap((p) => agentsAt(ctx, p)) : [];
  const side = [...sideOf(ctx, threatener), ...(suffering || existential || passive || unanswered || actOfWar || harmsTies || subjectMeasure ? [] : agentsAt(ctx, subject)), ...recalled.own, ...measureOwners];
  const named = namedIn(ctx, k);
  // "X should set a timeline, or it would slap sanctions …": whoever must act first is threatened
  const ultimatum = tree.rel(k) === 'conj' && tree.kids(k).some((c) => tree.rel(c) === 'cc' && ctx.lower[c] === 'or');
  // "we, along with our Syrian brothers, will crush …": who acts with the threatener is on its side
  const allies = tree.kidsWith(k, 'obl').filter((o) => comitative(ctx, o));
  // (not whom the harm is measured against: "a very big price, probably bigger than X's")
  const comparisons = comparedWith(ctx, goingTo ?? k);
  const candidates = [
    ...recalled.from,
    // ("would use all means to defend itself against X": whom the defence is against)
    ...purpose.flatMap((c) => agentsAt(ctx, phraseUnder(ctx, c, ['obl'], 'against'))),
    // ("will do whatever it takes to defend its waters against X": whom the defence names)
    ...(inDefence && !tree.dominates(k, defence) ? agentsUnder(ctx, defence) : []),
    ...(ultimatum ? agentsAt(ctx, subjectOf(ctx, tree.head(k))) : []),
    ...(suffering || passive ? agentsAt(ctx, subject) : []),
    // ("those who join the Chilean assembly could face …": whom the one facing it is said by)
    ...(facesOwn ? agentsUnder(ctx, subject) : []),
    // ("would take legal action against X if the assets were used to support Y": whom the act is said to be against,
    // before whom the condition names)
    // (only an agent named there, not a place inside it: "an operation against towns in X"; and not whom one suffers against)
    ...(r === 'suffering' ? [] : [k, tree.kid(k, 'obj')].map((x) => phraseUnder(ctx, x, ['obl', 'nmod'], 'against')).filter((x) => x >= 0 && isAgent(ctx.entityAtToken[x])).flatMap((x) => agentsAt(ctx, x))),
    // ("the consequences would be devastating for Chile if …", "a bad day for Chile": whom a harm is for suffers it)
    ...(tree.upos(k) === 'ADJ' || badFor ? agentsAt(ctx, phraseUnder(ctx, k, ['obl', 'nmod'], 'for')) : []),
    // ("would ban food imports from X if …": whose goods are banned, before whom the condition names)
    ...(ctx.lex.sanctionLemmas.get(tree.lemma(k))?.includes('cut') ? [phraseUnder(ctx, tree.kid(k, 'obj'), ['nmod'], 'from'), phraseUnder(ctx, k, ['obl'], 'from')].flatMap((x) => agentsAt(ctx, x)) : []),
    ...agentsUnder(ctx, condition),
    // ("unless the government in Santiago ends …": the country a seat names, which a locative name is not otherwise)
    ...[seatCountry(ctx, conditionSubject)].filter((e): e is Entity => e !== undefined),
    // ("there will be measures against X": the harm is the subject)
    // ("the strikes on X will continue unless …": the harm the subject names, and on whom)
    ...(existential || actOfWar || unanswered || harmsTies || subjectMeasure ? agentsUnder(ctx, subject) : []),
    // what the harm falls on first ("will crush the heads of X"), then whoever else the action names
    ...agentsUnder(ctx, tree.kid(k, 'obj')),
    // ("would hit back at Chile": an at-phrase of a harm is whom it is aimed at, not where)
    // ("would lodge a complaint with the court against X": an against-phrase names whom the act is aimed at, not a with-phrase)
    ...['against', 'at'].flatMap((p) => tree.kidsWith(k, 'obl').filter((o) => tree.kids(o).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === p)).flatMap((o) => agentsAt(ctx, o))),
    ...agentsUnder(ctx, k, [condition, subject, ...allies, ...otherClauses(ctx, k), ...comparisons]),
    ...objectsAbove(ctx, k),
  ];
  // ("unless there is some drastic change in Cuba": a country the condition places itself in)
  const placedIn = agentsUnder(ctx, condition, [], true).find((e) => e.type === 'Country' && !side.includes(e));
  // ("said it would respond in a proportionate manner": a retort aimed at no one named answers the article's other party)
  const retort = condition < 0 && !suffering && !passive && ctx.lex.cueWords('retort-verb').has(tree.lemma(k)) && tree.kid(k, 'obj') < 0 && phraseUnder(ctx, k, ['obl'], 'to') < 0;
  // ("those who attack us will pay a price": whoever does it, the article's other party)
  const whoever = (r === 'suffering' || suffering) && /^(?:those|anyone|whoever|anybody)$/.test(ctx.lower[subject] ?? '');
  // ("Tehran will take counteraction", said by Iran's spokesman: a harm the speaker's own side will do, at the other party)
  const ownHarm = objectHarms && !!reporter && onSideOf(ctx, reporter, subject);
  // (a benefit withheld "from either nation": the article's other parties, its most named country)
  // ("will take military action to reverse the overthrow of X": whom the overthrow befell is no target)
  const victims = victimsUnder(ctx, k);
  // ("a complaint will be lodged with the UN": whom a recourse is taken to hears it; it is aimed at someone else)
  // (nor whom a letter saying it is sent to: "sent a letter to the UN chief saying it would respond")
  const addressees = new Set([...(measure !== undefined && role(measure) === 'recourse' ? [k, measure].flatMap((x) => ['to', 'with'].flatMap((p) => agentsAt(ctx, phraseUnder(ctx, x, ['obl', 'nmod'], p)))) : []), ...documentAddressees(ctx, k)]);
  // ("told her the consul would have to leave Peru": someone made to leave the threatener's own country is expelled, not threatened)
  if (tree.lemma(k) === 'leave' && agentsAt(ctx, tree.kid(k, 'obj')).some((e) => side.includes(e))) return undefined;
  // ("would respond appropriately if the ship is not freed": a retort on a condition that names no one answers the other party too)
  const retortOnCondition = condition >= 0 && !suffering && !passive && ctx.lex.cueWords('retort-verb').has(tree.lemma(k));
  const compared = new Set(comparisons.flatMap((x) => agentsUnder(ctx, x)));
  // ("“If they restart it, there will be bombing,” he said": whom the condition's "they" stands for)
  const target = candidates.find((e) => !side.includes(e) && named(e) && !isPress(e) && !victims.has(e) && !addressees.has(e)) ?? placedIn ?? groupReferent(ctx, conditionSubject, side) ?? (condition >= 0 ? lastResort(ctx, side) ?? (withheld ? mostNamedCountry(ctx, side) : retortOnCondition ? mostNamedParty(ctx, side) : undefined) ?? (noOneActs(ctx, conditionSubject) ? partyBefore(ctx, conditionSubject >= 0 ? conditionSubject : condition, side) : undefined) : defending || (whatever && inDefence) || retort || metWith || whoever || ownHarm || unanswered || leftUnanswered ? mostNamedParty(ctx, side) : undefined);
  if (!target || compared.has(target)) return undefined;
  const speechVerb = tree.kids(k).find((c) => ctx.isSpeechVerb(c));
  // "individual sanctions would ensue": a subject that names no one is the harm itself
  const harmSubject = subject >= 0 && r === 'consequence' && !isAgent(ctx.entityAtToken[subject]) && tree.upos(subject) === 'NOUN' ? tree.span(subject)[0] : -1;
  // ("will do whatever it takes to defend …" with the purpose hung beside "do": the action runs on to its end)
  // ("bad things are going to happen": the words from the subject of "going")
  const action = inDefence && !tree.dominates(k, defence) ? defence : goingTo ?? k;
  return { threatener, target, action, from: harmSubject >= 0 ? harmSubject : Math.min(modal ?? k, k), condition, reporter: speechVerb, cue: false };
}

/**
 * Whether the clause at k under could/might/may/must names a harm in store: a measure as its subject ("sanctions
 * could follow"), a harmful act the speaker's own side could do ("said it could expel its diplomats"; "said Chile could
 * close the strait" forecasts what another may do), or a measure someone else could suffer ("said Serbia could face sanctions").
 */
export function harmUnderWeakModal(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  const { tree } = ctx;
  if ([tree.kid(k, 'nsubj'), tree.kid(k, 'nsubj:pass')].some((x) => x >= 0 && isMeasure(ctx, x, role))) return true;
  const speaker = ctx.speakerAtToken[k] ?? reportingSubject(ctx, k);
  if (speaker === undefined) return false;
  const own = /^(?:it|we)$/.test(ctx.lower[tree.kid(k, 'nsubj')] ?? '') || agentsAt(ctx, tree.kid(k, 'nsubj')).some((e) => e === speaker || sideOf(ctx, speaker).includes(e));
  if (own && (role(k) === 'consequence' || role(k) === 'conditional' || role(tree.kid(k, 'obj')) === 'harm')) return true;
  return role(k) === 'suffering' && [tree.kid(k, 'obj')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
}

/**
 * Whether a condition's subject names no one who acts ("if such provocations continue", no subject at all), so that the
 * threat is aimed at the party named before; not "if the government uses it", "if refiners keep buying", "if they …".
 */
function noOneActs(ctx: StatementContext, subject: number): boolean {
  // ("if someone wants a trade war": an indefinite someone is whoever the threat is told against)
  if (subject < 0 || /^(?:someone|somebody|anyone|anybody)$/.test(ctx.lower[subject])) return true;
  const { tree } = ctx;
  const words = [ctx.lower[subject], tree.lemma(subject)];
  const people = [ctx.lex.groupAgentNouns, ctx.lex.peopleNouns, ctx.lex.roleHeads, ctx.lex.orgDescriptionNouns, ctx.lex.genericOrganisationWords.heads];
  return tree.upos(subject) === 'NOUN' && !ctx.entityAtToken[subject] && !people.some((set) => words.some((w) => set.has(w))) && !/(?:ers|ors|ists|ants)$/.test(words[0]);
}

/** The phrases under k that a comparison introduces ("bigger than Maduro"): what is compared with, no one acted on. */
function comparedWith(ctx: StatementContext, k: number): number[] {
  const { tree } = ctx;
  const [a, b] = tree.span(k);
  const out: number[] = [];
  for (let i = a; i < b; i++) if (ctx.lower[i] === 'than' && tree.rel(i) === 'case') out.push(tree.head(i));
  return out;
}
