// Reconciles the rule-based names of a sentence with the trained tagger's spans.
// Rules know the gazetteer, titles and suffixes; the tagger knows how news text puts
// names together. The tagger adds names the rules missed and joins pieces the rules
// split ("Kyiv Independent", "Celso Andrade Lima"); rule evidence decides types.
import type { NerSpan } from '../ner/index.js';
import type { EntityType, Mention, Sentence } from '../types.js';
import type { RunContext } from './classify.js';
import { isCommonWord, lexiconTag } from './common-words.js';
import { isInitial, isRegionAdjective } from './names.js';

const TYPE: Record<string, EntityType | undefined> = { PER: 'Person', ORG: 'Organization', LOC: 'Place' };

/** Minimum tagger confidence for joining the rules' pieces of an organisation's name into one. */
const JOIN_SCORE = 0.7;

/** Minimum tagger confidence for reading a place the gazetteer knows as an organisation (a team, a city's government). */
const TEAM_SCORE = 0.9;

/** Minimum tagger confidence for a name the rules did not see at all. */
const NEW_NAME_SCORE = 0.6;

// ("Adel bin Ahmed", "Ursula von der Leyen": a name's own particles never split it)
const SPLITTING_JOINERS = new Set(['of', 'for', 'and', 'the', '&']);

const JOINERS = new Set(['of', 'for', 'and', 'the', 'in', 'de', 'du', 'des', 'del', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'y', '&']);

/** The mention's words as the name of an organisation, whatever the rules took them for. */
export function asOrganization(m: Mention): Mention {
  return { start: m.start, end: m.end, text: m.text, sentence: m.sentence, kind: 'name', type: 'Organization' };
}

