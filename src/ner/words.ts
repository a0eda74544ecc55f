// Person-name and place/organisation word lists taken from compromise's lexicon at training time and
// stored in the model file: names unseen in 1996 Reuters ("Angela") still look like first names.
import nlp from 'compromise';

const CLASSES: Record<string, string> = {
  FirstName: 'first', MaleName: 'first', FemaleName: 'first', LastName: 'last', Person: 'person',
  Organization: 'org', City: 'place', Country: 'place', Place: 'place',
};

export function compromiseWords(): Record<string, string> {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: Record<string, string> = {};
  for (const [word, tags] of Object.entries(lexicon)) {
    // Only one-word entries: features look at single tokens.
    if (word.includes(' ')) continue;
    for (const tag of Array.isArray(tags) ? tags : [tags]) {
      const c = CLASSES[tag];
      if (c) {
        out[word] = c;
        break;
      }
    }
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}
