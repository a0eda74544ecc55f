import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PassThrough } from 'node:stream';
import { Parser, Store, DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';
import { parseRdf, readGraphFile } from '../src/rdf/parse.js';
import { PREFIXES } from '../src/rdf/vocab.js';
import { validate } from '../src/validate/index.js';
import { ONTOLOGY_PATH, SHAPES_PATH } from '../src/validate/shapes.js';

const FIX = 'test/fixtures/validate';
const VALID = readFileSync(join(FIX, 'valid.ttl'), 'utf8');
const NKG = PREFIXES.nkg;
const EX = 'https://example.org/test/';
const ID = 'https://w3id.org/newskg/id/';
const { namedNode } = DataFactory;
const RDFS_LABEL = PREFIXES.rdfs + 'label';
const RDFS_COMMENT = PREFIXES.rdfs + 'comment';

describe('ontology/newskg.ttl', () => {
  const ontology = new Store(new Parser().parse(readFileSync(ONTOLOGY_PATH, 'utf8')));
  // the user's contract beside the repository, when there is one; else only our own terms are checked
  const contractPath = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'ONTOLOGY.md');
  const contract = existsSync(contractPath) ? readFileSync(contractPath, 'utf8') : '';
  const contractTerms = [...new Set([...contract.matchAll(/\bnkg:([A-Za-z]\w*)/g)].map((m) => m[1]))];
  const added = ['Statement', 'Agent', 'Polarity', 'factuality', 'Factuality', 'Asserted', 'Conditional', 'Reported', 'Hedged', 'Denied'];
  const shapesTerms = [...readFileSync(SHAPES_PATH, 'utf8').matchAll(/\bnkg:([A-Za-z]\w*)/g)].map((m) => m[1]);

  it.skipIf(!contract)('finds the terms of ONTOLOGY.md to check (needs ../shared)', () => {
    expect(contractTerms.length).toBeGreaterThan(30);
    expect(contractTerms).toContain('TradeFlow');
  });

  it.each([...new Set([...contractTerms, ...added, ...shapesTerms])])('defines nkg:%s with a label and a comment', (term) => {
    const s = namedNode(NKG + term);
    expect(ontology.getObjects(s, namedNode(RDFS_LABEL), null).length, 'rdfs:label').toBe(1);
    expect(ontology.getObjects(s, namedNode(RDFS_COMMENT), null).length, 'rdfs:comment').toBe(1);
  });

  it('declares itself with a version', () => {
    const onto = namedNode('https://w3id.org/newskg/ontology');
    expect(ontology.getObjects(onto, namedNode(PREFIXES.owl + 'versionInfo'), null)).toHaveLength(1);
  });

  it.each(['Quote', 'Stance', 'Threat', 'Meeting', 'Sanction', 'TradeFlow'])('makes nkg:%s a Statement', (cls) => {
    const supers = ontology.getObjects(namedNode(NKG + cls), namedNode(PREFIXES.rdfs + 'subClassOf'), null);
    expect(supers.map((t) => t.value)).toContain(NKG + 'Statement');
  });
});

describe('graph files', () => {
  it('parses the shapes', () => {
    expect(parseRdf(readFileSync(SHAPES_PATH, 'utf8'), SHAPES_PATH).length).toBeGreaterThan(100);
  });

  it.each([
    ['small.nt', 2],
    ['small.nq', 2],
    ['small.trig', 2],
    ['small.jsonld', 2],
  ])('reads %s', async (file, triples) => {
    const quads = await readGraphFile(join(FIX, file));
    expect(quads).toHaveLength(triples);
    expect(quads.some((q) => q.object.value === 'Iran')).toBe(true);
  });

  it.each([
    ['syntax-error.ttl', /^newskg: \S+syntax-error\.ttl: line 3: .+; fix the syntax or pass an article file$/],
    ['syntax-error.jsonld', /^newskg: \S+syntax-error\.jsonld: line 4: .+; fix the syntax/],
    ['remote-context.jsonld', /remote context https:\/\/schema\.org\/.*inline the @context$/],
    ['missing.ttl', /^newskg: \S+missing\.ttl: no such file; check the path$/],
    ['small.csv', /unknown RDF format "\.csv"/],
  ])('rejects %s with a one-line message', async (file, message) => {
    await expect(readGraphFile(join(FIX, file))).rejects.toThrow(message);
  });
});

