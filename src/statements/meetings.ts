// Meetings: "Iran and the US began talks in Oman", "X met Y in Geneva on Tuesday".
// Mentions of the same meeting across the article are merged into one statement.
import type { Entity, Sentence, Statement } from '../types.js';
import { agentsAt, agentsIn, agentsUnder, countryOfCity, entityOfIri, findPhrase, isAgent, isPress, negated, phraseUnder, reportingSubject, sideOf, standFor, subjectOf, verbAbove, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { dateIn } from './values.js';

type Meeting = Extract<Statement, { kind: 'Meeting' }>;

const PLACE_TYPES = new Set(['City', 'Place', 'Country']);

function locationIn(ctx: StatementContext, s: Sentence): Entity | undefined {
  const { tree } = ctx;
  const placeAt = (j: number): Entity | undefined => {
    const e = j >= 0 ? ctx.entityAtToken[j] : undefined;
    if (!e || !PLACE_TYPES.has(e.type) || ctx.mentionAtToken[j]?.kind === 'demonym') return undefined;
    // ("in U.S. elections": a place that modifies the noun after it is not where anything happens; "in Cairo
    // yesterday", the day misread as the noun, still says where)
    const h = tree.head(j);
    const modifier = ['compound', 'amod', 'nmod:poss'].includes(tree.rel(j)) && h > j && !ctx.entityAtToken[h] && !isDay(ctx, h);
    // ("summoned the Chilean chargé d'affaires in Peru": where an envoy serves is not where they are met)
    const posting = tree.rel(j) === 'nmod' && h < j && ctx.lex.cueWords('envoy-noun').has(tree.lemma(h));
    return modifier || posting ? undefined : e;
  };
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    if (!['in', 'at'].includes(ctx.lower[i])) continue;
    // the phrase's head: the place itself, or a settlement word naming it ("in the resort city of Sochi")
    const head = tree.rel(i) === 'case' && tree.head(i) > i ? tree.head(i) : -1;
    const named = head >= 0 && !ctx.entityAtToken[head] && ctx.lex.settlementNouns.has(ctx.lower[head]) ? phraseUnder(ctx, head, ['nmod'], 'of') : -1;
    const e = placeAt(named) ?? placeAt(ctx.lower[i + 1] === 'the' ? i + 2 : i + 1);
    if (e) return e;
  }
  return visitedCity(ctx, s);
}

/** A day or a time word: "yesterday", "Monday". */
const isDay = (ctx: StatementContext, k: number): boolean => ctx.lex.calendar.has(ctx.texts[k]) || /^(?:yesterday|today|tonight|tomorrow)$/.test(ctx.lower[k]);

/** "During his visit to Lima, …", "X visited Lima, where he met …": the city a visit goes to. */
function visitedCity(ctx: StatementContext, s: Sentence): Entity | undefined {
  const { tree } = ctx;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const lemma = tree.lemma(k);
    if (lemma !== 'visit' && lemma !== 'trip') continue;
    const goal = tree.upos(k) === 'VERB' ? tree.kid(k, 'obj') : tree.kids(k).find((c) => tree.rel(c).startsWith('nmod') && ctx.lower[tree.kid(c, 'case')] === 'to') ?? -1;
    const e = goal >= 0 ? ctx.entityAtToken[goal] : undefined;
    if (e?.type === 'City' && ctx.mentionAtToken[goal]?.kind !== 'demonym') return e;
  }
  return undefined;
}

