// What every statement finder reads: the document, its tokens and which entity each token names.
import type { Resolution } from '../entities/index.js';
import { lexicon, nameKey, officeHolder, type Lexicon } from '../lexicon/index.js';
import { loadGazetteer } from '../gazetteer/index.js';
import type { Document, Entity, Evidence, Mention, Sentence, Syntax } from '../types.js';
import { tokenStartingAt } from '../text/lookup.js';
import { lowerBound } from '../util/search.js';
import { treeOf, type Tree } from './tree.js';

export interface StatementContext {
  doc: Document;
  /** The dependency tree of every sentence. */
  tree: Tree;
  lex: Lexicon;
  texts: string[];
  lower: string[];
  /** Mentions in text order, each with its entity. */
  mentions: Array<{ mention: Mention; entity: Entity }>;
  /** The same mentions by sentence index (in text order within each). */
  mentionsInSentence: Array<Array<{ mention: Mention; entity: Entity }>>;
  /** Entity named by the mention covering token i, if any (the longest covering mention). */
  entityAtToken: Array<Entity | undefined>;
  mentionAtToken: Array<Mention | undefined>;
  /** For tokens inside an attributed quote, who is speaking (filled once quotes are found). */
  speakerAtToken: Array<Entity | undefined>;
  /** Whether cue readers read the headlines instead of the body (a second pass, for stances only). */
  readsHeadings: boolean;
  /** A lowercase speech verb ("said", but not the "States" of "United States"). */
  isSpeechVerb(i: number): boolean;
  evidence(s: Sentence): Evidence;
  sentenceOfToken(i: number): Sentence;
}

export const isAgent = (e: Entity | undefined): e is Entity => !!e && (e.type === 'Person' || e.type === 'Country' || e.type === 'Organization');

/** A news organisation: it reports what others say and do, and is no party to it (no imposer, target or participant). */
export const isPress = (e: Entity): boolean => e.subtypes.includes('NewsMediaOrganization');

export function statementContext(doc: Document, syntax: Syntax, resolution: Resolution): StatementContext {
  const texts = doc.tokens.map((t) => t.text);
  const mentions = [...resolution.entityOf.entries()].map(([mention, entity]) => ({ mention, entity })).sort((a, b) => a.mention.start - b.mention.start);
  const entityAtToken: Array<Entity | undefined> = new Array(texts.length);
  const mentionAtToken: Array<Mention | undefined> = new Array(texts.length);
  let k = 0;
  for (const { mention, entity } of mentions) {
    while (k < doc.tokens.length && doc.tokens[k].end <= mention.start) k++;
    for (let i = k; i < doc.tokens.length && doc.tokens[i].start < mention.end; i++) {
      const cur = mentionAtToken[i];
      // Prefer the longer mention ("Omani diplomat" over "Omani").
      if (!cur || cur.end - cur.start < mention.end - mention.start) {
        mentionAtToken[i] = mention;
        entityAtToken[i] = entity;
      }
    }
  }
  const mentionsInSentence: StatementContext['mentionsInSentence'] = doc.sentences.map(() => []);
  for (const x of mentions) mentionsInSentence[x.mention.sentence]?.push(x);
  return {
    doc,
    tree: treeOf(doc, syntax),
    mentionsInSentence,
    lex: lexicon(),
    texts,
    lower: texts.map((t) => t.toLowerCase()),
    mentions,
    entityAtToken,
    mentionAtToken,
    speakerAtToken: new Array(texts.length),
    readsHeadings: false,
    // "called the warning “…”": after a determiner, "warning" is a noun
    isSpeechVerb: (i) => /^\p{Ll}/u.test(texts[i] ?? '') && lexicon().speechVerbs.has(texts[i]) && !lexicon().determiners.has((texts[i - 1] ?? '').toLowerCase()),
    evidence: (s) => ({ start: s.start, end: s.end, text: doc.article.text.slice(s.start, s.end) }),
    sentenceOfToken: (i) => doc.sentences[doc.tokens[i].sentence],
  };
}

// Cue tables are long and sentences many: index where each word occurs, once per document.
const positions = new WeakMap<string[], Map<string, number[]>>();
const splitCache = new Map<string, string[]>();

function positionsOf(lower: string[], word: string): number[] {
  let index = positions.get(lower);
  if (!index) {
    index = new Map();
    lower.forEach((w, i) => {
      const list = index!.get(w);
      if (list) list.push(i);
      else index!.set(w, [i]);
    });
    positions.set(lower, index);
  }
  return index.get(word) ?? [];
}

/** Index of the first token of `phrase` (lowercase words) in [from, to), or -1. */
export function findPhrase(lower: string[], phrase: string, from: number, to: number): number {
  let words = splitCache.get(phrase);
  if (!words) splitCache.set(phrase, (words = phrase.split(' ')));
  const at = positionsOf(lower, words[0]);
  // from the first occurrence at or after `from`: a scan from the article's start would make every
  // sentence pay for the sentences before it
  outer: for (let p = lowerBound(at, from, (x) => x); p < at.length; p++) {
    const i = at[p];
    if (i + words.length > to) break;
    for (let k = 1; k < words.length; k++) if (lower[i + k] !== words[k]) continue outer;
    return i;
  }
  return -1;
}

/** Text of tokens [a, b) as written in the article. */
export function spanText(ctx: StatementContext, a: number, b: number): string {
  if (b <= a) return '';
  return ctx.doc.article.text.slice(ctx.doc.tokens[a].start, ctx.doc.tokens[b - 1].end);
}

/** The country an article is about: named clearly more often than any other (a story from Tokyo about Japan). */
export function articleCountry(ctx: StatementContext): Entity | undefined {
  return countries(ctx).main;
}

/** The country the article names most often (twice at least), other than those on a side. */
export function mostNamedCountry(ctx: StatementContext, side: readonly Entity[]): Entity | undefined {
  const best = countries(ctx).ranked.find(([e]) => !side.includes(e));
  return best && best[1] >= 2 ? best[0] : undefined;
}

/** The country a city lies in (the gazetteer's), when the article names that country. */
export function countryOfCity(ctx: StatementContext, city: Entity): Entity | undefined {
  const gaz = loadGazetteer();
  const entry = gaz.lookup(city.label).find((x) => x.type === 'City');
  const name = entry ? gaz.country(entry.countryCode)?.name : undefined;
  return name ? agentList(ctx).find((e) => e.type === 'Country' && e.label === name) : undefined;
}

/** The country or organisation (not the press) the article names most often (twice at least), other than those on a side. */
export function mostNamedParty(ctx: StatementContext, side: readonly Entity[]): Entity | undefined {
  const counts = new Map<Entity, number>();
  for (const x of ctx.mentions) if ((x.entity.type === 'Country' || x.entity.type === 'Organization') && x.mention.kind !== 'pronoun' && !side.includes(x.entity) && !isPress(x.entity)) counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best && best[1] >= 2 ? best[0] : undefined;
}

interface Countries {
  /** Named twice as often as any other. */
  main?: Entity;
  first?: Entity;
  /** Every country named (not by a pronoun), most named first. */
  ranked: Array<[Entity, number]>;
}

