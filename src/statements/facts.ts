// Direct facts about entities: jobTitle, affiliation, homeLocation, containedInPlace.
import { loadGazetteer } from '../gazetteer/index.js';
import { normaliseName } from '../entities/names.js';
import type { Entity, EntityFact, Mention, Sentence } from '../types.js';
import { officeHolder } from '../lexicon/index.js';
import { articleCountry, countryCodeOf, countryOfCity, isAgent, knownAffiliation, type StatementContext } from './context.js';
import { tokenEndingAt, tokenStartingAt } from '../text/lookup.js';
import { isDatelineSentence } from '../text/index.js';

const PLACE_TYPES = new Set(['City', 'Place', 'Country']);

/** The entity a role's text names ("Iran", "the State Department"), preferring one mentioned in the same sentence. */
function entityNamed(ctx: StatementContext, text: string, sentence: number, types: Set<string>): Entity | undefined {
  const n = normaliseName(text);
  const inSentence = (ctx.mentionsInSentence[sentence] ?? []).map((m) => ({ ...m, norm: normaliseName(m.mention.text) }));
  const here = inSentence.find((m) => m.norm === n && types.has(m.entity.type));
  // "Mizuho Research & Technologies" when the name found was "Mizuho Research": the longest mention inside the text
  const inside = inSentence
    .filter((m) => types.has(m.entity.type) && m.mention.kind !== 'pronoun' && n.includes(m.norm))
    .sort((a, b) => b.mention.text.length - a.mention.text.length)[0];
  // the first mentioned entity with that name among its labels
  return here?.entity ?? (entitiesByName(ctx).get(n) ?? []).find((e) => types.has(e.type)) ?? inside?.entity;
}

const byNameCache = new WeakMap<StatementContext, Map<string, Entity[]>>();

/** Entities by each normalised label, in the order of ctx.mentions, once per document (entityNamed is called per role). */
function entitiesByName(ctx: StatementContext): Map<string, Entity[]> {
  let byName = byNameCache.get(ctx);
  if (byName) return byName;
  byName = new Map();
  for (const { entity } of ctx.mentions) {
    for (const l of new Set([entity.label, ...entity.altLabels].map(normaliseName))) {
      const list = byName.get(l) ?? [];
      if (!list.includes(entity)) list.push(entity);
      byName.set(l, list);
    }
  }
  byNameCache.set(ctx, byName);
  return byName;
}

/** Entities mentioned inside a description ("Omani diplomat" → Oman), organisations first. */
function affiliationInside(ctx: StatementContext, m: Mention, self: Entity): Entity | undefined {
  const inside = ctx.mentions.filter((x) => x.mention.start >= m.start && x.mention.end <= m.end && x.entity !== self && isAgent(x.entity));
  return inside.find((x) => x.entity.type === 'Organization')?.entity ?? inside.find((x) => x.entity.type === 'Country')?.entity;
}

const AGENT_TYPES = new Set(['Country', 'Organization']);

/** The country or organisation a title's first capitalised word or words name ("EU Ambassador", "UN Special Envoy"). */
function titleOpener(ctx: StatementContext, title: string, sentence: number): Entity | undefined {
  const words = title.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const lead = words.slice(0, n);
    if (!lead.every((w) => /^\p{Lu}/u.test(w))) continue;
    const e = entityNamed(ctx, lead.join(' '), sentence, AGENT_TYPES);
    // (named as written, not found inside a longer name)
    if (e && [e.label, ...e.altLabels].some((l) => normaliseName(l) === normaliseName(lead.join(' ')))) return e;
  }
  return undefined;
}

/**
 * For an official with no stated affiliation ("Finance Minister Aiko Shimizu"), the country most
 * recently named in the paragraph, else, for a government office, the dateline city's country, else
 * the country the article is about. The dateline's country comes before the article's: tried earlier as the first choice, it lost (a
 * dateline says where the reporter is), but after the paragraph's own countries it gained two
 * affiliations on data/eval and lost none on dev.
 */
