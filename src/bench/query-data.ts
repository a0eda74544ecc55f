// A synthetic corpus in the ONTOLOGY.md shape, for timing queries at scale.
// Seeded, so every run and every machine times the same graph.
import { DataFactory, type Quad } from 'n3';
import { ID_BASE, NIF, ITSRDF, NKG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD } from '../rdf/vocab.js';
import { seededRandom } from '../util/random.js';

const { namedNode: iri, literal, quad } = DataFactory;


const TOPICS = ['nuclear enrichment', 'sanctions relief', 'missile program', 'oil exports', 'regional security', 'shipping lanes', 'tariffs', 'human rights'];
const KINDS = [
  { type: 'Person', n: 0.5 }, { type: 'Country', n: 0.05 }, { type: 'City', n: 0.2 }, { type: 'Organization', n: 0.2 }, { type: 'Place', n: 0.05 },
] as const;

/** Roughly 180 triples per article; `articles` = 5600 gives about a million. */
export function generateCorpus(articles: number, seed = 42): Quad[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const out: Quad[] = [];
  const entityCount = Math.max(50, Math.round(articles * 1.5));
  const entities = Array.from({ length: entityCount }, (_, i) => {
    const r = rnd();
    let acc = 0;
    const kind = KINDS.find((k) => (acc += k.n) > r) ?? KINDS[0];
    return { i, type: kind.type, iri: iri(`${ID_BASE}${kind.type.toLowerCase()}/e${i}`), label: `${kind.type} ${i} Fullname`, alias: `Alias${i}` };
  });
  const agents = entities.filter((e) => e.type !== 'City' && e.type !== 'Place');
  const places = entities.filter((e) => e.type === 'City' || e.type === 'Place');
  const a0 = Date.UTC(2020, 0, 1);
  const described = new Set<number>();
  for (let a = 0; a < articles; a++) {
    const art = iri(`https://w3id.org/newskg/article/a${a}`);
    const g = art;
    const add = (s: Quad['subject'], p: string, o: Quad['object']): void => { out.push(quad(s, iri(p), o, g)); };
    const date = new Date(a0 + Math.floor(rnd() * 2000) * 86400000).toISOString().slice(0, 10);
    add(art, RDF('type'), iri(SCHEMA('NewsArticle')));
    add(art, SCHEMA('headline'), literal(`Headline of article ${a}`));
    add(art, SCHEMA('datePublished'), literal(date, iri(XSD('date'))));
    const ctx = iri(`${art.value}#ctx`);
    add(art, NKG('text'), ctx);
    add(ctx, RDF('type'), iri(NIF('Context')));
    add(ctx, NIF('isString'), literal(`Body of article ${a}. `.repeat(20)));
    const mentioned = Array.from({ length: 10 }, () => pick(rnd() < 0.6 ? agents : places));
    mentioned.forEach((e, k) => {
      add(art, SCHEMA('mentions'), e.iri);
      // As `newskg build` writes a corpus: merged entities once, in the default graph.
      if (!described.has(e.i)) {
        described.add(e.i);
        const def = (p: string, o: Quad['object']): void => { out.push(quad(e.iri, iri(p), o)); };
        def(RDF('type'), iri(SCHEMA(e.type)));
        def(RDFS('label'), literal(e.label));
        def(SKOS('altLabel'), literal(e.alias));
        if (e.type === 'Person') {
          def(SCHEMA('jobTitle'), literal('minister'));
          def(SCHEMA('affiliation'), pick(agents).iri);
        }
      }
      const m = iri(`${art.value}#m${k}`);
      add(m, RDF('type'), iri(NIF('Phrase')));
      add(m, NIF('anchorOf'), literal(e.alias));
      add(m, NIF('beginIndex'), literal(String(k * 40), iri(XSD('nonNegativeInteger'))));
      add(m, NIF('endIndex'), literal(String(k * 40 + 8), iri(XSD('nonNegativeInteger'))));
      add(m, NIF('referenceContext'), ctx);
      add(m, ITSRDF('taIdentRef'), e.iri);
    });
    const speakers = mentioned.filter((e) => e.type !== 'City' && e.type !== 'Place');
    const agent = (): Quad['object'] => (speakers.length ? pick(speakers) : pick(agents)).iri;
    const statement = (k: number, cls: string): Quad['subject'] => {
      const s = iri(`${ID_BASE}s/a${a}-${k}`);
      add(s, RDF('type'), iri(NKG(cls)));
      add(s, PROV('wasDerivedFrom'), art);
      add(s, NKG('evidence'), literal(`Evidence sentence ${k} of article ${a}.`));
      add(s, NKG('startOffset'), literal(String(k * 100), iri(XSD('integer'))));
      add(s, NKG('endOffset'), literal(String(k * 100 + 90), iri(XSD('integer'))));
      return s;
    };
    for (let k = 0; k < 3; k++) {
      const q = statement(k, 'Quote');
      add(q, NKG('speaker'), agent());
      add(q, NKG('text'), literal(`Quoted words ${k} in article ${a}`));
    }
    for (let k = 3; k < 5; k++) {
      const s = statement(k, 'Stance');
      add(s, NKG('holder'), agent());
      add(s, NKG('topic'), literal(pick(TOPICS)));
      add(s, NKG('polarity'), iri(NKG(pick(['Supports', 'Opposes', 'Neutral']))));
    }
    if (rnd() < 0.5) {
      const t = statement(5, 'Threat');
      add(t, NKG('threatener'), agent());
      add(t, NKG('threatTarget'), agent());
      add(t, NKG('action'), literal('strike back'));
      add(t, NKG('condition'), literal('if attacked'));
    }
    if (rnd() < 0.5) {
      const m = statement(6, 'Meeting');
      add(m, NKG('participant'), agent());
      add(m, NKG('participant'), agent());
      add(m, SCHEMA('location'), pick(places).iri);
      add(m, SCHEMA('startDate'), literal(date, iri(XSD('date'))));
    }
  }
  return out;
}
