// Evaluations read from the parse: someone calls a thing by a word that judges it ("called the raid
// an authoritarian act", "described the vote as a flagrant violation", "said the tariffs were
// deeply unfair"). The judging words are the one-word entries of statements.json's subjectOpposes
// and subjectSupports lists (an article before them dropped), found as the predicate's head or as
// an adjective on it, so words in between ("a flagrant violation") no longer hide them.
import type { Entity, Polarity, Statement } from '../types.js';
import { agentiveWord, agentsAt, inStore, negated, phraseUnder, reportingSubjects, sideOf, spanText, type StatementContext } from './context.js';
import { referredAct } from './referents.js';
import { LEADING, stanceStatements, topicText, vagueTopic, verbHolders } from './stances-parsed.js';

interface Judgement {
  /** The token whose phrase says what the thing is. */
  predicate: number;
  polarity: Polarity;
}

/** A judging phrase of more than one word ("red line", "an attack on"): its words, the last its head, and the preposition its complement takes. */
interface JudgingPhrase {
  words: string[];
  preposition: string | undefined;
  polarity: Polarity;
}

interface JudgingWords {
  single: Map<string, Polarity>;
  phrases: JudgingPhrase[];
  /** Phrases whose complement names who judges ("a red line for", "unacceptable to"): statements.json's passive lists. */
  held: JudgingPhrase[];
  /** Words judged only when negated ("not negotiable"), from entries written with "not" or "never". */
  denied: Map<string, Polarity>;
}

const ENTRY_LEAD = /^(?:(?:is|are|was|were|would be|be)\s+)?(?:(?:an?|the)\s+)?/;
const ENTRY_PREPOSITION = /\s+(of|on|to|for|with|against|that)$/;

/** The judging entries of statements.json's subjectOpposes and subjectSupports, lower case, without article or copula. */
function judgingWords(ctx: StatementContext): JudgingWords {
  const single = new Map<string, Polarity>();
  const denied = new Map<string, Polarity>();
  const phrases: JudgingPhrase[] = [];
  const add = (list: readonly string[], polarity: Polarity) => {
    for (const entry of list) {
      const bare = entry.replace(ENTRY_LEAD, '');
      // "must continue": a modal is no predicate to find; "not negotiable" is one, negated
      if (/^(?:must|would)\b/.test(bare)) continue;
      const denial = /^(?:not|never)\s+([\p{L}-]+)$/u.exec(bare);
      if (denial) denied.set(denial[1], polarity);
      if (/^(?:not|never)\b/.test(bare)) continue;
      const preposition = ENTRY_PREPOSITION.exec(bare)?.[1];
      const words = bare.replace(ENTRY_PREPOSITION, '').split(/\s+/);
      if (words.length === 1 && !preposition) single.set(words[0], polarity);
      else phrases.push({ words, preposition, polarity });
    }
  };
  add(ctx.lex.statements.stance.subjectOpposes, 'Opposes');
  add(ctx.lex.statements.stance.subjectSupports, 'Supports');
  const held: JudgingPhrase[] = [];
  const addHeld = (list: readonly string[], polarity: Polarity) => {
    for (const entry of list) {
      const bare = entry.replace(ENTRY_LEAD, '');
      const preposition = ENTRY_PREPOSITION.exec(bare)?.[1];
      // ("backed by": a passive verb, read with its agent by the parse reader)
      if (preposition) held.push({ words: bare.replace(ENTRY_PREPOSITION, '').split(/\s+/), preposition, polarity });
    }
  };
  addHeld(ctx.lex.statements.stance.passiveOpposes, 'Opposes');
  addHeld(ctx.lex.statements.stance.passiveSupports, 'Supports');
  return { single, phrases, held, denied };
}

