// Mentions that are not names: pronouns, and role descriptions that stand for a person
// ("an Omani diplomat who asked not to be named told me", "the foreign minister").
import { isStanceVerb, type Lexicon } from '../lexicon/index.js';
import type { Document, Mention, Sentence } from '../types.js';
import { isCapitalised } from './names.js';
import { joinTokens } from './roles.js';

// Words that end the phrase after a description's head ("a spokesperson for the fund who …").
const PP_STOP = new Set(['who', 'whose', 'which', 'that', 'and', 'but', 'in', 'on', 'to', 'told', 'said']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);
// organisation nouns that name one body of states or parties wherever they stand in a sentence
const BLOC_NOUNS = new Set(['bloc', 'alliance', 'coalition']);
// organisation nouns that, described ("the militant group", "the armed movement"), stand for one group the story names
const GROUP_NOUNS = new Set(['group', 'movement', 'militia', 'organisation', 'organization']);
const NP_BREAK = new Set([',', '.', ';', ':', '(', ')', '“', '”', '"', '—', '–', '?', '!']);
const PRE_MODIFIER_BLOCK = new Set(['of', 'in', 'at', 'for', 'with', 'to', 'from', 'on', 'by', 'and', 'or', 'but', 'that', 'who', 'which', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'be', 'been']);

export function findPronouns(doc: Document, texts: string[], lex: Lexicon, s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const lower = texts[i].toLowerCase();
    if (!lex.pronouns.person.has(lower)) continue;
    const t = doc.tokens[i];
    out.push({ start: t.start, end: t.end, text: t.text, sentence: s.index, kind: 'pronoun', type: 'Person' });
  }
  return out;
}

/** A role description, kept as a mention only when it speaks or is definite ("the minister"). */
export interface RoleNounPhrase extends Mention {
  definite: boolean;
}

/**
 * Role noun phrases: a determiner or possessor, modifiers, and a singular role head
 * ("the White House's Middle East envoy", "a former State Department Iran hand").
 * Indefinite ones introduce an unnamed person only where that person speaks in the sentence;
 * definite ones ("the foreign minister") are kept for coreference with a named person.
 */
