// "the Foreign Ministry", "the Central Bank": an organisation known only by a generic name is
// one per country, so its IRI is scoped by the country it serves (org/cn/foreign-ministry), and
// in a corpus China's and Russia's foreign ministries stay apart.
import { lexicon, nameKey } from '../lexicon/index.js';
import type { Document, Mention } from '../types.js';
import { lowerBound } from '../util/search.js';

/** Whether every word of the name is a generic word, one of them a head ("Foreign Ministry", not "Bank of England"). */
export function isGenericOrganisationName(text: string): boolean {
  const { words, heads } = lexicon().genericOrganisationWords;
  const ws = text.toLowerCase().split(/\s+/);
  return ws.every((w) => words.has(w)) && ws.some((w) => heads.has(w));
}

const countryCode = (m: Mention | undefined) => (m?.gazetteerKey?.startsWith('country:') ? m.gazetteerKey.slice('country:'.length).toLowerCase() : undefined);

/**
 * The country a generic organisation serves, as a lower-case country code: the possessor or
 * demonym right before it ("China's Foreign Ministry", "the Chinese Foreign Ministry"), else the one
 * country English-language news uses the name for ("the State Department"), else the country its
 * earlier mention in the article served, else the country the article is about.
 */
export class ServingCountries {
  private readonly seen = new Map<string, string>();
  private readonly home: string | undefined;
  /** Mentions by where they end, to find the one right before a name in log time. */
  private readonly byEnd: Mention[];

  constructor(
    private readonly doc: Document,
    mentions: readonly Mention[],
  ) {
    this.byEnd = [...mentions].sort((a, b) => a.end - b.end);
    const counts = new Map<string, number>();
    for (const m of mentions) {
      const c = countryCode(m);
      if (c && m.kind !== 'pronoun') counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
    this.home = first && (!second || first[1] >= 2 * second[1]) ? first[0] : undefined;
  }

  of(m: Mention): string | undefined {
    const key = m.text.toLowerCase();
    const scope = countryCode(this.servedBefore(m)) ?? this.countryReferredTo(m) ?? lexicon().nationalBodies.get(nameKey(m.text)) ?? this.seen.get(key) ?? this.home;
    if (scope) this.seen.set(key, scope);
    return scope;
  }

  /** The name with the country as the article put it before the name ("China's Foreign Ministry", "Algerian Foreign Ministry"), if it did. */
  qualified(m: Mention): string | undefined {
    const before = this.servedBefore(m);
    const text = before ? this.doc.article.text.slice(before.start, m.end) : '';
    return before && countryCode(before) && !/\sthe\s/i.test(text) ? text : undefined;
  }

  /** "Iran's agency reported that the country's foreign ministry …": the country its sentence named last before "the country's". */
  private countryReferredTo(m: Mention): string | undefined {
    if (!/\bthe country['’]s\s+$/i.test(this.doc.article.text.slice(Math.max(0, m.start - 16), m.start))) return undefined;
    for (let i = lowerBound(this.byEnd, m.start, (x) => x.end) - 1; i >= 0 && this.byEnd[i].sentence === m.sentence; i--) {
      const code = countryCode(this.byEnd[i]);
      if (code) return code;
    }
    return undefined;
  }

  /** The country mention right before the name, joined to it by nothing, "'s" or "the". */
  private servedBefore(m: Mention): Mention | undefined {
    const before = this.byEnd[lowerBound(this.byEnd, m.start + 1, (x) => x.end) - 1];
    const between = before ? this.doc.article.text.slice(before.end, m.start) : '';
    return before && m.start - before.end <= 8 && /^(?:['’]s)?\s+(?:the\s+)?$/i.test(between) && countryCode(before) ? before : undefined;
  }
}
