// What `newskg extract` produces: valid graphs in every format, deterministic IRIs, merged corpora.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { readGraphFile } from '../src/rdf/parse.js';
import { validate } from '../src/validate/index.js';

const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';
const MD = 'test/fixtures/extract/duqm-port.md';
const HTML = 'test/fixtures/extract/gulf-brief.html';
const EU = 'data/eval/eu-us-tariffs-2026-04-14.txt';
const ARTICLE = 'https://w3id.org/newskg/id/article/';
const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label';
const TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-extract-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

const nquads = (quads: Quad[]): Set<string> =>
  new Set(quads.map((q) => `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`));

describe('every graph extract writes passes the SHACL shapes and offset checks', () => {
  // output file, inputs, articles expected in it, named graphs expected
  const cases: [string, string[], number, boolean][] = [
    ['muscat.ttl', [MUSCAT], 1, false],
    ['mixed.trig', [MUSCAT, MD, HTML], 3, true],
    ['mixed.nq', [MD, HTML], 2, true],
    ['mixed.jsonld', [MUSCAT, HTML], 2, false],
    // Several articles merged: "AP" (icj) and "Associated Press" (asean) are one entity with one label.
    ['corpus.ttl', ['data/articles', ...['asean-summit-manila-2026-05-08', 'eu-us-tariffs-2026-04-14', 'ofac-shadow-fleet-2026-07-09', 'boj-rates-trade-2026-09-17', 'icj-essequibo-ruling-2026-07-23'].map((n) => `data/eval/${n}.txt`)], 6, false],
  ];
  it.each(cases)('%s', async (name, inputs, articles, named) => {
    const file = join(dir, name);
    const r = await run(['extract', ...inputs, '-o', file]);
    expect(r.code, r.stderr).toBe(0);
    const quads = await readGraphFile(file);
    const articleNodes = quads.filter((q) => q.predicate.value === TYPE && q.object.value === 'https://schema.org/NewsArticle');
    expect(new Set(articleNodes.map((q) => q.subject.value)).size).toBe(articles);
    const graphs = new Set(quads.map((q) => q.graph.value));
    if (named) {
      expect([...graphs].sort()).toEqual([...new Set(articleNodes.map((q) => q.subject.value))].sort());
      for (const q of articleNodes) expect(q.graph.value).toBe(q.subject.value);
    } else {
      expect([...graphs]).toEqual(['']);
    }
    const report = await validate(quads);
    expect(report.violations).toEqual([]);
  });
});

