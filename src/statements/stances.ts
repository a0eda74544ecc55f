// Stances: who supports or opposes what, all read from the dependency tree by three readers:
// - stances-parsed.ts: a cue word and the phrase its frame names ("Ruritania backed the plan",
//   "its opposition to the merger", "Peru is opposed to the levy"; data/lexicon/stances.tsv);
// - evaluations.ts: a judging predicate and what it is said of ("called the vote a sham", "the
//   levy is unacceptable to Peru", "the tariffs harm trade"; statements.json's judging lists);
// - acts.ts: an act someone asks for, pledges or says must be done ("urged Peru to withdraw the
//   decree", "ready to sign a truce"; data/lexicon/acts.tsv);
// - vote-tallies.ts: who voted for or against a motion, or abstained, named in a tally's list
//   ("seven voted against it — Chile, Peru and Fiji") or as the subject of "abstain".
// One stance said twice, or read by two readers, is kept once, from the first that read it (a tally first:
// its topic is the motion voted on, where the cue reader sees only "it" or "the text").
import type { Statement } from '../types.js';
import { contentWords as topicWords, standFor, type StatementContext } from './context.js';
import { findActStances } from './acts.js';
import { findEvaluations } from './evaluations.js';
import { findParsedStances } from './stances-parsed.js';
import { findVoteTallies } from './vote-tallies.js';

export function findStances(ctx: StatementContext): Statement[] {
  const body = keptOnce(ctx, readAll(ctx));
  // a headline often says what no body sentence repeats ("Ruritania rejects talks"); one whose
  // holder (or someone on their side) takes the same position in the body, or that the body takes
  // on some of the same things, is said again there in other words, and is left out
  ctx.readsHeadings = true;
  const headlines = keptOnce(ctx, readAll(ctx));
  ctx.readsHeadings = false;
  const repeated = (h: Stance) => {
    const words = topicWords(h.topic);
    return body.some((b) => b.kind === 'Stance' && b.polarity === h.polarity && (standFor(ctx, h.holder, b.holder) || [...topicWords(b.topic)].some((w) => words.has(w))));
  };
  return [...body, ...headlines.filter((h) => h.kind === 'Stance' && !repeated(h))];
}

type Stance = Extract<Statement, { kind: 'Stance' }>;

const readAll = (ctx: StatementContext): Statement[][] => [findVoteTallies(ctx), findParsedStances(ctx), findEvaluations(ctx), findActStances(ctx)];

/**
 * Each stance once: one said twice, or read by two readers, from the first that read it; and one
 * said by a person and by the side they speak for ("Berg opposes the levy", "Peru opposes the levy").
 */
function keptOnce(ctx: StatementContext, readings: Statement[][]): Statement[] {
  const out: Statement[] = [];
  // the words of each topic said, with its holder and polarity: "support for M23" after "its support for M23" says nothing new
  const said: Array<{ holder: string; polarity: string | undefined; words: Set<string> }> = [];
  for (const statements of readings) {
    for (const s of statements) {
      if (s.kind !== 'Stance') continue;
      const words = topicWords(s.topic);
      // (half the words of the shorter topic shared, either way round: "ambitions" after "misguided ambitions for access",
      // "Nato support for Ukraine" after "military support for Ukraine"; a topic of no content words repeats any)
      const same = (w: Set<string>) => words.size === 0 || overlap(words, w) >= 0.5;
      if (said.some((x) => x.polarity === s.polarity && (x.holder === s.holder || standFor(ctx, x.holder, s.holder)) && same(x.words))) continue;
      said.push({ holder: s.holder, polarity: s.polarity, words });
      out.push(s);
    }
  }
  return out;
}

const overlap = (a: Set<string>, b: Set<string>): number => [...a].filter((x) => b.has(x)).length / Math.max(1, Math.min(a.size, b.size));

