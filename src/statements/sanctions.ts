// Sanctions: "new sanctions targeted shipping companies", "tariffs on nations doing business with Iran",
// "Britain sanctioned Sahel Crest", "OFAC designated Rakesh Venkataraman", "the EU froze the assets of
// two firms", and, after one of those, "its chief executive also faces an asset freeze".
import type { Entity, EntityOrLiteral, Factuality, Sentence, Statement } from '../types.js';
import { clauseEnd, PREPOSITIONS } from './clauses.js';
import { conditionPhrase, entityOfIri, findPhrase, isAgent, isPress, sideOf, spanText, standFor, type StatementContext } from './context.js';
import { confidenceFor, factualityOf } from './factuality.js';
import { findParsedSanctions, ownGoods } from './sanctions-parsed.js';
import { tokenStartingAt } from '../text/lookup.js';

// Words before a measure that say it is refused, only threatened or planned, or undone: not imposed
// ("warned it would impose sanctions on …" is a threat; "a planned ban" is not yet a sanction; "left
// the door open to sanctions" keeps them in reserve).
const NOT_IMPOSED = new Set(['threatened', 'threatens', 'threaten', 'threatening', 'warned', 'warns', 'could', 'might', 'may', 'planned', 'proposed', 'not', 'never', 'reject', 'rejected', 'oppose', 'opposed', 'examine', 'consider', 'considering', 'weigh', 'weighing', 'study', 'explore', 'lift', 'lifted', 'lifting', 'ease', 'eased', 'easing', 'remove', 'removed', 'against', 'open']);
const CLAUSE = /^[,;:“”"—–(]$/;
const TARGET_END = new Set(['over', 'for', 'following', 'after', 'amid', 'because', 'as', 'since', 'that', 'which', 'who', 'in', 'until']);

export function findSanctions(ctx: StatementContext): Statement[] {
  const parsed = findParsedSanctions(ctx);
  const windowed = windowSanctions(ctx, parsed.settled, parsed.statements);
  // the word windows add what the parse did not read, never the same imposer and target twice
  const key = (x: Statement) => (x.kind === 'Sanction' ? `${x.imposedBy}|${targetKey(x)}` : '');
  const seen = new Set(parsed.statements.map(key));
  const body = onceBySide(ctx, [...parsed.statements, ...windowed.filter((x) => !seen.has(key(x)))].filter((x) => !ownGoods(ctx, x) && !namesNoTarget(ctx, x)));
  return [...body, ...headlineSanctions(ctx, body)];
}

/**
 * "Peru bans Chilean beef": a headline often names the measure that the body tells in other words. It is
 * read too, and kept when the body has no sanction on the same target by the same side.
 */
function headlineSanctions(ctx: StatementContext, body: readonly Statement[]): Statement[] {
  ctx.readsHeadings = true;
  const read = findParsedSanctions(ctx).statements;
  ctx.readsHeadings = false;
  const told = (h: Statement) => body.some((b) => b.kind === 'Sanction' && h.kind === 'Sanction' && (targetKey(b) === targetKey(h) || standFor(ctx, b.imposedBy, h.imposedBy)));
  return onceBySide(ctx, read.filter((h) => !told(h)));
}

/**
 * "sanctions on those who …", "new travel bans", "to push their agenda": words read as a target that name
 * no one (a pronoun or possessive first) or name a measure, not what it falls on.
 */
function namesNoTarget(ctx: StatementContext, x: Statement): boolean {
  if (x.kind !== 'Sanction' || !('literal' in x.target)) return false;
  const words = x.target.literal.toLowerCase().split(/\s+/);
  const last = words[words.length - 1].replace(/s$/, '');
  // ("those responsible for …" names whom it describes; "those" alone names no one)
  return /^(?:their|his|her|its|our|only)$/.test(words[0]) || (words.length === 1 && /^(?:those|these|them)$/.test(words[0])) || (ctx.lex.sanctionLemmas.get(last) ?? []).includes('measure');
}

/** What a sanction falls on, as one key: the target's IRI, or its described words in lower case. */
const targetKey = (x: Extract<Statement, { kind: 'Sanction' }>): string => ('iri' in x.target ? x.target.iri : x.target.literal.toLowerCase());

/** The country a target is or names ("Chinese imports", "goods from China": China), if one. */
function targetCountry(ctx: StatementContext, x: Extract<Statement, { kind: 'Sanction' }>): string | undefined {
  if ('iri' in x.target) return entityOfIri(ctx, x.target.iri)?.type === 'Country' ? x.target.iri : undefined;
  const words = ` ${x.target.literal.toLowerCase()} `;
  const named = ctx.mentions.filter((m) => m.entity.type === 'Country' && m.mention.kind !== 'pronoun' && words.includes(` ${m.mention.text.toLowerCase()} `));
  const countries = new Set(named.map((m) => m.entity.iri));
  return countries.size === 1 ? [...countries][0] : undefined;
}

/** "Putin imposed sanctions on Turkey", "the Kremlin's sanctions on Turkey": one imposer's side and one target, said once. */
function onceBySide(ctx: StatementContext, sanctions: Statement[]): Statement[] {
  const kept: Array<Extract<Statement, { kind: 'Sanction' }>> = [];
  const countryOf = new Map<Statement, string | undefined>();
  for (const x of sanctions) {
    if (x.kind !== 'Sanction') continue;
    const country = targetCountry(ctx, x);
    // (a described target too: "the White House … tariffs on Indian goods … the United States' tariffs on Indian goods")
    if (kept.some((k) => targetKey(k) === targetKey(x) && k.imposedBy !== x.imposedBy && standFor(ctx, k.imposedBy, x.imposedBy))) continue;
    // ("tariffs on Chilean wine" … "its tariffs on Chilean goods": one side's measure on one country, told again in other words)
    if (country !== undefined && kept.some((k) => countryOf.get(k) === country && (k.imposedBy === x.imposedBy || standFor(ctx, k.imposedBy, x.imposedBy)))) continue;
    countryOf.set(x, country);
    kept.push(x);
  }
  return kept;
}

function windowSanctions(ctx: StatementContext, settled: Set<number>, parsed: readonly Statement[]): Statement[] {
  const cues = ctx.lex.statements.sanction;
  const out: Statement[] = [];
  for (const s of ctx.doc.sentences) {
    if (s.heading) continue;
    const sanctionContext = cues.measures.slice(0, 2).some((m) => findPhrase(ctx.lower, m, s.tokenStart, s.tokenEnd) >= 0);
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (settled.has(i)) continue;
      let objectAt: number | undefined;
      let measure: string | undefined;
      if (cues.measures.includes(ctx.lower[i])) {
        // "tariffs on", "sanctions targeted", "sanctions against"
        const cueAt = [i + 1, i + 2].find((k) => k < s.tokenEnd && cues.targetCues.includes(ctx.lower[k]));
        if (cueAt === undefined) continue;
        objectAt = cueAt + 1;
        measure = measurePhrase(ctx, i, s);
      } else if (cues.targetVerbs.includes(ctx.lower[i]) && /^\p{Ll}/u.test(ctx.texts[i]) && (ctx.lower[i] !== 'designated' || sanctionContext)) {
        // "Britain sanctioned Sahel Crest": the verb's object
        if (ctx.lower[i] === 'sanctions' && !isAgent(ctx.entityAtToken[i - 1])) continue;
        // ("praised the sanctioned officials": a participle before its noun says who was sanctioned, not who sanctions)
        if (ctx.tree.rel(i) === 'amod' || /^(?:the|a|an|these|those|its|their|his|her)$/.test(ctx.lower[i - 1] ?? '')) continue;
        objectAt = i + 1;
        measure = ctx.lower[i] === 'designated' ? 'designation' : 'sanctions';
      } else if (cues.listVerbs.includes(ctx.lower[i]) && /^\p{Ll}/u.test(ctx.texts[i])) {
        // "added four chipmakers to its Entity List", "added the tankers … to its sanctions list", "placed X on its Entity List"
        const onto = /^(?:place|placed|places|put|puts)$/.test(ctx.lower[i]) ? /^(?:to|on)$/ : /^to$/;
        const to = ctx.lower.slice(i + 1, Math.min(s.tokenEnd, i + 16)).findIndex((w) => onto.test(w));
        const listAt = to < 0 ? -1 : i + 1 + to;
        // ("its sanctions list", "its export blacklist")
        if (listAt < 0 || !ctx.lower.slice(listAt + 1, Math.min(s.tokenEnd, listAt + 6)).some((w) => /list$/.test(w))) continue;
        const a = i + 1;
        const imposer = imposerOf(ctx, s, i);
        if (!imposer) continue;
        const factuality = factualityOf(ctx, s);
        const targets = namedTargets(ctx, a, listAt, imposer) ?? [targetOf(ctx, ctx.lower[a] === 'the' ? a + 1 : a, listAt, imposer)];
        const list = spanText(ctx, listAt + 1, clauseEnd(ctx, listAt + 1, s.tokenEnd)).replace(/^(?:its|the|their)\s+/i, '');
        out.push(...sanctionsOn(ctx, s, imposer, targets, `added to the ${list}`, factuality));
        i = listAt;
        continue;
      } else if (cues.freezeVerbs.includes(ctx.lower[i])) {
        // "froze the assets of X", "would freeze any assets in China of X and Y"
        const of = ctx.lower.slice(i + 1, Math.min(s.tokenEnd, i + 8)).indexOf('of');
        if (of < 0 || !ctx.lower.slice(i + 1, i + 1 + of).some((w) => w === 'assets' || w === 'funds' || w === 'property')) continue;
        objectAt = i + 2 + of;
        measure = 'asset freeze';
      } else if (cues.sufferVerbs.includes(ctx.lower[i])) {
        // "Karpenko also faces an asset freeze": the subject is the target, the imposer the last one named
        // (by the words or by the parse, in a sentence before)
        const last = [...parsed.filter((x) => x.evidence.end <= s.start), ...out].sort((a, b) => a.evidence.start - b.evidence.start).pop();
        const m = measureAfter(ctx, i + 1, s.tokenEnd);
        const target = m && subjectBefore(ctx, s, i);
        if (!m || !target || last?.kind !== 'Sanction') continue;
        if (target.iri === last.imposedBy) continue;
        const factuality = factualityOf(ctx, s);
        out.push({ kind: 'Sanction', imposedBy: last.imposedBy, target: { iri: target.iri }, measure: m, evidence: ctx.evidence(s), confidence: confidenceFor(0.6, factuality), factuality });
        i = clauseEnd(ctx, i + 1, s.tokenEnd);
        continue;
      }
      if (objectAt === undefined) continue;
      // "would not accept quotas on …", "to examine restrictions on …": refused or only considered, not imposed
      const lead = ctx.lower.slice(Math.max(s.tokenStart, i - 5), i);
      if (lead.some((w) => NOT_IMPOSED.has(w))) continue;
      // ("absent progress, Peru will designate …": a measure on a condition is threatened)
      if (conditionPhrase(ctx, i) >= 0) continue;
      let a = objectAt;
      while (a < s.tokenEnd && /^(?:the|a|an)$/.test(ctx.lower[a])) a++;
      // "was blacklisted for being involved in …": a phrase after the verb is why, not whom
      if (PREPOSITIONS.has(ctx.lower[a] ?? '')) continue;
      let b = clauseEnd(ctx, a, s.tokenEnd, true);
      // "on Russia for six more months", "on Mali over the delay", "on Mexico Thursday": the target ends before why and when
      for (let k = a + 1; k < b; k++) {
        if (TARGET_END.has(ctx.lower[k]) || ctx.lex.calendar.has(ctx.texts[k])) {
          b = k;
          break;
        }
      }
      // ("sanctions imposed on January 17 by …": a day is when, not whom)
      if (ctx.lex.calendar.has(ctx.texts[a])) continue;
      // ("a ban on the fruit by neighbouring Peru": a by-phrase after the target names who imposed it)
      let byImposer: Entity | undefined;
      for (let k = a + 1; k < b && !byImposer; k++) {
        if (ctx.lower[k] !== 'by') continue;
        byImposer = [k + 1, k + 2, k + 3, k + 4].map((x) => (x < b ? ctx.entityAtToken[x] : undefined)).find((e) => isAgent(e) && !isPress(e));
        if (byImposer) b = k;
      }
      if (b <= a) continue;
      const imposer = byImposer ?? imposerOf(ctx, s, i);
      if (!imposer) continue;
      // "the sanctions on the oil company will not …" after they were announced: the same sanction again
      if (ctx.lower[i - 1] === 'the' && out.some((x) => x.kind === 'Sanction' && x.imposedBy === imposer.iri)) continue;
      const factuality = factualityOf(ctx, s);
      // "on Ridgeline Aerosystems and Covington Defense Technologies": one sanction per named target
      out.push(...sanctionsOn(ctx, s, imposer, namedTargets(ctx, a, b, imposer) ?? [targetOf(ctx, a, b, imposer)], measure, factuality));
      i = b;
    }
  }
  return out;
}