export function findMeetings(ctx: StatementContext): Statement[] {
  const cues = ctx.lex.statements.meeting;
  const found: Meeting[] = [];
  // who summoned whom: summonses the other way round are other meetings ("Peru summoned Chile's envoy … Chile summoned Peru's")
  const summoners = new Map<Meeting, string>();
  const unnamed: Array<Partial<Meeting>> = [];
  const fromHeadline = new Set<Meeting>();
  let indirect = false;
  for (const s of ctx.doc.sentences) {
    // each cue found: where it starts, and how many words follow its first ("telephone conversation",
    // "phone call": the parse hangs the phrase from its last word)
    const cueAt = cues.verbs.map((c) => [findPhrase(ctx.lower, c, s.tokenStart, s.tokenEnd), c.split(' ').length - 1] as const).filter(([k]) => k >= 0);
    const at = cueAt.map(([k]) => k);
    const lastWord = new Map(cueAt);
    // "X spoke on Friday with Y": speaking with someone, wherever the words fall; "X told his Chinese
    // counterpart …": a minister telling their counterpart speaks with them
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      if (ctx.tree.upos(k) !== 'VERB' || at.includes(k)) continue;
      if (ctx.lex.cueWords('speaking-with-verb').has(ctx.tree.lemma(k)) || (ctx.lex.cueWords('telling-verb').has(ctx.tree.lemma(k)) && toldCounterpart(ctx, k))) at.push(k);
    }
    // "he has not met Kim": a meeting denied is none; "received a letter": only receiving someone is meeting them
    // ("visited Slovakia": a trip to a country meets no one in particular)
    // ("hosts the headquarters of the bloc": a building hosted meets no one)
    const hostsPremises = (c: number) => cueForm(ctx, c) === 'hosted' && ctx.lex.cueWords('premises-noun').has(ctx.tree.lemma(ctx.tree.kid(c, 'obj')));
    const held = at.filter((c) => !negated(ctx, c) && !unheld(ctx, c) && (!['received', 'summoned', 'welcomed'].includes(cueForm(ctx, c)) || receivesSomeone(ctx, c)) && !(ctx.tree.lemma(c) === 'visit' && visitsOnlyPlaces(ctx, c)) && !hostsPremises(c));
    if (!held.length) continue;
    at.splice(0, at.length, ...held);
    const mediatorAt = cues.mediation.map((c) => findPhrase(ctx.lower, c, s.tokenStart, s.tokenEnd)).find((k) => k >= 0);
    // ("a joint news conference": an adjective opening the phrase is no head either)
    const parsed = at.map((c) => partiesInTree(ctx, c + (ctx.tree.upos(c) === 'NOUN' || ['compound', 'amod'].includes(ctx.tree.rel(c)) ? (lastWord.get(c) ?? 0) : 0))).find((x) => x.length >= 2);
    let agents = (parsed ?? at.flatMap((c) => partiesAround(ctx, c, s))).filter((e, k, all) => all.indexOf(e) === k);
    if (agents.length < 2) agents = groupList(ctx, s);
    agents = agents.filter((e) => !isPress(e));
    let mediator: Entity | undefined;
    if (mediatorAt !== undefined) {
      mediator = agentsIn(ctx, mediatorAt, s.tokenEnd)[0];
      agents = agents.filter((e) => e !== mediator);
    }
    const location = locationIn(ctx, s);
    if (location) agents = agents.filter((e) => e !== location);
    // "US Secretary of State Ana Ruiz and …": the official stands for the country named in their title
    agents = agents.filter((e) => e.type === 'Person' || !agents.some((p) => p.type === 'Person' && sideOf(ctx, p).includes(e)));
    // ("X's envoy was summoned to the foreign ministry in Lima": a passive summons names one side; its host is the other)
    // ("the Chilean embassy head of mission": whose envoy the demonym says)
    if (agents.length < 2 && at.length === 1 && cueForm(ctx, at[0]) === 'summoned' && ctx.tree.kid(at[0], 'nsubj:pass') >= 0) {
      for (const e of [...envoysOf(ctx, ctx.tree.kid(at[0], 'nsubj:pass')), ...hostOf(ctx, at[0]).slice(0, 1)]) if (!agents.includes(e)) agents.push(e);
    }
    const date = dateIn(ctx.texts, s.tokenStart, s.tokenEnd, ctx.doc.article.published) ?? paragraphDate(ctx, s);
    if (cues.indirect.some((c) => findPhrase(ctx.lower, c, s.tokenStart, s.tokenEnd) >= 0)) indirect = true;
    const base = { location: location?.iri, date, mediator: mediator?.iri };
    if (agents.length >= 2 && agents.filter(isAgent).length >= 2) {
      const factuality = factualityOf(ctx, s);
      // "Iran summoned the German, Italian and British ambassadors": one summons each
      // ("the envoy was summoned to the ministry": in a passive, whoever hosts it; its subject is the one summoned)
      const summons = at.length === 1 && cueForm(ctx, at[0]) === 'summoned';
      const passive = summons && ctx.tree.kid(at[0], 'nsubj:pass') >= 0;
      const summonerAt = summons && !passive ? subjectOf(ctx, at[0]) : -1;
      // ("Peru's Foreign Ministry summoned …": the ministry's country, when the ministry itself names no agent)
      const named = passive ? hostOf(ctx, at[0]).slice(0, 1) : summonerAt < 0 ? [] : agentsAt(ctx, summonerAt);
      const summoner = summonerAt < 0 || named.length ? named : agentsAt(ctx, ctx.tree.kid(summonerAt, 'nmod:poss'));
      // ("summoned US Ambassador X and Canadian Ambassador Y": each envoy named, however the parse hangs the second)
      const people = summoner.length === 1 ? agentsUnder(ctx, ctx.tree.kid(at[0], 'obj')).filter((e) => e.type === 'Person' && e !== summoner[0]) : [];
      const envoys = summoner.length !== 1 ? [] : people.length > 1 ? people : envoysOf(ctx, ctx.tree.kid(at[0], 'obj')).filter((e) => e !== summoner[0]);
      // ("after meetings with X and Y", "met separately with X and Y": one meeting with each)
      const separate = separateMeetings(ctx, at, agents);
      const groups = envoys.length > 1 ? envoys.map((e) => [summoner[0], e]) : separate.length ? separate : [agents];
      for (const group of groups) {
        const meeting: Meeting = { kind: 'Meeting', participants: group.map((e) => e.iri), ...base, evidence: ctx.evidence(s), confidence: confidenceFor(0.7, factuality), factuality };
        if (summoner.length === 1) summoners.set(meeting, summoner[0].iri);
        found.push(meeting);
        if (s.heading) fromHeadline.add(meeting);
      }
    } else if (!s.heading) {
      unnamed.push(base);
    }
  }
  // ("Chile summons Peru's envoy" over a body that tells the summons: the body's words and details are the meeting's)
  // (a headline meeting of other parties than any the body tells stays its own)
  // ("BBM summons China envoy" over "Marcos summoned Ambassador Huang": one side each way)
  const sideIris = (iri: string) => { const e = entityOfIri(ctx, iri); return e ? sideOf(ctx, e).map((x) => x.iri) : []; };
  const same = (a: string, b: string) => a === b || standFor(ctx, a, b) || sideIris(a).includes(b) || sideIris(b).includes(a);
  // (two summonses need share one side only: a headline shortens names the body spells out)
  const told = (h: Meeting) => found.some((m) => !fromHeadline.has(m) && h.participants.filter((p) => m.participants.some((q) => same(p, q))).length >= (summoners.has(h) && summoners.has(m) ? 1 : Math.min(2, h.participants.length)));
  const merged = mergeMeetings(ctx, found.filter((m) => !fromHeadline.has(m) || !told(m)), summoners);
  // "Yesterday in Muscat, diplomats met": with one meeting in the article, that is the one.
  if (merged.length === 1) {
    const m = merged[0];
    for (const u of unnamed) {
      m.location = moreSpecific(m.location, u.location);
      m.date ??= u.date;
    }
  }
  if (indirect) for (const m of merged) m.mode = 'indirect';
  return merged;
}

