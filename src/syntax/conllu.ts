// CoNLL-U (https://universaldependencies.org/format.html): reading treebanks, writing parses.
// Only word lines count: multiword ranges ("1-2") and empty nodes ("8.1") are skipped, as in
// the CoNLL 2018 evaluation of words.

/** One word of a CoNLL-U sentence; head 0 is the root, -1 unknown. */
export interface UdWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  head: number;
  deprel: string;
}

export interface UdSentence {
  /** `# sent_id` when the file gives one. */
  id?: string;
  words: UdWord[];
}

/** A problem with a line of a CoNLL-U file, as a value with its location. */
export interface ConlluProblem {
  line: number;
  message: string;
}

export function parseConllu(text: string): { sentences: UdSentence[]; problems: ConlluProblem[] } {
  const sentences: UdSentence[] = [];
  const problems: ConlluProblem[] = [];
  let words: UdWord[] = [];
  let id: string | undefined;
  const lines = text.split(/\r?\n/);
  const flush = () => {
    if (words.length) sentences.push(id === undefined ? { words } : { id, words });
    words = [];
    id = undefined;
  };
  lines.forEach((line, k) => {
    if (line === '') return flush();
    if (line.startsWith('#')) {
      const m = /^# sent_id = (.*)$/.exec(line);
      if (m) id = m[1];
      return;
    }
    const f = line.split('\t');
    if (f.length !== 10) return void problems.push({ line: k + 1, message: `expected 10 tab-separated fields, found ${f.length}` });
    if (!/^\d+$/.test(f[0])) return; // multiword range or empty node
    const head = f[6] === '_' ? -1 : Number(f[6]);
    if (Number(f[0]) !== words.length + 1 || !Number.isInteger(head)) {
      return void problems.push({ line: k + 1, message: `word ${f[0]} out of order or head "${f[6]}" not a number` });
    }
    words.push({ form: f[1], lemma: f[2], upos: f[3], xpos: f[4], head, deprel: f[7] });
  });
  flush();
  return { sentences, problems };
}

export function formatConllu(sentences: ReadonlyArray<UdSentence & { text?: string }>): string {
  const out: string[] = [];
  for (const s of sentences) {
    if (s.id !== undefined) out.push(`# sent_id = ${s.id}`);
    if (s.text !== undefined) out.push(`# text = ${s.text.replace(/\s+/g, ' ')}`);
    s.words.forEach((w, i) => out.push([i + 1, w.form, w.lemma || '_', w.upos || '_', w.xpos || '_', '_', w.head, w.deprel || '_', '_', '_'].join('\t')));
    out.push('');
  }
  return out.join('\n') + (out.length ? '\n' : '');
}