/** "a red line for Egypt": the judgement and the agents its phrase names, when they name any. */
function holderPhraseAt(ctx: StatementContext, held: readonly JudgingPhrase[], p: number): { judgement: Judgement; holders: Entity[] } | undefined {
  const { tree } = ctx;
  for (const phrase of held) {
    // (the preposition is looked for below: a conjunct's may hang from the first of the pair)
    if (phraseAt(ctx, [{ ...phrase, preposition: undefined }], p) === undefined) continue;
    // (a conjunct's complement may hang from the first of the pair: "uncalled and unacceptable to India")
    const complement = [p, ...(tree.rel(p) === 'conj' ? [tree.head(p)] : [])].flatMap((x) => tree.kids(x)).find((c) => tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === phrase.preposition));
    const holders = complement === undefined ? [] : agentsAt(ctx, complement);
    if (holders.length) return { judgement: { predicate: p, polarity: phrase.polarity }, holders };
  }
  return undefined;
}

/**
 * "the tariffs harm trade", "the ban broke trade rules": a judging verb ("harm", "undermine",
 * "violate") whose subject is a thing, not an agent, in a clause someone reports.
 */
function harmingSubject(ctx: StatementContext, words: JudgingWords, k: number): { holders: Entity[]; topicAt: number; judgement: Judgement } | undefined {
  const { tree } = ctx;
  // ("the remarks go against international law": a verb whose entry names its preposition)
  const withPreposition = words.phrases.find((p) => p.words.length === 1 && p.preposition && [ctx.lower[k], tree.lemma(k)].includes(p.words[0]) && takes(ctx, k, p.preposition));
  const polarity = words.single.get(ctx.lower[k]) ?? words.single.get(tree.lemma(k)) ?? withPreposition?.polarity;
  const subject = tree.kid(k, 'nsubj');
  // ("the U.S. action could jeopardize …": a thing an agent does is no agent; "the Peruvian government" is one)
  if (!polarity || subject < 0 || tree.upos(subject) === 'PRON' || agentiveWord(ctx, subject) || (agentsAt(ctx, subject).length && tree.upos(subject) !== 'NOUN')) return undefined;
  const reporters = reportersOf(ctx, k);
  return reporters.length ? { holders: reporters, topicAt: subject, judgement: { predicate: k, polarity } } : undefined;
}

/**
 * "Peru said Chilean troops had fired on its border posts": a hostile act (cue-words.tsv hostile-act-verb) that a
 * reporter says another side did, not in store (no modal) and not denied, is the reporter's accusation: it opposes
 * the act, in the clause's own words.
 */
function reportedHostileAct(ctx: StatementContext, k: number): { holders: Entity[]; topicAt: number; judgement: Judgement; span: [number, number] } | undefined {
  const { tree } = ctx;
  // ("opened fire on three villages": the act in its object)
  const hostile = ctx.lex.cueWords('hostile-act-verb').has(tree.lemma(k)) || (tree.lemma(k) === 'open' && tree.lemma(tree.kid(k, 'obj')) === 'fire');
  if (!hostile || tree.rel(k) !== 'ccomp' || negated(ctx, k)) return undefined;
  if (tree.kids(k).some((c) => tree.rel(c) === 'aux' && /^(?:will|would|could|may|might|can|should|must|shall)$/.test(ctx.lower[c]))) return undefined;
  const subject = tree.kid(k, 'nsubj');
  const doers = agentsAt(ctx, subject);
  const reporters = reportersOf(ctx, k);
  if (!doers.length || !reporters.length || doers.some((d) => reporters.some((r) => sideOf(ctx, r).includes(d)))) return undefined;
  // (from the subject to the end of what the act is done to, at most a topic's length)
  const objects = [tree.kid(k, 'obj'), ...tree.kidsWith(k, 'obl')].filter((x) => x > k);
  const [a] = tree.span(subject);
  const b = Math.min(Math.max(k + 1, ...objects.map((o) => tree.span(o)[1])), a + 14);
  return { holders: reporters, topicAt: subject, judgement: { predicate: k, polarity: 'Opposes' }, span: [a, b] };
}

/** Who reports the clause at k: the quote's speaker, else every agent the speech verb's subject names. */
const reportersOf = (ctx: StatementContext, k: number): Entity[] => (ctx.speakerAtToken[k] ? [ctx.speakerAtToken[k]!] : reportingSubjects(ctx, k));

