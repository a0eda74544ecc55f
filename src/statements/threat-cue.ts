// Threats said with a cue word (threats.ts): "X threatened to close the border", "X warned that it would respond if
// Y …", "X's ultimatum", "ready to retaliate". The threatener is the cue's subject or maker.
import type { Entity } from '../types.js';
import { agentiveWord, agentsAt, agentsUnder, demonymOn, isAgent, isPress, issuerBefore, mostNamedCountry, mostNamedParty, negated, phraseUnder, reportingSubject, seatCountry, sideOf, subjectOf, verbAbove, type StatementContext } from './context.js';
import { type Threat, OWNER_RELATIONS, envoysRecalled, redLineIn, byPhraseIn, isHarm, isMeasure, objectsAbove, lastResort, conditionOf, conditionUnder, harmNamed, readyToHarm, readyForHarm, ofPhrase, hasModal, hasOwnModal, namedIn, victimsUnder, becomesTarget, declaredTarget, documentAddressees } from './threat-parts.js';

export function cueThreat(ctx: StatementContext, k: number, role: (k: number) => string | undefined): Threat | undefined {
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
  // ("warned Chile could abandon the pact if …": an act that harms on a condition, with its condition)
  const harmful = (c: number) => role(c) === 'consequence' || (role(c) === 'conditional' && conditionUnder(ctx, c, role) !== undefined) || (ctx.lex.cueWords('weighing-verb').has(tree.lemma(c)) && role(tree.kid(c, 'xcomp')) === 'consequence');
  const couldHarm = ccomp >= 0 && harmful(ccomp) && ownSubject(ccomp) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may|can)$/.test(ctx.lower[c]));
  // ("warned Chile that Peru could push them back if another attack came": a warning to someone of what the
  // warner's side could do on a condition threatens, whatever the act)
  // (a warning given to someone: "warned Chile", "warned her counterpart")
  const warnsSomeone = lemma === 'warn' && (tree.kid(k, 'obj') >= 0 || tree.kid(k, 'iobj') >= 0);
  const couldOnCondition = ccomp >= 0 && warnsSomeone && ownSubject(ccomp) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may)$/.test(ctx.lower[c])) && conditionUnder(ctx, ccomp, role) !== undefined;
  // ("warned Chile that its course could lead to its destruction": a harm the one warned is told their acts bring)
  const leadsToHarm = ccomp >= 0 && warnsSomeone && ['lead', 'result'].includes(tree.lemma(ccomp)) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may|will|would)$/.test(ctx.lower[c])) && [phraseUnder(ctx, ccomp, ['obl'], 'to'), phraseUnder(ctx, ccomp, ['obl'], 'in')].some((o) => o >= 0 && isHarm(ctx, o, role));
  // ("warned Chile that the law could have serious consequences", "… could carry repercussions for Chile": a harm a thing
  // could bring, told to someone or named for them)
  const bringsHarm = ccomp >= 0 && ['have', 'carry', 'bring', 'entail'].includes(tree.lemma(ccomp)) && tree.kids(ccomp).some((c) => tree.rel(c) === 'aux' && /^(?:could|might|may)$/.test(ctx.lower[c])) && [tree.kid(ccomp, 'obj')].some((o) => o >= 0 && ctx.lex.threatLemmas.get(tree.lemma(o)) === 'harm' && (warnsSomeone || agentsUnder(ctx, o).length > 0));
  // ("warned X that it was ready to use force": a readiness to harm is threatened too)
  let action = xcomp >= 0 ? xcomp : ccomp >= 0 && (hasModal(ctx, ccomp) || couldHarm || couldOnCondition || leadsToHarm || bringsHarm || readyToHarm(ctx, ccomp, role)) ? ccomp : -1;
  // ("warned: “We oppose X, and if they go on, we will take countermeasures”": the conjunct that holds the modal is the act)
  if (action === ccomp && ccomp >= 0 && !hasOwnModal(ctx, ccomp)) action = tree.kidsWith(ccomp, 'conj').find((c) => hasOwnModal(ctx, c)) ?? action;
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
  // ("warned of Chile's support for the rebels", "of a potential influence": what is warned of threatens only when it is a harm
  // or a measure, not a charge or a forecast)
  const warnedOf = action < 0 && (lemma === 'warn' || lemma === 'warning') ? ofPhrase(ctx, k) : -1;
  // (any of its conjuncts: "very serious developments and consequences")
  if (warnedOf >= 0 && tree.conjuncts(warnedOf).some((w) => isMeasure(ctx, w, role) || isHarm(ctx, w, role) || role(w) === 'consequence' || ctx.lex.cueWords('response-noun').has(tree.lemma(w)))) action = warnedOf;
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
  // ("threatening the country with a punitive deal": one threatened named by any noun, when a with-phrase says with what)
  if (lemma === 'threaten' && action >= 0 && action === tree.kid(k, 'obj') && (agentsAt(ctx, action).length || phraseUnder(ctx, k, ['obl'], 'with') >= 0)) {
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
  // ("hit out at X for threatening …", "criticised X for threatening …": the one blamed for it makes the threat)
  const blamed = holderVerb === k && /ing$/.test(ctx.lower[k]) && tree.rel(k) === 'advcl' && tree.kids(k).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'for') ? [tree.kid(tree.head(k), 'obj'), phraseUnder(ctx, tree.head(k), ['obl'], 'at')].find((x) => x >= 0 && agentsAt(ctx, x).length > 0) : undefined;
  const holder = blamed ?? subjectOf(ctx, holderVerb);
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
  // ("Iran sent a letter to the UN. The letter warned …": a document the article told of is its sender's)
  const document = holder >= 0 && !ctx.entityAtToken[holder] && ctx.lex.cueWords('document-noun').has(ctx.lower[holder]) && tree.kidsWith(holder, 'det').some((d) => ctx.lower[d] === 'the') ? issuerBefore(ctx, k, tree.lemma(holder)) : undefined;
  // (a quotation may tell another's threat: "'Russia vows to shoot down …,' Trump wrote": the named subject makes it)
  const namedHolder = holder >= 0 && tree.upos(k) === 'VERB' && role(k) === 'cue' && tree.upos(holder) !== 'PRON' ? agentsAt(ctx, holder)[0] : undefined;
  const threatener = maker ?? namedHolder ?? ctx.speakerAtToken[k] ?? agentsAt(ctx, holder)[0] ?? seatCountry(ctx, holder) ?? document ?? (tree.upos(holder) === 'PRON' || unnamed ? reportingSubject(ctx, k) : undefined);
  if (!threatener) return undefined;
  // ("warned UK ships to avoid the strait": a warning to the warner's own side, to keep clear, threatens no one)
  const warnedOwn = lemma === 'warn' && (action === xcomp || action === toClause) ? agentsUnder(ctx, tree.kid(k, 'obj')) : [];
  if (warnedOwn.length && warnedOwn.every((e) => e === threatener || sideOf(ctx, threatener).includes(e))) return undefined;
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
  // ("warned that Chilean bases would be legitimate targets": what becomes a target is struck, its owner threatened)
  const suffers = role(action) === 'suffering' || (role(action) === 'consequence' && tree.kid(action, 'nsubj:pass') >= 0) || (becomesTarget(ctx, action) && (declaredTarget(ctx, action) || conditionOf(ctx, action, role) !== undefined));
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
  // (the cause may hang from the cue itself: "vowed revenge for the assassination of X")
  const victims = new Set([...victimsUnder(ctx, action), ...tree.kidsWith(k, 'obl').flatMap((o) => [...victimsUnder(ctx, o)])]);
  // ("threatened to take the case to the United Nations": whom a case is taken to hears it, it is not threatened)
  // (nor whom a document telling the threat is sent to: "in a letter to the UN chief, warned that …")
  const referredTo = new Set([...(action < 0 ? [] : [action, ...tree.kidsWith(action, 'conj')].filter((v) => ctx.lex.cueWords('referring-verb').has(tree.lemma(v))).flatMap((v) => agentsAt(ctx, phraseUnder(ctx, v, ['obl'], 'to')))), ...documentAddressees(ctx, k)]);
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
  const actionModifiers = modifiers(action);
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
    // (but a harming act falls on the owner: "to shoot down U.S. missiles")
    ...(tree.upos(action) === 'VERB' && !suffers && (!ownedThing(tree.kid(action, 'obj')) || role(action) === 'consequence') ? agentsAt(ctx, tree.kid(action, 'obj')) : []),
    // ("to impose tariffs on Chile if it signs a deal with Bolivia": whom the measure is put on)
    ...(tree.upos(action) === 'VERB' && !suffers ? agentsAt(ctx, phraseUnder(ctx, action, ['obl'], 'on')) : []),
    // ("to end the UN ceasefire agreement with Morocco": a name modifying a noun of the act says whose thing it is; a
    // party the act's phrases name comes first)
    ...agentsUnder(ctx, condition), ...agentsUnder(ctx, action, [condition, actor, ...owners(action), ...actionModifiers]), ...actionModifiers.flatMap((m) => agentsAt(ctx, m)),
    // ("promised a tough response after Peru expelled five diplomats": whoever did what provoked it)
    ...tree.kidsWith(k, 'advcl').filter((c) => tree.kids(c).some((m) => tree.rel(m) === 'mark' && /^(?:after|because)$/.test(ctx.lower[m]))).flatMap((c) => agentsAt(ctx, subjectOf(ctx, c))),
    // ("signed the act despite warnings by X that …": whoever went ahead despite the warning was warned)
    ...(tree.upos(k) === 'NOUN' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'despite') ? agentsAt(ctx, subjectOf(ctx, verbAbove(ctx, k))) : []),
    // ("Peru's threat of sanctions angered Chile": whom the threat, as a subject, acts on)
    ...(maker && tree.rel(k) !== 'nsubj' ? [] : objectsAbove(ctx, k))]
    // ("had threatened aid cuts and other sanctions": a harm threatened outright falls on the country the article is about)
    // (a country named by the capital an envoy is recalled from is named all the same)
    .find((e) => !side.includes(e) && (named(e) || recalled.from.includes(e)) && !isPress(e) && !victims.has(e) && !referredTo.has(e) && !speaking.has(e)) ?? (condition >= 0 ? lastResort(ctx, side) : reservedRight || reservedMeasure ? mostNamedParty(ctx, side) : (lemma === 'threaten' || lemma === 'warn' || lemma === 'threat' || lemma === 'vow' || ((lemma === 'promise' || lemma === 'pledge') && action === tree.kid(k, 'obj')) || role(k) === 'readiness') && harmNamed(ctx, action, role) ? mostNamedCountry(ctx, side) : undefined);
  if (!target) return undefined;
  return { threatener, target, action, condition, cue: true, cueAt: k };
}
