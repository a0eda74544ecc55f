// Evaluations read from the parse: someone calls a thing by a word that judges it ("called the raid
// an authoritarian act", "described the vote as a flagrant violation", "said the tariffs were
// deeply unfair"). The judging words are the one-word entries of statements.json's subjectOpposes
// and subjectSupports lists (an article before them dropped), found as the predicate's head or as
// an adjective on it, so words in between ("a flagrant violation") no longer hide them.
import type { Entity, Polarity, Statement } from '../types.js';
import { negated, reportingSubject, spanText, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { aboutItself, LEADING, topicText, vagueTopic, verbHolders } from './stances-parsed.js';

/** Verbs that name what something is ("called X a …", "sees X as …"), by lemma. */
const EVALUATIVE = new Set(['call', 'describe', 'brand', 'label', 'term', 'dub', 'view', 'regard', 'see', 'consider', 'deem', 'characterize', 'characterise']);

interface Judgement {
  /** The token whose phrase says what the thing is. */
  predicate: number;
  polarity: Polarity;
}

/** One-word judging entries, lower case, with their polarity. */
function judgingWords(ctx: StatementContext): Map<string, Polarity> {
  const out = new Map<string, Polarity>();
  const add = (list: readonly string[], p: Polarity) => {
    for (const entry of list) {
      const word = entry.replace(/^(?:an?|the)\s+/, '');
      if (/^[\p{L}-]+$/u.test(word)) out.set(word, p);
    }
  };
  add(ctx.lex.statements.stance.subjectOpposes, 'Opposes');
  add(ctx.lex.statements.stance.subjectSupports, 'Supports');
  return out;
}

let cachedWords: { lex: object; words: Map<string, Polarity> } | undefined;

/** The judgement the phrase headed by p makes: its head word, else an adjective on it ("an authoritarian act"). */
function judgementAt(ctx: StatementContext, words: Map<string, Polarity>, p: number): Judgement | undefined {
  const { tree } = ctx;
  const own = words.get(ctx.lower[p]) ?? words.get(tree.lemma(p));
  if (own && ['NOUN', 'ADJ'].includes(tree.upos(p))) return { predicate: p, polarity: own };
  for (const c of tree.kidsWith(p, 'amod')) {
    const judged = words.get(ctx.lower[c]);
    if (judged && tree.upos(p) === 'NOUN') return { predicate: p, polarity: judged };
  }
  return undefined;
}

/** The predicates an evaluative verb gives its object: "an act" in "called X an act", "a violation" in "described X as a violation". */
function predicatesOf(ctx: StatementContext, verb: number, object: number): number[] {
  const { tree } = ctx;
  const byAs = (c: number) => tree.kids(c).some((m) => tree.rel(m) === 'case' && ctx.lower[m] === 'as');
  const ofVerb = tree.kids(verb).filter((c) => c > object && (tree.rel(c) === 'obj' || tree.rel(c) === 'xcomp' || (tree.rel(c) === 'obl' && byAs(c))));
  // the parse may hang the predicate from the object: "sees the pipeline as a threat" (as-phrase),
  // "termed the measures unilateral and unjust" (an adjective after its noun is said of it)
  const ofObject = tree.kids(object).filter((c) => c > object && ((tree.rel(c) === 'nmod' && byAs(c)) || tree.rel(c) === 'amod'));
  return [...ofVerb, ...ofObject].flatMap((c) => tree.conjuncts(c));
}

/** The object's words before its predicate ("the measures" of "the measures unilateral"), else its topic. */
function objectTopic(ctx: StatementContext, verb: number, object: number, predicate: number): string {
  const [a, b] = ctx.tree.span(object);
  let first = predicate;
  while (ctx.tree.rel(first) === 'conj' && ctx.tree.head(first) > object) first = ctx.tree.head(first);
  const [pa] = ctx.tree.span(first);
  if (pa <= object || pa >= b) return topicText(ctx, verb, object);
  return spanText(ctx, a, pa).replace(LEADING, '').trim();
}

/** Evaluation stances and the tokens they settled (so the word-window shapes do not read them again). */
export function findEvaluations(ctx: StatementContext): { statements: Statement[]; settled: Set<number> } {
  if (cachedWords?.lex !== ctx.lex) cachedWords = { lex: ctx.lex, words: judgingWords(ctx) };
  const words = cachedWords.words;
  const { tree } = ctx;
  const statements: Statement[] = [];
  const settled = new Set<number>();
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      let found: { holders: Entity[]; topicAt: number; judgement: Judgement } | undefined;
      if (EVALUATIVE.has(tree.lemma(k)) && tree.upos(k) === 'VERB' && !negated(ctx, k)) {
        const object = tree.kid(k, 'obj');
        if (object < 0) continue;
        const judgement = predicatesOf(ctx, k, object).map((p) => judgementAt(ctx, words, p)).find((j) => j);
        // "called the junta illegitimate" parsed as one noun phrase, "junta" a compound of the judging word
        const fused = !judgement && tree.kid(object, 'compound') >= 0 ? judgementAt(ctx, words, object) : undefined;
        if (judgement) found = { holders: verbHolders(ctx, k), topicAt: object, judgement };
        else if (fused) found = { holders: verbHolders(ctx, k), topicAt: tree.kid(object, 'compound'), judgement: fused };
      } else if (tree.kid(k, 'cop') >= 0 && tree.kid(k, 'nsubj') >= 0 && !negated(ctx, k)) {
        // "the raid was a flagrant violation", reported by someone: the reporter judges the subject
        const judgement = judgementAt(ctx, words, k);
        const reporter = judgement ? ctx.speakerAtToken[k] ?? reportingSubject(ctx, k) : undefined;
        if (judgement && reporter) found = { holders: [reporter], topicAt: tree.kid(k, 'nsubj'), judgement };
      }
      if (!found || !found.holders.length) continue;
      const topic = found.topicAt === tree.kid(k, 'obj') ? objectTopic(ctx, k, found.topicAt, found.judgement.predicate) : tree.rel(found.topicAt) === 'compound' ? ctx.texts[found.topicAt] : topicText(ctx, k, found.topicAt);
      if (!topic || vagueTopic(ctx, topic)) continue;
      const [a, b] = tree.span(found.judgement.predicate);
      for (let i = a; i < b; i++) settled.add(i);
      settled.add(k);
      const factuality = factualityOf(ctx, s);
      for (const holder of found.holders) {
        if (aboutItself(holder, topic)) continue;
        statements.push({
          kind: 'Stance',
          holder: holder.iri,
          topic,
          polarity: found.judgement.polarity,
          position: ctx.texts[found.judgement.predicate],
          evidence: ctx.evidence(s),
          confidence: confidenceFor(0.6, factuality),
          factuality,
        });
      }
    }
  }
  return { statements, settled };
}
