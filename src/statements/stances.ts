// Stances: who supports or opposes what. Four shapes, each a table in data/lexicon/statements.json:
// the topic after the cue ("the White House touted progress", "Caracas rejected the ruling"),
// the topic before it ("Nuclear enrichment is an inalienable right", "unilateral tariffs harm trade"),
// the topic before and the holder after ("the plan was rejected by Caracas", "missiles remain on
// the minds of American policymakers"), the topic after an object ("urged the army to keep the crossing open"),
// and what a speaker says must be done ("Liu said developed countries must deliver on their finance promises").
import type { Entity, Polarity, Sentence, Statement } from '../types.js';
import { lexiconTag } from '../mentions/common-words.js';
import { nounPhraseAfter, nounPhraseBefore, subjectsOf, verbPhraseAfter } from './clauses.js';
import { findPhrase, isAgent, negated, reportingSubject, spanText, subjectOf, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { findEvaluations } from './evaluations.js';
import { aboutItself, accused, findParsedStances, negatedPolarity, stanceKey, vagueTopic, verbHolders } from './stances-parsed.js';

const COPULAS = new Set(['is', 'are', 'was', 'were', 'remained', 'remains', 'remain', 'be', 'been', 'being', 'stays', 'stayed']);
// "use it", "transfer power to them": what the pronoun stands for is the topic, and it is not read here
const PRONOUN_END = /\b(?:it|them|this|that|him|her|us|these|those)$/i;
// "are not met": a clause's auxiliary opens no topic
const PRONOUN_START = /^(?:it|this|that|them|him|her|us|we|they|you|he|she|i|its|their|our|his|what|which|who)\b/i;

type Shape = 'object' | 'subject' | 'passive' | 'control' | 'obligation';
interface Cue {
  words: string;
  polarity: Polarity;
  shape: Shape;
}

function cueTable(ctx: StatementContext): Cue[] {
  const c = ctx.lex.statements.stance;
  const rows = (list: string[], polarity: Polarity, shape: Shape): Cue[] => list.map((words) => ({ words, polarity, shape }));
  return [
    ...rows(c.control, 'Supports', 'control'),
    ...rows(c.subjectSupports, 'Supports', 'subject'),
    ...rows(c.subjectOpposes, 'Opposes', 'subject'),
    ...rows(c.passiveSupports, 'Supports', 'passive'),
    ...rows(c.passiveOpposes, 'Opposes', 'passive'),
    ...rows(c.obligations, 'Supports', 'obligation'),
    ...rows(c.supports, 'Supports', 'object'),
    ...rows(c.opposes, 'Opposes', 'object'),
    ...rows(c.neutral, 'Neutral', 'object'),
  ].sort((x, y) => y.words.length - x.words.length);
}

function topicFor(ctx: StatementContext, s: Sentence, cue: Cue, at: number, len: number): string {
  if (cue.shape === 'subject') {
    const parsed = subjectTopic(ctx, at, len);
    if (parsed) return parsed;
  }
  if (cue.shape === 'subject' || cue.shape === 'passive') {
    // "called the decision a victory", "described the test as a grave threat": the object is the topic
    const verbAt = evaluativeVerbBefore(ctx, s, at);
    if (verbAt >= 0) return nounPhraseAfter(ctx, verbAt + 1, at, 6).replace(/\s+(?:as|a|an)$/i, '');
    // an evaluation whose subject the parse does not give is not read by a window of words before it:
    // on real news that window mostly catches a fragment ("verge of a very dangerous")
    if (cue.shape === 'subject') return '';
    let c = at - 1;
    while (c > s.tokenStart && !COPULAS.has(ctx.lower[c]) && at - c < 7) c--;
    return nounPhraseBefore(ctx, COPULAS.has(ctx.lower[c]) ? c : at, s.tokenStart);
  }
  if (cue.shape === 'obligation') {
    // "must first deliver on …": past adverbs to the verb phrase; "must not" is left to the cue tables
    let k = at + len;
    while (k < s.tokenEnd && /^(?:first|now|also|still|urgently|quickly|immediately)$/.test(ctx.lower[k])) k++;
    return ctx.lower[k] === 'not' || ctx.lower[k] === 'be' ? '' : verbPhraseAfter(ctx, k, s.tokenEnd);
  }
  if (cue.shape === 'control' && ctx.lower[at + len] === 'not') return ''; // "asked not to be named"
  if (cue.shape === 'control') {
    // "urged the army to keep the crossing open": the verb phrase after "to"
    for (let k = at + len; k < Math.min(s.tokenEnd, at + len + 8); k++) if (ctx.lower[k] === 'to') return verbPhraseAfter(ctx, k + 1, s.tokenEnd);
    return '';
  }
  const after = / to$/.test(cue.words) ? verbPhraseAfter(ctx, at + len, s.tokenEnd) : nounPhraseAfter(ctx, at + len, s.tokenEnd, 6);
  return after || relativeAntecedent(ctx, s, at);
}

// Tags a phrase does not end on: a topic ending so was cut short by a window ("signed a", "took a").
const NOT_A_PHRASE_END = new Set(['DET', 'ADJ', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'NUM']);

/**
 * A topic read by a window of words and cut inside a phrase ("signed a", "taking firm") is
 * completed to the end of the phrase the parse gives its last word ("signed a new trade
 * pact"); one that cannot be completed within the length a topic may have is dropped.
 */
function completeTopic(ctx: StatementContext, s: Sentence, at: number, topic: string): string {
  const words = topic.split(/\s+/);
  const last = words[words.length - 1]?.toLowerCase();
  if (!last) return topic;
  // the first occurrence after the cue, else the nearest before it ("take a leading part")
  let k = -1;
  for (let i = at; i < s.tokenEnd && k < 0; i++) if (ctx.lower[i] === last) k = i;
  for (let i = at - 1; i >= s.tokenStart && k < 0; i--) if (ctx.lower[i] === last) k = i;
  if (k < 0 || !NOT_A_PHRASE_END.has(ctx.tree.upos(k))) return topic;
  const h = ctx.tree.head(k);
  if (h <= k) return topic;
  const end = ctx.tree.span(h)[1];
  const extra = spanText(ctx, k + 1, end);
  const whole = `${topic} ${extra}`.trim();
  return extra && whole.split(/\s+/).length <= MAX_PARSED_TOPIC ? cleanTopic(whole) : '';
}

const LEADING_DETERMINER = /^(?:the|a|an|this|these|those|that)\s+/i;
/** Topics read from the parse are whole phrases; past this many words they are cut. */
const MAX_PARSED_TOPIC = 10;

/**
 * What an evaluation is about, from the parse: the subject of the evaluating predicate ("the
 * meeting was particularly useful", "tariffs harm trade"), or what is considered so ("we consider
 * these restrictions to be illegal"). Empty when the parse says nothing.
 */
function subjectTopic(ctx: StatementContext, at: number, len: number): string {
  const { tree } = ctx;
  const p = cueHead(ctx, at, len);
  // "removing the subsidy is the right decision": a clause as subject
  let node = [...tree.kidsWith(p, 'nsubj'), ...tree.kidsWith(p, 'csubj')].find((x) => tree.upos(x) !== 'PRON') ?? -1;
  if (node < 0 && tree.rel(p) === 'xcomp') node = tree.kid(tree.head(p), 'obj');
  if (node < 0 || tree.upos(node) === 'PRON') return '';
  let [a, b] = tree.span(node);
  if (b > at) b = at;
  if (b - a > MAX_PARSED_TOPIC) return '';
  return spanText(ctx, a, b).replace(LEADING_DETERMINER, '');
}

/** The cue word the others hang from (not a preposition that ends it: "consistent with" hangs from "consistent"). */
function cueHead(ctx: StatementContext, at: number, len: number): number {
  const { tree } = ctx;
  let p = at;
  for (let k = at + len - 1; k >= at; k--) if ((tree.head(k) < at || tree.head(k) >= at + len) && !['case', 'mark', 'det', 'aux', 'cop'].includes(tree.rel(k))) p = k;
  return p;
}

/**
 * Who makes an evaluation ("the talks are a victory for peace, X said"): whoever says it, else the
 * agents before the cue that the evaluated subject does not itself name.
 */
function evaluator(ctx: StatementContext, s: Sentence, at: number, len: number, topic: string): Entity[] {
  const reporter = ctx.speakerAtToken[at] ?? reportingSubject(ctx, cueHead(ctx, at, len));
  if (reporter) return [reporter];
  return subjectsOf(ctx, at, s.tokenStart).filter((e) => ![e.label, ...e.altLabels].some((l) => topic.includes(l)));
}

/** "UN resolutions, which Pyongyang rejects as …": the cue's object is what "which" stands for. */
function relativeAntecedent(ctx: StatementContext, s: Sentence, at: number): string {
  for (let k = at - 1; k > s.tokenStart && at - k <= 5; k--) {
    if (ctx.lower[k] === 'which' && ctx.texts[k - 1] === ',') return nounPhraseBefore(ctx, k - 1, s.tokenStart);
    if (ctx.texts[k] === ',') break;
  }
  return '';
}

const PARTICLES = new Set(['down', 'off', 'out', 'up', 'away', 'back']);
// "on Thursday", "with any country", "accused Western governments of": a phrase, not a thing
const NOT_A_TOPIC_START = /^(?:on|in|at|with|for|from|of|by|since|into|over|accused|seen|said|told|are|is|was|were|be|been|not|\p{Lu}\p{Ll}+ Minister)\b/u;
const TRAILING_TIME = /\s+(?:on|last|this|next)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)$/i;

