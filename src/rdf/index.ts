// Stage 5: an extraction as RDF quads in ONTOLOGY.md's vocabulary.
import type { Quad, Quad_Object } from 'n3';
import { DataFactory } from './n3.js';
import { articleIri } from '../entities/iri.js';
import type { EntityOrLiteral, Extraction, Statement } from '../types.js';
import { ITSRDF, NIF, NKG, OWL, PROV, RDF, RDFS, SCHEMA, SKOS, XSD } from './vocab.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

const decimal = (n: number) => literal(String(Number(n.toFixed(6))), namedNode(XSD('decimal')));
const integer = (n: number) => literal(String(Math.trunc(n)), namedNode(XSD('integer')));
const str = (s: string) => literal(s);

export interface RdfOptions {
  /** Named graph for every quad (TriG/N-Quads); default graph when absent. */
  graph?: string;
  /** Publication date to write when the article gives none. */
  defaultDate?: string;
}

/** One triple-adding function bound to a graph. */
function emitter(out: Quad[], graph?: string) {
  const g = graph ? namedNode(graph) : defaultGraph();
  return (s: string, p: string, o: Quad_Object | string) => {
    out.push(quad(namedNode(s), namedNode(p), typeof o === 'string' ? namedNode(o) : o, g));
  };
}

const STATEMENT_FIELDS: { [K in Statement['kind']]: (s: Extract<Statement, { kind: K }>, add: (p: string, o: Quad_Object | string) => void) => void } = {
  Quote: (s, add) => {
    add(NKG('speaker'), s.speaker);
    add(NKG('text'), str(s.text));
    if (s.addressee) add(NKG('addressee'), s.addressee);
  },
  Stance: (s, add) => {
    for (const h of [s.holder, ...(s.coHolders ?? [])]) add(NKG('holder'), h);
    add(NKG('topic'), str(s.topic));
    if (s.polarity) add(NKG('polarity'), NKG(s.polarity));
    if (s.position) add(NKG('position'), str(s.position));
  },
  Threat: (s, add) => {
    add(NKG('threatener'), s.threatener);
    for (const t of [s.target, ...(s.coTargets ?? [])]) add(NKG('threatTarget'), t);
    add(NKG('action'), str(s.action));
    if (s.condition) add(NKG('condition'), str(s.condition));
  },
  Meeting: (s, add) => {
    for (const p of s.participants) add(NKG('participant'), p);
    if (s.location) add(SCHEMA('location'), s.location);
    if (s.date) add(SCHEMA('startDate'), literal(s.date, namedNode(XSD('date'))));
    if (s.mediator) add(NKG('mediator'), s.mediator);
    if (s.mode) add(NKG('mode'), str(s.mode));
  },
  Sanction: (s, add) => {
    for (const i of [s.imposedBy, ...(s.coImposers ?? [])]) add(NKG('imposedBy'), i);
    add(NKG('sanctionTarget'), targetTerm(s.target));
    if (s.measure) add(NKG('measure'), str(s.measure));
  },
  TradeFlow: (s, add) => {
    add(NKG('exporter'), s.exporter);
    add(NKG('importer'), s.importer);
    if (s.amount !== undefined) add(NKG('amount'), decimal(s.amount));
    if (s.currency) add(NKG('currency'), str(s.currency));
    if (s.year !== undefined) add(NKG('year'), integer(s.year));
    if (s.source) add(NKG('source'), s.source);
  },
};

const targetTerm = (t: EntityOrLiteral): Quad_Object => ('iri' in t ? namedNode(t.iri) : str(t.literal));

export function extractionToQuads(x: Extraction, opts: RdfOptions = {}): Quad[] {
  const out: Quad[] = [];
  const add = emitter(out, opts.graph);
  const article = x.document.article;
  const a = articleIri(article.id);
  const ctx = `${a}#context`;
  add(a, RDF('type'), SCHEMA('NewsArticle'));
  add(a, SCHEMA('headline'), str(article.headline ?? article.id));
  const date = article.published ?? opts.defaultDate;
  if (date) add(a, SCHEMA('datePublished'), literal(date, namedNode(XSD('date'))));
  add(a, NKG('text'), ctx);
  add(ctx, RDF('type'), NIF('Context'));
  add(ctx, NIF('isString'), str(article.text));
  for (const e of x.entities) {
    // an unnamed person ("a Thai official") stays in the graph for what they said and did, but is no
    // named entity the article mentions (schema:mentions lists whom the article names)
    if (e.mentions.some((m) => m.kind !== 'description' && m.kind !== 'pronoun') || e.type !== 'Person') add(a, SCHEMA('mentions'), e.iri);
    add(e.iri, RDF('type'), SCHEMA(e.type));
    for (const sub of e.subtypes) add(e.iri, RDF('type'), SCHEMA(sub));
    add(e.iri, RDFS('label'), str(e.label));
    for (const alt of e.altLabels) add(e.iri, SKOS('altLabel'), str(alt));
    for (const same of e.sameAs) add(e.iri, OWL('sameAs'), same);
    for (const m of e.mentions) {
      const id = `${a}#char=${m.start},${m.end}`;
      add(id, RDF('type'), NIF('Phrase'));
      add(id, NIF('anchorOf'), str(article.text.slice(m.start, m.end)));
      add(id, NIF('beginIndex'), integer(m.start));
      add(id, NIF('endIndex'), integer(m.end));
      add(id, NIF('referenceContext'), ctx);
      add(id, ITSRDF('taIdentRef'), e.iri);
    }
  }
  // Direct facts are plain triples (ONTOLOGY.md); where a sentence supports one, a reified
  // rdf:Statement carries its evidence, so a viewer can show why the edge is there.
  x.facts.forEach((f, n) => {
    const object = f.kind === 'jobTitle' ? str(f.value) : f.object;
    add(f.subject, SCHEMA(f.kind), object);
    if (!f.evidence) return;
    const id = `${a}#fact-${n + 1}`;
    add(id, RDF('type'), RDF('Statement'));
    add(id, RDF('subject'), f.subject);
    add(id, RDF('predicate'), SCHEMA(f.kind));
    add(id, RDF('object'), object);
    add(id, PROV('wasDerivedFrom'), a);
    add(id, NKG('evidence'), str(f.evidence.text));
    add(id, NKG('startOffset'), integer(f.evidence.start));
    add(id, NKG('endOffset'), integer(f.evidence.end));
  });
  const counters = new Map<string, number>();
  for (const s of x.statements) {
    const n = (counters.get(s.kind) ?? 0) + 1;
    counters.set(s.kind, n);
    const id = `${a}#${s.kind.toLowerCase()}-${n}`;
    const put = (p: string, o: Quad_Object | string) => add(id, p, o);
    put(RDF('type'), NKG(s.kind));
    put(PROV('wasDerivedFrom'), a);
    put(NKG('evidence'), str(s.evidence.text));
    put(NKG('startOffset'), integer(s.evidence.start));
    put(NKG('endOffset'), integer(s.evidence.end));
    put(NKG('confidence'), decimal(s.confidence));
    put(NKG('factuality'), NKG(s.factuality));
    (STATEMENT_FIELDS[s.kind] as (s: Statement, add: (p: string, o: Quad_Object | string) => void) => void)(s, put);
  }
  return out;
}
