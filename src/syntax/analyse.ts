// The syntax stage: tags, lemmas and a dependency tree for every sentence of a document,
// over the pipeline's own tokens.
import type { Document, Syntax, TokenSyntax } from '../types.js';
import { lemmatise, type LemmaTable } from './lemma.js';
import { syntaxModels, type SyntaxModels } from './models.js';
import { parseSkippingScareQuotes, retagWithoutScareQuotes, scareQuotes } from './scare-quotes.js';
import { repairPlacedSubject, repairReportedConjunct, repairObjectRelative, repairOrElseConjunct, repairAdjectiveOverObject, repairNegatedInfinitive, repairPronounInName, repairObjectAfterAdjunct, repairAsPredicateBeforeVerb, repairAdverbSubject, repairDatedClause, repairFrontedParticiple, repairBareObject, repairDemonstrativeRoot, repairHeadlineSubjects, repairNamedSubjectVerb, repairClosingAttribution, repairClosingCondition, repairReportedCondition, repairDayOfPhrase, repairExpletiveSpeaker, repairInformedClause, repairTornComplement, repairNameAfterObject, repairTitleBeforeName, repairWithAndVerb, repairToldThat, repairContentThat, repairDatedThat, repairDemonymRoot, repairDeterminedGerund, repairDoubleSubject, repairFrontedSubject, repairGerundObject, GERUND_PREPOSITIONS, repairInvertedCondition, repairTrailingInvertedCondition, repairNounRootParticiple, repairNounRootRelative, repairOpeningAdjunct, repairSubordinateClause, repairPrepositionalSubject, repairConjunctObject, repairVerbConjoinedToObject, repairDayAsSubject, repairNounRootSubject, repairNounWithObject, repairPerfectParticiple, repairPunctuationHeads, repairPossessiveConjunct, repairPossessorOfVerb, repairNamePluralVerb, repairPostnominalPredicate, repairRelativeClauseRoot, repairDetachedRelative, repairQuotedConjunct, repairSubjectBeforeReport, repairLeadingCondition, repairParentheticalAttribution, repairReducedRelative, repairReportedSubject, repairSaidObjectClause, repairVerbConjoinedToSubject, repairStolenObjects, repairVerbalObject, repairAdjectivalVerb } from './repairs.js';
import { repairBareRelative, repairConditionAsCase, repairThatIfClause, repairOpeningNamingParticiple, repairCoordinatedTitledName, repairFlatDependents, repairCaseOnModifier, repairCountryBeforeTitle, repairEllipticalCondition, repairForSubject, repairGerundConjunct, repairNamingParticiple, repairNounContentClause } from './clause-repairs.js';
import { repairClosingNamedAttribution, repairDatelineSubject, repairDaySubject, repairNounRootClause, repairRelativeObject, repairRelativeObjectClause, repairSplitSubject, repairSubjectAfterVerb, repairSubjectBeforeApposition, repairTitleRoot, repairVerbAfterRelative, repairWhoseClause, repairOpeningPhraseSubject } from './subject-repairs.js';
import { isStanceVerb, lexicon } from '../lexicon/index.js';
import { lexiconTag } from '../lexicon/common-words.js';
import { tagWords } from './tagger.js';

/** Words of one sentence, tagged, lemmatised and parsed (heads 1-based within the sentence, 0 = root). */
export interface ParsedWords {
  forms: string[];
  upos: string[];
  xpos: string[];
  lemmas: string[];
  heads: number[];
  labels: string[];
}

const isSpeechVerb = (w: string): boolean => lexicon().speechVerbs.has(w);
const isDay = (w: string): boolean => lexicon().calendar.has(w) || /^(?:yesterday|today|tonight)$/i.test(w);
const isElliptical = (w: string): boolean => lexicon().cueWords('elliptical-predicate').has(w);
// a lemma some statement table reads as a verb ("warn", "urge", "advocate", "meet", "sanction")
const isCueVerb = (w: string): boolean => {
  const lex = lexicon();
  return isStanceVerb(lex, w) || lex.threatLemmas.has(w) || lex.speechVerbs.has(w) || lex.statements.meeting.verbs.includes(w) || lex.sanctionLemmas.has(w);
};
// a stem the lemma rules give is a lemma when compromise's lexicon knows the word
const isWord = (w: string): boolean => lexiconTag(w) !== undefined;

const withIrregulars = new WeakMap<LemmaTable, LemmaTable>();

/** The model's lemma table with the irregular verb forms of data/lexicon/irregular-verbs.tsv it lacks ("froze" → "freeze"). */
function lemmaTable(m: SyntaxModels): LemmaTable {
  let table = withIrregulars.get(m.lemmas);
  if (!table) {
    table = { ...m.lemmas, VERB: { ...lexicon().irregularVerbs, ...m.lemmas.VERB } };
    withIrregulars.set(m.lemmas, table);
  }
  return table;
}

