// Quotes and who said them: "“…,” said X", "X said: “…”", "“…,” he told Al Jazeera",
// unattributed quotes that continue the previous speaker, quotes over several paragraphs.
import { agrees, genderOf, pronounGender } from '../entities/gender.js';
import type { Entity, Statement } from '../types.js';
import { PREPOSITIONS } from './clauses.js';
import { agentNamedFrom, agentsAt, citedSource, isAgent, issuerBefore, spanText, subjectOf, unnamedInstitution, verbAbove, type StatementContext } from './context.js';
import { factualityOf } from './factuality.js';
import { tokenStartingAt } from '../text/lookup.js';
import { CLOSE, OPEN } from '../text/quote-marks.js';
import { findQuoteSpans, scareQuote, type QuoteSpan } from './quote-spans.js';

/**
 * Subject of a speech verb at index v: the parse's, else the nearest agent to its left in the same
 * sentence that is not inside a prepositional phrase or a possessor ("Judge X of Senegal, said").
 */
function subjectBefore(ctx: StatementContext, v: number, floor: number): Entity | undefined {
  // "the agency quoted X as saying": X's words, passed on
  const quoted = quotedAsSaying(ctx, v);
  if (quoted) return quoted;
  // the parse first: the verb's subject, or the subject of the verb it hangs from ("X, addressing Y, saying: …")
  // (not one before the floor: in "“…, Ana Ruiz,” said Ben Lee" the parse may take the quoted name for the subject)
  const subject = subjectOf(ctx, v);
  // "X addressing Y saying: …" parsed with Y as the subject of "saying": Y is what the verb
  // before it takes, and whoever does that verb speaks
  const before = subject >= 0 ? tokenStartingAt(ctx.doc, ctx.mentionAtToken[subject]?.start ?? -1) - 1 : -1;
  if (before > floor && /ing$/.test(ctx.lower[v]) && /ing$/.test(ctx.lower[before]) && ctx.tree.upos(before) === 'VERB' && ctx.tree.kid(before, 'obj') < 0) return subjectBefore(ctx, before, floor);
  const parsed = subject >= floor ? agentsAt(ctx, subject)[0] : undefined;
  if (parsed) return parsed;
  // "…," the statement said: whoever issued it, an institution that spoke just before; so for "…," it added
  // (one after the floor: an "it" the verb shares with a clause before the quote is not the one who says it)
  if (subject >= floor && (ctx.lex.cueWords('saying-noun').has(ctx.tree.lemma(subject)) || ctx.lower[subject] === 'it')) return (ctx.lower[subject] === 'it' ? undefined : issuerBefore(ctx, v, ctx.tree.lemma(subject))) ?? recentInstitution(ctx, v, ctx.lower[subject] === 'it');
  // "Fiona McAllister, Australia's climate minister and the president of negotiations, said":
  // the apposition between commas describes the name before it
  if (ctx.texts[v - 1] === ',') {
    for (let c = v - 2; c > floor; c--) {
      if (OPEN.has(ctx.texts[c]) || CLOSE.has(ctx.texts[c])) break;
      if (ctx.texts[c] !== ',') continue;
      const e = ctx.entityAtToken[c - 1];
      if (e?.type === 'Person' && ctx.mentionAtToken[c - 1]?.kind === 'name') return e;
      break;
    }
  }
  // "West African leaders …, warning …": a subject the parse found that names no one is no cue to
  // take whatever name comes before the verb ("the junta in Niger")
  // (a capitalised head may be a title the parse took for the subject: "Deputy Treasury Secretary X said")
  if (subject >= floor && ctx.tree.upos(subject) === 'NOUN' && /^[\p{Ll}\d]/u.test(ctx.texts[subject]) && !ctx.mentionAtToken[subject]) return undefined;
  for (let i = v - 1; i >= floor; i--) {
    if (OPEN.has(ctx.texts[i]) || CLOSE.has(ctx.texts[i])) break;
    const e = ctx.entityAtToken[i];
    const m = ctx.mentionAtToken[i];
    if (!isAgent(e) || !m || m.kind === 'demonym') continue;
    const first = tokenStartingAt(ctx.doc, m.start);
    const prev = ctx.lower[first - 1] ?? '';
    // "the junta in Niger", "Peru's envoy": named in passing, not the one speaking
    if (PREPOSITIONS.has(prev) || /^['’]s$/.test(ctx.texts[m.end === ctx.doc.tokens[i].end ? i + 1 : -1] ?? '')) {
      i = first;
      continue;
    }
    return e;
  }
  return undefined;
}

/** The organisation or country that was last the subject of a speech verb in the three sentences before v's. */
function recentInstitution(ctx: StatementContext, v: number, acting = false): Entity | undefined {
  const s = ctx.sentenceOfToken(v);
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const prev = ctx.doc.sentences[i];
    for (let k = prev.tokenEnd - 1; k >= prev.tokenStart; k--) {
      // ("The council condemned the move. “…,” it said": for "it", the institution that last acted, in a sentence of its own)
      if (!ctx.isSpeechVerb(k) && !(acting && ctx.tree.rel(k) === 'root' && ctx.tree.upos(k) === 'VERB')) continue;
      const subject = subjectOf(ctx, k);
      const e = agentsAt(ctx, subject)[0];
      if (e && (e.type === 'Organization' || e.type === 'Country')) return e;
      // "the office of the president said …": an institution the text does not name speaks for its country
      // (the country the article is mostly about, else the first it names: "South Africa responds to …")
      const unnamed = e ? undefined : unnamedInstitution(ctx, subject);
      if (unnamed) return unnamed;
    }
  }
  return undefined;
}