/** "25 percent tariffs", "new sanctions": the measure with its modifiers, without determiners. */
function measurePhrase(ctx: StatementContext, i: number, s: Sentence): string {
  let a = i;
  while (a > s.tokenStart && i - a < 3 && /^(?:\d[\d.,]*|%|percent|per|cent|new|fresh|additional|retaliatory|punitive|sweeping|economic|financial|secondary)$/.test(ctx.lower[a - 1])) a--;
  return spanText(ctx, a, i + 1);
}

const usable = (ctx: StatementContext, k: number): Entity | undefined => {
  const e = ctx.entityAtToken[k];
  if (!isAgent(e) || ctx.mentionAtToken[k]?.kind === 'demonym' || isPress(e)) return undefined;
  return e;
};

/** Who imposes; an official announcing a measure imposes it for the country or body they serve. */
function imposerOf(ctx: StatementContext, s: Sentence, i: number): Entity | undefined {
  const e = agentBefore(ctx, s, i);
  return e?.type === 'Person' ? (sideOf(ctx, e).find((x) => x.type !== 'Person') ?? e) : e;
}

/** The nearest agent before the measure in its clause, not inside a prepositional phrase; else the sentence's subject. */
function agentBefore(ctx: StatementContext, s: Sentence, i: number): Entity | undefined {
  if (ctx.speakerAtToken[i]) return undefined;
  for (let k = i - 1; k >= s.tokenStart && !CLAUSE.test(ctx.texts[k]); k--) {
    const e = usable(ctx, k);
    const m = ctx.mentionAtToken[k];
    if (!e || !m) continue;
    const first = tokenStartingAt(ctx.doc, m.start);
    if (!PREPOSITIONS.has(ctx.lower[first - 1] ?? '')) return e;
    k = first;
  }
  for (let k = s.tokenStart; k < i; k++) {
    const e = usable(ctx, k);
    if (e && !PREPOSITIONS.has(ctx.lower[k - 1] ?? '')) return e;
  }
  return undefined;
}

