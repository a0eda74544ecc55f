// Turns one capitalised run of tokens into typed name mentions.
import type { Gazetteer } from '../gazetteer/types.js';
import { officeHolder, type Lexicon } from '../lexicon/index.js';
import type { NerSpan } from '../ner/index.js';
import type { Document, EntityType, Mention, Sentence } from '../types.js';
import { isCommonWord, isFiniteVerb, lexiconTag } from './common-words.js';
import { isAcronym, isInitial, isRegionAdjective } from './names.js';
import { appositionAfter } from './roles.js';

export interface RunContext {
  doc: Document;
  lex: Lexicon;
  gaz: Gazetteer;
  texts: string[];
  lowercaseInText: Set<string>;
  /** Surface forms already known to name people in this article ("Okonjo"). */
  knownPeople: Set<string>;
  heading: boolean;
  /** Names known to be organisations in this article: "Belstat" after "(Belstat)", "Ridgeline" after "Ridgeline Aerosystems". */
  knownOrganizations: Set<string>;
  /** Names a table of this article uses for organisations ("Surrey 429-7" is a team): in prose too, the same name is the team. */
  tableOrganizations: Set<string>;
  /** The trained tagger's span over tokens [a, b) of a sentence, if it finds one. */
  nerAt(s: Sentence, a: number, b: number): NerSpan | undefined;
}

/** A name found in a run, with how sure we are that it is a person and the title in front of it. */
export interface NameCandidate {
  start: number; // token index
  end: number;
  title?: string;
}

// Capitalised words that open a run without being part of the name: "The United Nations".
const LEADING_WORDS = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'Both', 'Former', 'Ex', 'Then']);
// Lowercase words after a name that make it a region: "the southern Puno region".
export const REGION_WORDS = new Set(['region', 'province', 'district', 'state', 'county', 'governorate', 'prefecture', 'oblast', 'department', 'municipality', 'valley', 'basin', 'river', 'island', 'peninsula', 'desert', 'delta', 'plateau', 'highlands', 'corridor', 'enclave', 'territory', 'area', 'zone', 'block', 'field', 'neighbourhood', 'neighborhood', 'suburb', 'township', 'camp', 'strait', 'sea', 'coast']);
/** A region noun as written, singular or plural ("province", "regions"), from places.json regionNouns but states and islands. */
const regionNounAt = (ctx: RunContext, k: number): boolean => {
  const w = (ctx.texts[k] ?? '').replace(/ies$/, 'y').replace(/s$/, '');
  return w !== 'state' && w !== 'island' && ctx.lex.regionNouns.has(w);
};

/**
 * Whether the name at [a, b) is one of a list a region noun is said of: after "regions of" or "provinces –" (past
 * "of Ukraine"), or before "regions" ("the Donetsk and Luhansk regions"); the list's names, commas and "and" only.
 */
function listedRegion(ctx: RunContext, a: number, b: number): boolean {
  const { texts } = ctx;
  const inList = (w: string | undefined) => w !== undefined && (w === ',' || w === 'and' || w === 'the' || /^\p{Lu}/u.test(w));
  let k = a - 1;
  while (k > 0 && a - k < 24 && inList(texts[k]) && texts[k] !== 'The') k--;
  // (the region noun opens its phrase: "the province of X", "four regions – X, Y", not "the Ikeja district of Lagos")
  // (a lower-case word may stand between: "the coca-growing region of X")
  const opener = (w: string | undefined) => /^(?:the|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|several|\d+)$/i.test(w ?? '');
  const opens = (r: number) => regionNounAt(ctx, r) && (opener(texts[r - 1]) || (/^\p{Ll}[\p{Ll}-]*$/u.test(texts[r - 1] ?? '') && opener(texts[r - 2])));
  if (['of', '–', '—', ':', '('].includes(texts[k] ?? '')) {
    if (opens(k - 1)) return true;
    // ("four regions of Ukraine – X, Y and Z")
    if (texts[k] !== 'of' && /^\p{Lu}/u.test(texts[k - 1] ?? '') && texts[k - 2] === 'of' && opens(k - 3)) return true;
  }
  let e = b;
  while (e < texts.length && e - b < 24 && inList(texts[e])) e++;
  return texts[e - 1] !== ',' && /s$/.test(texts[e] ?? '') && regionNounAt(ctx, e);
}

// Words that end a person's name: "Awa Diallo-Sène of Senegal".
export const NAME_BREAKERS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