/** Whether the quote is attributed right after it to no person: "…,” it said", "…,” the statement added". */
function impersonalAttribution(ctx: StatementContext, q: QuoteSpan): boolean {
  let i = q.close + 1;
  if (ctx.texts[i] === ',') i++;
  if (ctx.lower[i] === 'it') return ctx.isSpeechVerb(i + 1);
  return ctx.lower[i] === 'the' && ctx.lex.cueWords('saying-noun').has(ctx.lower[i + 1] ?? '') && ctx.isSpeechVerb(i + 2);
}

/** "“…,” according to X": X, when the text names X ("according to her campaign" names no one). */
function accordingTo(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  let i = q.close + 1;
  if (ctx.texts[i] === ',') i++;
  if (ctx.lower[i] !== 'according' || ctx.lower[i + 1] !== 'to') return undefined;
  // (in the quote's own paragraph: "According to X, …" opening the next one is about something else)
  const s = ctx.sentenceOfToken(i);
  if (s.paragraph !== ctx.sentenceOfToken(q.open).paragraph) return undefined;
  return agentNamedFrom(ctx, i + 2, s.tokenEnd);
}

function attributionAfter(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  const { texts, lower } = ctx;
  // (a quote left open runs to its paragraph's end: what follows is the next paragraph's quotation, not its attribution)
  if (q.openEnded) return undefined;
  let i = q.close + 1;
  if (texts[i] === ',') i++;
  const s = ctx.doc.sentences[ctx.doc.tokens[Math.min(q.close, texts.length - 1)].sentence];
  const limit = Math.min(texts.length, i + 25);
  for (let k = i; k < limit; k++) {
    if (OPEN.has(texts[k]) || ctx.doc.tokens[k].sentence !== s.index) break;
    // "X hailed it as “…”, while Y said …": a clause of its own, about other words
    if (texts[k] === ';' || (texts[k - 1] === ',' && /^(?:while|whereas|but)$/.test(lower[k]))) break;
    if (!ctx.isSpeechVerb(k)) continue;
    // "…,” state media said, citing X": X's words, passed on
    const cited = citedSource(ctx, k);
    if (cited) return cited;
    // "…,” the agency cited an official as saying": the official's words, passed on
    const passedOn = quotedAsSaying(ctx, k);
    if (passedOn) return passedOn;
    // "X said it would be a “…” if Y left, warning of …": a participle clause has the subject of the verb it hangs from
    if (/ing$/.test(lower[k]) && ctx.tree.kid(k, 'nsubj') < 0 && ['advcl', 'xcomp', 'conj'].includes(ctx.tree.rel(k))) {
      const e = agentsAt(ctx, subjectOf(ctx, k))[0];
      if (e) return e;
    }
    // "said X" (X right after the verb) or "X said" (X before it, after the quote)
    const subj = subjectBefore(ctx, k, i);
    // "“… I called Foreign Minister Ana Ruiz …,” he said": "he" is not someone the quote names
    if (subj && pronounAttribution(ctx, q)) {
      const before = personBefore(ctx, q.open);
      // ("Mrs. Vidal met Tomas Berg. “…,” he said": not her)
      return before && agrees(genderOf(ctx.doc, before), pronounGender(attributingPronoun(ctx, q))) ? before : subj;
    }
    // ("“… We expect Kurti and Vucic to lead”, he concludes": a pronoun that speaks is not someone the quote names)
    if (subj && mentionedIn(ctx, q.open + 1, q.close, subj, false) && mentionedIn(ctx, i, k, subj, true)) {
      const before = lastPersonBefore(ctx, q.open, subj);
      if (before && agrees(genderOf(ctx.doc, before), genderOf(ctx.doc, subj))) return before;
    }
    if (subj) return subj;
    // inverted attribution follows the quote at once: "“…,” said X"; a later "and said Tokyo had…" opens a clause
    if (lower[k] !== 'told' && k === i) {
      // "said Under Secretary of Commerce for Industry and Security Marcus Holloway": past the title
      // "said Australian trade minister Don Farrell": the person, not the demonym before the title
      let demonym: Entity | undefined;
      for (let j = k + 1; j < Math.min(texts.length, k + 14) && !/^[,.;:]$/.test(texts[j]); j++) {
        const e = ctx.entityAtToken[j];
        if (isAgent(e) && ctx.mentionAtToken[j]?.kind === 'demonym') demonym ??= e;
        else if (isAgent(e)) return e;
        else if (j > k + 3 && !/^\p{Lu}/u.test(texts[j]) && !['of', 'for', 'and', 'the'].includes(lower[j])) break;
      }
      if (demonym) return demonym;
      // "…,” said the spokesperson": whom "a spokesperson of the ministry" spoke for earlier
      const employer = earlierEmployer(ctx, lower[k + 1] === 'the' ? k + 2 : -1);
      if (employer) return employer;
    }
    return undefined;
  }
  return undefined;
}