export function findRoleDescriptions(doc: Document, texts: string[], lex: Lexicon, s: Sentence, speaks: (headIndex: number) => boolean): RoleNounPhrase[] {
  const out: RoleNounPhrase[] = [];
  for (let h = s.tokenStart + 1; h < s.tokenEnd; h++) {
    // lowercase heads only ("Trade Representative" is a name), but for a title before its portfolio
    // ("the Minister of Foreign Affairs said"), which names an office, not a person
    const officeTitle = !lex.roleHeads.has(texts[h]) && lex.roleHeads.has(texts[h].toLowerCase()) && texts[h + 1] === 'of';
    const officeEnd = officeTitle ? officeTitleEnd(texts, lex, h + 2) : -1;
    // "The President of the Russian Federation said": a title of a named country or body, the title alone its job
    const owner = officeTitle && officeEnd < 0 ? ownerAfter(texts, h + 2) : undefined;
    if (!lex.roleHeads.has(texts[h]) && officeEnd < 0 && !owner) continue;
    const next = texts[h + 1]?.toLowerCase();
    if (next && (lex.roleHeads.has(next) || /^['’]s$/.test(next))) continue; // not the head yet ("ministry spokesman", "minister's")
    // "on the other hand" is no one; "hospital officials" are a group, not one unnamed person
    if (texts[h] === 'hand' && texts[h - 1]?.toLowerCase() === 'other') continue;
    if (/s$/.test(texts[h]) && lex.roleHeads.has(texts[h].slice(0, -1))) continue;
    // "North Korea's official KCNA news agency", "the official news agency": an adjective before a noun or an acronym
    if (texts[h].toLowerCase() === 'official' && /^(?:\p{Lu}{2,}|\p{Ll}+)$/u.test(texts[h + 1] ?? '') && !lex.speechVerbs.has(texts[h + 1]) && !/^(?:said|says|told|who|and|or|in|at|on|for|from|with|of|to|as|is|was|has|had|would|will)$/.test(next ?? '')) continue;
    // Walk left over modifiers to a determiner or a possessive.
    let p = h - 1;
    let start = -1;
    let definite = false;
    while (p >= s.tokenStart && h - p <= 7) {
      const w = texts[p];
      const wl = w.toLowerCase();
      if (NP_BREAK.has(w) || PRE_MODIFIER_BLOCK.has(wl) || verbBeforeTitle(lex, wl)) break;
      // "Its trade minister, Julien Marchetti": a possessive pronoun opens a description too
      if (lex.determiners.has(wl) || POSSESSIVE_PRONOUNS.has(wl)) {
        start = p;
        definite = wl === 'the';
        break;
      }
      if (/^['’]s$/.test(w)) {
        // possessor: walk over its capitalised name ("Iran's", "the White House's")
        let q = p - 1;
        while (q >= s.tokenStart && isCapitalised(texts[q])) q--;
        if (q < p - 1) {
          start = q >= s.tokenStart && texts[q].toLowerCase() === 'the' ? q : q + 1;
          break;
        }
        break;
      }
      p--;
    }
    if (start < 0) continue;
    const speaker = speaks(h);
    // "Guyana is a member": a predicate, not someone
    if (/^(?:is|was|are|were|be|been|became|becomes|remains|remained|as)$/i.test(texts[start - 1] ?? '')) continue;
    const a = lex.determiners.has(texts[start].toLowerCase()) || POSSESSIVE_PRONOUNS.has(texts[start].toLowerCase()) ? start + 1 : start;
    if (a > h) continue;
    // "Iran's foreign ministry spokesman": the possessor is the affiliation, the rest the job
    const poss = texts.slice(a, h).findIndex((w) => /^['’]s$/.test(w));
    let jobFrom = poss >= 0 ? a + poss + 1 : a;
    // "a Japanese spokesman", "a senior EU official": capitalised modifiers name whom they serve, not the job
    let modifier: string | undefined;
    if (poss < 0) {
      let k = jobFrom;
      while (k < h && !/^\p{Lu}/u.test(texts[k])) k++;
      let e = k;
      while (e < h && /^\p{Lu}/u.test(texts[e])) e++;
      if (e > k && e < h + 1 && e <= h) {
        modifier = joinTokens(doc.tokens, k, e);
        if (k === jobFrom) jobFrom = e;
      }
    }
    // "The Minister of Foreign Affairs and the National Community Abroad, Ramtane Lamamra": the whole office
    const text = joinTokens(doc.tokens, jobFrom, officeEnd > 0 ? officeEnd : h + 1);
    const affiliation = poss >= 0 ? joinTokens(doc.tokens, texts[a] === 'the' ? a + 1 : a, a + poss) : owner ? joinTokens(doc.tokens, owner[0], owner[1]) : modifier;
    // "a spokesperson for the fund", "a receptionist at the hotel": the phrase after the head is part of the description
    let last = officeEnd > 0 ? officeEnd - 1 : h;
    if (!definite && ['for', 'at', 'of', 'with'].includes(texts[h + 1] ?? '')) {
      let e = h + 2;
      if (/^(?:the|a|an)$/i.test(texts[e] ?? '')) e++;
      const from = e;
      while (e < s.tokenEnd && e - from < 4 && /^[\p{L}\p{N}'’-]+$/u.test(texts[e]) && !PP_STOP.has(texts[e].toLowerCase()) && !lex.speechVerbs.has(texts[e])) e++;
      if (e > from && (e >= s.tokenEnd || /^[,.;:]$/.test(texts[e]) || PP_STOP.has(texts[e].toLowerCase()) || lex.speechVerbs.has(texts[e]))) last = e - 1;
    }
    out.push({
      start: doc.tokens[a].start,
      end: doc.tokens[last].end,
      text: doc.article.text.slice(doc.tokens[a].start, doc.tokens[last].end),
      sentence: s.index,
      kind: 'description',
      type: 'Person',
      // "her Russian counterpart": a country's name or demonym says whom they serve and where they are from
      // (the facts stage keeps the nationality only when the modifier names a country)
      role: { jobTitle: text, ...(affiliation ? { affiliation } : {}), ...(modifier ? { nationality: modifier } : {}) },
      speaks: speaker,
      definite,
    });
  }
  return out;
}

/**
 * "the company said", "the ministry added": a definite organisation noun that speaks, for coreference;
 * a bloc or an alliance ("the regional bloc rejected …", "the 27-member bloc's leaders") wherever it
 * stands, since only one of those is usually in the story.
 */
export function findOrganisationDescriptions(doc: Document, texts: string[], lex: Lexicon, s: Sentence, speaks: (headIndex: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let h = s.tokenStart + 1; h < s.tokenEnd; h++) {
    if (!lex.orgDescriptionNouns.has(texts[h])) continue;
    const definite = texts[h - 1].toLowerCase() === 'the';
    // "the regional bloc", "the 15-nation bloc": a modifier or two after "the"
    let k = h - 1;
    while (k > s.tokenStart && h - k <= 4 && /^(?:[\p{Ll}\d][\p{Ll}\d-]*|-)$/u.test(texts[k]) && texts[k] !== 'the') k--;
    const modified = !definite && BLOC_NOUNS.has(texts[h]) && k < h - 1 && texts[k].toLowerCase() === 'the';
    // ("threatened the militant group with …": a group described by what it is, wherever it stands, is one named before)
    const described = !definite && GROUP_NOUNS.has(texts[h]) && k < h - 1 && texts[k].toLowerCase() === 'the';
    const standing = (BLOC_NOUNS.has(texts[h]) || described) && !/^(?:of|\p{Lu})/u.test(texts[h + 1] ?? '');
    if (!(definite || modified || described) || !(speaks(h) || (standing && (definite || modified || described)))) continue;
    const t = doc.tokens[h];
    const type = lex.orgDescriptionNouns.get(texts[h]) === 'Country' ? 'Country' : 'Organization';
    out.push({ start: t.start, end: t.end, text: t.text, sentence: s.index, kind: 'description', type, speaks: true });
  }
  return out;
}

/** The capitalised name after "of" ("the Russian Federation", "Chile"), as a token range, when the name ends the phrase. */
function ownerAfter(texts: string[], k: number): [number, number] | undefined {
  const from = texts[k] === 'the' ? k + 1 : k;
  let e = from;
  while (e < texts.length && e - from < 5 && /^\p{Lu}/u.test(texts[e])) e++;
  return e > from && !/^\p{Lu}/u.test(texts[e] ?? '') && texts[e] !== 'of' && texts[e] !== 'and' ? [from, e] : undefined;
}

/**
 * Where the office named after "Minister of" ends: after its portfolio words ("Foreign Affairs"),
 * or, before a comma, after a longer capitalised name of the office ("Foreign Affairs and the
 * National Community Abroad, X"); -1 when the words after "of" are a name, not an office.
 */
function officeTitleEnd(texts: string[], lex: Lexicon, k: number): number {
  let e = k;
  while (e < texts.length && /^\p{Lu}/u.test(texts[e]) && lex.genericOrganisationWords.words.has(texts[e].toLowerCase())) e++;
  if (e === k) return -1;
  if (!/^\p{Lu}/u.test(texts[e] ?? '') && texts[e] !== 'and') return e;
  let f = e;
  while (f < texts.length && f - k < 12 && (/^\p{Lu}/u.test(texts[f]) || /^(?:and|of|the|for)$/.test(texts[f]))) f++;
  return texts[f] === ',' ? f : -1;
}

/**
 * "the United States supports opposition leader X", "Trump named assembly leader Y": an inflected verb
 * of stance, or one that takes a titled person as its object, ends the words of a title before it.
 */
export function verbBeforeTitle(lex: Lexicon, w: string): boolean {
  if (w === 'met') return true;
  // ("the United Kingdom ambassador": the word that opens so many names is no verb of uniting)
  if (w === 'united') return false;
  const stems = /ed$/.test(w) ? [w.slice(0, -2), w.slice(0, -1)] : /s$/.test(w) ? [w.slice(0, -1), w.replace(/es$/, '')] : [];
  // ("those targeted include police chief X": a verb's base form too)
  return stems.some((x) => isStanceVerb(lex, x) || lex.actCues.has(x) || TITLE_TAKING_VERBS.has(x)) || TITLE_TAKING_VERBS.has(w);
}

const TITLE_TAKING_VERBS = new Set(['name', 'appoint', 'meet', 'visit', 'call', 'recognise', 'recognize', 'elect', 'replace', 'succeed', 'fire', 'sack', 'dismiss', 'nominate', 'include', 'target', 'sanction', 'designate']);

// nouns for a state that a region's word may describe ("the Gulf state", "the Pacific island nation")
const STATE_NOUNS = new Set(['country', 'nation', 'state', 'kingdom', 'republic', 'monarchy', 'emirate', 'sultanate', 'archipelago']);

/**
 * "the North American country", "the oil-rich Gulf state", "the Pacific island nation": a definite
 * description of one country by its region (country-epithets.tsv), as a mention of its noun that
 * carries the codes of the countries it may stand for; not one the name follows ("the Gulf state of Qatar").
 */
export function findCountryEpithets(doc: Document, texts: string[], lex: Lexicon, s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (let h = s.tokenStart + 2; h < s.tokenEnd; h++) {
    if (!STATE_NOUNS.has(texts[h]) || (texts[h + 1] === 'of' && /^\p{Lu}/u.test(texts[h + 2] ?? ''))) continue;
    const last = texts[h - 1] === 'island' ? h - 2 : h - 1;
    let region: string[] | undefined;
    let first = last + 1;
    for (let n = Math.min(3, last - s.tokenStart); n >= 1 && !region; n--) {
      const words = texts.slice(last - n + 1, last + 1);
      // (the words as written: "Gulf" is a region, "gulf" a sea)
      region = words.every((w) => /^\p{Lu}/u.test(w)) ? lex.countryEpithets.get(words.join(' ').replace(/ - /g, '-')) : undefined;
      if (region) first = last - n + 1;
    }
    if (!region) continue;
    // "the", and up to three lower-case words between it and the region ("the tiny oil-rich Gulf state")
    let p = first - 1;
    while (p > s.tokenStart && first - p <= 5 && /^(?:\p{Ll}[\p{Ll}-]*|-)$/u.test(texts[p]) && texts[p] !== 'the') p--;
    if (texts[p]?.toLowerCase() !== 'the') continue;
    const t = doc.tokens[h];
    out.push({ start: t.start, end: t.end, text: t.text, sentence: s.index, kind: 'description', type: 'Country', region });
  }
  return out;
}