describe('validate', () => {
  const check = (turtle: string) => validate(new Parser().parse(turtle));

  it('accepts the hand-written graph with one statement of each kind', async () => {
    const report = await check(VALID);
    expect(report.violations).toEqual([]);
    expect(report.conforms).toBe(true);
  });

  it('checks quads in a named graph like those in the default graph', async () => {
    const inGraph = (turtle: string) =>
      new Parser().parse(turtle).map((q) => DataFactory.quad(q.subject, q.predicate, q.object, namedNode(EX + 'g')));
    expect((await validate(inGraph(VALID))).conforms).toBe(true);
    const bad = await validate(inGraph(VALID.replace('nkg:polarity nkg:Opposes', 'nkg:polarity "against"')));
    expect(bad.violations.map((v) => [v.focusNode, v.path])).toEqual([[EX + 'stance1', NKG + 'polarity']]);
  });

  // Each case edits the valid graph in one place; the violation must name the node and property at fault.
  it.each([
    ['meeting with one participant', 'nkg:participant id:araghchi , id:witkoff', 'nkg:participant id:araghchi', EX + 'meeting1', NKG + 'participant'],
    ['quote without speaker', 'nkg:speaker id:araghchi ;', '', EX + 'quote1', NKG + 'speaker'],
    ['quote by a city', 'nkg:speaker id:araghchi ;', 'nkg:speaker id:muscat ;', EX + 'quote1', NKG + 'speaker'],
    ['quote without text', 'nkg:text "We are ready for a fair deal," ;', '', EX + 'quote1', NKG + 'text'],
    ['statement without evidence', 'nkg:evidence "Iran opposes new sanctions." ;', '', EX + 'stance1', NKG + 'evidence'],
    ['statement without article', 'prov:wasDerivedFrom ex:article ;\n    nkg:evidence "Iran opposes', 'nkg:evidence "Iran opposes', EX + 'stance1', PREFIXES.prov + 'wasDerivedFrom'],
    ['confidence 1.5', 'nkg:confidence 0.9', 'nkg:confidence 1.5', EX + 'meeting1', NKG + 'confidence'],
    ['confidence as xsd:double', 'nkg:confidence 0.9', 'nkg:confidence 0.9e0', EX + 'meeting1', NKG + 'confidence'],
    ['polarity not in the three', 'nkg:polarity nkg:Opposes', 'nkg:polarity nkg:Against', EX + 'stance1', NKG + 'polarity'],
    ['factuality not in the five', 'nkg:factuality nkg:Reported', 'nkg:factuality nkg:Rumoured', EX + 'trade1', NKG + 'factuality'],
    ['threat without action', 'nkg:action "strikes" ;', '', EX + 'threat1', NKG + 'action'],
    ['sanction without target', 'nkg:sanctionTarget "Iranian oil" ;', '', EX + 'sanction1', NKG + 'sanctionTarget'],
    ['trade year as a string', 'nkg:year 2025', 'nkg:year "2025"', EX + 'trade1', NKG + 'year'],
    ['trade amount as a string', 'nkg:amount 1500000000.0', 'nkg:amount "1.5 billion"', EX + 'trade1', NKG + 'amount'],
    ['start after end', 'nkg:startOffset 167 ; nkg:endOffset 194', 'nkg:startOffset 194 ; nkg:endOffset 167', EX + 'stance1', NKG + 'startOffset'],
    ['evidence offsets off by ten', 'nkg:startOffset 167 ; nkg:endOffset 194', 'nkg:startOffset 177 ; nkg:endOffset 204', EX + 'stance1', NKG + 'evidence'],
    ['entity with two labels', 'rdfs:label "Oman" .', 'rdfs:label "Oman" , "Sultanate of Oman" .', ID + 'oman', RDFS_LABEL],
    ['entity without label', 'id:china a schema:Country ; rdfs:label "China" .', 'id:china a schema:Country .', ID + 'china', RDFS_LABEL],
    ['label with a language tag', 'rdfs:label "China"', 'rdfs:label "China"@en', ID + 'china', RDFS_LABEL],
    ['entity with two base types', 'id:muscat a schema:City ;', 'id:muscat a schema:City , schema:Place ;', ID + 'muscat', undefined],
    ['mentioned entity without type', 'id:china a schema:Country ; rdfs:label "China" .', 'id:china rdfs:label "China" .', ID + 'china', undefined],
    ['article without date', 'schema:datePublished "2026-02-07"^^xsd:date ;', '', EX + 'article', PREFIXES.schema + 'datePublished'],
    ['date as a plain string', 'schema:datePublished "2026-02-07"^^xsd:date', 'schema:datePublished "2026-02-07"', EX + 'article', PREFIXES.schema + 'datePublished'],
    ['mention with negative offset', 'nif:beginIndex 0 ; nif:endIndex 4', 'nif:beginIndex -1 ; nif:endIndex 4', EX + 'm1', PREFIXES.nif + 'beginIndex'],
    ['mention anchor off the text', 'nif:beginIndex 69 ; nif:endIndex 75', 'nif:beginIndex 70 ; nif:endIndex 76', EX + 'm3', PREFIXES.nif + 'anchorOf'],
    ['mention without entity', 'nif:referenceContext ex:ctx ; itsrdf:taIdentRef id:muscat .', 'nif:referenceContext ex:ctx .', EX + 'm3', PREFIXES.itsrdf + 'taIdentRef'],
  ])('reports %s', async (_name, from, to, focusNode, path) => {
    expect(VALID).toContain(from);
    const report = await check(VALID.replace(from, to));
    expect(report.conforms).toBe(false);
    const hit = report.violations.find((v) => v.focusNode === focusNode && v.path === path);
    expect(hit, JSON.stringify(report.violations, null, 1)).toBeDefined();
    expect(hit?.message.length).toBeGreaterThan(20);
    expect(hit?.severity).toBe('Violation');
  });
});

