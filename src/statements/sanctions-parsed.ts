// Sanctions read from the dependency tree (cue lemmas: data/lexicon/sanctions.tsv):
//   a measure noun with its target phrase, "imposed tariffs of 25 percent on Ruritanian steel",
//     "the bloc's sanctions against the junta"; whoever is the subject of the verb that imposes it,
//     the agent of a passive, else the noun's possessor, imposes it;
//   a sanctioning verb with its object, "Canada sanctioned two firms" ("were sanctioned by Canada").
// A measure that is lifted, threatened, only considered, or under a condition or a negation imposes
// nothing; those cues are settled too, so the word-window reader does not read them again.
import type { Entity, EntityOrLiteral, Statement } from '../types.js';
import { agentAt, agentsAt, entityOfIri, agentsUnder, conditionPhrase, cueTokens, demonymOn, harmInReserve, isAgent, isPress, negated, phraseUnder, reportingSubject, sideOf, spanText, subjectOf, unnamedInstitution, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';

export interface ParsedSanctions {
  statements: Statement[];
  /** Measure and verb tokens the parse read or refused. */
  settled: Set<number>;
}

const TARGET_CASES = ['on', 'against', 'targeting', 'upon'];
const UNSURE_MODALS = /^(?:could|might|may|can)$/;
// what a target phrase carries beside the target: "two banks, which …", "the firms (listed Monday)"
const NOT_IN_TARGET = new Set(['acl:relcl', 'appos', 'parataxis', 'punct', 'advcl', 'dep']);
const MAX_TARGET_WORDS = 14;

interface Reading {
  imposer: Entity;
  targets: EntityOrLiteral[];
  measure: string;
}

/**
 * "the US slapped tariffs on US goods" is a misreading (the measure is someone else's, answering the US):
 * no side puts a measure on its own goods.
 */
export function ownGoods(ctx: StatementContext, x: Statement): boolean {
  if (x.kind !== 'Sanction' || !('literal' in x.target) || !OWN_GOODS.test(x.target.literal)) return false;
  const { target } = x;
  const imposer = entityOfIri(ctx, x.imposedBy);
  const s = ctx.doc.sentences.find((y) => y.start <= x.evidence.start && x.evidence.start < y.end);
  if (!imposer || !s) return false;
  const words = new Set(target.literal.split(/\s+/));
  const side = sideOf(ctx, imposer);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const e = ctx.entityAtToken[i];
    if (e && side.includes(e) && words.has(ctx.texts[i]) && ctx.mentionAtToken[i] !== undefined) return true;
  }
  return false;
}
const OWN_GOODS = /\b(?:goods|products|exports)$/i;

export function findParsedSanctions(ctx: StatementContext): ParsedSanctions {
  const out: Statement[] = [];
  const settled = new Set<number>();
  const seen = new Set<string>();
  let lastImposer: Entity | undefined;
  for (const { s, k, entry: roles } of cueTokens(ctx, ctx.lex.sanctionLemmas)) {
    const upos = ctx.tree.upos(k);
    const reading =
      roles.includes('sanction') && (ctx.tree.rel(k) === 'amod' || (ctx.tree.rel(k) === 'acl' && /ed$/.test(ctx.lower[k]) && ctx.tree.kid(k, 'obj') < 0)) ? includedTargets(ctx, k, lastImposer) :
      upos === 'NOUN' && roles.includes('measure') ? measureNoun(ctx, k, lastImposer) : upos === 'VERB' && roles.includes('sanction') ? namedAsSanctioned(ctx, k, lastImposer) ?? sanctionVerb(ctx, k) : upos === 'VERB' && roles.includes('cut') ? cutVerb(ctx, k) : upos === 'NOUN' && roles.includes('cut') ? cutNoun(ctx, k) : upos === 'VERB' && roles.includes('designate') ? designateVerb(ctx, k, lastImposer !== undefined) : upos === 'VERB' && roles.includes('list') ? listVerb(ctx, k) : undefined;
    // ("imposed new sanctions on Monday. These sanctions target X": sanctions announced without a target still have an imposer)
    // (and a sanctioning verb whose target the word windows read: "OFAC sanctioned three companies")
    if (reading === undefined && upos === 'NOUN' && roles.includes('measure')) lastImposer = announcedBy(ctx, k) ?? lastImposer;
    if (reading === undefined && upos === 'VERB' && roles.includes('sanction') && !refused(ctx, k)) lastImposer = imposerOfVerb(ctx, k) ?? lastImposer;
    if (reading === undefined) continue;
    settled.add(k);
    if (reading === 'nothing') continue;
    lastImposer = reading.imposer;
    const factuality = factualityOf(ctx, s);
    for (const imposer of [reading.imposer, ...coImposers(ctx, k, reading.imposer)]) {
      for (const target of reading.targets) {
        const key = `${imposer.iri}|${'iri' in target ? target.iri : target.literal.toLowerCase()}`;
        if (seen.has(key) || ('iri' in target && target.iri === imposer.iri)) continue;
        seen.add(key);
        out.push({ kind: 'Sanction', imposedBy: imposer.iri, target, measure: reading.measure, evidence: ctx.evidence(s), confidence: confidenceFor(0.7, factuality), factuality });
      }
    }
  }
  return { statements: out, settled };
}

/**
 * "The US and Britain imposed sanctions", "the US and UK governments imposed …": the states and bodies
 * coordinated with the imposer as the subject of the verb (or of the verb whose object the measure is) impose them too.
 */
