// The project's own lexicons as tagger features: gazetteer classes and person titles.
import { loadGazetteer, type Gazetteer } from '../gazetteer/index.js';
import { lexicon } from '../lexicon/index.js';
import type { FeatureResources } from './types.js';

function classes(g: Gazetteer, surface: string): string[] {
  const out = new Set<string>();
  for (const e of g.lookup(surface)) out.add(e.isDemonym ? 'Demonym' : e.type);
  return [...out].sort();
}

/** A title's last word is what stands right before the name ("Prime Minister Sharif"). */
export function titleWords(): Set<string> {
  return new Set(lexicon().titles.map((words) => words[words.length - 1]));
}

export function projectResources(opts: { gazetteer: boolean } = { gazetteer: true }): FeatureResources {
  const titles = titleWords();
  if (!opts.gazetteer) return { titles };
  const g = loadGazetteer();
  const cache = new Map<string, string[]>();
  return {
    titles,
    gazetteer(surface) {
      let c = cache.get(surface);
      if (!c) cache.set(surface, (c = /^\p{Lu}/u.test(surface) ? classes(g, surface) : []));
      return c;
    },
    gazetteerMatch(tokens, i) {
      const m = g.longestMatchAt(tokens, i);
      if (!m) return undefined;
      const c = new Set(m.entries.map((e) => (e.isDemonym ? 'Demonym' : e.type)));
      return { length: m.length, classes: [...c].sort() };
    },
  };
}