export function parseWords(forms: readonly string[], m: SyntaxModels = syntaxModels()): ParsedWords {
  const { upos, xpos } = tagWords(m.tagger, forms);
  const quotes = scareQuotes(forms, upos);
  retagWithoutScareQuotes((f) => tagWords(m.tagger, f), forms, upos, xpos, quotes);
  retagCapitalisedGerunds(forms, upos, xpos);
  retagAmounts(forms, upos, xpos);
  retagNameHyphens(forms, upos, xpos);
  retagPastForms(forms, upos, xpos);
  retagReportedPast(forms, upos, xpos);
  retagHeadlineCueVerb(forms, upos, xpos);
  retagRelativeVerbs(forms, upos, xpos);
  retagGerundsAfterPrepositions(forms, upos, xpos);
  retagParticipleAfterComma(forms, upos, xpos);
  retagProgressiveCue(forms, upos, xpos);
  retagInfinitiveCue(forms, upos, xpos);
  retagCapitalisedAdjectiveName(forms, upos, xpos);
  retagOpeningParticiple(forms, upos, xpos);
  retagDeterminedGerund(forms, upos, xpos);
  retagNamedSubjectPast(forms, upos, xpos);
  retagNamedSubjectBareVerb(forms, upos, xpos);
  retagUndoingBeforeGerund(forms, upos, xpos);
  retagNounAfterModifier(forms, upos, xpos);
  retagModalAdjective(forms, upos, xpos);
  retagModalNoun(forms, upos, xpos);
  retagNounAfterThat(forms, upos, xpos);
  retagCompoundHeadVerb(forms, upos, xpos);
  retagLinkingVerb(forms, upos, xpos);
  retagOrElseVerb(forms, upos, xpos);
  retagConditionPreposition(forms, upos, xpos);
  retagNeitherNor(forms, upos, xpos);
  retagPossessiveBeforeParticiple(forms, upos, xpos);
  retagCoordinatedAdjective(forms, upos, xpos);
  retagHyphenatedParticiple(forms, upos, xpos, lemmaTable(m).VERB ?? {});
  retagHyphenatedNoun(forms, upos, xpos);
  const { heads, labels } = parseSkippingScareQuotes(m.parser, forms, upos, xpos, quotes);
  // a repair that would leave the sentence without a tree (a cycle, no root, two roots) is undone
  // whether a word's lemma under this model's table is among a cue group's words (data/lexicon/cue-words.tsv)
  const byLemma = (words: ReadonlySet<string>, tag: 'VERB' | 'NOUN') => (w: string): boolean => words.has(lemmatise(lemmaTable(m), w, tag, isWord));
  // a verb whose object is told something ("told Chile that …"); a verb that names what it takes ("calling X
  // incomprehensible"); a noun whose that-clause says what it carries ("a warning that …")
  const isInformingVerb = byLemma(lexicon().cueWords('informing-verb'), 'VERB');
  const isNamingVerb = byLemma(lexicon().cueWords('naming-verb'), 'VERB');
  const isContentNoun = byLemma(lexicon().cueWords('content-noun'), 'NOUN');
  const repair = (apply: () => void) => {
    const [h, l, u, x] = [[...heads], [...labels], [...upos], [...xpos]];
    apply();
    if (isTree(heads)) return;
    heads.splice(0, heads.length, ...h);
    labels.splice(0, labels.length, ...l);
    upos.splice(0, upos.length, ...u);
    xpos.splice(0, xpos.length, ...x);
  };
  repair(() => repairPunctuationHeads(upos, heads, labels));
  repair(() => repairStolenObjects(upos, heads, labels));
  repair(() => repairInvertedCondition(forms, upos, heads, labels));
  repair(() => repairLeadingCondition(forms, upos, heads, labels));
  repair(() => repairPossessiveConjunct(forms, upos, heads, labels));
  repair(() => repairNamePluralVerb(forms, upos, xpos, heads, labels, isCueVerb));
  repair(() => repairPossessorOfVerb(forms, upos, heads, labels));
  repair(() => repairClosingAttribution(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairParentheticalAttribution(forms, upos, xpos, heads, labels, isSpeechVerb));
  repair(() => repairReportedSubject(forms, heads, labels, isSpeechVerb));
  repair(() => repairSaidObjectClause(forms, upos, xpos, heads, labels, isSpeechVerb));
  repair(() => repairReducedRelative(forms, upos, xpos, heads, labels, isSpeechVerb));
  repair(() => repairVerbConjoinedToSubject(upos, heads, labels));
  repair(() => repairClosingCondition(forms, heads, labels, isSpeechVerb));
  repair(() => repairReportedCondition(forms, heads, labels, isSpeechVerb));
  repair(() => repairThatIfClause(forms, heads, labels, isSpeechVerb));
  repair(() => repairConditionAsCase(forms, upos, heads, labels));
  repair(() => repairDayOfPhrase(forms, upos, heads, labels, isDay));
  repair(() => repairExpletiveSpeaker(forms, heads, labels, isSpeechVerb));
  repair(() => repairTornComplement(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairDetachedRelative(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairQuotedConjunct(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairSubjectBeforeReport(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairTrailingInvertedCondition(forms, upos, heads, labels));
  repair(() => repairContentThat(forms, upos, heads, labels));
  repair(() => repairToldThat(forms, heads, labels, isSpeechVerb));
  repair(() => repairDatedThat(forms, upos, heads, labels, isDay));
  repair(() => repairDatedClause(forms, upos, heads, labels, isDay));
  repair(() => repairPerfectParticiple(forms, upos, heads, labels));
  repair(() => repairDeterminedGerund(forms, upos, heads, labels));
  repair(() => repairNounWithObject(forms, upos, heads, labels));
  repair(() => repairObjectAfterAdjunct(upos, heads, labels));
  repair(() => repairPronounInName(upos, heads, labels));
  repair(() => repairNegatedInfinitive(forms, heads, labels));
  repair(() => repairRelativeClauseRoot(forms, upos, heads, labels));
  repair(() => repairFrontedParticiple(upos, xpos, heads, labels));
  repair(() => repairFrontedSubject(upos, heads, labels));
  repair(() => repairDoubleSubject(heads, labels));
  repair(() => repairAdverbSubject(upos, heads, labels));
  repair(() => repairGerundObject(forms, upos, heads, labels));
  repair(() => repairNameAfterObject(upos, heads, labels));
  repair(() => repairTitleBeforeName(forms, upos, heads, labels, isDay));
  repair(() => repairWithAndVerb(forms, xpos, heads, labels));
  repair(() => repairBareObject(forms, upos, heads, labels));
  repair(() => repairHeadlineSubjects(forms, upos, heads, labels));
  repair(() => repairNamedSubjectVerb(forms, upos, heads, labels));
  repair(() => repairDemonstrativeRoot(forms, upos, heads, labels));
  repair(() => repairDemonymRoot(upos, heads, labels));
  repair(() => repairNounRootSubject(upos, heads, labels));
  repair(() => repairNounRootParticiple(upos, heads, labels));
  repair(() => repairNounRootRelative(forms, upos, heads, labels));
  repair(() => repairOpeningAdjunct(forms, upos, heads, labels));
  repair(() => repairSubordinateClause(forms, xpos, heads, labels));
  repair(() => repairPrepositionalSubject(forms, upos, heads, labels));
  repair(() => repairConjunctObject(upos, heads, labels));
  repair(() => repairVerbConjoinedToObject(forms, upos, heads, labels));
  repair(() => repairOrElseConjunct(forms, upos, heads, labels));
  repair(() => repairObjectRelative(forms, upos, heads, labels, isInformingVerb));
  repair(() => repairBareRelative(forms, upos, xpos, heads, labels));
  repair(() => repairNounContentClause(forms, upos, heads, labels, isContentNoun, isSpeechVerb));
  repair(() => repairNamingParticiple(forms, upos, heads, labels, isNamingVerb));
  repair(() => repairOpeningNamingParticiple(forms, upos, heads, labels, isNamingVerb));
  repair(() => repairCountryBeforeTitle(upos, heads, labels));
  repair(() => repairFlatDependents(heads, labels));
  repair(() => repairCoordinatedTitledName(upos, heads, labels));
  repair(() => repairGerundConjunct(xpos, heads, labels));
  repair(() => repairForSubject(forms, upos, heads, labels));
  repair(() => repairEllipticalCondition(forms, upos, heads, labels, isElliptical));
  repair(() => repairRelativeObjectClause(forms, heads, labels));
  repair(() => repairRelativeObject(upos, heads, labels));
  repair(() => repairSubjectAfterVerb(upos, heads, labels));
  repair(() => repairDaySubject(forms, heads, labels, isDay));
  repair(() => repairSplitSubject(forms, upos, heads, labels));
  repair(() => repairDatelineSubject(forms, upos, heads, labels));
  repair(() => repairTitleRoot(forms, upos, heads, labels));
  repair(() => repairSubjectBeforeApposition(upos, xpos, heads, labels));
  repair(() => repairWhoseClause(forms, xpos, heads, labels));
  repair(() => repairNounRootClause(forms, upos, xpos, heads, labels));
  repair(() => repairVerbAfterRelative(forms, upos, xpos, heads, labels));
  repair(() => repairOpeningPhraseSubject(upos, xpos, heads, labels));
  repair(() => repairCaseOnModifier(upos, heads, labels));
  repair(() => repairClosingNamedAttribution(forms, upos, heads, labels, isSpeechVerb));
  repair(() => repairInformedClause(forms, upos, heads, labels, isInformingVerb));
  repair(() => repairReportedConjunct(forms, upos, xpos, heads, labels, isSpeechVerb));
  repair(() => repairPlacedSubject(forms, upos, heads, labels));
  repair(() => repairDayAsSubject(forms, upos, heads, labels, isDay));
  repair(() => repairPostnominalPredicate(forms, upos, heads, labels));
  repair(() => repairAsPredicateBeforeVerb(forms, upos, heads, labels));
  repair(() => repairAdjectiveOverObject(upos, heads, labels));
  repair(() => repairAdjectivalVerb(forms, upos, heads, labels));
  repair(() => repairVerbalObject(forms, upos, heads, labels));
  const table = lemmaTable(m);
  return { forms: [...forms], upos, xpos, lemmas: forms.map((f, i) => lemmatise(table, f, upos[i], isWord)), heads, labels };
}

/** Whether heads (1-based, 0 for the root) form one tree: a single root, every word reaching it without a cycle. */
export function isTree(heads: readonly number[]): boolean {
  if (heads.filter((h) => h === 0).length !== 1) return false;
  // each word is walked once: 1 while its path is open, 2 once it is known to reach the root
  const state = new Uint8Array(heads.length);
  for (let i = 0; i < heads.length; i++) {
    const path: number[] = [];
    let c = i;
    while (state[c] === 0) {
      state[c] = 1;
      path.push(c);
      if (heads[c] === 0) break;
      if (heads[c] < 0 || heads[c] > heads.length) return false;
      c = heads[c] - 1;
    }
    if (state[c] === 1 && heads[c] !== 0) return false;
    for (const p of path) state[p] = 2;
  }
  return true;
}

/** Stage 1b: one TokenSyntax per document token; heads are document token indices (-1 = root of its sentence). */
export function analyseSyntax(doc: Document, m: SyntaxModels = syntaxModels()): Syntax {
  const tokens: TokenSyntax[] = new Array(doc.tokens.length);
  for (const s of doc.sentences) {
    const forms = doc.tokens.slice(s.tokenStart, s.tokenEnd).map((t) => t.text);
    const p = parseWords(forms, m);
    for (let i = 0; i < forms.length; i++) {
      tokens[s.tokenStart + i] = {
        upos: p.upos[i],
        xpos: p.xpos[i],
        lemma: p.lemmas[i],
        head: p.heads[i] === 0 ? -1 : s.tokenStart + p.heads[i] - 1,
        deprel: p.labels[i],
      };
    }
  }
  return { tokens };
}

/**
 * "35%", "$20m": the tokeniser keeps an amount whole where the treebank splits it ("35", "%"), and
 * the tagger, never having seen one, guesses (a verb, often); an amount is a number.
 */
function retagAmounts(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i < forms.length; i++) if (upos[i] !== 'NUM' && AMOUNT.test(forms[i])) [upos[i], xpos[i]] = ['NUM', 'CD'];
}

/**
 * "Venezuela-Guyana dialogue", "US-China talks": a hyphen between two names joins them before a noun;
 * the tagger, reading the hyphen as a comma there, parses a list instead.
 */
function retagNameHyphens(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) if (forms[i] === '-' && upos[i - 1] === 'PROPN' && upos[i + 1] === 'PROPN') [upos[i], xpos[i]] = ['PUNCT', 'HYPH'];
}

/**
 * "The deployment drew sharp criticism": a sentence with no verb at all, where a noun after a noun is a
 * verb's irregular past form (irregular-verbs.tsv), has that verb; the tagger, having seldom seen the
 * form, took it for a noun.
 */
function retagPastForms(forms: readonly string[], upos: string[], xpos: string[]): void {
  if (upos.some((u) => u === 'VERB' || u === 'AUX')) return;
  const irregular = lexicon().irregularVerbs;
  for (let i = 1; i < forms.length; i++) {
    const w = forms[i].toLowerCase();
    if (upos[i] === 'NOUN' && ['NOUN', 'PROPN'].includes(upos[i - 1]) && irregular[w] && irregular[w] !== w && !/(?:en|n)$/.test(w)) {
      [upos[i], xpos[i]] = ['VERB', 'VBD'];
      return;
    }
  }
}

/**
 * "Lithuania and Poland, which border Belarus, …": after a comma, "which" or "who" opens a relative
 * clause; a word after it taken for a noun ("border") with a name or determiner after that is the
 * clause's verb, and "which" its subject.
 */
function retagRelativeVerbs(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 2 < forms.length; i++) {
    // ("which hosts exiled leader X": a participle or adjective opening the object too)
    const objectStarts = ['DET', 'PROPN', 'NUM', 'PRON', 'ADJ'].includes(upos[i + 2]) || xpos[i + 2] === 'VBN';
    if (forms[i - 1] !== ',' || !/^(?:which|who)$/i.test(forms[i]) || upos[i + 1] !== 'NOUN' || !objectStarts) continue;
    [upos[i], xpos[i]] = ['PRON', 'WDT'];
    [upos[i + 1], xpos[i + 1]] = ['VERB', /s$/.test(forms[i + 1]) ? 'VBZ' : 'VBP'];
  }
}

/**
 * "Peru, Bolivia welcome ceasefire deal": a headline with no verb at all, where a cue verb's base
 * form after the names that are its subject was taken for an adjective ("welcome" as in "a welcome
 * change"), or whose -s form was taken for a plural noun ("Peru hails ceasefire deal"), has that verb.
 */
function retagHeadlineCueVerb(forms: readonly string[], upos: string[], xpos: string[]): void {
  const anyVerb = upos.some((u) => u === 'VERB' || u === 'AUX');
  for (let i = 1; i + 1 < forms.length; i++) {
    // (no verb before it; "X, Y back code of conduct as China protests drills": a verb may follow in a clause of its own,
    // and then only after a name and as an adverb too)
    if (upos[i - 1] === 'VERB' || upos[i - 1] === 'AUX') return;
    const misread = upos[i] === 'ADJ' || (upos[i] === 'ADV' && anyVerb);
    // ("Peru hails ceasefire deal": a cue verb's -s form after a name, read as a plural noun of a compound)
    const plural = !anyVerb && upos[i] === 'NOUN' && upos[i - 1] === 'PROPN' && /^\p{Ll}+s$/u.test(forms[i]) && isCueVerb(forms[i].slice(0, -1));
    if (plural && ['NOUN', 'ADJ', 'DET', 'PROPN'].includes(upos[i + 1])) {
      [upos[i], xpos[i]] = ['VERB', 'VBZ'];
      return;
    }
    if (!misread || (anyVerb && upos[i - 1] !== 'PROPN') || !/^\p{Ll}+$/u.test(forms[i]) || !isCueVerb(forms[i]) || !['PROPN', 'NOUN'].includes(upos[i - 1]) || !['NOUN', 'ADJ', 'DET', 'PROPN'].includes(upos[i + 1])) continue;
    [upos[i], xpos[i]] = ['VERB', 'VBP'];
    return;
  }
}

/**
 * "said the strikes amounted to a war crime": after a speech verb, an -ed word right after the noun
 * phrase it opens, with a preposition or determiner next, is that clause's past-tense verb; the
 * tagger, reading "the strikes" as the speech verb's object, made it an adjective on the noun.
 */
function retagReportedPast(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 2; i + 1 < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !/^\p{Ll}{3,}ed$/u.test(forms[i]) || !['NOUN', 'PROPN'].includes(upos[i - 1]) || !['ADP', 'DET'].includes(upos[i + 1])) continue;
    let j = i - 1;
    while (j > 0 && ['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(upos[j])) j--;
    if (j < i - 1 && upos[j] === 'VERB' && isSpeechVerb(forms[j].toLowerCase())) [upos[i], xpos[i]] = ['VERB', 'VBD'];
  }
}

/**
 * "criticised the closure, warning Chile of …", ", urging the council to …": a cue verb's -ing form
 * after a comma and before a name, pronoun or determiner is the participle of a clause, not a noun.
 */
function retagParticipleAfterComma(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    // (or after "and" that joins it to such a participle: ", urging talks and warning against escalation")
    const joined = forms[i - 1] === 'and' && xpos.some((x, j) => j < i - 1 && x === 'VBG' && upos[j] === 'VERB' && forms[j - 1] === ',');
    if ((forms[i - 1] !== ',' && !joined) || !/^\p{Ll}+ing$/u.test(forms[i]) || !['ADJ', 'NOUN'].includes(upos[i]) || !isCueVerbForm(forms[i], 'ing')) continue;
    if (['DET', 'PROPN', 'PRON'].includes(upos[i + 1]) || forms[i + 1] === 'that' || (joined && upos[i + 1] === 'ADP')) [upos[i], xpos[i]] = ['VERB', 'VBG'];
  }
}

/**
 * "responded by imposing penalties on …": after a preposition, an -ing word with a noun phrase after it
 * is a gerund taking it as object; the tagger, reading the noun after it, made it an adjective.
 */
function retagGerundsAfterPrepositions(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (!GERUND_PREPOSITIONS.has(forms[i - 1].toLowerCase()) || !/^\p{Ll}+ing$/u.test(forms[i]) || !['ADJ', 'NOUN'].includes(upos[i])) continue;
    if (['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(upos[i + 1])) [upos[i], xpos[i]] = ['VERB', 'VBG'];
  }
}

/** Whether an -ing or -ed form is a cue verb's: "imposing" → "impose", "cutting" → "cut", "suspended" → "suspend". */
function isCueVerbForm(form: string, ending: 'ing' | 'ed'): boolean {
  const base = form.slice(0, -ending.length);
  return [base, `${base}e`, base.slice(0, -1)].some((w) => w.length > 2 && isCueVerb(w));
}

// the forms of "be" a progressive follows
const BE = /^(?:am|is|are|was|were|been|be|'m|’m|'s|’s|'re|’re)$/i;

/**
 * "Canada is imposing additional sanctions": after a form of "be", an -ing word of a cue verb with a
 * noun phrase after it is a progressive taking it as object; the tagger, reading "an imposing
 * building", made it an adjective on the noun.
 */
function retagProgressiveCue(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !BE.test(forms[i - 1]) || !['DET', 'NOUN', 'ADJ', 'NUM', 'PROPN'].includes(upos[i + 1])) continue;
    if (/^\p{Ll}+ing$/u.test(forms[i]) && isCueVerbForm(forms[i], 'ing')) [upos[i], xpos[i]] = ['VERB', 'VBG'];
  }
}

/**
 * "Colombia suspended coal exports to Israel", "Peru on Monday expelled the envoy": an -ed word of a cue
 * verb right after a name (or a name and its day) with a noun phrase after it is the name's past-tense
 * verb; the tagger, reading "suspended coal exports" as a noun phrase, made it an adjective.
 */
function retagNamedSubjectPast(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !/^\p{Ll}{3,}ed$/u.test(forms[i]) || !['NOUN', 'DET', 'ADJ', 'NUM', 'PROPN'].includes(upos[i + 1])) continue;
    const subject = upos[i - 1] === 'PROPN' && !['PART', 'ADP'].includes(upos[i - 2] ?? '') ? i - 1 : forms[i - 2] === 'on' && upos[i - 3] === 'PROPN' ? i - 3 : -1;
    if (subject >= 0 && isCueVerbForm(forms[i], 'ed')) [upos[i], xpos[i]] = ['VERB', 'VBD'];
  }
}