/** The article's main country (articleCountry), the first country it names and all of them by count, once per article. */
function countries(ctx: StatementContext): Countries {
  let found = countriesOf.get(ctx);
  if (found) return found;
  const counts = new Map<Entity, number>();
  for (const x of ctx.mentions) if (x.entity.type === 'Country' && x.mention.kind !== 'pronoun') counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  found = { main: top && (!second || top[1] >= 2 * second[1]) ? top[0] : undefined, first: ctx.mentions.find((x) => x.entity.type === 'Country')?.entity, ranked };
  countriesOf.set(ctx, found);
  return found;
}

const countriesOf = new WeakMap<StatementContext, Countries>();

/** The agent entities named in tokens [a, b), in order, without repeats. */
export function agentsIn(ctx: StatementContext, a: number, b: number): Entity[] {
  const out: Entity[] = [];
  for (let i = a; i < b; i++) {
    const e = ctx.entityAtToken[i];
    if (isAgent(e) && !out.includes(e)) out.push(e);
  }
  return out;
}

// Relations under a noun that can name the agent it stands for: "China's ministry",
// "the Saudi delegation", "the ministry of Chile", "Ana Ruiz, the minister".
const AGENT_MODIFIERS = ['nmod:poss', 'compound', 'amod', 'flat', 'nmod', 'appos'];

/** The agent a token names: its own entity, else one its modifiers name. */
export function agentAt(ctx: StatementContext, k: number): Entity | undefined {
  if (k < 0) return undefined;
  const e = ctx.entityAtToken[k];
  if (isAgent(e) && e.type === 'Person') return e;
  // "Norway, which issued a warning": a relative pronoun stands for the name before its comma
  if (!e && /^(?:which|who)$/.test(ctx.lower[k]) && ctx.texts[k - 1] === ',') {
    const before = ctx.entityAtToken[k - 2];
    if (isAgent(before)) return before;
  }
  // "his country will not seek conflict": the country of the person the pronoun stands for
  // ("her government opposed the plan": the government of the person's country)
  // ("X said his party will vote against the bill": the party the person leads, else the person speaking for it)
  if (!e && /^(?:country|nation|government|party)$/.test(ctx.lower[k])) {
    const owner = ctx.entityAtToken[ctx.tree.kid(k, 'nmod:poss')];
    if (owner?.type === 'Person') return ctx.lower[k] === 'party' ? sideOf(ctx, owner).find((x) => x.type === 'Organization') ?? owner : sideOf(ctx, owner).find((x) => x.type === 'Country');
  }
  // "Chile expelled two diplomats. It said …", "… The country rejected …": the subject goes on with the sentence before's
  if (!e && ['nsubj', 'nsubj:pass'].includes(ctx.tree.rel(k))) {
    const carried = carriedSubject(ctx, k);
    if (carried) return carried;
  }
  // "U.S. Secretary of State Ana Ruiz met …" parsed with "Secretary" as a subject of its own: the title's holder
  const titled = titleHolder(ctx, k);
  if (titled) return titled;
  // "Ruritanian Defence Minister Ana Vidal", "Peru's foreign minister, Jorge Soto": the
  // person, not the demonym or the country; "China's ministry": the country
  let best: Entity | undefined = isAgent(e) ? e : undefined;
  let rank = best ? 2 : 0;
  // "Belarus' main opposition candidate": a country speaks through its officials, not through anyone from it
  // ("Togo's main opposition coalition", "Syria's rebels": groups outside the state, or named as its opposition)
  const nonState = ctx.lex.cueWords('non-state-group').has(ctx.lower[k]) || ctx.tree.kids(k).some((c) => ['amod', 'compound'].includes(ctx.tree.rel(c)) && ctx.lex.cueWords('non-state-group').has(ctx.lower[c]));
  const outsideGovernment = nonState || (ctx.lex.roleHeads.has(ctx.lower[k]) && !ctx.lex.agentAffiliationHeads.has(ctx.lower[k]) && !ctx.lex.leaderTitles.has(ctx.lower[k]));
  // ("China's defence ministry" parsed with "China's" on "defence": a compound's possessor is the noun's)
  const modifiers = ctx.tree.kids(k).flatMap((c) => (['compound', 'appos'].includes(ctx.tree.rel(c)) && !ctx.entityAtToken[c] && c < k ? [c, ...ctx.tree.kidsWith(c, 'nmod:poss')] : [c]));
  // ("the sister of X", "X's son": a relative is someone else than the one named)
  const kin = !e && ctx.lex.cueWords('kin-noun').has(ctx.lower[k]);
  for (const c of modifiers) {
    if (!AGENT_MODIFIERS.includes(ctx.tree.rel(c)) || (kin && (['nmod', 'nmod:poss'].includes(ctx.tree.rel(c)) || ctx.entityAtToken[c]?.type === 'Person'))) continue;
    const m = ctx.entityAtToken[c];
    // "his mother, Halyna": a pronoun's possessor is someone else than the one it modifies
    if (!isAgent(m) || (outsideGovernment && m.type === 'Country') || (ctx.tree.upos(c) === 'PRON' && ctx.tree.rel(c) === 'nmod:poss')) continue;
    // "the Indian envoy to Male": where someone is posted is not whom they speak for
    if (m.type !== 'Person' && ctx.tree.kids(c).some((x) => ctx.tree.rel(x) === 'case' && ctx.lower[x] === 'to')) continue;
    const r = m.type === 'Person' ? 3 : ctx.mentionAtToken[c]?.kind === 'demonym' ? 1 : 2;
    if (r > rank) [best, rank] = [m, r];
  }
  return best;
}

// verbs whose "it" is no one: "it seems", "it remains to be seen", "it took weeks"
const IMPERSONAL_IT = new Set(['seem', 'appear', 'happen', 'remain', 'take', 'cost', 'mean', 'matter', 'come', 'be', 'become', 'look', 'sound']);

/**
 * A subject "it", "the country" or "the nation" opening a clause of its own (centering: a sentence goes on
 * about its subject): the country or organisation the sentence before had for its subject; undefined when
 * that subject is a person, names no agent, or the sentence before is a heading or in another paragraph.
 */
