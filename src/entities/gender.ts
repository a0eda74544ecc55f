// A person's grammatical gender as the article shows it, so that "he" and "she" skip people
// they cannot stand for: a gendered honorific before the name ("Mrs.", titles.json `gendered`), a
// pronoun resolved inside the sentence that names the person, or else a given name used for one
// gender only (data/lexicon/given-names.tsv: "Penny Ruiz … He said" is not about her).
import { givenNameGenders } from '../lexicon/given-names.js';
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

/** The gender of the first word of a name of two words or more, when the table gives it one ("Penny Ruiz"; not "Ruiz" alone). */
function givenNameGender(e: Entity): Gender | undefined {
  for (const m of e.mentions) {
    if (m.kind !== 'name') continue;
    const words = m.text.split(/\s+/);
    const gender = words.length >= 2 ? givenNameGenders().get(words[0].toLowerCase()) : undefined;
    if (gender) return gender;
  }
  return undefined;
}

/** What the text says outright: a gendered honorific, else a given name used for one gender. */
const statedGender = (doc: Document, e: Entity): Gender | undefined => honorificGender(doc, e) ?? givenNameGender(e);

/**
 * The gender of a resolved person: an honorific or a given name; else the first pronoun of theirs that a
 * name or description of theirs in its sentence came before; else the first pronoun resolved to them.
 */
export function genderOf(doc: Document, e: Entity): Gender | undefined {
  const told = statedGender(doc, e);
  if (told) return told;
  const pronouns = e.mentions.filter((m) => m.kind === 'pronoun' && pronounGender(m.text));
  const sure = pronouns.find((m) => e.mentions.some((n: Mention) => n.kind !== 'pronoun' && n.sentence === m.sentence && n.end <= m.start));
  return pronounGender((sure ?? pronouns[0])?.text ?? '');
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
    if (!this.known.has(e)) this.known.set(e, statedGender(this.doc, e));
    return this.known.get(e);
  }
}