/**
 * "a claim Lima and Santiago reject.": a cue verb's bare form closing the clause after names that follow a
 * noun is their verb, in a relative clause with no relative word; the tagger, reading a noun phrase, made it a noun.
 */
function retagNamedSubjectBareVerb(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 2; i < forms.length; i++) {
    if (upos[i] !== 'NOUN' || xpos[i] !== 'NN' || upos[i - 1] !== 'PROPN' || !/^\p{Ll}+$/u.test(forms[i]) || !isCueVerb(forms[i]) || !(i + 1 === forms.length || upos[i + 1] === 'PUNCT')) continue;
    let j = i - 1;
    while (j > 0 && (upos[j] === 'PROPN' || forms[j] === 'and')) j--;
    if (forms[j] === 'both') j--;
    if (j >= 0 && upos[j] === 'NOUN') [upos[i], xpos[i]] = ['VERB', 'VBP'];
  }
}

/**
 * "a ground offensive in the north is …", "a senior official at the ministry": a word both noun and adjective
 * (cue-words.tsv noun-adjective), after a determiner and its modifiers, with no noun after it, is the phrase's noun.
 */
function retagNounAfterModifier(forms: readonly string[], upos: string[], xpos: string[]): void {
  const words = lexicon().cueWords('noun-adjective');
  for (let i = 2; i < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !words.has(forms[i].toLowerCase()) || !['NOUN', 'ADJ'].includes(upos[i - 1])) continue;
    if (i + 1 < forms.length && !['ADP', 'AUX', 'VERB', 'PUNCT', 'CCONJ'].includes(upos[i + 1])) continue;
    let j = i - 1;
    while (j > 0 && ['NOUN', 'ADJ', 'ADV'].includes(upos[j])) j--;
    if (upos[j] === 'DET' || upos[j] === 'PRON') [upos[i], xpos[i]] = ['NOUN', 'NN'];
  }
}