function carriedSubject(ctx: StatementContext, k: number): Entity | undefined {
  const { tree } = ctx;
  const word = ctx.lower[k];
  const head = tree.head(k);
  if (word === 'it') {
    if (tree.upos(head) !== 'VERB' || IMPERSONAL_IT.has(tree.lemma(head)) || tree.kids(head).some((c) => tree.rel(c) === 'expl')) return undefined;
  } else if (!((word === 'country' || word === 'nation') && tree.kids(k).every((c) => tree.rel(c) === 'det' && ctx.lower[c] === 'the'))) {
    return undefined;
  }
  const here = ctx.doc.sentences[ctx.doc.tokens[k].sentence];
  const before = ctx.doc.sentences[here.index - 1];
  if (!before || before.heading || here.paragraph - before.paragraph > 1) return undefined;
  // (only the first clause of its own sentence: "It said it would act" has one "it" to carry; "Chile said it …" reads its own)
  for (let i = here.tokenStart; i < k; i++) if (ctx.entityAtToken[i] && isAgent(ctx.entityAtToken[i])) return undefined;
  let root = -1;
  for (let i = before.tokenStart; i < before.tokenEnd && root < 0; i++) if (tree.head(i) < 0) root = i;
  const subject = root < 0 ? -1 : tree.kid(root, 'nsubj') >= 0 ? tree.kid(root, 'nsubj') : tree.kid(root, 'nsubj:pass');
  const e = subject >= 0 && !['it', 'country', 'nation'].includes(ctx.lower[subject]) ? agentAt(ctx, subject) : undefined;
  if (!isAgent(e) || e.type === 'Person' || ctx.mentionAtToken[subject]?.kind === 'demonym') return undefined;
  return word === 'it' || e.type === 'Country' ? e : undefined;
}

/** The person whose title word k is, when the name follows the title ("Secretary of State Ana Ruiz"). */
function titleHolder(ctx: StatementContext, k: number): Entity | undefined {
  if (ctx.entityAtToken[k] || !/^\p{Lu}/u.test(ctx.texts[k])) return undefined;
  for (let j = k + 1; j < ctx.texts.length && j <= k + 5; j++) {
    const e = ctx.entityAtToken[j];
    // ("the Peruvian Ambassador to Chile Luis Vera": a country inside the title is passed over)
    if (e && e.type !== 'Person' && /^(?:of|to)$/.test(ctx.lower[j - 1] ?? '')) continue;
    if (e) {
      const role = ctx.mentionAtToken[j]?.role;
      const title = `${role?.jobTitle ?? ''} ${role?.title ?? ''}`;
      return e.type === 'Person' && title.split(/\s+/).includes(ctx.texts[k]) ? e : undefined;
    }
    if (!/^\p{Lu}/u.test(ctx.texts[j]) && !/^(?:of|for|and|to)$/.test(ctx.lower[j])) return undefined;
  }
  return undefined;
}

/**
 * "Peru and Chile signed a deal. The two countries agreed …", "Both sides condemned …": a plural noun for two, as a
 * subject, stands for the two agents of its kind the sentence before (or the one before it, in the paragraph) joins
 * with "and" (people for "the two leaders", else countries or bodies).
 */
function pairReferent(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  const people = ctx.lex.cueWords('pair-person-noun').has(ctx.lower[k]);
  if (!(people || ctx.lex.cueWords('pair-plural-noun').has(ctx.lower[k])) || !['nsubj', 'nsubj:pass'].includes(tree.rel(k))) return [];
  if (!tree.kids(k).some((c) => (tree.rel(c) === 'nummod' && ctx.lower[c] === 'two') || (['det', 'cc:preconj'].includes(tree.rel(c)) && ctx.lower[c] === 'both'))) return [];
  const fits = (e: Entity | undefined): e is Entity => isAgent(e) && (people ? e.type === 'Person' : e.type !== 'Person');
  const here = ctx.doc.sentences[ctx.doc.tokens[k].sentence];
  for (let back = 1; back <= 2; back++) {
    const s = ctx.doc.sentences[here.index - back];
    if (!s || s.heading || s.paragraph !== here.paragraph && back > 1) return [];
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (tree.rel(i) !== 'conj') continue;
      const pair = [agentAt(ctx, tree.head(i)), agentAt(ctx, i)];
      if (pair.every(fits) && pair[0] !== pair[1]) return pair as Entity[];
    }
  }
  return [];
}

const CAPITALISED = /^\p{Lu}/u;

/** The token after the comma or "and" that ends the list item at i, if the item is a few words long; else -1. */
function nextItem(ctx: StatementContext, s: Sentence, i: number): number {
  for (let j = i + 1; j < Math.min(s.tokenEnd, i + 6); j++) {
    if (ctx.lower[j] === ',' || ctx.lower[j] === 'and') return j + 1 + (ctx.lower[j + 1] === 'and' ? 1 : 0);
    if (!CAPITALISED.test(ctx.texts[j]) && ctx.texts[j] !== '-') return -1;
  }
  return -1;
}

/** The agents named one after another from token i: "Chile, Peru and the Republic of Fiji". */
export function namesListedFrom(ctx: StatementContext, s: Sentence, i: number): Entity[] {
  const out: Entity[] = [];
  while (i < s.tokenEnd) {
    if (ctx.lower[i] === 'the') i++;
    const e = ctx.entityAtToken[i];
    // (a name read as no agent, "the Central Africa Republic" untyped, is passed over to the next in the list)
    const skipped = !isAgent(e) && CAPITALISED.test(ctx.texts[i]) ? nextItem(ctx, s, i) : -1;
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    if (!isAgent(e)) break;
    if (!out.includes(e)) out.push(e);
    while (i < s.tokenEnd && ctx.entityAtToken[i] === e) i++;
    if (ctx.lower[i] === ',') i++;
    if (ctx.lower[i] === 'and' || ctx.lower[i] === 'or') i++;
    // ("…, plus two African states, Eritrea and Mali": a count of the names that follow)
    if (ctx.lower[i] === 'plus' || (ctx.lower[i] === 'as' && ctx.lower[i + 1] === 'well' && ctx.lower[i + 2] === 'as')) {
      i += ctx.lower[i] === 'plus' ? 1 : 3;
      const comma = ctx.lower.indexOf(',', i);
      if (!ctx.entityAtToken[i] && comma > i && comma - i <= 5 && comma < s.tokenEnd) i = comma + 1;
    }
  }
  return out;
}

/**
 * "seven Latin American countries that questioned …", "the three states": a count of countries or bodies stands for
 * a list the article gives of just that many of them, the nearest such list (three or more: pairs are pairReferent's).
 */
export function countedReferent(ctx: StatementContext, k: number): Entity[] {
  if (ctx.entityAtToken[k]) return [];
  const { tree } = ctx;
  if (!ctx.lex.cueWords('pair-plural-noun').has(ctx.lower[k])) return [];
  const count = tree.kidsWith(k, 'nummod').map((c) => ctx.lex.money.cardinals[ctx.lower[c]] ?? (/^\d{1,2}$/.test(ctx.lower[c]) ? Number(ctx.lower[c]) : 0)).find((n) => n >= 3);
  if (count === undefined) return [];
  let best: Entity[] = [];
  let distance = Infinity;
  // (read as a list of names, not from the parse, which often breaks a long one)
  for (const s of ctx.doc.sentences) {
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (!isAgent(ctx.entityAtToken[i]) || ctx.entityAtToken[i - 1] === ctx.entityAtToken[i] || [',', 'and', 'the'].includes(ctx.lower[i - 1] ?? '')) continue;
      const members = namesListedFrom(ctx, s, i);
      if (members.length !== count || members.some((e) => e.type === 'Person')) continue;
      if (Math.abs(i - k) < distance) [best, distance] = [members, Math.abs(i - k)];
    }
  }
  return best;
}