/** "deploying troops to Chile would cross a red line for Peru": whom the for-phrase names opposes what crosses it. */
function crossedLine(ctx: StatementContext, k: number): { holders: Entity[]; topicAt: number; judgement: Judgement } | undefined {
  const { tree } = ctx;
  const line = tree.kid(k, 'obj');
  if (tree.lemma(k) !== 'cross' || line < 0 || tree.lemma(line) !== 'line' || !tree.kidsWith(line, 'amod').some((a) => ctx.lower[a] === 'red')) return undefined;
  const forWhom = [line, k].flatMap((x) => tree.kids(x).filter((c) => ['nmod', 'obl'].includes(tree.rel(c)) && tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === 'for')));
  const holders = forWhom.flatMap((c) => agentsAt(ctx, c));
  const subject = tree.kid(k, 'nsubj') >= 0 ? tree.kid(k, 'nsubj') : tree.kid(k, 'csubj');
  return holders.length && subject >= 0 ? { holders, topicAt: subject, judgement: { predicate: line, polarity: 'Opposes' } } : undefined;
}

let cachedWords: { lex: object; words: JudgingWords } | undefined;

/** Whether a dependent of p is introduced by `word` ("an attack on X", "proof that X …"). */
const takes = (ctx: StatementContext, p: number, word: string): boolean => ctx.tree.kids(p).some((c) => ctx.tree.kids(c).some((m) => ['case', 'mark'].includes(ctx.tree.rel(m)) && ctx.lower[m] === word));

/** Judging adjectives that, before a noun, only say what kind of thing it is ("a legal process", "lawful means"). */
const CLASSIFYING: ReadonlySet<string> = new Set(['legal', 'lawful']);

/** The polarity of a judging phrase that ends on p ("a red line", "economic coercion", "an attack on …"). */
function phraseAt(ctx: StatementContext, phrases: readonly JudgingPhrase[], p: number): Polarity | undefined {
  for (const { words, preposition, polarity } of phrases) {
    const n = words.length;
    const head = words[n - 1];
    if (ctx.lower[p] !== head && ctx.tree.lemma(p) !== head) continue;
    if (words.slice(0, -1).some((w, i) => ctx.lower[p - n + 1 + i] !== w)) continue;
    if (!preposition || takes(ctx, p, preposition)) return polarity;
  }
  return undefined;
}

/** The judgement the phrase headed by p makes: its head word or phrase, else an adjective on it ("an authoritarian act"). */
function judgementAt(ctx: StatementContext, words: JudgingWords, p: number): Judgement | undefined {
  const { tree } = ctx;
  // ("called the resolution biased": a participle as the object's predicate)
  const participle = tree.upos(p) === 'VERB' && (tree.rel(p) === 'xcomp' || tree.rel(p) === 'acl') && /ed$/.test(ctx.lower[p]);
  if (!['NOUN', 'ADJ'].includes(tree.upos(p)) && !passivePredicate(ctx, p) && !participle) return undefined;
  // ("an act of aggression": a phrase that ends in the predicate's of-phrase)
  // ("a form of blackmail", "an act of terrorism": a noun of kind says what its of-phrase's word judges)
  const kindOf = ctx.lex.cueWords('kind-noun').has(tree.lemma(p)) ? phraseUnder(ctx, p, ['nmod'], 'of') : -1;
  // ("null and void": a phrase that ends on the predicate's conjunct)
  const own = words.single.get(ctx.lower[p]) ?? words.single.get(tree.lemma(p)) ?? phraseAt(ctx, words.phrases, p) ?? [...tree.kidsWith(p, 'nmod'), ...tree.kidsWith(p, 'conj')].map((c) => phraseAt(ctx, words.phrases, c)).find((x) => x) ?? (kindOf < 0 ? undefined : judgementAt(ctx, words, kindOf)?.polarity);
  if (own) return { predicate: p, polarity: own };
  // ("a free and fair election": each coordinated adjective)
  // ("a terrorist group": an adjective the parse took for a compound judges as well)
  const adjectives = [...tree.kidsWith(p, 'amod'), ...tree.kidsWith(p, 'compound').filter((c) => tree.upos(c) === 'ADJ')];
  for (const c of adjectives.flatMap((a) => tree.conjuncts(a))) {
    // ("not appropriate methods": a negated adjective judges the other way, or not at all)
    // ("a legal, technical process": a word that classifies as well as judges judges only as the predicate itself)
    const judged = negated(ctx, c) || CLASSIFYING.has(ctx.lower[c]) ? undefined : words.single.get(ctx.lower[c]);
    if (judged && tree.upos(p) === 'NOUN') return { predicate: p, polarity: judged };
  }
  return undefined;
}