function coImposers(ctx: StatementContext, k: number, imposer: Entity): Entity[] {
  const { tree } = ctx;
  const verb = tree.upos(k) === 'VERB' ? k : tree.rel(k) === 'obj' ? tree.head(k) : -1;
  const subject = verb >= 0 ? tree.kid(verb, 'nsubj') : -1;
  if (subject < 0) return [];
  const heads = [subject, ...tree.kidsWith(subject, 'compound').filter((c) => c < subject)];
  const named = heads.flatMap((h) => tree.conjuncts(h)).flatMap((c) => agentsAt(ctx, c));
  return [...new Set(named)].filter((e) => e !== imposer && e.type !== 'Person' && !isPress(e) && !sideOf(ctx, imposer).includes(e));
}

/** Who imposes the measure noun k as the object of an imposing verb, whatever the target. */
function announcedBy(ctx: StatementContext, k: number): Entity | undefined {
  const verb = ctx.tree.rel(k) === 'obj' ? ctx.tree.head(k) : -1;
  return verb >= 0 && roleOf(ctx, verb) === 'impose' && !refused(ctx, verb) ? imposerOfVerb(ctx, verb) : undefined;
}

/** A measure noun: its target phrase, the verb that imposes it, and who does. */
function measureNoun(ctx: StatementContext, k: number, lastImposer: Entity | undefined): Reading | 'nothing' | undefined {
  const { tree } = ctx;
  const rel = tree.rel(k);
  // ("imposed sanctions on X in response to sanctions against Y": the measures answered are the other side's, and
  // read only when the phrase names whose: "in response to the Treasury's sanctions on Y")
  if (answered(ctx, k) && tree.kid(k, 'nmod:poss') < 0) return 'nothing';
  // "These latest sanctions target X": the sanctions just told of, imposed by whoever imposed those
  const told = rel === 'nsubj' && tree.lemma(tree.head(k)) === 'target' && tree.kids(k).some((c) => tree.rel(c) === 'det' && /^(?:these|those|the)$/.test(ctx.lower[c]));
  // ("The sanctions, announced by Peru on Monday, target X": whoever the participle's by-phrase names)
  const announcer = told ? tree.kidsWith(k, 'acl').map((c) => agentsAt(ctx, phraseUnder(ctx, c, ['obl', 'obl:agent'], 'by'))[0]).find((e) => e !== undefined) : undefined;
  if (announcer) lastImposer = announcer;
  if (told && lastImposer && tree.kid(k, 'nmod:poss') < 0) {
    // (named ones: "the sectors" or "two oil companies" restate the sanction already told)
    const object = tree.kid(tree.head(k), 'obj');
    const named = targetsAt(ctx, object, lastImposer).filter((t) => 'iri' in t);
    // ("Chile's defence minister Tomas Berg": the person or body the described phrase names)
    // ("the director of the Y Group": a body named only as where a target works is no target itself)
    const [a, b] = object >= 0 ? tree.span(object) : [0, 0];
    const employers = new Set<Entity>();
    for (let t = a; t < b; t++) if (ctx.entityAtToken[t]?.type === 'Organization' && (ctx.lex.roleHeads.has(ctx.lower[tree.head(t)] ?? '') || ctx.lex.roleHeads.has(tree.lemma(tree.head(t))))) employers.add(ctx.entityAtToken[t]!);
    const targets = named.length ? named : agentsUnder(ctx, object).filter((e) => (e.type === 'Person' || e.type === 'Organization') && e !== lastImposer && !employers.has(e)).map((e) => ({ iri: e.iri }));
    return targets.length ? { imposer: lastImposer, targets, measure: measureText(ctx, k) } : undefined;
  }
  // "X and Y were also named in the sanctions": whom a passive naming or listing verb puts in them
  const naming = rel === 'obl' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'in') ? tree.head(k) : -1;
  if (naming >= 0 && ['name', 'list', 'include'].includes(tree.lemma(naming)) && tree.kid(naming, 'nsubj:pass') >= 0) {
    const imposer = lastImposer ?? reportingSubject(ctx, naming);
    const named = [...new Set(tree.conjuncts(tree.kid(naming, 'nsubj:pass')).flatMap((c) => agentsUnder(ctx, c)))].filter((e) => (e.type === 'Person' || e.type === 'Organization') && e !== imposer);
    return imposer && named.length ? { imposer, targets: named.map((e) => ({ iri: e.iri })), measure: measureText(ctx, k) } : undefined;
  }
  // ("blocked the bloc's next package of sanctions", "lifted a raft of tariffs": the measure inside what is undone)
  const holder = rel === 'nmod' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'of') ? tree.head(k) : -1;
  if (holder >= 0 && tree.rel(holder) === 'obj' && (roleOf(ctx, tree.head(holder)) === 'undo' || refused(ctx, tree.head(holder)))) return 'nothing';
  // ("sanctions on X remain an option", "… remain on the table", "is weighing sanctions": kept in reserve, a threat, not imposed)
  if ((rel === 'nsubj' || rel === 'obj' || rel === 'obl') && harmInReserve(ctx, tree.head(k)) === k) return 'nothing';
  // "hit Moscow with new sanctions": the measure a with-phrase, the target the verb's object
  const withPhrase = (x: number) => tree.rel(x) === 'obl' && tree.kids(x).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'with');
  // ("was hit with a new round of sanctions": the measure of a batch noun the with-phrase names)
  const batch = rel === 'nmod' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'of') && ctx.lex.cueWords('batch-noun').has(tree.lemma(tree.head(k))) && withPhrase(tree.head(k));
  const instrument = withPhrase(k) || batch;
  const verb = rel === 'obj' || rel === 'nsubj:pass' || instrument ? tree.head(batch ? tree.head(k) : k) : -1;
  // ("called for further restrictions on X", "pressed for tariffs": a measure asked for is not imposed)
  if (rel === 'obl' && tree.kids(k).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'for') && ctx.lex.cueWords('asking-for-verb').has(tree.lemma(tree.head(k)))) return 'nothing';
  // ("a travel ban and an asset freeze on X": coordinated measures share the phrase of the last)
  // ("tariffs of 50 percent on goods from X": the phrase hung from the rate)
  const rate = phraseUnder(ctx, k, ['nmod'], 'of');
  let target = instrument ? -1 : [k, ...tree.kidsWith(k, 'conj'), rate].map((m) => targetPhrase(ctx, m)).find((x) => x >= 0) ?? -1;
  if (verb >= 0) {
    const role = roleOf(ctx, verb);
    // ("urged Peru to withdraw its ban on X": a measure asked to be undone is in force, its possessor's)
    if (role === 'undo' && rel === 'obj' && askedToUndo(ctx, verb)) {
      const imposer = possessor(ctx, k) ?? askedOne(ctx, verb, k);
      const at = target >= 0 ? target : targetPhrase(ctx, verb);
      const targets = imposer && at >= 0 ? targetsAt(ctx, at, imposer) : [];
      return targets.length && imposer ? { imposer, targets, measure: measureText(ctx, k) } : 'nothing';
    }
    if (role === 'undo' || refused(ctx, verb)) return 'nothing';
    // ("Chile was hit with new Peruvian sanctions": the passive's subject is hit)
    if (instrument && (role === 'impose' || role === 'strike')) target = tree.kid(verb, 'obj') >= 0 ? tree.kid(verb, 'obj') : tree.kid(verb, 'nsubj:pass');
    else if (role !== 'impose') return undefined;
    if (target < 0) target = targetPhrase(ctx, verb);
  } else if (rel === 'conj' || (!tree.kids(k).some((c) => tree.rel(c) === 'nmod:poss') && !(HOSTILE_MEASURES.has(tree.lemma(k)) && demonymCountry(ctx, k)))) return undefined;
  // ("a Chinese blockade of Lithuania's exports": what is blockaded is the of-phrase)
  if (target < 0 && HOSTILE_MEASURES.has(tree.lemma(k)) && tree.lemma(k) !== 'sanction') target = phraseUnder(ctx, k, ['nmod'], 'of');
  if (target < 0) return undefined;
  // (a passive with no by-phrase: whose the measure is, "new Peruvian sanctions")
  const imposer = (verb >= 0 ? imposerOfVerb(ctx, verb) : undefined) ?? (verb < 0 || instrument ? possessor(ctx, k) ?? demonymCountry(ctx, k) ?? importer(ctx, k) : undefined);
  if (!imposer) return undefined;
  const targets = targetsAt(ctx, target, imposer);
  return targets.length ? { imposer, targets, measure: measureText(ctx, k) } : undefined;
}

