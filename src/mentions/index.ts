// Stage 2: every span that refers to an entity — names, demonyms, acronyms, pronouns, role descriptions.
import { loadGazetteer } from '../gazetteer/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import { loadTagger, type NerSpan } from '../ner/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Document, Mention, RoleDescription, Sentence } from '../types.js';
import { classifyRun, isSentenceInitialWord, NAME_BREAKERS, REGION_WORDS, type NameCandidate, type RunContext } from './classify.js';
import { findOrganisationDescriptions, findPronouns, findRoleDescriptions } from './descriptions.js';
import { capitalisedRuns, isAcronym, isInitial } from './names.js';
import { appositionAfter } from './roles.js';
import { isCommonWord, lexiconTag } from './common-words.js';
import { reconcileWithTagger, taggerNames } from './tagged.js';
import { tokenAtOrAfter } from '../text/lookup.js';

export { isAcronym } from './names.js';

const QUOTE_OPEN = new Set(['“', '"']);

export function findMentions(doc: Document, settings: Settings = DEFAULT_SETTINGS): Mention[] {
  const lex = lexicon();
  const gaz = loadGazetteer({ minCityPopulation: settings.minCityPopulation });
  const texts = doc.tokens.map((t) => t.text);
  const lowercaseInText = new Set(texts.filter((w) => /^\p{Ll}/u.test(w)));
  const knownPeople = new Set<string>();
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
    for (const [a, b] of capitalisedRuns(doc.tokens, s.tokenStart, s.tokenEnd, lex.nameConnectors)) {
      const run = classifyRun(ctx, a, b);
      names.push(...run.mentions);
      for (const cand of run.names) {
        const m = nameMention(ctx, s, cand, speech, names);
        if (m) names.push(m);
      }
    }
    // ALL-CAPS headlines and tables: capitalisation says nothing there, the tagger decides alone
    // (a dateline, "THE HAGUE, Netherlands (AP) —", is places by construction: the gazetteer decides)
    const dateline = s.heading && /[-—–]$/.test(doc.article.text.slice(s.start, s.end));
    if (isShouting(texts, s)) names = names.filter((n) => n.gazetteerKey && n.kind !== 'demonym' && (dateline || nerSpans(s).some((t) => doc.tokens[t.start].start === n.start && doc.tokens[t.end - 1].end === n.end)));
    names = reconcileWithTagger(ctx, s, names, nerSpans(s)).map((n) => (isTableTeam(ctx, n) ? asOrganization(n) : n));
    names.push(...parentheticalAcronymNames(ctx, s, names));
    for (const n of names) if (n.type === 'Organization' && n.kind !== 'description') rememberOrganization(ctx, n.text);
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
    const people = names.filter((n) => n.type === 'Person');
    // "Venezuela's foreign minister, Ramón Urdaneta,": the description is the named person's role.
    const kept: Mention[] = [];
    for (const { definite, ...d } of descriptions) {
      const named = people.find((n) => overlaps(n, d) || n.start === nextStart(doc, d) || (textBetween(doc, d, n) === ',' && n.start > d.end));
      if (named) {
        if (!overlaps(named, d) && d.role) named.role = { ...d.role, ...named.role, jobTitle: named.role?.jobTitle ?? d.role.jobTitle, affiliation: named.role?.affiliation ?? d.role.affiliation };
        continue;
      }
      if (definite || d.speaks) kept.push(d);
    }
    const orgDescriptions = findOrganisationDescriptions(doc, texts, lex, s, (h) => {
      const v = speechVerbAfter(texts, speech, s, h);
      return v >= 0 && v - h <= 3;
    });
    out.push(...names, ...kept, ...pronouns, ...orgDescriptions);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** "Surrey closed on 429" after the table's "Surrey 429-7": a place name the article's table uses for a team. */
function isTableTeam(ctx: RunContext, m: Mention): boolean {
  return m.kind === 'name' && (m.type === 'City' || m.type === 'Place') && ctx.tableOrganizations.has(m.text);
}

function asOrganization(m: Mention): Mention {
  return { start: m.start, end: m.end, text: m.text, sentence: m.sentence, kind: 'name', type: 'Organization' };
}

function isShouting(texts: string[], s: Sentence): boolean {
  const words = texts.slice(s.tokenStart, s.tokenEnd).filter((w) => /^\p{L}{2,}/u.test(w));
  return words.length >= 2 && words.filter((w) => w === w.toUpperCase()).length / words.length >= 0.6;
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

function nameMention(ctx: RunContext, s: Sentence, cand: NameCandidate, speech: boolean[], siblings: Mention[]): Mention | undefined {
  const { doc, texts, lex } = ctx;
  let { start, end } = cand;
  const { title } = cand;
  while (start < end && !title && isSentenceInitialWord(ctx, start)) start++;
  // "Plan B.": an initial closes no name
  while (end > start && isInitial(texts[end - 1])) end--;
  if (start >= end) return undefined;
  const text = doc.article.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
  const base: Mention = { start: doc.tokens[start].start, end: doc.tokens[end - 1].end, text, sentence: s.index, kind: 'name', type: 'Person' };
  const single = end - start === 1;
  // People's names do not contain "of"/"for"/"and": "Statue of Liberty", "Bank of X"
  if (texts.slice(start, end).some((w) => NAME_BREAKERS.has(w))) return undefined;
  if (lex.titles.some((t) => t.join(' ') === text) || lex.roleHeads.has(text.toLowerCase())) return undefined;
  // in a heading or dateline, "SOCCER" or "LONDON" is shouting, not an acronym
  if (single && isAcronym(texts[start]) && (!ctx.heading || texts[start].length <= 5)) return { ...base, type: 'Organization', kind: 'acronym' };
  const before = texts[start - 1]?.toLowerCase();
  const after = texts[end]?.toLowerCase();
  const apposition = appositionAfter(doc.tokens, texts, end, s.tokenEnd, lex);
  const speaks = speech[end] || (start > s.tokenStart && speech[start - 1] && before !== 'told') || (apposition !== undefined && speaksLater(speech, apposition.end, s));
  if (ctx.heading && !ctx.knownPeople.has(text) && !title) return undefined;
  let isPerson = Boolean(title) || !single || ctx.knownPeople.has(text) || speaks || apposition !== undefined;
  const roleBefore = title ? undefined : lowercaseRoleBefore(ctx, start, s, siblings);
  // Titles, roles and appositions say "person"; a speech verb only says "someone" (companies say things too).
  const strongEvidence = Boolean(title) || ctx.knownPeople.has(text) || apposition !== undefined || roleBefore !== undefined;
  const personEvidence = strongEvidence || speaks;
  // "Belstat said", "Ridgeline said it would appeal": a name the article already gave an organisation
  if (single && !title && ctx.knownOrganizations.has(text) && !ctx.knownPeople.has(text)) return { ...base, type: 'Organization' };
  // "the carmaker Toyota", "think tank Ember", "ship-tracking firm Kpler": the noun says what it is
  if (!title && lex.nounsBeforeOrgNames.has(texts[start - 1] ?? '')) return { ...base, type: 'Organization' };
  // "Ridgeline Aerosystems and Covington Defense Technologies": coordinated with a company, a company
  if (!strongEvidence && !speaks && coordinatedOrganisation(doc, texts, siblings, start, end)) return { ...base, type: 'Organization' };
  // "the coastal town of Aparri", "Mejillones, a port": a settlement the gazetteer may not know
  const settlement = (k: number) => lex.settlementNouns.has(texts[k]?.toLowerCase() ?? '');
  if (!strongEvidence && !speaks && ((before === 'of' && settlement(start - 2)) || (texts[end] === ',' && lex.determiners.has(texts[end + 1]?.toLowerCase() ?? '') && settlement(end + 2)))) return { ...base, type: 'City' };
  // "an economist at Itaú Unibanco", "a lawyer for Buli Nikel": after a role, an employer ("at the Peace Palace" has a suffix and never gets here)
  if (!strongEvidence && !speaks && ['at', 'for', 'with'].includes(before ?? '') && lex.roleHeads.has(texts[start - 2]?.toLowerCase() ?? '')) return { ...base, type: 'Organization' };
  // "in Darfur", "into Kordofan and Darfur": after a locative preposition, a place
  if (!strongEvidence && !speaks && locativeBefore(texts, lex, start, s)) return { ...base, type: 'Place' };
  if (!strongEvidence && !ctx.heading) {
    const ner = ctx.nerAt(s, start, end);
    if (speaks && (!ner || ner.type === 'PER')) isPerson = true;
    else {
    // a two-word name acting as a subject ("Ana Souza met ...") is someone, whatever the tagger's guess
    const actsAsSubject = !single && /^\p{Ll}/u.test(texts[end] ?? '') && (/ed$/.test(texts[end]) || /PastTense|PresentTense/.test(lexiconTag(texts[end]) ?? ''));
    if (ner?.type === 'MISC' && !actsAsSubject) return undefined;
    if (ner?.type === 'ORG' && !actsAsSubject) return { ...base, type: 'Organization' };
    if (ner?.type === 'LOC' && !actsAsSubject) return { ...base, type: 'Place' };
    if (ner?.type === 'PER') isPerson = true;
    else if (!ner && single && !speaks) return undefined;
    }
  }
  if (!personEvidence && !isPerson) {
    if (single && (before === 'told' || (before === 'to' && speech[start - 2]))) return { ...base, type: 'Organization', subtypes: ['NewsMediaOrganization'] };
    if (REGION_WORDS.has(after ?? '')) return { ...base, type: 'Place' };
    // "according to Eurostat", "data from Kpler": a source
    if (before === 'to' && texts[start - 2]?.toLowerCase() === 'according' || before === 'from' && /^(?:data|figures|estimates|statistics)$/i.test(texts[start - 2] ?? '')) return { ...base, type: 'Organization' };
    if (before && before !== 'to' && lex.locativePrepositions.has(before)) return { ...base, type: 'Place' };
    // "a Southeast Asian diplomat": an adjective, not a name
    if (/(?:an|ese|ish|ic)$/.test(texts[end - 1]) && /^\p{Ll}/u.test(texts[end] ?? '')) return undefined;
    if (before === 'the') return single ? undefined : { ...base, type: 'Organization' };
    if (single && after === 'of') isPerson = false;
  }
  if (!isPerson) return undefined;
  const role = { ...(roleBefore ?? {}), ...(apposition?.role ?? {}) };
  // "Lieutenant General X, a deputy chief of staff": both the title and the described job
  if (title && role.jobTitle && role.jobTitle !== title) role.title = title;
  else if (title) role.jobTitle = title;
  // "Iranian Foreign Minister X", "U.S. Secretary of State X": the demonym or country just before the title.
  const lead = title ? siblings.find((m) => m.end <= base.start && (m.type === 'Country' || m.type === 'Organization') && base.start - m.end < 30) : undefined;
  if (lead && !role.affiliation) role.affiliation = lead.text;
  // "Judge Awa Diallo-Sène of Senegal": of a country, a nationality
  const ofCountry = texts[end] === 'of' ? siblings.find((m) => m.type === 'Country' && m.kind === 'name' && m.start === doc.tokens[end + 1]?.start) : undefined;
  if (ofCountry && !role.nationality) role.nationality = ofCountry.text;
  ctx.knownPeople.add(text);
  for (let k = start; k < end; k++) {
    if (texts[k].length > 2 && /^\p{Lu}/u.test(texts[k])) ctx.knownPeople.add(texts[k]);
    // "al-Otaibi" opens a sentence as "Al-Otaibi"
    if (/^\p{Ll}{1,3}-\p{Lu}/u.test(texts[k])) ctx.knownPeople.add(texts[k]).add(texts[k][0].toUpperCase() + texts[k].slice(1));
  }
  return Object.keys(role).length ? { ...base, role } : base;
}

/** The name, its shorter forms, and for a longer name its distinctive first word ("Ridgeline" of "Ridgeline Aerosystems"). */
function rememberOrganization(ctx: RunContext, text: string): void {
  ctx.knownOrganizations.add(text);
  const words = text.split(' ');
  // "Sahel Crest" of "Sahel Crest Shipping FZE": the name without its legal or business suffix
  // (never a place's name: "United States" of "United States Trade Representative" stays the country)
  if (words.length >= 3) for (const short of [words.slice(0, -1).join(' '), words.slice(0, 2).join(' ')]) if (!ctx.gaz.lookup(short).length) ctx.knownOrganizations.add(short);
  const first = words[0];
  if (first !== text && first.length > 3 && !isCommonWord(first, ctx.lowercaseInText) && !ctx.gaz.lookup(first).length) ctx.knownOrganizations.add(first);
}

function coordinatedOrganisation(doc: Document, texts: string[], siblings: Mention[], start: number, end: number): boolean {
  const org = (m: Mention) => m.type === 'Organization' && m.kind === 'name' && m.text.includes(' ');
  if (texts[end] === 'and' && siblings.some((m) => org(m) && m.start === doc.tokens[end + 1]?.start)) return true;
  return texts[start - 1] === 'and' && start >= 2 && siblings.some((m) => org(m) && m.end === doc.tokens[start - 2].end);
}

const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);
const ROLE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * "State Department spokesperson Marcus Bell", "former foreign minister Mariela Soto":
 * lowercase role words right before a name, and the organisation or country just before them.
 */
function lowercaseRoleBefore(ctx: RunContext, start: number, s: Sentence, siblings: Mention[]): RoleDescription | undefined {
  const { texts, lex, doc } = ctx;
  // "said its director, Constanza Ulloa Tapia": the role may stand before a comma
  const head = texts[start - 1] === ',' && lex.roleHeads.has(texts[start - 2] ?? '') ? start - 2 : start - 1;
  if (head <= s.tokenStart - 1 || !lex.roleHeads.has(texts[head] ?? '')) return undefined;
  let k = head;
  while (k - 1 >= s.tokenStart && head - k < 3 && ROLE_WORD.test(texts[k - 1]) && !lex.determiners.has(texts[k - 1]) && !POSSESSIVES.has(texts[k - 1]) && !/^(?:of|in|at|for|to|by|with|and|or|said|says|told)$/.test(texts[k - 1])) k--;
  const words = texts.slice(k, head + 1).filter((w) => !/^(?:former|then|acting|new|veteran)$/.test(w));
  const role: RoleDescription = { jobTitle: words.join(' ') };
  const lead = siblings.find((m) => m.end <= doc.tokens[k].start && doc.tokens[k].start - m.end <= 1 && m.type !== 'Person');
  // "Norwegian diplomat Halvard Engen": a demonym says where someone is from; before an official's title, whom they serve
  if (lead && lead.kind === 'demonym') role.nationality = lead.text;
  if (lead && (lead.kind !== 'demonym' || lex.agentAffiliationHeads.has(texts[head]))) role.affiliation = lead.text;
  return role;
}

function locativeBefore(texts: string[], lex: Lexicon, start: number, s: Sentence): boolean {
  for (let k = start - 1; k >= s.tokenStart && start - k <= 6; k--) {
    const w = texts[k];
    if (w !== 'to' && lex.locativePrepositions.has(w)) return true;
    if (!(w === 'and' || w === ',' || w === 'the' || /^\p{Lu}/u.test(w))) return false;
  }
  return false;
}

function speaksLater(speech: boolean[], from: number, s: Sentence): boolean {
  for (let k = from; k < Math.min(s.tokenEnd, from + 4); k++) if (speech[k]) return true;
  return false;
}

export type { Gazetteer, Lexicon };
