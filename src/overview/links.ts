// The links of one entity, read straight from the engine, one bounded query each way: statements it
// makes (threatens, sanctions, met, said, a stance naming another entity), statements about it, and its
// entity facts. A link is what the viewer draws as an edge, with the statement behind it; its key is the
// edge id buildViewModel gives the same edge, so a part of the corpus draws what the whole one would.
import { containsWords, stanceKind, type RelationKind, type StatementKind } from '../graph/index.js';
import { PREFIXES } from '../rdf/vocab.js';
import type { QueryEngine } from '../query/types.js';
import { iriOf, iriRef, select, type Row } from './ask.js';
import type { TimeBudget } from './budget.js';

export interface Link {
  relation: RelationKind;
  source: string;
  target: string;
  /** The statement behind it; absent for an entity fact (affiliated with, located in, …). */
  statement?: string;
}

/** The id buildViewModel gives the edge this link is part of. */
export const linkKey = (l: Link): string => `${l.relation}|${l.source}|${l.target}`;

const KINDS = new Map<string, StatementKind>((['Quote', 'Stance', 'Threat', 'Meeting', 'Sanction', 'TradeFlow'] as const).map((k) => [PREFIXES.nkg + k, k]));
const RELATION_OF: Record<Exclude<StatementKind, 'Stance'>, RelationKind> = {
  Quote: 'said', Threat: 'threatens', Meeting: 'met', Sanction: 'sanctions', TradeFlow: 'tradesWith',
};
const FACT_RELATIONS = new Map<string, RelationKind>([
  [PREFIXES.schema + 'affiliation', 'affiliation'], [PREFIXES.schema + 'nationality', 'nationality'],
  [PREFIXES.schema + 'homeLocation', 'basedIn'], [PREFIXES.schema + 'containedInPlace', 'locatedIn'],
]);

// Role pairs of the statements that link two agents by their roles; stances and quotes link their holder or
// speaker to the entities named inside their sentence (for a stance, inside its topic: checked in JS below).
const PAIRS_FROM = '(nkg:threatener nkg:threatTarget) (nkg:imposedBy nkg:sanctionTarget) (nkg:exporter nkg:importer) (nkg:participant nkg:participant) (nkg:speaker nkg:addressee)';
const PAIRS_TO = '(nkg:threatTarget nkg:threatener) (nkg:sanctionTarget nkg:imposedBy) (nkg:importer nkg:exporter) (nkg:addressee nkg:speaker)';
const NAMED_IN_SENTENCE = `OPTIONAL { ?mention nif:anchorOf ?anchor } OPTIONAL { ?st nkg:topic ?topic } OPTIONAL { ?st nkg:polarity ?polarity }`;
// Each branch starts from a sub-query with its own LIMIT on what the bound entity reaches through an index
// (its statements, its mentions), and the rest joins onto those rows one by one. Written as one pattern, the
// engine chose to start from the other end (every statement's holder, every typed statement) and join by
// hash: the hub's neighbourhood took 1.3 s at 2,000 articles against 0.7 s at 1,000, and went on growing;
// started from the entity, 0.2 s at both.

/** Statements by `e` (as threatener, holder, speaker, …) and whom they link it to. */
const fromQuery = (e: string, limit: number): string => `SELECT ?st ?kind ?other ?polarity ?topic ?anchor WHERE {
  { { SELECT ?st ?otherRole WHERE { VALUES (?role ?otherRole) { ${PAIRS_FROM} } ?st ?role ${e} } LIMIT ${limit} }
    ?st ?otherRole ?other ; a ?kind . FILTER(?other != ${e}) }
  UNION
  { { SELECT ?st WHERE { VALUES ?role { nkg:holder nkg:speaker } ?st ?role ${e} } LIMIT ${limit} }
    ?st a ?kind ; nkg:startOffset ?start ; nkg:endOffset ?end ; prov:wasDerivedFrom ?article .
    ?article nkg:text ?context .
    ?mention nif:referenceContext ?context ; itsrdf:taIdentRef ?other ; nif:beginIndex ?begin ; nif:endIndex ?finish .
    FILTER(?other != ${e} && ?begin >= ?start && ?finish <= ?end)
    ${NAMED_IN_SENTENCE} }
} LIMIT ${limit}`;

/** Statements about `e` (threatened, sanctioned, addressed, named in someone's stance or quote) and by whom. */
const toQuery = (e: string, limit: number): string => `SELECT ?st ?kind ?other ?polarity ?topic ?anchor WHERE {
  { { SELECT ?st ?otherRole WHERE { VALUES (?role ?otherRole) { ${PAIRS_TO} } ?st ?role ${e} } LIMIT ${limit} }
    ?st ?otherRole ?other ; a ?kind . FILTER(?other != ${e}) }
  UNION
  { { SELECT ?mention ?context ?begin ?finish WHERE { ?mention itsrdf:taIdentRef ${e} ; nif:referenceContext ?context ; nif:beginIndex ?begin ; nif:endIndex ?finish } LIMIT ${limit} }
    ?article nkg:text ?context .
    VALUES ?role { nkg:holder nkg:speaker }
    ?st prov:wasDerivedFrom ?article ; ?role ?other ; a ?kind ; nkg:startOffset ?start ; nkg:endOffset ?end .
    FILTER(?other != ${e} && ?begin >= ?start && ?finish <= ?end)
    ${NAMED_IN_SENTENCE} }
} LIMIT ${limit}`;