/** Measures that are sanctions whatever else is said of them ("a Chinese blockade of X"), unlike a tax or a tariff, which may be a levy on anyone. */
const HOSTILE_MEASURES: ReadonlySet<string> = new Set(['sanction', 'blockade', 'embargo']);

/** "a 46 per cent tariff on exports to the United States": the country the taxed goods go to levies the tariff. */
function importer(ctx: StatementContext, k: number): Entity | undefined {
  const goods = phraseUnder(ctx, k, ['nmod'], 'on');
  if (goods < 0 || !/^(?:export|import|good|product|shipment)s?$/.test(ctx.tree.lemma(goods))) return undefined;
  const e = agentsAt(ctx, phraseUnder(ctx, goods, ['nmod'], 'to'))[0];
  return e?.type === 'Country' ? e : undefined;
}

/** The country a demonym before the measure names ("Peruvian sanctions"). */
function demonymCountry(ctx: StatementContext, k: number): Entity | undefined {
  const e = agentsAt(ctx, demonymOn(ctx, k))[0];
  if (isAgent(e)) return e;
  // ("fresh U.S. sanctions", "new EU sanctions": a country or bloc named before the measure)
  const named = ctx.tree.kidsWith(k, 'compound').map((c) => ctx.entityAtToken[c]).find((x) => x && (x.type === 'Country' || x.type === 'Organization'));
  return isAgent(named) ? named : undefined;
}

/**
 * "announced the closure of its border with X", "the suspension of aid to X": a noun that stops the
 * dealing its of-phrase names; whoever imposes the verb it is the object of, or its possessor, stops it.
 */
function cutNoun(ctx: StatementContext, k: number): Reading | 'nothing' | undefined {
  const { tree } = ctx;
  const verb = tree.rel(k) === 'obj' ? tree.head(k) : -1;
  if (verb >= 0 && (roleOf(ctx, verb) === 'undo' || refused(ctx, verb))) return 'nothing';
  const imposer = verb >= 0 ? imposerOfVerb(ctx, verb) : possessor(ctx, k);
  if (!imposer) return undefined;
  const of = phraseUnder(ctx, k, ['nmod'], 'of');
  // ("extended border closures with X": the dealing a compound before the noun, whom it is with the noun's own phrase)
  const before = of < 0 ? ctx.tree.kidsWith(k, 'compound').find((c) => isDealing(ctx, c)) : undefined;
  return before !== undefined ? stoppedDealing(ctx, k, before, imposer) : stoppedDealing(ctx, k, of, imposer, true);
}

const isDealing = (ctx: StatementContext, k: number): boolean => (ctx.lex.sanctionLemmas.get(ctx.tree.lemma(k)) ?? []).includes('dealing');