/**
 * "demanded that Chile stop backing the rebels": a word of undoing after a name, with a gerund next, is the
 * name's verb (a demand's bare form); the tagger read "stop" as a noun.
 */
function retagUndoingBeforeGerund(forms: readonly string[], upos: string[], xpos: string[]): void {
  const undoing = lexicon().statements.stance.undoingVerbs;
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'NOUN' || upos[i - 1] !== 'PROPN' || !undoing.includes(forms[i]) || upos[i + 1] !== 'VERB' || !/^\p{Ll}+ing$/u.test(forms[i + 1])) continue;
    [upos[i], xpos[i]] = ['VERB', 'VBP'];
  }
}

/**
 * "dismissed the gathering as a show", "condemned the bombing of the hospital": an -ing word after an
 * article or possessive, with a preposition or punctuation next, is a noun; the tagger made it a gerund.
 */
function retagDeterminedGerund(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i < forms.length; i++) {
    if (upos[i] !== 'VERB' || !/^\p{Ll}{3,}ing$/u.test(forms[i]) || !/^(?:the|a|an|this|that|its|their|his|her)$/i.test(forms[i - 1])) continue;
    if (i + 1 === forms.length || ['ADP', 'PUNCT'].includes(upos[i + 1])) [upos[i], xpos[i]] = ['NOUN', 'NN'];
  }
}