// Capitalised modifiers that are not names: "Dubai-based", "Hong Kong-registered".
const MODIFIER = /-(?:based|registered|flagged|owned|led|backed|born|made|linked|listed|speaking|language|held)$/;
const FUNCTION_TAG = /Adverb|Conjunction|Preposition|Determiner|Pronoun|Verb|Modal|Copula|Auxiliary|QuestionWord|Tense|Infinitive|Gerund/;

/** A name complete on its own: an acronym ("NATO", "M23"), a bloc, a known institution or outlet. */
const wholeName = (ctx: RunContext, text: string): boolean => /^\p{Lu}[\p{Lu}\d]+$/u.test(text) || ctx.lex.blocs.has(text) || ctx.lex.institutions.has(text) || ctx.lex.media.has(text);

function miscEnd(ctx: RunContext, p: number, b: number): number {
  // ("President Bill Clinton": a suffix word that opens a longer run is a first name, not a document)
  for (let e = b; e > p; e--) if (ctx.lex.miscSuffixes.has(ctx.texts[e - 1]) && !ctx.lex.orgSuffixes.has(ctx.texts[e - 1]) && !(e - 1 === p && e < b)) return e;
  return 0;
}

/** The last title in [p, b) that has a name after it. */
function titleInside(ctx: RunContext, p: number, b: number): { at: number; length: number; title: string } | undefined {
  // the first title from the left, so "Foreign Minister" is read whole rather than as "Foreign" + "Minister"
  for (let k = p; k < b - 1; k++) {
    const len = titleAt(ctx, k, b);
    if (!len || k + len >= b || ctx.lex.honorifics.has(ctx.texts.slice(k, k + len).join(' '))) continue;
    // "Martin Luther King Jr.": a title followed only by "Jr." is the name's own last word
    if (ctx.texts.slice(k + len, b).every((w) => ctx.lex.nameSuffixes.has(w))) continue;
    // "Secretary of State" is a title; "Bank of England" is not a title at "of"
    if (k > p && ctx.lex.nameConnectors.has(ctx.texts[k - 1])) continue;
    // "General Motors", "General Electric": a title word opening an institution's name the tables know
    if (ctx.lex.institutions.has(ctx.texts.slice(k, k + len + 1).join(' '))) continue;
    // ("the UN General Assembly": a title word before the body word that ends the name is part of the body's name)
    if (k + len === b - 1 && ctx.lex.orgSuffixes.has(ctx.texts[b - 1])) continue;
    return { at: k, length: len, title: ctx.texts.slice(k, k + len).join(' ') };
  }
  return undefined;
}

const orgSubtype = (sub: string): string[] => (sub === 'Organization' ? [] : [sub]);

function join(ctx: RunContext, a: number, b: number): string {
  return ctx.doc.article.text.slice(ctx.doc.tokens[a].start, ctx.doc.tokens[b - 1].end);
}

function mention(ctx: RunContext, a: number, b: number, type: EntityType, extra: Partial<Mention> = {}): Mention {
  const t = ctx.doc.tokens;
  return { start: t[a].start, end: t[b - 1].end, text: join(ctx, a, b), sentence: t[a].sentence, kind: 'name', type, ...extra };
}

/** The longest title the tables know whose last word is the token before `end` ("Prime Minister" in "the Prime Minister’s"). */
export function titleEndingAt(ctx: RunContext, end: number): string[] | undefined {
  return ctx.lex.titles.filter((t) => t.every((w, i) => ctx.texts[end - t.length + i] === w)).sort((a, b) => b.length - a.length)[0];
}

function titleAt(ctx: RunContext, p: number, b: number): number {
  for (const title of ctx.lex.titles) {
    if (p + title.length > b) continue;
    if (title.every((w, k) => ctx.texts[p + k] === w)) return title.length;
  }
  return 0;
}

