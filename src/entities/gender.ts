// A person's grammatical gender as the article shows it, so that "he" and "she" skip people
// they cannot stand for. Only what the text says counts: a gendered honorific before the name
// ("Mrs.", titles.json `gendered`) or a pronoun resolved inside the sentence that names the person.
import { lexicon } from '../lexicon/index.js';
import type { Document, Entity, Mention } from '../types.js';

export type Gender = 'masculine' | 'feminine';

/** Whether a pronoun of `gender` can stand for someone of the `known` gender (either unknown agrees). */
export const agrees = (known: Gender | undefined, gender: Gender | undefined): boolean => !gender || !known || known === gender;

export function pronounGender(text: string): Gender | undefined {
  const { masculine, feminine } = lexicon().pronouns;
  const lower = text.toLowerCase();
  return masculine.has(lower) ? 'masculine' : feminine.has(lower) ? 'feminine' : undefined;
}

function honorificGender(doc: Document, e: Entity): Gender | undefined {
  const { gendered } = lexicon();
  for (const m of e.mentions) {
    if (m.kind !== 'name') continue;
    const before = /(\S+)\s+$/.exec(doc.article.text.slice(Math.max(0, m.start - 12), m.start))?.[1];
    const gender = before && gendered.get(before);
    if (gender) return gender;
  }
  return undefined;
}

/** The gender of a resolved person: an honorific, or the first pronoun of theirs that a name or description of theirs in its sentence came before. */
export function genderOf(doc: Document, e: Entity): Gender | undefined {
  const fromHonorific = honorificGender(doc, e);
  if (fromHonorific) return fromHonorific;
  for (const m of e.mentions) {
    const gender = m.kind === 'pronoun' ? pronounGender(m.text) : undefined;
    if (gender && e.mentions.some((n: Mention) => n.kind !== 'pronoun' && n.sentence === m.sentence && n.end <= m.start)) return gender;
  }
  return undefined;
}

/** Genders learned while pronouns are being resolved, in text order. */
export class PersonGenders {
  private known = new Map<Entity, Gender | undefined>();
  constructor(private doc: Document) {}

  fits(e: Entity, gender: Gender | undefined): boolean {
    return agrees(this.of(e), gender);
  }

  learn(e: Entity, gender: Gender | undefined): void {
    if (gender && !this.of(e)) this.known.set(e, gender);
  }

  private of(e: Entity): Gender | undefined {
    if (!this.known.has(e)) this.known.set(e, honorificGender(this.doc, e));
    return this.known.get(e);
  }
}
