// The pipeline's tokenizer keeps "don't", "we'll", "I'm" whole, where the treebank splits
// them ("do" + "n't"). Training sees each such sentence twice, once as the treebank has it and
// once with the clitic joined to its host (the host's tags, head and relation; the clitic's
// dependents move to the host), so the parser knows both.
import type { UdSentence, UdWord } from './conllu.js';

const CLITIC = /^(?:n['’]t|['’](?:ll|m|re|ve|d))$/i;

/** The sentence with clitics joined to the word before them, or undefined if it has none. */
export function joinClitics(s: UdSentence): UdSentence | undefined {
  const n = s.words.length;
  const into = new Array<number>(n + 1).fill(0).map((_, i) => i); // old id → host id
  let joined = false;
  for (let i = 2; i <= n; i++) {
    // not when the host hangs from the clitic ("I 'm" with "'m" as the root): it would head itself
    if (CLITIC.test(s.words[i - 1].form) && !/^\p{P}$/u.test(s.words[i - 2].form) && s.words[i - 2].head !== i) {
      into[i] = into[i - 1];
      joined = true;
    }
  }
  if (!joined) return undefined;
  const newId = new Array<number>(n + 1).fill(0);
  const words: UdWord[] = [];
  for (let i = 1; i <= n; i++) {
    if (into[i] === i) {
      words.push({ ...s.words[i - 1] });
      newId[i] = words.length;
    } else {
      words[words.length - 1].form += s.words[i - 1].form;
      newId[i] = words.length;
    }
  }
  for (const w of words) w.head = w.head === 0 ? 0 : newId[into[w.head]];
  return { ...s, words };
}