/** Entity facts between `e` and another entity, both ways. */
const factsQuery = (e: string, limit: number): string => `SELECT ?fact ?other ?outgoing WHERE {
  VALUES ?fact { schema:affiliation schema:nationality schema:homeLocation schema:containedInPlace }
  { ${e} ?fact ?other . BIND("out" AS ?outgoing) } UNION { ?other ?fact ${e} . BIND("in" AS ?outgoing) }
  FILTER(isIRI(?other) && ?other != ${e})
} LIMIT ${limit}`;

/** Whether `e` has more statements or mentions than the sub-queries above read (`limit` of each). */
const moreQuery = (e: string, limit: number): string => `SELECT (COUNT(*) AS ?n) WHERE {
  { SELECT ?st WHERE { ?st ?role ${e} . VALUES ?role { nkg:threatener nkg:threatTarget nkg:imposedBy nkg:sanctionTarget nkg:exporter nkg:importer nkg:participant nkg:speaker nkg:addressee nkg:holder } } OFFSET ${limit} LIMIT 1 }
  UNION { SELECT ?m WHERE { ?m itsrdf:taIdentRef ${e} } OFFSET ${limit} LIMIT 1 }
}`;

/** A row of fromQuery/toQuery as a link, or nothing (a type that is no statement kind, a stance whose topic does not name the entity). */
function statementLink(row: Row, entity: string, outgoing: boolean): Link | undefined {
  const statement = iriOf(row.st);
  const other = iriOf(row.other);
  const kind = KINDS.get(iriOf(row.kind) ?? '');
  if (!statement || !other || !kind) return undefined;
  let relation: RelationKind;
  if (kind === 'Stance') {
    // as buildViewModel reads stances: the entity's words must be part of the topic ("opposes the Valdor dam plan" → Valdor)
    const topic = row.topic?.value.toLowerCase() ?? '';
    const named = row.anchor?.value.toLowerCase() ?? '';
    if (!containsWords(topic, named)) return undefined;
    relation = stanceKind(iriOf(row.polarity)?.replace(/^.*[/#]/, ''));
  } else relation = RELATION_OF[kind];
  let [source, target] = outgoing ? [entity, other] : [other, entity];
  // a meeting has no direction: one edge per pair, in a stable order (as buildViewModel makes it)
  if (relation === 'met' && target < source) [source, target] = [target, source];
  return { relation, source, target, statement };
}

function factLink(row: Row, entity: string): Link | undefined {
  const relation = FACT_RELATIONS.get(iriOf(row.fact) ?? '');
  const other = iriOf(row.other);
  if (!relation || !other) return undefined;
  // a string, not a boolean: Virtuoso answers booleans as 0 and 1
  return row.outgoing?.value === 'out' ? { relation, source: entity, target: other } : { relation, source: other, target: entity };
}

export interface EntityLinks {
  links: Link[];
  /** A query stopped at its row limit: the entity has more links than were read. */
  cut: boolean;
}

/** Links from the statements `entity` makes, of the first `limit` read. */
export async function linksFrom(engine: QueryEngine, entity: string, limit: number, budget: TimeBudget): Promise<EntityLinks> {
  const { rows } = await select(engine, fromQuery(iriRef(entity), limit), limit, budget);
  return { links: rows.map((r) => statementLink(r, entity, true)).filter((l): l is Link => l !== undefined), cut: rows.length >= limit };
}

/** Every kind of link of `entity`: statements it makes, statements about it, and its facts; `limit` rows each way. */
export async function linksAround(engine: QueryEngine, entity: string, limit: number, budget: TimeBudget): Promise<EntityLinks> {
  const e = iriRef(entity);
  const from = await linksFrom(engine, entity, limit, budget);
  const to = await select(engine, toQuery(e, limit), limit, budget);
  const facts = await select(engine, factsQuery(e, limit), limit, budget);
  const more = await select(engine, moreQuery(e, limit), undefined, budget);
  return {
    links: [
      ...from.links,
      ...to.rows.map((r) => statementLink(r, entity, false)).filter((l): l is Link => l !== undefined),
      ...facts.rows.map((r) => factLink(r, entity)).filter((l): l is Link => l !== undefined),
    ],
    cut: from.cut || to.rows.length >= limit || facts.rows.length >= limit || Number(more.rows[0]?.n?.value ?? 0) > 0,
  };
}
