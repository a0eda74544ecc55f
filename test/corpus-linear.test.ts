// The corpus stages grow with the corpus, not with its square. Each test times one stage at two
// sizes and compares the time per item: linear keeps the ratio near 1, a scan of everything per
// item (what these stages once did) makes it grow with the size (7 to 15 for 8 times the items, measured).
// The bound is 5: a fresh clone on a busy two-core machine once measured 3.7 for the linear view model.
import { DataFactory, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { mergePlan } from '../src/corpus/merge.js';
import { buildViewModel } from '../src/graph/model.js';
import { PREFIXES } from '../src/rdf/vocab.js';

const { namedNode: n, literal: l, quad } = DataFactory;
const ID = 'https://w3id.org/newskg/id/';
const { rdf, rdfs, schema, nkg, nif, itsrdf, prov } = PREFIXES;
const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'de', 'po', 'ga', 'zu'];

/** An invented word for i, different for every i below 20,736. */
function word(i: number): string {
  let s = '';
  for (let k = 0, m = i; k < 4; k++, m = Math.floor(m / 12)) s += SYLLABLES[m % 12];
  return s[0]!.toUpperCase() + s.slice(1);
}

/** Milliseconds per item: the best of at least three runs and half a second of them, since a busy machine slows one now and then. */
function perItem(size: number, make: (size: number) => () => void): number {
  const run = make(size);
  let best = Infinity;
  const start = performance.now();
  for (let k = 0; k < 3 || performance.now() - start < 500; k++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best / size;
}

/** `size` articles, each naming one person in full and one local unnamed person; every tenth names a person by surname only. */
function corpusEntities(size: number): Quad[] {
  const out: Quad[] = [];
  for (let i = 0; i < size; i++) {
    const slug = `story-${word(i).toLowerCase()}-2026-01-01`;
    out.push(quad(n(`${ID}article/${slug}`), n(rdf + 'type'), n(schema + 'NewsArticle')));
    const full = n(`${ID}person/${word(i).toLowerCase()}-${word(i + 5000).toLowerCase()}`);
    out.push(quad(full, n(rdf + 'type'), n(schema + 'Person')), quad(full, n(rdfs + 'label'), l(`${word(i)} ${word(i + 5000)}`)));
    const unnamed = n(`${ID}person/${slug}/envoy`);
    out.push(quad(unnamed, n(rdf + 'type'), n(schema + 'Person')), quad(unnamed, n(rdfs + 'label'), l('envoy')));
    if (i % 10 === 0) {
      const short = n(`${ID}person/${word(i + 5000).toLowerCase()}`);
      out.push(quad(short, n(rdf + 'type'), n(schema + 'Person')), quad(short, n(rdfs + 'label'), l(word(i + 5000))));
    }
  }
  return out;
}

/** Time per item at 4,000 articles over time per item at 500 (the stage compiled before measuring). */
function growth(corpus: (size: number) => Quad[], stage: (quads: Quad[]) => unknown): number {
  const make = (size: number) => {
    const quads = corpus(size);
    return () => void stage(quads);
  };
  perItem(500, make);
  const small = perItem(500, make);
  return perItem(4000, make) / small;
}

describe('the merge plan', () => {
  it('takes about the same time per article at 500 and 4,000 articles', () => {
    // the surname and article-slug scans made this 7.6
    expect(growth(corpusEntities, mergePlan)).toBeLessThan(5);
    // and it still merges: the surname of exactly one fuller name joins it
    const plan = mergePlan(corpusEntities(20));
    expect(plan.get(`${ID}person/${word(5000).toLowerCase()}`)).toBe(`${ID}person/${word(0).toLowerCase()}-${word(5000).toLowerCase()}`);
  }, 120_000);
});

/** `size` articles, each with a person whose nationality is one of three countries, stated in a reified statement, and a meeting of the countries. */
function corpusView(size: number): Quad[] {
  const out: Quad[] = [];
  const countries = ['aa', 'bb', 'cc'].map((c) => n(`${ID}country/${c}`));
  for (const c of countries) out.push(quad(c, n(rdf + 'type'), n(schema + 'Country')), quad(c, n(rdfs + 'label'), l(c.value.slice(-2).toUpperCase())));
  for (let i = 0; i < size; i++) {
    const slug = `story-${i}`;
    const g = n(`${ID}article/${slug}`);
    const ctx = n(`${ID}article/${slug}#text`);
    const text = `${word(i)} of ${countries[i % 3]!.value.slice(-2).toUpperCase()} met officials.`;
    const person = n(`${ID}person/${word(i).toLowerCase()}`);
    const country = countries[i % 3]!;
    out.push(
      quad(g, n(rdf + 'type'), n(schema + 'NewsArticle'), g), quad(g, n(schema + 'headline'), l(slug), g), quad(g, n(nkg + 'text'), ctx, g),
      quad(ctx, n(nif + 'isString'), l(text), g),
      quad(person, n(rdf + 'type'), n(schema + 'Person')), quad(person, n(rdfs + 'label'), l(word(i))), quad(person, n(schema + 'nationality'), country),
    );
    const st = n(`${ID}article/${slug}#fact`);
    out.push(
      quad(st, n(rdf + 'type'), n(rdf + 'Statement'), g), quad(st, n(rdf + 'subject'), person, g), quad(st, n(rdf + 'predicate'), n(schema + 'nationality'), g),
      quad(st, n(rdf + 'object'), country, g), quad(st, n(nkg + 'evidence'), l(text), g), quad(st, n(prov + 'wasDerivedFrom'), g, g),
    );
    const mention = n(`${ID}article/${slug}#m`);
    out.push(
      quad(mention, n(rdf + 'type'), n(nif + 'Phrase'), g), quad(mention, n(itsrdf + 'taIdentRef'), country, g), quad(mention, n(nif + 'referenceContext'), ctx, g),
      quad(mention, n(nif + 'beginIndex'), l(String(text.indexOf(' of ') + 4)), g), quad(mention, n(nif + 'endIndex'), l(String(text.indexOf(' of ') + 6)), g),
    );
    const meeting = n(`${ID}article/${slug}#meeting`);
    out.push(
      quad(meeting, n(rdf + 'type'), n(nkg + 'Meeting'), g), quad(meeting, n(nkg + 'participant'), countries[0]!, g), quad(meeting, n(nkg + 'participant'), countries[1]!, g),
      quad(meeting, n(nkg + 'evidence'), l(text), g), quad(meeting, n(prov + 'wasDerivedFrom'), g, g),
    );
  }
  return out;
}

describe('the view model', () => {
  it('takes about the same time per article at 500 and 4,000 articles, with every fact backed by a statement', () => {
    // a scan of every statement per fact edge, of an edge's evidence per statement and of a node's articles per mention made this 15
    expect(growth(corpusView, buildViewModel)).toBeLessThan(5);
    const model = buildViewModel(corpusView(6));
    const edge = model.edges.find((e) => e.kind === 'nationality' && e.source.endsWith(word(4).toLowerCase()));
    expect(edge?.evidence.map((e) => e.text)).toEqual([`${word(4)} of BB met officials.`]);
    expect(model.edges.find((e) => e.kind === 'met')?.evidence).toHaveLength(6);
  }, 120_000);
});