/** "Turkey halted all trade with Israel", "suspended exports to Peru": dealings stopped with whom the phrase names. */
function cutVerb(ctx: StatementContext, k: number): Reading | 'nothing' | undefined {
  const obj = ctx.tree.kid(k, 'obj');
  if (obj < 0) return undefined;
  if (refused(ctx, k)) return 'nothing';
  const imposer = imposerOfVerb(ctx, k);
  if (!imposer) return undefined;
  // "banned eight officials from entering the country": a ban on people's entry is a sanction on them
  const { tree } = ctx;
  // (the from-clause hung from the last of those barred: "barred A and B on Monday from visiting")
  const entering = [k, ...tree.conjuncts(obj)].flatMap((h) => tree.kids(h)).some((c) => ['advcl', 'xcomp', 'obl', 'acl'].includes(tree.rel(c)) && ctx.lex.cueWords('entry-verb').has(tree.lemma(c)) && tree.kids(c).some((m) => ctx.lower[m] === 'from'));
  if (entering) {
    // (each one barred a name: the names, whatever hangs from the last)
    // (every person named before the clause, however the parse joined "A and Rep. B")
    const barred = tree.conjuncts(obj).map((c) => agentAt(ctx, c));
    const [a, b] = tree.span(obj);
    const end = Math.min(b, ...tree.kids(tree.conjuncts(obj).at(-1) ?? obj).filter((c) => ['advcl', 'acl', 'nmod'].includes(tree.rel(c))).map((c) => tree.span(c)[0]));
    const people = ctx.entityAtToken.slice(a, end).filter((e): e is Entity => e?.type === 'Person');
    const targets = barred.every((e) => e?.type === 'Person') ? [...new Set(people)].map((e) => ({ iri: e.iri })) : targetsAt(ctx, obj, imposer);
    return targets.length ? { imposer, targets, measure: 'entry ban' } : undefined;
  }
  // ("blocked an aid package to X": a veto of a third party's dealing, no measure of the blocker's own)
  if (tree.lemma(k) === 'block') return undefined;
  const stopped = stoppedDealing(ctx, k, obj, imposer);
  if (stopped || !['ban', 'bar'].includes(tree.lemma(k))) return stopped;
  // ("banned Chilean beef", "barred Chilean vessels from its waters": what a demonym says comes from its country)
  const from = demonymOn(ctx, obj);
  const country = from >= 0 ? ctx.entityAtToken[from] : undefined;
  const people = [ctx.lex.roleHeads, ctx.lex.peopleNouns, ctx.lex.groupAgentNouns].some((nouns) => nouns.has(ctx.lower[obj]));
  return country && country !== imposer && !people && tree.upos(obj) === 'NOUN' ? { imposer, targets: [{ iri: country.iri }], measure: `${ctx.texts[k]} ${spanText(ctx, tree.span(obj)[0], obj + 1)}` } : undefined;
}

/** The sanction of cue k stopping the dealing at obj (and what is coordinated with it), with whom its phrase names. */
function stoppedDealing(ctx: StatementContext, k: number, obj: number, imposer: Entity, isNoun = false): Reading | undefined {
  const { tree } = ctx;
  if (obj < 0) return undefined;
  // ("paused $20m of funding for X": the dealing an amount is of; "froze $2bn in Chilean assets": or held in)
  const amountOf = ['of', 'in'].map((w) => phraseUnder(ctx, obj, ['nmod'], w)).find((x) => x >= 0) ?? -1;
  // ("froze trade operations with X": the dealing a compound on what is stopped)
  // ("froze $2bn in Chilean assets" with the in-phrase hung from the verb)
  const heldIn = !isNoun && ['SYM', 'NUM'].includes(tree.upos(obj)) ? phraseUnder(ctx, k, ['obl'], 'in') : -1;
  const dealing = [obj, ...tree.kidsWith(obj, 'conj'), amountOf, heldIn, ...tree.kidsWith(obj, 'compound')].filter((o) => o >= 0 && isDealing(ctx, o));
  if (!dealing.length) return undefined;
  // ("revoked visas held by X nationals": whose the dealing is, by a participle's by-phrase)
  const held = dealing.flatMap((d) => tree.kidsWith(d, 'acl').filter((c) => tree.lemma(c) === 'hold'));
  // ("halted all exports and imports with X", however the parse hangs "imports")
  // (a noun's own of-phrase is the dealing, not whom it is with)
  // (a noun's verb's phrase too: "extended border closures with X")
  const verbOfNoun = !isNoun && tree.upos(k) === 'NOUN' && tree.rel(k) === 'obj' ? [tree.head(k)] : [];
  let withWhom = [...(isNoun ? [] : [k]), ...verbOfNoun, obj, ...dealing, ...held, ...tree.kidsWith(k, 'conj')].flatMap((x) => DEALING_CASES.map((w) => phraseUnder(ctx, x, ['nmod', 'obl'], w))).find((x) => x >= 0) ?? -1;
  // ("froze the assets of two Ruritanian firms": whose assets, as named or as written, not the country a demonym names)
  let owner = withWhom >= 0 && tree.kids(withWhom).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'of');
  // ("restricted exports of the chemicals to Korea" with "to Korea" hung from the chemicals: where they go)
  // ("suspended the issuance of visas to Chilean nationals": the country a demonym on them names)
  const onward = owner ? ['to', 'from', 'with'].map((w) => phraseUnder(ctx, withWhom, ['nmod'], w)).find((x) => x >= 0 && (agentsAt(ctx, x).length || demonymOn(ctx, x) >= 0)) : undefined;
  if (onward !== undefined) [withWhom, owner] = [onward, false];
  // ("banned all Lebanese imports": the country a demonym on the dealing names)
  const whose = withWhom >= 0 ? withWhom : (dealing.map((d) => demonymOn(ctx, d)).find((a) => a >= 0) ?? -1);
  // (a territory is whom dealings stop with too: "funding for the Cook Islands")
  // (named, not only described: "between its member states and Niger" is with Niger)
  // ("banned entry to eight Chilean officials": the country a demonym on those named by a phrase names)
  const whoseDemonym = demonymOn(ctx, whose);
  const described = whose >= 0 && !agentsAt(ctx, whose).length && whoseDemonym >= 0 ? whoseDemonym : whose;
  const named = agentsAt(ctx, described).filter((e) => e.mentions.some((m) => m.kind !== 'description'));
  const place = ctx.entityAtToken[described];
  const targets = whose < 0 ? [] : owner ? targetsAt(ctx, whose, imposer) : (named.length ? named : place?.type === 'Place' ? [place] : []).filter((e) => e !== imposer).map((e) => ({ iri: e.iri }));
  // ("froze $2bn in Chilean assets": the amount's words and what it is held in)
  const measure = isNoun ? spanText(ctx, k, obj + 1) : obj < k ? spanText(ctx, obj, k + 1) : heldIn >= 0 && dealing.includes(heldIn) ? `${ctx.texts[k]} ${spanText(ctx, tree.span(obj)[0], heldIn + 1)}` : `${ctx.texts[k]} ${spanText(ctx, tree.span(obj)[0], obj + 1)}`;
  return targets.length ? { imposer, targets, measure } : undefined;
}