/** The agents a subject or object names, its coordinated words included ("France and Germany"). */
export function agentsAt(ctx: StatementContext, k: number): Entity[] {
  if (k < 0) return [];
  const pair = ctx.entityAtToken[k] ? [] : pairReferent(ctx, k);
  if (pair.length) return pair;
  const out: Entity[] = [];
  for (const c of ctx.tree.conjuncts(k)) {
    // "the international community, including France, Chile and the UN": every one it names acts
    const members = ctx.entityAtToken[c] ? undefined : ctx.tree.kidsWith(c, 'nmod').find((m) => ctx.tree.kids(m).some((x) => ctx.tree.rel(x) === 'case' && INCLUDING.has(ctx.lower[x])));
    // ("the foreign ministers of Peru and Chile": officials in the plural speak for every country the of-phrase names)
    const plural = !ctx.entityAtToken[c] && ctx.tree.upos(c) === 'NOUN' && ctx.lex.roleHeads.has(ctx.lower[c].replace(/s$/, '')) && /s$/.test(ctx.lower[c]);
    const ofWhom = plural ? ctx.tree.kidsWith(c, 'nmod').find((m) => ctx.tree.kids(m).some((x) => ctx.tree.rel(x) === 'case' && ctx.lower[x] === 'of') && ctx.tree.conjuncts(m).length > 1) : undefined;
    // ("welcomed the president of Chile": an office no name fills, of a country, stands for the country, as "the Chilean president" does)
    const officeOf = !ctx.entityAtToken[c] && ctx.tree.upos(c) === 'NOUN' && ctx.lex.roleHeads.has(ctx.lower[c]) ? ctx.tree.kidsWith(c, 'nmod').find((m) => ctx.entityAtToken[m]?.type === 'Country' && ctx.tree.kids(m).some((x) => ctx.tree.rel(x) === 'case' && ctx.lower[x] === 'of')) : undefined;
    const named = members !== undefined ? ctx.tree.conjuncts(members).map((m) => agentAt(ctx, m)) : ofWhom !== undefined ? ctx.tree.conjuncts(ofWhom).map((m) => agentAt(ctx, m)) : [agentAt(ctx, c) ?? (officeOf !== undefined ? agentAt(ctx, officeOf) : undefined)];
    for (const e of named) if (e && !out.includes(e)) out.push(e);
  }
  return out;
}

/** The agents coordinated with a mention of e in sentence s ("Chile and Bolivia", "Chile, Peru or Bolivia"), e left out. */
export function coordinatedWith(ctx: StatementContext, s: Sentence, e: Entity): Entity[] {
  const out: Entity[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (ctx.entityAtToken[i] !== e) continue;
    // the first conjunct heads the others: "Chile" in "Chile and Bolivia", whichever of them e is
    let first = i;
    while (ctx.tree.rel(first) === 'conj' && ctx.tree.head(first) >= 0) first = ctx.tree.head(first);
    if (first === i && !ctx.tree.kids(i).some((c) => ctx.tree.rel(c) === 'conj')) continue;
    for (const x of agentsAt(ctx, first)) if (x !== e && !out.includes(x)) out.push(x);
  }
  return out;
}

const INCLUDING = new Set(['including', 'like']);

const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'throughout']);

