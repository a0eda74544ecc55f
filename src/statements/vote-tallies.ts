// Vote tallies: who voted for or against a motion, or abstained on it. A tally names its voters in a
// list set off beside a count ("seven voted against it — Chile, Peru and Fiji", "30 states – including
// Brazil and India – abstained", "three opposed the text (Chile, Peru and Laos)"), or as the subject of
// "abstain" ("Brazil and India abstained"). What was voted on is the verb's own object or phrase, else
// the motion the article named last before it: "it", "the text" and "the vote" refer back to it.
import type { Entity, Polarity, Sentence, Statement } from '../types.js';
import { isAgent, namesListedFrom, negated, phraseUnder, subjectOf, type StatementContext } from './context.js';
import { stanceStatements, topicText, verbHolders } from './stances-parsed.js';

/** The stances of the voters each tally in the article names. */
export function findVoteTallies(ctx: StatementContext): Statement[] {
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (!!s.heading !== ctx.readsHeadings) continue;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const tally = readTally(ctx, s, k);
      if (tally) out.push(...stanceStatements(ctx, s, tally.holders, tally.topic, tally.polarity, k, 0.6));
    }
  }
  return out;
}

interface Tally {
  holders: Entity[];
  topic: string;
  polarity: Polarity;
}

/** The tally the verb at k reports, if it is a vote, an abstention, or a stance verb whose subject is a count with its list. */
function readTally(ctx: StatementContext, s: Sentence, k: number): Tally | undefined {
  const { tree } = ctx;
  const abstaining = isAbstaining(ctx, k);
  // ("voted against it": the vote cue whose phrase the verb has)
  const cue = abstaining ? undefined : ctx.lex.stanceCues.get(tree.lemma(k))?.find((c) => c.frame === 'obj' || (/^obl:(?:for|against)$/.test(c.frame) && phraseUnder(ctx, k, ['obl'], c.frame.split(':')[1], ['case']) >= 0));
  if ((!abstaining && (!cue || tree.upos(k) !== 'VERB')) || negated(ctx, k) || tree.kid(k, 'nsubj:pass') >= 0) return undefined;
  const counted = countedSubject(ctx, k);
  const listed = counted >= 0 ? listedWith(ctx, s, counted) : [];
  // (a stance verb whose subject names its holders is the ordinary reader's: stances-parsed.ts)
  const holders = listed.length ? listed : abstaining && counted < 0 ? verbHolders(ctx, k) : [];
  if (!holders.length) return undefined;
  let at: number;
  if (abstaining) at = ['on', 'from', 'in'].map((p) => phraseUnder(ctx, k, ['obl', 'advcl'], p, ['case', 'mark'])).find((x) => x >= 0) ?? -1;
  else if (cue!.frame === 'obj') at = tree.kid(k, 'obj');
  else {
    at = phraseUnder(ctx, k, ['obl'], cue!.frame.split(':')[1], ['case']);
  }
  // ("abstained from voting on its own resolution", "rejected the vote": what the vote was on)
  if (at >= 0 && ctx.lex.cueWords('ballot-noun').has(tree.lemma(at))) at = phraseUnder(ctx, at, ['nmod', 'obl', 'acl'], 'on', ['case']);
  const own = at >= 0 && tree.upos(at) !== 'PRON' ? topicText(ctx, k, at) : '';
  // ("voted against it", "opposed the text": a bare motion is the one named before)
  const bare = !own || bareMotion(ctx, at);
  const topic = bare ? earlierMotion(ctx, k) ?? own : own;
  if (!topic) return undefined;
  return { holders, topic, polarity: abstaining ? 'Neutral' : cue!.polarity };
}

/** "abstained", however tagged (the parse may read the participle as an adjective). */
function isAbstaining(ctx: StatementContext, k: number): boolean {
  const words = ctx.lex.cueWords('abstaining-verb');
  return words.has(ctx.tree.lemma(k)) || words.has(ctx.lower[k].replace(/(?:ed|ing|s)$/, ''));
}

