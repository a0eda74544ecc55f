// Extraction time grows with the length of an article, not with its square, however many
// different people it names (a name search that compared every name with every person made a
// 40,000-word article of 6,000 people take eight times as long per word as one of 10,000 words).
import { describe, expect, it } from 'vitest';
import { analyse } from '../src/pipeline.js';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'to', 'ne', 'su', 'vi', 'de', 'po', 'ga', 'zu'];

/** An invented name for i: three syllables, different for every i below 1,728. */
function name(i: number): string {
  let s = '';
  for (let k = 0, n = i; k < 3; k++, n = Math.floor(n / 12)) s += SYLLABLES[n % 12];
  return s[0].toUpperCase() + s.slice(1);
}

function article(sentences: number): string {
  const body = Array.from({ length: sentences }, (_, i) => `Foreign Minister ${name(i)} ${name(i + 7)}ski met Defence Minister ${name(i + 3)} ${name(i + 11)}ova in Lima on Monday, and ${name(i)} said the talks were useful.`);
  return ['Monday, June 1, 2026', 'Talks', ...body].join('\n\n');
}

/** Milliseconds to analyse the text, the better of two runs (a busy machine slows one now and then). */
function time(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 2; run++) {
    const t = performance.now();
    analyse({ id: 'long', source: 'long.txt', format: 'text', text, published: '2026-06-01', bodyStart: 0 });
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe('extraction time', () => {
  it('grows about four times for four times the text, with a new person in every sentence', () => {
    time(article(50)); // models and tables loaded before measuring
    const small = time(article(300));
    const large = time(article(1200));
    // linear is 4; a search over all people for every name gave about 8 at these sizes
    expect(large / small).toBeLessThan(6);
  }, 120_000);
});