/** Every agent named inside the subtree of k, in text order; not one named as where ("the militia based in Syria"). */
export function agentsUnder(ctx: StatementContext, k: number, except: readonly number[] = [], places = false): Entity[] {
  if (k < 0) return [];
  const [a, b] = ctx.tree.span(k);
  const out: Entity[] = [];
  const where = (i: number) => !places && ctx.tree.kids(i).some((c) => ctx.tree.rel(c) === 'case' && LOCATIVE.has(ctx.lower[c]));
  for (let i = a; i < b; i++) {
    if (!ctx.tree.dominates(k, i) || except.some((x) => x >= 0 && ctx.tree.dominates(x, i)) || (i !== k && where(i))) continue;
    const e = ctx.entityAtToken[i];
    if (isAgent(e) && !out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * The tokens of body sentences (not headings) that a cue table lists, by lemma or by the word as
 * written, with their entries. Cues are ordinary words: "Rapid Support Forces" support nothing.
 */
const PARTICLES = /^(?:back|out|off|up|down|away)$/;

export function* cueTokens<T>(ctx: StatementContext, table: ReadonlyMap<string, T>): Generator<{ s: Sentence; k: number; entry: T }> {
  for (const s of ctx.doc.sentences) {
    if (!!s.heading !== ctx.readsHeadings) continue;
    // ("Sanctions were imposed …", "“Tariffs …": the word that opens a sentence is capitalised, and a cue all the same)
    let opening = s.tokenStart;
    while (opening < s.tokenEnd - 1 && /^\p{P}$/u.test(ctx.texts[opening])) opening++;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (!/^\p{Ll}/u.test(ctx.texts[k]) && !(k === opening && /^\p{Lu}\p{Ll}+$/u.test(ctx.texts[k]) && !ctx.entityAtToken[k])) continue;
      // "ruled out talks": a verb with its particle is an entry of its own ("rule out")
      // ("hit back at X" with "back" parsed as an adverb right after the verb: its particle all the same)
      const prt = ctx.tree.kid(k, 'compound:prt');
      // ("pulled out of the deal" with "out" read as a second case word of the of-phrase: its particle all the same)
      const caseParticle = ctx.tree.rel(k + 1) === 'case' && ctx.lower[k + 2] === 'of' && ctx.tree.head(ctx.tree.head(k + 1)) === k;
      const particle = prt >= 0 ? prt : (ctx.tree.head(k + 1) === k && ctx.tree.rel(k + 1) === 'advmod') || caseParticle ? (PARTICLES.test(ctx.lower[k + 1] ?? '') ? k + 1 : -1) : -1;
      const lemma = ctx.tree.lemma(k).toLowerCase();
      // ("she was outraged by the decision": a passive participle the table lists as written is that entry, not its verb's)
      const asWritten = ctx.tree.kid(k, 'nsubj:pass') >= 0 ? table.get(ctx.lower[k]) : undefined;
      // ("bristled" → "bristl": the lemma rules may drop a verb's final e, which the table keeps)
      const withE = ctx.tree.upos(k) === 'VERB' && /(?:ed|ing)$/.test(ctx.lower[k]) ? table.get(`${lemma}e`) : undefined;
      const entry = (particle >= 0 ? table.get(`${lemma} ${ctx.lower[particle]}`) : undefined) ?? asWritten ?? table.get(lemma) ?? table.get(ctx.lower[k]) ?? withE;
      if (entry !== undefined) yield { s, k, entry };
    }
  }
}

/** "Peru's decision to recognize X": the possessor of the plan noun a to-infinitive at c belongs to (or follows as the object), else -1. */
function ownerOfPlan(ctx: StatementContext, c: number): number {
  const { tree } = ctx;
  if (!tree.kids(c).some((m) => ctx.lower[m] === 'to' && tree.rel(m) === 'mark')) return -1;
  const plan = tree.rel(c) === 'acl' ? tree.head(c) : ['advcl', 'xcomp'].includes(tree.rel(c)) ? tree.kid(tree.head(c), 'obj') : -1;
  if (plan < 0 || !ctx.lex.cueWords('plan-noun').has(tree.lemma(plan)) || (tree.rel(c) !== 'acl' && tree.span(plan)[1] !== tree.span(c)[0])) return -1;
  return tree.kid(plan, 'nmod:poss');
}

/** The subject of k, or of the verb it hangs from when it has none ("X warned …, threatening to …"). */
export function subjectOf(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  let viaAdverbial = false;
  for (let c = k, steps = 0; c >= 0 && steps < 4; steps++) {
    // two subjects ("Peru's minister, Jorge Soto, says", a missed apposition): the person
    // "The U.S. … have rejected" with the subject hung from the auxiliary: its subject all the same
    const subjects = [...tree.kidsWith(c, 'nsubj'), ...tree.kidsWith(c, 'aux').flatMap((a) => tree.kidsWith(a, 'nsubj'))];
    if (subjects.length) return subjects.find((x) => agentAt(ctx, x)?.type === 'Person') ?? subjects[0];
    // "the head of the ministry argued" parsed as a reduced relative: the noun is who speaks
    if (tree.rel(c) === 'acl' && ctx.isSpeechVerb(c) && ['NOUN', 'PROPN'].includes(tree.upos(tree.head(c))) && ctx.lower[c + 1] !== 'by') return tree.head(c);
    if (!['xcomp', 'advcl', 'conj', 'acl'].includes(tree.rel(c))) return -1;
    // "sent a telegram congratulating X": a document's words are its sender's
    // "summoned the ambassador to protest X": the one who summons protests
    const purpose = tree.rel(c) === 'acl' && tree.rel(tree.head(c)) === 'obj' && ctx.lex.cueWords('summoning-verb').has(tree.lemma(tree.head(tree.head(c)))) && tree.kids(c).some((m) => ctx.lower[m] === 'to');
    if (tree.rel(c) === 'acl' && (purpose || ctx.lex.cueWords('document-noun').has(ctx.lower[tree.head(c)])) && verbAbove(ctx, tree.head(c)) >= 0) {
      c = verbAbove(ctx, tree.head(c));
      continue;
    }
    // ("rejected calls to back the plan": whoever calls for it would have it done; the one who rejects the calls does not)
    if (ctx.lex.cueWords('demand-noun').has(tree.lemma(nounOfInfinitive(ctx, c)))) return -1;
    // "led the African Union to call for restraint": a named agent with a to-infinitive does it
    if (tree.rel(c) === 'acl' && tree.kids(c).some((m) => ctx.lower[m] === 'to' && tree.rel(m) === 'mark') && agentAt(ctx, tree.head(c))) return tree.head(c);
    // "told Chile to reconsider Peru's decision to recognize X": the decision's owner does it, not whoever told
    // (the parse may hang the infinitive from the verb whose object the decision is: "reconsider Peru's decision to …")
    // (not for a clause the parse hung below the infinitive: "… decision to recognize X, while saying …" is the speaker's)
    const owner = viaAdverbial ? -1 : ownerOfPlan(ctx, c);
    if (owner >= 0) return owner;
    if (tree.rel(c) === 'advcl') viaAdverbial = true;
    // "reached an agreement to designate X", "took a decision to expel Y": whoever reached or took it does it
    if (tree.rel(c) === 'acl' && tree.kids(c).some((m) => ctx.lower[m] === 'to' && tree.rel(m) === 'mark') && tree.rel(tree.head(c)) === 'obj' && verbAbove(ctx, tree.head(c)) >= 0) {
      c = verbAbove(ctx, tree.head(c));
      continue;
    }
    c = tree.head(c);
  }
  return -1;
}


/**
 * The first dependent of k under one of `rels` (subtypes included, in that order) that a given word
 * introduces as its `case` ("warned Serbia of …", "threatened Peru with …") or, with markers
 * ['case', 'mark'] or ['mark'], as its mark ("warned against meddling", "… to withdraw"); -1 if none.
 */
export function phraseUnder(ctx: StatementContext, k: number, rels: readonly string[], word: string | undefined, markers: readonly string[] = ['case']): number {
  if (k < 0) return -1;
  const { tree } = ctx;
  for (const rel of rels) {
    const hit = tree.kidsWith(k, rel).find((o) => tree.kids(o).some((c) => markers.includes(tree.rel(c)) && ctx.lower[c] === word));
    if (hit !== undefined) return hit;
  }
  return -1;
}

/** The nearest verb above k (for a noun cue, the verb whose subject speaks). */
export function verbAbove(ctx: StatementContext, k: number): number {
  for (let c = ctx.tree.head(k), steps = 0; c >= 0 && steps < 6; c = ctx.tree.head(c), steps++) if (ctx.tree.upos(c) === 'VERB') return c;
  return -1;
}

/** "will never be allowed", "would not": a promise not to act threatens nobody without a condition. */
export function negated(ctx: StatementContext, k: number): boolean {
  // "does not", "never", and the joined "doesn't", "won't" the tokeniser keeps whole
  const { tree } = ctx;
  // (but "not only hurts X but also …" asserts both)
  if (tree.kids(k).some((c) => (tree.rel(c) === 'advmod' && /^(?:not|n't|n’t|never)$/.test(ctx.lower[c]) && ctx.lower[c + 1] !== 'only') || (tree.rel(c) === 'aux' && /n['’]t$|^cannot$/.test(ctx.lower[c])))) return true;
  // "is no longer welcome"
  if (tree.kidsWith(k, 'advmod').some((c) => ctx.lower[c] === 'longer' && tree.kids(c).some((n) => ctx.lower[n] === 'no'))) return true;
  // "were neither free nor fair": "neither" on the first of the pair
  if (tree.kids(k).some((c) => ['advmod', 'cc:preconj', 'cc'].includes(tree.rel(c)) && ctx.lower[c] === 'neither')) return true;
  // ("Neither Peru nor Chile supported the plan": a subject that opens with "neither")
  if (tree.kids(k).some((c) => tree.rel(c).startsWith('nsubj') && tree.kids(c).some((d) => ['det', 'cc:preconj', 'advmod'].includes(tree.rel(d)) && ctx.lower[d] === 'neither'))) return true;
  // "refused to recognise the results", "declined to back the plan": the act is not done
  // ("Peru's refusal to back the plan": a refusal's to-clause too)
  return (tree.rel(k) === 'xcomp' && ctx.lex.cueWords('refusing-verb').has(tree.lemma(tree.head(k)))) || ctx.lex.cueWords('refusing-noun').has(tree.lemma(nounOfInfinitive(ctx, k)));
}

/**
 * The noun a to-clause k belongs to ("calls to back the plan", "Peru's refusal to back it"), however the parse hangs
 * it: from the noun, or from the verb whose object the noun is, right before the clause; -1 if none.
 */
export function nounOfInfinitive(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  if (k < 0 || !tree.kids(k).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'to')) return -1;
  if (tree.rel(k) === 'acl') return tree.upos(tree.head(k)) === 'NOUN' ? tree.head(k) : -1;
  if (!['xcomp', 'advcl'].includes(tree.rel(k))) return -1;
  const o = tree.kid(tree.head(k), 'obj');
  return o >= 0 && tree.upos(o) === 'NOUN' && tree.span(o)[1] === tree.span(k)[0] ? o : -1;
}

/** Whether k has an auxiliary that puts its act in the future or in the possible ("will hold", "could consider"), not done. */
export const inStore = (ctx: StatementContext, k: number): boolean => ctx.tree.kids(k).some((c) => ctx.tree.rel(c) === 'aux' && /^(?:will|would|shall|could|may|might)$/.test(ctx.lower[c]));

/** "the office of the president", "the ministry": a state's institution the text does not name stands for the article's country. */
export function unnamedInstitution(ctx: StatementContext, subject: number): Entity | undefined {
  if (subject < 0 || ctx.entityAtToken[subject] || !ctx.lex.genericOrganisationWords.heads.has(ctx.lower[subject])) return undefined;
  // ("Britain's government said": the country that owns it)
  const owner = ownerCountry(ctx, ctx.tree.kid(subject, 'nmod:poss')) ?? seatCountry(ctx, subject);
  if (owner) return owner;
  // ("the parliament in Caracas" with its country never named: not the country the article is about)
  if (ctx.entityAtToken[phraseUnder(ctx, subject, ['nmod'], 'in')]) return undefined;
  if (ctx.tree.kid(subject, 'det') < 0) return undefined;
  // "The council also rejected …" after "the Peace and Security Council said …": the body last named with that word
  const s = ctx.sentenceOfToken(subject);
  for (let i = s.index; i >= Math.max(0, s.index - 5); i--) {
    const named = ctx.mentionsInSentence[i].filter((x) => x.entity.type === 'Organization' && x.mention.kind === 'name' && (i < s.index || x.mention.end <= ctx.doc.tokens[subject].start));
    const last = named.reverse().find((x) => x.mention.text.split(/\s+/).pop()?.toLowerCase() === ctx.lower[subject]);
    if (last) return last.entity;
    // ("Peru's foreign ministry summoned …. The ministry is protesting …": the country the same word was said of)
    const sentence = ctx.doc.sentences[i];
    for (let t = (i < s.index ? sentence.tokenEnd : subject) - 1; t >= sentence.tokenStart; t--) {
      if (ctx.lower[t] !== ctx.lower[subject]) continue;
      const owner = ownerCountry(ctx, ctx.tree.kid(t, 'nmod:poss'));
      if (owner) return owner;
    }
  }
  const { main, first } = countries(ctx);
  return main ?? first;
}

/** "the government in Lima", "the authorities in Peru": the country an institution's in-phrase places it in (a capital or the country itself). */
export function seatCountry(ctx: StatementContext, subject: number): Entity | undefined {
  if (subject < 0 || !ctx.lex.genericOrganisationWords.heads.has(ctx.lower[subject])) return undefined;
  const place = ctx.entityAtToken[phraseUnder(ctx, subject, ['nmod'], 'in')];
  return place?.type === 'Country' ? place : place?.type === 'City' ? countryOfCity(ctx, place) : undefined;
}

/** The country a possessor names: its own ("Peru's"), or, for "the country's", the country its sentence named last before it. */
function ownerCountry(ctx: StatementContext, p: number): Entity | undefined {
  if (p < 0) return undefined;
  const own = agentsAt(ctx, p).find((e) => e.type === 'Country');
  if (own || ctx.lower[p] !== 'country') return own;
  const s = ctx.sentenceOfToken(p);
  for (let t = p - 1; t >= s.tokenStart; t--) if (ctx.entityAtToken[t]?.type === 'Country') return ctx.entityAtToken[t];
  return undefined;
}

/** The subject of the speech verb a clause is reported under: "X said (that) …", "…, X warned". */
export function reportingSubject(ctx: StatementContext, k: number): Entity | undefined {
  return reportingSubjects(ctx, k)[0];
}

/** Every agent the subject of that speech verb names ("Peru, Chile and Mexico said …"). */
export function reportingSubjects(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  for (let c = k, steps = 0; c >= 0 && steps < 6; c = tree.head(c), steps++) {
    let h = tree.head(c);
    if (h < 0) break;
    // "added in a statement that … sanctions would ensue", parsed as a relative clause of "statement":
    // the clause is what the statement says, and whoever issued it says it
    const says = (tree.rel(c) === 'acl:relcl' || tree.rel(c) === 'acl') && tree.kids(c).some((m) => tree.rel(m) === 'mark' && ctx.lower[m] === 'that');
    if (says && ['statement', 'communique', 'communiqué', 'declaration'].includes(ctx.lower[h]) && verbAbove(ctx, h) >= 0) h = verbAbove(ctx, h);
    if (!['ccomp', 'parataxis', 'conj', 'advcl', 'acl'].includes(tree.rel(c)) && !says && !ctx.isSpeechVerb(c)) continue;
    // "X said …", "X warned …", "X issued a warning: …"
    const warns = tree.kidsWith(h, 'obj').some((o) => ctx.lex.threatLemmas.get(tree.lemma(o)) === 'cue');
    // ("X informed the UN that they are ready to …": whoever informs someone reports what they inform of; "the
    // sanctions show that …" informs no one)
    const informs = ctx.lex.cueWords('informing-verb').has(tree.lemma(h)) && (tree.kid(h, 'obj') >= 0 || tree.kid(h, 'iobj') >= 0);
    if (ctx.isSpeechVerb(h) || warns || informs || tree.lemma(h) === 'say' || tree.lemma(h) === 'warn' || tree.lemma(h) === 'warning') {
      const subject = subjectOf(ctx, tree.upos(h) === 'NOUN' ? verbAbove(ctx, h) : h);
      // ("the office of the president said …": an institution the text does not name speaks for its country)
      const speaker = ctx.speakerAtToken[h];
      const said = speakersOf(ctx, h, speaker ? [speaker] : agentsAt(ctx, subject));
      if (said.length) return said;
      const unnamed = unnamedInstitution(ctx, subject);
      if (unnamed) return [unnamed];
    }
  }
  // "…, X said." with the speech verb as a dependent of the clause (parataxis the other way round)
  for (const c of tree.kids(k)) if (ctx.isSpeechVerb(c)) return speakersOf(ctx, c, agentsAt(ctx, tree.kid(c, 'nsubj')));
  // "…, state media said on Tuesday, citing X" however the parse hangs it: the one cited
  const s = ctx.sentenceOfToken(k);
  for (let v = k + 1; v < s.tokenEnd; v++) {
    if (!ctx.isSpeechVerb(v)) continue;
    const cited = citedSource(ctx, v);
    if (cited) return [cited];
  }
  return [];
}

/** Who speaks through the speech verb v whose subject names `named`: the one the press cites ("state media said, citing X"), else those named. */
function speakersOf(ctx: StatementContext, v: number, named: Entity[]): Entity[] {
  const cited = named.every(isPress) ? citedSource(ctx, v) : undefined;
  return cited ? [cited] : named;
}

/**
 * Whom a well-known office holder serves ("President X" with no country beside the title), among
 * the agents the article names: data/lexicon/office-holders.tsv, the first listed that is named.
 */
export function knownAffiliation(ctx: StatementContext, e: Entity): Entity | undefined {
  if (e.type !== 'Person') return undefined;
  const serves = officeHolder(ctx.lex.officeHolders, [e.label, ...e.altLabels])?.serves;
  if (!serves) return undefined;
  const agents = agentList(ctx);
  for (const what of serves) {
    const key = nameKey(what);
    const found = agents.find((a) => (a.type === 'Country' ? a.iri.endsWith(`/country/${what}`) : a.type === 'Organization' && [a.label, ...a.altLabels].some((l) => nameKey(l) === key)));
    if (found) return found;
  }
  return undefined;
}

const agentLists = new WeakMap<StatementContext, Entity[]>();

/** The article's agents, once per document (knownAffiliation is asked for every person). */
function agentList(ctx: StatementContext): Entity[] {
  let list = agentLists.get(ctx);
  if (!list) agentLists.set(ctx, (list = [...new Set(ctx.mentions.map((x) => x.entity))].filter(isAgent)));
  return list;
}

/** An agent and those it speaks for (a threatener's side, an official's country in a meeting): a person's affiliations named in the text. */
export function sideOf(ctx: StatementContext, e: Entity): Entity[] {
  let cache = sides.get(ctx);
  if (!cache) sides.set(ctx, (cache = new Map()));
  let out = cache.get(e);
  if (out) return out;
  out = [e];
  cache.set(e, out);
  // ("the Kremlin", "China's Foreign Ministry": a seat of government or a body scoped to a country is on its side)
  if (e.type === 'Organization') {
    const code = countryCodeOf(ctx, e);
    const country = code ? agentList(ctx).find((a) => a.type === 'Country' && countryCodeOf(ctx, a) === code) : undefined;
    if (country) out.push(country);
    return out;
  }
  // ("the United States … the White House": a country's seat of government and its scoped bodies are on its side)
  if (e.type === 'Country') {
    const code = countryCodeOf(ctx, e);
    if (code) for (const a of agentList(ctx)) if (a.type === 'Organization' && countryCodeOf(ctx, a) === code) out.push(a);
    return out;
  }
  if (e.type !== 'Person') return out;
  const known = knownAffiliation(ctx, e);
  if (known) out.push(known);
  const affiliations = new Set(e.mentions.map((m) => m.role?.affiliation).filter((a): a is string => !!a));
  if (!affiliations.size) return out;
  // each distinct name once, whatever the number of mentions
  for (const [text, entities] of agentsByText(ctx)) {
    if (![...affiliations].some((a) => a.includes(text))) continue;
    for (const x of entities) if (!out.includes(x)) out.push(x);
  }
  // ("Peruvian Foreign Ministry spokesperson X": the country the body serves is the person's side too)
  for (const x of [...out]) if (x.type === 'Organization') for (const y of sideOf(ctx, x)) if (!out.includes(y)) out.push(y);
  return out;
}

/**
 * The ISO code of the country an agent is or stands for: a country's own; a body scoped to a country
 * (org/cn/foreign-ministry); a seat of government (government-seats.tsv, "Kremlin" → ru).
 */
export function countryCodeOf(ctx: StatementContext, e: Entity): string | undefined {
  if (e.type === 'Country') return /\/country\/([a-z]{2})$/.exec(e.iri)?.[1];
  if (e.type !== 'Organization') return undefined;
  return /\/org\/([a-z]{2})\/[^/]+$/.exec(e.iri)?.[1] ?? ctx.lex.governmentSeats.get(nameKey(e.label));
}

/** sideOf for a statement's IRI: the IRIs of the entity's side (the IRI alone when the article names no such entity). */
export function sideIrisOf(ctx: StatementContext, iri: string): string[] {
  const e = entityOfIri(ctx, iri);
  return e ? sideOf(ctx, e).map((x) => x.iri) : [iri];
}

/** The entity a statement's IRI names, among those the article mentions. */
export function entityOfIri(ctx: StatementContext, iri: string): Entity | undefined {
  let byIri = entitiesByIri.get(ctx);
  if (!byIri) entitiesByIri.set(ctx, (byIri = new Map(ctx.mentions.map((m) => [m.entity.iri, m.entity]))));
  return byIri.get(iri);
}

/** The words of a phrase that say something (three letters or more, no determiners or particles), lower-cased. */
export const contentWords = (text: string): Set<string> => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !/^(?:the|its|their|his|her|and|for|of)$/.test(w)));