/** The subject of k when it is a count ("seven", "30 states", "three of the four members"), else -1. */
function countedSubject(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  let subject = subjectOf(ctx, k);
  // ("Nine nations abstained — …", "30 states – including X – abstained" parsed as a noun the verb describes)
  for (let c = k, steps = 0; subject < 0 && c >= 0 && steps < 3; c = tree.head(c), steps++) {
    if (!['acl', 'advcl'].includes(tree.rel(c))) break;
    if (['NOUN', 'NUM'].includes(tree.upos(tree.head(c)))) subject = tree.head(c);
  }
  return subject >= 0 && countOf(ctx, subject) >= 0 ? subject : -1;
}

/** The number token that counts the phrase at x ("seven" itself, the "30" of "30 states"), else -1. */
function countOf(ctx: StatementContext, x: number): number {
  if (ctx.tree.upos(x) === 'NUM') return isCount(ctx, x) ? x : -1;
  const n = ctx.tree.kidsWith(x, 'nummod').find((c) => isCount(ctx, c));
  return n ?? -1;
}

/** A number that counts (not a year, not part of a name or date). */
const isCount = (ctx: StatementContext, x: number): boolean => ctx.tree.upos(x) === 'NUM' && !/^\d{4}$/.test(ctx.lower[x]) && !ctx.entityAtToken[x] && !ctx.lex.calendar.has(ctx.texts[ctx.tree.head(x)] ?? '');

/**
 * The agents listed beside the count at `counted`: a list set off by a dash, a colon, a bracket or a
 * listing word ("namely", "including") after the count and before any other count of the sentence,
 * its names joined by commas and "and" ("… plus two states, Chile and Peru" goes on past the count).
 */
function listedWith(ctx: StatementContext, s: Sentence, counted: number): Entity[] {
  const { tree } = ctx;
  const own = countOf(ctx, counted);
  const markers = ctx.lex.cueWords('listing-word');
  for (let m = own + 1; m < s.tokenEnd; m++) {
    // (another count, not inside the counted phrase, starts a tally of its own)
    if (isCount(ctx, m) && !tree.dominates(counted, m)) return [];
    if (!markers.has(ctx.lower[m])) continue;
    let i = m + 1;
    while (i < s.tokenEnd && markers.has(ctx.lower[i])) i++;
    const listed = namesListedFrom(ctx, s, i);
    if (listed.length) return listed;
  }
  return [];
}

const DESCRIBING = new Set(['acl', 'acl:relcl', 'nmod', 'nmod:poss', 'nummod', 'flat', 'compound', 'appos']);

/** A motion named by its noun alone ("the resolution", "the text"): it says nothing the motion named before does not. */
const bareMotion = (ctx: StatementContext, x: number): boolean =>
  ctx.tree.upos(x) === 'NOUN' && ctx.lex.cueWords('motion-noun').has(ctx.tree.lemma(x)) && !ctx.tree.kids(x).some((c) => describes(ctx, c));

/** Whether the dependent c says which motion its head is ("to ban exports", "on Freedonia", "12"), not who voted on it (a list the parse hung there). */
const describes = (ctx: StatementContext, c: number): boolean => DESCRIBING.has(ctx.tree.rel(c)) && !(ctx.tree.rel(c) === 'appos' && isAgent(ctx.entityAtToken[c]));

/** The motion the article named last before k with words that say which it is ("a resolution condemning the blockade", "Resolution 12"), else the last named at all, as a topic. */
function earlierMotion(ctx: StatementContext, k: number): string | undefined {
  const { tree } = ctx;
  let bare: string | undefined;
  for (let j = k - 1; j >= Math.max(0, k - 400); j--) {
    if (tree.upos(j) !== 'NOUN' || !ctx.lex.cueWords('motion-noun').has(tree.lemma(j))) continue;
    // (what it does or is called says which motion it is; "a non-binding resolution" says less)
    if (!bareMotion(ctx, j)) return topicText(ctx, j, j);
    bare ??= topicText(ctx, j, j);
  }
  return bare;
}