// ("suspended the licence of X": whose licence; "paused funding for X")
// ("suspended all naval visits by the US": whose visits, last)
const DEALING_CASES = ['with', 'to', 'from', 'of', 'for', 'between', 'by'];

/** "The sanctioned individuals include A, B and C": those the sentence names, sanctioned by whoever imposed the last sanction read. */
function includedTargets(ctx: StatementContext, k: number, imposer: Entity | undefined): Reading | undefined {
  const { tree } = ctx;
  const group = tree.head(k);
  // ("Those sanctioned include X", parsed with "include" coordinated with the participle)
  const coordinated = tree.kidsWith(k, 'conj').find((c) => tree.lemma(c) === 'include' && tree.kid(c, 'nsubj') < 0);
  const verb = coordinated ?? tree.head(group);
  if (!imposer || (coordinated === undefined && tree.rel(group) !== 'nsubj') || tree.lemma(verb) !== 'include') return undefined;
  const targets = targetsAt(ctx, tree.kid(verb, 'obj'), imposer);
  return targets.length ? { imposer, targets, measure: 'sanctions' } : undefined;
}

/**
 * "They named X and Y as the other two men sanctioned Monday": whom a naming verb names, as those the
 * participle says are sanctioned (however the parse hangs it), by whoever imposed the sanctions just told.
 */
function namedAsSanctioned(ctx: StatementContext, k: number, lastImposer: Entity | undefined): Reading | undefined {
  const { tree } = ctx;
  const naming = tree.head(k);
  if (naming < 0 || !['conj', 'acl'].includes(tree.rel(k)) || !/^(?:name|identify)$/.test(tree.lemma(naming)) || !/ed$/.test(ctx.lower[k])) return undefined;
  const as = phraseUnder(ctx, naming, ['obl'], 'as');
  if (as < 0 || as > k) return undefined;
  const imposer = lastImposer ?? reportingSubject(ctx, naming);
  const named = tree.conjuncts(tree.kid(naming, 'obj')).flatMap((c) => agentsAt(ctx, c)).filter((e) => (e.type === 'Person' || e.type === 'Organization') && e !== imposer);
  return imposer && named.length ? { imposer, targets: named.map((e) => ({ iri: e.iri })), measure: 'sanctions' } : undefined;
}

/** "Canada sanctioned two firms", "two firms were sanctioned by Canada". */
function sanctionVerb(ctx: StatementContext, k: number): Reading | 'nothing' | undefined {
  const { tree } = ctx;
  if (refused(ctx, k)) return 'nothing';
  const passive = tree.kid(k, 'nsubj:pass');
  const object = passive >= 0 ? passive : tree.kid(k, 'obj');
  if (object < 0) return undefined;
  const imposer = imposerOfVerb(ctx, k);
  if (!imposer) return undefined;
  const targets = targetsAt(ctx, object, imposer);
  return targets.length ? { imposer, targets, measure: 'sanctions' } : undefined;
}

/** "added two firms to the Entity List", "two firms were added to its blacklist": the object, put on a list of the sanctioned. */
function listVerb(ctx: StatementContext, k: number): Reading | 'nothing' | undefined {
  const { tree } = ctx;
  const list = phraseUnder(ctx, k, ['obl'], 'to');
  if (list < 0 || !ctx.lex.cueWords('sanction-list-noun').has(tree.lemma(list))) return undefined;
  // (a list of anything else, "added Peru to its list of partners": only a blacklist, or a list named for entities or sanctions)
  // (or a list whose relative clause bans or sanctions: "the list of countries from which it has banned food imports")
  const banning = [list, ...tree.kidsWith(list, 'nmod')].some((n) => tree.kidsWith(n, 'acl:relcl').some((v) => tree.upos(v) === 'VERB' && (ctx.lex.sanctionLemmas.get(tree.lemma(v)) ?? []).some((r) => r === 'sanction' || r === 'cut')));
  const named = banning || tree.lemma(list) === 'blacklist' || tree.kids(list).some((c) => ['compound', 'amod'].includes(tree.rel(c)) && /^(?:entity|sanctions?|black|unverified|control)$/i.test(ctx.texts[c]));
  if (!named || refused(ctx, k)) return 'nothing';
  const passive = tree.kid(k, 'nsubj:pass');
  // (the active "added X to its sanctions list" is the word-window reader's, which keeps "the tankers A and B" whole)
  if (passive < 0 && tree.lemma(list) === 'list') return undefined;
  const object = passive >= 0 ? passive : tree.kid(k, 'obj');
  // ("was added to the Entity List by Peru", the by-phrase hung from the list)
  const by = passive >= 0 ? agentsAt(ctx, phraseUnder(ctx, list, ['nmod'], 'by'))[0] : undefined;
  // (or, for a passive, whoever reports it: "two firms were added to the Entity List, the department said")
  const reporter = passive >= 0 ? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) : undefined;
  const imposer = object < 0 ? undefined : [by, imposerOfVerb(ctx, k), reporter].find((e) => e && !isPress(e));
  // (a passive's subject is listed, never the one who lists)
  if (!imposer) return passive >= 0 ? 'nothing' : undefined;
  const targets = targetsAt(ctx, object, imposer);
  // ("added to the Entity List", as the word-window reader writes it)
  let from = tree.span(list)[0];
  while (from < list && ['case', 'det', 'nmod:poss'].includes(tree.rel(from))) from++;
  return targets.length ? { imposer, targets, measure: `added to the ${spanText(ctx, from, list + 1)}` } : undefined;
}