/**
 * "Senegal and Ivory Coast backed …": a capitalised word the English lexicon does not know, tagged as
 * an adjective for its ending ("-al", "-ese"), before "and" and a name or before a finite verb, is a name.
 */
function retagCapitalisedAdjectiveName(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i + 2 < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !/^\p{Lu}\p{Ll}+$/u.test(forms[i]) || lexiconTag(forms[i].toLowerCase()) !== undefined) continue;
    // (not inside a longer name: "School of Industrial and Systems Engineering")
    if (i > 0 && (upos[i - 1] === 'PROPN' || /^(?:of|for)$/i.test(forms[i - 1]))) continue;
    const coordinated = forms[i + 1] === 'and' && upos[i + 2] === 'PROPN';
    if (coordinated || (FINITE.has(xpos[i + 1]) && /^\p{Ll}/u.test(forms[i + 1]))) [upos[i], xpos[i]] = ['PROPN', 'NNP'];
  }
}

/** "Neighbouring Senegal and Ivory Coast backed …": an opening -ing word before names whose verb follows describes them. */
function retagOpeningParticiple(forms: readonly string[], upos: string[], xpos: string[]): void {
  const verb = xpos.findIndex((x, k) => k > 1 && FINITE.has(x));
  if (xpos[0] === 'VBG' && /^\p{Lu}\p{Ll}+ing$/u.test(forms[0]) && upos[1] === 'PROPN' && verb > 1 && upos.slice(1, verb).every((u) => ['PROPN', 'CCONJ', 'PUNCT'].includes(u)) && !/^(?:is|was|are|were)$/.test(forms[verb])) [upos[0], xpos[0]] = ['ADJ', 'JJ'];
}