/** One sanction per target found. */
function sanctionsOn(ctx: StatementContext, s: Sentence, imposer: Entity, targets: Array<EntityOrLiteral | undefined>, measure: string | undefined, factuality: Factuality): Statement[] {
  return targets
    .filter((t): t is EntityOrLiteral => t !== undefined)
    .map((target) => ({ kind: 'Sanction', imposedBy: imposer.iri, target, measure, evidence: ctx.evidence(s), confidence: confidenceFor(0.7, factuality), factuality }));
}

/** The targets when the phrase opens with two or more names joined by commas and "and". */
function namedTargets(ctx: StatementContext, a: number, b: number, imposer: Entity): EntityOrLiteral[] | undefined {
  const out: EntityOrLiteral[] = [];
  let k = a;
  while (k < b) {
    const e = usable(ctx, k);
    const m = ctx.mentionAtToken[k];
    if (!e || !m || e === imposer) break;
    out.push({ iri: e.iri });
    while (k < b && ctx.mentionAtToken[k] === m) k++;
    // "Nyoman Mineral Group (NMG)": the acronym in brackets is the same target
    if (ctx.texts[k] === '(' && ctx.entityAtToken[k + 1] === e && ctx.texts[k + 2] === ')') k += 3;
    if (!(ctx.lower[k] === 'and' || ctx.texts[k] === ',')) break;
    k++;
  }
  return out.length >= 2 ? out : undefined;
}