describe('newskg validate', () => {
  const run = async (...args: string[]) => {
    const [stdout, stderr] = [new PassThrough(), new PassThrough()];
    const chunks = { out: '', err: '' };
    stdout.on('data', (c) => (chunks.out += c));
    stderr.on('data', (c) => (chunks.err += c));
    const code = await main(['validate', ...args], { stdout, stderr, stdin: new PassThrough() });
    return { code, ...chunks };
  };
  const dir = mkdtempSync(join(tmpdir(), 'newskg-validate-'));
  const invalid = join(dir, 'one-participant.ttl');
  writeFileSync(invalid, VALID.replace('nkg:participant id:araghchi , id:witkoff', 'nkg:participant id:araghchi'));

  it.each([
    ['a valid graph', [join(FIX, 'valid.ttl')], 0, /valid\.ttl: conforms \(130 triples\)\n$/, ''],
    ['a graph with a violation', [invalid], 1, /^https:\/\/example\.org\/test\/meeting1  nkg:participant  a meeting needs two or more .*\n.*: 1 violation \(\d+ triples\)\n$/, ''],
    ['two labels in JSON-LD', [join(FIX, 'two-labels.jsonld')], 1, /id\/iran  rdfs:label  an entity needs exactly one rdfs:label/, ''],
    ['a missing file', [join(FIX, 'valid.ttl'), join(dir, 'nope.ttl')], 2, /^$/, 'nope.ttl: no such file; check the path'],
    ['a syntax error', [join(FIX, 'syntax-error.ttl')], 2, /^$/, 'syntax-error.ttl: line 3: '],
    ['no file', [], 2, /^$/, 'no file given'],
  ])('handles %s', async (_name, args, code, out, err) => {
    const result = await run(...args);
    expect(result.code).toBe(code);
    expect(result.out).toMatch(out);
    expect(result.err).toContain(err);
    // User errors are one line, never a stack trace.
    expect(result.err.split('\n').filter(Boolean).length).toBeLessThanOrEqual(1);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('text outside the Basic Multilingual Plane', () => {
  it('an article with an emoji extracts to a graph that conforms', async () => {
    const { readArticleText } = await import('../src/input/index.js');
    const { analyse, toQuads } = await import('../src/pipeline.js');
    const article = readArticleText('Monday, March 2, 2026\n\nTalks 🙂\n\nAna Cruz said: "We are happy 🙂 with the deal."\n', 'emoji-2026-03-02.txt', 'text');
    const report = await validate(toQuads(analyse(article)));
    expect(report.violations).toEqual([]);
  });

  it.each([
    // format, text (U+FFFE and U+FFFF are no XML characters, so no xsd:string holds them)
    ['text', 'Monday, March 2, 2026\n\nTalks\uFFFE resume\n\nAna Cruz said: "We are happy\uFFFF with the deal."\n'],
    ['html', '<html><head><title>Talks&#xFFFE; resume</title></head><body><article><h1>Talks&#xFFFE; resume</h1><p>Ana Cruz said on Monday, March 2, 2026: "We are happy&#xFFFF; with the deal," in Muscat, where talks between Oman and Iran continued for a second day.</p></article></body></html>'],
  ])('%s with U+FFFE and U+FFFF extracts to a graph that conforms, each read as U+FFFD in its place', async (format, text) => {
    const { readArticleText } = await import('../src/input/index.js');
    const { analyse, toQuads } = await import('../src/pipeline.js');
    const article = readArticleText(text, 'odd-2026-03-02.txt', format as 'text' | 'html', { date: '2026-03-02' });
    expect(article.text).not.toMatch(/[\uFFFE\uFFFF]/);
    if (format === 'text') expect(article.text).toBe(text.replace(/[\uFFFE\uFFFF]/g, '\uFFFD'));
    const report = await validate(toQuads(analyse(article)));
    expect(report.violations).toEqual([]);
  });
});