/**
 * "X was targeted for orchestrating …", "OFAC also designated Y": a verb that names whom sanctions
 * fall on, in a sentence that (or whose sentence before) speaks of sanctions; its subject imposes
 * them, else whoever reports it ("the Treasury said").
 */
function designateVerb(ctx: StatementContext, k: number, afterSanctions: boolean): Reading | 'nothing' | undefined {
  const { tree } = ctx;
  if (refused(ctx, k)) return undefined;
  const s = ctx.sentenceOfToken(k);
  // (the sentence, the two before it in its paragraph or the one before, and the headline)
  const near = ctx.doc.sentences.filter((x) => x.heading || (x.index <= s.index && x.index >= s.index - 2 && x.paragraph >= s.paragraph - 1));
  const speaksOfSanctions = near.some((x) => {
    // (a measure as a noun: "the meeting became charged" speaks of no charge)
    for (let i = x.tokenStart; i < x.tokenEnd; i++) if ((ctx.lex.sanctionLemmas.get(tree.lemma(i)) ?? []).some((r) => (r === 'measure' && tree.upos(i) === 'NOUN') || r === 'sanction')) return true;
    return false;
  });
  // (or the article has already told of sanctions: "OFAC also designated X" paragraphs after them)
  if (!speaksOfSanctions && !afterSanctions) return undefined;
  // the one designated: a passive's subject ("X was targeted"), else the object ("OFAC also designated X",
  // and "also designated on Tuesday was X", which the parse reads so)
  // ("those targeted include X": what the ones designated include)
  const including = tree.rel(k) === 'acl' && tree.rel(tree.head(k)) === 'nsubj' && tree.lemma(tree.head(tree.head(k))) === 'include' ? tree.kid(tree.head(tree.head(k)), 'obj') : -1;
  const target = [tree.kid(k, 'nsubj:pass'), tree.kid(k, 'obj'), including].find((x) => x >= 0) ?? -1;
  // (whoever reports it designates only for a passive or a pronoun: "the militias targeted civilians, X said" is no sanction of X's)
  const subject = tree.kid(k, 'nsubj');
  const reported = subject < 0 || tree.upos(subject) === 'PRON' || tree.kid(k, 'aux:pass') >= 0;
  const imposer = imposerOfVerb(ctx, k) ?? (reported ? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) : undefined);
  if (target < 0 || !imposer || isPress(imposer) || tree.upos(target) === 'PRON') return undefined;
  const targets = targetsAt(ctx, target, imposer);
  return targets.length ? { imposer, targets, measure: 'sanctions' } : undefined;
}

const roleOf = (ctx: StatementContext, k: number): string | undefined => {
  const roles = ctx.lex.sanctionLemmas.get(ctx.tree.lemma(k)) ?? ctx.lex.sanctionLemmas.get(ctx.lower[k]);
  return roles?.find((r) => r !== 'measure');
};

/** "urged X to lift …", "called on X to withdraw …": the undoing verb v is what someone asks for, not done. */
function askedToUndo(ctx: StatementContext, v: number): boolean {
  const { tree } = ctx;
  // ("called on X to lift": the to-infinitive parsed as an adverbial clause)
  const infinitive = tree.rel(v) === 'xcomp' || (tree.rel(v) === 'advcl' && tree.kids(v).some((c) => tree.rel(c) === 'mark' && ctx.lower[c] === 'to'));
  return infinitive && ctx.lex.cueWords('asking-to-undo-verb').has(tree.lemma(tree.head(v))) && !negated(ctx, v);
}

/** "urged Peru to lift its ban": whom the asking verb over v asks, when "its" or "their" owns the measure k. */
function askedOne(ctx: StatementContext, v: number, k: number): Entity | undefined {
  const { tree } = ctx;
  const owner = tree.kid(k, 'nmod:poss');
  if (owner < 0 || !/^(?:its|their)$/.test(ctx.lower[owner])) return undefined;
  const asking = tree.head(v);
  const asked = [tree.kid(asking, 'iobj'), tree.kid(asking, 'obj'), phraseUnder(ctx, asking, ['obl'], 'on')].find((x) => x >= 0) ?? -1;
  const e = agentsAt(ctx, asked)[0];
  return isAgent(e) && e.type !== 'Person' ? e : undefined;
}