/** Quote marks and trailing punctuation off; a trailing "on Friday" or "in Santiago" is when or where, not what. */
function cleanTopic(raw: string): string {
  return raw
    .replace(/^[“"‘']+|[”"’',.]+$/g, '')
    .trim()
    .replace(TRAILING_TIME, '')
    .replace(/\s+(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’ -]*$/u, '') // "the contract in Santiago": where, not what
    .replace(/\s+(?:of|since|to|with|on|in)$/i, '')
    .trim();
}

/**
 * A topic names something: "sit down again" (verb and adverbs only) is no topic. Words the
 * lexicon lists as verbs are nouns after a determiner or inside a phrase ("the finance plan").
 */
function hasNoun(topic: string, afterDeterminer: boolean): boolean {
  return topic.split(/\s+/).some((w, i) => {
    const tag = lexiconTag(w.replace(/[^\p{L}-]/gu, ''));
    if (tag === undefined) return /^\p{L}{3,}/u.test(w) && !/ly$/.test(w);
    if (/^Infinitive$/.test(tag) && (i > 0 || afterDeterminer)) return true;
    return /Gerund|Noun|Singular|Plural|Uncountable|Actor/.test(tag) || !/Verb|Infinitive|Tense|Adverb|Preposition|Particle|Modal|Conjunction|Determiner/.test(tag);
  });
}

/** Who says something must be done: the speaker of a quote, else the subject of a speech verb before the modal. */
function reporterOf(ctx: StatementContext, s: Sentence, at: number): Entity[] {
  // "should the talks fail" opens a condition; "if they must" is no demand
  if (at === s.tokenStart || /^(?:if|unless|when)$/.test(ctx.lower[at - 1] ?? '')) return [];
  // "nobody should confuse patience with weakness": a negated subject says the opposite
  if (ctx.lower.slice(Math.max(s.tokenStart, at - 4), at).some((w) => /^(?:no|nobody|nothing|none|never)$/.test(w))) return [];
  // "…, should Iran attack": an inverted condition; "we have to fight back", "everyone should …": the
  // speaker's own resolve or a plea to all, which says what they will do, not what they support
  if (/^\p{Lu}/u.test(ctx.texts[at + 1] ?? '') || /^(?:we|i|you|everyone|everybody|it|they)$/.test(ctx.lower[at - 1] ?? '')) return [];
  const speaker = ctx.speakerAtToken[at];
  if (speaker) return [speaker];
  for (let k = at - 1; k > s.tokenStart; k--) if (ctx.isSpeechVerb(k)) return subjectsOf(ctx, k, s.tokenStart).slice(0, 1);
  return [];
}

// cues that carry their own negation ("will not accept", "refused to sign")
const NEGATIVE_CUE = /\b(?:not|n't|never|refuse[sd]?|cannot|won't)\b/;

/**
 * Who acts at a cue verb: the subject the parse gives it ("the lobby, which pushed …": the lobby),
 * none when that subject names no one ("a decision urging him to leave"); the words before the cue
 * only when the parse gives no subject at all.
 */
function actors(ctx: StatementContext, s: Sentence, head: number): Entity[] {
  return subjectOf(ctx, head) >= 0 || ctx.speakerAtToken[head] ? verbHolders(ctx, head) : subjectsOf(ctx, head, s.tokenStart);
}

/** "rejected by Venezuela and Cuba", "on the minds of American policymakers": the agents right after the cue. */
function agentsAfter(ctx: StatementContext, from: number, limit: number): Entity[] {
  const out: Entity[] = [];
  let k = from;
  while (k < limit && ctx.lex.determiners.has(ctx.lower[k])) k++;
  while (k < limit) {
    const m = ctx.mentionAtToken[k];
    const e = ctx.entityAtToken[k];
    if (!m || !isAgent(e)) break;
    let end = k;
    while (end < limit && ctx.mentionAtToken[end] === m) end++;
    if (m.kind === 'demonym' && !ctx.lex.groupAgentNouns.has(ctx.lower[end] ?? '')) break;
    if (!out.includes(e)) out.push(e);
    if (m.kind === 'demonym') end++;
    if (!(ctx.lower[end] === 'and' || ctx.texts[end] === ',')) break;
    k = end + 1;
  }
  return out;
}

function evaluativeVerbBefore(ctx: StatementContext, s: Sentence, at: number): number {
  for (let k = at - 1; k >= s.tokenStart && at - k <= 10; k--) {
    if (ctx.lex.statements.stance.evaluativeVerbs.includes(ctx.lower[k])) return k;
    if (COPULAS.has(ctx.lower[k])) return -1;
  }
  return -1;
}

const HARMS = new Set(['consequence', 'suffering']);

/** Whether the cue at k is the plain object of another stance's verb ("rejected calls for …"). */
function answered(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  const v = tree.head(k);
  return v >= 0 && ['obj', 'nsubj:pass'].includes(tree.rel(k)) && tree.kid(k, 'nmod:poss') < 0 && ctx.lex.stanceCues.has(tree.lemma(v)) && tree.upos(v) === 'VERB';
}

export function findStances(ctx: StatementContext): Statement[] {
  // the parse first; the word shapes below read the cues it did not
  const { statements: out, settled } = findParsedStances(ctx);
  const evaluations = findEvaluations(ctx);
  for (const k of evaluations.settled) settled.add(k);
  const keyOf = (s: Statement) => (s.kind === 'Stance' ? stanceKey(s.holder, s.topic, s.polarity) : '');
  const parsedKeys = new Set(out.map(keyOf));
  out.push(...evaluations.statements.filter((s) => s.kind === 'Stance' && !parsedKeys.has(keyOf(s))));
  const table = cueTable(ctx);
  const seen = new Set<string>(out.map(keyOf));
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const taken: Array<[number, number]> = [];
    for (const cue of table) {
      const at = findPhrase(ctx.lower, cue.words, s.tokenStart, s.tokenEnd);
      // cues are ordinary words: "Rapid Support Forces" does not support anything
      if (at < 0 || !/^\p{Ll}/u.test(ctx.texts[at])) continue;
      const len = cue.words.split(' ').length;
      // "talks broke down", "pushed back": a verb with a particle is another verb ("drove back the
      // rebels": so is a particle that is a cue); "the proposed list": a participle that only describes
      if (len === 1 && (PARTICLES.has(ctx.lower[at + 1] ?? '') || ctx.tree.rel(at) === 'compound:prt' || (cue.shape === 'object' && ctx.tree.upos(at) === 'ADV') || (cue.shape === 'object' && ctx.tree.rel(at) === 'amod' && (ctx.lex.determiners.has(ctx.lower[at - 1] ?? '') || /^(?:most|least|more|less|much|widely)$/.test(ctx.lower[at - 1] ?? ''))))) continue;
      if (taken.some(([x, y]) => at < y && x < at + len) || settled.has(at) || accused(ctx, at)) continue;
      taken.push([at, at + len]);
      const objectAt = at + len;
      // "ready to impose countermeasures", "vowed to hit back", "will have to face the consequences":
      // a readiness to harm, or to suffer, is a threat, not a stance
      if ((/ to$/.test(cue.words) || cue.shape === 'obligation') && HARMS.has(ctx.lex.threatLemmas.get(ctx.tree.lemma(objectAt)) ?? '')) continue;
      // "should have realized it long ago": a reproach about the past, no demand
      if (cue.shape === 'obligation' && ctx.lower[objectAt] === 'have' && /(?:ed|en|wn|ne)$/.test(ctx.lower[objectAt + 1] ?? '') && ctx.tree.upos(objectAt + 1) === 'VERB') continue;
      // "rejected calls for a rerun": a stance someone else answers is not the answerer's (as in the parse)
      if (answered(ctx, at)) continue;
      let topic = completeTopic(ctx, s, at, cleanTopic(topicFor(ctx, s, cue, at, len)));
      // ("this aggression must stop": an undoing with nothing after it is no topic)
      if (!topic || vagueTopic(ctx, topic) || (cue.shape === 'obligation' && ctx.lex.statements.stance.undoingVerbs.includes(topic.toLowerCase())) || topic.split(/\s+/).length > 8 || PRONOUN_START.test(topic) || PRONOUN_END.test(topic) || NOT_A_TOPIC_START.test(topic) || !hasNoun(topic, cue.shape === 'subject' || cue.shape === 'passive' || ctx.lex.determiners.has(ctx.lower[objectAt] ?? ''))) continue;
      const head = cueHead(ctx, at, len);
      const holders = cue.shape === 'passive' ? agentsAfter(ctx, at + len, s.tokenEnd) : cue.shape === 'obligation' ? reporterOf(ctx, s, at) : cue.shape === 'subject' ? evaluator(ctx, s, at, len, topic) : actors(ctx, s, head);
      if (!holders.length) continue;
      let polarity = cue.polarity;
      // "was not willing to hold the meeting" opposes it; "did not reject" says nothing sure
      if ((cue.shape === 'object' || cue.shape === 'control') && !NEGATIVE_CUE.test(cue.words) && negated(ctx, head)) {
        const turned = negatedPolarity(polarity);
        if (!turned) continue;
        polarity = turned;
      }
      // "urged the president to withdraw the bill", "X should end its support for Y": supporting an undoing opposes what is undone
      const undo = ctx.lex.statements.stance.undoingVerbs.find((v) => topic.toLowerCase().startsWith(v + ' '));
      if (undo && polarity === 'Supports' && (cue.shape === 'control' || cue.shape === 'obligation' || / to$/.test(cue.words))) {
        polarity = 'Opposes';
        topic = topic.slice(undo.length + 1).replace(/^(?:the|a|an|any|all|its|their|his|her)\s+/i, '');
      }
      const factuality = factualityOf(ctx, s);
      for (const holder of holders) {
        // "Saudi Arabia supports Saudi Arabia", "NATO backs NATO forces": no stance on oneself
        if (aboutItself(holder, topic)) continue;
        // "X is an inalienable right and must continue": one stance, said twice
        const key = stanceKey(holder.iri, topic, polarity);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({
          kind: 'Stance',
          holder: holder.iri,
          topic,
          polarity,
          position: ctx.doc.article.text.slice(ctx.doc.tokens[at].start, ctx.doc.tokens[at + len - 1].end),
          evidence: ctx.evidence(s),
          confidence: confidenceFor(0.6, factuality),
          factuality,
        });
      }
    }
  }
  return out;
}
