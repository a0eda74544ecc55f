// Threats, read from the dependency tree. Two shapes:
//   a cue verb and its complement: "X threatened to close the border", "X warned that it would
//     respond if Y …" (the threatener is the cue's subject);
//   a consequence under will/would, with an if/unless clause or a harmful verb: "“If they attack,
//     we will respond,” Z said", "Y will pay a heavy price" (the threatener is whoever says it:
//     the quote's speaker, the subject of the speech verb the clause hangs from, else its subject).
// The target is whoever the condition names, else whoever the action falls on; it is named, never
// only a pronoun, and never on the threatener's own side. Lemmas and their roles: data/lexicon/threats.tsv.
import type { Entity, Sentence, Statement } from '../types.js';
import { agentiveWord, agentsAt, coordinatedWith, agentsUnder, articleCountry, conditionPhrase, contentWords, demonymOn, entityOfIri, harmInReserve, countryOfCity, isAgent, isPress, mostNamedCountry, mostNamedParty, negated, phraseUnder, reportingSubject, seatCountry, sideOf, spanText, standFor, subjectOf, verbAbove, type StatementContext } from './context.js';
import { confidenceFor } from './factuality.js';

const MODALS = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo']);
const CONTRACTED_MODAL = /^\p{L}+['’](?:ll|d)$/u;

interface Threat {
  threatener: Entity;
  target: Entity;
  action: number;
  /** Its condition clause, left out of the action's text. */
  condition: number;
  /** A speech verb hanging from the action ("…, X said"), left out of its text. */
  reporter?: number;
  /** Where the action's text starts, when not at the start of its subtree ("would respond …", not "Tehran would respond …"). */
  from?: number;
  cue: boolean;
  /** The cue word, left out of the condition's text when the parse hung it there. */
  cueAt?: number;
}

export function findThreats(ctx: StatementContext): Statement[] {
  const body = withoutRepeats(ctx, ctx.doc.sentences.filter((s) => !s.heading).flatMap((s) => threatStatements(ctx, s)));
  // "Peru threatens Chile with tariffs": a headline's threat is read only when the body tells no threat at all
  // (a body that tells one says it in the words the headline shortens)
  if (body.length) return body;
  return withoutRepeats(ctx, ctx.doc.sentences.filter((s) => s.heading).flatMap((s) => threatStatements(ctx, s)));
}

/** The threats one sentence states, as statements. */
function threatStatements(ctx: StatementContext, s: Sentence): Statement[] {
  const out: Statement[] = [];
  for (const t of threatsIn(ctx, s)) {
    // (not the warning the parse hung inside the condition: "if Y visited Z, warning of …")
    const condition = t.condition >= 0 ? spanOf(ctx, t.condition, [t.cueAt ?? -1]).replace(/[,\s]+$/, '') : undefined;
    const factuality = condition ? 'Conditional' : 'Asserted';
    const threatener = speakingFor(ctx, t.threatener);
    // ("threatened Chile and Bolivia with tariffs": every one coordinated with the target is threatened)
    const side = sideOf(ctx, threatener);
    const others = coordinatedWith(ctx, s, t.target).filter((e) => e !== threatener && !side.includes(e) && !isPress(e));
    // ("told his Azerbaijani counterpart": an unnamed official threatened stands for their country)
    const target = speakingFor(ctx, t.target);
    if (target === threatener || side.includes(target)) continue;
    out.push({
      kind: 'Threat',
      threatener: threatener.iri,
      target: target.iri,
      ...(others.length ? { coTargets: others.map((e) => e.iri) } : {}),
      // "warned Serbia of serious consequences", "threatened Peru with tariffs": without "of" or "with"
      action: spanOf(ctx, t.action, [t.condition, t.reporter ?? -1, ...circumstances(ctx, t.action), ...otherClauses(ctx, t.action)], t.from).replace(/^(?:of|with|at|about)\s+["“]?/, '').replace(/^(?:and|or|but)\s+/i, ''),
      condition,
      evidence: ctx.evidence(s),
      confidence: confidenceFor(t.cue ? 0.8 : 0.6, factuality),
      factuality,
    });
  }
  return out;
}

/**
 * "Trump threatened to take over the canal … Trump has threatened to take control of the Panama Canal":
 * a lead and the body say one threat twice; a threat by the same side on the same target with
 * mostly the same words as an earlier one is that one.
 */
function withoutRepeats(ctx: StatementContext, threats: Statement[]): Statement[] {
  const kept: Array<Extract<Statement, { kind: 'Threat' }>> = [];
  for (const t of threats) {
    if (t.kind !== 'Threat') continue;
    const words = contentWords(t.action);
    const named = targetWords(ctx, t.target);
    const repeats = kept.some((k) => {
      if (k.target !== t.target || !standFor(ctx, k.threatener, t.threatener)) return false;
      const earlier = contentWords(k.action);
      const shared = [...words].filter((w) => earlier.has(w)).length;
      // ("threatened to cut off gas … vowed to retaliate": an answer with no act named restates the threat already told)
      if (vagueAction(words, named) || vagueAction(earlier, named)) return true;
      return shared >= 2 && shared >= 0.5 * Math.min(words.size, earlier.size);
    });
    if (!repeats) kept.push(t);
  }
  return kept;
}

/** "to retaliate", "would have serious consequences", "will respond appropriately": an answer promised with no act named. */
const VAGUE_WORDS = /^(?:against|them|him|her|retaliat\w*|respon\w*|reciprocal|consequences?|measures?|countermeasures?|counteraction|actions?|serious|appropriate(?:ly)?|necessary|all|any|such|take|taking|will|would|have|has|with|strong|firm\w*|greatest|possible|other|choice|than|but|our|relationship|ties)$/;
const vagueAction = (words: ReadonlySet<string>, target: ReadonlySet<string>): boolean => words.size > 0 && [...words].every((w) => VAGUE_WORDS.test(w) || target.has(w));
/** The words of the target's names ("would retaliate against Chile" names no act but the target). */
const targetWords = (ctx: StatementContext, iri: string): Set<string> => {
  const e = entityOfIri(ctx, iri);
  return e ? new Set([e.label, ...e.altLabels].flatMap((l) => [...contentWords(l)])) : new Set();
};

/** Whether the agents the subject at k names are on the reporter's side (the reporter among them). */
const onSideOf = (ctx: StatementContext, reporter: Entity, k: number): boolean => agentsAt(ctx, k).some((e) => sideOf(ctx, reporter).includes(e));

/** "a top Chilean official said Peru would pay a heavy price": an official named only by a description threatens for the country. */
function speakingFor(ctx: StatementContext, e: Entity): Entity {
  if (e.type !== 'Person' || e.mentions.some((m) => m.kind !== 'description')) return e;
  return sideOf(ctx, e).find((x) => x.type === 'Country') ?? e;
}

/**
 * The threats of a sentence: the first cue verb (it says outright that a threat is made), then
 * consequences under will/would that neither its action nor its condition holds ("X will impose
 * tariffs if Y follows through on a pledge to raise duties": X's threat and Y's pledge are two).
 */
function threatsIn(ctx: StatementContext, s: Sentence): Threat[] {
  const { tree } = ctx;
  // (a noun listed as written before its lemma: "means" is a measure, though "mean" is no act)
  const role = (k: number) => (tree.upos(k) === 'NOUN' ? ctx.lex.threatLemmas.get(ctx.lower[k]) : undefined) ?? ctx.lex.threatLemmas.get(tree.lemma(k)) ?? ctx.lex.threatLemmas.get(ctx.lower[k]);
  const out: Threat[] = [];
  const covered = (k: number) => out.some((t) => tree.dominates(t.action, k) || (t.condition >= 0 && tree.dominates(t.condition, k)));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const readiness = readyToHarm(ctx, k, role);
    if (!readiness && (role(k) !== 'cue' || (tree.upos(k) !== 'VERB' && tree.upos(k) !== 'NOUN'))) continue;
    const t = cueThreat(ctx, k, role);
    // (one cue per sentence: "warned X not to …, threatening to …" is one threat told twice)
    if (t) {
      out.push(t);
      break;
    }
  }
  for (let k = s.tokenStart; k < s.tokenEnd && !out.length; k++) {
    const t = ultimatum(ctx, k);
    if (t) out.push(t);
  }
  for (let k = s.tokenStart; k < s.tokenEnd && !out.length; k++) {
    const t = notRuledOut(ctx, k, role) ?? orElse(ctx, k, role) ?? announcedOnCondition(ctx, k, role);
    if (t) out.push(t);
  }
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    // "would not be able to escape its end unless …": an adjective can carry the consequence too
    // ("shall be responsible for the consequences": an adjective of suffering, when what is borne is consequences)
    const borne = tree.upos(k) === 'ADJ' && role(k) === 'suffering' && tree.kidsWith(k, 'obl').some((o) => tree.lemma(o) === 'consequence');
    if (tree.upos(k) !== 'VERB' && tree.upos(k) !== 'AUX' && !borne && !(tree.upos(k) === 'ADJ' && conditionUnder(ctx, k, role) !== undefined)) continue;
    if (covered(k)) continue;
    const t = consequenceThreat(ctx, k, role);
    if (t) out.push(t);
  }
  return out;
}

function cueThreat(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  const xcomp = tree.kid(k, 'xcomp');
  // "a warning that it would respond": a noun's clause is acl
  const ccomp = tree.upos(k) === 'NOUN' ? tree.kid(k, 'acl') : tree.kid(k, 'ccomp');
  const lemma = tree.lemma(k);
  // "warned that prices could rise" is a forecast: a warning threatens when its clause has will/would
  // ("warned it could cut off gas supplies": a harm that could come is threatened all the same)
  // (said of itself: "warned that Russia could invade" forecasts what another may do)
  // ("warned Chile that Peru could cut off gas": the warner's own side, named, all the same)
  const warners = agentsAt(ctx, subjectOf(ctx, tree.upos(k) === 'NOUN' ? verbAbove(ctx, k) : k)).flatMap((e) => [e, ...sideOf(ctx, e)]);
  const ownSubject = (c: number) => /^(?:it|we|they)$/.test(ctx.lower[tree.kid(c, 'nsubj')] ?? '') || agentsAt(ctx, tree.kid(c, 'nsubj')).some((e) => warners.includes(e));
  // ("warned he may consider severing ties": a harm weighed under the weak modal)
  const harmful = (c: number) => role(c) === 'consequence' || (ctx.lex.cueWords('weighing-verb').has(tree.lemma(c)) && role(tree.kid(c, 'xcomp')) === 'consequence');
  const couldHarm = ccomp >= 0 && harmful(ccomp) && ownSubject(ccomp) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may|can)$/.test(ctx.lower[c]));
  // ("warned Chile that Peru could push them back if another attack came": a warning to someone of what the
  // warner's side could do on a condition threatens, whatever the act)
  // (a warning given to someone: "warned Chile", "warned her counterpart")
  const warnsSomeone = lemma === 'warn' && (tree.kid(k, 'obj') >= 0 || tree.kid(k, 'iobj') >= 0);
  const couldOnCondition = ccomp >= 0 && warnsSomeone && ownSubject(ccomp) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may)$/.test(ctx.lower[c])) && conditionUnder(ctx, ccomp, role) !== undefined;
  // ("warned Chile that its course could lead to its destruction": a harm the one warned is told their acts bring)
  const leadsToHarm = ccomp >= 0 && warnsSomeone && ['lead', 'result'].includes(tree.lemma(ccomp)) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may|will|would)$/.test(ctx.lower[c])) && [phraseUnder(ctx, ccomp, ['obl'], 'to'), phraseUnder(ctx, ccomp, ['obl'], 'in')].some((o) => o >= 0 && isHarm(ctx, o, role));
  // ("warned X that it was ready to use force": a readiness to harm is threatened too)
  let action = xcomp >= 0 ? xcomp : ccomp >= 0 && (hasModal(ctx, ccomp) || couldHarm || couldOnCondition || leadsToHarm || readyToHarm(ctx, ccomp, role)) ? ccomp : -1;
  // ("warned them to say: 'if you fire, we will take it as a declaration of war'": what the warning says)
  // (the quoted words hung from "say" as its complement or as an aside, or beside it from the warning)
  // (or as a clause with its own subject coordinated with it)
  const said = xcomp >= 0 && tree.lemma(xcomp) === 'say' ? [...tree.kidsWith(xcomp, 'ccomp'), ...tree.kidsWith(xcomp, 'parataxis'), ...tree.kidsWith(xcomp, 'conj').filter((c) => tree.kid(c, 'nsubj') >= 0), ...tree.kidsWith(k, 'parataxis').filter((c) => c > xcomp)][0] : undefined;
  if (action === xcomp && said !== undefined) action = said;
  if (action < 0 && (lemma === 'threaten' || lemma === 'vow') && tree.upos(k) === 'VERB') action = tree.kid(k, 'obj');
  // ("is ready for the toughest response": the harm the readiness is for)
  const readyFor = action < 0 ? readyForHarm(ctx, k, role) : -1;
  if (readyFor >= 0) action = readyFor;
  // ("hinted at retaliation": a harm hinted at; "hinted that it would join the talks" threatens nothing)
  if (lemma === 'hint') action = [phraseUnder(ctx, k, ['obl'], 'at')].find((x) => x >= 0 && (isMeasure(ctx, x, role) || isHarm(ctx, x, role))) ?? (harmNamed(ctx, ccomp, role) ? ccomp : -1);
  // ("promised a tough response": a harm promised or pledged; "promised aid" is no threat)
  if (action < 0 && (lemma === 'promise' || lemma === 'pledge') && tree.upos(k) === 'VERB' && isHarm(ctx, tree.kid(k, 'obj'), role)) action = tree.kid(k, 'obj');
  // "reserves the right to respond": the act the right is to
  // ("retains the right to take further action"; aimed at whom it names, else at the article's other party)
  const reservedRight = (lemma === 'reserve' || lemma === 'retain') && tree.lemma(tree.kid(k, 'obj')) === 'right';
  if (action < 0 && reservedRight) {
    const act = tree.kid(tree.kid(k, 'obj'), 'acl');
    // ("the right to take countermeasures": a harm named by the act's object)
    // ("the right to take further action against X": a measure against someone)
    // (a right kept to take measures is a measure held in store, against someone named or not: "to take further action")
    const measure = act >= 0 && isMeasure(ctx, tree.kid(act, 'obj'), role);
    // ("reserves the right to defend itself": a defence held in store is a warning to whoever it would be against)
    const defence = act >= 0 && ctx.lex.cueWords('defending-verb').has(tree.lemma(act));
    if (act >= 0 && (role(act) === 'consequence' || role(tree.kid(act, 'obj')) === 'harm' || measure || defence)) action = act;
  }
  // ("would reserve all legal and political actions": measures held in store, aimed like a right reserved)
  const reservedMeasure = action < 0 && lemma === 'reserve' && tree.upos(k) === 'VERB' && isMeasure(ctx, tree.kid(k, 'obj'), role);
  if (reservedMeasure) action = tree.kid(k, 'obj');
  // "warned Serbia of serious consequences", "a warning to the rebels of firm action"
  if (action < 0 && (lemma === 'warn' || lemma === 'warning')) action = ofPhrase(ctx, k);
  // ("warned X about countermeasures": an about-phrase when it names a harm; "warned about the risks" forecasts)
  const about = action < 0 && lemma === 'warn' ? phraseUnder(ctx, k, ['obl'], 'about') : -1;
  if (about >= 0 && isHarm(ctx, about, role)) action = about;
  // "Peru's threat to cut off gas supplies", "threats by Peru to go to war": the noun's to-clause
  if (action < 0 && lemma === 'threat' && tree.upos(k) === 'NOUN') action = phraseUnder(ctx, k, ['acl'], 'to', ['mark']);
  // ("a Peruvian threat of sanctions": a harm or measure the of-phrase names)
  const ofHarm = lemma === 'threat' && tree.upos(k) === 'NOUN' ? phraseUnder(ctx, k, ['nmod'], 'of') : -1;
  if (action < 0 && ofHarm >= 0 && (isMeasure(ctx, ofHarm, role) || isHarm(ctx, ofHarm, role))) action = ofHarm;
  // ("in response to the threat of X to impose …": the to-clause hung from the noun the threat serves)
  if (action < 0 && lemma === 'threat' && tree.upos(k) === 'NOUN' && tree.rel(k) === 'nmod') action = tree.kidsWith(tree.head(k), 'acl').find((c) => c > k && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to')) ?? -1;
  // "warned Peru not to cross the line", with the to-clause parsed as an adverbial
  // ("threatened on Sunday to expel …": the same for a threat or vow)
  const toClause = ['warn', 'threaten', 'vow', 'pledge'].includes(lemma) && tree.upos(k) === 'VERB' ? phraseUnder(ctx, k, ['advcl'], 'to', ['mark']) : -1;
  if (action < 0) action = toClause;
  // "warned the Philippines against playing with fire": what the one warned must not do
  // (or hung from the one warned: "warned the United States against ramping up …")
  const warned = tree.kid(k, 'obj');
  const against = lemma === 'warn' && action < 0 && agentsAt(ctx, warned).length ? [phraseUnder(ctx, k, ['advcl', 'obl'], 'against', ['mark', 'case']), phraseUnder(ctx, warned, ['acl'], 'against', ['mark'])].find((x) => x >= 0) ?? -1 : -1;
  if (action < 0) action = against;
  // "threatened Mexico with tariffs": what the one threatened is threatened with
  if (lemma === 'threaten' && action >= 0 && action === tree.kid(k, 'obj') && agentsAt(ctx, action).length) {
    // ("threatened Ethiopia of potential violence": an of-phrase, on the verb or on the one threatened, all the same)
    const withWhat = [phraseUnder(ctx, k, ['obl'], 'with'), phraseUnder(ctx, k, ['obl'], 'of'), phraseUnder(ctx, action, ['nmod'], 'of')].find((x) => x >= 0) ?? -1;
    // ("threatened Chile on Monday, saying it could consider it a part of the war if …": what the saying says)
    const saying = tree.kidsWith(k, 'advcl').find((c) => ctx.lex.speechVerbs.has(ctx.lower[c]) || tree.lemma(c) === 'say');
    const said = saying !== undefined ? tree.kid(saying, 'ccomp') : -1;
    if (withWhat >= 0) action = withWhat;
    else if (said >= 0) action = said;
    // ("settlers who threatened Palestinian families": someone menaced, with no act threatened, is no statement of a threat)
    else if (!harmNamed(ctx, action, role)) return undefined;
  }
  // "issued an ultimatum to X to withdraw": the demand hangs from the verb that holds the noun
  if (action < 0 && tree.upos(k) === 'NOUN') action = phraseUnder(ctx, verbAbove(ctx, k), ['xcomp', 'advcl'], 'to', ['mark']);
  // ("issued an ultimatum to Chile": the ultimatum is the threat, whatever it demands)
  // (not one rejected or ignored: "if the rebels reject the ultimatum" makes the rebels no threatener)
  if (action < 0 && lemma === 'ultimatum' && tree.rel(k) === 'obj' && ctx.lex.cueWords('issuing-verb').has(tree.lemma(tree.head(k)))) action = k;
  if (action < 0) return undefined;
  let holderVerb = tree.upos(k) === 'NOUN' ? verbAbove(ctx, k) : k;
  // "X said it would be … if Y visited Taiwan, warning of …", the warning hung inside the condition:
  // a condition's subject does not warn; the clause that holds the condition does
  // (a participle read as a noun; "follows through on a pledge to …" inside the condition is the condition's subject's)
  let heldIn = -1;
  if (holderVerb !== k && /ing$/.test(ctx.lower[k]) && tree.kids(holderVerb).some((m) => tree.rel(m) === 'mark' && /^(?:if|unless)$/.test(ctx.lower[m]))) [heldIn, holderVerb] = [holderVerb, tree.head(holderVerb)];
  // "it said it was ready to …": a pronoun subject is whoever reports the clause
  // ("the minister said the army was ready to …": an institution the text does not name speaks through whoever reports it)
  const holder = subjectOf(ctx, holderVerb);
  // ("said its troops were prepared to …": a group the reporter commands speaks through the reporter too)
  const unnamed = holder >= 0 && !ctx.entityAtToken[holder] && (ctx.lex.genericOrganisationWords.heads.has(ctx.lower[holder]) || (ctx.lex.groupAgentNouns.has(ctx.lower[holder]) && tree.kid(holder, 'nmod:poss') >= 0));
  // ("Peru's threat", "threats by Peru": a noun's possessor or by-phrase makes it)
  // ("the threat of President X to …": an of-phrase that is itself a name of an agent)
  const ofAgent = tree.upos(k) === 'NOUN' ? phraseUnder(ctx, k, ['nmod'], 'of') : -1;
  // ("the conflict threatens the unity of the state": a thing that endangers another threatens no one)
  // (a person named inside the subject speaks all the same: "Defence Minister X" parsed with "Defence" as its head)
  const agentive = (x: number) => agentiveWord(ctx, x) || ctx.lex.groupAgentNouns.has(ctx.lower[x]) || agentsAt(ctx, x).some((e) => e.type === 'Person');
  if (lemma === 'threaten' && tree.upos(k) === 'VERB' && holder >= 0 && tree.upos(holder) === 'NOUN' && !agentive(holder)) return undefined;
  // ("a Peruvian threat": the country a demonym names)
  const demonym = tree.upos(k) === 'NOUN' ? demonymOn(ctx, k) : -1;
  const maker = tree.upos(k) === 'NOUN' ? [tree.kid(k, 'nmod:poss'), phraseUnder(ctx, k, ['nmod'], 'by'), isAgent(ctx.entityAtToken[ofAgent]) ? ofAgent : -1, demonym].flatMap((x) => agentsAt(ctx, x))[0] : undefined;
  // ("to defuse the threat of war": a danger no one is named as making is no one's threat)
  if (action === ofHarm && !maker) return undefined;
  // ("the government in Lima vowed …": the country its seat names)
  const threatener = maker ?? ctx.speakerAtToken[k] ?? agentsAt(ctx, holder)[0] ?? seatCountry(ctx, holder) ?? (tree.upos(holder) === 'PRON' || unnamed ? reportingSubject(ctx, k) : undefined);
  if (!threatener) return undefined;
  const condition = conditionOf(ctx, action, role) ?? conditionOf(ctx, k, role) ?? heldIn;
  // "warned Peru not to cross the line" is a warning all the same; "vowed not to strike" promises no harm
  const forbidding = warnsSomeone && (action === xcomp || action === toClause || action === against);
  if (condition < 0 && negated(ctx, action) && !forbidding && role(action) !== 'litotes') return undefined;
  // ("warned Chile not to cross the line", "warned Peru to steer clear of …": a demand with no harm named and no
  // condition is a warning, which the gold reads as a stance, not a threat)
  // (but "not to cross the red line": a line drawn says what crossing it brings)
  const redLine = redLineIn(ctx, action);
  // ("warned Japan not to take provocative action": the act forbidden is the one warned's, no harm of the warner's)
  if (lemma === 'warn' && (action === xcomp || action === toClause || action === against) && condition < 0 && (!harmNamed(ctx, action, role) || negated(ctx, action)) && !redLine) return undefined;
  // ("vowed to protect the oil reserves", "pledged that it will help": a promise of no harm and on no condition threatens no one)
  if ((lemma === 'vow' || lemma === 'pledge' || lemma === 'promise') && condition < 0 && !harmNamed(ctx, action, role) && !readyToHarm(ctx, action, role)) return undefined;
  // "warned that Ruritania would respond": who acts is on the threatener's side; "warned that
  // Ruritania would pay a heavy price": who suffers is the one threatened
  // ("Peru's threat to impose …": the noun a to-clause hangs from is no actor under which the target hides)
  // (whoever is ready for the harm does it)
  const actionSubject = subjectOf(ctx, readyFor >= 0 ? k : action);
  const actor = actionSubject === k ? -1 : actionSubject;
  // ("warned that Chilean ships would be seized": a passive's subject suffers the act)
  const suffers = role(action) === 'suffering' || (role(action) === 'consequence' && tree.kid(action, 'nsubj:pass') >= 0);
  // ("warned that any Chilean attack would draw a response": an attack as the subject provokes the act, and whoever attacks is threatened)
  // ("any attack on the port by forces loyal to X": whoever the by-phrase names attacks, not the place attacked)
  // (hung from the last place attacked: "any attack on X or the Y air base by forces loyal to Z")
  // (a by-phrase that names no one known still says the places before it are only attacked)
  const attackers = actor >= 0 ? byPhraseIn(ctx, actor) : -1;
  const provoker = actor >= 0 && tree.upos(actor) === 'NOUN' && role(actor) === 'consequence' ? agentsUnder(ctx, attackers >= 0 ? attackers : actor) : [];
  const recalled = envoysRecalled(ctx, action);
  // ("He said the Peruvian government would reserve …": whoever the cue's own subject names is on the threatener's side)
  // (not the country an envoy is sent to: "the Peruvian Ambassador to Chile")
  const sentTo = holder >= 0 ? tree.kidsWith(holder, 'nmod').filter((o) => tree.kids(o).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'to')) : [];
  const own = holder >= 0 && !maker ? agentsUnder(ctx, holder, sentTo) : [];
  const side = [...sideOf(ctx, threatener), ...(suffers || provoker.length ? [] : agentsAt(ctx, actor)), ...recalled.own, ...own];
  const named = namedIn(ctx, k);
  // ("promised revenge following the killing of X": whom the killing befell is no target)
  const victims = victimsUnder(ctx, action);
  // ("threatened to take the case to the United Nations": whom a case is taken to hears it, it is not threatened)
  const referredTo = new Set(action < 0 ? [] : [action, ...tree.kidsWith(action, 'conj')].filter((v) => ctx.lex.cueWords('referring-verb').has(tree.lemma(v))).flatMap((v) => agentsAt(ctx, phraseUnder(ctx, v, ['obl'], 'to'))));
  // ("…, with prime minister X saying …": the name right before a speaking participle speaks, and is no target;
  // whoever a sentence says reports a threat may still be its target: "X said Y's threat to cancel the summit …")
  const speaking = new Set<Entity>();
  const sentence = ctx.sentenceOfToken(k);
  for (let v = sentence.tokenStart + 1; v < sentence.tokenEnd; v++) {
    const before = ctx.entityAtToken[v - 1];
    if (v !== k && before && /ing$/.test(ctx.lower[v]) && ctx.isSpeechVerb(v) && tree.upos(v) === 'VERB') speaking.add(before);
  }
  // ("threatened EU sanctions against X", "Chile's tariffs": whoever a harm named by a noun is owned by imposes it, and is no target)
  const owners = (x: number) => (x >= 0 && tree.upos(x) === 'NOUN' && role(x) !== undefined ? tree.kids(x).filter((c) => c < x && OWNER_RELATIONS.has(tree.rel(c))) : []);
  const owned = (x: number) => (owners(x).length ? [] : agentsAt(ctx, x));
  const ownedThing = (x: number) => x >= 0 && tree.upos(x) === 'NOUN' && !ctx.lex.roleHeads.has(ctx.lower[x]) && tree.kids(x).some((c) => tree.rel(c) === 'compound' && c < x);
  const modifiers = (x: number): number[] => {
    if (x < 0) return [];
    const [a, b] = tree.span(x);
    const out: number[] = [];
    for (let i = a; i < b; i++) if (tree.rel(i) === 'compound' && tree.upos(tree.head(i)) === 'NOUN' && tree.head(i) !== x && tree.dominates(x, i)) out.push(i);
    return out;
  };
  // "warned Iran that …": the one warned; else who the condition names; else who the action falls on
  const target = [
    ...(suffers ? agentsAt(ctx, actor) : provoker),
    ...recalled.from,
    ...owned(tree.kid(k, 'obj')),
    ...agentsAt(ctx, tree.kid(k, 'iobj')),
    // "threatened sanctions on Sudan", "threatened Iran with strikes", "a warning to the rebels"
    ...tree.kidsWith(k, 'obl').flatMap((o) => agentsAt(ctx, o)),
    ...tree.kidsWith(k, 'nmod').filter((o) => tree.kids(o).some((c) => tree.rel(c) === 'case' && /^(?:to|against)$/.test(ctx.lower[c]))).flatMap((o) => agentsAt(ctx, o)),
    // ("warned it will counter Chile if it holds drills with Bolivia": whom the act is done to, before whom the condition names)
    // (not an owner a name before a thing's noun gives: "to end the UN ceasefire agreement with Morocco")
    ...(tree.upos(action) === 'VERB' && !suffers && !ownedThing(tree.kid(action, 'obj')) ? agentsAt(ctx, tree.kid(action, 'obj')) : []),
    // ("to impose tariffs on Chile if it signs a deal with Bolivia": whom the measure is put on)
    ...(tree.upos(action) === 'VERB' && !suffers ? agentsAt(ctx, phraseUnder(ctx, action, ['obl'], 'on')) : []),
    // ("to end the UN ceasefire agreement with Morocco": a name modifying a noun of the act says whose thing it is; a
    // party the act's phrases name comes first)
    ...agentsUnder(ctx, condition), ...agentsUnder(ctx, action, [condition, actor, ...owners(action), ...modifiers(action)]), ...modifiers(action).flatMap((m) => agentsAt(ctx, m)),
    // ("promised a tough response after Peru expelled five diplomats": whoever did what provoked it)
    ...tree.kidsWith(k, 'advcl').filter((c) => tree.kids(c).some((m) => tree.rel(m) === 'mark' && /^(?:after|because)$/.test(ctx.lower[m]))).flatMap((c) => agentsAt(ctx, subjectOf(ctx, c))),
    // ("Peru's threat of sanctions angered Chile": whom the threat, as a subject, acts on)
    ...(maker && tree.rel(k) !== 'nsubj' ? [] : objectsAbove(ctx, k))]
    // ("had threatened aid cuts and other sanctions": a harm threatened outright falls on the country the article is about)
    // (a country named by the capital an envoy is recalled from is named all the same)
    .find((e) => !side.includes(e) && (named(e) || recalled.from.includes(e)) && !isPress(e) && !victims.has(e) && !referredTo.has(e) && !speaking.has(e)) ?? (condition >= 0 ? lastResort(ctx, side) : reservedRight || reservedMeasure ? mostNamedParty(ctx, side) : (lemma === 'threaten' || lemma === 'warn' || lemma === 'threat' || lemma === 'vow' || ((lemma === 'promise' || lemma === 'pledge') && action === tree.kid(k, 'obj')) || role(k) === 'readiness') && harmNamed(ctx, action, role) ? mostNamedCountry(ctx, side) : undefined);
  if (!target) return undefined;
  return { threatener, target, action, condition, cue: true, cueAt: k };
}