export function reconcileWithTagger(ctx: RunContext, s: Sentence, names: Mention[], spans: NerSpan[]): Mention[] {
  const { doc, texts } = ctx;
  // Title-case headings ("Iran Threatens Retaliation if Attacked") fool the tagger; there the rules
  // alone decide. All-caps headlines and sentence-case lines are what it was trained on.
  if (ctx.heading && isTitleCase(texts.slice(s.tokenStart, s.tokenEnd))) return names;
  let out = trimOpeningWhereTaggerIsSure(ctx, s, absorbPlacesWhereTaggerIsSure(ctx, s, splitWhereTaggerIsSure(ctx, s, names, spans), spans), spans);
  for (const raw of spans) {
    const type = TYPE[raw.type];
    if (!type) continue;
    const t = { ...raw };
    // trim quote marks and ordinary sentence-opening words ("From Washington", "“We")
    // (but "Dick Morris quit": a first name the tagger is sure of opens a person's name)
    const sureFirstName = raw.type === 'PER' && raw.score >= SPLIT_SCORE && t.end - t.start >= 2 && /^\p{Lu}\p{Ll}+$/u.test(texts[t.start]) && !ctx.lex.titles.some((x) => x[0] === texts[t.start]);
    while (t.start < t.end && (!/^[\p{L}\p{N}]/u.test(texts[t.start]) || (t.start === firstWord(ctx, s) && !sureFirstName && isCommonOpener(ctx, t.start)))) t.start++;
    // (and a joiner never ends a name: "College of Heads of State of [the bloc]")
    while (t.end > t.start && (!/[\p{L}\p{N}.]$/u.test(texts[t.end - 1]) || isInitial(texts[t.end - 1]) || JOINERS.has(texts[t.end - 1]))) t.end--;
    if (t.end <= t.start) continue;
    // "the Indus Waters Treaty", "the Taiwan Relations Act": a law or a treaty is no entity
    // (but "the Government of National Accord": a body's name, its head before "of" a body's word)
    // (within the span only: the texts are the whole document's)
    const of = t.start + texts.slice(t.start, t.end).indexOf('of');
    const body = of > t.start && (ctx.lex.orgHeads.has(`${texts[of - 1]} of`) || texts[of - 1] === 'Government');
    if (!body && (ctx.lex.miscSuffixes.has(texts[t.end - 1]) || ctx.lex.miscSuffixes.has(texts[t.end] ?? ''))) continue;
    // a name is capitalised words and particles, never "if" or "said"
    if (texts.slice(t.start, t.end).some((w) => !/^\p{Lu}/u.test(w) && !JOINERS.has(w) && !/^(?:al|el|ad|as|an|ar|at)-/u.test(w) && !/^\d/.test(w))) continue;
    const start = doc.tokens[t.start].start;
    const end = doc.tokens[t.end - 1].end;
    const inside = out.filter((n) => n.start >= start && n.end <= end).sort((x, y) => x.start - y.start);
    const crossing = out.some((n) => n.start < end && start < n.end && !(n.start >= start && n.end <= end));
    if (crossing) continue; // the rules drew other boundaries: they know something (a title, a suffix)
    const text = doc.article.text.slice(start, end);
    // "Water Resources Minister Harish Chandra Mehrotra": the rules read those words as a title
    if (out.some((n) => n.type === 'Person' && n.start >= end && n.start - end <= 60 && (n.role?.jobTitle ?? '').includes(text))) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) {
      // same name: the rules' type stands, but for a place the tagger is sure is an organisation where
      // nothing says a place ("Newcastle beat Surrey": teams; "in Newcastle" stays a city)
      const n = inside[0];
      // (never a capital: "Washington said", "Beijing warned" are governments the article writes as their cities)
      // (nor where the sentence speaks of cities: "Leicester and Durham are cities in England")
      const settlements = texts.slice(s.tokenStart, s.tokenEnd).some((w) => ctx.lex.settlementNouns.has(w.toLowerCase()) || ctx.lex.settlementNouns.has(w.toLowerCase().replace(/(?:ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))));
      const aPlace = settlements || ctx.gaz.lookup(n.text).some((x) => x.type === 'City' && x.isCapital) || placeElsewhere(ctx, t.start, t.end);
      if (type === 'Organization' && t.score >= TEAM_SCORE && n.type === 'City' && n.kind === 'name' && !aPlace && !ctx.heading && !ctx.lex.locativePrepositions.has(texts[t.start - 1]?.toLowerCase() ?? '')) {
        out = out.map((x) => (x === n ? asOrganization(n) : x));
      }
      // ("the Red Cross said", "the Blue House said": a person by default only, no title, no gazetteer, made of
      // everyday words, where the tagger is sure of an organisation and "the" stands before it, is that organisation)
      // (or "the" and a capitalised word before it: "the Lebanese Red Cross")
      const determined = /^the$/i.test(texts[t.start - 1] ?? '') || (/^the$/i.test(texts[t.start - 2] ?? '') && /^\p{Lu}/u.test(texts[t.start - 1] ?? ''));
      const everyday = texts.slice(t.start, t.end).every((w) => isCommonWord(w, ctx.lowercaseInText));
      if (type === 'Organization' && t.score >= TEAM_SCORE && n.type === 'Person' && n.kind === 'name' && !n.role && !n.gazetteerKey && determined && everyday) {
        out = out.map((x) => (x === n ? asOrganization(n) : x));
      }
      continue;
    }
    if (inside.some((n) => n.kind === 'demonym' || n.kind === 'pronoun' || n.kind === 'description' || n.role !== undefined)) continue;
    // ("Minister of the Interior Ana Ruiz" read as one organisation: the ministry's words before the rules' person are a portfolio)
    const portfolio = inside.length === 1 && inside[0].type === 'Person' && inside[0].end === end && inside[0].start > start && doc.article.text.slice(start, inside[0].start).trim().split(/\s+/).every((w) => ctx.lex.genericOrganisationWords.words.has(w.toLowerCase()));
    if (portfolio) continue;
    // two names side by side ("State Department Iran hand") or a country inside stay apart; pieces
    // the tagger joins with "of", "and", "for" are one organisation ("Bureau of Industry and Security")
    // (but "the Organisation for Security and Cooperation in Europe": a place after "in" or "of" ends an organisation's name)
    const placeEnds = type === 'Organization' && t.score >= SPLIT_SCORE && endsWithPlaceAfterParticle(ctx, inside, t.start, t.end);
    if (inside.some((n) => n.type === 'Country') && !placeEnds) continue;
    // (before such a place, any pieces of the rules' that name no person or place are the organisation's words)
    const joined = placeEnds ? inside.slice(0, -1).every((n) => n.type !== 'Person' && !n.gazetteerKey) : joinedByParticles(ctx, inside, t.start, t.end);
    if (inside.length > 1 && !(type === 'Organization' && t.score >= JOIN_SCORE && joined)) continue;
    if (inside.length === 0) {
      // "South American", "East Asian": a region's adjective, however the tagger reads it
      // (a pair may open one word before the span: "North [American and East Asian]")
      let region = false;
      for (let k = Math.max(0, t.start - 1); k < t.end && !region; k++) region = isRegionAdjective(texts, k);
      if (region) continue;
      if (t.score < NEW_NAME_SCORE || (ctx.heading && t.type === 'PER' && !ctx.knownPeople.has(text))) continue;
      // a capitalised ordinary word is no name on its own, whatever the tagger thinks
      if (t.end - t.start === 1 && (isCommonWord(texts[t.start], ctx.lowercaseInText) || ctx.lex.notNames.has(texts[t.start]))) continue;
      // ("Shia Muslim": words that are never names, however many)
      if (texts.slice(t.start, t.end).every((w) => ctx.lex.notNames.has(w))) continue;
      // "the Minister of Defence": a portfolio after a title, not a name
      if (isPortfolio(ctx, t.start, t.end)) continue;
      // "Vice Chair", "Member States": a person made only of title and role words is no one
      if (type === 'Person' && t.end - t.start > 1 && titleWordsOnly(ctx, t.start, t.end)) continue;
    }
    // the tagger's span is longer than the rules' pieces: one name
    out = out.filter((n) => !inside.includes(n));
    out.push(spanMention(ctx, s, start, end, text, type));
    if (type === 'Person') {
      ctx.knownPeople.add(text);
      for (let k = t.start; k < t.end; k++) if (/^\p{Lu}/u.test(texts[k]) && texts[k].length > 2) ctx.knownPeople.add(texts[k]);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Names of a table line, from the tagger alone: in "Surrey 429-7 ( C. Lewis 80 )" a county is a
 * team and nothing is prose. The gazetteer still says which places are countries and cities.
 */
export function taggerNames(ctx: RunContext, s: Sentence, spans: NerSpan[]): Mention[] {
  const { doc, texts } = ctx;
  const out: Mention[] = [];
  for (const t of spans) {
    const type = TYPE[t.type];
    if (!type || t.score < NEW_NAME_SCORE) continue;
    const start = doc.tokens[t.start].start;
    const end = doc.tokens[t.end - 1].end;
    const text = doc.article.text.slice(start, end);
    out.push(spanMention(ctx, s, start, end, text, type));
    if (type === 'Organization') ctx.tableOrganizations.add(text);
    if (type === 'Person') for (let k = t.start; k < t.end; k++) if (/^\p{Lu}\p{Ll}/u.test(texts[k]) && texts[k].length > 2) ctx.knownPeople.add(texts[k]);
  }
  return out;
}

/** A name mention for a tagger span; a LOC the gazetteer knows is its country or city. */
function spanMention(ctx: RunContext, s: Sentence, start: number, end: number, text: string, type: EntityType): Mention {
  const entry = type === 'Place' ? ctx.gaz.lookup(text).find((x) => x.type === 'Country' || x.type === 'City') : undefined;
  return { start, end, text, sentence: s.index, kind: 'name', type: entry ? (entry.type as EntityType) : type, ...(entry ? { gazetteerKey: entry.key } : {}) };
}

/** Confidence above which the tagger's own boundaries inside a rule name stand. */
const SPLIT_SCORE = 0.95;

/**
 * "Ana Ruiz of Meridian Economics": where the rules read one name and the tagger is sure of a
 * person and another name inside it, joined by a particle, the tagger's spans stand (the rules
 * joined them at "of"). Names the gazetteer or a role vouches for are left alone.
 */
function splitWhereTaggerIsSure(ctx: RunContext, s: Sentence, names: Mention[], spans: NerSpan[]): Mention[] {
  const { doc, texts } = ctx;
  const out: Mention[] = [];
  for (const n of names) {
    const inside = spans.filter((t) => TYPE[t.type] && t.score >= SPLIT_SCORE && doc.tokens[t.start].start >= n.start && doc.tokens[t.end - 1].end <= n.end);
    const split =
      n.kind === 'name' && !n.gazetteerKey && !n.role && inside.length >= 2 && inside.some((t) => t.type === 'PER') &&
      inside.slice(1).every((t, k) => texts.slice(inside[k].end, t.start).every((w) => SPLITTING_JOINERS.has(w.toLowerCase()))) &&
      opensWithRoleWords(ctx, n, inside[0].start) && doc.tokens[inside[inside.length - 1].end - 1].end === n.end;
    if (!split) {
      out.push(n);
      continue;
    }
    for (const t of inside) {
      const start = doc.tokens[t.start].start;
      const end = doc.tokens[t.end - 1].end;
      out.push(spanMention(ctx, s, start, end, doc.article.text.slice(start, end), TYPE[t.type]!));
    }
  }
  return out;
}

/** Whether a name starts at token `first`, or only role words stand before it ("Economist [Joel Naroff]"). */
function opensWithRoleWords(ctx: RunContext, n: Mention, first: number): boolean {
  const { doc, texts } = ctx;
  let k = first - 1;
  while (k >= 0 && doc.tokens[k].start >= n.start && ctx.lex.roleHeads.has(texts[k].toLowerCase())) k--;
  return k < 0 || doc.tokens[k].start < n.start;
}

/**
 * "Results of Major League Baseball …", "Shares of Acme Corp rose": the rules joined the sentence's
 * capitalised opening words to a name at "of"; where the tagger is sure the name starts after
 * "of" and puts nothing before it, the opening words are no part of it.
 */
function trimOpeningWhereTaggerIsSure(ctx: RunContext, s: Sentence, names: Mention[], spans: NerSpan[]): Mention[] {
  const { doc, texts } = ctx;
  const first = firstWord(ctx, s);
  return names.map((n) => {
    if (n.kind !== 'name' || n.gazetteerKey || n.role || doc.tokens[first].start !== n.start) return n;
    const of = texts.indexOf('of', first);
    if (of < 0 || of > first + 2 || doc.tokens[of].end > n.end) return n;
    const t = spans.find((x) => TYPE[x.type] && x.score >= SPLIT_SCORE && x.start === of + 1 && doc.tokens[x.end - 1].end <= n.end);
    if (!t || spans.some((x) => x.start <= of && x.end > first)) return n;
    const start = doc.tokens[t.start].start;
    const end = doc.tokens[t.end - 1].end;
    return spanMention(ctx, s, start, end, doc.article.text.slice(start, end), TYPE[t.type]!);
  });
}

/**
 * "Air France", "the U.S. Open", "Northern Ireland", "Chad Curtis": a country or city the gazetteer
 * finds inside a longer name the tagger is sure of is a word of that name. The tagger's name
 * stands with its type; inside the name of an event, a law or a product (MISC) the place is no
 * mention at all.
 */
function absorbPlacesWhereTaggerIsSure(ctx: RunContext, s: Sentence, names: Mention[], spans: NerSpan[]): Mention[] {
  const { doc, texts } = ctx;
  let out = names;
  for (const raw of spans) {
    // ("told The Kyiv Independent": an article before the name is no part of it)
    const t = /^(?:The|the)$/.test(texts[raw.start]) ? { ...raw, start: raw.start + 1 } : raw;
    if (t.score < SPLIT_SCORE || t.end - t.start < 2) continue;
    if (texts.slice(t.start, t.end).some((w) => !/^[\p{Lu}\d]/u.test(w) && !JOINERS.has(w))) continue;
    const start = doc.tokens[t.start].start;
    const end = doc.tokens[t.end - 1].end;
    const inside = out.filter((n) => n.start >= start && n.end <= end);
    if (!inside.length || out.some((n) => n.start < end && start < n.end && !inside.includes(n))) continue;
    // one place, and at most pieces the rules could not place ("Air" in "Air Kenya")
    const places = inside.filter((n) => n.gazetteerKey);
    if (places.length !== 1 || inside.some((n) => n.kind !== 'name' || n.role || (!n.gazetteerKey && n.type === 'Person'))) continue;
    const place = places[0];
    if (place.start === start && place.end === end) continue;
    // ("the Russian ambassador to Peru Ivan Sokolov": the country an envoy is posted to, then the envoy's
    // name, which the tagger runs into one place)
    const personAfter = place.start === start ? postedEnvoyAfter(ctx, s, t.start, t.end, place) : undefined;
    if (personAfter) {
      out = [...out.filter((n) => !inside.includes(n) || n === place), personAfter];
      continue;
    }
    // ("US President", "Russia Syria", "Security and Public Safety of the United States": a title after
    // a country, two places side by side and capitalised legal phrases are no single name)
    const others = texts.slice(t.start, t.end).filter((_, k) => doc.tokens[t.start + k].end <= place.start || doc.tokens[t.start + k].start >= place.end);
    // (nor a sentence's opening word: "From Washington came …"; nor across a particle: "Espanyol of Barcelona" is a club and its city)
    if (others.some((w) => w === 'and' || w === '&' || isTitleWord(ctx, w) || ctx.gaz.lookup(w).length > 0 || JOINERS.has(w) || (/^\p{Lu}/u.test(w) && /Preposition|Determiner|Conjunction|Pronoun|Adverb/.test(lexiconTag(w) ?? '')))) continue;
    // ("the analyst Salvador Ruiz": a place's name opening a name a role describes is a person's first name)
    const type = ctx.lex.roleHeads.has(texts[t.start - 1] ?? '') ? 'Person' : TYPE[t.type];
    out = out.filter((n) => !inside.includes(n));
    if (type) out = [...out, spanMention(ctx, s, start, end, doc.article.text.slice(start, end), type)];
  }
  return out;
}

/**
 * The person after the country that opens tokens [a, b), where "to" and an office word come before it
 * ("ambassador to", "Envoy to"): two capitalised words at least, no place among them.
 */
function postedEnvoyAfter(ctx: RunContext, s: Sentence, a: number, b: number, place: Mention): Mention | undefined {
  const { doc, texts } = ctx;
  if (a < s.tokenStart + 2 || texts[a - 1] !== 'to' || !isTitleWord(ctx, texts[a - 2]) || (place.type !== 'Country' && place.type !== 'City')) return undefined;
  let k = a;
  while (k < b && doc.tokens[k].end <= place.end) k++;
  const words = texts.slice(k, b);
  // (an Arabic article opens a word of a name: "Hisham al-Alawi")
  if (words.length < 2 || !words.every((w) => /^(?:(?:al|el|ad|as|an|ar|at)-)?\p{Lu}\p{Ll}/u.test(w)) || words.some((w) => ctx.gaz.lookup(w).length > 0 || isTitleWord(ctx, w))) return undefined;
  const start = doc.tokens[k].start;
  const end = doc.tokens[b - 1].end;
  return { start, end, text: doc.article.text.slice(start, end), sentence: s.index, kind: 'name', type: 'Person' };
}

/** Whether the last of the mentions inside tokens [a, b) (in text order) is a place the span ends on, after "in" or "of". */
function endsWithPlaceAfterParticle(ctx: RunContext, inside: readonly Mention[], a: number, b: number): boolean {
  const { doc, texts } = ctx;
  const last = inside.at(-1);
  if (!last || inside.length < 2 || last.kind !== 'name' || !['Country', 'City', 'Place'].includes(last.type) || last.end !== doc.tokens[b - 1].end) return false;
  let k = b - 1;
  while (k > a && doc.tokens[k].start >= last.start) k--;
  if (texts[k] !== 'in' && texts[k] !== 'of') return false;
  // (a one-word name "of" a place is a club or a title more often than an organisation: "Espanyol of Barcelona",
  // "Emperor of Brazil"; "The Times of Israel" and "Council of Europe" have more to say so)
  const before = texts.slice(a, k);
  if (isTitleWord(ctx, before[0] === 'The' ? before[1] ?? '' : before[0])) return false;
  return before.length >= 2 || ctx.lex.orgSuffixes.has(before[0]);
}

/** Whether a word opens or ends an office title ("President", "Minister", "Vice"). */
function isTitleWord(ctx: RunContext, w: string): boolean {
  let words = titleWords.get(ctx.lex.titles);
  if (!words) {
    words = new Set(ctx.lex.titles.flatMap((t) => [t[0], t[t.length - 1]]));
    titleWords.set(ctx.lex.titles, words);
  }
  return words.has(w) || ctx.lex.roleHeads.has(w.toLowerCase());
}

const titleWords = new WeakMap<readonly string[][], Set<string>>();

/** Whether every word of tokens [a, b) outside the mentions `inside` is a particle, and there is one between each two. */
function joinedByParticles(ctx: RunContext, inside: Mention[], a: number, b: number): boolean {
  const { doc, texts } = ctx;
  const sorted = [...inside].sort((x, y) => x.start - y.start);
  for (let k = 1; k < sorted.length; k++) {
    const gap: string[] = [];
    for (let i = a; i < b; i++) if (doc.tokens[i].start >= sorted[k - 1].end && doc.tokens[i].end <= sorted[k].start) gap.push(texts[i]);
    if (!gap.length || !gap.every((w) => JOINERS.has(w.toLowerCase()))) return false;
  }
  return inside.every((n) => n.type !== 'Person' && !n.gazetteerKey);
}

function firstWord(ctx: RunContext, s: Sentence): number {
  let i = s.tokenStart;
  while (i < s.tokenEnd && !/^[\p{L}\p{N}]/u.test(ctx.texts[i])) i++;
  return i;
}

function isCommonOpener(ctx: RunContext, i: number): boolean {
  return isCommonWord(ctx.texts[i], ctx.lowercaseInText) && !ctx.gaz.longestMatchAt(ctx.texts, i);
}

function isTitleCase(words: string[]): boolean {
  const long = words.filter((w) => w.length > 3 && /^\p{L}/u.test(w));
  if (long.length < 2) return false;
  const caps = long.filter((w) => /^\p{Lu}/u.test(w));
  const allCaps = long.filter((w) => w === w.toUpperCase());
  return caps.length / long.length >= 0.6 && allCaps.length / long.length < 0.6;
}

/** Words after "of" that only name a government portfolio ("Defence", "Trade and Industry", "Foreign Affairs"). */
export function isPortfolio(ctx: RunContext, start: number, end: number): boolean {
  return ctx.texts[start - 1] === 'of' && ctx.texts.slice(start, end).every((w) => ctx.lex.genericOrganisationWords.words.has(w.toLowerCase()));
}

/** Whether every word of tokens [a, b) is a word of a title, a role noun or an organisation word ("Vice Chair", "Presidency"). */
export function titleWordsOnly(ctx: RunContext, a: number, b: number): boolean {
  return ctx.texts.slice(a, b).every((w) => {
    const l = w.toLowerCase();
    return ctx.lex.roleHeads.has(l) || ctx.lex.orgSuffixes.has(w) || ctx.lex.genericOrganisationWords.words.has(l) || ctx.lex.titles.some((t) => t.includes(w));
  });
}

/** Whether the words of tokens [a, b) stand somewhere in the document after a locative preposition ("in Dubai"). */
function placeElsewhere(ctx: RunContext, a: number, b: number): boolean {
  const { texts } = ctx;
  let after = afterLocative.get(texts);
  if (!after) {
    // where each word stands right after "in", "at", "near" …, built once per document
    after = new Map();
    for (let i = 1; i < texts.length; i++) if (ctx.lex.locativePrepositions.has(texts[i - 1].toLowerCase())) after.set(texts[i], [...(after.get(texts[i]) ?? []), i]);
    afterLocative.set(texts, after);
  }
  return (after.get(texts[a]) ?? []).some((i) => texts.slice(i, i + b - a).join(' ') === texts.slice(a, b).join(' '));
}

const afterLocative = new WeakMap<readonly string[], Map<string, number[]>>();
