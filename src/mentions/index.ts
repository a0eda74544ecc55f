// Stage 2: every span that refers to an entity — names, demonyms, acronyms, pronouns, role descriptions.
import { loadGazetteer } from '../gazetteer/index.js';
import type { Gazetteer } from '../gazetteer/types.js';
import { lexicon, type Lexicon } from '../lexicon/index.js';
import { DEFAULT_SETTINGS, type Settings } from '../settings.js';
import type { Document, Mention, Sentence } from '../types.js';
import { classifyRun, isSentenceInitialWord, type NameCandidate, type RunContext } from './classify.js';
import { findPronouns, findRoleDescriptions } from './descriptions.js';
import { capitalisedRuns, isAcronym } from './names.js';
import { appositionAfter } from './roles.js';

export { isAcronym } from './names.js';

const QUOTE_OPEN = new Set(['“', '"']);

export function findMentions(doc: Document, settings: Settings = DEFAULT_SETTINGS): Mention[] {
  const lex = lexicon();
  const gaz = loadGazetteer({ minCityPopulation: settings.minCityPopulation });
  const texts = doc.tokens.map((t) => t.text);
  const lowercaseInText = new Set(texts.filter((w) => /^\p{Ll}/u.test(w)));
  const knownPeople = new Set<string>();
  const ctx: RunContext = { doc, lex, gaz, texts, lowercaseInText, knownPeople, heading: false };
  const speech = texts.map((w) => /^\p{Ll}/u.test(w) && lex.speechVerbs.has(w));
  const out: Mention[] = [];
  // Body before headings: a heading may only name people the body introduces.
  const ordered = [...doc.sentences.filter((s) => !s.heading), ...doc.sentences.filter((s) => s.heading)];
  for (const s of ordered) {
    ctx.heading = s.heading;
    const names: Mention[] = [];
    for (const [a, b] of capitalisedRuns(doc.tokens, s.tokenStart, s.tokenEnd, lex.nameConnectors)) {
      const run = classifyRun(ctx, a, b);
      names.push(...run.mentions);
      for (const cand of run.names) {
        const m = nameMention(ctx, s, cand, speech, run.mentions);
        if (m) names.push(m);
      }
    }
    const descriptions = findRoleDescriptions(doc, texts, lex, s, (h) => speaksAfter(texts, speech, s, h));
    const pronouns = findPronouns(doc, texts, lex, s);
    const people = names.filter((n) => n.type === 'Person');
    out.push(...names, ...descriptions.filter((d) => !people.some((n) => overlaps(n, d) || n.start === nextStart(doc, d))), ...pronouns);
  }
  return out.sort((x, y) => x.start - y.start || y.end - x.end);
}

function nextStart(doc: Document, m: Mention): number {
  const t = doc.tokens.find((k) => k.start >= m.end);
  return t ? t.start : -1;
}

const overlaps = (a: Mention, b: Mention) => a.start < b.end && b.start < a.end;

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
  let { start } = cand;
  const { end, title } = cand;
  while (start < end && !title && isSentenceInitialWord(ctx, start)) start++;
  if (start >= end) return undefined;
  const text = doc.article.text.slice(doc.tokens[start].start, doc.tokens[end - 1].end);
  const base: Mention = { start: doc.tokens[start].start, end: doc.tokens[end - 1].end, text, sentence: s.index, kind: 'name', type: 'Person' };
  const single = end - start === 1;
  // People's names do not contain "of"/"for"/"and": "Statue of Liberty", "Bank of X"
  if (texts.slice(start, end).some((w) => lex.nameConnectors.has(w))) return undefined;
  if (lex.titles.some((t) => t.join(' ') === text) || lex.roleHeads.has(text.toLowerCase())) return undefined;
  if (single && isAcronym(texts[start])) return { ...base, type: 'Organization', kind: 'acronym' };
  const before = texts[start - 1]?.toLowerCase();
  const after = texts[end]?.toLowerCase();
  const apposition = appositionAfter(doc.tokens, texts, end, s.tokenEnd, lex);
  const speaks = speech[end] || (start > s.tokenStart && speech[start - 1] && before !== 'told') || (apposition !== undefined && speaksLater(speech, apposition.end, s));
  if (ctx.heading && !ctx.knownPeople.has(text) && !title) return undefined;
  let isPerson = Boolean(title) || !single || ctx.knownPeople.has(text) || speaks || apposition !== undefined;
  if (single && !title && !ctx.knownPeople.has(text)) {
    if (before === 'told' || before === 'to' && speech[start - 2]) return { ...base, type: 'Organization', subtypes: ['NewsMediaOrganization'] };
    if (before && lex.locativePrepositions.has(before) && !speaks) return { ...base, type: 'Place' };
    if (after === 'of' || before === 'the') isPerson = false;
  }
  if (!isPerson) return undefined;
  const role = { ...(apposition?.role ?? {}) };
  if (title && !role.jobTitle) role.jobTitle = title;
  else if (title) role.jobTitle = title;
  // "Iranian Foreign Minister X", "U.S. Secretary of State X": the demonym or country just before the title.
  const lead = siblings.find((m) => m.end <= base.start && (m.type === 'Country' || m.type === 'Organization') && base.start - m.end < 40 && title);
  if (lead && !role.affiliation) role.affiliation = lead.text;
  ctx.knownPeople.add(text);
  for (let k = start; k < end; k++) if (texts[k].length > 2 && /^\p{Lu}/u.test(texts[k])) ctx.knownPeople.add(texts[k]);
  return Object.keys(role).length ? { ...base, role } : base;
}

function speaksLater(speech: boolean[], from: number, s: Sentence): boolean {
  for (let k = from; k < Math.min(s.tokenEnd, from + 4); k++) if (speech[k]) return true;
  return false;
}

export type { Gazetteer, Lexicon };
