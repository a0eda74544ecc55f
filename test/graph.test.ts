import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { buildGraph, buildViewModel, sentenceAround, syntheticViewModel } from '../src/graph/index.js';

const ID = 'https://w3id.org/newskg/id/';
const vm = buildViewModel(new Parser().parse(readFileSync('test/fixtures/viewer/sample.ttl', 'utf8')));
const node = (label: string) => vm.nodes.find((n) => n.label === label);
const edge = (kind: string, s: string, t: string) => vm.edges.find((e) => e.kind === kind && e.source === ID + s && e.target === ID + t);

describe('view model from the sample graph', () => {
  it.each([
    ['Abbas Araghchi', 'Person', ['Araghchi']],
    ['United States', 'Country', ['US', 'U.S.', 'Washington']],
    ['Muscat', 'City', []],
    ['Grand Bazaar', 'Place', []],
    ['Al Jazeera', 'Organization', []],
  ])('%s is a %s with aliases %j', (label, type, aliases) => {
    expect(node(label)?.type).toBe(type);
    expect(node(label)?.aliases).toEqual(aliases);
  });

  it('has one node per entity and counts mentions from NIF phrases', () => {
    expect(vm.nodes).toHaveLength(16);
    expect(node('Muscat')?.mentions).toBe(7);
    expect(node('Abbas Araghchi')?.articles).toEqual([0]);
  });

  it.each([
    ['threatens', 'person/abbas-araghchi', 'country/US', 'Araghchi issued a blunt warning'],
    ['met', 'country/IR', 'country/US', 'Yesterday in Muscat'],
    ['sanctions', 'country/US', 'country/IR', 'Washington simultaneously tightened'],
    ['tradesWith', 'country/CN', 'country/IR', 'According to World Trade Organization'],
    ['affiliation', 'person/abbas-araghchi', 'country/IR', 'Later, in an interview'],
    ['locatedIn', 'place/grand-bazaar', 'city/tehran', 'In Tehran’s Grand Bazaar'],
    ['basedIn', 'person/leila-haddad', 'city/dubai', '“Targeting shipping makes sense on paper,” said Leila Haddad'],
  ])('a %s edge %s → %s leads back to "%s…"', (kind, s, t, sentence) => {
    const e = edge(kind, s, t);
    expect(e).toBeDefined();
    expect(e!.evidence[0].text.startsWith(sentence)).toBe(true);
    const { start, end, text } = e!.evidence[0];
    expect(vm.articles[0].text.slice(start, end)).toBe(text);
  });

  it('draws no sanctions edge to a literal sanction target; keeps quotes and stances as statements', () => {
    expect(vm.edges.filter((e) => e.kind === 'sanctions')).toHaveLength(1);
    expect(vm.statements.filter((s) => s.kind === 'Quote')).toHaveLength(3);
    expect(vm.statements.find((s) => s.kind === 'Stance' && s.values.topic === 'nuclear enrichment')?.values.polarity).toBe('Supports');
  });

  it('builds a sigma-ready graph: no node attribute named type, every node sized and coloured', () => {
    const g = buildGraph(vm);
    expect(g.order).toBe(vm.nodes.length);
    expect(g.size).toBe(vm.edges.length);
    g.forEachNode((_, a) => {
      expect('type' in a).toBe(false);
      expect(a.size).toBeGreaterThan(4);
    });
    expect(g.getNodeAttribute(ID + 'city/muscat', 'size')).toBeGreaterThan(g.getNodeAttribute(ID + 'place/grand-bazaar', 'size'));
  });
});

describe('sentenceAround', () => {
  const text = 'Talks on the U.S. side went well. Mr. Smith met Iran in Muscat! “Done,” he said.\nNext line.';
  it.each([
    ['Iran', 'Mr. Smith met Iran in Muscat!'],
    ['U.S.', 'Talks on the U.S. side went well.'],
    ['he said', '“Done,” he said.'],
    ['Next', 'Next line.'],
  ])('%s is in "%s"', (needle, sentence) => {
    const i = text.indexOf(needle);
    expect(sentenceAround(text, i, i + needle.length)?.text).toBe(sentence);
  });
});

describe('synthetic graph', () => {
  it('has the requested size and no duplicate edges', () => {
    const s = syntheticViewModel(1000, 3000);
    expect([s.nodes.length, s.edges.length, new Set(s.edges.map((e) => e.id)).size]).toEqual([1000, 3000, 3000]);
    expect(buildGraph(s).size).toBe(3000);
  });
});