/** Whether tokens [a, b) mention e by a pronoun (`pronoun`) or by anything else. */
const mentionedIn = (ctx: StatementContext, a: number, b: number, e: Entity, pronoun: boolean): boolean => {
  for (let j = a; j < b; j++) if (ctx.entityAtToken[j] === e && (ctx.mentionAtToken[j]?.kind === 'pronoun') === pronoun) return true;
  return false;
};

/** The last person other than `not` named before token i, in its paragraph or the one before. */
function lastPersonBefore(ctx: StatementContext, i: number, not: Entity): Entity | undefined {
  const paragraph = ctx.sentenceOfToken(i).paragraph;
  for (let j = i - 1; j >= 0; j--) {
    if (ctx.sentenceOfToken(j).paragraph < paragraph - 1) return undefined;
    const e = ctx.entityAtToken[j];
    if (e && e !== not && e.type === 'Person') return e;
  }
  return undefined;
}

/** For "the spokesperson" at k: the organisation or country an earlier "spokesperson of/for X" named (the last one, within a few paragraphs). */
function earlierEmployer(ctx: StatementContext, k: number): Entity | undefined {
  if (k < 0 || !ctx.lex.roleHeads.has(ctx.lower[k]) || ctx.entityAtToken[k]) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - 400); j--) {
    if (ctx.lower[j] !== ctx.lower[k] || !/^(?:of|for|at)$/.test(ctx.lower[j + 1] ?? '')) continue;
    const at = ctx.lower[j + 2] === 'the' ? j + 3 : j + 2;
    const e = ctx.entityAtToken[at];
    if (e && (e.type === 'Organization' || e.type === 'Country')) return e;
  }
  return undefined;
}