/** Negated, only possible, conditional, or under a verb that undoes or threatens it ("threatened to impose …"). */
function refused(ctx: StatementContext, v: number): boolean {
  const { tree } = ctx;
  if (negated(ctx, v)) return true;
  if (tree.kids(v).some((c) => tree.rel(c) === 'aux' && UNSURE_MODALS.test(ctx.lower[c]))) return true;
  if (tree.kidsWith(v, 'advcl').some((c) => tree.kids(c).some((m) => tree.rel(m) === 'mark' && /^(?:if|unless)$/.test(ctx.lower[m])))) return true;
  // ("did not say whether it would end relations with X": a question, not a measure)
  if (tree.kids(v).some((m) => tree.rel(m) === 'mark' && /^(?:whether|if)$/.test(ctx.lower[m]))) return true;
  if (conditionPhrase(ctx, v) >= 0) return true;
  // "in case the regions are annexed": a condition all the same
  if (tree.kidsWith(v, 'advcl').some((c) => tree.kids(c).some((m) => ctx.lower[m] === 'case' && ctx.lower[m - 1] === 'in'))) return true;
  for (let c = v, steps = 0; c >= 0 && steps < 3 && ['xcomp', 'ccomp', 'csubj', 'advcl', 'acl'].includes(tree.rel(c)); steps++) {
    c = tree.head(c);
    if (roleOf(ctx, c) === 'undo' || ctx.lex.threatLemmas.get(tree.lemma(c)) === 'cue') return true;
    // "it is imperative to maintain sanctions": a judgement that a measure is needed, not an act
    if (tree.upos(c) === 'ADJ') return true;
  }
  return false;
}

/** The on/against phrase under k, as its head; -1 if none. */
const targetPhrase = (ctx: StatementContext, k: number): number => {
  for (const word of TARGET_CASES) {
    const at = phraseUnder(ctx, k, ['nmod', 'obl'], word);
    if (at >= 0) return at;
  }
  // "sanctions targeting two banks": a participle's object
  const acl = ctx.tree.kidsWith(k, 'acl').find((c) => /^target/.test(ctx.lower[c]));
  return acl !== undefined ? ctx.tree.kid(acl, 'obj') : -1;
};

/** The subject of the verb (an official imposes for whom they serve), or the agent of a passive. */
function imposerOfVerb(ctx: StatementContext, v: number): Entity | undefined {
  const { tree } = ctx;
  const passive = tree.kid(v, 'nsubj:pass') >= 0 || tree.kid(v, 'aux:pass') >= 0;
  const by = passive ? phraseUnder(ctx, v, ['obl', 'obl:agent'], 'by') : -1;
  const subject = subjectOf(ctx, v);
  let e: Entity | undefined;
  if (by >= 0) e = agentsAt(ctx, by)[0];
  // ("the ministry announced …": an institution the text does not name acts for its country)
  else if (!passive && subject >= 0) e = agentsAt(ctx, subject)[0] ?? (tree.upos(subject) === 'PRON' ? (ctx.speakerAtToken[v] ?? reportingSubject(ctx, v)) : unnamedInstitution(ctx, subject));
  if (!isAgent(e) || isPress(e)) return undefined;
  return e.type === 'Person' ? (sideOf(ctx, e).find((x) => x.type !== 'Person') ?? e) : e;
}

/** "the bloc's sanctions", "Ruritania's tariffs": the noun's possessor. */
function possessor(ctx: StatementContext, k: number): Entity | undefined {
  const p = ctx.tree.kid(k, 'nmod:poss');
  const e = p >= 0 ? agentsAt(ctx, p)[0] : undefined;
  return isAgent(e) ? e : undefined;
}

/** Named targets (each conjunct) when the phrase is names; else the phrase as written. */
function targetsAt(ctx: StatementContext, at: number, imposer: Entity): EntityOrLiteral[] {
  const { tree } = ctx;
  // "tariffs on imports from Mexico and Canada": whom the imports come from; "controls on exports to Korea": where they go
  // ("tariffs on cars from China": goods of any name, from where they come; not people from somewhere)
  const goods = ctx.lex.cueWords('import-noun').has(tree.lemma(at)) || (tree.upos(at) === 'NOUN' && ![ctx.lex.roleHeads, ctx.lex.groupAgentNouns, ctx.lex.peopleNouns].some((nouns) => nouns.has(ctx.lower[at])));
  // ("goods imported from X": the from-phrase of a participle on the goods too)
  const participles = tree.kidsWith(at, 'acl').filter((c) => tree.upos(c) === 'VERB');
  // ("exports of chips to Korea" with "to Korea" hung from the chips: where they go all the same)
  const onward = (x: number) => [phraseUnder(ctx, x, ['nmod'], 'to'), phraseUnder(ctx, phraseUnder(ctx, x, ['nmod'], 'of'), ['nmod'], 'to')].find((y) => y >= 0) ?? -1;
  // ("gallium shipped to X": where a participle of selling sends the goods)
  const sentTo = participles.filter((c) => ctx.lex.cueWords('selling-word').has(tree.lemma(c))).map((c) => phraseUnder(ctx, c, ['obl'], 'to'));
  const origin = ctx.lex.cueWords('export-noun').has(tree.lemma(at)) ? onward(at) : goods ? [phraseUnder(ctx, at, ['nmod'], 'from'), ...participles.map((c) => phraseUnder(ctx, c, ['obl'], 'from')), ...sentTo].find((x) => x >= 0) ?? -1 : -1;
  const traders = agentsAt(ctx, origin).filter((e) => e !== imposer);
  if (traders.length) return traders.map((e) => ({ iri: e.iri }));
  const heads = [at, ...tree.kidsWith(at, 'conj')];
  const named = heads.map((h) => {
    const e = ctx.entityAtToken[h];
    const m = ctx.mentionAtToken[h];
    // the whole phrase is the name ("on Ruritania", not "on Ruritanian steel")
    if (!isAgent(e) || !m || m.kind === 'demonym' || e === imposer) return undefined;
    // ("on the tiny Gulf state": a country described by its region is that country, whatever its modifiers)
    if (m.region) return e;
    const [a, b] = ownSpan(ctx, h);
    return ctx.doc.tokens[a].start >= m.start && ctx.doc.tokens[b - 1].end <= m.end ? e : describedPerson(ctx, a, b);
  });
  if (named.every((e) => e)) return [...new Set(named as Entity[])].map((e) => ({ iri: e.iri }));
  // "five officials: A, B and C": the ones a described target lists; "12 officials, including D": the group and D
  const listed = namesListedFor(ctx, at, imposer, 'appos');
  if (listed.length) return listed.map((e) => ({ iri: e.iri }));
  const text = targetText(ctx, at);
  const included = namesListedFor(ctx, at, imposer, 'nmod').map((e) => ({ iri: e.iri }));
  return text ? [{ literal: text }, ...included] : included;
}