/** The organisation or place that ends at a suffix word or opens with a head phrase, longest first. */
function namedBody(ctx: RunContext, p: number, b: number): { end: number; type: EntityType; subtypes: string[] } | undefined {
  const { lex, texts } = ctx;
  // "International Court of Justice", "Organization of American States": an organisation word
  // followed by "of"/"for" makes the whole run one organisation.
  // ("Intergovernmental Authority on Development", not "the Foreign Ministry on Monday")
  for (let k = p; k < b - 2; k++) {
    if (!['of', 'for'].includes(texts[k + 1]) && !(texts[k + 1] === 'on' && !lex.calendar.has(texts[k + 2]) && !ctx.gaz.longestMatchAt(texts, k + 2))) continue;
    const org = lex.orgSuffixes.get(texts[k]);
    if (org && (k > p || lex.orgHeads.has(`${texts[k]} ${texts[k + 1]}`))) return { end: b, type: 'Organization', subtypes: orgSubtype(org) };
  }
  // "Palais des Nations", "Strait of Hormuz": a place head decides before any suffix
  const placeHead0 = b - p >= 2 ? (lex.placeHeads.get(`${texts[p]} ${texts[p + 1]}`) ?? lex.placeHeads.get(texts[p])) : undefined;
  if (placeHead0) return { end: b, type: 'Place', subtypes: placeHead0 === 'Place' ? [] : [placeHead0] };
  for (let e = b; e > p; e--) {
    // (the tokeniser splits "People's": the tables write it whole)
    const phrase = texts.slice(p, e).join(' ').replace(/ (['’]s)\b/g, '$1');
    const inst = lex.institutions.get(phrase);
    if (inst) return { end: e, type: 'Organization', subtypes: orgSubtype(inst) };
    if (lex.media.has(phrase)) return { end: e, type: 'Organization', subtypes: ['NewsMediaOrganization'] };
    const region = lex.regions.get(phrase);
    if (region) return { end: e, type: 'Place', subtypes: region === 'Place' ? [] : [region] };
    // "Texas", "Bavaria", and in a shouted dateline "TEXAS": a state or province
    // (the whole name only: "Victoria Nuland" is no state)
    if (e === b && (lex.subdivisions.has(phrase) || lex.subdivisions.has(titleCase(phrase)))) return { end: e, type: 'Place', subtypes: ['AdministrativeArea'] };
    if (e - p < 2) continue;
    // "X Shipping FZE and Y Maritime Ltd": two organisations, not one
    const and = texts.slice(p, e).indexOf('and');
    if (and > 0 && lex.orgSuffixes.has(texts[p + and - 1])) continue;
    // "Kano and Port Harcourt": a known place before "and" is a name of its own
    if (and > 0 && ctx.gaz.longestMatchAt(texts, p)?.length === and) continue;
    // "NATO and European Union", "M23 and Congo River Alliance": an acronym, bloc or known body before "and" too
    if (and > 0 && wholeName(ctx, texts.slice(p, p + and).join(' '))) continue;
    // "Ridgeline Aerosystems and Covington Defense Technologies": two names of two words or more
    // ("Procter and Gamble", "Center for Strategic and International Studies" stay whole)
    if (and >= 2 && e - (p + and + 1) >= 2 && !texts.slice(p, p + and).some((w) => w === 'of' || w === 'for')) continue;
    // "Cavusoglu and State Department officials", "… Cao Quoc Hung and Deputy Secretary …": a person
    // named before "and", or a title after it, is no part of one name
    if (and > 0 && (ctx.knownPeople.has(texts[p + and - 1]) || ctx.lex.titles.some((t) => t.every((w, i) => texts[p + and + 1 + i] === w)))) continue;
    // ("Ana Ruiz and Senate Minority Leader Luis Vera": a body's word after "and" opening a title is the title's)
    // (a word of the title's own may come first: "Senate Minority Leader")
    if (and > 0 && e === p + and + 2 && [e, e + 1].some((q) => titleAt(ctx, q, b) > 0)) continue;
    // "Statue of Liberty": a suffix word followed by "of" is inside a longer name
    if (e < b && ctx.lex.nameConnectors.has(texts[e])) continue;
    const last = texts[e - 1];
    const org = lex.orgSuffixes.get(last);
    if (org) return { end: e, type: 'Organization', subtypes: orgSubtype(org) };
    const place = lex.placeSuffixes.get(last);
    if (place) return { end: e, type: 'Place', subtypes: place === 'Place' ? [] : [place] };
    // a head names one thing, up to "and": "Alianza por el Cambio and Srpska Lista" is two
    const headEnd = and > 1 ? p + and : e;
    const head2 = `${texts[p]} ${texts[p + 1]}`;
    const orgHead = lex.orgHeads.get(head2) ?? lex.orgHeads.get(texts[p]);
    if (orgHead) return { end: headEnd, type: 'Organization', subtypes: orgSubtype(orgHead) };
    const placeHead = lex.placeHeads.get(head2) ?? lex.placeHeads.get(texts[p]);
    if (placeHead) return { end: headEnd, type: 'Place', subtypes: placeHead === 'Place' ? [] : [placeHead] };
  }
  return undefined;
}

/**
 * Splits a capitalised run into gazetteer places, organisations, places and the
 * leftover name candidates (people or unknown), recording titles in front of names.
 */
export function classifyRun(ctx: RunContext, a: number, b: number): { mentions: Mention[]; names: NameCandidate[] } {
  const mentions: Mention[] = [];
  const names: NameCandidate[] = [];
  let title: string | undefined;
  let nameStart = -1;
  const flushName = (end: number) => {
    if (nameStart >= 0 && end > nameStart) names.push({ start: nameStart, end, title });
    if (nameStart >= 0) title = undefined;
    nameStart = -1;
  };
  let p = a;
  // Sentence-initial ordinary words ("The", "Publicly") are not part of the name that follows;
  // nouns stay when more name follows ("Amnesty International").
  const strippable = (k: number) => isSentenceInitialWord(ctx, k) && (k + 1 === b || FUNCTION_TAG.test(lexiconTag(ctx.texts[k]) ?? 'Adverb'));
  // "Hong Kong-registered Jadeport Maritime Ltd": the name starts after the modifier; what stands
  // before the modifier's own words ("Dubai-based Sahel Crest Shipping FZE and") is read on its own
  for (let k = b - 1; k >= p; k--) {
    if (!MODIFIER.test(ctx.texts[k])) continue;
    // ("the US-led alliance", "Saudi-backed forces": the country the modifier names is mentioned all the same)
    const named = modifierPlace(ctx, k);
    if (named) mentions.push(named);
    let e = k;
    while (e > p && /^\p{Lu}/u.test(ctx.texts[e - 1]) && !NAME_BREAKERS.has(ctx.texts[e - 1])) e--;
    while (e > p && NAME_BREAKERS.has(ctx.texts[e - 1])) e--;
    if (e > p) {
      const before = classifyRun(ctx, p, e);
      mentions.push(...before.mentions);
      names.push(...before.names);
    }
    p = k + 1;
    break;
  }
  // ... unless they open an organisation or a title ("State Department", "Foreign Minister")
  const opensName = (k: number) => ctx.gaz.longestMatchAt(ctx.texts, k) !== undefined || namedBody(ctx, k, b) !== undefined || titleAt(ctx, k, b) > 0;
  // ("For the Alliance of Small Island States": a preposition never opens a name)
  const functionWord = (k: number) => /Preposition|Determiner|Conjunction|Pronoun/.test(lexiconTag(ctx.texts[k]) ?? '');
  while (p < b && (LEADING_WORDS.has(ctx.texts[p]) || (p > a && ctx.texts[p] === 'the') || MODIFIER.test(ctx.texts[p]) || demonymCompound(ctx, p) || (strippable(p) && (!opensName(p) || functionWord(p))))) p++;
  // ("Minister of the Interior Ana Ruiz": a ministry's words after a title's "of the" are its portfolio, not the name)
  const portfolioStop = p === a && a >= 3 && ctx.texts[a - 1] === 'the' && ctx.texts[a - 2] === 'of' && titleAt(ctx, a - 3, a - 2) > 0 ? ministryWordsEnd(ctx, a, b) : undefined;
  if (portfolioStop !== undefined) {
    title = `${ctx.texts[a - 3]} of the ${ctx.texts.slice(a, portfolioStop).join(' ')}`;
    p = portfolioStop;
  }
  // "Interior Cabinet Secretary Joseph Langat", "Iranian Foreign Minister X": a title inside the run
  // splits it; what stands before the title is either an affiliation (a country, an organisation) or part of the title.
  const titled = titleInside(ctx, p, b);
  // ("police chief Ramon Ortiz and Interior Minister Luisa Mejia": a name before "and" is a run of its own, not the title's words)
  const joined = titled ? ctx.texts.slice(p, titled.at).lastIndexOf('and') : -1;
  // (but "Commerce and Industry Minister X": portfolio words before "and" are the title's own)
  const portfolio = joined > 0 && ctx.texts.slice(p, p + joined).every((w) => ctx.lex.genericOrganisationWords.words.has(w.toLowerCase()));
  if (titled && joined > 0 && !portfolio) {
    const before = classifyRun(ctx, p, p + joined);
    mentions.push(...before.mentions);
    names.push(...before.names);
    p += joined + 1;
  }
  if (titled) {
    // Countries, demonyms and government bodies before the title say whom the office serves
    // ("Iranian Foreign Minister", "U.S. Treasury Secretary"); the other words are the
    // portfolio ("Water Resources Minister"). The title keeps every word but the country.
    const lead = ctx.gaz.longestMatchAt(ctx.texts, p);
    const leadEnd = lead && lead.entries[0].type === 'Country' && p + lead.length < titled.at ? p + lead.length : p;
    const prefix = classifyRun(ctx, p, leadEnd);
    const rest = classifyRun(ctx, leadEnd, titled.at);
    // ("UN Secretary-General X", "WHO Director-General X": an acronym before the title is the body the office is of)
    const acronyms = rest.names.filter((n) => n.end - n.start === 1 && isAcronym(ctx.texts[n.start]) && !ctx.lex.notNames.has(ctx.texts[n.start])).map((n) => mention(ctx, n.start, n.end, 'Organization', { kind: 'acronym' }));
    const serving = [...prefix.mentions, ...rest.mentions, ...acronyms].filter((m) => m.type === 'Country' || (m.type === 'Organization' && (m.subtypes?.includes('GovernmentOrganization') || m.kind === 'acronym')));
    mentions.push(...serving);
    const words: string[] = [];
    for (let k = p; k < titled.at + titled.length; k++) {
      const t = ctx.doc.tokens[k];
      if (!serving.some((m) => m.type === 'Country' && t.start >= m.start && t.end <= m.end)) words.push(ctx.texts[k]);
    }
    title = words.join(' ');
    p = titled.at + titled.length;
    // ("Chilean Foreign Minister Dismisses Travel Ban", "… Ambassador To Condemn …": in a headline's capitals, a verb
    // after the title is the headline's own; the title names no one here)
    if (ctx.heading && p < b && headlineVerb(ctx, ctx.texts[p])) {
      title = undefined;
      p += ctx.texts[p] === 'To' && p + 1 < b ? 2 : 1;
    }
    const portfolio = portfolioEnd(ctx, p, b);
    // ("President of Peru Ana Vidal": a country the office is "of" is mentioned, and is whom the office serves)
    const of = portfolio > p && ctx.texts[p] === 'of' ? p + (ctx.texts[p + 1] === 'the' ? 2 : 1) : -1;
    const country = of > 0 ? ctx.gaz.longestMatchAt(ctx.texts, of) : undefined;
    if (country && of + country.length === portfolio && country.entries[0].type === 'Country') mentions.push(...classifyRun(ctx, of, portfolio).mentions.filter((m) => m.type === 'Country'));
    if (portfolio > p) {
      title = `${title} ${ctx.texts.slice(p, portfolio).join(' ')}`;
      p = portfolio;
    }
  }
  while (p < b) {
    // "the Finance Bill 2026", "the 1993 Constitution": names of things that are not entities
    const misc = nameStart < 0 ? miscEnd(ctx, p, b) : 0;
    if (misc) {
      // ("the G20 Summit", "the ASEAN Summit": an institution the tables know, named before the event's word, is mentioned)
      const host = ctx.lex.institutions.get(ctx.texts.slice(p, misc - 1).join(' '));
      if (host && misc - 1 > p) mentions.push(mention(ctx, p, misc - 1, 'Organization', { subtypes: orgSubtype(host) }));
      p = misc;
      continue;
    }
    // "South American", "East Asian": a region's adjective names no country and no organisation
    // (not inside an institution's name the tables know: "East African Community")
    if (nameStart < 0 && p + 1 < b && isRegionAdjective(ctx.texts, p) && (ctx.gaz.longestMatchAt(ctx.texts, p)?.length ?? 0) < 2 && !ctx.lex.institutions.has(ctx.texts.slice(p, b).join(' '))) {
      p += 2;
      continue;
    }
    // a joiner cannot open a name: "Doha & Cairo" is two cities
    if (nameStart < 0 && NAME_BREAKERS.has(ctx.texts[p])) {
      p++;
      continue;
    }
    // "block Route 23": a place named by a word and the number after it
    if (p === b - 1 && nameStart < 0 && ctx.lex.numberedHeads.has(ctx.texts[p]) && /^\d+$/.test(ctx.texts[b] ?? '')) {
      mentions.push(mention(ctx, p, b + 1, 'Place'));
      p = b;
      continue;
    }
    // ("trigger Article 155", "under Chapter 7": a word numbered as a part of a text names no one)
    if (p === b - 1 && nameStart < 0 && ctx.lex.numberedParts.has(ctx.texts[p]) && /^\d+[A-Za-z]?$/.test(ctx.texts[b] ?? '')) {
      p = b;
      continue;
    }
    // "Sahel Crest" after "Sahel Crest Shipping FZE": a short form of an organisation already named
    const known = nameStart < 0 ? knownOrganizationAt(ctx, p, b) : 0;
    if (known) {
      mentions.push(mention(ctx, p, p + known, 'Organization'));
      p += known;
      continue;
    }
    let body = namedBody(ctx, p, b);
    // A known place at least as long as the body wins ("Cape Town"); a shorter one inside a body
    // belongs to it ("Bank of England", "U.S. State Department").
    const gazHere = body ? ctx.gaz.longestMatchAt(ctx.texts, p) : undefined;
    // (not a region the lexicon lists by that very name: "Gaza" is the strip, not the city)
    if (body && gazHere && gazHere.length >= body.end - p && !gazHere.entries[0].isDemonym && !ctx.lex.regions.has(ctx.texts.slice(p, body.end).join(' '))) body = undefined;
    // "the Russian Foreign Ministry": a people's adjective before a ministry's generic words says whose it is
    if (body && gazHere?.entries[0].isDemonym && gazHere.length < body.end - p && ctx.texts.slice(p + gazHere.length, body.end).every((w) => ctx.lex.genericOrganisationWords.words.has(w.toLowerCase()))) body = undefined;
    // "assets in China of Ridgeline Aerosystems": a country is never the head of an "of" name
    if (body && gazHere?.entries[0].type === 'Country' && ctx.texts[p + gazHere.length] === 'of') body = undefined;
    if (body && nameStart < 0) {
      mentions.push(mention(ctx, p, body.end, body.type, { subtypes: body.subtypes, kind: body.end - p === 1 && isAcronym(ctx.texts[p]) && body.type === 'Organization' ? 'acronym' : 'name' }));
      p = body.end;
      continue;
    }
    if (nameStart >= 0 && NAME_BREAKERS.has(ctx.texts[p])) {
      flushName(p);
      p++;
      continue;
    }
    const gaz = ctx.gaz.longestMatchAt(ctx.texts, p);
    const entry0 = gaz?.entries[0];
    // "Ramón Urdaneta", "Villa El Salvador", "Celso Andrade Lima": a place name right after
    // other name words is part of that name; so is a known person's surname.
    // "Manchester United", "Paris Hilton": a city's name opening a longer name the tagger reads as an organisation or a person
    const opensName = entry0?.type === 'City' && nameStart < 0 && !!gaz && p + gaz.length < b && /^\p{Lu}/u.test(ctx.texts[p + gaz.length]) && taggerNameOver(ctx, p, p + gaz.length + 1);
    // "Israel Katz", "Jordan Bardella": a well-known person whose first name is a place (office-holders.tsv)
    const holderName = !!gaz && nameStart < 0 && [2, 3].some((n) => p + n <= b && officeHolder(ctx.lex.officeHolders, [ctx.texts.slice(p, p + n).join(' ')]) !== undefined);
    // "Secretary Austin", "Senator Warren": one city's name right after a title is a person's
    const titledName = !!gaz && entry0?.type === 'City' && nameStart < 0 && title !== undefined && gaz.length === 1 && p > a && titleAt(ctx, p - 1, p) === 1;
    // (in a heading too after an initial: "Lloyd J. Austin")
    const afterInitial = nameStart >= 0 && isInitial(ctx.texts[p - 1]);
    // "Salvador Mansell Castrillo, minister of energy", "Jose Adrian Chavarria Montenegro, vice minister":
    // a place's name inside a run of three or more name words that a role describes is part of a person's name
    // (only name words in the run, and a role right after the comma: not "France and Canada, were among … member states")
    const described = !!gaz && b - a >= 3 && gaz.length === 1 && (p === a || (p + 1 === b && nameStart >= 0 && p - nameStart >= 2)) && !ctx.heading && ctx.texts.slice(a, b).every((w) => /^\p{Lu}/u.test(w)) && !isFiniteVerb(ctx.texts[b + 1] ?? '') && appositionAfter(ctx.doc.tokens, ctx.texts, b, ctx.texts.length, ctx.lex)?.role.jobTitle !== undefined;
    const absorbed = holderName || titledName || described || (entry0 && entry0.type === 'City' && (afterInitial || (!ctx.heading && (nameStart >= 0 || opensName || (gaz.length === 1 && ctx.knownPeople.has(ctx.texts[p]))))));
    // "Cuban American leaders", "Arab Americans": a people's adjective before "American" says whence an
    // American's family came, not a country the sentence speaks of
    if (gaz && !absorbed && entry0?.isDemonym && /^Americans?$/.test(ctx.texts[p + gaz.length] ?? '')) {
      flushName(p);
      p += gaz.length;
      continue;
    }
    if (gaz && !absorbed) {
      flushName(p);
      // "Hong Kong" is a territory and a city; news means the city
      const entry = gaz.entries[0].type === 'Place' ? (gaz.entries.find((x) => x.type === 'City') ?? gaz.entries[0]) : gaz.entries[0];
      // "the Puno region": a lowercase place word after the name makes it a region, whatever the gazetteer says
      // ("the province of Kherson", "the Donetsk and Luhansk regions", "four regions – Donetsk, Luhansk and Kherson": one of
      // the names a region noun is said of)
      // (not a territory the gazetteer knows as such: "Hong Kong" in a list of "special administrative regions" is the city)
      const regionWord = REGION_WORDS.has(ctx.texts[p + gaz.length] ?? '') || (!gaz.entries.some((x) => x.type === 'Place') && listedRegion(ctx, p, p + gaz.length));
      mentions.push(
        mention(ctx, p, p + gaz.length, entry.type, {
          kind: entry.isDemonym ? 'demonym' : 'name',
          ...(regionWord && entry.type === 'City' ? { type: 'Place' as const, subtypes: ['AdministrativeArea'] } : { gazetteerKey: entry.key, subtypes: entry.type === 'Place' ? ['AdministrativeArea'] : [] }),
        }),
      );
      p += gaz.length;
      continue;
    }
    const titleLength = nameStart < 0 ? titleAt(ctx, p, b) : 0;
    // "the Secretary of State said": a title that ends the run names no one
    if (titleLength && p + titleLength === b) break;
    if (titleLength && p + titleLength < b) {
      const words = ctx.texts.slice(p, p + titleLength);
      const honorific = ctx.lex.honorifics.has(words.join(' '));
      title = honorific ? title : [title, words.join(' ')].filter(Boolean).join(' ');
      p += titleLength;
      const portfolio = honorific ? p : portfolioEnd(ctx, p, b);
      if (portfolio > p) {
        title = `${title} ${ctx.texts.slice(p, portfolio).join(' ')}`;
        p = portfolio;
      }
      continue;
    }
    const w = ctx.texts[p];
    // ("Prime Minister Theresa May": a month the tagger reads as the end of a person's name is the surname)
    const surname = nameStart >= 0 && ctx.lex.calendar.has(w) && ctx.nerAt(ctx.doc.sentences[ctx.doc.tokens[p].sentence], nameStart, p + 1)?.type === 'PER';
    if (!surname && (ctx.lex.calendar.has(w) || ctx.lex.notNames.has(w))) {
      flushName(p);
      p++;
      continue;
    }
    if (nameStart < 0) nameStart = p;
    p += absorbed ? gaz.length : 1;
  }
  flushName(b);
  return { mentions, names };
}

/**
 * "Minister of Foreign Affairs Ahmed Attaf", "Under Secretary of Commerce for Industry and Security
 * Marcus Holloway": the portfolio after a title runs up to the name at the end of the run, which the
 * tagger marks, else its last two words. Returns where the name starts, or p when there is no portfolio.
 */
function portfolioEnd(ctx: RunContext, p: number, b: number): number {
  if (ctx.texts[p] !== 'of' && ctx.texts[p] !== 'for') return p;
  const s = ctx.doc.sentences[ctx.doc.tokens[p].sentence];
  const person = ctx.nerAt(s, b - 1, b);
  const byTagger = person?.type === 'PER' && person.end === b && person.start > p + 1 ? person.start : -1;
  // ("Secretary of Defense Lloyd J. Austin III" with the tagger's name taking in "Defense")
  const portfolioInName = person?.type === 'PER' && person.end === b && person.start === p + 1;
  const start = byTagger > 0 ? byTagger : ((portfolioInName ? ministryWordsEnd(ctx, p + 1, b) : undefined) ?? b - 2);
  if (start <= p + 1 || NAME_BREAKERS.has(ctx.texts[start]) || NAME_BREAKERS.has(ctx.texts[start - 1] === 'of' ? '' : ctx.texts[start])) return p;
  return start;
}

/**
 * "Secretary of Defense Lloyd J. Austin III": where the tagger reads the portfolio into the name, the
 * portfolio is the words a ministry's name is made of (generic-organisation-words.txt) and the name
 * starts after them. Undefined when no such word opens it or nothing is left for a name.
 */
function ministryWordsEnd(ctx: RunContext, from: number, b: number): number | undefined {
  const words = ctx.lex.genericOrganisationWords.words;
  let k = from;
  while (k < b && (words.has(ctx.texts[k].toLowerCase()) || (k > from && PORTFOLIO_JOINERS.has(ctx.texts[k])))) k++;
  while (k > from && PORTFOLIO_JOINERS.has(ctx.texts[k - 1])) k--;
  return k > from && k < b ? k : undefined;
}

const PORTFOLIO_JOINERS = new Set(['and', 'for', '&']);

function knownOrganizationAt(ctx: RunContext, p: number, b: number): number {
  for (let len = Math.min(b - p, 4); len >= 2; len--) if (ctx.knownOrganizations.has(ctx.texts.slice(p, p + len).join(' '))) return len;
  return 0;
}

/** Whether a leftover single capitalised word at a sentence start is an ordinary word. */
export function isSentenceInitialWord(ctx: RunContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  const s = ctx.doc.sentences[t.sentence];
  let first = s.tokenStart;
  // Opening quotes and dashes do not count: “Nuclear enrichment ...
  while (first < s.tokenEnd && /^[“"‘'(—–-]$/.test(ctx.texts[first])) first++;
  // (or after a dateline's dash: "Cairo, Egypt - Powerful Arab nations …")
  const afterColon = i > 0 && /^[:“"‘—–-]$/.test(ctx.texts[i - 1]);
  if (!(i === first || afterColon) || !isCommonWord(ctx.texts[i], ctx.lowercaseInText)) return false;
  // ("Tomas Berg met reporters. Berg said …": a person the article named is no ordinary word, unless the
  // word is also a month or a function word: "May")
  return !ctx.knownPeople.has(ctx.texts[i]) || ctx.lex.calendar.has(ctx.texts[i]) || FUNCTION_TAG.test(lexiconTag(ctx.texts[i]) ?? '');
}

/** A verb as a headline writes it: "Tells", "Dismisses", "Rejects", "Declared", "To". */
// (an -s form whose stem is an ordinary word too, unless the text names someone so: "Minister Banks" said later)
function headlineVerb(ctx: RunContext, word: string): boolean {
  if (word === 'To' || isFiniteVerb(word)) return true;
  const stem = word.replace(/(?:sses|shes|ches|xes)$/, (x) => x.slice(0, -2)).replace(/s$/, '');
  return stem !== word && stem.length > 2 && isCommonWord(word, ctx.lowercaseInText) && isCommonWord(stem, ctx.lowercaseInText) && !ctx.knownPeople.has(word);
}

/** "NEW YORK" → "New York". */
const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Whether the tagger marks a short person's or organisation's name from a over [a, b): at most one word more, no "of". */
function taggerNameOver(ctx: RunContext, a: number, b: number): boolean {
  const span = ctx.nerAt(ctx.doc.sentences[ctx.doc.tokens[a].sentence], a, b);
  return !!span && span.start === a && span.end <= b + 1 && !ctx.texts.slice(a, span.end).some((w) => NAME_BREAKERS.has(w)) && (span.type === 'PER' || span.type === 'ORG');
}

const demonymCompound = (ctx: RunContext, k: number): boolean => isDemonymCompound(ctx, ctx.texts[k]);

/** "Lebanese-Israeli", "Middle-Eastern": an adjective made of demonyms or compass words joined by hyphens, no name. */
export function isDemonymCompound(ctx: Pick<RunContext, 'gaz'>, word: string): boolean {
  const parts = word.split('-');
  return parts.length > 1 && parts.every((w) => /^(?:Eastern|Western|Northern|Southern|Middle|Central)$/.test(w) || ctx.gaz.lookup(w).some((x) => x.isDemonym));
}

/**
 * "US-led", "Saudi-backed": a mention of the country or city the modifier's first part names, if the
 * gazetteer knows it. It is adjectival, as a demonym is ("American-led"), and kept as one.
 */
function modifierPlace(ctx: RunContext, k: number): Mention | undefined {
  // ("French-speaking": a language, no country)
  if (/-(?:speaking|language)$/.test(ctx.texts[k])) return undefined;
  const word = ctx.texts[k].replace(MODIFIER, '');
  const entry = ctx.gaz.lookup(word).find((x) => x.type === 'Country' || x.type === 'City');
  if (!entry) return undefined;
  const t = ctx.doc.tokens[k];
  return { start: t.start, end: t.start + word.length, text: word, sentence: t.sentence, kind: 'demonym', type: entry.type as EntityType, gazetteerKey: entry.key };
}
