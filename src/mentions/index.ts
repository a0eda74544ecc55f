// Stage 2: every span that refers to an entity — names, demonyms, acronyms, pronouns, role descriptions.
import { loadGazetteer } from '../gazetteer/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { lexicon, officeHolder, type Lexicon } from '../lexicon/index.js';
import { givenNameGenders } from '../lexicon/given-names.js';
import { loadTagger, type NerSpan } from '../ner/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Document, Mention, Sentence } from '../types.js';
import { classifyRun, isDemonymCompound, REGION_WORDS, titleEndingAt, type RunContext } from './classify.js';
import { nameMention, rememberOrganization } from './name-mention.js';
import { findCountryEpithets, findOrganisationDescriptions, findPronouns, findRoleDescriptions } from './descriptions.js';
import { capitalisedRuns, closesOpeningClause, isAcronym, isShouting } from './names.js';
import { nicknamedNames, nicknamedPeople } from './nicknames.js';
import { listedBodies, listedPortfolios, titleOffices, withoutPortfolioPeople } from './offices.js';
import { asOrganization, reconcileWithTagger, taggerNames } from './tagged.js';
import { tokenAtOrAfter } from '../text/lookup.js';
import { isCommonWord, isFiniteVerb, lexiconTag } from './common-words.js';
import { isDatelineSentence } from '../text/index.js';

export { isAcronym } from './names.js';