/** The subject a predicate is said of: "the raid was an outrage", "funding is needed", "the plan remains unacceptable"; -1 if k is no predicate. */
function predicateSubject(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  // ("removing the subsidy is the right decision": a clause as subject)
  // ("it is disappointing that X seeks …": after an expletive "it", the that-clause is what is judged)
  // (the parse may hang the clause beside the predicate, from a closing speech verb)
  const thatClause = (c: number) => c > k && ctx.lower[tree.kid(c, 'mark')] === 'that';
  const extraposed = tree.kid(k, 'expl') >= 0 ? tree.kidsWith(k, 'ccomp').find(thatClause) ?? (tree.rel(k) === 'ccomp' ? tree.kidsWith(tree.head(k), 'ccomp').find(thatClause) : undefined) ?? -1 : -1;
  // ("it is good that we are able to meet": the speakers' own doing, judged, is no stance on an issue)
  if (extraposed >= 0 && tree.kid(k, 'cop') >= 0) return /^(?:we|i)$/.test(ctx.lower[tree.kid(extraposed, 'nsubj')] ?? '') ? -1 : extraposed;
  // ("it would be hypocritical for Chile to cut the aid": after a subject "it", the to-clause is what is judged;
  // not what is said of it: "it is fair to say …")
  const it = tree.kid(k, 'expl') >= 0 ? tree.kid(k, 'expl') : tree.kid(k, 'nsubj');
  // (an act with something it is done to or by: not "it is appropriate to bring up")
  const judged = (c: number) => c > k && ['advcl', 'csubj', 'xcomp', 'ccomp'].includes(tree.rel(c)) && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to') && !ctx.isSpeechVerb(c) && tree.kids(c).some((m) => ['obj', 'nsubj', 'nsubj:pass', 'obl'].includes(tree.rel(m)));
  const infinitive = it >= 0 && ctx.lower[it] === 'it' && tree.kid(k, 'cop') >= 0 ? tree.kids(k).find(judged) : undefined;
  if (infinitive !== undefined) return infinitive;
  if (tree.kid(k, 'cop') >= 0) return tree.kid(k, 'nsubj') >= 0 ? tree.kid(k, 'nsubj') : tree.kid(k, 'csubj');
  if (passivePredicate(ctx, k)) return tree.kid(k, 'nsubj:pass');
  const verb = tree.head(k);
  // "the plan remains unacceptable", "missiles remain on the minds of …"
  const linked = (tree.rel(k) === 'xcomp' && ['ADJ', 'NOUN'].includes(tree.upos(k))) || (['obl', 'obj'].includes(tree.rel(k)) && tree.upos(k) === 'NOUN');
  return linked && ctx.lex.cueWords('linking-verb').has(tree.lemma(verb)) ? tree.kid(verb, 'nsubj') : -1;
}

/** "not negotiable", "never negotiable": an entry written with its negation, for a negated predicate. */
function deniedAt(ctx: StatementContext, words: JudgingWords, p: number): Judgement | undefined {
  const polarity = words.denied.get(ctx.lower[p]);
  if (polarity) return { predicate: p, polarity };
  // "was not a free and fair election", "is not legitimate": praise denied opposes; blame denied says nothing sure
  // ("neither free nor fair": any of the pair denied)
  return ctx.tree.conjuncts(p).some((c) => judgementAt(ctx, words, c)?.polarity === 'Supports') ? { predicate: p, polarity: 'Opposes' } : undefined;
}

/** "more funding is needed", "the strike was justified": a passive participle said of its subject. */
const passivePredicate = (ctx: StatementContext, p: number): boolean => ctx.tree.upos(p) === 'VERB' && ctx.tree.kid(p, 'aux:pass') >= 0 && ctx.tree.kid(p, 'nsubj:pass') >= 0;