/** The people and organisations a described target lists (an apposition after a colon, or an "including" phrase), each with its conjuncts. */
function namesListedFor(ctx: StatementContext, at: number, imposer: Entity, rel: 'appos' | 'nmod'): Entity[] {
  const { tree } = ctx;
  if (ctx.entityAtToken[at]) return [];
  const lists = rel === 'appos' ? tree.kidsWith(at, 'appos') : tree.kidsWith(at, 'nmod').filter((m) => tree.kids(m).some((c) => tree.rel(c) === 'case' && ctx.lower[c] === 'including'));
  const out: Entity[] = [];
  for (const head of lists.flatMap((l) => tree.conjuncts(l))) {
    // ("including Supreme Court Justice Ana Ruiz, who …": the title heads the phrase, the name hangs from it)
    const titled = tree.kidsWith(head, 'flat').map((f) => ctx.entityAtToken[f]).find((x) => x?.type === 'Person');
    const e = (ctx.entityAtToken[head]?.type === 'Person' || ctx.entityAtToken[head]?.type === 'Organization' ? ctx.entityAtToken[head] : undefined) ?? describedPerson(ctx, ...ownSpan(ctx, head)) ?? titled;
    if (e && (e.type === 'Person' || e.type === 'Organization') && e !== imposer && !out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * "former Rwandan army chief James Kabarebe": a phrase that ends with a person's name and before it
 * only describes them (a title, a demonym) is that person.
 */
function describedPerson(ctx: StatementContext, a: number, b: number): Entity | undefined {
  const last = ctx.entityAtToken[b - 1];
  const m = ctx.mentionAtToken[b - 1];
  if (last?.type !== 'Person' || !m || m.kind !== 'name' || ctx.doc.tokens[b - 1].end !== m.end) return undefined;
  for (let i = a; i < b && ctx.doc.tokens[i].start < m.start; i++) {
    const e = ctx.entityAtToken[i];
    if (e && ctx.mentionAtToken[i]?.kind !== 'demonym') return undefined;
  }
  return last;
}

/** The span of k without its conjuncts and coordinating words. */
function ownSpan(ctx: StatementContext, k: number): [number, number] {
  const { tree } = ctx;
  let [a, b] = tree.span(k);
  for (const c of tree.kids(k)) {
    if (!['conj', 'cc', 'punct'].includes(tree.rel(c))) continue;
    const [ca] = tree.span(c);
    if (ca > k) b = Math.min(b, ca);
  }
  while (a < k && tree.rel(a) === 'case') a++;
  return [a, b];
}

/** "in response to …", "in retaliation for …": a phrase saying what a measure answers, headed by x. */
const answers = (ctx: StatementContext, x: number): boolean =>
  ctx.lex.cueWords('response-noun').has(ctx.tree.lemma(x)) && ctx.tree.kids(x).some((c) => ctx.tree.rel(c) === 'case' && ctx.lower[c] === 'in');

/** Whether k lies in a phrase saying what a measure answers (a few steps up). */
function answered(ctx: StatementContext, k: number): boolean {
  for (let x = ctx.tree.head(k), n = 0; x >= 0 && n < 3; x = ctx.tree.head(x), n++) if (answers(ctx, x)) return true;
  return false;
}

/** The words of a target phrase, without its preposition, relative clauses, asides, dates and what it answers. */
function targetText(ctx: StatementContext, at: number): string {
  const { tree } = ctx;
  let [a, b] = tree.span(at);
  for (const c of tree.kids(at)) {
    const when = ctx.lex.calendar.has(ctx.texts[c]) || tree.rel(c).endsWith(':tmod');
    // (", including D": the members named are targets of their own)
    const including = tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === 'including');
    if (!NOT_IN_TARGET.has(tree.rel(c)) && !when && !including && tree.rel(c) !== 'case' && !answers(ctx, c)) continue;
    const [ca, cb] = tree.span(c);
    if (ca > at) b = Math.min(b, ca);
    else if (cb <= at) a = Math.max(a, cb);
  }
  while (b > a && /^\p{P}$/u.test(ctx.texts[b - 1])) b--;
  while (a < b && /^(?:\p{P}|the|a|an)$/iu.test(ctx.texts[a])) a++;
  if (b <= a || b - a > MAX_TARGET_WORDS) return '';
  const text = spanText(ctx, a, b);
  // a date, a number or a country's own trade ("on exports of nickel ore") is no target
  return /^(?:\d[\d.,]*|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(text) || /^(?:exports?|imports?)\b/i.test(text) ? '' : text;
}

/** "25 percent tariffs", "new sanctions", "export controls": the measure with the words before it. */
function measureText(ctx: StatementContext, k: number): string {
  const { tree } = ctx;
  let a = k;
  for (const c of tree.kids(k)) if (c < k && ['amod', 'compound', 'nummod'].includes(tree.rel(c))) a = Math.min(a, tree.span(c)[0]);
  return spanText(ctx, a, k + 1);
}