function contextCountry(ctx: StatementContext, m: Mention, title: string): Entity | undefined {
  const s = ctx.doc.sentences[m.sentence];
  const before = ctx.mentions.filter((x) => x.entity.type === 'Country' && x.mention.start < m.start && ctx.doc.sentences[x.mention.sentence].paragraph === s.paragraph && !actsOn(ctx, x.mention, m));
  // ("“Chile does not accept Peru's findings,” Trade Minister X said": the country that is a subject in the official's
  // own sentence speaks through them, not the one whose act is judged)
  // (a main clause's subject: not "after Peru voiced concern", "if Peru does not act")
  const mainSubject = (k: number) => ctx.tree.rel(k).startsWith('nsubj') && !/^(?:advcl|acl)/.test(ctx.tree.rel(ctx.tree.head(k)));
  const subject = before.filter((x) => x.mention.sentence === m.sentence && mainSubject(tokenStartingAt(ctx.doc, x.mention.start)));
  if (subject.length) return subject[subject.length - 1].entity;
  if (before.length) return before[before.length - 1].entity;
  // (a government's office, "Foreign Minister"; not a ministry's or the police's spokesperson, whose country the paragraph need not name)
  if (!ctx.lex.governmentHeads.has(title.toLowerCase().split(/\s+/).pop() ?? '')) return undefined;
  // ("ASUNCION, March 3 — … Foreign Minister X": a bare government title in a dispatch is the dateline country's)
  const dateline = datelineCity(ctx);
  return (dateline ? countryOfCity(ctx, dateline) : undefined) ?? articleCountry(ctx);
}

/** "Ruritania backs President X": a country that is the subject of the clause naming the official acts on them, it is not theirs. */
function actsOn(ctx: StatementContext, country: Mention, official: Mention): boolean {
  if (country.sentence !== official.sentence) return false;
  const c = tokenStartingAt(ctx.doc, country.start);
  const o = tokenStartingAt(ctx.doc, official.start);
  if (c < 0 || o < 0) return false;
  const { tree } = ctx;
  return tree.rel(c).startsWith('nsubj') && tree.head(c) >= 0 && tree.dominates(tree.head(c), o);
}

/** "In Tehran's Grand Bazaar, shopkeepers..." sets the scene for the people the paragraph introduces. */
function paragraphScene(ctx: StatementContext, s: Sentence): Entity | undefined {
  const first = ctx.doc.sentences.find((x) => x.paragraph === s.paragraph);
  if (!first || !['in', 'at', 'across', 'inside'].includes(ctx.lower[first.tokenStart])) return undefined;
  let scene: Entity | undefined;
  for (let i = first.tokenStart + 1; i < first.tokenEnd && ctx.texts[i] !== ','; i++) {
    const e = ctx.entityAtToken[i];
    if (e && PLACE_TYPES.has(e.type) && e.type !== 'Country' && !e.subtypes.includes('BodyOfWater')) scene = e;
  }
  return scene;
}