/** The first agent (or pronoun standing for one) that opens the sentence, outside prepositional phrases. */
function firstSubject(ctx: StatementContext, a: number, b: number): Entity | undefined {
  for (let i = a; i < b; i++) {
    const e = ctx.entityAtToken[i];
    if (isAgent(e) && ctx.mentionAtToken[i]?.kind !== 'demonym' && !PREPOSITIONS.has(ctx.lower[i - 1] ?? '')) return e;
    if (/^[,;:]$/.test(ctx.texts[i])) return undefined;
  }
  return undefined;
}

// ("cited an official as saying" passes words on as "quoted" does)
const QUOTING = /^(?:quot|cit)(?:ed|es|ing)$/;

/** "quoted X as saying", "quotes X as telling": X, whose words the quoting verb passes on. */
function quotedAsSaying(ctx: StatementContext, v: number): Entity | undefined {
  // (from "saying" too: "quoted X as saying: “…”")
  if (ctx.lower[v - 1] === 'as') {
    for (let j = v - 3; j >= Math.max(0, v - 10); j--) if (QUOTING.test(ctx.lower[j])) return quotedAsSaying(ctx, j);
  }
  if (!QUOTING.test(ctx.lower[v])) return undefined;
  const end = ctx.sentenceOfToken(v).tokenEnd;
  for (let j = v + 2; j < Math.min(end - 1, v + 10); j++) {
    if (ctx.lower[j] === 'as' && /^(?:saying|telling|stating|writing)$/.test(ctx.lower[j + 1])) return agentNamedFrom(ctx, v + 1, j);
  }
  return undefined;
}

/**
 * The verb that calls something what a quotation opening at `open` says: "denounced the move as an “…”", "branded it
 * “…”": a verb of cue-words judging-as-verb, its object right before the quote or before an as-phrase the quote opens;
 * -1 if none.
 */
function judgingVerbBefore(ctx: StatementContext, open: number, floor: number): number {
  let k = open - 1;
  while (k > floor && /^(?:a|an|the)$/.test(ctx.lower[k])) k--;
  if (ctx.lower[k] === 'as') k--;
  // the object's words back to the verb: at most a few ("the move", "Washington's decision")
  for (let v = k, steps = 0; v >= floor && steps < 6; v--, steps++) {
    if (ctx.tree.upos(v) === 'VERB') return ctx.lex.cueWords('judging-as-verb').has(ctx.tree.lemma(v)) && ctx.tree.kid(v, 'obj') >= 0 ? v : -1;
  }
  return -1;
}