const QUOTE_OPEN = new Set(['“', '"']);
const COMPASS_PLACE = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower) \p{Lu}[\p{L}-]+$/u;
const CONTRACTED_PRONOUN = /^(?:I|We|You|They|He|She|It)['’](?:ve|ll|re|d|m|s)$/;

export function findMentions(doc: Document, settings: Settings = DEFAULT_SETTINGS): Mention[] {
  const lex = lexicon();
  const gaz = loadGazetteer({ minCityPopulation: settings.minCityPopulation });
  const texts = doc.tokens.map((t) => t.text);
  const lowercaseInText = new Set(texts.filter((w) => /^\p{Ll}/u.test(w)));
  const knownPeople = honorificNames(texts, lex);
  for (const [given, family] of nicknamedNames(texts, lowercaseInText)) knownPeople.add(given).add(family);
  const tagger = loadTagger();
  const nerCache = new Map<number, NerSpan[]>();
  // The trained tagger is consulted only for names the rules cannot place, one sentence at a time.
  const nerSpans = (s: Sentence): NerSpan[] => {
    let spans = nerCache.get(s.index);
    if (!spans) {
      spans = tagger.spans(texts.slice(s.tokenStart, s.tokenEnd)).map((x) => ({ ...x, start: x.start + s.tokenStart, end: x.end + s.tokenStart }));
      nerCache.set(s.index, spans);
    }
    return spans;
  };
  const nerAt = (s: Sentence, a: number, b: number): NerSpan | undefined => nerSpans(s).find((x) => x.start <= a && x.end >= b);
  const ctx: RunContext = { doc, lex, gaz, texts, lowercaseInText, knownPeople, heading: false, knownOrganizations: new Set(), tableOrganizations: new Set(), nerAt };
  const speech = texts.map((w) => /^\p{Ll}/u.test(w) && lex.speechVerbs.has(w));
  // ("the National Defense Authorization Act (NDAA)": a law's title and the short name it gives itself are no organisation)
  // the capitalised plurals that follow a capitalised word somewhere in the text ("Jeff Sessions"): read once, for emphasisedPlural
  const afterCapitalised = new Set([...doc.article.text.matchAll(/\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+s)\b/gu)].map((m) => m[1]!));
  const lawNames = new Set([...doc.article.text.matchAll(LAW_TITLE)].flatMap((m) => [m[1]!.trim(), m[2] ?? ''].filter(Boolean)));
  const out: Mention[] = [];
  // Tables first, then the body, then headings: a heading may only name people the body introduces,
  // and a name a table gives to a team is the team in the body too.
  const ordered = [...doc.sentences.filter((s) => s.tabular), ...doc.sentences.filter((s) => !s.heading && !s.tabular), ...doc.sentences.filter((s) => s.heading && !s.tabular)];
  for (const s of ordered) {
    ctx.heading = s.heading;
    if (s.tabular) {
      out.push(...taggerNames(ctx, s, nerSpans(s)));
      continue;
    }
    let names: Mention[] = [];
    for (const [a, b] of capitalisedRuns(doc.tokens, s.tokenStart, s.tokenEnd, lex)) {
      const run = classifyRun(ctx, a, b);
      names.push(...run.mentions);
      for (const cand of run.names) {
        const m = nameMention(ctx, s, cand, speech, names);
        if (m) names.push(m);
      }
    }
    // ALL-CAPS headlines and tables: capitalisation says nothing there, the tagger decides alone
    // (a dateline, "THE HAGUE, Netherlands (AP) —", is places by construction: the gazetteer decides)
    const dateline = isDatelineSentence(doc, s);
    // (and the place opening a dateline before its state or country is a city the gazetteer may not know: "PALM
    // GROVE, Fla. (AP) —"; not "WHITE HOUSE (AP) —")
    const filedFrom = (n: Mention) => {
      const after = tokenAtOrAfter(doc, n.end);
      return dateline && n.type === 'City' && n.start === doc.tokens[s.tokenStart].start && texts[after] === ',' && /^\p{Lu}/u.test(texts[after + 1] ?? '') && !lex.calendar.has(texts[after + 1].replace(/\.$/, ''));
    };
    if (isShouting(texts, s)) names = names.filter((n) => filedFrom(n) || (n.gazetteerKey && n.kind !== 'demonym' && (dateline || nerSpans(s).some((t) => doc.tokens[t.start].start === n.start && doc.tokens[t.end - 1].end === n.end))));
    names = reconcileWithTagger(ctx, s, names, nerSpans(s)).map((n) => (isTableTeam(ctx, n) ? asOrganization(n) : withoutTitle(ctx, withoutHonorific(ctx, n)))).flatMap((n) => withoutPluralTitle(ctx, n));
    // ("the Lebanese-Israeli border", "a Middle-Eastern arms race": demonyms joined by a hyphen make an adjective, no name)
    names = names.filter((n) => !(n.kind === 'name' && !n.gazetteerKey && isDemonymCompound(ctx, n.text)));
    // "We will NEVER accept it": an ordinary word in capitals is emphasis, not an acronym
    if (!isShouting(texts, s)) names = names.filter((n) => !isShoutedWord(ctx, n));
    // "Prime Minister (Benjamin) Netanyahu", "President [Joe] Biden": an editor's bracketed first name is part of the name after it
    names = names.filter((n) => !bracketedFirstName(ctx, n) && !adjectiveBeforeNoun(ctx, n));
    // "Trump Threatens To Take Back Canal": in a title-case heading, words with a verb among them are a clause, not a name
    if (s.heading) names = names.filter((n) => n.kind !== 'name' || !!n.gazetteerKey || !n.text.split(/\s+/).slice(1).some(isFiniteVerb));
    names = nicknamedPeople(ctx, listedBodies(ctx, s, listedPortfolios(ctx, s, withoutPortfolioPeople(ctx, titleOffices(ctx, names)))));
    names.push(...parentheticalAcronymNames(ctx, s, names));
    names = names.flatMap((n) => nameOfEntity(ctx, n));
    names = administrations(ctx, s, names);
    // ("Pacific Island nations", "Gulf states", "Baltic state": a region's name before a noun for countries describes them)
    names = names.filter((n) => !(n.type === 'Place' && n.kind === 'name' && REGION_AS_MODIFIER.test(doc.article.text.slice(n.end, n.end + 20))));
    // ("World War II", "Elizabeth II": a Roman numeral after a word is that word's, never an organisation's acronym)
    names = names.filter((n) => !(n.type === 'Organization' && !n.gazetteerKey && /^[IVX]{2,4}$/.test(n.text) && /\p{L} $/u.test(doc.article.text.slice(n.start - 2, n.start))));
    // ("the Convention on the Rights of the Child", "the Treaty of Lima": a document's title, no organisation in it
    // but an institution the tables know or a place)
    names = names.filter((n) => !(n.type === 'Organization' && !n.gazetteerKey && lawNames.has(n.text)));
    names = names.filter((n) => !(n.type === 'Organization' && n.kind === 'name' && !n.gazetteerKey && !lex.institutions.has(n.text) && (DOCUMENT_TITLE_BEFORE.test(doc.article.text.slice(Math.max(0, n.start - 30), n.start)) || DOCUMENT_TITLE.test(n.text) || (lex.miscSuffixes.has(n.text) && /^ (?:of|on) /.test(doc.article.text.slice(n.end, n.end + 4))))));
    // ("Washington, D.C.": a piece of a longer place's name is no mention of its own)
    names = names.filter((n) => !(n.type === 'Place' && n.kind === 'name' && names.some((m) => m !== n && m.start < n.start && m.end >= n.end && m.kind === 'name')));
    // ("relations with the West": the West is a camp of states, no place)
    names = names.filter((n) => !(n.type === 'Place' && n.kind === 'name' && !n.gazetteerKey && /^(?:West|East)$/.test(n.text) && /\bthe $/i.test(doc.article.text.slice(Math.max(0, n.start - 4), n.start)) && !/^ \p{Lu}/u.test(doc.article.text.slice(n.end, n.end + 2))));
    // ("5 billion USD": a currency's code names no organisation)
    names = names.filter((n) => !currencyCodes(lex).has(n.text));
    // ("Blue Falcon – The government has summoned …": a name set before a dash that opens the sentence is a kicker,
    // a tag the story is filed under, not someone in it; a place there is a dateline, which the gazetteer reads)
    names = names.filter((n) => !(n.kind === 'name' && !n.gazetteerKey && opensSentence(doc, s, n) && /^ ?[–—-] (?:The|A|An)\b/.test(doc.article.text.slice(n.end, n.end + 8))));
    // ("Gazprom GAZP.MM, the gas exporter, said": a stock code after a company's name is no part of any name)
    names = names.flatMap((n) => withoutStockCode(doc.article.text, n));
    // "Security", "Troubled relations …": one capitalised everyday word names no organisation when the article
    // also writes it in lower case, or when it opens the sentence and is no institution's word ("the Senate");
    // inside a sentence its capital is meant ("the Fed", "Labour")
    // ("Unit 840", "the Yad Vashem Holocaust Memorial", "International Security": nor an everyday word cut off a
    // longer name, with a capitalised word or a number right beside it)
    // ("the Embassy", "in the South": the same for a place no table knows)
    const oneWordOrganisation = (n: Mention) => (n.type === 'Organization' || n.type === 'Place') && n.kind === 'name' && !n.gazetteerKey && /^\p{Lu}\p{Ll}+$/u.test(n.text) && !lex.institutions.has(n.text);
    const everyday = (n: Mention) => !lex.orgSuffixes.has(n.text) && isCommonWord(n.text, ctx.lowercaseInText);
    const besideName = (n: Mention) => /\p{Lu}[\p{L}.’'-]* $/u.test(doc.article.text.slice(Math.max(0, n.start - 30), n.start)) || /^ (?:\p{Lu}|\d)/u.test(doc.article.text.slice(n.end, n.end + 2));
    names = names.filter((n) => !(oneWordOrganisation(n) && (ctx.lowercaseInText.has(n.text.toLowerCase()) || (everyday(n) && (opensSentence(doc, s, n) || besideName(n))))));
    // ("they will face 100% Tariffs", "these Countries": a plural everyday noun the article also writes in lower case, capitalised
    // for emphasis, is no person or place; a surname is one because a given name comes before it somewhere: "Jeff Sessions")
    const emphasisedPlural = (n: Mention) => (n.type === 'Person' || n.type === 'Place') && n.kind === 'name' && !n.gazetteerKey && /^\p{Lu}\p{Ll}+s$/u.test(n.text) && ctx.lowercaseInText.has(n.text.toLowerCase()) && !afterCapitalised.has(n.text);
    names = names.filter((n) => !emphasisedPlural(n));
    // ("Soybean Farmers", "Nuclear Weapons": everyday words ending in a plural noun, no given name first, name no one)
    const pluralPhrase = (n: Mention) => {
      const words = n.text.split(/\s+/);
      const last = words[words.length - 1].toLowerCase();
      const plural = /s$/.test(last) && ((lexiconTag(last) ?? '').includes('Plural') || /Noun|Singular/.test(lexiconTag(last.replace(/s$/, '')) ?? ''));
      return n.type === 'Person' && n.kind === 'name' && !n.gazetteerKey && words.length >= 2 && plural && !givenNameGenders().has(words[0].toLowerCase()) && words.every((w) => isCommonWord(w, ctx.lowercaseInText));
    };
    names = names.filter((n) => !pluralPhrase(n));
    // ("Central Jakarta", "Northern Luzon": a compass word before a place the gazetteer knows is part of that place)
    names = names.map((n) => (n.type === 'Organization' && n.kind === 'name' && !n.gazetteerKey && COMPASS_PLACE.test(n.text) && gaz.lookup(n.text.split(/\s+/)[1]).length > 0 ? { ...n, type: 'Place' as const } : n));
    // ("I’ve", "We've" opening a sentence; "MPs", "MEPs": a pronoun with its verb, a plural of an acronym, no person)
    names = names.filter((n) => !(n.type === 'Person' && n.kind === 'name' && (CONTRACTED_PRONOUN.test(n.text) || /^\p{Lu}{2,}s$/u.test(n.text))));
    names = names.flatMap((n) => bodyAndPerson(ctx, n));
    const inOrder = [...names].sort((a, b) => a.start - b.start);
    names = names.map((n) => (listedWithOrganizations(doc, inOrder, n) ? { ...n, type: 'Organization' as const } : n));
    // ("Trump" after "the Trump administration" is the man, not the government he heads)
    for (const n of names) if (n.type === 'Organization' && n.kind !== 'description' && !n.text.endsWith(' administration')) rememberOrganization(ctx, n.text);
    const personEnds = new Set(names.filter((n) => n.type === 'Person').map((n) => n.end));
    const personStarts = names.filter((n) => n.type === 'Person').map((n) => n.start);
    // A description speaks only if no named person stands between it and the speech verb,
    // and it is not an apposition of a name ("Katrin Vogler, Germany's economy minister, said").
    const descriptions = findRoleDescriptions(doc, texts, lex, s, (h) => {
      const v = speechVerbAfter(texts, speech, s, h);
      if (v < 0 && !speaksAfter(texts, speech, s, h)) return false;
      const limit = v < 0 ? doc.tokens[s.tokenEnd - 1].end : doc.tokens[v].start;
      return !personStarts.some((st) => st > doc.tokens[h].end && st < limit);
    }).filter((d) => {
      const first = tokenAtOrAfter(doc, d.start);
      let k = first - 1;
      while (k >= s.tokenStart && lex.determiners.has(texts[k].toLowerCase())) k--;
      return !(texts[k] === ',' && k > s.tokenStart && personEnds.has(doc.tokens[k - 1].end));
    });
    const pronouns = findPronouns(doc, texts, lex, s);
    // "the Chilean ambassador in Lima, Faruk Demir": a name of two words or more set off by a comma after a role is a person,
    // whatever the tagger guessed from "Lima, …" (a gazetteer name is left as it is)
    const setOffAfter = (d: Mention, n: Mention) => {
      const between = textBetween(doc, d, n);
      return n.start > d.end && /,$/.test(between) && (between === ',' || POSTED_AT.test(between));
    };
    names = names.map((n) => (n.type !== 'Person' && n.kind === 'name' && !n.gazetteerKey && /\s/.test(n.text) && !lex.institutions.has(n.text) && descriptions.some((d) => setOffAfter(d, n)) ? { ...n, type: 'Person' as const } : n));
    names = names.map((n) => titledAcrossPost(ctx, names, n)).map((n) => titledAppositive(ctx, names, n));
    const people = names.filter((n) => n.type === 'Person');
    // "Venezuela's foreign minister, Ramón Urdaneta,": the description is the named person's role.
    const kept: Mention[] = [];
    for (const { definite, ...d } of descriptions) {
      // ("the Chilean ambassador to Peru, Pablo Monroy": past where the envoy is posted)
      // ("The ambassador - Viktor Orlov - was due": a name set off by dashes too)
      // (not past the comma that closes a sentence's opening clause: "Asked about the Chilean opposition leader, Ruiz said …")
      const closing = (n: Mention) => textBetween(doc, d, n) === ',' && closesOpeningClause(texts, doc.sentences[n.sentence], tokenAtOrAfter(doc, d.end));
      const named = people.find((n) => overlaps(n, d) || n.start === nextStart(doc, d) || (n.start > d.end && !closing(n) && (/^(?:,|[-–—])$/.test(textBetween(doc, d, n)) || POSTED_AT.test(textBetween(doc, d, n)) || OFFICE_OF_THEN_COMMA.test(textBetween(doc, d, n)))));
      if (named) {
        if (!overlaps(named, d) && d.role) named.role = { ...d.role, ...named.role, jobTitle: named.role?.jobTitle ?? d.role.jobTitle, affiliation: named.role?.affiliation ?? d.role.affiliation };
        // "Minister of Foreign Affairs and the National Community Abroad, X": the office's words name no organisation
        if (/ of /.test(d.role?.jobTitle ?? '')) names = names.filter((n) => !(n.type === 'Organization' && n.start >= d.start && n.end <= d.end && !lex.institutions.has(n.text)));
        continue;
      }
      if (definite || d.speaks) kept.push(d);
    }
    const orgDescriptions = findOrganisationDescriptions(doc, texts, lex, s, (h) => {
      const v = speechVerbAfter(texts, speech, s, h);
      return v >= 0 && v - h <= 3;
    });
    // (a region's country the names do not already cover: "the Gulf state" is no part of a name)
    const epithets = findCountryEpithets(doc, texts, lex, s).filter((d) => !names.some((n) => n.start < d.end && d.start < n.end));
    out.push(...names, ...kept, ...pronouns, ...orgDescriptions, ...epithets);
  }
  out.push(...peopleNamedLater(ctx, speech, out));
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/**
 * "Trump took aim …" before "Mr Trump's comments": a name the article writes after an honorific anywhere is a
 * person's from its first sentence on, whatever the tagger makes of the bare name earlier (a famous surname may
 * read as a company's). The name is the capitalised words after the honorific; each word is known alone too.
 */
function honorificNames(texts: readonly string[], lex: Lexicon): Set<string> {
  const people = new Set<string>();
  for (let k = 0; k + 1 < texts.length; k++) {
    if (!lex.honorifics.has(texts[k])) continue;
    let e = k + 1;
    while (e < texts.length && e - k <= 4 && /^\p{Lu}\p{Ll}/u.test(texts[e])) e++;
    if (e === k + 1 || e - k > 4) continue;
    const words = texts.slice(k + 1, e);
    if (words.some((w) => lex.orgSuffixes.has(w) || lex.honorifics.has(w))) continue;
    people.add(words.join(' '));
    for (const w of words) if (w.length > 2) people.add(w);
  }
  return people;
}

/**
 * "Just after Ruiz urged …", then "Ruiz said": a lone surname the tagger did not take for anyone, in a sentence
 * before the one that shows it is a person's, is that person all the same. Sentences are read in order, so
 * only what the whole article knows can tell.
 */
function peopleNamedLater(ctx: RunContext, speech: boolean[], found: readonly Mention[]): Mention[] {
  const { doc, texts } = ctx;
  // (a person's last name as the article gives it, no everyday word: "Trade Minister X" makes no one of "Trade")
  const surnames = new Set(found.filter((m) => m.type === 'Person' && m.kind === 'name').map((m) => m.text.split(/\s+/).at(-1) ?? '').filter((w) => w.length > 2 && !isCommonWord(w, ctx.lowercaseInText)));
  const taken = new Set<number>();
  for (const m of found) for (let k = tokenAtOrAfter(doc, m.start); k < doc.tokens.length && doc.tokens[k].start < m.end; k++) taken.add(k);
  const out: Mention[] = [];
  ctx.heading = false;
  for (const s of doc.sentences) {
    if (s.heading || s.tabular || isShouting(texts, s)) continue;
    for (let k = s.tokenStart + 1; k < s.tokenEnd; k++) {
      if (taken.has(k) || !surnames.has(texts[k]) || taken.has(k - 1) || taken.has(k + 1) || /^\p{Lu}/u.test(texts[k + 1] ?? '') || /^\p{Lu}/u.test(texts[k - 1])) continue;
      const m = nameMention(ctx, s, { start: k, end: k + 1 }, speech, []);
      if (m?.type === 'Person') out.push(m);
    }
  }
  return out;
}

/**
 * "French Ambassador to Chad Anne Lemaire": the capitalised title before where the envoy is posted is the
 * named person's, and the country or demonym before the title the one they serve.
 */
function titledAcrossPost(ctx: RunContext, names: Mention[], n: Mention): Mention {
  const { doc, texts } = ctx;
  if (n.type !== 'Person' || n.kind !== 'name' || n.role) return n;
  const post = names.find((p) => (p.type === 'Country' || p.type === 'City') && p.kind === 'name' && p.end < n.start && /^ ?$/.test(doc.article.text.slice(p.end, n.start)));
  if (!post) return n;
  let k = tokenAtOrAfter(doc, post.start) - 1;
  if (texts[k] === 'the') k--;
  const title = texts[k - 1] ?? '';
  if (texts[k] !== 'to' || !/^\p{Lu}/u.test(title) || !ctx.lex.titles.some((t) => t.length === 1 && t[0] === title)) return n;
  const serves = names.find((m) => (m.type === 'Country' || m.kind === 'demonym') && m.end === doc.tokens[k - 2]?.end && m.end + 1 === doc.tokens[k - 1].start);
  return { ...n, role: { jobTitle: title, ...(serves ? { affiliation: serves.text } : {}) } };
}

/**
 * "Chile’s Foreign Minister, Ana Ruiz,": a capitalised title after a possessor, set off by a comma before the
 * name, is the named person's; the possessor (a country or a body named) the one they serve.
 */
function titledAppositive(ctx: RunContext, names: Mention[], n: Mention): Mention {
  const { doc, texts } = ctx;
  if (n.type !== 'Person' || n.kind !== 'name') return n;
  // ("Lithuania’s Deputy Minister of Transport Agne Vaiciukeviciute": the title the runs gave the name, after a possessor)
  if (n.role) {
    const title = n.role.jobTitle;
    if (!title || n.role.affiliation) return n;
    // (the possessor's "’s ", the title, a space)
    const at = n.start - title.length - 4;
    const lead = doc.article.text.slice(Math.max(0, at), n.start);
    const owner = /^['’]s $/.test(lead.slice(0, 3)) && lead.slice(3) === `${title} ` ? names.find((m) => m.type === 'Country' && m.end === at) : undefined;
    return owner ? { ...n, role: { ...n.role, affiliation: owner.text } } : n;
  }
  let k = tokenAtOrAfter(doc, n.start);
  // ("…, Mr. Ebrahim Rasool": past an honorific)
  if (ctx.lex.honorifics.has(texts[k - 1] ?? '')) k--;
  // (not the comma that closes a sentence's opening clause: "Asked about the Chilean opposition leader, Ruiz said …")
  if (texts[k - 1] !== ',' || closesOpeningClause(texts, doc.sentences[n.sentence], k - 1)) return n;
  // ("South Africa's Ambassador to the United States of America, Mr. X": past where the envoy is posted)
  let end = k - 1;
  for (let t = k - 2; t > 0 && k - 2 - t < 8 && /^(?:\p{Lu}|of$|the$)/u.test(texts[t]); t--) if (texts[t - 1] === 'to') end = t - 1;
  const title = titleEndingAt(ctx, end);
  if (!title) return n;
  k = end + 1;
  const s = k - 1 - title.length;
  const jobTitle = title.join(' ');
  // "Chile’s Foreign Minister, Ana Ruiz": a possessor; "(as) Chilean Foreign Minister, Ana Ruiz": a country's word
  const possessive = /^['’]s$/.test(texts[s - 1] ?? '');
  const before = possessive ? s - 2 : s - 1;
  const owner = names.find((m) => (m.type === 'Country' || (possessive && m.type === 'Organization')) && m.end === doc.tokens[before]?.end && (possessive || m.end + 1 === doc.tokens[s].start));
  if (owner) return { ...n, role: { jobTitle, affiliation: owner.text } };
  // "As Secretary of State, Ana Ruiz said": the office the sentence opens with
  return !possessive && texts[s - 1]?.toLowerCase() === 'as' ? { ...n, role: { jobTitle } } : n;
}

/**
 * "EU Foreign Ministers", "Finance Ministers": a title in the plural names the people who hold it, no
 * organisation or person; what comes before it ("EU") is the name, if anything does.
 */
function withoutPluralTitle(ctx: RunContext, n: Mention): Mention[] {
  const words = n.text.split(' ');
  const last = words[words.length - 1];
  if (n.kind !== 'name' || n.gazetteerKey || !/^\p{Lu}\p{Ll}+s$/u.test(last)) return [n];
  const singular = [...words.slice(0, -1), last.slice(0, -1)];
  // (a title of two words or more: "Cardinals", "Senators" may be a team)
  const from = singular.findIndex((_, i) => singular.length - i >= 2 && ctx.lex.titles.some((t) => t.join(' ') === singular.slice(i).join(' ')));
  if (from < 0) return [n];
  if (from === 0) return [];
  const text = words.slice(0, from).join(' ');
  return [{ ...n, end: n.start + text.length, text, type: 'Organization' }];
}

/**
 * "National Security Minister Itamar Ben-Gvir" as the tagger drew it: the name after the last title
 * word, the words up to it the person's title (kept as their job title when none is known).
 */
function withoutTitle(ctx: RunContext, n: Mention): Mention {
  const words = n.text.split(' ');
  if (n.type !== 'Person' || n.kind !== 'name' || words.length < 3) return n;
  let last = -1;
  for (let i = 0; i < words.length - 1; i++) if (ctx.lex.titles.some((t) => t.length === 1 && t[0] === words[i])) last = i;
  // (the title's words all capitalised, and two words of name after it at least: "Minister Ana Ruiz", not "Prince Harry")
  if (last < 0 || words.length - last - 1 < 2 || !words.slice(0, last + 1).every((w) => /^\p{Lu}/u.test(w))) return n;
  const title = words.slice(0, last + 1).join(' ');
  const cut = title.length + 1;
  return { ...n, start: n.start + cut, text: n.text.slice(cut), role: { ...n.role, jobTitle: n.role?.jobTitle ?? title } };
}

// a Reuters instrument code: two to six capitals or digits, a dot, an exchange's one or two capitals ("GAZP.MM", "PGN.WA")
const STOCK_CODE = /^[A-Z0-9]{2,6}\.[A-Z]{1,2}(?![.\p{L}])/u;

/** A mention without the stock code after the company's name, or none when it is only (a piece of) the code. */
function withoutStockCode(text: string, n: Mention): Mention[] {
  // the code's tail ("MM" of "GAZP.MM"), read as an acronym of its own
  if (text[n.start - 1] === '.' && /^[A-Z]{1,2}$/.test(n.text) && STOCK_CODE.test(text.slice(text.lastIndexOf(' ', n.start) + 1, n.end + 1))) return [];
  const lastSpace = n.text.lastIndexOf(' ');
  if (lastSpace < 0) return [n];
  const tail = text.slice(n.start + lastSpace + 1, n.end + 4);
  if (!STOCK_CODE.test(tail) || text[n.end] !== '.') return [n];
  const kept = n.text.slice(0, lastSpace);
  return [{ ...n, end: n.start + kept.length, text: kept }];
}

/** "Ms Wallstrom" as the tagger drew it: the name without the honorific ("Mr", "Ms"), which is no part of it. */
function withoutHonorific(ctx: RunContext, n: Mention): Mention {
  const m = /^(\S+)\s+/.exec(n.text);
  if (n.type !== 'Person' || n.kind !== 'name' || !m || !ctx.lex.honorifics.has(m[1])) return n;
  return { ...n, start: n.start + m[0].length, text: n.text.slice(m[0].length) };
}

let codes: { lex: Lexicon; set: Set<string> } | undefined;
/** The ISO codes of the currencies numbers.json knows ("USD", "EUR"). */
function currencyCodes(lex: Lexicon): Set<string> {
  if (codes?.lex !== lex) codes = { lex, set: new Set([...Object.values(lex.money.symbols), ...Object.values(lex.money.words)]) };
  return codes.set;
}

/** Whether a mention is the sentence's first word, after any opening punctuation and a dateline ("ISTANBUL—Troubled …"). */
function opensSentence(doc: Document, s: Sentence, m: Mention): boolean {
  let k = s.tokenStart;
  while (k < s.tokenEnd - 1 && /^\p{P}$/u.test(doc.tokens[k].text)) k++;
  if (/^\p{Lu}{3,}$/u.test(doc.tokens[k].text) && /^[—–-]$/.test(doc.tokens[k + 1]?.text ?? '')) k += 2;
  return doc.tokens[k]?.start === m.start;
}

const DOCUMENT_TITLE_BEFORE = /\b(?:Charter|Convention|Treaty|Declaration|Protocol|Covenant|Statute|Constitution) (?:of|on) (?:the )?$/;
const DOCUMENT_TITLE = /^(?:Charter|Convention|Treaty|Declaration|Protocol|Covenant|Statute|Constitution) (?:of|on) /;
// a law's title, two capitalised words at least ending in Act or Bill, and its short name in brackets if it gives one
const LAW_TITLE = /((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|and|for|on|the)\s+)?){1,9}(?:Act|Bill))\b(?:\s+\((\p{Lu}{2,8})\))?/gu;

// (not "Rakhine state": a region's own word for what it is; "the Pacific island nation" describes one too)
const REGION_AS_MODIFIER = /^ (?:[Ii]sland )?(?:nations?|states|state['’]s|countries|country|leaders|governments|neighbours|neighbors)\b/;

// ("the special envoy for the Horn of Africa, Ana Ruiz,", "the spokesperson for Chile’s Trade Office, Ana Ruiz,")
const OFFICE_OF_THEN_COMMA = /^(?:for|of|on|at) (?:the )?\p{Lu}[\p{L}.-]*(?:['’]s)?(?: (?:of|for|and|the|\p{Lu}[\p{L}.-]*(?:['’]s)?))*,$/u;

const POSTED_AT = /^(?:to|in) (?:the )?\p{Lu}[\p{L}.'’ -]*,?$/u;

/**
 * "the Trump administration", "the Okafor administration": the government a leader heads, an
 * organisation of its own named with the word (a country's, "the US administration", stays the country).
 */
function administrations(ctx: RunContext, s: Sentence, names: Mention[]): Mention[] {
  const { doc, texts } = ctx;
  const out = [...names];
  for (let i = s.tokenStart + 1; i < s.tokenEnd; i++) {
    if (texts[i] !== 'administration') continue;
    const name = out.find((n) => n.end === doc.tokens[i - 1].end);
    // ("the Washington administration": a capital standing for its country's government is the country's)
    if (name && (name.type === 'Country' || name.kind !== 'name' || (name.type === 'City' && ctx.gaz.lookup(name.text).some((x) => x.type === 'City' && x.isCapital)))) continue;
    let a = i - 1;
    while (a > s.tokenStart && /^\p{Lu}\p{Ll}/u.test(texts[a - 1]) && !ctx.lex.determiners.has(texts[a - 1].toLowerCase())) a--;
    const start = name?.start ?? doc.tokens[a].start;
    if (!/^\p{Lu}\p{Ll}+$/u.test(texts[i - 1]) || ctx.lex.determiners.has(texts[a].toLowerCase())) continue;
    const end = doc.tokens[i].end;
    // ("the Trump administration": a known leader's administration is the government of the country they lead)
    const code = officeHolder(ctx.lex.officeHolders, [texts.slice(a, i).join(' ')])?.serves.find((x) => /^[a-z]{2}$/.test(x));
    const led = code ? ctx.gaz.country(code.toUpperCase()) : undefined;
    const org: Mention = led
      ? { start, end, text: doc.article.text.slice(start, end), sentence: s.index, kind: 'name', type: 'Country', gazetteerKey: led.key }
      : { start, end, text: doc.article.text.slice(start, end), sentence: s.index, kind: 'name', type: 'Organization', subtypes: ['GovernmentOrganization'] };
    out.splice(name ? out.indexOf(name) : out.length, name ? 1 : 0, org);
  }
  return out;
}

/** "Surrey closed on 429" after the table's "Surrey 429-7": a place name the article's table uses for a team. */
function isTableTeam(ctx: RunContext, m: Mention): boolean {
  return m.kind === 'name' && (m.type === 'City' || m.type === 'Place') && ctx.tableOrganizations.has(m.text);
}

/** "the Asian country", "the Baltic state's envoy": a people's or region's adjective before a noun names no place. */
function adjectiveBeforeNoun(ctx: RunContext, n: Mention): boolean {
  if (n.kind !== 'name' || n.gazetteerKey || n.type !== 'Place' || /\s/.test(n.text) || !/(?:an|ese|ish|ic)$/.test(n.text)) return false;
  const next = ctx.texts[tokenAtOrAfter(ctx.doc, n.end)] ?? '';
  // (a noun after it, not a verb: "the Arctic continued to warm")
  return /^\p{Ll}+$/u.test(next) && !REGION_WORDS.has(next) && !/PastTense|PresentTense|Modal|Copula|Auxiliary|Adverb|Preposition|Conjunction|Determiner|Pronoun/.test(lexiconTag(next) ?? '');
}

function bracketedFirstName(ctx: RunContext, n: Mention): boolean {
  const { doc, texts } = ctx;
  const k = tokenAtOrAfter(doc, n.start);
  if (n.kind !== 'name' || doc.tokens[k]?.end !== n.end) return false;
  return /^[([]$/.test(texts[k - 1] ?? '') && /^[)\]]$/.test(texts[k + 1] ?? '') && /^\p{Lu}\p{Ll}/u.test(texts[k + 2] ?? '');
}

function textBetween(doc: Document, a: Mention, b: Mention): string {
  return doc.article.text.slice(a.end, b.start).trim();
}

/** "the Center for Strategic and International Studies (CSIS)": the long name is the organisation too. */
function parentheticalAcronymNames(ctx: RunContext, s: Sentence, names: Mention[]): Mention[] {
  const { texts, doc } = ctx;
  const out: Mention[] = [];
  for (let i = s.tokenStart + 2; i < s.tokenEnd - 1; i++) {
    if (texts[i - 1] !== '(' || texts[i + 1] !== ')') continue;
    // "the National Statistical Committee of Belarus (Belstat)": a one-word short name in brackets
    if (!isAcronym(texts[i])) {
      const long = names.find((n) => n.type === 'Organization' && n.end === doc.tokens[i - 2].end && n.text.includes(' '));
      const short = names.find((n) => n.start === doc.tokens[i].start && n.end === doc.tokens[i].end);
      if (long && short && /^\p{Lu}\p{Ll}+$/u.test(texts[i])) Object.assign(short, { type: 'Organization', aliasOf: long.text });
      continue;
    }
    const letters = texts[i].replace(/[^\p{Lu}]/gu, '');
    // walk back over capitalised words and connectors until the initials spell the acronym
    let k = i - 2;
    let initials = '';
    while (k >= s.tokenStart && initials.length < letters.length) {
      const w = texts[k];
      if (/^\p{Lu}/u.test(w)) initials = w[0] + initials;
      else if (!ctx.lex.nameConnectors.has(w)) break;
      k--;
    }
    if (initials !== letters) {
      // "Association of Southeast Asian Nations (ASEAN)": initials need not spell it; an
      // organisation named right before the brackets is its long form
      // (a translated name's acronym need not even share its first letter: "National Office of Electoral Processes (ONPE)")
      // "the opposition Kuomintang (KMT)": a one-word name with an acronym after it is an organisation too
      const long = names.find((n) => n.end === doc.tokens[i - 2].end && (n.type === 'Organization' || (n.type === 'Person' && !n.role && !n.text.includes(' '))));
      const short = names.find((n) => n.start === doc.tokens[i].start);
      if (long && short) {
        long.type = 'Organization';
        short.aliasOf = long.text;
      }
      continue;
    }
    const start = doc.tokens[k + 1].start;
    const end = doc.tokens[i - 2].end;
    if (names.some((n) => n.start === start && n.end === end && n.type === 'Organization')) continue;
    // "the Democratic Republic of Congo (DRC)": a country's initials are the country's, not an organisation's
    const country = names.find((n) => n.start <= start && n.end >= end && n.type === 'Country');
    if (country) {
      const short = names.find((n) => n.start === doc.tokens[i].start);
      if (short) Object.assign(short, { type: 'Country', kind: 'name', aliasOf: country.text, gazetteerKey: country.gazetteerKey });
      continue;
    }
    for (const n of names) if (n.start >= start && n.end <= end) n.type = 'Organization';
    out.push({ start, end, text: doc.article.text.slice(start, end), sentence: s.index, kind: 'name', type: 'Organization' });
    const short = names.find((n) => n.start === doc.tokens[i].start);
    if (short) short.aliasOf = doc.article.text.slice(start, end);
  }
  // drop the pieces the long name replaces
  for (const o of out) {
    for (let j = names.length - 1; j >= 0; j--) if (names[j].start >= o.start && names[j].end <= o.end && names[j] !== o) names.splice(j, 1);
  }
  return out;
}

function nextStart(doc: Document, m: Mention): number {
  const t = doc.tokens[tokenAtOrAfter(doc, m.end)];
  return t ? t.start : -1;
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

function speechVerbAfter(texts: string[], speech: boolean[], s: Sentence, h: number): number {
  for (let k = h + 1; k < s.tokenEnd; k++) if (speech[k]) return k;
  return -1;
}

/** A speech verb later in the sentence, a speech verb right before the phrase, or a colon introducing a quote. */
function speaksAfter(texts: string[], speech: boolean[], s: Sentence, h: number): boolean {
  for (let k = h + 1; k < s.tokenEnd; k++) {
    if (speech[k]) return true;
    if (texts[k] === ':' && QUOTE_OPEN.has(texts[k + 1] ?? '')) return true;
  }
  let p = h;
  while (p > s.tokenStart && !/^[,.;:“”"]$/.test(texts[p - 1])) p--;
  return p - 1 >= s.tokenStart && speech[p - 1 - 0] === true || (p - 2 >= s.tokenStart && speech[p - 2]);
}

export type { Gazetteer, Lexicon };

/**
 * Ordinary English words written in capitals, that the gazetteer does not know: one of four
 * letters or more ("NEVER"), or a phrase of them ("A FULL AND IMMEDIATE HALT").
 */
function isShoutedWord(ctx: RunContext, n: Mention): boolean {
  if (n.gazetteerKey || n.aliasOf || !/^[\p{Lu}\s]+$/u.test(n.text)) return false;
  const words = n.text.split(/\s+/);
  const common = (w: string) => isCommonWord(w.toLowerCase(), ctx.lowercaseInText);
  return words.length === 1 ? n.text.length >= 4 && common(n.text) : words.filter(common).length * 2 >= words.length;
}

const MAX_NAME_LENGTH = 120;
const MAX_NAME_WORD = 40;
const TRAILING_PARTICLE = /\s+(?:of|de|del|da|di|du|des|la|le|and|for|the|van|von)$/i;
// "Operation Sindoor", "Exercise Strait Thunder": names of operations and exercises are events
const EVENT_HEADS = new Set(['Operation', 'Exercise', 'Exercises', 'Drill', 'Drills']);

/**
 * What is left of a name once it is an entity's: not a date ("Jan."), not an event ("Operation
 * X"), not a title ("National Security Advisor"), and never ending in a particle ("Banco de").
 */
function nameOfEntity(ctx: RunContext, n: Mention): Mention[] {
  if ((n.kind !== 'name' && n.kind !== 'acronym') || n.gazetteerKey) return [n];
  const words = n.text.split(/\s+/);
  // no name runs to a page or has a word of 40 letters: that is a blob of text, not a name
  if (n.text.length > MAX_NAME_LENGTH || words.some((w) => w.length > MAX_NAME_WORD)) return [];
  if (words.length === 1 && ctx.lex.calendar.has(n.text.replace(/\.$/, ''))) return [];
  if (words.length > 1 && EVENT_HEADS.has(words[0])) return [];
  // "the Northern Waters (NWA) Treaty", "the Lisbon fisheries accord": part of a document's name
  const after = /^\)?\s*(?:\([^)]{1,12}\)\s*)?([\p{L}]+)/u.exec(ctx.doc.article.text.slice(n.end, n.end + 30));
  // (but an institution the tables know hosts the event: "the G20 Summit" mentions the G20)
  if (after && n.type !== 'Country' && !ctx.lex.institutions.has(n.text) && (ctx.lex.miscSuffixes.has(after[1]) || ctx.lex.miscSuffixes.has(after[1][0].toUpperCase() + after[1].slice(1)) && /^(?:treaty|accord|pact|protocol|convention)$/.test(after[1]))) return [];
  const lastWords = (k: number) => words.slice(-k).join(' ').toLowerCase();
  // (a country's title is its office: "U.S. Trade Representative" stays an organisation,
  const title = n.type === 'Organization' ? ctx.lex.titles.find((t) => t.length <= words.length && t.join(' ').toLowerCase() === lastWords(t.length)) : undefined;
  // and "Office of the … Trade Representative" is an office by its head)
  if (title && !words.includes('of') && !ctx.gaz.lookup(words.slice(0, words.length - title.length).join(' ')).some((e) => e.type === 'Country')) return [];
  const m = TRAILING_PARTICLE.exec(n.text);
  if (!m) return [n];
  const text = n.text.slice(0, m.index);
  return [{ ...n, text, end: n.start + text.length }];
}

/**
 * "General Motors, Stellantis and Ford Motor Company": a one-word name with nothing saying "person",
 * listed between organisations (by commas or "and"), is one of them. `sorted`: the sentence's names in text order.
 */
function listedWithOrganizations(doc: Document, sorted: readonly Mention[], n: Mention): boolean {
  if (n.type !== 'Person' || n.kind !== 'name' || n.role || /\s/.test(n.text)) return false;
  const k = sorted.indexOf(n);
  const glue = (a: Mention, b: Mention) => /^\s*(?:,|,?\s*and)\s*$/.test(doc.article.text.slice(a.end, b.start));
  const before = k > 0 && glue(sorted[k - 1], n) ? sorted[k - 1] : undefined;
  const after = k + 1 < sorted.length && glue(n, sorted[k + 1]) ? sorted[k + 1] : undefined;
  const listed = [before, after].filter((x): x is Mention => x !== undefined);
  return listed.length > 0 && listed.every((x) => x.type === 'Organization' && x.kind === 'name');
}

/**
 * "Bureau of African Affairs Tibor Nagy", "Armed Forces of Iran Mohammad Bagheri": a body's name run on into the name
 * of a person (a given name the tables know, then one or two capitalised words to the end) is the body, then the person.
 */
function bodyAndPerson(ctx: RunContext, n: Mention): Mention[] {
  if (n.type !== 'Organization' || n.kind !== 'name' || n.gazetteerKey) return [n];
  const first = tokenAtOrAfter(ctx.doc, n.start);
  let last = first;
  while (last + 1 < ctx.doc.tokens.length && ctx.doc.tokens[last + 1].end <= n.end) last++;
  const given = givenNameGenders();
  for (let i = Math.max(first + 2, last - 2); i <= last - 1; i++) {
    if (!given.has(ctx.texts[i].toLowerCase()) || /^(?:of|and|the|de|for|on)$/i.test(ctx.texts[i - 1])) continue;
    if (!ctx.texts.slice(i, last + 1).every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w))) continue;
    // (not a list run together, "… Minister X and Deputy Secretary of the Ministry Y": a title in the body's words)
    if (ctx.texts.slice(first, i).some((w) => ctx.lex.roleHeads.has(w.toLowerCase()))) return [n];
    const t = ctx.doc.tokens;
    const body: Mention = { ...n, end: t[i - 1].end, text: ctx.doc.article.text.slice(n.start, t[i - 1].end) };
    const person: Mention = { start: t[i].start, end: n.end, text: ctx.doc.article.text.slice(t[i].start, n.end), sentence: n.sentence, kind: 'name', type: 'Person' };
    return [body, person];
  }
  return [n];
}
