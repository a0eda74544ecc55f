// `npm run bench` measures and prints; these check only what a user of the bench would trip over.
import { readdirSync, readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { generatedArticle } from '../src/bench/extraction.js';
import { runBench } from '../src/bench/index.js';

const evalTexts = readdirSync('data/eval').filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`data/eval/${f}`, 'utf8'));
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

describe('bench', () => {
  it('builds the ~1,000-word article from eval paragraphs, the same every time', () => {
    const a = generatedArticle(evalTexts);
    expect(words(a.text)).toBeGreaterThanOrEqual(1000);
    expect(words(a.text)).toBeLessThan(1300);
    const firstParagraph = evalTexts[0]!.split(/\n\s*\n/)[2]!.trim();
    expect(a.text).toContain(firstParagraph);
    expect(generatedArticle(evalTexts).text).toBe(a.text);
  });

  it.each([
    // argv,                    exit code
    [['--only', 'nope'],        2],
    [['--fast'],                2],
  ])('refuses %j with exit code %i and runs nothing', async (argv, code) => {
    let out = '';
    const sink = new Writable({ write(c, _e, cb) { out += String(c); cb(); } });
    expect(await runBench(argv, sink)).toBe(code);
    expect(out).toBe('');
  });
});