/** "an asset freeze and a ban on entering the bloc": the measures named right after the verb. */
function measureAfter(ctx: StatementContext, from: number, limit: number): string | undefined {
  let a = from;
  while (a < limit && /^(?:an?|the|new|further)$/.test(ctx.lower[a])) a++;
  for (const m of ctx.lex.statements.sanction.measures) if (findPhrase(ctx.lower, m, a, Math.min(limit, a + m.split(' ').length)) === a) return spanText(ctx, a, clauseEnd(ctx, a, limit, true));
  return undefined;
}

function subjectBefore(ctx: StatementContext, s: Sentence, i: number): Entity | undefined {
  for (let k = i - 1; k >= s.tokenStart && i - k <= 4; k--) {
    const e = usable(ctx, k);
    if (e) return e;
    if (!/^(?:also|now|still|,)$/.test(ctx.lower[k])) return undefined;
  }
  return undefined;
}

/** The target: an entity when the phrase is just its name, else the phrase as written. */
function targetOf(ctx: StatementContext, a: number, b: number, imposer: Entity): EntityOrLiteral | undefined {
  // ("the assets of X and banned him": the phrase ends at its name, not at the next clause's "and")
  while (b > a + 1 && /^(?:and|,|or)$/.test(ctx.lower[b - 1])) b--;
  const e = ctx.entityAtToken[a];
  const m = ctx.mentionAtToken[a];
  if (e && m && e !== imposer && ctx.doc.tokens[b - 1].end <= m.end) return e.type !== 'City' ? { iri: e.iri } : { literal: spanText(ctx, a, b) };
  // "Chilean businessman Tomas Berg": a described person is that person
  const last = ctx.mentionAtToken[b - 1];
  const named = ctx.entityAtToken[b - 1];
  if (named?.type === 'Person' && last?.kind === 'name' && named !== imposer && ctx.doc.tokens[b - 1].end === last.end && describedBefore(ctx, a, last.start)) return { iri: named.iri };
  const text = spanText(ctx, a, b);
  // a date or a bare number is not a target ("imposed on Friday")
  if (/^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+)$/i.test(text)) return undefined;
  // "a ban on exports of nickel ore" is a country's own trade policy, not a measure against someone
  // (but "a ban on imports of Chilean wine", "on exports to Chile": goods from a country, or to one, are a measure against it)
  if (/^(?:exports?|imports?)\b/i.test(text)) return tradedWith(ctx, a, b, imposer, /^exports?/i.test(text));
  return { literal: text };
}

/** Whether the words from a up to a name are only what describes a person: determiners, demonyms, titles and roles. */
function describedBefore(ctx: StatementContext, a: number, nameStart: number): boolean {
  for (let k = a; k < ctx.lower.length && ctx.doc.tokens[k].start < nameStart; k++) {
    const w = ctx.lower[k];
    if (ctx.lex.determiners.has(w) || ctx.mentionAtToken[k]?.kind === 'demonym' || ctx.lex.roleHeads.has(w) || ctx.tree.upos(k) === 'PROPN' || ctx.tree.upos(k) === 'ADJ') continue;
    return false;
  }
  return true;
}

/** The country that goods in [a, b) come from (imports: "of Chilean wine", "from Chile") or go to (exports: "to Chile"). */
function tradedWith(ctx: StatementContext, a: number, b: number, imposer: Entity, exports: boolean): EntityOrLiteral | undefined {
  for (let k = a + 1; k < b; k++) {
    const e = ctx.entityAtToken[k];
    if (e?.type !== 'Country' || e === imposer) continue;
    const before = ctx.lower[k - 1];
    if (exports ? before === 'to' : before === 'from' || ctx.mentionAtToken[k]?.kind === 'demonym') return { iri: e.iri };
  }
  return undefined;
}