export function findEntityFacts(ctx: StatementContext, entities: Entity[]): EntityFact[] {
  const facts: EntityFact[] = [];
  const seen = new Set<string>();
  const add = (f: EntityFact) => {
    const key = `${f.kind}|${f.subject}|${'value' in f ? f.value.toLowerCase() : f.object}`;
    if (seen.has(key) || ('object' in f && f.object === f.subject)) return;
    seen.add(key);
    facts.push(f);
  };
  for (const e of entities.filter((x) => x.type === 'Person')) {
    let home = false;
    const named = e.mentions.some((m) => m.kind === 'name');
    // "a top Chilean official": someone named only by their office has no facts beyond the words that describe them
    if (!named) continue;
    // a well-known office holder's own country or body beats the guess from the paragraph's countries
    const known = knownAffiliation(ctx, e);
    // an office holder whose country the article does not name is not given the paragraph's country instead
    const listed = !!officeHolder(ctx.lex.officeHolders, [e.label, ...e.altLabels]);
    // "Brazil's Ambassador X", later "the ambassador": whom the text says X serves beats the paragraph's country
    const stated = e.mentions.some((m) => m.role?.affiliation && entityNamed(ctx, m.role.affiliation, m.sentence, AGENT_TYPES));
    for (const m of e.mentions) {
      const s = ctx.doc.sentences[m.sentence];
      const evidence = ctx.evidence(s);
      const role = m.role;
      if (!role) continue;
      if (role.jobTitle && m.kind !== 'description') add({ kind: 'jobTitle', subject: e.iri, value: role.jobTitle, evidence });
      if (role.title) add({ kind: 'jobTitle', subject: e.iri, value: role.title, evidence });
      if (m.kind === 'description' && role.jobTitle) {
        const head = role.jobTitle.split(/\s+/).pop() ?? role.jobTitle;
        // ("the Russian leader", "the head of the State Department": a description, not the office's title)
        if (!ctx.lex.cueWords('describing-head').has(head.toLowerCase())) add({ kind: 'jobTitle', subject: e.iri, value: head, evidence });
      }
      let aff = role.affiliation ? entityNamed(ctx, role.affiliation, m.sentence, AGENT_TYPES) : undefined;
      if (!aff && m.kind === 'description') aff = affiliationInside(ctx, m, e);
      // "EU Ambassador X": a name the title opens with is whom the holder serves
      if (!aff && role.jobTitle) aff = titleOpener(ctx, role.jobTitle, m.sentence);
      const head = (role.jobTitle ?? '').toLowerCase().split(/\s+/).pop() ?? '';
      // ("EU Ambassador X" with no EU named elsewhere: the title names whom they serve, not the paragraph's country)
      const namedInTitle = /^\p{Lu}{2,}\s/u.test(role.jobTitle ?? '');
      if (!aff && ctx.lex.agentAffiliationHeads.has(head)) aff = known ?? (listed || stated || namedInTitle ? undefined : contextCountry(ctx, m, role.jobTitle ?? ''));
      if (aff) add({ kind: 'affiliation', subject: e.iri, object: aff.iri, evidence });
      // "an Omani diplomat" says whom an unnamed speaker represents, not a nationality worth a fact
      // ("the Turkish minister": whom an office holder serves, an affiliation, not where they are from)
      // (a demonym before the office only: "Judge X of Senegal" states a nationality)
      // ("the U.S. Secretary of State": a country's name before an office serves it too; the office's head is before its "of")
      const office = (role.jobTitle ?? '').toLowerCase().split(/\s+of\s+/)[0].split(/\s+/).pop() ?? '';
      const serves = !!role.nationality && [head, office].some((w) => ctx.lex.agentAffiliationHeads.has(w) || ctx.lex.leaderTitles.has(w));
      const nat = role.nationality && named && !serves ? entityNamed(ctx, role.nationality, m.sentence, new Set(['Country'])) : undefined;
      if (nat) add({ kind: 'nationality', subject: e.iri, object: nat.iri, evidence });
      const loc = role.homeLocation ? entityNamed(ctx, role.homeLocation, m.sentence, PLACE_TYPES) : undefined;
      // "a director at the World Bank": "at" an organisation is where someone works
      const employer = role.homeLocation && !loc ? entityNamed(ctx, role.homeLocation, m.sentence, new Set(['Organization'])) : undefined;
      if (employer && !aff) add({ kind: 'affiliation', subject: e.iri, object: employer.iri, evidence });
      if (loc) {
        add({ kind: 'homeLocation', subject: e.iri, object: loc.iri, evidence });
        home = true;
      }
    }
    if (known) add({ kind: 'affiliation', subject: e.iri, object: known.iri, evidence: ctx.evidence(ctx.doc.sentences[e.mentions[0].sentence]) });
    if (!home && e.mentions[0]) {
      const first = e.mentions[0];
      const scene = paragraphScene(ctx, ctx.doc.sentences[first.sentence]);
      if (scene && first.role) add({ kind: 'homeLocation', subject: e.iri, object: scene.iri, evidence: ctx.evidence(ctx.doc.sentences[first.sentence]) });
    }
  }
  for (const f of verbAffiliations(ctx)) add(f);
  for (const f of ofAffiliations(ctx)) add(f);
  for (const f of statedHomes(ctx)) add(f);
  facts.push(...containment(ctx, entities));
  return withoutRepeatedTitles(withoutServedTwice(ctx, entities, facts));
}

/**
 * "Ana Ruiz of the Unity Party", "Peter Hal's Unity party", "his Unity party": the body a person is named of.
 * "Mao Ning of China's Foreign Ministry": a generic body (its IRI scoped by the country it serves,
 * org/cn/foreign-ministry), or a seat of government (government-seats.tsv), and that country are one
 * affiliation said twice; the first given is kept.
 */
