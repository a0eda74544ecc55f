// The CI-sized subset of `npm run torture`: the quick replays of issue 12 and 20 fuzzed articles,
// through the installed CLI (bin/newskg.js, so dist/ must be built: `npm test` builds it first).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatReport, runTorture } from '../src/torture/index.js';

describe.skipIf(!existsSync('dist/cli/index.js') || !existsSync('viewer/dist/index.html'))('torture, CI subset', () => {
  it('finds no crash, hang, stray file, invalid output or unexpected answer', async () => {
    const report = await runTorture({ ci: true });
    const text = formatReport(report, 12);
    expect(report.findings, text).toEqual([]);
    expect(report.fuzz?.articles).toBe(20);
  }, 240_000);
});