/** Whether two agents are on one side: one stands for the other, or both serve one country (a ministry and an official of it). */
function sameSide(ctx: StatementContext, p: string, q: string): boolean {
  if (standFor(ctx, p, q)) return true;
  const a = entityOfIri(ctx, p);
  const b = entityOfIri(ctx, q);
  return !!a && !!b && sideOf(ctx, a).some((x) => sideOf(ctx, b).includes(x));
}

/**
 * A cue that names no meeting held: "bilateral trade"; talks rejected, ruled out or warned against;
 * "no officials meet with her".
 */
function unheld(ctx: StatementContext, c: number): boolean {
  const { tree } = ctx;
  if (ctx.lower[c] === 'bilateral') return tree.rel(c) === 'amod' && !ctx.lex.cueWords('bilateral-noun').has(ctx.lower[tree.head(c)]);
  const noun = tree.upos(c) === 'NOUN';
  if (noun && tree.rel(c) === 'obj' && ctx.lex.cueWords('talks-refused-verb').has(tree.lemma(tree.head(c)))) return true;
  // ("invited X to talks", "called for talks", "proposed a meeting": a meeting asked for is not held)
  // ("urged restraint in a phone call with X": a call the asking is made in was held)
  if (noun && ctx.lex.cueWords('talks-asked-for-verb').has(tree.lemma(tree.head(c))) && !tree.kids(c).some((k) => tree.rel(k) === 'case' && (AROUND_TALKS.has(ctx.lower[k]) || ctx.lower[k] === 'in'))) return true;
  if (noun && tree.kids(c).some((k) => tree.rel(k) === 'case' && ctx.lower[k] === 'against')) return true;
  // ("issued a call for the case to be resolved", "a call to end the blockade": a call for something is a demand, not a phone call)
  if (noun && tree.lemma(c) === 'call' && (phraseUnder(ctx, c, ['nmod', 'acl'], 'for') >= 0 || phraseUnder(ctx, c, ['acl'], 'to', ['mark']) >= 0) && phraseUnder(ctx, c, ['nmod'], 'with') < 0) return true;
  // ("no officials meet", "no talks were held")
  const subject = noun ? c : tree.kid(c, 'nsubj');
  return subject >= 0 && tree.kids(subject).some((k) => tree.rel(k) === 'det' && ctx.lower[k] === 'no');
}

// prepositions that place an act around talks ("after talks", "during their meeting")
const AROUND_TALKS = new Set(['after', 'during', 'following', 'before', 'at']);

/** Whom the envoys at o serve: "the German, Italian and British ambassadors", "the ambassadors of Germany and Italy". */
function envoysOf(ctx: StatementContext, o: number): Entity[] {
  const { tree } = ctx;
  if (o < 0) return [];
  const modifiers = [...tree.kidsWith(o, 'amod'), ...tree.kidsWith(o, 'nmod:poss'), ...tree.kidsWith(o, 'compound'), ...tree.kidsWith(o, 'nmod').filter((m) => tree.kids(m).some((c) => tree.rel(c) === 'case' && (ctx.lower[c] === 'of' || ctx.lower[c] === 'from')))];
  const out: Entity[] = [];
  for (const m of modifiers.flatMap((x) => tree.conjuncts(x))) {
    const e = ctx.entityAtToken[m];
    if (e?.type === 'Country' && !out.includes(e)) out.push(e);
  }
  return out;
}

/**
 * "The ambassadors were summoned" after "the ambassadors of Chile, Peru and Bolivia issued a statement": the
 * countries whose envoys one of the three sentences before named with the same word, for "the" envoys named by no one.
 */
function envoysNamedBefore(ctx: StatementContext, k: number): Entity[] {
  const { tree } = ctx;
  if (k < 0 || !ctx.lex.cueWords('envoy-noun').has(tree.lemma(k)) || !/s$/.test(ctx.lower[k]) || !tree.kids(k).every((c) => tree.rel(c) === 'det' && ctx.lower[c] === 'the')) return [];
  const here = ctx.doc.sentences[ctx.doc.tokens[k].sentence];
  const from = ctx.doc.sentences[Math.max(0, here.index - 3)].tokenStart;
  for (let i = here.tokenStart - 1; i >= from; i--) {
    if (ctx.lower[i] !== ctx.lower[k]) continue;
    const envoys = envoysOf(ctx, i);
    if (envoys.length) return envoys;
  }
  return [];
}

