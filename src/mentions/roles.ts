// Role descriptions next to a person's name: "X, an economist in Dubai", "X, Iran's foreign minister".
import type { Lexicon } from '../lexicon/index.js';
import type { RoleDescription, Token } from '../types.js';
import { isCapitalised } from './names.js';

const STOP = new Set([',', '.', ';', ':', '—', '–', '(', ')', '"', '“', '”', 'who', 'whose', 'which', 'that', 'said', 'says', 'told', 'and']);
const PREPS = new Set(['in', 'at', 'of', 'for', 'with', 'from', 'to', 'on']);
// "an economist in Dubai" lives there; "a director at the World Bank" works there (an affiliation)
const LOCATIVE = new Set(['in', 'from', 'based']);

export interface RoleSpan {
  role: RoleDescription;
  /** Token index where the description ends (exclusive). */
  end: number;
}

/**
 * Reads an apposition after a name: `, (a|an|the)? [X's] modifiers HEAD [prep Name...]`.
 * Returns undefined when the words after the comma do not end in a known role head.
 */
export function appositionAfter(tokens: Token[], texts: string[], i: number, limit: number, lex: Lexicon): RoleSpan | undefined {
  if (texts[i] !== ',') return undefined;
  let p = i + 1;
  let affiliation: string | undefined;
  if (p < limit && lex.determiners.has(texts[p].toLowerCase())) p++;
  // "Iran's foreign minister": a possessor names the affiliation.
  let q = p;
  while (q < limit && isCapitalised(texts[q])) q++;
  if (q > p && q < limit && /^['’]s$/.test(texts[q])) {
    affiliation = joinTokens(tokens, p, q);
    p = q + 1;
  }
  const roleStart = p;
  let head = -1;
  let k = p;
  for (; k < limit && k < p + 7; k++) {
    const w = texts[k];
    const lower = w.toLowerCase();
    if (STOP.has(lower) || PREPS.has(lower)) break;
    // ("Peru's minister, Ana Ruiz, summoned the ambassador": a determiner inside opens another phrase, the verb's object)
    if (k > p && lex.determiners.has(lower)) break;
    if (lex.roleHeads.has(lower) || lex.roleHeads.has(lower.replace(/s$/, ''))) head = k;
  }
  if (head < 0) return undefined;
  // ("Ana Ruiz, the summit host, said": a part in a meeting, no job)
  if (head > p && lex.cueWords('bilateral-noun').has(texts[head - 1].toLowerCase())) return undefined;
  // "read out by Shoukry, the diplomats said": "the" and a plural role are other people, no apposition
  if (texts[i + 1]?.toLowerCase() === 'the' && !lex.roleHeads.has(texts[head].toLowerCase())) return undefined;
  // "Kim Jong Un, South Korean President Moon Jae-in told …", "Putin, N Korean leader Kim hold talks":
  // a title with a name after it is that name's
  if (head + 1 < limit && isCapitalised(texts[head + 1]) && !PREPS.has(texts[head + 1].toLowerCase()) && !lex.calendar.has(texts[head + 1])) return undefined;
  // "a Norwegian diplomat": the capitalised word before the role says whom they belong to
  let jobStart = roleStart;
  let origin: string | undefined;
  if (head > roleStart && isCapitalised(texts[roleStart]) && !isCapitalised(texts[roleStart + 1] ?? '') && !lex.roleHeads.has(texts[roleStart].toLowerCase())) {
    origin = texts[roleStart];
    jobStart = roleStart + 1;
  }
  const jobTitle = joinTokens(tokens, jobStart, head + 1);
  let end = head + 1;
  const role: RoleDescription = { jobTitle };
  if (origin) {
    // an official serves the country their demonym names, and is most likely from it
    if (lex.agentAffiliationHeads.has(texts[head].toLowerCase())) affiliation ??= origin;
    role.nationality = origin;
  }
  // "an Indian national" says where someone is from, not what they do
  if (lex.nationalityHeads.has(texts[head].toLowerCase())) delete role.jobTitle;
  // "... in Dubai" / "... at the Brookings Institution" / "... of the central bank"
  let r = end;
  if (r < limit && PREPS.has(texts[r].toLowerCase())) {
    const prep = texts[r].toLowerCase();
    let s = r + 1;
    if (s < limit && texts[s].toLowerCase() === 'the') s++;
    let e = s;
    while (e < limit && (isCapitalised(texts[e]) || (e > s && ['of', 'for', 'and', '&'].includes(texts[e]) && isCapitalised(texts[e + 1] ?? '')))) e++;
    if (e > s) {
      const name = joinTokens(tokens, s, e);
      if (LOCATIVE.has(prep)) role.homeLocation = name;
      else affiliation ??= name;
      end = e;
    }
  }
  // "... at Mizuho Research in Tokyo", "a reporter for a regional newspaper in Melitopol",
  // "head of the ICRC's delegation in Kyiv": the place where they work, a few words on
  if (!role.homeLocation) {
    for (let k = end; k < Math.min(limit, end + 6); k++) {
      // "at the Mercator Institute (MERICS) in Berlin": past an acronym in brackets
      if (texts[k] === '(' && texts[k + 2] === ')') {
        k += 2;
        continue;
      }
      if (STOP.has(texts[k].toLowerCase()) && texts[k] !== 'and') break;
      if (texts[k] !== 'in' || !isCapitalised(texts[k + 1] ?? '')) continue;
      let e = k + 1;
      while (e < limit && isCapitalised(texts[e])) e++;
      role.homeLocation = joinTokens(tokens, k + 1, e);
      end = Math.max(end, e);
      break;
    }
  }
  // "a professor of international law at Leiden University": the employer, a few words on
  if (!affiliation) {
    for (let k = end; k < Math.min(limit, end + 6); k++) {
      if (STOP.has(texts[k].toLowerCase())) break;
      if (texts[k] !== 'at' && texts[k] !== 'with') continue;
      const s = texts[k + 1] === 'the' ? k + 2 : k + 1;
      let e = s;
      while (e < limit && (isCapitalised(texts[e]) || (e > s && ['of', 'for', '&'].includes(texts[e]) && isCapitalised(texts[e + 1] ?? '')))) e++;
      if (e > s) {
        affiliation = joinTokens(tokens, s, e);
        end = Math.max(end, e);
      }
      break;
    }
  }
  if (affiliation) role.affiliation = affiliation;
  return { role, end };
}

function joinTokens(tokens: Token[], a: number, b: number): string {
  let s = tokens[a].text;
  for (let k = a + 1; k < b; k++) s += (tokens[k].start > tokens[k - 1].end ? ' ' : '') + tokens[k].text;
  return s;
}

export { joinTokens };