/**
 * "seeking to ease the dispute", "urged Chile to ease the restrictions": after "to", a cue verb's base
 * form with a noun phrase after it is an infinitive; the tagger, reading "to ease" as "with ease", made it a noun.
 */
function retagInfinitiveCue(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (forms[i - 1].toLowerCase() !== 'to' || upos[i] !== 'NOUN' || !/^\p{Ll}+[^s]$/u.test(forms[i]) || !isCueVerb(forms[i])) continue;
    if (!['DET', 'PRON', 'ADJ', 'NUM', 'PROPN'].includes(upos[i + 1])) continue;
    [upos[i], xpos[i]] = ['VERB', 'VB'];
    [upos[i - 1], xpos[i - 1]] = ['PART', 'TO'];
  }
}

/**
 * "the police would soon free the hostages", "we will clear the road": a word the tagger read as an
 * adjective, right after a modal or "to" (or one of them and an adverb) and before a determiner, is the
 * verb the modal serves ("would be free" has its copula between); so is one after "did not".
 */
function retagModalAdjective(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'ADJ' || !/^\p{Ll}+$/u.test(forms[i])) continue;
    const determined = ['DET', 'PRON'].includes(upos[i + 1]) && /^(?:the|a|an|its|their|his|her|our|all|those|these|this|that)$/i.test(forms[i + 1]);
    const modal = (upos[i - 1] === 'ADV' || /^(?:not|n't)$/i.test(forms[i - 1])) && i >= 2 ? i - 2 : i - 1;
    // ("managed to free the hostages": after "to" too)
    const infinitive = forms[modal].toLowerCase() === 'to';
    // ("if the junta did not free the president": after "do" and its negation too)
    const support = upos[modal] === 'AUX' && /^(?:do|does|did)$/i.test(forms[modal]) && modal === i - 2;
    // (no adjective follows "did not": "did not free former …" needs no determiner after it)
    if (!support && (!determined || (xpos[modal] !== 'MD' && !infinitive))) continue;
    [upos[i], xpos[i]] = ['VERB', 'VB'];
    if (infinitive) [upos[modal], xpos[modal]] = ['PART', 'TO'];
  }
}

