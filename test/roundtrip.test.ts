// What extract writes parses back to exactly the quads it meant to write, in all four syntaxes.
import jsonld from 'jsonld';
import { DataFactory, Parser, type Quad } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { quadsOf, extractFiles, type ExtractedArticle } from '../src/cli/extract.js';
import { serialise, type OutputFormat } from '../src/output/index.js';

const { namedNode, literal, quad } = DataFactory;
const INPUTS = ['data/articles/muscat-talks-2026-02-07.txt', 'test/fixtures/extract/duqm-port.md', 'test/fixtures/extract/gulf-brief.html'];

// Literals that trip up escaping: quotes, backslashes, line breaks, tabs, astral characters.
const TRICKY = [
  'He said "no" \\ and left',
  'line one\nline two\r\n\ttabbed',
  'emoji 🇴🇲 and “curly” quotes',
  "triple '''quotes''' and \"\"\"more\"\"\"",
  '',
];

const key = (q: Quad): string => `${q.subject.id} ${q.predicate.id} ${q.object.id} ${q.graph.id}`;
const asSet = (quads: Quad[]): Set<string> => new Set(quads.map(key));

async function parse(text: string, format: OutputFormat): Promise<Quad[]> {
  if (format === 'jsonld') {
    const nq = (await jsonld.toRDF(JSON.parse(text) as object, { format: 'application/n-quads' })) as string;
    return new Parser({ format: 'application/n-quads' }).parse(nq);
  }
  const mime = { turtle: 'text/turtle', trig: 'application/trig', nquads: 'application/n-quads' }[format];
  return new Parser({ format: mime }).parse(text);
}

let articles: ExtractedArticle[];
beforeAll(async () => {
  const r = await extractFiles(INPUTS);
  expect(r.problems).toEqual([]);
  articles = r.articles;
});

describe('round trip: serialise then parse gives the same set of quads', () => {
  // format, one named graph per article
  const cases: [OutputFormat, boolean][] = [
    ['turtle', false],
    ['trig', true],
    ['nquads', true],
    ['jsonld', false],
    ['jsonld', true],
    ['nquads', false],
  ];
  it.each(cases)('%s (named graphs: %s)', async (format, named) => {
    const g = named ? namedNode('https://w3id.org/newskg/id/article/tricky') : DataFactory.defaultGraph();
    const extra = TRICKY.map((t, i) => quad(namedNode(`https://w3id.org/newskg/id/article/tricky#s${i}`), namedNode('https://w3id.org/newskg/ontology#evidence'), literal(t), g));
    const quads = [...quadsOf(articles, named), ...extra];
    const expected = asSet(quads);
    const back = await parse(await serialise(quads, format), format);
    expect(back.length).toBe(expected.size);
    expect(asSet(back)).toEqual(expected);
    // Typed literals come back with their datatypes, not as JSON numbers or strings.
    const datatypes = new Set(back.filter((q) => q.object.termType === 'Literal').map((q) => (q.object as { datatype: { value: string } }).datatype.value.split('#')[1]));
    expect([...datatypes].sort()).toEqual(['date', 'decimal', 'integer', 'string']);
  });
});
