// The entity section (the default graph at the end of a corpus) as `build --add` needs it, kept in
// the corpus index so that --add need not parse the section's TriG: at 10,000 articles that was
// 10.5 MB of text through n3 and its garbage collection, only to get back what the last build had
// in memory when it wrote the section. The cache holds the router's state after the section was
// written (its lines and each entity's names) and where each of their texts ends in the section, so
// that the next section is the old one's bytes wherever it says the same (section-text.ts).
import { DataFactory, Parser, type Quad } from 'n3';
import { RDF, RDFS, SCHEMA, SKOS } from '../rdf/vocab.js';
import { BASE_TYPES } from './merge.js';
import { identityFacts, type IdentityFacts } from './identity.js';
import type { Router } from './route.js';

/** Lines as an index is written from: an array, or the router's store, read a slice at a time (route.ts). */
export interface LineList {
  readonly length: number;
  slice(start: number, end: number): string[];
}

/** What an entity section holds, in the order it is written: its lines, then its entities' names. */
export interface EntityCache {
  /** Its triples other than names, as N-Quads lines (the Router's default lines). */
  lines: string[];
  /** Each entity's names as written: the label, then the aliases. */
  names: [string, string[]][];
  /** The byte offset in the section where the text of each line, then of each entity's names, ends. */
  ends: number[];
}

/** An entity cache as a build writes it, its lines not necessarily an array. */
export type SectionCache = Omit<EntityCache, 'lines'> & { lines: LineList };

const TYPE = RDF('type');
const LABEL = RDFS('label');
const ALT_LABEL = SKOS('altLabel');
const NEWS_ARTICLE = SCHEMA('NewsArticle');

/** An N-Quads line of the router, `<s> <p> o .\n`, cut into its terms. */
interface Line {
  s: string;
  p: string;
  /** The object as written. */
  o: string;
  /** The object's IRI when it is one. */
  oIri?: string;
}

const PLAIN_IRI = /^[^\s<>"]+$/;

/**
 * The terms of a line the router wrote, when it is plain: subject and predicate IRIs and an IRI
 * object without spaces or angle brackets, and no escape anywhere, so that the text between the
 * brackets is the IRI itself. Undefined otherwise (the line is then parsed).
 */
export function splitLine(line: string): Line | undefined {
  if (line[0] !== '<' || line.includes('\\') || !line.endsWith(' .\n')) return undefined;
  const a = line.indexOf('> <');
  const b = a < 0 ? -1 : line.indexOf('> ', a + 3);
  if (b < 0) return undefined;
  const s = line.slice(1, a);
  const p = line.slice(a + 3, b);
  const o = line.slice(b + 2, -3);
  if (!PLAIN_IRI.test(s) || !PLAIN_IRI.test(p)) return undefined;
  if (o[0] !== '<') return { s, p, o };
  const oIri = o.slice(1, -1);
  return o.endsWith('>') && PLAIN_IRI.test(oIri) ? { s, p, o, oIri } : undefined;
}

/** Each line of a cache cut into its terms, once (three passes of --add read them). */
const splitCache = new WeakMap<EntityCache, (Line | undefined)[]>();
function splitLines(cache: EntityCache): (Line | undefined)[] {
  let out = splitCache.get(cache);
  if (!out) splitCache.set(cache, (out = cache.lines.map(splitLine)));
  return out;
}

export const parseLines = (lines: string[]): Quad[] => new Parser({ format: 'N-Quads' }).parse(lines.join(''));

/** An entity's names as quads: the label, then the aliases. */
export function nameQuads(iri: string, names: readonly string[]): Quad[] {
  const s = DataFactory.namedNode(iri);
  return names.map((name, i) => DataFactory.quad(s, i === 0 ? LABEL_NODE : ALT_LABEL_NODE, DataFactory.literal(name)));
}

const LABEL_NODE = DataFactory.namedNode(LABEL);
const ALT_LABEL_NODE = DataFactory.namedNode(ALT_LABEL);

/** The identity facts of the whole section, as identityFacts finds them in its quads: those of its lines, then its names. */
export function cacheFacts(cache: EntityCache): IdentityFacts {
  const out: IdentityFacts = { types: [], names: [], articles: [] };
  const split = splitLines(cache);
  for (const [i, line] of cache.lines.entries()) {
    const t = split[i];
    if (t && t.p !== LABEL && t.p !== ALT_LABEL) {
      if (t.p !== TYPE || t.oIri === undefined) continue;
      if (BASE_TYPES.has(t.oIri)) out.types.push([t.s, t.oIri]);
      else if (t.oIri === NEWS_ARTICLE) out.articles.push(t.s);
      continue;
    }
    const f = identityFacts(parseLines([line]));
    out.types.push(...f.types);
    out.names.push(...f.names);
    out.articles.push(...f.articles);
  }
  for (const [iri, list] of cache.names) list.forEach((name, i) => out.names.push([iri, i === 0 ? 0 : 1, name]));
  return out;
}

/** The IRIs the section says something about, which the merge plan may now give another name. */
export function* sectionSubjects(cache: EntityCache): Generator<string> {
  const split = splitLines(cache);
  for (const [i, line] of cache.lines.entries()) {
    const t = split[i];
    if (t) yield t.s;
    else for (const q of parseLines([line])) if (q.subject.termType === 'NamedNode') yield q.subject.value;
  }
  for (const [iri] of cache.names) yield iri;
}

/**
 * Routes the section through the router under the merge plan, as routing its quads does: each line
 * gets its subject and object mapped, each entity's names go to its merged node. Done on the text
 * when every line is plain, holds no name (names of the plan's entities go to their node, not to a
 * line) and every entity of the names is in the plan; otherwise the quads are made and routed.
 */
export function routeSection(router: Router, cache: EntityCache, plan: ReadonlyMap<string, string>): void {
  const map = (iri: string): string => plan.get(iri) ?? iri;
  const lines: string[] = [];
  let plain = cache.names.every(([iri]) => plan.has(map(iri)));
  const split = splitLines(cache);
  for (const [i, line] of (plain ? cache.lines : []).entries()) {
    const t = split[i];
    if (!t || ((t.p === LABEL || t.p === ALT_LABEL) && plan.has(map(t.s)))) {
      plain = false;
      break;
    }
    const s = map(t.s);
    const o = t.oIri === undefined ? t.o : `<${map(t.oIri)}>`;
    if (!PLAIN_IRI.test(s) || (t.oIri !== undefined && !PLAIN_IRI.test(o.slice(1, -1)))) {
      plain = false;
      break;
    }
    lines.push(s === t.s && o === t.o ? line : `<${s}> <${t.p}> ${o} .\n`);
  }
  if (plain) {
    router.restore(lines, cache.names.map(([iri, list]) => [map(iri), list] as const));
    return;
  }
  router.route(parseLines(cache.lines));
  router.route(cache.names.flatMap(([iri, list]) => nameQuads(iri, list)));
}