/** The predicates an evaluative verb gives its object: "an act" in "called X an act", "a violation" in "described X as a violation". */
function predicatesOf(ctx: StatementContext, verb: number, object: number): number[] {
  const { tree } = ctx;
  const byAs = (c: number) => tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === 'as');
  // ("described the claims as completely unfounded": an adverb makes the parse take "as" for a clause's mark)
  const asClause = (c: number) => tree.rel(c) === 'advcl' && tree.upos(c) === 'ADJ' && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'as');
  // (an adjective after the object the parse took for the verb's adverb: "calling the strike … “very troubling”")
  const ofVerb = tree.kids(verb).filter((c) => c > object && (tree.rel(c) === 'obj' || tree.rel(c) === 'xcomp' || (tree.rel(c) === 'obl' && byAs(c)) || asClause(c) || (tree.rel(c) === 'obl:unmarked' && tree.upos(c) === 'NOUN') || (tree.rel(c) === 'advmod' && tree.upos(c) === 'ADJ')));
  // the parse may hang the predicate from the object: "sees the pipeline as a threat" (as-phrase),
  // "termed the measures unilateral and unjust" (an adjective after its noun is said of it)
  // ("called the levies “economic terrorism”": a quoted name hung as the object's apposition, or as a conjunct no "and" joins)
  const unjoined = (c: number) => tree.rel(c) === 'conj' && !tree.kids(c).some((m) => tree.rel(m) === 'cc');
  // ("called the move ill-timed", "called the vote rigged": a bare participle after the object, read as a clause on it)
  const bareParticiple = (c: number) => tree.rel(c) === 'acl' && /ed$/.test(ctx.lower[c]) && !tree.kids(c).some((m) => tree.upos(m) !== 'PUNCT');
  const ofObject = tree.kids(object).filter((c) => c > object && ((tree.rel(c) === 'nmod' && byAs(c)) || tree.rel(c) === 'amod' || tree.rel(c) === 'appos' || unjoined(c) || bareParticiple(c)));
  // ("labeled the announcement as “illegal and unconstitutional”": a quotation after "as" can leave "as" itself heading the predicate)
  const bareAs = [...tree.kids(object), ...tree.kids(verb)].filter((c) => c > object && ctx.lower[c] === 'as' && tree.rel(c) !== 'case' && tree.rel(c) !== 'mark');
  const afterAs = bareAs.flatMap((a) => tree.kids(a).filter((c) => ['ccomp', 'xcomp', 'amod', 'obj', 'nmod', 'dep', 'fixed'].includes(tree.rel(c))));
  // ("called the arrest of the journalist unacceptable": an adjective after a noun deeper in the object is its predicate)
  let e = tree.span(object)[1] - 1;
  while (e > object && tree.upos(e) === 'PUNCT') e--;
  const last = e > object && tree.upos(e) === 'ADJ' && tree.rel(e) === 'amod' && tree.head(e) < e ? [e] : [];
  // ("called Chile's decision to close the border “regrettable”": the parse takes the judging word for the last
  // word of the object's to-clause)
  const clause = objectsClause(ctx, verb, object);
  let end = clause >= 0 ? tree.span(clause)[1] - 1 : -1;
  while (end > clause && tree.upos(end) === 'PUNCT') end--;
  // (its words before it may be read as its own: "the border regrettable" one noun phrase)
  const closing = end > clause && ['obj', 'xcomp', 'advmod'].includes(tree.rel(end)) ? [end] : [];
  return [...ofVerb, ...ofObject, ...afterAs, ...last, ...closing].flatMap((c) => tree.conjuncts(c));
}

/** The to-clause of the object's noun the parse hung from the verb, right after the object ("Chile's decision | to close …"); else -1. */
function objectsClause(ctx: StatementContext, verb: number, object: number): number {
  const { tree } = ctx;
  return tree.kidsWith(verb, 'advcl').find((c) => tree.span(c)[0] === tree.span(object)[1] && ctx.lower[tree.kid(c, 'mark')] === 'to') ?? -1;
}