function withoutServedTwice(ctx: StatementContext, entities: readonly Entity[], facts: EntityFact[]): EntityFact[] {
  const byIri = new Map(entities.map((e) => [e.iri, e]));
  const kept = new Map<string, Set<string>>();
  return facts.filter((f) => {
    if (f.kind !== 'affiliation') return true;
    // ("Peskov of the Kremlin" and of Russia: a seat of government stands for its country)
    const object = byIri.get(f.object);
    const country = object ? countryCodeOf(ctx, object) : undefined;
    if (!country) return true;
    const before = kept.get(f.subject) ?? new Set<string>();
    kept.set(f.subject, before);
    if (before.has(country)) return false;
    before.add(country);
    return true;
  });
}

/**
 * "leader" beside "North Korean leader", "Secretary of State" beside "US Secretary of State": a
 * title whose words all recur in another title of the same person is the same title, said shorter;
 * so is one written as the other's initials ("PM", "Prime Minister").
 */
function withoutRepeatedTitles(facts: EntityFact[]): EntityFact[] {
  const words = (v: string) => v.toLowerCase().replace(/\./g, '').split(/\s+/);
  const titles = new Map<string, string[][]>();
  for (const f of facts) if (f.kind === 'jobTitle') titles.set(f.subject, [...(titles.get(f.subject) ?? []), words(f.value)]);
  return facts.filter((f) => {
    if (f.kind !== 'jobTitle') return true;
    const mine = words(f.value);
    // ("PM" beside "Prime Minister": initials of another title are that title)
    const initials = /^\p{Lu}{2,4}$/u.test(f.value) ? f.value.toLowerCase() : undefined;
    return !(titles.get(f.subject) ?? []).some((other) => (other.length > mine.length && mine.every((w) => other.includes(w))) || (initials !== undefined && other.length === initials.length && other.map((w) => w[0]).join('') === initials));
  });
}

/** "from Dakar, where he has lived since last year": the place a person lives in. */
function statedHomes(ctx: StatementContext): EntityFact[] {
  const out: EntityFact[] = [];
  for (let k = 2; k < ctx.texts.length - 3; k++) {
    if (ctx.lower[k] !== 'where' || ctx.texts[k - 1] !== ',') continue;
    const place = ctx.entityAtToken[k - 2];
    const person = ctx.entityAtToken[k + 1];
    if (!place || !PLACE_TYPES.has(place.type) || person?.type !== 'Person') continue;
    let v = k + 2;
    while (v < k + 5 && /^(?:has|have|had|now|still)$/.test(ctx.lower[v])) v++;
    if (!/^(?:lives|lived|live|settled|grew)$/.test(ctx.lower[v])) continue;
    out.push({ kind: 'homeLocation', subject: person.iri, object: place.iri, evidence: ctx.evidence(ctx.sentenceOfToken(k)) });
  }
  return out;
}

const REPORTING = new Set(['it', 'they', 'officials', 'he', 'she', 'said', 'says']);

