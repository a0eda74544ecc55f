// Stage 3: mentions → entities. Names are merged (surname to full name, acronym to
// full name), capitals acting as governments become their country, pronouns and
// role descriptions join the person they stand for.
import { loadGazetteer } from '../gazetteer/index.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.js';
import { lexicon, nameKey, officeHolder } from '../lexicon/index.js';
import { lexiconTag } from '../mentions/common-words.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Document, Entity, EntityType, Mention, Syntax } from '../types.js';
import { escapeRegExp } from '../util/regexp.js';
import { isGenericOrganisationName, ServingCountries } from './generic.js';
import { agrees, PersonGenders, pronounGender } from './gender.js';
import { quotedIn } from './quoted.js';
import { entityIri } from './iri.js';
import { acronymOf, nameTokens, normaliseName, personTokens } from './names.js';
import { tokenAtOrAfter } from '../text/lookup.js';
import { lowerBound } from '../util/search.js';

export interface Resolution {
  entities: Entity[];
  /** The entity each kept mention refers to. */
  entityOf: Map<Mention, Entity>;
}

const AGENT_NEXT = new Set(['would', 'will', 'has', 'had', 'have', 'is', 'was', 'said', 'says', 'could', 'should', 'must', 'may', 'might', 'can', 'did', 'does', 'wants', 'wanted']);
const PLACE_NOUNS = new Set(['streets', 'street', 'alleys', 'outskirts', 'centre', 'center', 'downtown', 'suburbs', 'airport', 'bazaar', 'market', 'port', 'skyline', 'residents', 'neighborhoods', 'neighbourhoods', 'old', 'mayor', 'city', 'hotels', 'hotel']);

/** Words after which "to" names whom something is said or sent to: "clear to", "a message to", "a protest to". */
const ADDRESSED_WORDS = new Set(['clear', 'message', 'messages', 'warning', 'warnings', 'signal', 'signals', 'note', 'letter', 'protest', 'protests', 'complaint', 'demand', 'demands', 'appeal', 'ultimatum', 'offer', 'proposal', 'request', 'plea', 'assurances', 'assurance']);

