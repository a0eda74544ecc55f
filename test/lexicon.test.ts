// data/lexicon/cue-words.tsv holds the cue word lists of src/statements: every group the code asks for
// has words, and a line the loader cannot read is an error naming the file and the line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUE_GROUPS, lexicon, parseCueWords } from '../src/lexicon/index.js';

/** The groups src/statements asks for: cueWords('…') calls. */
function groupsInCode(): Set<string> {
  const out = new Set<string>();
  // (the statement rules, the parser's repairs and the mention rules)
  for (const dir of ['src/statements', 'src/syntax', 'src/mentions']) {
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/cueWords\('([^']+)'\)/g)) out.add(m[1]);
    }
  }
  return out;
}

describe('the cue-words table', () => {
  it('has words for every group the code uses, and no group the code does not use', () => {
    const used = groupsInCode();
    expect(used.size).toBeGreaterThan(0);
    expect([...used].sort()).toEqual([...CUE_GROUPS].sort());
    for (const g of CUE_GROUPS) expect(lexicon().cueWords(g).size, g).toBeGreaterThan(0);
  });

  it('keeps words as the code compares them: lower case', () => {
    expect(lexicon().cueWords('naming-verb').has('call')).toBe(true);
    expect(lexicon().cueWords('non-state-group').has('rebels')).toBe(true);
    expect(lexicon().cueWords('deadline-noun').has('Week')).toBe(false);
  });

  it('reads groups, words and comments', () => {
    const others = CUE_GROUPS.filter((g) => g !== 'pair-noun').map((g) => `${g}\tx\n`);
    const table = parseCueWords(['# a comment\n', '\n', 'pair-noun\tduo\n', 'pair-noun\tpair\t# "the pair"\n', ...others].join(''), 'test.tsv');
    expect([...(table.get('pair-noun') ?? [])]).toEqual(['duo', 'pair']);
  });

  it('names the file and line of an unknown group or a malformed line', () => {
    expect(() => parseCueWords('# header\npair-noun\tduo\nnaming-verbs\tcall\n', 'data/lexicon/cue-words.tsv')).toThrow(/^data\/lexicon\/cue-words\.tsv:3: unknown group "naming-verbs"/);
    expect(() => parseCueWords('pair-noun duo\n', 'cue-words.tsv')).toThrow(/^cue-words\.tsv:1: expected group <TAB> word/);
    expect(() => parseCueWords('pair-noun\tduo\tno hash\n', 'cue-words.tsv')).toThrow(/^cue-words\.tsv:1: expected group/);
    expect(() => parseCueWords('\npair-noun\tDuo\n', 'cue-words.tsv')).toThrow(/^cue-words\.tsv:2: "Duo" is not one lower-case word/);
    expect(() => parseCueWords('pair-noun\tduo\npair-noun\tduo\n', 'cue-words.tsv')).toThrow(/^cue-words\.tsv:2: "duo" is twice in pair-noun/);
    expect(() => parseCueWords('pair-noun\tduo\n', 'cue-words.tsv')).toThrow(/^cue-words\.tsv: no words for /);
  });
});