/** Whether the agents at IRIs p and q stand for each other: the same one, or one is on the other's side. */
export const standFor = (ctx: StatementContext, p: string, q: string): boolean => p === q || sideIrisOf(ctx, p).includes(q) || sideIrisOf(ctx, q).includes(p);

const entitiesByIri = new WeakMap<StatementContext, Map<string, Entity>>();
const sides = new WeakMap<StatementContext, Map<Entity, Entity[]>>();
const byText = new WeakMap<StatementContext, Map<string, Entity[]>>();

/** Agents by the words of their mentions. */
function agentsByText(ctx: StatementContext): Map<string, Entity[]> {
  let map = byText.get(ctx);
  if (map) return map;
  map = new Map();
  for (const x of ctx.mentions) {
    if (!isAgent(x.entity)) continue;
    const list = map.get(x.mention.text) ?? [];
    if (!list.includes(x.entity)) list.push(x.entity);
    map.set(x.mention.text, list);
  }
  byText.set(ctx, map);
  return map;
}

/**
 * "said, citing X", "reported, quoting X": the agent named right after "citing" later in the speech
 * verb's sentence (the parse hangs that participle anywhere, so its word is the cue).
 */
export function citedSource(ctx: StatementContext, v: number): Entity | undefined {
  const s = ctx.sentenceOfToken(v);
  for (let j = v + 1; j < s.tokenEnd - 1; j++) {
    if (!/^(?:citing|quoting)$/.test(ctx.lower[j])) continue;
    const e = agentNamedFrom(ctx, j + 1, s.tokenEnd);
    // "citing the ministry's announcement": what is cited is a reason, not whose words these are
    const m = e ? ctx.mentions.find((x) => x.entity === e && x.mention.start >= ctx.doc.tokens[j + 1].start) : undefined;
    const after = m ? tokenStartingAt(ctx.doc, m.mention.end) : -1;
    return e && !/^['’]s$/.test(ctx.texts[after] ?? '') ? e : undefined;
  }
  return undefined;
}

/** The agent named (not by a demonym) right at token a, after "the" and capitalised title words ("according to Senator X"). */
export function agentNamedFrom(ctx: StatementContext, a: number, end: number): Entity | undefined {
  for (let j = a; j < Math.min(end, a + 8); j++) {
    const e = ctx.entityAtToken[j];
    if (isAgent(e) && ctx.mentionAtToken[j]?.kind !== 'demonym') return e;
    // ("according to a statement by X", "a letter from X": whoever issued it)
    const issued = (ctx.lex.cueWords('saying-noun').has(ctx.lower[j]) || ctx.lex.cueWords('document-noun').has(ctx.lower[j])) && /^(?:by|from|of)$/.test(ctx.lower[j + 1] ?? '');
    if (issued) {
      j++;
      continue;
    }
    // "according to her campaign": someone the text does not name
    // ("quoted an official as saying": an article opens a description as "the" does)
    if (!/^(?:the|an?)$/.test(ctx.lower[j]) && !/^\p{Lu}/u.test(ctx.texts[j])) return undefined;
  }
  return undefined;
}

/** The demonym among the adjectives on x ("Chilean" of "Chilean beef"), as its token; -1 if none. */
export function demonymOn(ctx: StatementContext, x: number): number {
  return x < 0 ? -1 : ctx.tree.kidsWith(x, 'amod').find((a) => ctx.mentionAtToken[a]?.kind === 'demonym') ?? -1;
}

/** Whether the word at x names an agent or could: a name, or a word for an office or an organisation ("minister", "ministry"). */
export function agentiveWord(ctx: StatementContext, x: number): boolean {
  return !!ctx.entityAtToken[x] || [ctx.lex.roleHeads, ctx.lex.orgDescriptionNouns, ctx.lex.genericOrganisationWords.heads].some((words) => words.has(ctx.lower[x]));
}

/**
 * "absent progress, Peru will …", "barring a deal, …", "failing an agreement, …": a phrase under k opened by a
 * word of condition that is no clause mark (threats.tsv, role condition), as its head; -1 if none.
 */
export function conditionPhrase(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  const opener = (m: number) => m >= 0 && tree.rel(m) !== 'mark' && ctx.lex.threatLemmas.get(ctx.lower[m]) === 'condition';
  return tree.kids(k).find((c) => ['obl', 'advcl'].includes(tree.rel(c)) && c < k && (opener(c) ? tree.span(c)[0] === c : tree.kids(c).some((m) => m === tree.span(c)[0] && ['amod', 'case'].includes(tree.rel(m)) && opener(m)))) ?? -1;
}

/**
 * The harm a verb keeps in reserve: "did not rule out X", "left the door open to X", "kept X on the
 * table", "X remains on the table", "X remains an option", "is considering X" (the verb whose subject holds it is k), as its head; -1 if none.
 */
export function harmInReserve(ctx: StatementContext, k: number): number {
  const { tree } = ctx;
  const lemma = tree.lemma(k);
  if (lemma === 'rule' && tree.kids(k).some((c) => tree.rel(c) === 'compound:prt' && ctx.lower[c] === 'out') && negated(ctx, k)) return tree.kid(k, 'obj');
  if ((lemma === 'leave' || lemma === 'keep') && tree.lemma(tree.kid(k, 'obj')) === 'door') return phraseUnder(ctx, tree.kid(k, 'xcomp'), ['obl', 'nmod'], 'to');
  // ("hinted at sanctions against X": a measure hinted at is held in reserve)
  if (lemma === 'hint' && tree.upos(k) === 'VERB') return phraseUnder(ctx, k, ['obl'], 'at');
  // ("was considering sanctions against X": a measure weighed is kept in reserve too)
  // ("considers the sanctions illegal", "… to be illegal": a judgement of a measure in force, not one weighed)
  const judged = tree.kids(k).some((c) => ['xcomp', 'ccomp'].includes(tree.rel(c))) || tree.kidsWith(tree.kid(k, 'obj'), 'acl').length > 0;
  // (a named measure or a harm: "considering similar steps" weighs no measure in particular)
  const obj = tree.kid(k, 'obj');
  const named = obj >= 0 && ((ctx.lex.sanctionLemmas.get(tree.lemma(obj)) ?? []).includes('measure') || ctx.lex.threatLemmas.get(tree.lemma(obj)) === 'harm');
  if (ctx.lex.cueWords('weighing-verb').has(lemma) && tree.upos(k) === 'VERB' && named && !judged && !negated(ctx, k)) return obj;
  // ("is considering expelling the envoys": a harmful act weighed)
  const weighedAct = tree.kid(k, 'xcomp');
  // (not "would consider cutting ties if …", a consequence on a condition, read as such)
  if (ctx.lex.cueWords('weighing-verb').has(lemma) && tree.upos(k) === 'VERB' && !inStore(ctx, k) && weighedAct > k && /ing$/.test(ctx.lower[weighedAct]) && ['consequence', 'conditional'].includes(ctx.lex.threatLemmas.get(tree.lemma(weighedAct)) ?? '') && !negated(ctx, k)) return weighedAct;
  // ("sanctions remain an option", "sanctions are an option")
  const option = tree.lemma(k) === 'option' && tree.kid(k, 'cop') >= 0 ? k : tree.kids(k).find((c) => ['xcomp', 'obj'].includes(tree.rel(c)) && tree.lemma(c) === 'option');
  if (option !== undefined && ['remain', 'stay', 'be', 'option'].includes(lemma) && !negated(ctx, k)) return tree.kid(option, 'nsubj') >= 0 ? tree.kid(option, 'nsubj') : tree.kid(k, 'nsubj');
  // ("all options are on the table": the table itself heads the clause, with its copula)
  if (lemma === 'table' && tree.kid(k, 'cop') >= 0 && tree.kids(k).some((m) => ctx.lower[m] === 'on') && !negated(ctx, k)) return tree.kid(k, 'nsubj');
  const table = tree.kids(k).find((c) => tree.rel(c) === 'obl' && tree.lemma(c) === 'table' && tree.kids(c).some((m) => ctx.lower[m] === 'on'));
  if (table === undefined || negated(ctx, k)) return -1;
  // ("said all options remained on the table" parsed as a clause on the noun: the noun is what remains)
  const remaining = tree.kid(k, 'nsubj') >= 0 ? tree.kid(k, 'nsubj') : tree.rel(k) === 'acl' ? tree.head(k) : -1;
  return lemma === 'keep' ? tree.kid(k, 'obj') : ['remain', 'stay', 'be'].includes(lemma) ? remaining : -1;
}

/**
 * "X published a statement … . “…,” the statement said": whoever the sentence that last named such a statement
 * (within three sentences) has issue it, the subject of the verb the noun hangs from; undefined if none.
 */
export function issuerBefore(ctx: StatementContext, v: number, noun: string): Entity | undefined {
  const s = ctx.sentenceOfToken(v);
  for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
    const prev = ctx.doc.sentences[i];
    for (let k = prev.tokenEnd - 1; k >= prev.tokenStart; k--) {
      if (ctx.tree.lemma(k) !== noun || ctx.tree.upos(k) !== 'NOUN') continue;
      const verb = verbAbove(ctx, k);
      const e = verb >= 0 ? agentsAt(ctx, subjectOf(ctx, verb))[0] : undefined;
      if (e) return e;
    }
  }
  return undefined;
}
