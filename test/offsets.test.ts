// Every offset in the output cuts its text out of the article exactly, as ONTOLOGY.md promises:
// text.slice(begin, end) === anchorOf, and the same for statements and their evidence.
import { readdirSync, readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { extractFiles, quadsOf } from '../src/cli/extract.js';
import { serialise } from '../src/output/index.js';
import { NIF, NKG } from '../src/rdf/vocab.js';

const EVAL = readdirSync('data/eval').filter((f) => f.endsWith('.txt')).map((f) => `data/eval/${f}`);
const FILES = ['data/articles/muscat-talks-2026-02-07.txt', ...EVAL, 'test/fixtures/extract/duqm-port.md', 'test/fixtures/extract/gulf-brief.html'];

function values(quads: Quad[]): Map<string, Map<string, string>> {
  const bySubject = new Map<string, Map<string, string>>();
  for (const q of quads) {
    const m = bySubject.get(q.subject.value) ?? new Map<string, string>();
    m.set(q.predicate.value, q.object.value);
    bySubject.set(q.subject.value, m);
  }
  return bySubject;
}

describe.each(FILES)('%s', (file) => {
  it('mention and evidence offsets slice their text out of the article', async () => {
    const { articles, problems } = await extractFiles([file]);
    expect(problems).toEqual([]);
    // Checked on the Turtle a user gets, parsed back, not on the in-memory extraction.
    const quads = new Parser({ format: 'text/turtle' }).parse(await serialise(quadsOf(articles, false), 'turtle'));
    const nodes = values(quads);
    const context = [...nodes.values()].find((m) => m.has(NIF('isString')));
    const text = context!.get(NIF('isString'))!;
    // Plain text and Markdown offsets count in the file as it is on disk.
    if (!file.endsWith('.html')) expect(text).toBe(readFileSync(file, 'utf8'));

    const phrases = [...nodes.values()].filter((m) => m.has(NIF('anchorOf')));
    const statements = [...nodes.values()].filter((m) => m.has(NKG('evidence')));
    expect(phrases.length).toBeGreaterThan(5);
    expect(statements.length).toBeGreaterThan(0);
    const badPhrases = phrases.filter((m) => text.slice(Number(m.get(NIF('beginIndex'))), Number(m.get(NIF('endIndex')))) !== m.get(NIF('anchorOf')));
    const badStatements = statements.filter((m) => text.slice(Number(m.get(NKG('startOffset'))), Number(m.get(NKG('endOffset')))) !== m.get(NKG('evidence')));
    expect(badPhrases.map((m) => m.get(NIF('anchorOf')))).toEqual([]);
    expect(badStatements.map((m) => m.get(NKG('evidence')))).toEqual([]);
  });
});