/** Whether what the verb at c visits names only countries and places ("visited Slovakia and Lithuania"), no one met. */
function visitsOnlyPlaces(ctx: StatementContext, c: number): boolean {
  const o = ctx.tree.kid(c, 'obj');
  if (o < 0) return false;
  const [a, b] = ctx.tree.span(o);
  const named = ctx.entityAtToken.slice(a, b).filter((e): e is Entity => !!e);
  return named.length > 0 && named.every((e) => PLACE_TYPES.has(e.type));
}

/** Whether whom the verb at k tells is a counterpart ("told his counterpart", "told her French counterpart Luis Vera"). */
function toldCounterpart(ctx: StatementContext, k: number): boolean {
  const { tree } = ctx;
  // (anywhere in the object's words: "his French counterpart Jean-Noel Barrot" with the title a compound of a compound)
  return [...tree.kidsWith(k, 'obj'), ...tree.kidsWith(k, 'iobj')].some((o) => {
    const [a, b] = tree.span(o);
    for (let i = a; i < b; i++) if (tree.lemma(i) === 'counterpart') return true;
    return false;
  });
}
const VERB_CUES = new Set(['met', 'meet', 'meets', 'hosted', 'visited', 'received', 'summoned', 'called', 'hosts', 'receives', 'summons']);
/** A headline's present form of a cue verb as the body's past one ("Chile summons Peru's envoy"). */
const pastForm = (w: string): string => PRESENT_FORMS.get(w) ?? w;
/** "called in the Chilean envoy", the particle parsed as a preposition: the in-phrase is whom (its token; -1 if none). */
function calledInPhrase(ctx: StatementContext, c: number): number {
  if (cueForm(ctx, c) !== 'summoned' || ctx.lower[c + 1] !== 'in') return -1;
  return ctx.tree.kidsWith(c, 'obl').find((o) => ctx.tree.kids(o).includes(c + 1)) ?? -1;
}