/**
 * "any attack would amount to a war", "we will counter them": a singular noun right after a modal (or
 * a modal and an adverb) is the verb the modal serves; a modal is never followed by a noun of its own.
 */
function retagModalNoun(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i < forms.length; i++) {
    if (upos[i] !== 'NOUN' || xpos[i] !== 'NN' || !/^\p{Ll}+$/u.test(forms[i])) continue;
    const modal = upos[i - 1] === 'ADV' && i >= 2 ? i - 2 : i - 1;
    if (xpos[modal] !== 'MD') continue;
    [upos[i], xpos[i]] = ['VERB', 'VB'];
  }
}

/**
 * "said that talks with Peru were productive", "insisted that claims about X are unfounded": the model reads
 * "that" as a subject pronoun and the plural noun after it as a verb. A present-tense -s verb right after a
 * "that" that follows a verb, with a preposition after it and a finite auxiliary or verb later in the clause
 * (before any comma), is the clause's plural subject noun.
 */
function retagNounAfterThat(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 2; i + 1 < forms.length; i++) {
    if (upos[i] !== 'VERB' || xpos[i] !== 'VBZ' || !/^\p{Ll}+s$/u.test(forms[i]) || forms[i - 1].toLowerCase() !== 'that' || upos[i - 2] !== 'VERB' || upos[i + 1] !== 'ADP') continue;
    let j = i + 2;
    while (j < forms.length && forms[j] !== ',' && !(upos[j] === 'AUX' || (upos[j] === 'VERB' && /^(?:VBD|VBP|VBZ|MD)$/.test(xpos[j])))) j++;
    if (j >= forms.length || forms[j] === ',') continue;
    [upos[i], xpos[i]] = ['NOUN', 'NNS'];
  }
}

/**
 * "called the tariff hike a mistake": after a verb that names what a thing is, a bare verb right after
 * a determiner and a noun, before another determiner, is the head of the thing named (elsewhere "the
 * ladies at the shop know the trade" keeps its verb).
 */
function retagCompoundHeadVerb(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 3; i + 1 < forms.length; i++) {
    if (upos[i] !== 'VERB' || xpos[i] !== 'VB' || upos[i - 1] !== 'NOUN' || xpos[i - 1] !== 'NN' || upos[i - 2] !== 'DET' || upos[i + 1] !== 'DET') continue;
    if (!NAMING_FORMS.test(forms[i - 3])) continue;
    [upos[i], xpos[i]] = ['NOUN', 'NN'];
  }
}
const NAMING_FORMS = /^(?:call|calls|called|calling|describe|describes|described|describing|label|labels|labell?ed|labell?ing|brand|brands|branded|branding|term|terms|termed|terming|dub|dubs|dubbed|dubbing)$/i;

/**
 * "called the attack unsafe and provocative": a word read as a noun after a noun, joined by "and" or
 * "or" to an adjective, is an adjective too when it looks like one (the lexicon's, or an adjective's ending).
 */
function retagCoordinatedAdjective(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 2 < forms.length; i++) {
    if (upos[i] !== 'NOUN' || xpos[i] !== 'NN' || !['NOUN', 'PROPN'].includes(upos[i - 1]) || !/^(?:and|or)$/.test(forms[i + 1]) || upos[i + 2] !== 'ADJ') continue;
    const word = forms[i];
    if (!/^\p{Ll}+$/u.test(word) || /ment$/.test(word)) continue;
    const tag = lexiconTag(word);
    if (tag === 'Adjective' || (tag === undefined && ADJECTIVE_ENDING.test(word))) [upos[i], xpos[i]] = ['ADJ', 'JJ'];
  }
}

const ADJECTIVE_ENDING = /^un\p{L}{3,}|(?:ous|ive|ful|less|able|ible|ic|ical|ant|ent)$/u;

/**
 * "the Iran-backed militia", "a Lima-based diplomat", "the US-led coalition": a participle joined by a
 * hyphen to what it says of the noun after it is an adjective. The treebank splits such words at the
 * hyphen, so the tagger has never seen one whole and, from the ending, takes it for a verb, and the
 * parser then builds a clause around it ("coalition" the root, "struck" a relative clause).
 */
function retagHyphenatedParticiple(forms: readonly string[], upos: string[], xpos: string[], verbLemmas: Readonly<Record<string, string>>): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    if (upos[i] !== 'VERB' || !['NOUN', 'PROPN', 'ADJ'].includes(upos[i + 1])) continue;
    const last = /^[\p{L}\p{N}.]+(?:-[\p{L}\p{N}.]+)*-(\p{Ll}+)$/u.exec(forms[i])?.[1];
    if (!last) continue;
    // (a regular participle, or an irregular one the lemma table knows: "led", "made", "run", "born")
    if (/(?:ed|en|wn)$/.test(last) || (verbLemmas[last] !== undefined && verbLemmas[last] !== last) || /^(?:run|hit|set|cut|put)$/.test(last)) [upos[i], xpos[i]] = ['ADJ', 'JJ'];
  }
}

/**
 * "accused troops of attacking despite the cease-fire and urged …": a hyphenated word after "the" or "a" that
 * ends its noun phrase (nothing a modifier could describe follows) is the phrase's noun, not an adjective. The
 * tagger, which saw such words split at the hyphen, reads one before "and" as an adjective, and the parser then
 * builds the phrase around "the".
 */