describe('output format', () => {
  // args, what the text must start with
  const cases: [string[], RegExp][] = [
    [['-o', 'x.ttl'], /^@prefix nkg: <https:\/\/w3id\.org\/newskg\/ontology#>\./],
    [['-o', 'x.trig'], /^@prefix [\s\S]*\narticle:muscat-talks-2026-02-07 \{/],
    [['-o', 'x.nq'], /^<https:\/\/w3id\.org\/newskg\/id\/article\/muscat-talks-2026-02-07> <http:\/\/www\.w3\.org\/1999\/02\/22-rdf-syntax-ns#type> <https:\/\/schema\.org\/NewsArticle> <https:\/\/w3id\.org\/newskg\/id\/article\/muscat-talks-2026-02-07> \.\n/],
    [['-o', 'x.jsonld'], /^\{\n {2}"@context": \{\n {4}"nkg": "https:\/\/w3id\.org\/newskg\/ontology#"/],
    [['-o', 'x.out'], /^@prefix nkg: /],
    [['-o', 'x.ttl', '--format', 'jsonld'], /^\{\n {2}"@context"/],
    [['-o', 'x.jsonld', '--format', 'trig'], /^@prefix [\s\S]*\{/],
  ];
  it.each(cases)('extract %j', async (args, start) => {
    const file = join(dir, args[1]);
    const r = await run(['extract', MUSCAT, '-o', file, ...args.slice(2)]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(start);
  });

  it('writes pretty Turtle to stdout without -o: prefixes, one block per subject, numbers bare', async () => {
    const r = await run(['extract', MUSCAT]);
    expect(r.code).toBe(0);
    for (const p of ['nkg', 'schema', 'rdfs', 'skos', 'owl', 'prov', 'xsd', 'nif', 'itsrdf', 'person', 'country', 'city', 'place', 'org', 'article']) expect(r.stdout).toMatch(new RegExp(`^@prefix ${p}: <`, 'm'));
    // entity IRIs are written short ("country:ir"), not spelled out hundreds of times
    expect(r.stdout).toContain('\n\narticle:muscat-talks-2026-02-07 a schema:NewsArticle;\n    schema:headline ');
    expect(r.stdout).toMatch(/\ncountry:ir a schema:Country;\n/);
    expect(r.stdout.split('https://w3id.org/newskg/id/country/').length - 1).toBe(1);
    expect(r.stdout).toMatch(/\n {4}nif:beginIndex \d+;\n {4}nif:endIndex \d+;\n/);
    expect(r.stdout).toMatch(/\n {4}nkg:confidence (0|1|0?\.\d+|1\.0+);\n/);
    const subjects = r.stdout.split('\n').filter((l) => /^(?:<|[a-z]+:)/.test(l) && !l.startsWith('@'));
    expect(new Set(subjects.map((l) => l.split(' ')[0])).size).toBe(subjects.length);
    expect(r.stderr).toBe('');
  });

  it('reads an article from standard input with -', async () => {
    const text = readFileSync(MUSCAT, 'utf8');
    const r = await run(['extract', '-', '--format', 'nquads'], text);
    expect(r.code, r.stderr).toBe(0);
    const quads = new Parser({ format: 'application/n-quads' }).parse(r.stdout);
    expect(quads.some((q) => q.subject.value === `${ARTICLE}stdin` && q.object.value === 'https://schema.org/NewsArticle')).toBe(true);
  });
});

describe('publication dates', () => {
  const dateOf = async (args: string[]): Promise<string | undefined> => {
    const r = await run(['extract', ...args, '--format', 'nquads']);
    expect(r.code, r.stderr).toBe(0);
    const q = new Parser({ format: 'application/n-quads' }).parse(r.stdout).find((x) => x.predicate.value === 'https://schema.org/datePublished');
    return q?.object.value;
  };
  // args, datePublished
  const cases: [string[], string][] = [
    [[MUSCAT], '2026-02-07'], // date line
    [[MUSCAT, '--date', '2026-03-01'], '2026-03-01'], // --date overrides
    [[MD], '2026-03-02'], // front matter
    [[HTML], '2026-03-05'], // meta published_time
    [['test/fixtures/extract/undated-note.txt', '--date', '2026-01-20'], '2026-01-20'],
  ];
  it.each(cases)('%j → %s', async (args, date) => {
    expect(await dateOf(args)).toBe(date);
  });

  it('falls back to a date in the file name when the text has none', async () => {
    const file = join(dir, 'oman-talks-2026-01-20.txt');
    writeFileSync(file, readFileSync('test/fixtures/extract/undated-note.txt'));
    expect(await dateOf([file])).toBe('2026-01-20');
  });

  it('asks for --date when neither the text nor the name gives one', async () => {
    const r = await run(['extract', '-', '--format', 'nquads'], 'Talks in Muscat\n\nIran and Oman met in Muscat.\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^newskg: stdin: no publication date.*; pass --date YYYY-MM-DD\n$/);
    expect(r.stdout).toBe('');
  });
});

describe('entity IRIs are deterministic', () => {
  it('the same article twice gives the same quads, byte for byte', async () => {
    const a = await run(['extract', MUSCAT, '--format', 'nquads']);
    const b = await run(['extract', MUSCAT, '--format', 'nquads']);
    expect(a.stdout.length).toBeGreaterThan(10_000);
    expect(b.stdout).toBe(a.stdout);
  });

  // entity, article A, article B
  const cases: [string, string, string][] = [
    ['Abbas Araghchi', MUSCAT, HTML],
    ['Abbas Araghchi', MD, HTML],
    ['Iran', MUSCAT, MD],
    ['United States', MUSCAT, EU],
    ['World Trade Organization', MUSCAT, MD],
  ];
  it.each(cases)('%s gets one IRI in %s and %s', async (label, first, second) => {
    const iris = async (file: string) => {
      const r = await run(['extract', file, '--format', 'nquads']);
      const quads = new Parser({ format: 'application/n-quads' }).parse(r.stdout);
      return quads.filter((q) => q.predicate.value === LABEL && q.object.value === label).map((q) => q.subject.value);
    };
    const a = await iris(first);
    const b = await iris(second);
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(a[0]).toMatch(/^https:\/\/w3id\.org\/newskg\/id\/[a-z]+\/[a-z0-9-]+$/);
  });

  it('merging two articles keeps each shared entity once, with one label', async () => {
    const r = await run(['extract', MUSCAT, HTML, MD, '--format', 'nquads']);
    const quads = new Parser({ format: 'application/n-quads' }).parse(r.stdout);
    const labels = new Map<string, string[]>();
    for (const q of quads.filter((x) => x.predicate.value === LABEL)) labels.set(q.subject.value, [...(labels.get(q.subject.value) ?? []), q.object.value]);
    const araghchi = [...labels].filter(([, l]) => l.includes('Abbas Araghchi'));
    expect(araghchi).toHaveLength(1);
    // Named graphs repeat the entity per article, but never with a second, different label.
    for (const l of labels.values()) expect(new Set(l).size).toBe(1);
    expect(nquads(quads).size).toBe(quads.length);
  });
});

describe('schema:mentions lists the entities an article names', () => {
  it('an unnamed person ("a Western diplomat") is in the graph, typed and labelled, but not among them', async () => {
    const { analyse } = await import('../src/pipeline.js');
    const { extractionToQuads } = await import('../src/rdf/index.js');
    const text = 'A Western diplomat said on Monday that talks with Peru would resume.';
    const x = analyse({ id: 'unnamed', source: 'unnamed.txt', format: 'text', text, published: '2026-03-04', bodyStart: 0 });
    const quads = extractionToQuads(x);
    const mentioned = quads.filter((q) => q.predicate.value === 'https://schema.org/mentions').map((q) => q.object.value);
    const person = x.entities.find((e) => e.type === 'Person');
    expect(person?.label).toMatch(/diplomat/);
    expect(quads.some((q) => q.subject.value === person?.iri && q.predicate.value === TYPE && q.object.value === 'https://schema.org/Person')).toBe(true);
    expect(mentioned).not.toContain(person?.iri);
    expect(mentioned).toContain(x.entities.find((e) => e.label === 'Peru')?.iri);
  });
});