/** "Losaline Vaipulu of Tonga, who chairs the 39-member group", "X, who it said manages Sahel Crest": a job and an employer from a verb. */
/** "Ana Ruiz of Meridian Economics": a person's name, "of", an organisation's name. */
function ofAffiliations(ctx: StatementContext): EntityFact[] {
  const out: EntityFact[] = [];
  const text = ctx.doc.article.text;
  ctx.mentions.forEach(({ mention, entity }, k) => {
    const next = ctx.mentions[k + 1];
    if (entity.type !== 'Person' || !next || next.entity.type !== 'Organization' || next.mention.kind !== 'name') return;
    // ("Peter Hal's Unity party", "his Unity party": a person's own party, named as theirs)
    const between = text.slice(mention.end, next.mention.start);
    const theirs = (mention.kind === 'name' && /^['’]s $/.test(between)) || (mention.kind === 'pronoun' && /^(?:his|her)$/i.test(mention.text) && between === ' ');
    const party = theirs && /^ party\b/i.test(text.slice(next.mention.end, next.mention.end + 7));
    if (!party && (mention.kind !== 'name' || !/^ of (?:the )?$/.test(between))) return;
    out.push({ kind: 'affiliation', subject: entity.iri, object: next.entity.iri, evidence: ctx.evidence(ctx.doc.sentences[mention.sentence]) });
  });
  return out;
}

function verbAffiliations(ctx: StatementContext): EntityFact[] {
  const out: EntityFact[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      const job = ctx.lex.affiliationVerbs.get(ctx.texts[k]);
      if (job === undefined) continue;
      let j = k - 1;
      while (j > s.tokenStart && k - j <= 2 && REPORTING.has(ctx.lower[j])) j--;
      const person = ctx.lower[j] === 'who' ? personBefore(ctx, j, s.tokenStart) : ctx.entityAtToken[j]?.type === 'Person' ? ctx.entityAtToken[j] : undefined;
      const employer = person && objectOrganisation(ctx, s, k + 1);
      if (!person || !employer) continue;
      const evidence = ctx.evidence(s);
      out.push({ kind: 'jobTitle', subject: person.iri, value: job, evidence }, { kind: 'affiliation', subject: person.iri, object: employer.iri, evidence });
    }
  }
  return out;
}

function personBefore(ctx: StatementContext, i: number, floor: number): Entity | undefined {
  for (let k = i - 1; k >= floor && i - k <= 12; k--) if (ctx.entityAtToken[k]?.type === 'Person' && ctx.mentionAtToken[k]?.kind !== 'pronoun') return ctx.entityAtToken[k];
  return undefined;
}

/** The organisation or country a verb's object names, or that "the group" stands for (the last one named before the sentence). */
function objectOrganisation(ctx: StatementContext, s: Sentence, from: number): Entity | undefined {
  for (let k = from; k < s.tokenEnd && k - from < 6 && !/^[,.;:]$/.test(ctx.texts[k]); k++) {
    const e = ctx.entityAtToken[k];
    if (e && (e.type === 'Organization' || e.type === 'Country') && ctx.mentionAtToken[k]?.kind !== 'demonym') return e;
    const noun = ctx.lex.orgDescriptionNouns.get(ctx.lower[k]);
    if (noun && noun !== 'Country' && /^(?:the|its|their)$/.test(ctx.lower[from])) {
      const before = ctx.mentions.filter((x) => x.entity.type === 'Organization' && x.mention.end <= s.start && x.mention.kind !== 'description');
      return before[before.length - 1]?.entity;
    }
  }
  return undefined;
}

/** The city of a dateline ("GENEVA, March 3 (Reuters) -"), if the article has one. */
function datelineSentence(ctx: StatementContext): Sentence | undefined {
  return ctx.doc.sentences.find((x) => x.start >= ctx.doc.article.bodyStart && isDatelineSentence(ctx.doc, x));
}

function datelineCity(ctx: StatementContext): Entity | undefined {
  const s = datelineSentence(ctx);
  if (!s) return undefined;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (ctx.entityAtToken[i]?.type === 'City') return ctx.entityAtToken[i];
  return undefined;
}

/** "the coastal town of Aparri in Cagayan province", "the Kosovo town of Leposavić": the place the text puts a town in. */
function statedContainer(ctx: StatementContext, e: Entity): EntityFact | undefined {
  for (const m of e.mentions) {
    if (m.kind !== 'name') continue;
    const t = tokenStartingAt(ctx.doc, m.start);
    let last = tokenEndingAt(ctx.doc, m.end) + 1;
    if (ctx.lex.cueWords('container-noun').has(ctx.lower[last] ?? '')) last++;
    const inside = ctx.lower[last] === 'in' ? ctx.entityAtToken[ctx.lower[last + 1] === 'the' ? last + 2 : last + 1] : undefined;
    // "the Kosovo town of Leposavić": a country named before "town of"
    const of = ctx.lower[t - 1] === 'of' && ctx.lex.settlementNouns.has(ctx.lower[t - 2] ?? '') ? ctx.entityAtToken[t - 3] : undefined;
    const container = [inside, of].find((x) => x && x !== e && PLACE_TYPES.has(x.type));
    if (container) return { kind: 'containedInPlace', subject: e.iri, object: container.iri, evidence: ctx.evidence(ctx.doc.sentences[m.sentence]) };
  }
  return undefined;
}

/**
 * Whether the text uses the city as a place at least once ("in Geneva", "from Tehran", a dateline, "Toronto,
 * Canada", "the capital, Honiara", "Russia's Kaliningrad exclave"), not only as a stand-in for a government
 * ("Moscow said", "Beijing's response"): a capital named only as a government is not placed anywhere.
 */
function placedSomewhere(ctx: StatementContext, e: Entity, dateline: Sentence | undefined): boolean {
  const lex = ctx.lex;
  const settlement = (w: string | undefined) => !!w && (lex.settlementNouns.has(w) || SETTLEMENT_LIKE.has(w));
  return e.mentions.some((m) => {
    if (m.kind !== 'name') return false;
    const t = tokenStartingAt(ctx.doc, m.start);
    const last = tokenEndingAt(ctx.doc, m.end);
    if (dateline && m.start >= dateline.start && m.end <= dateline.end) return true;
    // ("the capital, Honiara", "the national capital of Canberra": a settlement noun, a comma or "of" between)
    const before = /^(?:,|of)$/.test(ctx.lower[t - 1] ?? '') ? t - 2 : t - 1;
    const owner = /^['’]s$/.test(ctx.texts[t - 1] ?? '') ? ctx.entityAtToken[t - 2] : undefined;
    // ("in Lagos, Kano and Port Harcourt": the preposition before the list)
    let p = t - 1;
    while (p >= 0 && (/^(?:,|and|or)$/.test(ctx.lower[p]) || ctx.entityAtToken[p]?.type === 'City')) p--;
    const locative = (w: string | undefined) => !!w && (lex.locativePrepositions.has(w) || OTHER_LOCATIVE.has(w));
    // ("Mejillones, a port town north of …": an apposition that says what the place is)
    const described = ctx.texts[last + 1] === ',' && /^(?:a|an|the)$/.test(ctx.lower[last + 2] ?? '') && [last + 3, last + 4].some((x) => settlement(ctx.lower[x]));
    return locative(ctx.lower[t - 1]) || locative(ctx.lower[p]) || settlement(ctx.lower[before]) || settlement(ctx.lower[last + 1]) || described || owner?.type === 'Country' || (ctx.texts[last + 1] === ',' && ctx.entityAtToken[last + 2]?.type === 'Country');
  });
}
const OTHER_LOCATIVE = new Set(['from', 'via', 'visit', 'visits', 'visiting', 'visited']);
const SETTLEMENT_LIKE = new Set(['exclave', 'enclave', 'port', 'region', 'province']);

/** Cities in countries the article mentions; "Tehran's Grand Bazaar" in Tehran. */
function containment(ctx: StatementContext, entities: Entity[]): EntityFact[] {
  const out: EntityFact[] = [];
  const gaz = loadGazetteer();
  const dateline = datelineSentence(ctx);
  for (const e of entities) {
    if (e.type === 'City') {
      const country = countryOfCity(ctx, e);
      if (country && placedSomewhere(ctx, e, dateline)) out.push({ kind: 'containedInPlace', subject: e.iri, object: country.iri });
      // a town the gazetteer does not know: where the text puts it
      const stated = gaz.lookup(e.label).some((x) => x.type === 'City') ? undefined : statedContainer(ctx, e);
      if (stated) out.push(stated);
    }
    if (e.type === 'Place') {
      let container: Entity | undefined;
      for (const m of e.mentions) {
        const t = tokenStartingAt(ctx.doc, m.start);
        const last = tokenEndingAt(ctx.doc, m.end);
        // "Tehran's Grand Bazaar", "the Miraflores Palace in Caracas"
        const owner = t >= 2 && /^['’]s$/.test(ctx.texts[t - 1]) ? ctx.entityAtToken[t - 2] : undefined;
        const inside = ctx.lower[last + 1] === 'in' ? ctx.entityAtToken[last + 2] : undefined;
        container = [owner, inside].find((x) => x && (x.type === 'City' || x.type === 'Country'));
        if (container) {
          out.push({ kind: 'containedInPlace', subject: e.iri, object: container.iri, evidence: ctx.evidence(ctx.doc.sentences[m.sentence]) });
          break;
        }
      }
      const stated = container ? undefined : statedContainer(ctx, e);
      if (stated) {
        out.push(stated);
        continue;
      }
      // a building or street with no stated city is in the dateline's city
      // (not dams, bridges or pipelines: infrastructure stands where the water or the road is)
      const site = (e.subtypes.some((x) => ['LandmarksOrHistoricalBuildings', 'CivicStructure', 'Accommodation'].includes(x)) || /\b(?:Street|Avenue|Road|Square|Palace|Building|Buildings)$/.test(e.label)) && !/\b(?:Dam|Bridge|Canal|Pipeline|Port|Plant)$/.test(e.label);
      const dateline = datelineCity(ctx);
      if (!container && site && dateline) out.push({ kind: 'containedInPlace', subject: e.iri, object: dateline.iri });
    }
  }
  return out;
}
