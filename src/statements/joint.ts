// One statement for what several said or did together. "Peru and Chile condemned the levy" is one
// stance held by two, not two stances: the readers expand a coordinated role into one statement
// each, and this pass joins back those of one sentence that differ only in that role. A reader of
// the graph then finds one fact naming both (each still reachable by its property), and a stance
// restated by a list of six countries counts once, as an analyst would write it down.
import type { EntityOrLiteral, Statement } from '../types.js';

type Of<K extends Statement['kind']> = Extract<Statement, { kind: K }>;

/** A role that coordination fills with several entities: what else must be equal, and how a member is added. */
interface Joinable<K extends Statement['kind']> {
  kind: K;
  /** The statement apart from the role joined (its sentence included): equal keys are one statement. */
  key(s: Of<K>): string;
  /** The role's entities in a statement. */
  members(s: Of<K>): string[];
  /** Adds an entity to the role of the statement kept. */
  add(kept: Of<K>, member: string): void;
}

const keyOf = (...parts: Array<string | number | undefined>): string => parts.map((p) => p ?? '').join('\u0000');
const targetKey = (t: EntityOrLiteral): string => ('iri' in t ? t.iri : t.literal);

const JOINABLE: { [K in 'Stance' | 'Threat' | 'Sanction']: Joinable<K> } = {
  Stance: {
    kind: 'Stance',
    key: (s) => keyOf(s.evidence.start, s.topic, s.polarity, s.position),
    members: (s) => [s.holder, ...(s.coHolders ?? [])],
    add: (s, m) => void (s.coHolders = [...(s.coHolders ?? []), m]),
  },
  Threat: {
    kind: 'Threat',
    key: (s) => keyOf(s.evidence.start, s.threatener, s.action, s.condition),
    members: (s) => [s.target, ...(s.coTargets ?? [])],
    add: (s, m) => void (s.coTargets = [...(s.coTargets ?? []), m]),
  },
  Sanction: {
    kind: 'Sanction',
    key: (s) => keyOf(s.evidence.start, targetKey(s.target), s.measure),
    members: (s) => [s.imposedBy, ...(s.coImposers ?? [])],
    add: (s, m) => void (s.coImposers = [...(s.coImposers ?? []), m]),
  },
};

/** Joins statements of one sentence that differ only in a coordinated role (JOINABLE); others pass unchanged. */
export function joinCoordinated(list: Statement[]): Statement[] {
  const kept = new Map<string, Statement>();
  const out: Statement[] = [];
  for (const s of list) {
    const join = (JOINABLE as Record<string, Joinable<Statement['kind']> | undefined>)[s.kind];
    if (!join) {
      out.push(s);
      continue;
    }
    const key = `${s.kind}\u0000${join.key(s)}`;
    const first = kept.get(key);
    if (!first) {
      const own = { ...s };
      kept.set(key, own);
      out.push(own);
      continue;
    }
    const have = join.members(first);
    for (const m of join.members(s)) if (!have.includes(m)) join.add(first, m);
  }
  return out;
}