/** A cue as its past form, "called in" (an envoy) as the summons it is. */
const cueForm = (ctx: StatementContext, c: number): string => (/^call(?:ed|s)?$/.test(ctx.lower[c]) && ctx.lower[c + 1] === 'in' ? 'summoned' : pastForm(ctx.lower[c]));
const PRESENT_FORMS = new Map([['summons', 'summoned'], ['welcomes', 'welcomed'], ['receives', 'received'], ['hosts', 'hosted']]);
const CLAUSE_BREAK = /^[;:“”"—–]$/;
const LIST_GLUE = new Set([',', 'and', 'the', 'of', 'from', 'with', 'ministers', 'officials', 'delegations', 'delegation', 'leaders', 'envoys', 'representatives', 'counterparts', 'its', 'their', 'both', 'island', 'states', "'s", '’s', 'army', 'military', 'government', 'paramilitary', 'rebel', '(', ')']);

/**
 * The parties of a meeting cue read from the parse: the subjects of the verb (or of the verb that
 * holds a noun cue: "X held talks"), its object ("X met Y", "X hosted Y"), and whoever it is "with"
 * or "between" ("talks with Y", "talks between X and Y"). Coordinated words all take part.
 */
function partiesInTree(ctx: StatementContext, c: number): Entity[] {
  const { tree } = ctx;
  // a call, or the verb whose object it is ("placed a call to X")
  const calls = (k: number) => tree.lemma(k) === 'call' ? tree.upos(k) === 'NOUN' : tree.kidsWith(k, 'obj').some((o) => tree.lemma(o) === 'call' && tree.upos(o) === 'NOUN');
  // ("a call on Friday with X": the with-phrase the parse hangs from the day is the call's)
  const days = (k: number) => tree.kidsWith(k, 'nmod').filter((d) => isDay(ctx, d));
  const withOrBetween = (k: number) =>
    [...tree.kidsWith(k, 'obl'), ...tree.kidsWith(k, 'nmod'), ...days(k).flatMap((d) => tree.kidsWith(d, 'nmod'))]
      // ("spoke to X": speaking to someone is speaking with them; so is "a phone call to X", "placed a call to X")
      .filter((o) => tree.kids(o).some((x) => tree.rel(x) === 'case' && (/^(?:with|between|among)$/.test(ctx.lower[x]) || (ctx.lower[x] === 'to' && (ctx.lex.cueWords('speaking-with-verb').has(tree.lemma(k)) || calls(k))))))
      .flatMap((o) => agentsAt(ctx, o));
  // "my meetings with the minister" in a quote: the speaker met them; other talk in quotes is not read
  // "he raised it with X during their meeting": "their" meeting is the verb's subject's and whom it was done with
  const poss = tree.upos(c) === 'NOUN' ? tree.kid(c, 'nmod:poss') : -1;
  if (poss >= 0 && ctx.lower[poss] === 'their' && !ctx.speakerAtToken[c]) {
    const v = verbAbove(ctx, c);
    const pair = v >= 0 ? [...agentsAt(ctx, subjectOf(ctx, v)), ...withOrBetween(v)] : [];
    if (new Set(pair).size === 2) return [...new Set(pair)];
  }
  const holder = tree.upos(c) === 'NOUN' ? possessor(ctx, c) : undefined;
  if (holder) return [holder, ...withOrBetween(c)].filter((e, k, all) => all.indexOf(e) === k);
  // ("“We summoned the Chilean envoy,” X said": quoted words tell a meeting only as done by "I" or "we", the speaker;
  // other talk in quotes, "we will meet", "they met", is not read)
  const quotedSpeaker = quotedNonPress(ctx, c);
  if (quotedSpeaker && !toldAsDone(ctx, c)) return [];
  let verb = c;
  const out: Entity[] = [];
  if (tree.upos(c) === 'NOUN') {
    out.push(...withOrBetween(c));
    // "X and Y held talks", "talks … began": the verb the noun hangs from ("held five hours of
    // talks", "a second round of talks": past the measure of the talks)
    let h = tree.head(c);
    if (h >= 0 && tree.rel(c) === 'nmod' && ctx.lex.cueWords('talks-measure-noun').has(tree.lemma(h)) && tree.kids(c).some((x) => ctx.lower[x] === 'of')) {
      c = h;
      h = tree.head(h);
    }
    // "X and Y agreed … after talks in Nairobi", however the parse hangs the phrase: talks the clause's
    // subjects held, around what they did
    if (out.length < 2 && tree.kids(c).some((x) => tree.rel(x) === 'case' && AROUND_TALKS.has(ctx.lower[x]))) {
      const v = verbAbove(ctx, c);
      const subject = v >= 0 ? subjectOf(ctx, v) : -1;
      // (each subject and what is coordinated with it: "X and his counterpart Y" parsed as two subjects)
      const all = subject >= 0 ? tree.kidsWith(tree.head(subject), 'nsubj').flatMap((x) => tree.conjuncts(x)) : [];
      const subjects = [...new Set(all.flatMap((x) => agentsAt(ctx, x)))];
      if (subjects.length >= 2) return subjects;
    }
    // "… a meeting between the two leaders": the leaders are whoever the sentence is about
    if (out.length < 2 && betweenGroup(ctx, c)) {
      let v = h;
      for (let steps = 0; v >= 0 && steps < 3 && tree.upos(v) !== 'VERB'; steps++) v = tree.head(v);
      const subjects = v >= 0 ? agentsAt(ctx, subjectOf(ctx, v)) : [];
      if (subjects.length >= 2) return subjects;
    }
    // "X told Y during a call Friday the sanctions were …" with the call hung from the reported clause
    // after it: a phrase between a verb and its clause is the verb's
    if (h >= 0 && tree.upos(h) !== 'VERB' && tree.rel(c) === 'obl' && c < h && tree.upos(tree.head(h)) === 'VERB' && tree.head(h) < c) h = tree.head(h);
    if (h < 0 || tree.upos(h) !== 'VERB' || !['obj', 'nsubj', 'nsubj:pass', 'obl'].includes(tree.rel(c))) return out.length >= 2 ? out : [];
    verb = h;
  } else if (tree.upos(c) !== 'VERB') return [];
  // "X warned Y … as the duo held talks": "the duo", "the two leaders", "both sides" are the two
  // people the sentence named before them (however the parse hangs "held" from "the duo")
  const subject = tree.rel(verb) === 'acl' && pairAnaphor(ctx, tree.head(verb)) ? tree.head(verb) : subjectOf(ctx, verb);
  const subjectAgents = agentsAt(ctx, subject);
  const subjects = quotedSpeaker ? [quotedSpeaker] : tree.rel(c) === 'nsubj' ? [] : pairAnaphor(ctx, subject) ? lastTwoPeople(ctx, subject) : subjectAgents.length ? subjectAgents : envoysNamedBefore(ctx, subject);
  // "X told Y in a phone call", "in a conversation with Y, X denounced …": whom the verb holding the meeting noun reaches
  // ("discussed Mali at a summit": what is talked about is no party; a person told is)
  // ("hosted Qatari and American mediators": each country the envoys' adjectives name)
  const calledIn = calledInPhrase(ctx, verb);
  const objectsOf = () =>
    [...tree.kidsWith(verb, 'obj'), ...tree.kidsWith(verb, 'iobj'), ...(calledIn >= 0 ? [calledIn] : [])].flatMap((o) => {
      // ("hosted a White House summit with X": a meeting hosted names its parties itself; the seat before it is where)
      if (tree.upos(o) === 'NOUN' && ctx.lex.statements.meeting.verbs.includes(ctx.lower[o])) return withOrBetween(o);
      const envoys = envoysOf(ctx, o);
      const holder = officeHolderAfter(ctx, o);
      return envoys.length > 1 ? envoys : holder ? [holder] : agentsAt(ctx, o);
    });
  // ("during talks, X warned Afghanistan …": whoever is told or warned there is a party, a state too)
  const reached = verb === c ? objectsOf() : tree.rel(c) === 'obl' ? objectsOf().filter((e) => e.type === 'Person' || ctx.lex.cueWords('telling-verb').has(tree.lemma(verb))) : [];
  // "X and Y were received by Z": the host
  const host = tree.kid(verb, 'nsubj:pass') >= 0 ? hostOf(ctx, verb) : [];
  return [...subjects, ...reached, ...host, ...withOrBetween(verb), ...out].filter((e, k, all) => all.indexOf(e) === k);
}

/**
 * "summoned the Chilean ambassador to Lima Tomas Berg", "… ambassador to Lima, Tomas Berg,": the person named right
 * after an office's phrase, inside it, as its apposition or glued to its last name, holds the office.
 */
function officeHolderAfter(ctx: StatementContext, o: number): Entity | undefined {
  const { tree } = ctx;
  if (!ctx.lex.roleHeads.has(ctx.lower[o])) return undefined;
  const [, end] = tree.span(o);
  for (let t = o + 1; t < Math.min(end, o + 7); t++) {
    const e = ctx.entityAtToken[t];
    if (e?.type === 'Person' && ['appos', 'flat'].includes(tree.rel(t)) && tree.dominates(o, t)) return e;
  }
  return undefined;
}

/** Who speaks the quoted words at c, unless a news agency tells them: an agency reporting takes part in no meeting it reports. */
function quotedNonPress(ctx: StatementContext, c: number): Entity | undefined {
  const spoken = ctx.speakerAtToken[c];
  return spoken && !isPress(spoken) ? spoken : undefined;
}

/** Whether the verb at c tells, in the past, what "I" or "we" did ("we summoned", "I have met"): not "we will meet". */
function toldAsDone(ctx: StatementContext, c: number): boolean {
  const { tree } = ctx;
  if (tree.upos(c) !== 'VERB' || !/^(?:i|we)$/.test(ctx.lower[tree.kid(c, 'nsubj')] ?? '')) return false;
  if (negated(ctx, c) || ctx.lower[c] === tree.lemma(c) || /ing$/.test(ctx.lower[c])) return false;
  return !tree.kids(c).some((k) => tree.rel(k) === 'aux' && /^(?:will|would|could|can|may|might|should|shall|must|'ll)$/.test(ctx.lower[k]));
}

/**
 * "received X", "summoned a Chilean diplomat", "were received … by X": receiving or summoning
 * someone (a person or state the object names; the host of a passive), not a letter or support.
 */
function receivesSomeone(ctx: StatementContext, c: number): boolean {
  const { tree } = ctx;
  if (tree.kid(c, 'nsubj:pass') >= 0) return hostOf(ctx, c).length > 0;
  const o = tree.kid(c, 'obj') >= 0 ? tree.kid(c, 'obj') : calledInPhrase(ctx, c);
  if (o < 0) return false;
  // ("received a visit from the Chilean minister": the visitor is received)
  if (cueForm(ctx, c) === 'received' && tree.lemma(o) === 'visit') return agentsUnder(ctx, phraseUnder(ctx, o, ['nmod'], 'from')).length > 0;
  if (ctx.lex.sanctionLemmas.has(tree.lemma(o))) return false;
  // ("welcomed the decision" is a stance, "welcomed X's efforts" too; "welcomed Chancellor X", the title the object's head, a meeting)
  // (an office holder the text does not name stands for whom they serve: "welcomed the president of Uzbekistan",
  // "received the Chilean ambassador")
  const unnamedHolder = ctx.lex.roleHeads.has(ctx.lower[o]) && agentsAt(ctx, o).length > 0;
  if (cueForm(ctx, c) === 'welcomed') return ctx.entityAtToken[o]?.type === 'Person' || (/^\p{Lu}/u.test(ctx.texts[o]) && agentsAt(ctx, o).some((e) => e.type === 'Person')) || unnamedHolder;
  return cueForm(ctx, c) === 'summoned' ? agentsAt(ctx, o).length > 0 : isAgent(ctx.entityAtToken[o]) || unnamedHolder;
}

/**
 * Who receives or summons in a passive: its agent; for a summons without one ("the Chilean envoy to
 * Peru was summoned on Monday"), whoever reports it, else the country the envoy is posted to.
 */
function hostOf(ctx: StatementContext, verb: number): Entity[] {
  const agents = byAgent(ctx, verb);
  if (agents.length || ctx.tree.lemma(verb) !== 'summon') return agents;
  // ("was summoned to the Foreign Ministry of Peru": the body one is summoned to summons)
  const toPhrase = phraseUnder(ctx, verb, ['obl'], 'to');
  const to = agentsAt(ctx, toPhrase).filter((e) => e.type === 'Organization' || e.type === 'Country');
  if (to.length) return to.slice(0, 1);
  // ("was summoned to the foreign ministry in Lima": the country of the capital the body sits in)
  const seat = ctx.entityAtToken[phraseUnder(ctx, toPhrase, ['nmod'], 'in')];
  const seatCountry = seat?.type === 'City' ? countryOfCity(ctx, seat) : undefined;
  if (seatCountry) return [seatCountry];
  const reporter = ctx.speakerAtToken[verb] ?? reportingSubject(ctx, verb);
  if (reporter) return [reporter];
  const envoy = ctx.tree.kid(verb, 'nsubj:pass');
  const [a, b] = ctx.tree.span(envoy);
  // ("envoy to India", "ambassador to London" read as the country whose capital it is)
  for (let i = a; i + 1 < b; i++) {
    if (ctx.lower[i] !== 'to') continue;
    const e = ctx.entityAtToken[i + 1];
    const country = e?.type === 'Country' ? e : e?.type === 'City' ? countryOfCity(ctx, e) : undefined;
    if (country) return [country];
  }
  return [];
}

/** The agent of a passive: its by-phrase, else (however the parse hung it) the first agent named right after a "by" later in the clause. */
function byAgent(ctx: StatementContext, verb: number): Entity[] {
  const parsed = agentsAt(ctx, phraseUnder(ctx, verb, ['obl', 'obl:agent'], 'by'));
  if (parsed.length) return parsed;
  const s = ctx.sentenceOfToken(verb);
  for (let k = verb + 1; k < s.tokenEnd && k < verb + 15; k++) {
    if (/^[,;:]$/.test(ctx.texts[k])) break;
    if (ctx.lower[k] !== 'by') continue;
    // ("by Angolan President X": the person, not the demonym before the title)
    const named = agentsIn(ctx, k + 1, Math.min(s.tokenEnd, k + 7));
    return [named.find((e) => e.type === 'Person') ?? named[0]].filter((e): e is Entity => e !== undefined);
  }
  return [];
}

/** Who a meeting noun belongs to: "Lula's meeting", "my meetings" (the speaker), "his talks" (whom "his" stands for). */
function possessor(ctx: StatementContext, c: number): Entity | undefined {
  const p = ctx.tree.kid(c, 'nmod:poss');
  if (p < 0) return undefined;
  if (ctx.tree.upos(p) !== 'PRON') return agentsAt(ctx, p)[0];
  if (/^(?:my|our)$/.test(ctx.lower[p])) return ctx.speakerAtToken[c];
  const e = ctx.entityAtToken[p];
  return isAgent(e) ? e : undefined;
}

/** "between the two leaders", "between both sides": a meeting noun whose parties are only counted. */
/** "the duo", "the pair", "the two (leaders)", "both (men)": a subject that stands for two parties named before. */
function pairAnaphor(ctx: StatementContext, k: number): boolean {
  if (k < 0) return false;
  const word = ctx.lower[k];
  const kids = ctx.tree.kids(k).map((c) => ctx.lower[c]);
  return ctx.lex.cueWords('pair-noun').has(word) || ((word === 'two' || word === 'both') && kids.length <= 1) || (kids.includes('two') && kids.includes('the')) || kids.includes('both');
}

/** The last two different people named (not by a pronoun) in k's sentence before k. */
function lastTwoPeople(ctx: StatementContext, k: number): Entity[] {
  const s = ctx.sentenceOfToken(k);
  const out: Entity[] = [];
  for (let i = k - 1; i >= s.tokenStart && out.length < 2; i--) {
    const e = ctx.entityAtToken[i];
    if (e?.type === 'Person' && ctx.mentionAtToken[i]?.kind !== 'pronoun' && !out.includes(e)) out.push(e);
  }
  return out.length === 2 ? out.reverse() : [];
}

function betweenGroup(ctx: StatementContext, c: number): boolean {
  const { tree } = ctx;
  return tree.kidsWith(c, 'nmod').some((o) => tree.kids(o).some((x) => tree.rel(x) === 'case' && ctx.lower[x] === 'between') && tree.kids(o).some((x) => /^(?:two|both)$/.test(ctx.lower[x])));
}

/**
 * The parties of a meeting cue: "X and Y began talks", "talks between X and Y",
 * "X held talks with Y", "X met (Prime Minister) Y", "X convened a meeting with ministers from A, B and C".
 * Agents merely named near the cue are not parties.
 */
function partiesAround(ctx: StatementContext, c: number, s: Sentence): Entity[] {
  if (quotedNonPress(ctx, c)) return [];
  let a = c;
  while (a > s.tokenStart && c - a < 20 && !CLAUSE_BREAK.test(ctx.texts[a - 1])) a--;
  const left = agentsIn(ctx, a, c);
  // "X and Y held talks": the pair stands right before the cue, joined by "and"
  const near = agentsIn(ctx, Math.max(a, c - 10), c);
  const joined = near.length >= 2 && ctx.lower.slice(Math.max(a, c - 10), c).includes('and');
  let right: Entity[] = [];
  // "met in Singapore on Saturday with Y": the with-phrase may follow where and when
  let link: number | undefined;
  for (let k = c + 1; k < s.tokenEnd && k <= c + 8 && link === undefined && !/^[,;:“”"—–(]$/.test(ctx.texts[k]) && (k === c + 1 || ctx.tree.upos(k) !== 'VERB'); k++) if (['with', 'between'].includes(ctx.lower[k])) link = k;
  if (link !== undefined) right = listAfter(ctx, link + 1, s);
  else if (VERB_CUES.has(ctx.lower[c])) right = listAfter(ctx, c + 1, s).slice(0, 1);
  // "X and Y held talks": a noun cue needs a verb that holds it ("Türkiye hosts … and Australia leads the negotiations" is no meeting)
  const held = VERB_CUES.has(ctx.lower[c]) || ctx.lower.slice(Math.max(a, c - 3), c).some((w) => ctx.lex.statements.meeting.holdVerbs.includes(w));
  if (joined && held) return [...near, ...right];
  // "U.S. Secretary of State X met …": the official, not the country in the title
  if (right.length && left.length) return [left.find((e) => e.type === 'Person') ?? left[0], ...right];
  if (right.length >= 2 && ctx.lower[link ?? -1] === 'between') return right;
  return [];
}

/**
 * "When the leaders of Brazil, Argentina, Uruguay and Paraguay posed … at the summit",
 * "Delegations from Sudan's army and the RSF held a session": the group that meets, listed.
 */
function groupList(ctx: StatementContext, s: Sentence): Entity[] {
  for (const noun of ctx.lex.statements.meeting.groupNouns) {
    const k = findPhrase(ctx.lower, noun, s.tokenStart, s.tokenEnd);
    const n = noun.split(' ').length;
    if (k < 0 || !['of', 'from'].includes(ctx.lower[k + n] ?? '')) continue;
    const list = listAfter(ctx, k + n + 1, s).filter(isAgent);
    if (list.length >= 2) return list;
  }
  return [];
}

/** Agents listed from i: "ministers from the EU, China, Saudi Arabia and India", "Prime Minister Kenji Arakawa". */
function listAfter(ctx: StatementContext, i: number, s: Sentence): Entity[] {
  const out: Entity[] = [];
  for (let k = i; k < s.tokenEnd && k < i + 30; k++) {
    const e = ctx.entityAtToken[k];
    if (isAgent(e)) {
      if (!out.includes(e)) out.push(e);
      continue;
    }
    if (e || LIST_GLUE.has(ctx.lower[k]) || /^\p{Lu}/u.test(ctx.texts[k])) continue;
    if (out.length) break;
    if (k - i > 3) break;
  }
  return out;
}

/** A relative date that opens the paragraph ("Yesterday in Muscat, ...") dates what follows in it. */
function paragraphDate(ctx: StatementContext, s: Sentence): string | undefined {
  const first = ctx.doc.sentences.find((x) => x.paragraph === s.paragraph);
  if (!first || first === s) return undefined;
  return dateIn(ctx.texts, first.tokenStart, Math.min(first.tokenStart + 4, first.tokenEnd), ctx.doc.article.published);
}

/**
 * "after meetings with X and Y", "met separately with X and Y": a plural meeting noun, or a meeting said to be
 * separate, with two or more parties in its with-phrase and one other party, is one meeting of that party with each.
 */
function separateMeetings(ctx: StatementContext, at: readonly number[], agents: readonly Entity[]): Entity[][] {
  const { tree } = ctx;
  // (not "Separately, she met …": another event, told apart from the one before)
  const separate = (c: number) => ctx.lower[c] === 'meetings' || tree.kids(c).some((d) => (d > c && /^(?:separately|individually)$/.test(ctx.lower[d])) || (ctx.lower[d] === 'separate' && tree.rel(d) === 'amod'));
  const cue = at.find(separate);
  if (cue === undefined) return [];
  const met = agentsUnder(ctx, phraseUnder(ctx, cue, ['nmod', 'obl'], 'with'));
  const host = agents.filter((e) => !met.includes(e));
  return met.length >= 2 && host.length === 1 ? met.map((e) => [host[0], e]) : [];
}

/** A city or a venue says more than a country: "in Muscat" over "in Oman". */
function moreSpecific(current: string | undefined, other: string | undefined): string | undefined {
  if (!current) return other;
  if (other && current.includes('/country/') && !other.includes('/country/')) return other;
  return current;
}

/**
 * Meetings with the same participants are one meeting mentioned several times; so are meetings
 * whose parties stand for each other ("Obama and Putin met" and "the U.S. president met his
 * Russian counterpart", where the second names Russia), unless their dates differ.
 */
function mergeMeetings(ctx: StatementContext, list: Meeting[], summoners: ReadonlyMap<Meeting, string>): Meeting[] {
  const out: Meeting[] = [];
  const by = new Map<Meeting, string>();
  // two summonses by different sides are two meetings, whoever took part
  const otherSummons = (m: Meeting, o: Meeting) => summoners.has(m) && by.has(o) && !sameSide(ctx, summoners.get(m)!, by.get(o)!);
  // p stands for q: the same agent, or one is the country or body the other serves
  const covers = (m: Meeting, o: Meeting) => m.participants.every((p) => o.participants.some((q) => standFor(ctx, p, q)));
  for (const m of list) {
    const shared = (o: Meeting) => m.participants.filter((p) => o.participants.includes(p)).length;
    const sameDay = (o: Meeting) => !m.date || !o.date || m.date === o.date;
    const same = out.find((o) => !otherSummons(m, o) && (m.participants.every((p) => o.participants.includes(p)) || shared(o) >= 2 || (sameDay(o) && (covers(m, o) || covers(o, m)))));
    if (!same) {
      const copy = { ...m };
      if (summoners.has(m)) by.set(copy, summoners.get(m)!);
      out.push(copy);
      continue;
    }
    same.location = moreSpecific(same.location, m.location);
    same.date ??= m.date;
    for (const p of m.participants) if (!same.participants.includes(p)) same.participants.push(p);
    // a country whose official takes part is there through them
    same.participants = same.participants.filter((p) => !same.participants.some((q) => q !== p && entityOfIri(ctx, q)?.type === 'Person' && standFor(ctx, q, p)));
    same.mediator ??= m.mediator;
  }
  return out;
}