function attributionBefore(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  const { lower, texts } = ctx;
  const s = ctx.sentenceOfToken(q.open);
  // "According to X, “…”": whoever it is according to, when the sentence opens so
  if (lower[s.tokenStart] === 'according' && lower[s.tokenStart + 1] === 'to' && q.open > s.tokenStart + 2) {
    const e = agentNamedFrom(ctx, s.tokenStart + 2, q.open);
    if (e) return e;
  }
  let from = q.open - 1;
  while (from > s.tokenStart && !CLOSE.has(texts[from - 1])) from--;
  // "A diplomat said Washington had urged Cairo … but that the gap “has not moved”": a quote
  // inside a reported clause belongs to whoever reports it, the first speaker of the sentence;
  // only a verb right before the quote ("warned: “…”", "called it “…”") is nearer
  // ("denounced the move as an “illegitimate action”", "branded it “a betrayal”": a judging verb names what the quote calls it)
  const judged = judgingVerbBefore(ctx, q.open, s.tokenStart);
  if (judged >= 0) {
    const subj = subjectBefore(ctx, judged, s.tokenStart);
    if (subj) return subj;
  }
  const adjacent = ctx.isSpeechVerb(q.open - 1) || texts[q.open - 1] === ':';
  if (!adjacent) {
    for (let k = from; k < q.open; k++) {
      if (!ctx.isSpeechVerb(k)) continue;
      // "He said China has power and warned that …": a speech verb after "and" shares the sentence's subject
      const subj = (ctx.lower[k - 1] === 'and' ? firstSubject(ctx, s.tokenStart, k) : undefined) ?? subjectBefore(ctx, k, s.tokenStart);
      if (subj) return subj;
    }
  }
  for (let k = q.open - 1; k >= s.tokenStart; k--) {
    if (CLOSE.has(texts[k])) break;
    if (!ctx.isSpeechVerb(k) && !(texts[k] === ':' && k === q.open - 1)) continue;
    // "…, and warned: “…”": read the verb before the colon
    if (texts[k] === ':' && ctx.isSpeechVerb(k - 1)) k--;
    // ("X told the Chinese leader: “…”": the speech verb whose object ends at the colon, not the one told)
    else if (texts[k] === ':') {
      // (the word before the colon, or the word it hangs from, is the object)
      const told = [k - 1, ctx.tree.head(k - 1)].find((x) => x >= s.tokenStart && ['obj', 'iobj'].includes(ctx.tree.rel(x)));
      const v = told === undefined ? -1 : ctx.tree.head(told);
      if (v >= s.tokenStart && v < k && ctx.isSpeechVerb(v)) k = v;
    }
    // "She accused Ukraine of ..., and warned: “…”": a coordinated verb shares the sentence's subject
    if (lower[k - 1] === 'and' || lower[k - 2] === ', and') {
      const first = firstSubject(ctx, s.tokenStart, k);
      if (first) return first;
    }
    const subj = subjectBefore(ctx, k, s.tokenStart);
    if (subj) return subj;
  }
  return undefined;
}

/**
 * The subject of the nearest speech verb earlier in the quote's sentence, outside any quote, whose
 * clause holds the quote ("X said it would be a “…” if Y left, warning of “…”": X's, both).
 */
function reporterBefore(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  const s = ctx.sentenceOfToken(q.open);
  let quoted = false;
  let verb = -1;
  for (let k = s.tokenStart; k < q.open; k++) {
    // (a speech verb inside an earlier quote of the sentence reports nothing)
    if (OPEN.has(ctx.texts[k]) || CLOSE.has(ctx.texts[k])) quoted = OPEN.has(ctx.texts[k]) && CLOSE.has(ctx.texts[k]) ? !quoted : OPEN.has(ctx.texts[k]);
    if (quoted || !ctx.isSpeechVerb(k) || ctx.tree.upos(k) !== 'VERB') continue;
    const [a, b] = ctx.tree.span(k);
    if (a <= q.open && q.close < b) verb = k;
  }
  if (verb < 0) return undefined;
  const passedOn = quotedAsSaying(ctx, verb);
  if (passedOn) return passedOn;
  // a verb with a subject of its own, or a participle that shares the subject of the verb it hangs
  // from ("…, warning of “…”"); a coordinated verb the parse may have hung anywhere is left to the word readers
  const own = ctx.tree.kid(verb, 'nsubj') >= 0;
  const participle = /ing$/.test(ctx.lower[verb]) && ['advcl', 'xcomp'].includes(ctx.tree.rel(verb));
  // ("Peru's new foreign minister, Ana Ruiz, said that Peru “…”" with the name parsed as a conjunct of the title: the person)
  const agents = own || participle ? agentsAt(ctx, subjectOf(ctx, verb)) : [];
  return agents.find((e) => e.type === 'Person') ?? agents[0];
}

/** Whether the quote is attributed right after it by a personal pronoun ("…,” he said", "…” she added). */
function pronounAttribution(ctx: StatementContext, q: QuoteSpan): boolean {
  return attributingPronoun(ctx, q) !== '';
}

