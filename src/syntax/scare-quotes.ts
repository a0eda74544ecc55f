// Scare quotes: quotation marks around a few words inside a sentence ('called the move "unacceptable"',
// 'rejected "in the strongest terms" the decision'). The treebank the parser learnt from has few of
// them, and they break its attachments (and the tagger's reading of the words round them); the tagger and the
// parser read the sentence without them, and each mark is then hung from the head of the words it encloses, as the
// treebank does.
import { parse, type ParseModel } from './parser.js';

// (single marks too, "would 'aggressively' enforce": a pair is a mark before a word and one after a word within a few
// words, and a plural's apostrophe, "the members' vote", never opens one: it follows a word)
const OPENING = new Set(['"', '“', "'", '‘']);
const CLOSING = new Set(['"', '”', "'", '’']);
const SINGLE = new Set(["'", '‘', '’']);
// (a quotation of speech has a verb; scare quotes mark a word or a phrase)
const MAX_WORDS = 5;

/** The [open, close] token pairs of scare quotes: a short verbless span inside the sentence. */
export function scareQuotes(forms: readonly string[], upos: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 1; i < forms.length; i++) {
    if (!OPENING.has(forms[i])) continue;
    // (a single mark opens only after a word that is no plural's: "the members' 'vote'" has its apostrophe first)
    if (SINGLE.has(forms[i]) && /s$/i.test(forms[i - 1])) continue;
    let j = i + 1;
    while (j < forms.length && j - i - 1 <= MAX_WORDS && !CLOSING.has(forms[j]) && !OPENING.has(forms[j])) j++;
    if (j >= forms.length || !CLOSING.has(forms[j]) || j - i - 1 < 1 || j - i - 1 > MAX_WORDS) continue;
    // (a pair of one kind: a single mark closes a single one)
    if (SINGLE.has(forms[i]) !== SINGLE.has(forms[j])) continue;
    const inside = upos.slice(i + 1, j);
    // (a quoted noun right after a noun keeps its marks: without them the two would read as one compound,
    // 'a truce "tomorrow morning"')
    const nouns = (u: string | undefined) => u === 'NOUN' || u === 'PROPN';
    // ('it "categorically rejects" the report': a verb and its adverbs quoted inside a clause that goes on after them)
    // (not a participle, which the marks keep apart from what follows: 'additional "biting" sanctions', 'of "interfering" with')
    const quotedVerb = inside.length <= 3 && inside.includes('VERB') && inside.every((u, k) => u === 'ADV' || u === 'PART' || (u === 'VERB' && !/(?:ing|ed)$/i.test(forms[i + 1 + k]))) && j + 1 < forms.length && upos[j + 1] !== 'PUNCT';
    if ((!inside.some((u) => u === 'VERB' || u === 'AUX' || u === 'PUNCT') && !(nouns(upos[i - 1]) && nouns(upos[i + 1]))) || quotedVerb) out.push([i, j]);
    i = j;
  }
  // ('said that “the conflict is a tragedy.”': a quotation that runs to the end of the sentence after "that" is
  // the clause "that" opens; its marks cut "that" off from it)
  for (let i = 1; i + 2 < forms.length; i++) {
    if (!OPENING.has(forms[i]) || forms[i - 1].toLowerCase() !== 'that' || out.some(([a, b]) => a <= i && i <= b)) continue;
    const last = forms.length - 1;
    const close = CLOSING.has(forms[last]) ? last : CLOSING.has(forms[last - 1]) && upos[last] === 'PUNCT' ? last - 1 : -1;
    // (one clause, unbroken by commas: 'that “they do not bend us, they only …”' reads better with its marks)
    if (close > i + 1 && !forms.slice(i + 1, close).some((f) => OPENING.has(f) || CLOSING.has(f) || f === ',')) out.push([i, close]);
  }
  // ("if they do not deliver (the suspect), …": an object an editor put in brackets after its verb reads as the object)
  for (let i = 1; i + 2 < forms.length; i++) {
    if (forms[i] !== '(' || upos[i - 1] !== 'VERB') continue;
    const j = forms.indexOf(')', i + 1);
    if (j < 0 || j - i - 1 > 3 || !['NOUN', 'PROPN'].includes(upos[j - 1]) || upos.slice(i + 1, j).some((u) => !['DET', 'ADJ', 'NOUN', 'PROPN'].includes(u))) continue;
    out.push([i, j]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The parse of the sentence read without its scare quotes, each mark hung from the head of the words it encloses. */
export function parseSkippingScareQuotes(model: ParseModel, forms: readonly string[], upos: readonly string[], xpos: readonly string[], pairs = scareQuotes(forms, upos)): { heads: number[]; labels: string[] } {
  if (!pairs.length) return parse(model, { forms, upos, xpos });
  const kept = unmarked(forms.length, pairs);
  const inner = parse(model, { forms: kept.map((i) => forms[i]), upos: kept.map((i) => upos[i]), xpos: kept.map((i) => xpos[i]) });
  const heads = forms.map(() => 0);
  const labels = forms.map(() => 'punct');
  kept.forEach((i, k) => {
    heads[i] = inner.heads[k] === 0 ? 0 : kept[inner.heads[k] - 1] + 1;
    labels[i] = inner.labels[k];
  });
  for (const [open, close] of pairs) {
    let top = open + 1;
    for (let t = open + 1; t < close; t++) if (heads[t] - 1 <= open || heads[t] - 1 >= close) { top = t; break; }
    heads[open] = heads[close] = top + 1;
  }
  return { heads, labels };
}

/**
 * Tags read without the scare quotes found on a first tagging: the marks make the tagger misread the words round
 * them ("would 'aggressively' enforce" read with "enforce" a noun). The marks themselves are punctuation. The same
 * pairs are skipped by the parse (parseSkippingScareQuotes), whatever the second tagging makes of their words.
 */
export function retagWithoutScareQuotes(tag: (forms: readonly string[]) => { upos: string[]; xpos: string[] }, forms: readonly string[], upos: string[], xpos: string[], pairs: readonly [number, number][]): void {
  if (!pairs.length) return;
  const kept = unmarked(forms.length, pairs);
  const inner = tag(kept.map((i) => forms[i]));
  kept.forEach((i, k) => {
    upos[i] = inner.upos[k];
    xpos[i] = inner.xpos[k];
  });
}

/** The positions of a sentence of n words that are no mark of the scare-quote pairs. */
function unmarked(n: number, pairs: readonly [number, number][]): number[] {
  const skipped = new Set(pairs.flat());
  return Array.from({ length: n }, (_, i) => i).filter((i) => !skipped.has(i));
}