/** A capital named for its government: "Tehran would respond", "Tehran's oil", "Washington tightened". */
function actsAsGovernment(doc: Document, m: Mention): boolean {
  let idx = tokenAtOrAfter(doc, m.end);
  if (idx >= doc.tokens.length) return false;
  // "Beijing, which has its own complaint": the relative clause's verb is the capital's
  if (doc.tokens[idx].text === ',' && /^(?:which|who)$/.test(doc.tokens[idx + 1]?.text ?? '') && doc.tokens[idx + 2]) idx += 2;
  // ('Beijing "firmly opposes …"': look past an opening quote mark)
  if (/^["“]$/.test(doc.tokens[idx].text) && doc.tokens[idx + 1]) idx++;
  // "Washington simultaneously tightened": look past one adverb
  if (/ly$/.test(doc.tokens[idx].text) && doc.tokens[idx + 1]) idx++;
  // "Beijing on Tuesday issued", "Moscow yesterday said": and past when
  const calendar = lexicon().calendar;
  if (doc.tokens[idx].text === 'on' && calendar.has(doc.tokens[idx + 1]?.text ?? '') && doc.tokens[idx + 2]) idx += 2;
  else if ((calendar.has(doc.tokens[idx].text) || /^(?:yesterday|today)$/.test(doc.tokens[idx].text)) && doc.tokens[idx + 1]) idx++;
  const next = doc.tokens[idx].text;
  // "a provocation by Manila", "warned Tehran", "threatened Bogota with sanctions": a capital that
  // acts, or that is warned, threatened or sanctioned, is its government
  const first = tokenAtOrAfter(doc, m.start);
  if (addressesGovernment(doc.tokens[first - 1]?.text ?? '')) return true;
  // ("retaliate against Kyiv", "talks with Tehran", "sanctions on Caracas": what is done against, with or on a capital is done to its government)
  const before = doc.tokens[first - 1]?.text.toLowerCase() ?? '';
  const measure = (lexicon().sanctionLemmas.get((doc.tokens[first - 2]?.text.toLowerCase() ?? '').replace(/s$/, '')) ?? []).includes('measure');
  // (not the city's people or streets: "with Tehran residents")
  if (/^(?:against|with)$/.test(before) || (before === 'on' && measure)) return !/^\p{Ll}/u.test(next) || !/Noun|Plural|Singular/.test(lexiconTag(next) ?? '') && !PLACE_NOUNS.has(next);
  // ("made it clear to Tehran", "a warning to Moscow", "explained to Beijing": what is said or sent to a capital is said to its government)
  const beforeTo = doc.tokens[first - 2]?.text.toLowerCase() ?? '';
  if (before === 'to' && (ADDRESSED_WORDS.has(beforeTo) || lexicon().speechVerbs.has(beforeTo))) return !/^['’]s$/.test(next) || !PLACE_NOUNS.has((doc.tokens[idx + 1]?.text ?? '').toLowerCase());
  // ("in response to Washington's sanctions": a preposition before a possessor governs what is possessed)
  if (/^['’]s$/.test(next)) {
    const after = doc.tokens[idx + 1]?.text ?? '';
    return /^\p{Ll}/u.test(after) && !PLACE_NOUNS.has(after.toLowerCase());
  }
  // "in Tehran", "in Doha & Cairo": a place after a locative preposition, even down a list
  for (let k = first - 1; k >= 0 && k >= idx - 10; k--) {
    const w = doc.tokens[k].text;
    if (['in', 'at', 'to', 'near', 'across', 'outside', 'inside', 'around', 'from'].includes(w.toLowerCase())) return false;
    if (!(w === '&' || w === ',' || w === 'and' || /^\p{Lu}/u.test(w))) break;
  }
  const tag = lexiconTag(next);
  const lex = lexicon();
  // "Caracas rejected", "Moscow says": a verb right after the name
  const verbLike = /^\p{Ll}+ed$/u.test(next) || lex.speechVerbs.has(next) || (tag !== undefined && /PastTense|PresentTense|Modal/.test(tag) && /^\p{Ll}/u.test(next));
  return AGENT_NEXT.has(next.toLowerCase()) || verbLike;
}

function addressesGovernment(word: string): boolean {
  const lex = lexicon();
  const stem = word.replace(/(?:ed|s)$/, '');
  return word === 'by' || lex.speechVerbs.has(word) || lex.threatLemmas.get(stem) === 'cue' || (lex.sanctionLemmas.get(stem) ?? []).includes('sanction');
}

class Builder {
  readonly entities: Entity[] = [];
  readonly entityOf = new Map<Mention, Entity>();
  /** Short names of countries the article named formally so far ("congo" → the DRC). */
  readonly formalNames = new Map<string, Entity>();
  private byIri = new Map<string, Entity>();

  constructor(private readonly doc: Document) {}

  get(iri: string, type: EntityType, label: string, subtypes: string[] = [], sameAs: string[] = []): Entity {
    let e = this.byIri.get(iri);
    if (!e) {
      e = { iri, type, subtypes: [...subtypes], label, altLabels: [], mentions: [], sameAs: [...sameAs] };
      this.byIri.set(iri, e);
      this.entities.push(e);
    }
    for (const s of subtypes) if (!e.subtypes.includes(s)) e.subtypes.push(s);
    return e;
  }

  attach(m: Mention, e: Entity, asName = true): void {
    e.mentions.push(m);
    this.entityOf.set(m, e);
    if (!asName) return;
    if (m.text.length > e.label.length && e.type !== 'Country' && e.type !== 'City') {
      e.altLabels.push(e.label);
      e.label = m.text;
    } else if (m.text !== e.label && !e.altLabels.includes(m.text)) {
      e.altLabels.push(m.text);
    }
    e.altLabels = e.altLabels.filter((l) => l !== e.label);
  }

  article(): Document {
    return this.doc;
  }
}

export function resolveEntities(doc: Document, mentions: Mention[], settings: Settings = DEFAULT_SETTINGS, syntax?: Syntax): Resolution {
  const gaz = loadGazetteer({ minCityPopulation: settings.minCityPopulation });
  const b = new Builder(doc);
  const people: Entity[] = [];
  const peopleByWord = new PeopleIndex();
  const orgs: Entity[] = [];
  const pending: Mention[] = [];
  regionsOnce(mentions, gaz);
  unifyNameTypes(mentions);
  const longerName = laterFullNames(mentions);
  const serving = new ServingCountries(doc, mentions);
  // one span, one entity: a NIF phrase may not point at two things
  const spans = new Set<string>();
  for (const m of mentions) {
    const span = `${m.start}:${m.end}`;
    if (spans.has(span)) continue;
    spans.add(span);
    if (m.kind === 'pronoun' || m.kind === 'description') {
      pending.push(m);
      continue;
    }
    // "the South's trade ministry" after South Korea: the one country named so far whose name opens with that word
    const compass = /^(?:North|South|East|West)$/.test(m.text) ? b.entities.filter((e) => e.type === 'Country' && e.label.startsWith(`${m.text} `)) : [];
    if (compass.length === 1 && /\bthe\s*$/i.test(doc.article.text.slice(Math.max(0, m.start - 5), m.start))) {
      b.attach(m, compass[0], false);
      continue;
    }
    if (m.gazetteerKey) {
      const e = resolvePlaceName(b, gaz, doc, m, orgs);
      if (e?.type === 'Organization' && !orgs.includes(e)) orgs.push(e);
      continue;
    }
    if (m.type === 'Person') {
      // "Xi" in a headline before "Xi Jinping" in the text: the one full name it is part of
      const full = longerName.get(m.text) ?? m.text;
      const e = peopleByWord.sharing(full).find((p) => samePerson(p, full)) ?? uniqueNamePart(peopleByWord.sharing(m.text), m.text) ?? b.get(entityIri('Person', full), 'Person', full);
      if (!peopleByWord.has(e)) {
        people.push(e);
        peopleByWord.add(e);
      }
      b.attach(m, e);
      continue;
    }
    // a generic name not already the short form of a named one ("the Commission" after "the European Commission")
    // (not another country's body of that name already met: "Iraq's Foreign Ministry … Turkey's Foreign Ministry" are two)
    const generic = m.type === 'Organization' && isGenericOrganisationName(m.text);
    const scope = generic ? serving.of(m) : undefined;
    // (with no country to tell them apart, any body of that name)
    const sameScope = generic && scope !== undefined ? orgs.filter((o) => !SCOPED.test(o.iri) || o.iri.includes(`/org/${scope}/`)) : orgs;
    if (generic && !sameScope.some((o) => sameOrganization(o, m.text)) && !uniqueOrganizationWord(sameScope, m.text)) {
      const e = b.get(entityIri('Organization', normaliseName(m.text), scope), 'Organization', m.text, m.subtypes);
      if (!orgs.includes(e)) orgs.push(e);
      b.attach(m, e);
      // in a corpus of many foreign ministries, and in an article that names two, the name with its country,
      // as the article wrote it, is the label ("Turkey's Foreign Ministry"); the bare name stays a name of it
      const qualified = serving.qualified(m);
      if (qualified && isGenericOrganisationName(e.label)) {
        e.altLabels = [...new Set([e.label, ...e.altLabels])].filter((l) => l !== qualified);
        e.label = qualified;
      } else if (qualified && qualified !== e.label && !e.altLabels.includes(qualified)) e.altLabels.push(qualified);
      continue;
    }
    if (m.type === 'Organization') {
      const e = sameScope.find((o) => sameOrganization(o, m.text) || (m.aliasOf !== undefined && sameOrganization(o, m.aliasOf))) ?? uniqueOrganizationWord(sameScope, m.text) ?? b.get(entityIri('Organization', normaliseName(m.text)), 'Organization', m.text, m.subtypes);
      if (!orgs.includes(e)) orgs.push(e);
      b.attach(m, e);
      continue;
    }
    // "the Gaza Strip" and "Gaza", "the Korean Peninsula" and "Korea": one place with or without its head word
    const samePlace = m.type === 'Place' ? b.entities.find((e) => e.type === 'Place' && placeCore(e.label) === placeCore(m.text)) : undefined;
    b.attach(m, samePlace ?? b.get(entityIri(m.type, normaliseName(m.text)), m.type, m.text, m.subtypes));
  }
  resolveDependentMentions(b, gaz, doc, pending, people, syntax);
  return { entities: b.entities, entityOf: b.entityOf };
}

/** The IRI of a generic name scoped by its country (org/cn/foreign-ministry). */
const SCOPED = /\/org\/[a-z]{2}\//;

const placeCore = (name: string): string => normaliseName(name.replace(/\s+(?:Strip|Peninsula|peninsula|region|Region)$/, ''));

// When one name is read as different kinds of thing in one article ("in Aparri" a place, "the
// town of Aparri" a city; "Toyota said" a person, "Toyota's plants" a company), the more specific
// reading wins for every mention: an organisation over a city over a place over a person.
const TYPE_RANK: Partial<Record<EntityType, number>> = { Organization: 4, City: 3, Place: 2, Person: 1 };

/**
 * "four regions – Donetsk, Luhansk and Kherson" and later "in Kherson": a name the article once calls a region is
 * that region wherever the gazetteer reads it as the city of the same name.
 */
function regionsOnce(mentions: Mention[], gaz: Gazetteer): void {
  const regions = new Set(mentions.filter((m) => m.kind === 'name' && m.type === 'Place' && !m.gazetteerKey && m.subtypes?.includes('AdministrativeArea')).map((m) => normaliseName(m.text)));
  for (const m of mentions) {
    // (not a territory the gazetteer knows as such: "Hong Kong" is the city wherever it is not called a region)
    if (m.kind !== 'name' || m.type !== 'City' || !m.gazetteerKey || !regions.has(normaliseName(m.text)) || gaz.lookup(m.text).some((x) => x.type === 'Place')) continue;
    m.type = 'Place';
    m.subtypes = ['AdministrativeArea'];
    delete m.gazetteerKey;
  }
}

function unifyNameTypes(mentions: Mention[]): void {
  const best = new Map<string, EntityType>();
  const eligible = (m: Mention) => (m.kind === 'name' || m.kind === 'acronym') && !m.gazetteerKey && TYPE_RANK[m.type] !== undefined;
  for (const m of mentions) {
    if (!eligible(m)) continue;
    const key = normaliseName(m.text);
    const cur = best.get(key);
    if (!cur || (TYPE_RANK[m.type] ?? 0) > (TYPE_RANK[cur] ?? 0)) best.set(key, m.type);
  }
  // ("threats towards Kurti" read as a place, "Kurti said" and "Kurti painted" as a person: a place only by its
  // preposition, read as a person more often, is the person)
  const readings = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!eligible(m)) continue;
    const key = normaliseName(m.text);
    const list = readings.get(key);
    if (list) list.push(m);
    else readings.set(key, [m]);
  }
  for (const [key, ms] of readings) {
    const places = ms.filter((m) => m.type === 'Place');
    // (more often a person than a place: "in Cagayan", "to Cagayan" and one "Cagayan Governor" stay a place)
    if (best.get(key) === 'Place' && places.every((m) => m.locative) && ms.filter((m) => m.type === 'Person').length > places.length) best.set(key, 'Person');
  }
  // "award to Farrakhan" read as a place in one sentence is the Louis Farrakhan named in another: a one-word
  // name that is the surname of a person named in full is that person wherever the context misled
  const surnames = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'Person' && /\s/.test(m.text.trim())) surnames.add(normaliseName(m.text).split(' ').pop()!);
  for (const m of mentions) {
    const key = normaliseName(m.text);
    if (eligible(m) && !key.includes(' ') && surnames.has(key)) best.set(key, 'Person');
  }
  // ("Polisario said" read as a person, "the Polisario Front" named too: a one-word name read as a person that opens
  // an organisation's name in the article, and is no one's surname, is that organisation; a place stays a place:
  // "Tigray" of "Tigray People's Liberation Front")
  const openers = new Set<string>();
  for (const m of mentions) if (m.kind === 'name' && m.type === 'Organization' && /\s/.test(m.text.trim())) openers.add(normaliseName(m.text).split(' ')[0]);
  for (const m of mentions) {
    const key = normaliseName(m.text);
    if (eligible(m) && !key.includes(' ') && openers.has(key) && !surnames.has(key) && best.get(key) === 'Person') best.set(key, 'Organization');
  }
  for (const m of mentions) {
    const t = eligible(m) ? best.get(normaliseName(m.text)) : undefined;
    // (a town's name is also its team's: "Chicago" the city and "Chicago" the club both stand)
    if (t && t !== m.type && !(m.type === 'Person' && m.role) && !(m.type === 'City' && t === 'Organization')) m.type = t;
  }
}

function resolvePlaceName(b: Builder, gaz: Gazetteer, doc: Document, m: Mention, orgs: Entity[]): Entity | undefined {
  const [kind, code] = (m.gazetteerKey ?? '').split(':');
  let entry = gaz.lookup(m.text).find((x) => x.key === m.gazetteerKey) ?? (kind === 'country' ? gaz.country(code) : undefined);
  if (!entry) return undefined;
  // ("Dominican" is Dominica's and the Dominican Republic's: the one the article names)
  if (m.kind === 'demonym' && entry.type === 'Country') {
    const current = entry;
    const others = gaz.lookup(m.text).filter((x) => x.type === 'Country' && x.countryCode !== current.countryCode);
    if (others.length && !namesCountry(doc, current.name)) entry = others.find((x) => namesCountry(doc, gaz.country(x.countryCode)?.name)) ?? entry;
  }
  if (entry.type === 'City' && entry.isCapital && actsAsGovernment(doc, m)) {
    // "Brussels is punishing hungry people": the organisation seated there
    const seated = lexicon().seatsOfOrganisations.get(entry.name);
    if (seated) {
      const org = orgs.find((o) => sameOrganization(o, seated)) ?? b.get(entityIri('Organization', normaliseName(seated)), 'Organization', seated);
      b.attach(m, org, false);
      return org;
    }
    const country = gaz.country(entry.countryCode);
    if (country) {
      const e = b.get(entityIri('Country', country.countryCode), 'Country', country.name, [], country.sameAs);
      b.attach(m, e, false);
      return e;
    }
  }
  if (entry.type === 'City') entry = placedCity(gaz, doc, m, entry);
  // "the Democratic Republic of Congo … Congo": a short name is the country the article named in full
  if (entry.type === 'Country') {
    const full = b.formalNames.get(m.text.toLowerCase());
    if (full && !full.iri.endsWith(`/${entry.countryCode.toLowerCase()}`)) {
      b.attach(m, full, false);
      return full;
    }
  }
  const key = entry.type === 'City' ? `${entry.name}-${entry.countryCode}` : entry.countryCode;
  const subtypes = entry.type === 'Place' ? ['AdministrativeArea'] : [];
  const e = b.get(entityIri(entry.type, key), entry.type, entry.name, subtypes, entry.sameAs);
  b.attach(m, e, !m.text.startsWith(entry.name) || m.kind === 'name' ? m.kind === 'name' : false);
  if (entry.type === 'Country') for (const short of shortForms(m.text)) if (!b.formalNames.has(short)) b.formalNames.set(short, e);
  return e;
}

// Words of a state's formal name that say what kind of state it is, not which.
const STATE_FORM = new Set(['dr', 'd.r.', 'democratic', 'republic', 'of', 'the', "people's", 'federal', 'islamic', 'arab', 'socialist', 'united', 'kingdom', 'federation', 'state', 'plurinational', 'bolivarian']);

/**
 * The shorter names a formal name allows, lower-cased: "Democratic Republic of Congo" → "congo"
 * (only words of a state's form are dropped: "South Sudan" gives nothing, so Sudan stays Sudan).
 */
function shortForms(name: string): string[] {
  const words = name.toLowerCase().split(/\s+/);
  const out: string[] = [];
  for (let i = 1; i < words.length && STATE_FORM.has(words[i - 1]); i++) out.push(words.slice(i).join(' '));
  return out;
}

/** "San Jose, California", "Victoria, Canada": the city of that name in the country the text gives after a comma. */
function placedCity(gaz: Gazetteer, doc: Document, m: Mention, entry: GazetteerEntry): GazetteerEntry {
  const after = /^,\s+(\p{Lu}[\p{L}.' ]*?)(?=\s*[,.;:)]|\s+(?:and|on|in|at|where|who)\b|$)/u.exec(doc.article.text.slice(m.end, m.end + 40));
  if (!after) return entry;
  const where = after[1];
  const code = lexicon().subdivisions.get(where) ?? gaz.lookup(where).find((x) => x.type === 'Country' && !x.isDemonym)?.countryCode;
  if (!code || code === entry.countryCode) return entry;
  return gaz.lookup(m.text).find((x) => x.type === 'City' && x.countryCode === code) ?? entry;
}

// description nouns that name a state's body, never a company
const STATE_BODIES = new Set(['Ministry', 'Department']);

/** What "the company" or "the ministry" refers to: the last such organisation (or, for "the government", country) named before it. */
function organisationReferent(b: Builder, gaz: Gazetteer, cue: string, m: Mention): Entity | undefined {
  const before = (e: Entity) => e.mentions.some((x) => x.start < m.start && x.kind !== 'description');
  const last = (e: Entity) => Math.max(...e.mentions.filter((x) => x.start < m.start).map((x) => x.start));
  const pool = b.entities.filter((e) => before(e) && (cue === 'Country' ? e.type === 'Country' : e.type === 'Organization' && !e.subtypes.includes('NewsMediaOrganization')));
  // ("the government in Lima", "the regime in Peru": the country its seat names, not the one named last)
  const seated = cue === 'Country' ? seatOf(b, gaz, m) : undefined;
  if (seated) return seated;
  // ("the bloc": a bloc of states, not the militia named last)
  const bloc = /\bbloc$/i.test(m.text);
  const fits = pool.filter((e) => (bloc ? [e.label, ...e.altLabels].some((l) => lexicon().blocs.has(l)) : cue === 'Country' || e.subtypes.includes(cue) || e.label.split(/\s+/).includes(cue)));
  // "NMG denied the accusations. … the company said": the organisation the last sentence was about
  const doc = b.article();
  const prev = doc.sentences[doc.tokens[tokenAtOrAfter(doc, m.start)].sentence - 1];
  const topic = prev && pool.find((e) => e.mentions.some((x) => x.start === prev.start && x.kind !== 'description'));
  // ("the ministry said" after a sentence about a company: a state's ministry is no company; with none
  // named, it is left to the statements, which give an unnamed ministry to the article's country)
  const stateBody = STATE_BODIES.has(cue);
  if (topic && cue !== 'Country' && (!stateBody || fits.includes(topic))) return topic;
  if (stateBody && !fits.length) return undefined;
  const pick = (fits.length ? fits : pool).sort((x, y) => last(y) - last(x));
  return pick[0];
}

/**
 * What "the North American country" stands for: of the countries in its region the article named (by name
 * or demonym) before it, the one named most often, then last; with none before it, the only one it names after.
 */
function regionReferent(b: Builder, m: Mention, region: readonly string[]): Entity | undefined {
  const code = (e: Entity) => e.mentions.find((x) => x.gazetteerKey?.startsWith('country:'))?.gazetteerKey?.slice(8).toLowerCase();
  const fits = b.entities.filter((e) => e.type === 'Country' && region.includes(code(e) ?? ''));
  // (the one named most often so far, then the one named last: "Nauru … Nauru … the Marshall Islands … the Pacific island nation" is Nauru)
  const ranked = fits.map((e) => {
    const at = e.mentions.filter((x) => (x.kind === 'name' || x.kind === 'acronym' || x.kind === 'demonym') && x.end <= m.start).map((x) => x.start);
    return { e, times: at.length, last: Math.max(-1, ...at) };
  });
  const before = ranked.filter((r) => r.times).sort((x, y) => y.times - x.times || y.last - x.last).map((r) => r.e);
  // ("X of Peru threatened war with the South American country": not one its own sentence names, when another fits)
  const elsewhere = before.filter((e) => !e.mentions.some((x) => x.sentence === m.sentence && x.end <= m.start));
  return elsewhere[0] ?? before[0] ?? (fits.length === 1 ? fits[0] : undefined);
}

/** The country a description's "in" names right after it: the country itself, or the country of a city. */
function seatOf(b: Builder, gaz: Gazetteer, m: Mention): Entity | undefined {
  const text = b.article().article.text;
  const after = /^ in (?:the )?/.exec(text.slice(m.end, m.end + 8));
  if (!after) return undefined;
  const at = m.end + after[0].length;
  const place = b.entities.find((e) => e.mentions.some((x) => x.start === at && x.kind === 'name'));
  if (place?.type === 'Country') return place;
  if (place?.type !== 'City') return undefined;
  // (the article's own gazetteer, read with its settings)
  const code = gaz.lookup(place.label).find((x) => x.type === 'City')?.countryCode;
  const name = code ? gaz.country(code)?.name : undefined;
  return name ? b.entities.find((e) => e.type === 'Country' && e.label === name) : undefined;
}

/** One-word person names that are part of exactly one longer person name in the article → that name. */
function laterFullNames(mentions: Mention[]): Map<string, string> {
  // each word of a longer person name → the names it is part of (an index, so this stays linear)
  const byWord = new Map<string, string[]>();
  for (const f of new Set(mentions.filter((m) => m.type === 'Person' && m.kind === 'name' && /\s/.test(m.text)).map((m) => m.text))) {
    for (const w of new Set(nameTokens(f))) byWord.set(w, [...(byWord.get(w) ?? []), f]);
  }
  const out = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'Person' || m.kind !== 'name' || /\s/.test(m.text) || out.has(m.text)) continue;
    const t = nameTokens(m.text);
    const hits = t.length === 1 ? (byWord.get(t[0]) ?? []) : [];
    // spellings of one name ("Kim Jong Un", "Kim Jong-un") count once; a word in many names names none of them
    if (hits.length && hits.length <= 8 && new Set(hits.map((h) => nameTokens(h).join(' '))).size === 1) out.set(m.text, hits[0]);
  }
  return out;
}

/**
 * People by the words of their names, so that finding who a name may be is a lookup: two names
 * can be the same person only if they share a word.
 */
class PeopleIndex {
  private readonly order = new Map<Entity, number>();
  private readonly byWord = new Map<string, Entity[]>();

  has(e: Entity): boolean {
    return this.order.has(e);
  }

  add(e: Entity): void {
    this.order.set(e, this.order.size);
    for (const w of new Set(personTokens(e.label))) this.byWord.set(w, [...(this.byWord.get(w) ?? []), e]);
  }

  /** The people whose name shares a word with `text`, in the order they were added. */
  sharing(text: string): Entity[] {
    const found = new Set<Entity>();
    for (const w of new Set(personTokens(text))) for (const e of this.byWord.get(w) ?? []) found.add(e);
    return [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

function samePerson(e: Entity, text: string): boolean {
  const a = personTokens(e.label);
  const b = personTokens(text);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Okonjo" ~ "Marta Okonjo"; "al-Rashid" ~ "Omar al-Rashid"; never first name alone to a different surname.
  return short.length > 0 && short.every((t) => long.includes(t)) && (short.length > 1 || long[long.length - 1] === short[0] || long.length === 1);
}

/** "Chen" after "Chen Wenhua", "Kim" after "Kim Jong-un": a single name that is part of exactly one person's name. */
function uniqueNamePart(people: Entity[], text: string): Entity | undefined {
  const t = personTokens(text);
  if (t.length !== 1) return undefined;
  const hits = people.filter((p) => personTokens(p.label).includes(t[0]));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Ridgeline" after "Ridgeline Aerosystems", "Sahel Crest" after "Sahel Crest Shipping FZE", "the
 * Commission" after "the European Commission": the opening words, or one closing word, of exactly one organisation's name.
 */
function uniqueOrganizationWord(orgs: Entity[], text: string): Entity | undefined {
  const w = normaliseName(text);
  if (w.length < 4) return undefined;
  const single = !/\s/.test(w);
  const hits = orgs.filter((o) => {
    const label = normaliseName(o.label);
    const words = label.split(' ');
    // (not "Trump" of "Trump administration": the leader, not the government he heads)
    return words.length > 1 && label !== w && words[words.length - 1] !== 'administration' && (label.startsWith(w + ' ') || (single && words[words.length - 1] === w));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

function sameOrganization(e: Entity, text: string): boolean {
  const n = normaliseName(text);
  const labels = [e.label, ...e.altLabels].map(normaliseName);
  if (labels.includes(n)) return true;
  // ("Azerbaijan's Foreign Ministry" ~ "the Foreign Ministry of Azerbaijan": an owner's name before or after the body's)
  const ownerAfter = (x: string) => normaliseName(x.replace(/^(.+?)['’]s (.+)$/u, '$2 of $1'));
  if ([e.label, ...e.altLabels].map(ownerAfter).includes(ownerAfter(text))) return true;
  // "ASEAN" ~ "Association of Southeast Asian Nations", "ISIS" ~ "Islamic State": organisation-aliases.tsv
  const aliases = lexicon().organisationAliases;
  const line = aliases.get(nameKey(text));
  if (line !== undefined && [e.label, ...e.altLabels].some((l) => aliases.get(nameKey(l)) === line)) return true;
  // WTO ~ World Trade Organization, in either order of appearance
  return labels.some((l) => acronymOf(l) === n.replace(/[^a-z]/g, '') || acronymOf(n) === l.replace(/[^a-z]/g, ''));
}

/** Pronouns join the last person; role descriptions join a person with that role, or stand for an unnamed one. */
/**
 * "the Ruritanian leader" after "Ruritanian President Ana Vidal": a leader's title with a country's
 * word is the person named before with a leader's title for the same country.
 */
function countryLeader(people: Entity[], m: Mention): Entity | undefined {
  const leaders = lexicon().leaderTitles;
  const isLeader = (title: string | undefined) => !!title && (leaders.has(title.toLowerCase()) || leaders.has(title.toLowerCase().split(/\s+/).pop() ?? ''));
  const origin = m.role?.affiliation ?? m.role?.nationality;
  if (!origin || !isLeader(m.role?.jobTitle)) return undefined;
  const sameCountry = (pm: Mention) => pm.role?.affiliation === origin || pm.role?.nationality === origin;
  const named = (pm: Mention) => pm.start < m.start && pm.kind === 'name' && sameCountry(pm);
  // "President Ana Vidal and her Ruritanian counterpart Ben Lee": a leader's counterpart leads too
  const latestFirst = [...people].reverse();
  return latestFirst.find((p) => p.mentions.some((pm) => named(pm) && isLeader(pm.role?.jobTitle))) ?? latestFirst.find((p) => p.mentions.some((pm) => named(pm) && pm.role?.jobTitle?.toLowerCase() === 'counterpart'));
}

/** The word a title is a title of: its last, before any "of"/"for" portfolio ("Minister of Foreign Affairs" → minister). */
const titleHead = (title: string): string => title.toLowerCase().split(/\s+(?:of|for)\s+/)[0].split(/\s+/).pop() ?? '';

/** The office a title names (offices.tsv), its words before the office's title (a country's, "the") left out. */
function officeOf(title: string): string | undefined {
  const offices = lexicon().offices;
  const words = title.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const office = offices.get(words.slice(i).join(' '));
    if (office) return office;
  }
  return undefined;
}

const HEAD_NOUNS = new Set(['head', 'chief', 'leader', 'boss']);
// words of an office's name that do not say which office it is
const OFFICE_WORDS = new Set(['department', 'ministry', 'office', 'of', 'the', 'for', 'and', 'u.s.', 'us', 'federal', 'national']);

/**
 * "the head of the State Department" after "Secretary of State X": the person named before whose
 * title shares the office's own word (State, Foreign, Treasury, Defense).
 */
function headOf(b: Builder, doc: Document, people: Entity[], m: Mention, head: string): Entity | undefined {
  if (!HEAD_NOUNS.has(head)) return undefined;
  const of = /^\s+of\s+(?:the\s+)?/.exec(doc.article.text.slice(m.end, m.end + 12));
  if (!of) return undefined;
  const at = m.end + of[0].length;
  // "the head of the American Foreign Ministry": the office's country word, which the person's must not contradict
  const inFront = /^(\p{Lu}[\p{L}.]*)\s+/u.exec(doc.article.text.slice(at, at + 30));
  const officeCountry = countryCodeOf(inFront?.[1]);
  const officeAt = officeCountry && inFront ? at + inFront[0].length : at;
  const office = b.entities.find((e) => e.type === 'Organization' && e.mentions.some((x) => x.start === at || x.start === officeAt));
  if (!office) return undefined;
  const words = office.label.toLowerCase().split(/\s+/).filter((w) => !OFFICE_WORDS.has(w));
  if (!words.length) return undefined;
  const titled = (pm: Mention) =>
    pm.start < m.start && words.some((w) => (pm.role?.jobTitle ?? '').toLowerCase().split(/\s+/).includes(w)) && (!officeCountry || roleCountry(pm) === officeCountry);
  const hits = people.filter((p) => p.mentions.some(titled));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "Peru will act, its foreign minister said; … Foreign Minister Peter Hal posted": the one person named a little
 * later (within a few paragraphs) with the description's whole title, of no other country.
 */
function namedLater(people: Entity[], m: Mention): Entity | undefined {
  const title = (m.role?.jobTitle ?? '').toLowerCase();
  if (!title) return undefined;
  const country = roleCountry(m);
  const fits = (pm: Mention) =>
    pm.kind === 'name' && pm.start > m.end && pm.start - m.end < LATER_REACH && (pm.role?.jobTitle ?? '').toLowerCase() === title && ofNoOtherCountry(pm, country);
  // (a sentence that names a person beside the description may name its holder: "The spokesperson for X, Zhu Lan,")
  if (people.some((p) => p.mentions.some((pm) => pm.kind === 'name' && pm.sentence === m.sentence))) return undefined;
  const hits = people.filter((p) => p.mentions.some(fits));
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * "her Peruvian counterpart", before or after "Peruvian President Ana Vidal": the one person the article
 * names with that country and the title of the counterpart's owner (the person named last before "her"),
 * before the description or a little after it. (A foreign minister's counterpart is no president.)
 */
function countryCounterpart(people: Entity[], owner: Entity | undefined, m: Mention): Entity | undefined {
  const country = roleCountry(m);
  if (!country || titleHead(m.role?.jobTitle ?? '') !== 'counterpart') return undefined;
  const heads = new Set((owner?.mentions ?? []).flatMap((pm) => (pm.kind === 'name' && pm.role?.jobTitle ? [titleHead(pm.role.jobTitle)] : [])));
  const fits = (pm: Mention) =>
    pm.kind === 'name' && heads.has(titleHead(pm.role?.jobTitle ?? '')) && roleCountry(pm) === country && (pm.start < m.start || pm.start - m.end < LATER_REACH);
  const hits = people.filter((p) => p.mentions.some(fits));
  return hits.length === 1 ? hits[0] : undefined;
}

/** How far after a description (in characters) its holder may be named. */
const LATER_REACH = 800;

/** Whether the article writes the name as a word of its own, not the start of a longer name ("Dominica", not "Dominican Republic"). */
function namesCountry(doc: Document, name: string | undefined): boolean {
  return !!name && new RegExp(`\\b${escapeRegExp(name)}\\b(?! \\p{Lu})`, 'u').test(doc.article.text);
}

/** The country a mention's role says its person serves or comes from, as a lower-case code. */
const roleCountry = (pm: Mention): string | undefined => countryCodeOf(pm.role?.affiliation ?? pm.role?.nationality);

/** Whether a mention's role names no country but `country` (any country, when none is asked for). */
function ofNoOtherCountry(pm: Mention, country: string | undefined): boolean {
  const own = country ? roleCountry(pm) : undefined;
  return !own || own === country;
}

/** The lower-case ISO code of the country a name or demonym stands for ("American" → "us"). */
function countryCodeOf(text: string | undefined): string | undefined {
  return text ? loadGazetteer().lookup(text).find((x) => x.type === 'Country')?.countryCode?.toLowerCase() : undefined;
}

/**
 * "the Peruvian foreign minister" after a listed minister named with no title: the one person named
 * whom office-holders.tsv lists in that office (and, with a country word, for that country).
 */
function knownOfficeHolder(people: Entity[], m: Mention): Entity | undefined {
  const title = (m.role?.jobTitle ?? '').toLowerCase();
  if (!title) return undefined;
  const code = countryCodeOf(m.role?.affiliation ?? m.role?.nationality);
  const hits = people.filter((p) => {
    const known = officeHolder(lexicon().officeHolders, [p.label, ...p.altLabels]);
    // (named before; or anywhere in the article when the description says whose office it is:
    // "Australia's prime minister warned …; … Prime Minister Scott Morrison said")
    // ("the Canadian leader" is its prime minister: a leader is whoever holds one of the leaders' offices)
    const holds = (o: string) => o === title || o.endsWith(` ${title}`) || (title === 'leader' && lexicon().leaderTitles.has(o));
    return !!known && known.offices.some(holds) && (!code || known.serves.includes(code)) && (!!code || p.mentions.some((pm) => pm.start < m.start));
  });
  return hits.length === 1 ? hits[0] : undefined;
}

/**
 * How much a person mention is what its sentence is about: 2 inside the subject of the sentence's
 * main verb, between 1 and 2 inside the subject of another clause (more the nearer that clause is to
 * the main verb), 0 elsewhere. In "The president of Mexico, Ana Ruiz, said it would be wrong if Luis
 * Vera left" Ana Ruiz is 2, Luis Vera 1.33.
 */
function salience(doc: Document, syntax: Syntax, m: Mention): number {
  let c = lowerBound(doc.tokens, m.start, (t) => t.start);
  // (still inside the name's own words: a preposition there puts the name in another noun's phrase)
  let ownPhrase = true;
  for (let steps = 0; c >= 0 && c < syntax.tokens.length && steps < 6; c = syntax.tokens[c].head, steps++) {
    const rel = syntax.tokens[c].deprel;
    if (rel === 'nsubj' || rel === 'nsubj:pass') {
      // a subject of a clause nearer the main verb is more what the sentence is about ("comes after
      // Ana Ruiz said Luis Vera would leave": Ana Ruiz over Luis Vera)
      let depth = 0;
      for (let v = syntax.tokens[c].head; v >= 0 && depth < 20; v = syntax.tokens[v].head) depth++;
      return depth <= 1 ? 2 : 1 + 1 / depth;
    }
    // ("The president of Bolivia, Ana Ruiz, said" with the apposition hung from "Bolivia"; but "the attack
    // on Ana Ruiz was a crime" names her in passing, inside the subject)
    if (rel === 'nmod' && ownPhrase && [c - 1, c - 2, c - 3].some((k) => k >= 0 && syntax.tokens[k].head === c && syntax.tokens[k].deprel === 'case')) return 0;
    if (rel !== 'flat' && rel !== 'compound') ownPhrase = false;
    // (an apposition the parse took for a list: "The head of the mission, former minister Ana Ruiz, said")
    if (!['flat', 'appos', 'list', 'compound', 'conj', 'nmod:desc', 'nmod'].includes(rel)) return 0;
  }
  return 0;
}

function resolveDependentMentions(b: Builder, gaz: Gazetteer, doc: Document, pending: Mention[], people: Entity[], syntax: Syntax | undefined): void {
  const lex = lexicon();
  // Person mentions in text order, kept sorted as pronouns and descriptions join them.
  const personMentions = b.entities.filter((e) => e.type === 'Person').flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  const lastEndingBy = (offset: number): number => lowerBound(personMentions, offset + 1, (x) => x.end) - 1;
  const attachPerson = (m: Mention, e: Entity, asName: boolean) => {
    b.attach(m, e, asName);
    personMentions.splice(lastEndingBy(m.end) + 1, 0, m);
  };
  const genders = new PersonGenders(doc);
  for (const m of pending.sort((x, y) => x.start - y.start)) {
    if (m.kind === 'pronoun') {
      const gender = pronounGender(m.text);
      // "she … after he vowed": a pronoun skips people another pronoun or an honorific gave the other gender
      // ("… if he behaves. “…,” she said": nor is "she" the one "he" was, whoever that is)
      // ("“We will make him pay,” Wang said": a pronoun in quoted words is not whoever its sentence names outside them)
      const quoted = quotedIn(doc, m.sentence);
      const { start: from, end: to } = doc.sentences[m.sentence];
      const quoting = quoted(m.start) ? new Set(personMentions.slice(lowerBound(personMentions, from, (x) => x.start), lowerBound(personMentions, to, (x) => x.start)).filter((pm) => pm.kind !== 'pronoun' && !quoted(pm.start)).map((pm) => b.entityOf.get(pm))) : undefined;
      const fits = (pm: Mention) => genders.fits(b.entityOf.get(pm)!, gender) && (pm.kind !== 'pronoun' || agrees(pronounGender(pm.text), gender)) && !quoting?.has(b.entityOf.get(pm));
      let at = lastEndingBy(m.start);
      while (at >= 0 && m.start - personMentions[at].end < 600 && !fits(personMentions[at])) at--;
      let last = personMentions[at];
      // "he" goes on with the subject of the sentence that named the last person, not with someone
      // that sentence named only in passing or in a clause of its own (centering: a sentence is about its subject)
      if (syntax && last) {
        let best = salience(doc, syntax, last);
        for (let i = at - 1; i >= 0 && best < 2 && personMentions[i].sentence === personMentions[at].sentence; i--) {
          const level = fits(personMentions[i]) ? salience(doc, syntax, personMentions[i]) : -1;
          if (level > best) [last, best] = [personMentions[i], level];
        }
        // ("Ana Ruiz said … . The attack on Luis Vera was a crime, he said": someone named only in passing
        // in the pronoun's own sentence does not take over from the subject of the sentence before)
        if (best === 0 && last.sentence === m.sentence) {
          for (let i = at - 1; i >= 0 && personMentions[i].sentence >= m.sentence - 1 && m.start - personMentions[i].end < 600; i--) {
            if (personMentions[i].sentence === m.sentence || !fits(personMentions[i])) continue;
            if (salience(doc, syntax, personMentions[i]) >= 1.5) {
              last = personMentions[i];
              break;
            }
          }
        }
      }
      if (last && m.start - personMentions[at].end < 600 && fits(last)) {
        const e = b.entityOf.get(last)!;
        attachPerson(m, e, false);
        // (only a pronoun resolved to a name or description in its own sentence is sure enough to teach a
        // gender; "He could go free if he …" teaches nothing the first "He" did not)
        if (last.sentence === m.sentence && last.kind !== 'pronoun') genders.learn(e, gender);
      }
      continue;
    }
    if (m.region) {
      const target = regionReferent(b, m, m.region);
      if (target) b.attach(m, target, false);
      continue;
    }
    if (m.type !== 'Person') {
      const target = organisationReferent(b, gaz, lex.orgDescriptionNouns.get(m.text) ?? '', m);
      if (target) b.attach(m, target, false);
      continue;
    }
    const head = titleHead(m.role?.jobTitle ?? m.text);
    // "the minister", and "Australia's prime minister" (a possessor makes it definite too)
    const definite = /^the\b/i.test(doc.article.text.slice(Math.max(0, m.start - 4), m.start)) || /\p{L}['’]s\s/u.test(m.text);
    if (definite) {
      // ("the Saudi foreign minister" is not the Egyptian one named last)
      const country = roleCountry(m);
      const sameCountry = (pm: Mention) => ofNoOtherCountry(pm, country);
      // (of those titled so before, the one mentioned last: "Mr. Trump said … ” … the president explained" after Putin was named president)
      const lastBefore = (p: Entity) => Math.max(-1, ...p.mentions.filter((pm) => pm.end <= m.start).map((pm) => pm.start));
      const titled = (fits: (title: string) => boolean) => {
        // (not someone the description's own sentence named before it: "Milei offends the Colombian president")
        const holders = people.filter((p) => p.mentions.some((pm) => pm.start < m.start && fits(pm.role?.jobTitle ?? '') && sameCountry(pm)) && !p.mentions.some((pm) => pm.sentence === m.sentence && pm.end <= m.start));
        // (one titled with the description's own country first: "the Argentine president" is Milei, named so, not Petro, named "President Petro")
        const ofCountry = holders.filter((p) => country && p.mentions.some((pm) => pm.start < m.start && fits(pm.role?.jobTitle ?? '') && roleCountry(pm) === country));
        return (ofCountry.length ? ofCountry : holders).reduce<Entity | undefined>((best, p) => (!best || lastBefore(p) > lastBefore(best) ? p : best), undefined);
      };
      // ("the top diplomat" after "Foreign Minister X": one office in other words, offices.tsv; a title with the same head first)
      const office = officeOf(m.role?.jobTitle ?? m.text);
      const holder = titled((t) => titleHead(t) === head) ?? (office ? titled((t) => officeOf(t) === office) : undefined) ?? countryLeader(people, m) ?? headOf(b, doc, people, m, head) ?? knownOfficeHolder(people, m);
      if (holder) {
        attachPerson(m, holder, false);
        continue;
      }
      // "the ambassador", "the chair": someone the article knows; when it names no one who fits, no one
      // is written down (an unnamed person is introduced with "a": "a receptionist at the hotel")
      continue;
    }
    // ("its foreign minister said …; … Foreign Minister Peter Hal posted": the office named with its holder later)
    const later = /\b(?:its|his|her|their)\s+$/i.test(doc.article.text.slice(Math.max(0, m.start - 7), m.start)) ? namedLater(people, m) ?? countryCounterpart(people, b.entityOf.get(personMentions[lastEndingBy(m.start)] ?? m), m) : undefined;
    if (later) {
      attachPerson(m, later, false);
      continue;
    }
    if (!lex.roleHeads.has(head)) continue;
    const e = b.get(entityIri('Person', m.text, doc.article.id), 'Person', m.text);
    attachPerson(m, e, true);
    // ("a diplomat who asked not to be named said …; the diplomat added": a later "the diplomat" is them)
    if (!people.includes(e)) people.push(e);
  }
}