/** The "he" or "she" that attributes the quote, or ''. */
function attributingPronoun(ctx: StatementContext, q: QuoteSpan): string {
  let i = q.close + 1;
  if (ctx.texts[i] === ',') i++;
  if (/^(?:he|she)$/.test(ctx.lower[i] ?? '') && ctx.isSpeechVerb(i + 1)) return ctx.lower[i];
  // "He added, “…”": the pronoun and its verb open the quote's sentence
  const s = ctx.sentenceOfToken(q.open);
  return /^(?:he|she)$/.test(ctx.lower[s.tokenStart]) && ctx.isSpeechVerb(s.tokenStart + 1) && q.open - s.tokenStart <= 4 ? ctx.lower[s.tokenStart] : '';
}

/** Whether e's last mention before token i is a possessor or inside another noun's phrase ("Prime Minister Ana Vidal’s adviser"): named in passing. */
function lastNamedAsPossessor(ctx: StatementContext, e: Entity, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k < 200; k--) {
    if (ctx.entityAtToken[k] !== e || ctx.mentionAtToken[k]?.kind === 'pronoun') continue;
    // "Ana Ruiz's aide", or "X addressing Ana Ruiz saying: …": named as someone else's, or as the one spoken to
    if (/^['’]s$/.test(ctx.texts[k + 1] ?? '')) return true;
    // "… its request to lift the immunity of President-elect Ana Ruiz": named inside another's phrase
    let h = k;
    for (let steps = 0; steps < 4 && ['flat', 'appos', 'compound'].includes(ctx.tree.rel(h)) && ctx.tree.head(h) >= 0; steps++) h = ctx.tree.head(h);
    if (ctx.tree.rel(h) === 'nmod' && ctx.sentenceOfToken(k).index < ctx.sentenceOfToken(i).index) return true;
    // "“…,” Ana Ruiz told visiting minister Ben Lee": named as the one told, or met, an object of the sentence before
    if (['obj', 'iobj'].includes(ctx.tree.rel(h)) && ctx.sentenceOfToken(k).index < ctx.sentenceOfToken(i).index) return true;
    const first = tokenStartingAt(ctx.doc, ctx.mentionAtToken[k]!.start);
    const addressed = [first - 1, first - 2, first - 3].some((j) => j >= 0 && ctx.tree.upos(j) === 'VERB' && /ing$/.test(ctx.lower[j]));
    return addressed && /ing$/.test(ctx.lower[k + 1] ?? '') && ctx.isSpeechVerb(k + 1);
  }
  return false;
}

/** Whom the text was about just before token i: the subject of the sentence before, if a person (a speaker, not whom they spoke with). */
function personBefore(ctx: StatementContext, i: number): Entity | undefined {
  const s = ctx.sentenceOfToken(i);
  const prev = i > s.tokenStart ? s : ctx.doc.sentences[s.index - 1];
  if (!prev || prev.paragraph !== s.paragraph) return undefined;
  const e = rootSubject(ctx, prev.tokenStart, Math.min(prev.tokenEnd, i));
  return e?.type === 'Person' ? e : undefined;
}

/** The agent that is the subject of the sentence root found among tokens [a, b). */
function rootSubject(ctx: StatementContext, a: number, b: number): Entity | undefined {
  let root = -1;
  for (let k = a; k < b && root < 0; k++) if (ctx.tree.head(k) < 0) root = k;
  return agentsAt(ctx, subjectOf(ctx, root))[0];
}

/**
 * A quote with no speech verb of its own, opening its sentence: whoever the sentence before it is
 * about, when that is a person ("Ana Ruiz confirmed she spoke with him. “We'd still like …”"), or
 * whoever introduced it with a colon at the end of the paragraph before ("X released the following statement:").
 */
function introducedBefore(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  const s = ctx.sentenceOfToken(q.open);
  if (q.open !== s.tokenStart) return undefined;
  const prev = ctx.doc.sentences[s.index - 1];
  if (!prev || prev.heading) return undefined;
  const colon = ctx.texts[prev.tokenEnd - 1] === ':';
  if (prev.paragraph !== s.paragraph && !(colon && prev.paragraph === s.paragraph - 1)) return undefined;
  // a sentence that is itself a quote has its own speaker, whom the quote after it continues
  for (let k = prev.tokenStart; k < prev.tokenEnd; k++) if (OPEN.has(ctx.texts[k])) return undefined;
  // only a clause of the sentence before that spoke of its subject's words ("confirmed", "released a statement")
  const e = rootSubject(ctx, prev.tokenStart, prev.tokenEnd);
  if (e?.type === 'Person' && impersonalAttribution(ctx, q)) return undefined;
  return e && (e.type === 'Person' || colon) ? e : undefined;
}

/**
 * For a quote that makes up its whole paragraph: the person who is the subject of the last speech
 * verb of the paragraph before ("The minister revealed on Tuesday that …" then "“…”").
 */
function speakerOfParagraphBefore(ctx: StatementContext, q: QuoteSpan): Entity | undefined {
  const { sentences } = ctx.doc;
  const s = ctx.sentenceOfToken(q.open);
  // (sentences run in text order, so a paragraph's are the neighbours with its number)
  let first = s.index;
  while (first > 0 && sentences[first - 1].paragraph === s.paragraph) first--;
  let last = s.index;
  while (last + 1 < sentences.length && sentences[last + 1].paragraph === s.paragraph) last++;
  if (q.open !== sentences[first].tokenStart) return undefined;
  for (let k = q.close + 1; k < sentences[last].tokenEnd; k++) if (!/^\p{P}$/u.test(ctx.texts[k])) return undefined;
  for (let i = first - 1; i >= 0 && sentences[i].paragraph === s.paragraph - 1; i--) {
    if (sentences[i].heading) continue;
    for (let k = sentences[i].tokenEnd - 1; k >= sentences[i].tokenStart; k--) {
      if (!ctx.isSpeechVerb(k)) continue;
      const e = agentsAt(ctx, subjectOf(ctx, k))[0];
      return e?.type === 'Person' ? e : undefined;
    }
  }
  return undefined;
}

export interface AttributedQuote extends QuoteSpan {
  speaker: Entity;
  statement: Statement;
  /** A word or three ("called it “illegal”"): who says the words inside is known, but they are no quote worth a statement. */
  fragment: boolean;
}

// fewer words than this are a fragment, not a quote (news quotes a whole clause when it quotes someone)
const QUOTE_MIN_WORDS = 4;

/** A few words that are no sentence of their own ("illegal", "heavy price"); "We exchanged views." is one. */
function isFragment(ctx: StatementContext, q: QuoteSpan, text: string): boolean {
  if ((text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length >= QUOTE_MIN_WORDS) return false;
  let verb = false;
  for (let i = q.open + 1; i < q.close; i++) if (['VERB', 'AUX'].includes(ctx.tree.upos(i))) verb = true;
  return !(/^\p{Lu}/u.test(text) && verb);
}

/** Every quote whose speaker could be found, with the token span it covers. */
export function attributeQuotes(ctx: StatementContext): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  // (not a word or two quoted inside a noun phrase, 'held “businesslike” talks': the writer's scare quotes)
  const spans = findQuoteSpans(ctx).filter((q) => q.open + 1 < q.close && !scareQuote(ctx, q));
  const paragraphOf = (i: number) => ctx.sentenceOfToken(Math.min(i, ctx.texts.length - 1)).paragraph;
  // a speech verb of the sentence comes first ("X warned …, threatening “…,” according to local media": X's words)
  // (a quote inside what a speech verb before it says is that verb's: "X said it would be a “…” if Y left, warning …")
  const own = spans.map((q) => reporterBefore(ctx, q) ?? attributionAfter(ctx, q) ?? attributionBefore(ctx, q) ?? accordingTo(ctx, q) ?? introducedBefore(ctx, q));
  let last: { speaker: Entity; paragraph: number } | undefined;
  spans.forEach((q, k) => {
    const text = spanText(ctx, q.open + 1, q.close).replace(/[,\s]+$/, '').trim();
    const s = ctx.sentenceOfToken(q.open);
    const para = s.paragraph;
    let speaker = own[k];
    // "“…,” he added": a pronoun after a quote goes on with the person who spoke just before, not with
    // whoever was named last (often someone the previous attribution only described them by)
    // (nor with someone the quoted words themselves name: "“… his province Ilonga …,” he added")
    if (speaker && last && last.speaker !== speaker && last.speaker.type === 'Person' && para - last.paragraph <= 1 && pronounAttribution(ctx, q) && (lastNamedAsPossessor(ctx, speaker, q.open) || mentionedIn(ctx, q.open + 1, q.close, speaker, false))) speaker = last.speaker;
    // A quote left open at a paragraph's end goes on in the next paragraph, which names the speaker.
    // (over several paragraphs, each opening with a quote mark: the speaker is named where the quotation closes)
    for (let j = k + 1, p = para; !speaker && spans[j - 1].openEnded && j < spans.length && paragraphOf(spans[j].open) === p + 1; j++, p++) speaker = own[j];
    // A paragraph that is only a quote, after a paragraph where someone spoke, is theirs.
    if (!speaker && (!last || para - last.paragraph > 1)) speaker = speakerOfParagraphBefore(ctx, q);
    // An unattributed quote continues the speaker of the quote just before it (same or next paragraph).
    // (not a person's words when "it" or "the statement" says them)
    // (nor a word or two quoted inside someone else's sentence: "prosecutors threatened …, citing “anomalies”")
    const embedded = q.open > s.tokenStart + 1 && q.close - q.open <= 4;
    if (!speaker && last && para - last.paragraph <= 1 && !embedded && !(last.speaker.type === 'Person' && impersonalAttribution(ctx, q))) speaker = last.speaker;
    if (!speaker) return;
    // ("a Chilean embassy spokesperson said": someone the text never names speaks for the body or country their description names)
    speaker = unnamedSpeakerStandIn(ctx, speaker) ?? speaker;
    last = { speaker, paragraph: para };
    const endSentence = ctx.sentenceOfToken(Math.min(q.close, ctx.texts.length - 1));
    const evidence = ctx.evidence(s);
    if (endSentence.index !== s.index && endSentence.paragraph === s.paragraph) {
      evidence.end = endSentence.end;
      evidence.text = ctx.doc.article.text.slice(evidence.start, evidence.end);
    }
    const statement: Statement = { kind: 'Quote', speaker: speaker.iri, text, evidence, confidence: 0.8, factuality: factualityOf(ctx, s) };
    out.push({ ...q, speaker, statement, fragment: isFragment(ctx, q, text) });
  });
  return out;
}

/**
 * For a person known only by a description ("a Chilean embassy spokesperson", "a Foreign Ministry official"): the
 * organisation named inside the description, else the country its demonym names; undefined for anyone named.
 */
function unnamedSpeakerStandIn(ctx: StatementContext, e: Entity): Entity | undefined {
  if (e.type !== 'Person' || e.mentions.some((m) => m.kind === 'name')) return undefined;
  // (one whose office is to speak for it: "a diplomat who asked not to be named" speaks for no one but themself)
  if (!e.mentions.some((m) => m.kind === 'description' && ctx.lex.cueWords('voice-noun').has(m.text.split(/\s+/).pop()!.toLowerCase()))) return undefined;
  const inside = ctx.mentions.filter((x) => x.entity !== e && e.mentions.some((m) => m.kind === 'description' && x.mention.start >= m.start && x.mention.end <= m.end));
  return inside.find((x) => x.entity.type === 'Organization')?.entity ?? inside.find((x) => x.entity.type === 'Country')?.entity;
}
