// A nickname in quotation marks inside a person's name: "Ferdinand “Bongbong” Marcos Jr.",
// "Joaquin ‘El Chapo’ Guzman". The three pieces are one person, named with the nickname as written.
import type { Mention } from '../types.js';
import type { RunContext } from './classify.js';

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