/** The object's words before its predicate ("the measures" of "the measures unilateral"), else its topic. */
function objectTopic(ctx: StatementContext, verb: number, object: number, predicate: number): string {
  const [a, b] = ctx.tree.span(object);
  let first = predicate;
  while (ctx.tree.rel(first) === 'conj' && ctx.tree.head(first) > object) first = ctx.tree.head(first);
  const [pa] = ctx.tree.span(first);
  // (a predicate closing the object's to-clause: the object and its clause up to it)
  const clause = objectsClause(ctx, verb, object);
  if (clause >= 0 && ctx.tree.dominates(clause, predicate)) return spanText(ctx, a, predicate).replace(LEADING, '').replace(/\s*["“”]$/, '').trim();
  if (pa <= object || pa >= b) return topicText(ctx, verb, object);
  // (an "as" left heading the predicate is not the object's)
  return spanText(ctx, a, pa).replace(LEADING, '').trim().replace(/\s+as$/i, '');
}

/** "when the market is good", "if the deal is fair": a judgement in a clause of time or condition is no one's. */
const whenOrIf = (ctx: StatementContext, k: number): boolean =>
  ctx.tree.rel(k) === 'advcl' && ctx.tree.kids(k).some((m) => (ctx.tree.rel(m) === 'mark' || ctx.tree.rel(m) === 'advmod') && /^(?:when|whenever|if|unless|once)$/.test(ctx.lower[m]));

/** Evaluation stances: a judging word said of something, by whom the parse gives. */
export function findEvaluations(ctx: StatementContext): Statement[] {
  if (cachedWords?.lex !== ctx.lex) cachedWords = { lex: ctx.lex, words: judgingWords(ctx) };
  const words = cachedWords.words;
  const { tree } = ctx;
  const statements: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (!!s.heading !== ctx.readsHeadings) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      let found: { holders: Entity[]; topicAt: number; judgement: Judgement } | undefined;
      // ("held Chile responsible for the attack": blame laid on the one held so, for what the for-phrase names)
      // (however the parse labels the predicate: "held Iran responsible" with "responsible" an unmarked oblique; "will hold X
      // responsible" is a threat, not a judgement)
      const blamed = tree.lemma(k) === 'hold' && tree.upos(k) === 'VERB' && !negated(ctx, k) && !inStore(ctx, k) ? tree.kids(k).find((p) => p > k && ctx.lex.cueWords('blaming-predicate').has(ctx.lower[p])) : undefined;
      if (blamed !== undefined && tree.kid(k, 'obj') >= 0) {
        const cause = phraseUnder(ctx, blamed, ['obl', 'nmod'], 'for');
        found = { holders: verbHolders(ctx, k), topicAt: cause >= 0 ? cause : tree.kid(k, 'obj'), judgement: { predicate: blamed, polarity: 'Opposes' } };
      } else if (ctx.lex.cueWords('evaluating-verb').has(tree.lemma(k)) && tree.upos(k) === 'VERB' && !negated(ctx, k)) {
        // ("labelled the president a troublemaker" parsed as an indirect and a direct object: the first is the thing judged)
        const object = tree.kid(k, 'iobj') >= 0 && tree.kid(k, 'obj') > tree.kid(k, 'iobj') ? tree.kid(k, 'iobj') : tree.kid(k, 'obj');
        if (object < 0) continue;
        // ("the militia, which Peru considers a terrorist group": the relative pronoun stands for what the clause is on)
        const antecedent = /^(?:which|whom|who)$/.test(ctx.lower[object]) && tree.rel(k) === 'acl:relcl' ? tree.head(k) : -1;
        // ("war games that Chile called a provocation" with "that" read as a mark: the object is what the games are called)
        const markedRelative = tree.rel(k) === 'acl:relcl' && ctx.lex.cueWords('naming-verb').has(tree.lemma(k)) && ['NOUN', 'ADJ'].includes(tree.upos(object)) && tree.kids(k).some((c) => c < k && ctx.lower[c] === 'that' && tree.rel(c) === 'mark') && tree.kid(k, 'xcomp') < 0 ? judgementAt(ctx, words, object) : undefined;
        const judgement = markedRelative ?? predicatesOf(ctx, k, object).map((p) => judgementAt(ctx, words, p)).find((j) => j);
        // "called the junta illegitimate" parsed as one noun phrase, "junta" a compound of the judging word
        const fused = !judgement && tree.kid(object, 'compound') >= 0 ? judgementAt(ctx, words, object) : undefined;
        if (judgement) found = { holders: verbHolders(ctx, k), topicAt: markedRelative ? tree.head(k) : antecedent >= 0 ? antecedent : object, judgement };
        else if (fused) found = { holders: verbHolders(ctx, k), topicAt: tree.kid(object, 'compound'), judgement: fused };
      } else if (predicateSubject(ctx, k) >= 0 && !whenOrIf(ctx, k)) {
        const subject = predicateSubject(ctx, k);
        const denied = negated(ctx, k);
        // "the dam is a red line for Egypt", "the levy is unacceptable to Peru": the phrase names who judges
        // ("uncalled and unacceptable to India": the phrase may close the predicate's conjunct)
        const held = denied ? undefined : tree.conjuncts(k).map((c) => holderPhraseAt(ctx, words.held, c)).find((h) => h);
        // "the raid was a flagrant violation", reported by someone: the reporter judges the subject;
        // "the programme is not negotiable": only the entries written with their negation read a negated one
        const judgement = held?.judgement ?? (denied ? deniedAt(ctx, words, k) : judgementAt(ctx, words, k));
        const reporters = held || !judgement ? [] : reportersOf(ctx, k);
        if (judgement && (held || reporters.length)) found = { holders: held?.holders ?? reporters, topicAt: subject, judgement };
      } else if (tree.upos(k) === 'VERB' && !negated(ctx, k)) {
        // "the tariffs harm trade", reported by someone: the reporter judges what does the harm
        found = crossedLine(ctx, k) ?? harmingSubject(ctx, words, k);
        const accused = found ? undefined : reportedHostileAct(ctx, k);
        if (accused) {
          statements.push(...stanceStatements(ctx, s, accused.holders, spanText(ctx, ...accused.span).replace(LEADING, '').trim(), 'Opposes', k, 0.5));
          continue;
        }
      }
      if (!found || !found.holders.length) continue;
      // ("called it unacceptable that the law bans X": an "it" the verb's that-clause stands for)
      if (ctx.lower[found.topicAt] === 'it' && found.topicAt === tree.kid(k, 'obj')) {
        const clause = tree.kids(k).find((c) => c > found!.judgement.predicate && ['advcl', 'ccomp'].includes(tree.rel(c)) && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'that'));
        if (clause !== undefined) found.topicAt = clause;
      }
      // ("“This is unacceptable,” X said of the ban": the pronoun stands for what the speech verb's of-phrase names)
      // (or a noun "this" or "that" points with: "“This decision is unacceptable,” X said of Chile's move to …")
      const pointed = tree.upos(found.topicAt) === 'NOUN' && tree.kidsWith(found.topicAt, 'det').some((d) => /^(?:this|that)$/.test(ctx.lower[d]));
      if ((tree.upos(found.topicAt) === 'PRON' && /^(?:this|it|that)$/.test(ctx.lower[found.topicAt])) || pointed) {
        let v = k;
        while (v >= 0 && !ctx.isSpeechVerb(v)) v = tree.head(v);
        // (or the speech verb the parse hung below the quoted judgement: "“…,” X said of …" as its parataxis)
        if (v < 0) v = tree.kidsWith(k, 'parataxis').find((c) => ctx.isSpeechVerb(c)) ?? -1;
        const of = v >= 0 ? phraseUnder(ctx, v, ['obl'], 'of') : -1;
        if (of >= 0) found.topicAt = of;
      }
      let topic = found.topicAt === tree.kid(k, 'obj') ? objectTopic(ctx, k, found.topicAt, found.judgement.predicate) : tree.rel(found.topicAt) === 'compound' ? ctx.texts[found.topicAt] : topicText(ctx, k, found.topicAt);
      // ("called the move illegal": the act the move refers to)
      if (topic ? vagueTopic(ctx, topic) : ctx.lower[found.topicAt] === 'it') topic = referredAct(ctx, k, found.topicAt, found.judgement.polarity === 'Opposes') ?? topic;
      if (!topic || vagueTopic(ctx, topic)) continue;
      statements.push(...stanceStatements(ctx, s, found.holders, topic, found.judgement.polarity, found.judgement.predicate, 0.6));
    }
  }
  return statements;
}
