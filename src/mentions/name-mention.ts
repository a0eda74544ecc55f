// One leftover capitalised name: a person, or, when the words around it say so, an organisation,
// a place or a city. Titles, appositions, roles and speech verbs are person evidence; the trained
// tagger decides when the rules have none.
import { givenNameGenders } from '../lexicon/given-names.js';
import type { Lexicon } from '../lexicon/index.js';
import type { Document, Mention, RoleDescription, Sentence } from '../types.js';
import { isSentenceInitialWord, NAME_BREAKERS, REGION_WORDS, type NameCandidate, type RunContext } from './classify.js';
import { isCommonWord, isFiniteVerb, lexiconTag } from './common-words.js';
import { closesOpeningClause, isAcronym, isInitial, isShouting } from './names.js';
import { verbBeforeTitle } from './descriptions.js';
import { appositionAfter } from './roles.js';
import { isPortfolio, titleWordsOnly } from './tagged.js';
import { isDatelineSentence } from '../text/index.js';

const NAME_JOINERS = new Set(['of', 'and', 'for', 'the']);

export function nameMention(ctx: RunContext, s: Sentence, cand: NameCandidate, speech: boolean[], siblings: Mention[]): Mention | undefined {
  const { doc, texts, lex } = ctx;
  let { start, end } = cand;
  const { title } = cand;
  // (not a family name written first, before more of the name: "Wang Wenli, an official, said", though "wang" is a word too)
  // ("PALM GROVE, Fla. (AP) —": a dateline's place in capitals is a name whatever its words)
  const datelinePlace = ctx.heading && start === s.tokenStart && isDatelineSentence(doc, s) && texts.slice(start, end).every((w) => /^\p{Lu}{2,}$/u.test(w));
  while (start < end && !title && !datelinePlace && isSentenceInitialWord(ctx, start) && !(end - start > 1 && lex.familyNamesFirst.has(texts[start].toLowerCase()))) start++;
  // "Plan B.": an initial closes no name
  while (end > start && isInitial(texts[end - 1])) end--;
  // "President Mulino Denies China …" in a title-case heading: a verb ends the name
  const verbAt = ctx.heading ? texts.slice(start + 1, end).findIndex(isFiniteVerb) : -1;
  if (verbAt >= 0) end = start + 1 + verbAt;
  // "Kurdish YPG", "Lebanese Hezbollah": a people's adjective before an organisation's acronym or name says whose it is
  if (end - start >= 2 && /(?:an|ese|ish|i)$/.test(texts[start]) && ((end - start === 2 && isAcronym(texts[start + 1])) || lex.institutions.has(texts.slice(start + 1, end).join(' ')))) start++;
  if (start >= end) return undefined;
  const text = doc.article.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
  const base: Mention = { start: doc.tokens[start].start, end: doc.tokens[end - 1].end, text, sentence: s.index, kind: 'name', type: 'Person' };
  const single = end - start === 1;
  // People's names do not contain "of"/"for"/"and": "Statue of Liberty", "Bank of X"
  if (texts.slice(start, end).some((w) => NAME_BREAKERS.has(w))) return undefined;
  // (an acronym that is a title before a name, "NSA Ajit Doval", names its body on its own: "the NSA said")
  if ((!(single && isAcronym(text)) && lex.titles.some((t) => t.join(' ') === text)) || lex.roleHeads.has(text.toLowerCase())) return undefined;
  // "Vice Chair", "Member States": title and role words alone name no one (ending in an organisation's
  // word, "State Department", they name a body, which the rules below read)
  if (!title && !single && titleWordsOnly(ctx, start, end) && !lex.orgSuffixes.has(texts[end - 1])) return undefined;
  // "SAFED –", "KIBALE, Uganda (AP) –": a capitalised word opening a dateline is where the story was filed
  // ("CRICKET - COUNTY SCORES": before a shouted headline, a word the tagger does not read as a place is a topic)
  if (ctx.heading && start === s.tokenStart && s.tokenEnd - s.tokenStart <= 8 && /^\p{Lu}{3,}$/u.test(texts[start]) && (end === s.tokenEnd || /^[,(—–-]$/.test(texts[end]))) {
    const next = doc.sentences[s.index + 1];
    const topic = next && next.paragraph === s.paragraph && isShouting(texts, next) && ctx.nerAt(s, start, end)?.type !== 'LOC';
    return topic ? undefined : { ...base, type: 'City' };
  }
  // in a heading or dateline, "SOCCER" or "LONDON" is shouting, not an acronym
  if (single && isAcronym(texts[start]) && (!ctx.heading || texts[start].length <= 5)) return { ...base, type: 'Organization', kind: 'acronym' };
  const before = texts[start - 1]?.toLowerCase();
  const after = texts[end]?.toLowerCase();
  // "the Minister of Foreign Affairs", "Secretary of Trade and Industry": a portfolio, not a name
  if (isPortfolio(ctx, start, end)) return undefined;
  // "Council of Ministers", "Mechanism for Consultation and Coordination": an
  // ordinary word after a joiner inside a longer capitalised phrase is a piece of that phrase, no name of its own
  if (single && !title && !ctx.knownOrganizations.has(text) && !ctx.knownPeople.has(text) && isCommonWord(text, ctx.lowercaseInText) && fragmentAfterJoiner(texts, start, s.tokenStart)) return undefined;
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
  // "Islamic State and Kurdish militants": a people's adjective before a noun is no name, whatever it is joined to
  if (single && !title && /(?:ese|ish)$/.test(texts[start]) && /^\p{Ll}/u.test(texts[end] ?? '')) return undefined;
  // "Ridgeline Aerosystems and Covington Defense Technologies": coordinated with a company, a company
  if (!strongEvidence && !speaks && coordinatedOrganisation(doc, texts, siblings, start, end)) return { ...base, type: 'Organization' };
  // "the coastal town of Aparri", "Mejillones, a port": a settlement the gazetteer may not know
  const settlement = (k: number) => lex.settlementNouns.has(texts[k]?.toLowerCase() ?? '');
  if (!strongEvidence && !speaks && ((before === 'of' && settlement(start - 2)) || (texts[end] === ',' && lex.determiners.has(texts[end + 1]?.toLowerCase() ?? '') && settlement(end + 2)))) return { ...base, type: 'City' };
  // "the province of Ilonga Sur", "his province Ilonga Sur": a region the gazetteer may not know ("the State Department" has a capital)
  const regionNoun = (k: number) => lex.regionNouns.has(texts[k] ?? '');
  const owned = (k: number) => lex.determiners.has(texts[k]?.toLowerCase() ?? '') || /^(?:his|her|its|their|our)$/i.test(texts[k] ?? '');
  if (!strongEvidence && !speaks && ((before === 'of' && regionNoun(start - 2) && owned(start - 3)) || (regionNoun(start - 1) && owned(start - 2)))) return { ...base, type: 'Place' };
  // "an economist at Itaú Unibanco", "a lawyer for Buli Nikel": after a role, an employer ("at the Peace Palace" has a suffix and never gets here)
  if (!strongEvidence && !speaks && ['at', 'for', 'with'].includes(before ?? '') && lex.roleHeads.has(texts[start - 2]?.toLowerCase() ?? '')) return { ...base, type: 'Organization' };
  // "in Darfur", "into Kordofan and Darfur": after a locative preposition, a place
  // ("At a summit in Lima, Ana Ruiz met …": past the comma, a full name the tagger reads as a person's is no place in a list)
  const personPastComma = !single && texts[start - 1] === ',' && ctx.nerAt(s, start, end)?.type === 'PER';
  if (!strongEvidence && !speaks && !personPastComma && locativeBefore(texts, lex, start, s)) return { ...base, type: 'Place', locative: true };
  if (!strongEvidence && !ctx.heading) {
    const ner = ctx.nerAt(s, start, end);
    if (speaks && (!ner || ner.type === 'PER')) isPerson = true;
    else {
    // a two-word name acting as a subject ("Ana Souza met ...") is someone, whatever the tagger's guess
    const actsAsSubject = !single && /^\p{Ll}/u.test(texts[end] ?? '') && (/ed$/.test(texts[end]) || /PastTense|PresentTense/.test(lexiconTag(texts[end]) ?? ''));
    if (ner?.type === 'MISC' && !actsAsSubject) return undefined;
    // ("endangered the National Security and Public Safety of …": capitalised ordinary words are emphasis, not an organisation's name)
    if (ner?.type === 'ORG' && !actsAsSubject && !single && ordinaryWords(ctx, start, end)) return undefined;
    // ("Manfred Weber", "Gloria Kimani": a given name the tables know, then a surname, whatever the tagger's guess)
    const givenFirst = !single && end - start <= 3 && givenNameGenders().has(texts[start].toLowerCase()) && texts.slice(start, end).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !lex.orgSuffixes.has(w) && !lex.genericOrganisationWords.words.has(w.toLowerCase()));
    if (ner?.type === 'ORG' && !actsAsSubject && !givenFirst) return { ...base, type: 'Organization' };
    // ("ambassador to Ankara Hisham al-Alawi": a place the tagger ran into the name is where its LOC comes from)
    const placeBefore = (span: NonNullable<typeof ner>) => span.start < start && ctx.gaz.lookup(texts.slice(span.start, start).join(' ')).some((x) => x.type === 'Country' || x.type === 'City');
    if (ner?.type === 'LOC' && !actsAsSubject && !placeBefore(ner)) return { ...base, type: 'Place' };
    if (ner?.type === 'PER') isPerson = true;
    else if (!ner && single && !speaks) return undefined;
    }
  }
  // "Nuclear Weapons", "Diplomatic Relations", "Working Mechanism": capitalised ordinary words are no one
  // unless something says a person (a title, a role, a speech verb, the tagger)
  if (isPerson && !personEvidence && !single && ctx.nerAt(s, start, end)?.type !== 'PER' && texts.slice(start, end).every((w) => isCommonWord(w, ctx.lowercaseInText) && !ctx.knownPeople.has(w))) return undefined;
  if (!personEvidence && !isPerson) {
    if (single && (before === 'told' || (before === 'to' && speech[start - 2]))) return { ...base, type: 'Organization', subtypes: ['NewsMediaOrganization'] };
    if (REGION_WORDS.has(after ?? '')) return { ...base, type: 'Place' };
    // "according to Eurostat", "data from Kpler": a source
    if (before === 'to' && texts[start - 2]?.toLowerCase() === 'according' || before === 'from' && /^(?:data|figures|estimates|statistics)$/i.test(texts[start - 2] ?? '')) return { ...base, type: 'Organization' };
    if (before && before !== 'to' && lex.locativePrepositions.has(before)) return { ...base, type: 'Place', locative: true };
    // "a Southeast Asian diplomat": an adjective, not a name
    if (/(?:an|ese|ish|ic)$/.test(texts[end - 1]) && /^\p{Ll}/u.test(texts[end] ?? '')) return undefined;
    if (before === 'the') return single || ordinaryWords(ctx, start, end) ? undefined : { ...base, type: 'Organization' };
    if (single && after === 'of') isPerson = false;
  }
  if (!isPerson) return undefined;
  const role = { ...(roleBefore ?? {}), ...(apposition?.role ?? {}) };
  // "Lieutenant General X, a deputy chief of staff": both the title and the described job
  if (title && role.jobTitle && role.jobTitle !== title) role.title = title;
  else if (title) role.jobTitle = title;
  // "Iranian Foreign Minister X", "U.S. Secretary of State X": the demonym or country just before the title.
  // Only the title (and a possessive 's) may stand between them: in "Ruritania backs President X" the country is a subject.
  const lead = title ? siblings.find((m) => m.end <= base.start && (m.type === 'Country' || m.type === 'Organization') && base.start - m.end < 30 && onlyTitleBetween(doc, m.end, start, title)) : undefined;
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
export function rememberOrganization(ctx: RunContext, text: string): void {
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
  // (not the comma that closes a sentence's opening clause: "Asked about the opposition leader, Ruiz said …")
  const head = texts[start - 1] === ',' && lex.roleHeads.has(texts[start - 2] ?? '') && !closesOpeningClause(texts, s, start - 1) ? start - 2 : start - 1;
  if (head <= s.tokenStart - 1 || !lex.roleHeads.has(texts[head] ?? '')) return undefined;
  let k = head;
  while (k - 1 >= s.tokenStart && head - k < 3 && ROLE_WORD.test(texts[k - 1]) && !lex.determiners.has(texts[k - 1]) && !POSSESSIVES.has(texts[k - 1]) && !/^(?:of|in|at|for|to|by|with|and|or|said|says|told)$/.test(texts[k - 1]) && !verbBeforeTitle(lex, texts[k - 1])) k--;
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

/** Whether the tokens from offset `from` to token `start` are the title's words, a possessive 's or "the" and nothing else. */
function onlyTitleBetween(doc: Document, from: number, start: number, title: string): boolean {
  const allowed = new Set([...title.toLowerCase().split(' '), "'s", '’s', 'the']);
  for (let k = start - 1; k >= 0 && doc.tokens[k].start >= from; k--) if (!allowed.has(doc.tokens[k].text.toLowerCase())) return false;
  return true;
}

/** Whether the word at `start` follows "of", "for" or "and" that follows a capitalised word of the same sentence. */
function fragmentAfterJoiner(texts: string[], start: number, sentenceStart: number): boolean {
  const joiner = texts[start - 1];
  return start - 2 >= sentenceStart && /^(?:of|for|and|&)$/.test(joiner ?? '') && /^\p{Lu}/u.test(texts[start - 2]);
}

/** Whether tokens [start, end) are all ordinary words and joiners ("Public Safety of", "State of Emergency"). */
function ordinaryWords(ctx: RunContext, start: number, end: number): boolean {
  return ctx.texts.slice(start, end).every((w) => NAME_JOINERS.has(w) || isCommonWord(w, ctx.lowercaseInText));
}
