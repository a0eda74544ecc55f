// A nickname in quotation marks inside a person's name: "Ferdinand “Bongbong” Marcos Jr.",
// "Joaquin ‘El Chapo’ Guzman". The three pieces are one person, named with the nickname as written.
import type { Mention } from '../types.js';
import type { RunContext } from './classify.js';
import { isCommonWord } from './common-words.js';

const NICKNAME = /^ [“"‘'](\p{Lu}[\p{L}.'’ -]{0,30}?)[”"’'] $/u;

export function nicknamedPeople(ctx: RunContext, names: Mention[]): Mention[] {
  const text = ctx.doc.article.text;
  const sorted = [...names].sort((a, b) => a.start - b.start);
  const dropped = new Set<Mention>();
  const added: Mention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i];
    if (first.kind !== 'name' || first.type !== 'Person' || first.gazetteerKey || /\s/.test(first.text)) continue;
    // the nickname read as a name of its own, or not read at all
    let j = i + 1;
    const quoteEnd = (m: Mention) => NICKNAME.exec(text.slice(first.end, m.start));
    while (j < sorted.length && sorted[j].start < first.end + 40 && !quoteEnd(sorted[j])) j++;
    const last = sorted[j];
    if (!last || last.kind !== 'name' || last.type !== 'Person' || !quoteEnd(last)) continue;
    for (let k = i; k <= j; k++) dropped.add(sorted[k]);
    // (the title before the first name is the whole name's: "President Rodrigo …")
    const role = first.role ?? last.role;
    added.push({ ...last, start: first.start, text: text.slice(first.start, last.end), ...(role ? { role } : {}) });
    i = j;
  }
  return dropped.size ? [...names.filter((n) => !dropped.has(n)), ...added].sort((a, b) => a.start - b.start) : names;
}

/**
 * "Nasry “Tito” Asfura": a one-word nickname in quotation marks between two capitalised words names a person,
 * whatever the tagger makes of the pieces (the nickname itself is read by nicknamedPeople). Returns the given and
 * family names.
 */
export function nicknamedNames(texts: readonly string[], lowercaseInText: ReadonlySet<string>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  // (a headline's "Vows ‘Sham’ Over" is ordinary words)
  const name = (w: string | undefined) => w !== undefined && /^\p{Lu}\p{Ll}+$/u.test(w) && !isCommonWord(w, lowercaseInText);
  for (let k = 0; k + 4 < texts.length; k++) {
    if (!/^[“"‘]$/.test(texts[k + 1]) || !/^[”"’]$/.test(texts[k + 3])) continue;
    if (name(texts[k]) && name(texts[k + 2]) && name(texts[k + 4])) out.push([texts[k], texts[k + 4]]);
  }
  return out;
}