// the relations by which a noun names its owner: "EU sanctions", "Chile's tariffs", "Chilean countermeasures"
const OWNER_RELATIONS = new Set(['compound', 'nmod:poss', 'amod']);

function consequenceThreat(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
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
  // ("will continue to block X", "will keep striking X": a harm kept up under the modal of "continue" or "keep")
  const modal = modalOf(k) ?? (tree.rel(k) === 'xcomp' && ['have', 'continue', 'keep'].includes(tree.lemma(tree.head(k))) ? modalOf(tree.head(k)) : undefined) ?? (madeTo >= 0 ? modalOf(madeTo) : undefined) ?? (shared >= 0 && role(k) === 'consequence' ? modalOf(shared) : undefined) ?? mustBear ?? (measureOnCondition || ownWeak ? weakModal : undefined);
  // ("more sanctions are coming unless …": a present progressive is a future too, for a measure on a condition)
  const progressive = modal === undefined && /ing$/.test(ctx.lower[k]) && tree.kids(k).some((c) => tree.rel(c) === 'aux' && /^(?:is|are)$/.test(ctx.lower[c]));
  // ("X risks sanctions if it goes on, Y said": a measure risked is suffered, whatever the tense)
  const risked = tree.lemma(k) === 'risk' && [tree.kid(k, 'obj')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
  if (modal === undefined && !progressive && !risked) return undefined;
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
  const metWith = ['meet', 'answer'].includes(tree.lemma(k)) && tree.kid(k, 'nsubj:pass') >= 0 && [phraseUnder(ctx, k, ['obl'], 'with'), phraseUnder(ctx, k, ['obl'], 'by')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
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
  const litotes = ((role(k) === 'litotes' && (tree.kid(k, 'xcomp') >= 0 || tree.kid(k, 'obj') >= 0)) || (idly && conditionOf(ctx, k, role) !== undefined)) && negated(ctx, k) && says(tree.kid(k, 'nsubj'));
  // "would take all necessary measures if X imposes the duties", "further steps against X": a measure
  // harms only when something sets it off or someone is named as what it is against
  // (the passive's subject too: "further steps would be taken against X")
  const objects = [tree.kid(k, 'obj'), tree.kid(tree.kid(k, 'xcomp'), 'obj'), tree.kid(k, 'nsubj:pass')].filter((o) => o >= 0);
  const measure = objects.find((o) => role(o) === 'measure' || role(o) === 'recourse');
  // "would be forced to take steps if X joins": the condition may hang from the verb the modal governs
  // (or from a purpose clause the parse put between: "would take measures to defend X if Y imposes …")
  const condition = conditionOf(ctx, k, role) ?? conditionUnder(ctx, tree.kid(k, 'xcomp'), role) ?? conditionUnder(ctx, tree.kid(k, 'advcl'), role) ?? (shared >= 0 ? conditionUnder(ctx, shared, role) : undefined) ?? -1;
  // ("would take all necessary measures to defend itself against X": or in the measures' purpose)
  const purpose = [tree.kid(k, 'advcl'), tree.kid(k, 'xcomp')].filter((c) => c >= 0 && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to'));
  // ("will take all possible measures to defend its interests": measures in defence are aimed at whoever threatens them)
  const defending = measure !== undefined && purpose.some((c) => ctx.lex.cueWords('defending-verb').has(tree.lemma(c)));
  // (a recourse aimed at someone is announced, not threatened: "will file a complaint against X")
  const measureHarms = measure !== undefined && (condition >= 0 || (role(measure) === 'measure' && (defending || [k, measure, ...purpose].some((x) => phraseUnder(ctx, x, ['obl', 'nmod'], 'against') >= 0))));
  // "more sanctions are coming unless …": a measure that comes on a condition is the harm itself
  const subjectMeasure = condition >= 0 && [tree.kid(k, 'nsubj'), tree.kid(k, 'nsubj:pass')].some((x) => x >= 0 && isMeasure(ctx, x, role));
  // "there will be retaliatory measures": a harm that is announced to come
  // ("there will be strikes on its bases", "there will be bombing": an act of harm named by its noun, on a condition)
  const harmingNoun = (x: number) => x >= 0 && tree.upos(x) === 'NOUN' && [tree.lemma(x), ctx.lower[x].replace(/ings?$/, '')].some((w) => ctx.lex.threatLemmas.get(w) === 'consequence');
  const existential = tree.kid(k, 'expl') >= 0 && tree.kid(k, 'nsubj') >= 0 && (isHarm(ctx, tree.kid(k, 'nsubj'), role) || (harmingNoun(tree.kid(k, 'nsubj')) && conditionOf(ctx, k, role) !== undefined));
  if (progressive && !subjectMeasure) return undefined;
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
  const noChoice = tree.lemma(k) === 'have' && tree.lemma(choice) === 'choice' && tree.kidsWith(choice, 'det').some((d) => ctx.lower[d] === 'no') && tree.kidsWith(choice, 'acl').some((a) => tree.kids(a).some((m) => ctx.lower[m] === 'but'));
  const onCondition = (role(k) === 'conditional' || noChoice) && condition >= 0;
  // ("any such move would damage relations with X", "would sour ties": an act said to harm the ties threatens whoever does it)
  const harmsTies = ctx.lex.cueWords('tie-harming-verb').has(tree.lemma(k)) && ctx.lex.cueWords('tie-noun').has(tree.lemma(tree.kid(k, 'obj')));
  const r = mustBear !== undefined || risked ? 'suffering' : role(k) !== 'suffering' && (harmsTies || onCondition || objectHarms || complementHarms || bringsAbout || actOfWar || regardedAsWar || unanswered || leftUnanswered || litotes || measureHarms || subjectMeasure || existential || whatever || withheld || metWith) ? 'consequence' : role(k);
  // ("will hold talks with X": "hold" harms only someone held responsible, "hold them accountable")
  if (tree.lemma(k) === 'hold' && tree.kid(k, 'xcomp') < 0 && !isAgent(ctx.entityAtToken[tree.kid(k, 'obj')]) && tree.upos(tree.kid(k, 'obj')) !== 'PRON' && !objectHarms) return undefined;
  if (r === 'no-action' || r === 'condition') return undefined;
  // ("would leave open one border crossing": leaving a thing open harms no one)
  // ("would leave one crossing open" too)
  if (tree.lemma(k) === 'leave' && (ctx.lower[k + 1] === 'open' || tree.kids(k).some((c) => ctx.lower[c] === 'open') || tree.kids(tree.kid(k, 'obj')).some((c) => ctx.lower[c] === 'open'))) return undefined;
  if (condition < 0 && r !== 'consequence' && r !== 'suffering') return undefined;
  if (condition < 0 && negated(ctx, k) && !litotes && !unanswered && !leftUnanswered) return undefined;
  // ("will impose duties on the wine from today": a measure that starts on a given day is announced, not threatened)
  if (condition < 0 && startsOnDay(ctx, k)) return undefined;
  // a clause under a cue verb was read with it
  if (role(tree.head(k)) === 'cue') return undefined;
  const subject = madeTo >= 0 ? tree.kid(madeTo, 'obj') : subjectOf(ctx, k);
  const reporter = weakReporter ?? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) ?? (madeTo >= 0 ? agentsAt(ctx, subjectOf(ctx, madeTo))[0] : undefined);
  // "the group will not escape its end unless it disarms", said by someone else: what befalls the
  // subject depends on what the subject itself does, so the subject is the one threatened
  // (a pronoun there stands for someone else the consequence names, if it names anyone: "X will cut ties with Y unless it withdraws")
  const conditionSubject = subjectOf(ctx, condition);
  const othersNamed = conditionSubject >= 0 && ctx.tree.upos(conditionSubject) === 'PRON' && agentsUnder(ctx, k, [condition, subject]).some((e) => !agentsAt(ctx, subject).includes(e));
  const suffering = r === 'suffering' || (!!reporter && condition >= 0 && !othersNamed && sameActor(ctx, subject, conditionSubject) && !agentsAt(ctx, subject).includes(reporter));
  // (a condition alone makes no threat of a harmless act, "would still work with Y if …"; what befalls
  // the one who must meet the condition does: "would not escape its end unless it disarms")
  if (r !== 'consequence' && r !== 'suffering' && !suffering) return undefined;
  // ("cargoes from X will not be allowed to pass": a passive's subject is acted on; only a reporter threatens)
  const threatener = reporter ?? (suffering || tree.kid(k, 'nsubj:pass') >= 0 ? undefined : agentsAt(ctx, subject)[0]);
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
  const side = [...sideOf(ctx, threatener), ...(suffering || existential || passive || unanswered || actOfWar || harmsTies ? [] : agentsAt(ctx, subject)), ...recalled.own];
  const named = namedIn(ctx, k);
  // "X should set a timeline, or it would slap sanctions …": whoever must act first is threatened
  const ultimatum = tree.rel(k) === 'conj' && tree.kids(k).some((c) => tree.rel(c) === 'cc' && ctx.lower[c] === 'or');
  // "we, along with our Syrian brothers, will crush …": who acts with the threatener is on its side
  const allies = tree.kidsWith(k, 'obl').filter((o) => comitative(ctx, o));
  const candidates = [
    ...recalled.from,
    // ("would use all means to defend itself against X": whom the defence is against)
    ...purpose.flatMap((c) => agentsAt(ctx, phraseUnder(ctx, c, ['obl'], 'against'))),
    // ("will do whatever it takes to defend its waters against X": whom the defence names)
    ...(inDefence && !tree.dominates(k, defence) ? agentsUnder(ctx, defence) : []),
    ...(ultimatum ? agentsAt(ctx, subjectOf(ctx, tree.head(k))) : []),
    ...(suffering || passive ? agentsAt(ctx, subject) : []),
    ...agentsUnder(ctx, condition),
    // ("there will be measures against X": the harm is the subject)
    ...(existential || actOfWar || unanswered || harmsTies ? agentsUnder(ctx, subject) : []),
    // what the harm falls on first ("will crush the heads of X"), then whoever else the action names
    ...agentsUnder(ctx, tree.kid(k, 'obj')),
    // ("would hit back at Chile": an at-phrase of a harm is whom it is aimed at, not where)
    // ("would lodge a complaint with the court against X": an against-phrase names whom the act is aimed at, not a with-phrase)
    ...['against', 'at'].flatMap((p) => tree.kidsWith(k, 'obl').filter((o) => tree.kids(o).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === p)).flatMap((o) => agentsAt(ctx, o))),
    ...agentsUnder(ctx, k, [condition, subject, ...allies, ...otherClauses(ctx, k)]),
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
  const addressees = new Set(measure !== undefined && role(measure) === 'recourse' ? [k, measure].flatMap((x) => ['to', 'with'].flatMap((p) => agentsAt(ctx, phraseUnder(ctx, x, ['obl', 'nmod'], p)))) : []);
  // ("told her the consul would have to leave Peru": someone made to leave the threatener's own country is expelled, not threatened)
  if (tree.lemma(k) === 'leave' && agentsAt(ctx, tree.kid(k, 'obj')).some((e) => side.includes(e))) return undefined;
  // ("would respond appropriately if the ship is not freed": a retort on a condition that names no one answers the other party too)
  const retortOnCondition = condition >= 0 && !suffering && !passive && ctx.lex.cueWords('retort-verb').has(tree.lemma(k));
  const target = candidates.find((e) => !side.includes(e) && named(e) && !isPress(e) && !victims.has(e) && !addressees.has(e)) ?? placedIn ?? (condition >= 0 ? lastResort(ctx, side) ?? (withheld ? mostNamedCountry(ctx, side) : retortOnCondition ? mostNamedParty(ctx, side) : undefined) : defending || (whatever && inDefence) || retort || metWith || whoever || ownHarm || unanswered || leftUnanswered ? mostNamedParty(ctx, side) : undefined);
  if (!target) return undefined;
  const speechVerb = tree.kids(k).find((c) => ctx.isSpeechVerb(c));
  // "individual sanctions would ensue": a subject that names no one is the harm itself
  const harmSubject = subject >= 0 && r === 'consequence' && !isAgent(ctx.entityAtToken[subject]) && tree.upos(subject) === 'NOUN' ? tree.span(subject)[0] : -1;
  // ("will do whatever it takes to defend …" with the purpose hung beside "do": the action runs on to its end)
  const action = inDefence && !tree.dominates(k, defence) ? defence : k;
  return { threatener, target, action, from: harmSubject >= 0 ? harmSubject : Math.min(modal ?? k, k), condition, reporter: speechVerb, cue: false };
}

/**
 * Whether the clause at k under could/might/may/must names a harm in store: a measure as its subject ("sanctions
 * could follow"), a harmful act the speaker's own side could do ("said it could expel its diplomats"; "said Chile could
 * close the strait" forecasts what another may do), or a measure someone else could suffer ("said Serbia could face sanctions").
 */
function harmUnderWeakModal(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  const { tree } = ctx;
  if ([tree.kid(k, 'nsubj'), tree.kid(k, 'nsubj:pass')].some((x) => x >= 0 && isMeasure(ctx, x, role))) return true;
  const speaker = ctx.speakerAtToken[k] ?? reportingSubject(ctx, k);
  if (speaker === undefined) return false;
  const own = /^(?:it|we)$/.test(ctx.lower[tree.kid(k, 'nsubj')] ?? '') || agentsAt(ctx, tree.kid(k, 'nsubj')).some((e) => e === speaker || sideOf(ctx, speaker).includes(e));
  if (own && (role(k) === 'consequence' || role(k) === 'conditional' || role(tree.kid(k, 'obj')) === 'harm')) return true;
  return role(k) === 'suffering' && [tree.kid(k, 'obj')].some((o) => o >= 0 && (isMeasure(ctx, o, role) || isHarm(ctx, o, role)));
}

/**
 * "gave Chile a week to withdraw its troops or face sanctions": a deadline to act, or else a harm. The
 * giver threatens the one given the deadline with what follows "or"; the demand not met is the condition.
 */
function ultimatum(ctx: StatementContext, k: number): Threat | undefined {
  const { tree } = ctx;
  if (tree.lemma(k) !== 'give' || tree.upos(k) !== 'VERB') return undefined;
  const time = tree.kids(k).find((c) => ctx.lex.cueWords('deadline-noun').has(tree.lemma(c)) && ['obj', 'obl:unmarked', 'obl:tmod', 'obl'].includes(tree.rel(c)));
  if (time === undefined) return undefined;
  const demand = [...tree.kidsWith(k, 'advcl'), ...tree.kidsWith(k, 'xcomp'), ...tree.kidsWith(time, 'acl')].find((c) => ctx.lower[tree.kid(c, 'mark')] === 'to');
  if (demand === undefined) return undefined;
  const harm = orConjuncts(ctx, demand)[0];
  if (harm === undefined) return undefined;
  const threatener = ctx.speakerAtToken[k] ?? agentsAt(ctx, subjectOf(ctx, k))[0];
  if (!threatener || isPress(threatener)) return undefined;
  const side = sideOf(ctx, threatener);
  // the one given the deadline: the indirect object, or a noun before the counted time ("gave the junta one week")
  const target = [...agentsAt(ctx, tree.kid(k, 'iobj')), ...agentsUnder(ctx, time)].find((e) => !side.includes(e) && !isPress(e));
  if (!target) return undefined;
  return { threatener, target, action: harm, condition: -1, cue: true, cueAt: k };
}

/**
 * "announced a ban on Chilean fruit if Chile does not lift its tariffs": a measure announced on a condition is
 * held in store; whoever the condition names is threatened, else whom the measure names.
 */
function announcedOnCondition(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
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
const orConjuncts = (ctx: StatementContext, v: number): number[] => ctx.tree.kidsWith(v, 'conj').filter((c) => ctx.tree.kids(c).some((x) => ctx.tree.rel(x) === 'cc' && ctx.lower[x] === 'or'));

/**
 * "demanded that Chile pay in soles or face sanctions", "told Peru to withdraw or be cut off": what
 * someone is told to do, "or" a harm that befalls them, is a threat of that harm, on whoever must act.
 */
function orElse(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  if (tree.upos(k) !== 'VERB' || negated(ctx, k)) return undefined;
  // ("said Chile must reduce its presence or face action": a clause of what must be done, reported)
  const must = (c: number) => c >= 0 && tree.kids(c).some((m) => tree.rel(m) === 'aux' && /^(?:must|should)$/.test(ctx.lower[m]));
  if (!ctx.lex.cueWords('demanding-verb').has(tree.lemma(k)) && !(ctx.isSpeechVerb(k) && must(tree.kid(k, 'ccomp')))) return undefined;
  const demand = [tree.kid(k, 'ccomp'), tree.kid(k, 'xcomp')].find((c) => c >= 0) ?? -1;
  if (demand < 0) return undefined;
  // (the "or" clause hung from the demand, or from the demanding verb itself: "told Peru to pay … or be cut off")
  const orClause = (v: number) => orConjuncts(ctx, v).find((c) => c > demand && tree.kid(c, 'nsubj') < 0);
  const harm = orClause(demand) ?? orClause(k);
  if (harm === undefined) return undefined;
  // ("or face sanctions", "or pay a heavy price": a harm suffered; "or be cut off": a harm done to them)
  const r = role(harm);
  const passive = tree.kids(harm).some((c) => tree.rel(c) === 'aux:pass');
  if (!(r === 'suffering' || (r === 'consequence' && passive))) return undefined;
  const threatener = ctx.speakerAtToken[k] ?? agentsAt(ctx, subjectOf(ctx, k))[0];
  if (!threatener || isPress(threatener)) return undefined;
  const side = sideOf(ctx, threatener);
  // whoever must act: the demanded clause's subject, the one told, else the article's other party
  const target = [...agentsUnder(ctx, tree.kid(demand, 'nsubj')), ...agentsAt(ctx, tree.kid(k, 'obj')), ...agentsAt(ctx, tree.kid(k, 'iobj'))].find((e) => e !== threatener && !side.includes(e) && !isPress(e)) ?? mostNamedCountry(ctx, [threatener, ...side]);
  if (!target) return undefined;
  const or = tree.kids(harm).find((x) => tree.rel(x) === 'cc');
  return { threatener, target, action: harm, condition: -1, cue: true, cueAt: k, from: or === undefined ? -1 : or + 1 };
}

/**
 * "did not rule out military action against Chile", "left the door open to sanctions on X", "kept
 * tariffs on the table": a harm its subject keeps in reserve is threatened; the target is whom it is against, else whom the
 * verbs above act on.
 */
function notRuledOut(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
  const { tree } = ctx;
  const harm = harmInReserve(ctx, k);
  if (harm < 0) return undefined;
  // ("the use of force": the harm is what is used)
  const what = tree.lemma(harm) === 'use' ? phraseUnder(ctx, harm, ['nmod'], 'of') : harm;
  // (or a harmful act weighed: "is considering expelling the envoys")
  const act = tree.upos(what) === 'VERB' && ['consequence', 'conditional'].includes(role(what) ?? '');
  if (what < 0 || !(isMeasure(ctx, what, role) || act || ctx.lex.cueWords('force-noun').has(tree.lemma(what)))) return undefined;
  const subject = subjectOf(ctx, k);
  // ("X remains on the table, Peru said": a harm that is the subject is kept in reserve by whoever says so)
  const reported = subject === harm;
  const threatener = ctx.speakerAtToken[k] ?? (reported ? reportingSubject(ctx, k) : agentsAt(ctx, subject)[0] ?? (tree.upos(subject) === 'PRON' ? reportingSubject(ctx, k) ?? firstAgentOfSentence(ctx, k) : undefined));
  if (!threatener) return undefined;
  const side = sideOf(ctx, threatener);
  // ("all options are on the table regarding X": whom else the clause names, after what the harm names)
  const target = [...agentsUnder(ctx, harm), ...objectsAbove(ctx, k), ...agentsUnder(ctx, k, [subject, ...otherClauses(ctx, k)])].find((e) => !side.includes(e) && !isPress(e));
  // (the action's words from its auxiliary: "did not rule out …", not its subject)
  const from = reported ? tree.span(harm)[0] : Math.min(k, ...tree.kids(k).filter((c) => c < k && ['aux', 'advmod'].includes(tree.rel(c))));
  return target ? { threatener, target, action: k, from, condition: -1, cue: true } : undefined;
}

/** "West African leaders …, warning they did not rule out …": the sentence's subject, for a pronoun that repeats it. */
function firstAgentOfSentence(ctx: StatementContext, k: number): Entity | undefined {
  let root = k;
  while (ctx.tree.head(root) >= 0) root = ctx.tree.head(root);
  return agentsAt(ctx, subjectOf(ctx, root))[0] ?? ctx.mentionsInSentence[ctx.sentenceOfToken(k).index].map((x) => x.entity).find(isAgent);
}

/**
 * "recalling Peru's ambassador from Santiago" inside a threatened act: whose envoy is recalled is on the
 * threatener's side, and the country the envoy leaves (named, or by its capital) is the one threatened.
 */
function envoysRecalled(ctx: StatementContext, action: number): { own: Entity[]; from: Entity[] } {
  const { tree } = ctx;
  const own: Entity[] = [];
  const from: Entity[] = [];
  if (action < 0) return { own, from };
  const [a, b] = tree.span(action);
  for (let v = a; v < b; v++) {
    if (!['recall', 'withdraw'].includes(tree.lemma(v))) continue;
    const envoy = tree.kid(v, 'obj');
    if (envoy < 0 || !ctx.lex.cueWords('envoy-noun').has(tree.lemma(envoy))) continue;
    // (the envoy, and whoever the possessor names, are the recaller's own)
    own.push(...agentsAt(ctx, tree.kid(envoy, 'nmod:poss')), ...agentsAt(ctx, envoy));
    const place = [phraseUnder(ctx, v, ['obl'], 'from'), phraseUnder(ctx, envoy, ['nmod'], 'from')].find((x) => x >= 0) ?? -1;
    const e = ctx.entityAtToken[place];
    const country = e?.type === 'City' ? countryOfCity(ctx, e) : e;
    if (country && isAgent(country)) from.push(country);
  }
  return { own, from };
}

/** Whether the phrase at k speaks of a red line ("not to cross the red line") or of playing with fire. */
function redLineIn(ctx: StatementContext, k: number): boolean {
  if (k < 0) return false;
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) {
    if (ctx.tree.lemma(i) === 'line' && ctx.tree.kidsWith(i, 'amod').some((x) => ctx.lower[x] === 'red')) return true;
    // ("warned X against playing with fire": whoever plays with fire gets burnt, a harm said without naming it)
    if (ctx.lower[i] === 'fire' && ctx.tree.lemma(i - 1) === 'with' && ctx.tree.lemma(i - 2) === 'play') return true;
  }
  return false;
}

/** The first by-phrase inside the phrase at k (its head), -1 if none. */
function byPhraseIn(ctx: StatementContext, k: number): number {
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) if (ctx.lower[i] === 'by' && ctx.tree.rel(i) === 'case' && ctx.tree.rel(ctx.tree.head(i)) === 'nmod') return ctx.tree.head(i);
  return -1;
}

/** Whether token x names a harm ("countermeasures") or a thing a harming word describes ("retaliatory measures"). */
function isHarm(ctx: StatementContext, x: number, role: (k: number) => string | undefined): boolean {
  // (an adjective as written: "crushing" is a harm though "crush" is an act)
  // (a comparative or superlative as its base: "the toughest response", "harsher measures")
  return role(x) === 'harm' || ctx.tree.kidsWith(x, 'amod').some((a) => role(a) === 'harm' || [ctx.lower[a], ctx.lower[a].replace(/(?:er|est)$/, '')].some((w) => ctx.lex.threatLemmas.get(w) === 'harm'));
}

/** Whether token x names a measure or a harm: threats.tsv "measure"/"harm", or a sanction's measure ("sanctions", "tariffs"). */
function isMeasure(ctx: StatementContext, x: number, role: (k: number) => string | undefined): boolean {
  return role(x) === 'measure' || role(x) === 'harm' || (ctx.lex.sanctionLemmas.get(ctx.tree.lemma(x)) ?? []).includes('measure');
}

/** "along with X", "together with X", "alongside X": a phrase naming who acts with the subject. */
function comitative(ctx: StatementContext, o: number): boolean {
  const cases = ctx.tree.kids(o).filter((c) => ctx.tree.rel(c) === 'case' || ctx.tree.rel(c) === 'advmod').map((c) => ctx.lower[c]);
  return cases.includes('alongside') || (cases.includes('with') && (cases.includes('along') || cases.includes('together')));
}

/** Whether a condition's subject is the consequence's: a pronoun standing for it, or the same named agent. */
function sameActor(ctx: StatementContext, subject: number, conditionSubject: number): boolean {
  if (subject < 0 || conditionSubject < 0 || ctx.tree.upos(subject) === 'PRON') return false;
  const named = agentsAt(ctx, subject);
  if (!named.length) return false;
  if (ctx.tree.upos(conditionSubject) === 'PRON') return /^(?:it|they|he|she)$/.test(ctx.lower[conditionSubject]);
  return agentsAt(ctx, conditionSubject).some((e) => named.includes(e));
}

/** Agents the verbs above k act on ("called on India …, warning that …"): a target of last resort. */
function objectsAbove(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  const out: Entity[] = [];
  for (let c = tree.head(k), steps = 0; c >= 0 && steps < 4; c = tree.head(c), steps++) {
    for (const o of [...tree.kidsWith(c, 'obj'), ...tree.kidsWith(c, 'iobj'), ...tree.kidsWith(c, 'obl')]) {
      if (tree.dominates(o, k)) continue;
      out.push(...agentsAt(ctx, o));
      // ("In a warning to Chile, X said Peru was prepared to use force": whom the warning is to)
      if (ctx.lex.threatLemmas.get(tree.lemma(o)) === 'cue') out.push(...agentsAt(ctx, phraseUnder(ctx, o, ['nmod'], 'to')));
    }
  }
  return out;
}

/** With nobody named, a threat from abroad is aimed at the country the article is about (a bloc warning a junta). */
function lastResort(ctx: StatementContext, side: Entity[]): Entity | undefined {
  const home = articleCountry(ctx);
  return home && !side.includes(home) ? home : undefined;
}

/**
 * An if/unless clause under k ("if they attack", "should they attack"), as its head token; else,
 * when the parse hung the clause elsewhere, an if/unless clause that opens before k in its
 * sentence and that k does not govern ("if X struck …, Tehran would respond").
 */
function conditionOf(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  return conditionUnder(ctx, k, role) ?? looseCondition(ctx, k, role);
}

function looseCondition(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  const { tree } = ctx;
  if (k < 0) return undefined;
  const s = ctx.sentenceOfToken(k);
  for (let m = s.tokenStart; m < k; m++) {
    if (tree.rel(m) !== 'mark' || role(m) !== 'condition') continue;
    const h = tree.head(m);
    if (h >= 0 && h !== k && !tree.dominates(h, k)) return h;
  }
  return undefined;
}

function conditionUnder(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number | undefined {
  const { tree } = ctx;
  if (k < 0) return undefined;
  const isCondition = (c: number) => {
    // (any of its marks: "stand idly by if …" with "by" read as a second mark)
    if (tree.kidsWith(c, 'mark').some((m) => role(m) === 'condition')) return true;
    // inverted "should they attack": the clause opens with its auxiliary
    const aux = tree.kid(c, 'aux');
    // (an opening quote mark may come first)
    let first = tree.span(c)[0];
    while (first < aux && /^\p{P}$/u.test(ctx.texts[first])) first++;
    return aux >= 0 && ctx.lower[aux] === 'should' && aux === first;
  };
  // ("absent progress, Peru will …": a phrase of condition)
  const phrase = conditionPhrase(ctx, k);
  if (phrase >= 0) return phrase;
  // "would suffer a defeat by the military if it tries …" with the clause hung from a phrase of the verb
  // ("if X does not …, sanctions would follow": or from its subject, where the parse hung the clause that opens before it)
  const phrases = tree.kids(k).filter((c) => ['obj', 'obl'].includes(tree.rel(c)) || (['nsubj', 'nsubj:pass'].includes(tree.rel(c)) && tree.kidsWith(c, 'advcl').some((a) => a < c)));
  // ("warned of consequences if X went ahead": the parse may hang the if-clause as a complement)
  // (and a passive with a named subject asks no question: "an intervention must be considered if talks fail")
  const passive = tree.kid(k, 'nsubj:pass') >= 0 && tree.upos(tree.kid(k, 'nsubj:pass')) !== 'PRON';
  return tree.kidsWith(k, 'advcl').find(isCondition) ?? phrases.flatMap((p) => tree.kidsWith(p, 'advcl')).find(isCondition) ?? tree.kidsWith(k, 'ccomp').find((c) => isCondition(c) && (ctx.lower[tree.kid(c, 'mark')] !== 'if' || passive || ctx.lex.cueWords('warning-verb').has(tree.lemma(k))));
}

/** Whether the words under k name a harm or a measure ("aid cuts and other sanctions", "to impose tariffs"). */
function harmNamed(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  if (k < 0) return false;
  const [a, b] = ctx.tree.span(k);
  for (let i = a; i < b; i++) if (isMeasure(ctx, i, role) || role(i) === 'consequence') return true;
  return false;
}

/** "ready to retaliate", "prepared to use force": an adjective of readiness for a harmful act (or an act whose object is a harm). */
function readyToHarm(ctx: StatementContext, k: number, role: (k: number) => string | undefined): boolean {
  const act = ctx.tree.kid(k, 'xcomp');
  // ("was prepared to …" parsed as a passive verb)
  // (or a past form with no object of its own: "were in full readiness and prepared to go to battle")
  // ("troops were preparing to strike the port": a readiness under way, in the progressive)
  const progressive = /ing$/.test(ctx.lower[k]) && ctx.tree.kids(k).some((c) => ctx.tree.rel(c) === 'aux' && /^(?:is|are|was|were|am|been|be)$/.test(ctx.lower[c]));
  const adjective = ctx.tree.upos(k) === 'ADJ' || (ctx.tree.upos(k) === 'VERB' && (ctx.tree.kid(k, 'aux:pass') >= 0 || progressive || (/ed$/.test(ctx.lower[k]) && ctx.tree.kid(k, 'obj') < 0)));
  // ("prepared to go to battle": a harm the act goes to)
  // ("prepared to take action unless …": a measure of any kind, on a condition)
  const measureOnCondition = (o: number) => o >= 0 && isMeasure(ctx, o, role) && (conditionOf(ctx, act, role) ?? conditionOf(ctx, k, role)) !== undefined;
  if (act < 0) return readyForHarm(ctx, k, role) >= 0;
  // ("prepared to encircle the city and bomb it": a harm among the acts it is ready for)
  return k >= 0 && role(k) === 'readiness' && adjective && act >= 0 && ([act, ...ctx.tree.kidsWith(act, 'conj')].some((a) => role(a) === 'consequence') || role(ctx.tree.kid(act, 'obj')) === 'harm' || ctx.tree.kidsWith(act, 'obl').some((o) => role(o) === 'harm') || measureOnCondition(ctx.tree.kid(act, 'obj')));
}

/** "ready for the toughest response": the harm an adjective of readiness is for, as the for-phrase's head; -1 if none. */
function readyForHarm(ctx: StatementContext, k: number, role: (k: number) => string | undefined): number {
  if (k < 0 || role(k) !== 'readiness' || ctx.tree.upos(k) !== 'ADJ') return -1;
  const forWhat = phraseUnder(ctx, k, ['obl'], 'for');
  return forWhat >= 0 && isHarm(ctx, forWhat, role) ? forWhat : -1;
}

/** The "of" phrase of a warning: under the cue, or under its object ("warned Serbia of …"), as its head. */
function ofPhrase(ctx: StatementContext, k: number): number {
  const own = phraseUnder(ctx, k, ['obl', 'nmod'], 'of');
  return own >= 0 ? own : phraseUnder(ctx, ctx.tree.kid(k, 'obj'), ['nmod'], 'of');
}



function hasModal(ctx: StatementContext, k: number): boolean {
  return ctx.tree.kids(k).some((c) => ctx.tree.rel(c) === 'aux' && MODALS.has(ctx.lower[c])) || ctx.tree.kidsWith(k, 'conj').some((c) => hasModal(ctx, c));
}


/**
 * A target is named, in the sentence or the one before, not only a pronoun: in "if they tax her
 * shop, she will close" nobody is threatened; in "… struck Iran. “We will attack their bases,” he
 * said" the United States is.
 */
function namedIn(ctx: StatementContext, k: number): (e: Entity) => boolean {
  const s = ctx.sentenceOfToken(k);
  const before = ctx.doc.sentences[s.index - 1];
  const near = [...(before && before.paragraph === s.paragraph ? ctx.mentionsInSentence[before.index] : []), ...ctx.mentionsInSentence[s.index]];
  return (e) => near.some((x) => x.entity === e && x.mention.kind !== 'pronoun');
}

/** Text of k's subtree from `from` on, less the subtrees in `except` at its edges, and less edge punctuation. */
/** "threatened to suspend Peru following the coup": the adjuncts after the action that say when or why, not what. */
function circumstances(ctx: StatementContext, action: number): number[] {
  const { tree } = ctx;
  const opener = (c: number) => tree.kids(c).find((m) => (tree.rel(m) === 'case' || tree.rel(m) === 'mark') && m === tree.span(c)[0]);
  return tree.kids(action).filter((c) => c > action && ['obl', 'advcl'].includes(tree.rel(c)) && ctx.lex.cueWords('circumstance-word').has(ctx.lower[opener(c) ?? -1] ?? ''));
}

function spanOf(ctx: StatementContext, k: number, except: number[], from = -1): string {
  let [a, b] = ctx.tree.span(k);
  a = Math.max(a, from);
  for (const x of except) {
    if (x < 0) continue;
    const [ea, eb] = ctx.tree.span(x);
    if (ea > k) b = Math.min(b, ea);
    else if (eb <= k) a = Math.max(a, eb);
  }
  while (b > a && /^[\p{P}]$/u.test(ctx.texts[b - 1])) b--;
  while (a < b && /^[\p{P}]$/u.test(ctx.texts[a])) a++;
  return spanText(ctx, a, b);
}

/** Whether a from- or starting-phrase of k names a day ("from today", "starting Monday", "from January 1"). */
function startsOnDay(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  const [a, b] = tree.span(k);
  // ("… starting on February 1", "effective March 3": a start named in words, however the parse hangs it)
  // ("as of midnight Thursday" too)
  const opensStart = (o: number) => /^(?:starting|effective|beginning)$/.test(ctx.lower[o]) || (ctx.lower[o] === 'of' && ctx.lower[o - 1] === 'as');
  for (let o = a; o < b; o++) if (opensStart(o) && ctx.texts.slice(o + 1, Math.min(b, o + 4)).some((w) => ctx.lex.calendar.has(w) || /^(?:today|tomorrow|midnight|immediately)$/i.test(w))) return true;
  for (let o = a; o < b; o++) {
    if (!tree.rel(o).startsWith('obl') || !(/^(?:today|tomorrow|midnight)$/.test(ctx.lower[o]) || ctx.lex.calendar.has(ctx.texts[o]))) continue;
    if (!tree.kids(o).some((c) => /^(?:from|starting|effective)$/.test(ctx.lower[c]))) continue;
    // (the parse may hang the phrase from a participle of the object's: "on wine imported from X from today")
    const h = tree.head(o);
    if (h === k || (['acl', 'xcomp'].includes(tree.rel(h)) && tree.kid(h, 'nsubj') < 0)) return true;
  }
  return false;
}

/** Agents named in the of-phrase of a noun of what befell someone ("the killing of X") under k. */
function victimsUnder(ctx: StatementContext, k: number): Set<Entity> {
  const { tree } = ctx;
  const out = new Set<Entity>();
  if (k < 0) return out;
  const [a, b] = tree.span(k);
  for (let n = a; n < b; n++) {
    if (!ctx.lex.cueWords('victim-noun').has(tree.lemma(n))) continue;
    for (const e of agentsAt(ctx, phraseUnder(ctx, n, ['nmod'], 'of'))) out.add(e);
    // ("the overthrow of President X" with the name hung elsewhere by the parse: the first agent named right after "of")
    if (ctx.lower[n + 1] !== 'of') continue;
    for (let i = n + 2; i < Math.min(ctx.texts.length, n + 6); i++) {
      const e = ctx.entityAtToken[i];
      if (e && isAgent(e)) {
        out.add(e);
        break;
      }
    }
  }
  return out;
}

/** Clauses coordinated with k that have a subject of their own ("… would be met by sanctions and X rejected …"): other statements. */
function otherClauses(ctx: StatementContext, k: number): number[] {
  const { tree } = ctx;
  return k < 0 ? [] : tree.kidsWith(k, 'conj').filter((c) => tree.upos(c) === 'VERB' && tree.kid(c, 'nsubj') >= 0);
}
