// Stance and quote edges, and statement dates, in the view model. The article is invented.
import { describe, expect, it } from 'vitest';
import { Parser } from 'n3';
import { buildGraph, buildViewModel } from '../src/graph/index.js';

const TEXT = 'Ruritania rejects the Valdor dam plan. Borduria backs Ruritania on trade. '
  + 'Minister Anna Kessel said “Valdor will not be flooded” after talks with Borduria.';
const ID = 'https://w3id.org/newskg/id/';
const ENTITIES: [string, string, string][] = [
  ['country/ruritania', 'Country', 'Ruritania'], ['country/borduria', 'Country', 'Borduria'],
  ['place/valdor', 'Place', 'Valdor'], ['person/anna-kessel', 'Person', 'Anna Kessel'],
];

/** Every occurrence of every entity's name becomes a NIF mention, as the extractor writes them. */
function turtle(): string {
  const lines = [
    '@prefix nkg: <https://w3id.org/newskg/ontology#> . @prefix schema: <https://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
    '@prefix prov: <http://www.w3.org/ns/prov#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix itsrdf: <http://www.w3.org/2005/11/its/rdf#> .',
    '@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> . @prefix a: <urn:x:> .',
    `a:art a schema:NewsArticle ; schema:headline "Dam row" ; schema:datePublished "2026-03-04"^^xsd:date ; nkg:text a:ctx .`,
    `a:ctx a nif:Context ; nif:isString ${JSON.stringify(TEXT)} .`,
  ];
  let m = 0;
  for (const [id, type, label] of ENTITIES) {
    lines.push(`<${ID}${id}> a schema:${type} ; rdfs:label "${label}" .`);
    for (let at = TEXT.indexOf(label); at >= 0; at = TEXT.indexOf(label, at + 1)) {
      lines.push(`a:m${m++} a nif:Phrase ; nif:beginIndex ${at} ; nif:endIndex ${at + label.length} ; nif:referenceContext a:ctx ; itsrdf:taIdentRef <${ID}${id}> .`);
    }
  }
  const sentence = (i: number) => {
    const s = TEXT.split(/(?<=\.) /)[i];
    const start = TEXT.indexOf(s);
    return `nkg:evidence ${JSON.stringify(s)} ; nkg:startOffset ${start} ; nkg:endOffset ${start + s.length} ; prov:wasDerivedFrom a:art`;
  };
  lines.push(
    `a:s1 a nkg:Stance ; nkg:holder <${ID}country/ruritania> ; nkg:topic "the Valdor dam plan" ; nkg:polarity nkg:Opposes ; ${sentence(0)} .`,
    `a:s2 a nkg:Stance ; nkg:holder <${ID}country/borduria> ; nkg:topic "trade" ; nkg:polarity nkg:Supports ; ${sentence(1)} .`,
    `a:q1 a nkg:Quote ; nkg:speaker <${ID}person/anna-kessel> ; nkg:text "Valdor will not be flooded" ; ${sentence(2)} .`,
    `a:t1 a nkg:Meeting ; nkg:participant <${ID}person/anna-kessel>, <${ID}country/borduria> ; nkg:startDate "2026-03-02"^^xsd:date ; ${sentence(2)} .`,
  );
  return lines.join('\n');
}

const vm = buildViewModel(new Parser().parse(turtle()));
const st = (iri: string) => vm.statements.find((s) => s.id === iri)!;

describe('stances, quotes and dates in the view model', () => {
  it('draws an opposes edge from the holder to the entity its topic names', () => {
    const e = vm.edges.filter((x) => x.kind === 'opposes');
    expect(e.map((x) => [x.source, x.target])).toEqual([[ID + 'country/ruritania', ID + 'place/valdor']]);
    expect(e[0].statements).toEqual(['urn:x:s1']);
    expect(e[0].evidence[0].text).toBe('Ruritania rejects the Valdor dam plan.');
  });

  it('draws no stance edge to an entity that is only in the sentence, not in the topic', () => {
    expect(vm.edges.filter((x) => x.kind === 'supports')).toEqual([]);
    expect(st('urn:x:s2').targets).toBeUndefined();
  });

  it('links a speaker to the entities the quote\'s sentence names, never to the speaker', () => {
    const said = vm.edges.filter((x) => x.kind === 'said').map((x) => [x.source, x.target]).sort();
    expect(said).toEqual([[ID + 'person/anna-kessel', ID + 'country/borduria'], [ID + 'person/anna-kessel', ID + 'place/valdor']]);
  });

  it('dates a meeting by its own date and everything else by its article', () => {
    expect(st('urn:x:t1').date).toBe('2026-03-02');
    expect(st('urn:x:s1').date).toBe('2026-03-04');
    expect(st('urn:x:q1').date).toBe('2026-03-04');
  });

  it('labels a stance edge with its topic, since the target is only named in it', () => {
    const g = buildGraph(vm);
    const e = vm.edges.find((x) => x.kind === 'opposes')!;
    expect(g.getEdgeAttribute(e.id, 'label')).toBe('opposes: the Valdor dam plan');
  });
});