function retagHyphenatedNoun(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i < forms.length; i++) {
    if (upos[i] !== 'ADJ' || upos[i - 1] !== 'DET' || !/^(?:the|a|an)$/i.test(forms[i - 1]) || !/^\p{Ll}+-\p{Ll}+$/u.test(forms[i])) continue;
    if (i + 1 < forms.length && ['NOUN', 'PROPN', 'ADJ', 'NUM', 'VERB'].includes(upos[i + 1])) continue;
    [upos[i], xpos[i]] = ['NOUN', 'NN'];
  }
}

/**
 * "the raids amount to an attack": a linking verb read as a noun after a plural noun, with "to"
 * after it, is the verb (cue group linking-verb).
 */
function retagLinkingVerb(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    if (upos[i] !== 'NOUN' || xpos[i - 1] !== 'NNS' || forms[i + 1].toLowerCase() !== 'to' || !lexicon().cueWords('linking-verb').has(forms[i].toLowerCase())) continue;
    [upos[i], xpos[i]] = ['VERB', 'VBP'];
  }
}

/**
 * "pay for the gas or face sanctions": "face" (or "risk", "suffer") after "or", before a noun phrase, is
 * the verb of what befalls whoever does not comply, not a noun.
 */
function retagOrElseVerb(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 1 < forms.length; i++) {
    // ("or face continued sanctions": a participle describing the noun after it, too)
    const participle = upos[i + 1] === 'VERB' && /^VB[NG]$/.test(xpos[i + 1]) && ['NOUN', 'ADJ'].includes(upos[i + 2] ?? '');
    // ("or face more sanctions", "or face further action")
    const more = /^(?:more|further|even|new)$/i.test(forms[i + 1]);
    if (forms[i - 1].toLowerCase() !== 'or' || upos[i] !== 'NOUN' || !/^(?:face|risk|suffer)$/.test(forms[i]) || !(['NOUN', 'ADJ', 'DET', 'NUM', 'PRON'].includes(upos[i + 1]) || participle || more)) continue;
    [upos[i], xpos[i]] = ['VERB', 'VB'];
  }
}

/**
 * "Chile's announced measures": "'s" after a name, before a past participle and the noun it describes, is the
 * possessive, not "is" ("Chile's announced" as a verb would want an object, not a bare noun after it).
 */
function retagPossessiveBeforeParticiple(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 1; i + 2 < forms.length; i++) {
    if (!/^['’]s$/.test(forms[i]) || upos[i - 1] !== 'PROPN' || upos[i] !== 'AUX' || !/ed$/.test(forms[i + 1]) || upos[i + 2] !== 'NOUN') continue;
    if (['DET', 'PRON', 'PROPN', 'NUM'].includes(upos[i + 3] ?? '') || forms[i + 3] === 'that') continue;
    [upos[i], xpos[i]] = ['PART', 'POS'];
    [upos[i + 1], xpos[i + 1]] = ['VERB', 'VBN'];
  }
}

/**
 * "was neither free nor fair": "neither" with a "nor" after it opens a pair, a conjunction before its first member;
 * the tagger, reading "neither" as a determiner, makes the parse hang the pair from it.
 */
function retagNeitherNor(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i + 2 < forms.length; i++) {
    if (forms[i].toLowerCase() !== 'neither' || upos[i] === 'CCONJ' || !['ADJ', 'NOUN', 'VERB', 'ADV'].includes(upos[i + 1])) continue;
    const nor = forms.findIndex((f, j) => j > i + 1 && f.toLowerCase() === 'nor');
    if (nor > 0 && nor - i <= 8) [upos[i], xpos[i]] = ['CCONJ', 'CC'];
  }
}

/**
 * "absent progress toward a ceasefire, Peru will …", "barring a deal, …": a word of condition opening a clause
 * (at the start, after "that" or a quote mark) before a noun phrase that a comma closes is a preposition.
 */
function retagConditionPreposition(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i + 1 < forms.length; i++) {
    if (!/^(?:absent|barring|failing)$/i.test(forms[i]) || (i > 0 && !/^(?:that|,|"|“|—)$/i.test(forms[i - 1]))) continue;
    if (!['NOUN', 'ADJ', 'DET', 'PROPN'].includes(upos[i + 1]) || !forms.slice(i + 2).includes(',') && !forms.slice(i + 2).includes('—')) continue;
    [upos[i], xpos[i]] = ['ADP', 'IN'];
  }
}

const AMOUNT = /^[$€£¥]?\d[\d.,]*(?:%|bn|mn|m|k)$/;

// what a finite verb or auxiliary is tagged
const FINITE = new Set(['VBD', 'VBZ', 'VBP', 'MD']);

/**
 * "Beijing rejected the plan", "Kunming will host": a capitalised word in -ing right before a finite
 * verb is a name, not a gerund (the tagger reads the suffix; "Making mistakes is easy" opens with a
 * gerund that its object follows).
 */
function retagCapitalisedGerunds(forms: readonly string[], upos: string[], xpos: string[]): void {
  for (let i = 0; i < forms.length; i++) {
    // ("Beijing condemned": with the name read as an auxiliary, the verb after it looks like a participle;
    // a word no English lexicon knows is a name then too)
    const next = FINITE.has(xpos[i + 1] ?? '') || (xpos[i + 1] === 'VBN' && lexiconTag(forms[i]) === undefined);
    if (xpos[i] === 'VBG' && /^\p{Lu}\p{Ll}+ing$/u.test(forms[i]) && next) {
      [upos[i], xpos[i]] = ['PROPN', 'NNP'];
      if (xpos[i + 1] === 'VBN') xpos[i + 1] = 'VBD';
    }
  }
}
