// The facts an output graph states, and when one matches a gold fact (score.mjs's MATCH table).
import type { GraphView } from './graph.js';
import { NKG, S } from './graph.js';
import { oc, textHit } from './text.js';
import type { FactKind, GoldFact } from './types.js';

interface Shown {
  /** One line for --explain. */
  show: string;
}

export interface OutFacts {
  jobTitle: (Shown & { subject?: string; value: string })[];
  affiliation: (Shown & { subject?: string; object?: string })[];
  nationality: (Shown & { subject?: string; object?: string })[];
  homeLocation: (Shown & { subject?: string; object?: string })[];
  containedInPlace: (Shown & { subject?: string; object?: string })[];
  quote: (Shown & { speaker: string[]; text: string })[];
  stance: (Shown & { holder: string[]; topic: string[]; polarity: string[] })[];
  threat: (Shown & { threatener: string[]; target: string[]; action: string })[];
  meeting: (Shown & { participants: string[]; location: string[]; date?: string })[];
  sanction: (Shown & { imposedBy: string[]; target: string; targetIds: string[] })[];
  /** NaN when the graph gives no amount, which then matches any gold amount. */
  tradeFlow: (Shown & { exporter: string[]; importer: string[]; amount: number })[];
}

export type GoldOf<K extends FactKind> = GoldFact & { kind: K };
export type Matcher<K extends FactKind> = (g: GoldOf<K>, o: OutFacts[K][number]) => boolean;

const RELATIONS = ['jobTitle', 'affiliation', 'nationality', 'homeLocation', 'containedInPlace'] as const;

export function readFacts(v: GraphView): OutFacts {
  const out: OutFacts = {
    jobTitle: [], affiliation: [], nationality: [], homeLocation: [], containedInPlace: [],
    quote: [], stance: [], threat: [], meeting: [], sanction: [], tradeFlow: [],
  };
  const names = (n: Parameters<GraphView['textOf']>[0], p: string, sep: string) => v.objs(n, p).map((o) => v.textOf(o)).join(sep);
  for (const kind of RELATIONS) {
    for (const q of v.store.getQuads(null, S + kind, null, null)) {
      const subject = v.id(q.subject);
      if (kind === 'jobTitle') out.jobTitle.push({ subject, value: q.object.value, show: `${v.textOf(q.subject)} jobTitle ${q.object.value}` });
      else out[kind].push({ subject, object: v.id(q.object), show: `${v.textOf(q.subject)} ${kind} ${v.textOf(q.object)}` });
    }
  }
  for (const n of v.ofType(NKG + 'Quote')) {
    const text = v.lit(n, NKG + 'text').join(' ');
    out.quote.push({ speaker: v.ids(n, NKG + 'speaker'), text, show: `${names(n, NKG + 'speaker', '/')}: "${text.slice(0, 70)}"` });
  }
  for (const n of v.ofType(NKG + 'Stance')) {
    const polarity = v.objs(n, NKG + 'polarity').map((o) => o.value.replace(NKG, ''));
    const topic = v.lit(n, NKG + 'topic');
    out.stance.push({ holder: v.ids(n, NKG + 'holder'), topic, polarity, show: `${names(n, NKG + 'holder', '/')} ${polarity.join('')} ${topic.join('/')}` });
  }
  for (const n of v.ofType(NKG + 'Threat')) {
    const action = v.lit(n, NKG + 'action').join(' ');
    out.threat.push({
      threatener: v.ids(n, NKG + 'threatener'), target: v.ids(n, NKG + 'threatTarget'), action,
      show: `${names(n, NKG + 'threatener', '/')} -> ${names(n, NKG + 'threatTarget', '/')}: ${action}`,
    });
  }
  for (const n of v.ofType(NKG + 'Meeting')) {
    const dates = v.lit(n, S + 'startDate');
    out.meeting.push({
      participants: v.ids(n, NKG + 'participant'), location: v.ids(n, S + 'location'), date: dates[0],
      show: `${names(n, NKG + 'participant', ', ')} @ ${names(n, S + 'location', '/')} ${dates.join('')}`,
    });
  }
  for (const n of v.ofType(NKG + 'Sanction')) {
    out.sanction.push({
      imposedBy: v.ids(n, NKG + 'imposedBy'), target: names(n, NKG + 'sanctionTarget', ' '), targetIds: v.ids(n, NKG + 'sanctionTarget'),
      show: `${names(n, NKG + 'imposedBy', '/')} -> ${names(n, NKG + 'sanctionTarget', '/')}`,
    });
  }
  for (const n of v.ofType(NKG + 'TradeFlow')) {
    const amounts = v.lit(n, NKG + 'amount');
    out.tradeFlow.push({
      exporter: v.ids(n, NKG + 'exporter'), importer: v.ids(n, NKG + 'importer'), amount: Number(amounts[0]),
      show: `${names(n, NKG + 'exporter', '/')} -> ${names(n, NKG + 'importer', '/')} ${amounts.join('')}`,
    });
  }
  return out;
}

/** Some output id is one of the gold ids. */
export const anyOf = (outIds: string[], goldIds: string[] | undefined): boolean => outIds.some((x) => (goldIds ?? []).includes(x));

const sameRelation = (g: { subject: string; object: string[] }, o: { subject?: string; object?: string }) =>
  o.subject === g.subject && g.object.includes(o.object as string);

export const MATCH: { [K in FactKind]: Matcher<K> } = {
  jobTitle: (g, o) => o.subject === g.subject && g.value.some((v) => oc(v, o.value) >= 0.5),
  affiliation: sameRelation,
  nationality: sameRelation,
  homeLocation: sameRelation,
  containedInPlace: sameRelation,
  quote: (g, o) => anyOf(o.speaker, g.speaker) && textHit(g.text, o.text, 0.6, 0.3),
  // the polarity must be one the gold lists (a gold stance without polarities takes any)
  stance: (g, o) => anyOf(o.holder, g.holder) && (!g.polarity || anyOf(o.polarity, g.polarity)) && o.topic.some((t) => g.topic.some((gt) => oc(gt, t) >= 0.5)),
  threat: (g, o) => anyOf(o.threatener, g.threatener) && anyOf(o.target, g.target) && oc(g.action, o.action) >= 0.25,
  // every gold slot filled, and no participant outside the slots (a meeting of four is not a meeting of two)
  meeting: (g, o) => g.participants.every((slot) => anyOf(o.participants, slot)) && o.participants.every((x) => g.participants.some((slot) => slot.includes(x))),
  sanction: (g, o) =>
    anyOf(o.imposedBy, g.imposedBy) && (oc(g.target, o.target) >= 0.3 || Boolean(g.targetIds && anyOf(o.targetIds, g.targetIds))),
  tradeFlow: (g, o) =>
    anyOf(o.exporter, g.exporter) &&
    anyOf(o.importer, g.importer) &&
    (!g.amount || !o.amount || Math.abs(o.amount - g.amount) / g.amount <= 0.05),
};
