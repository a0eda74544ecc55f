import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Country } from 'world-countries';
import { loadGazetteer, type Gazetteer } from '../src/gazetteer/index.js';

const countries = createRequire(import.meta.url)('world-countries') as Country[];
let g: Gazetteer;

beforeAll(() => {
  g = loadGazetteer();
});

describe('gazetteer lookup', () => {
  // surface, key of the first entry, type, isDemonym
  const cases: [string, string, string, boolean][] = [
    ['U.S.', 'country:US', 'Country', false],
    ['US', 'country:US', 'Country', false],
    ['USA', 'country:US', 'Country', false],
    ['America', 'country:US', 'Country', false],
    ['United States', 'country:US', 'Country', false],
    ['the States', 'country:US', 'Country', false],
    ['American', 'country:US', 'Country', true],
    ['Americans', 'country:US', 'Country', true],
    ['Iran', 'country:IR', 'Country', false],
    ['IRAN', 'country:IR', 'Country', false],
    ['Iranian', 'country:IR', 'Country', true],
    ['Iranians', 'country:IR', 'Country', true],
    ['Omani', 'country:OM', 'Country', true],
    ['Britain', 'country:GB', 'Country', false],
    ['UK', 'country:GB', 'Country', false],
    ['British', 'country:GB', 'Country', true],
    ['Russia', 'country:RU', 'Country', false],
    ['South Korea', 'country:KR', 'Country', false],
    ['North Korea', 'country:KP', 'Country', false],
    ['Ivory Coast', 'country:CI', 'Country', false],
    ['Côte d’Ivoire', 'country:CI', 'Country', false],
    ['Turkey', 'country:TR', 'Country', false],
    ['Saudi', 'country:SA', 'Country', true],
    ['Greenland', 'territory:GL', 'Place', false],
    ['Muscat', 'city:287286', 'City', false],
    ['Tehran', 'city:112931', 'City', false],
    ['Washington', 'city:4140963', 'City', false],
    ['Geneva', 'city:2660646', 'City', false],
    ['Zurich', 'city:2657896', 'City', false],
  ];
  it.each(cases)('%s → %s', (surface, key, type, isDemonym) => {
    const [first] = g.lookup(surface);
    expect(first).toMatchObject({ key, type, isDemonym });
  });

  it.each(['May', 'Reading', 'Police', 'Mobile', 'Split', 'Nice', 'Bath', 'March', 'us', 'Us', 'iran', 'Of'])(
    '%s → nothing',
    (surface) => {
      expect(g.lookup(surface)).toEqual([]);
    },
  );

  it.each([
    ['Muscat', 'OM', 'https://sws.geonames.org/287286/', true],
    ['Washington', 'US', 'https://sws.geonames.org/4140963/', true],
    ['Tehran', 'IR', 'https://sws.geonames.org/112931/', true],
    ['Sydney', 'AU', 'https://sws.geonames.org/2147714/', false],
  ])('city %s is in %s with its GeoNames IRI', (surface, cc, iri, capital) => {
    const [first] = g.lookup(surface);
    expect(first).toMatchObject({ type: 'City', countryCode: cc, isCapital: capital, sameAs: [iri] });
  });

  it('labels Washington, D.C. as "Washington" and prefers it over the English town', () => {
    const all = g.lookup('Washington');
    expect(all[0].name).toBe('Washington');
    expect(all.map((e) => e.countryCode)).toContain('GB');
  });

  it('prefers the country over a same-named city (Djibouti, Singapore)', () => {
    expect(g.lookup('Djibouti').map((e) => e.type)).toEqual(['Country', 'City']);
    expect(g.lookup('Singapore')[0].key).toBe('country:SG');
  });
});

describe('gazetteer capitals and codes', () => {
  it.each([
    ['IR', 'Tehran'],
    ['US', 'Washington'],
    ['OM', 'Muscat'],
    ['GB', 'London'],
    ['IRN', 'Tehran'],
  ])('capitalOf(%s) = %s', (code, name) => {
    expect(g.capitalOf(code)?.name).toBe(name);
  });

  it.each([
    ['IR', 'Iran'],
    ['us', 'United States'],
    ['OMN', 'Oman'],
  ])('country(%s) = %s', (code, name) => {
    expect(g.country(code)?.name).toBe(name);
  });
});

describe('gazetteer longestMatchAt', () => {
  // tokens, start index, matched surface (or null), token length
  const cases: [string, number, string | null, number][] = [
    ['talks in Saudi Arabia today', 2, 'Saudi Arabia', 2],
    ['the United Arab Emirates said', 1, 'United Arab Emirates', 3],
    ['in New York on Monday', 1, 'New York', 2],
    ['flew to Kuala Lumpur .', 2, 'Kuala Lumpur', 2],
    ['officials in Washington , D.C. said', 2, 'Washington, D.C.', 3],
    ['the U.S. envoy', 1, 'U.S.', 1],
    ['back in the States now', 2, 'the States', 2],
    ['THE UNITED ARAB EMIRATES', 1, 'United Arab Emirates', 3],
    ['Iran and Oman', 0, 'Iran', 1],
    ['Iranian officials', 0, 'Iranian', 1],
    ['Saudi officials', 0, 'Saudi', 1],
    ['May said', 0, null, 0],
    ['the united states', 1, null, 0],
  ];
  it.each(cases)('%s @%i → %s', (text, i, surface, length) => {
    const m = g.longestMatchAt(text.split(' '), i);
    if (surface === null) expect(m).toBeUndefined();
    else expect(m).toMatchObject({ surface, length });
  });
});

describe('gazetteer coverage of the country package', () => {
  const members = countries.filter((c) => c.unMember);

  it('has all UN members', () => {
    expect(members.length).toBeGreaterThanOrEqual(190);
  });

  it('finds every UN member by its common name and by its English demonym', () => {
    const missing: string[] = [];
    for (const c of members) {
      const key = `country:${c.cca2}`;
      if (!g.lookup(c.name.common).some((e) => e.key === key && !e.isDemonym)) missing.push(`name ${c.name.common}`);
      const demonym = c.demonyms.eng.m.split(/,\s*|\s+or\s+/)[0];
      if (!g.lookup(demonym).some((e) => e.key === key)) missing.push(`demonym ${demonym}`);
    }
    expect(missing).toEqual([]);
  });

  it('loads once per population threshold', () => {
    expect(loadGazetteer()).toBe(g);
    expect(loadGazetteer({ minCityPopulation: 50_000 })).toBe(g);
  });

  it('keeps smaller cities only when asked', () => {
    // Khasab (Oman) has about 18k people; its GeoNames spelling is plain ASCII.
    const small = loadGazetteer({ minCityPopulation: 10_000 });
    expect(g.lookup('Khasab')).toEqual([]);
    expect(small.lookup('Khasab')[0]).toMatchObject({ type: 'City', countryCode: 'OM' });
  });
});
