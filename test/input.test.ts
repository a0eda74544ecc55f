import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  articleId,
  listArticleFiles,
  maskMarkdown,
  readArticle,
  readArticleText,
  tryReadArticle,
} from '../src/input/index.js';

const FIXTURES = 'test/fixtures/input';
const MUSCAT = 'data/articles/muscat-talks-2026-02-07.txt';

describe('plain text articles', () => {
  it('reads the first article: date line, breadcrumb headline as written, text verbatim', async () => {
    const a = await readArticle(MUSCAT);
    expect(a).toMatchObject({
      id: 'muscat-talks-2026-02-07',
      source: MUSCAT,
      format: 'text',
      published: '2026-02-07',
      headline: 'Home WORLD NEWS Iran Threatens Retaliation if Attacked, Seeks Further Talks with US',
    });
    expect(a.text).toBe(readFileSync(MUSCAT, 'utf8'));
    expect(a.text.slice(a.bodyStart).trimStart().startsWith('Iran Threatens Retaliation')).toBe(true);
  });

  // text, published, headline, body starts with
  const cases: [string, string | undefined, string | undefined, string][] = [
    ['Saturday, February 7, 2026\nTalks end\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['February 7, 2026\nTalks end\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['2026-02-07\n\nTalks end\n\nBody here.', '2026-02-07', 'Talks end', '\nBody here.'],
    ['7 February 2026\nTalks end\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['Sat, 7 Feb. 2026\nTalks end\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['Feb 7, 2026 10:30 GMT\nTalks end\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['February 7, 2026\r\nTalks end\r\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['\n\n  Talks end  \nBody here.', undefined, 'Talks end', 'Body here.'],
    ['Talks end\nFebruary 7, 2026\nBody here.', '2026-02-07', 'Talks end', 'Body here.'],
    ['February 30, 2026\nBody here.', undefined, 'February 30, 2026', 'Body here.'],
    ['May the talks go on\nBody here.', undefined, 'May the talks go on', 'Body here.'],
    // a first line of prose (long, ending a sentence) is the lead paragraph, not a headline
    ['December 11, 2023\n\nThe ministry on Monday announced visa restrictions on nearly 300 officials, including more than 100 members of the national assembly, for undermining democracy.\n\nMore.', '2023-12-11', undefined, 'The ministry on Monday announced visa restrictions on nearly 300 officials, including more than 100 members of the national assembly, for undermining democracy.\n\nMore.'],
  ];
  it.each(cases)('%j → %s / %s', (text, published, headline, body) => {
    const a = readArticleText(text, 'x.txt', 'text');
    expect(a.published).toBe(published);
    expect(a.headline).toBe(headline);
    expect(a.text).toBe(text);
    expect(a.text.slice(a.bodyStart)).toBe(body);
  });

  it.each([
    [{ date: '2026-03-01' }, 'February 7, 2026\nH\nB', '2026-03-01'],
    [{ defaultDate: '2026-03-01' }, 'February 7, 2026\nH\nB', '2026-02-07'],
    [{ defaultDate: '2026-03-01' }, 'H\nB', '2026-03-01'],
    [{}, 'H\nB', undefined],
  ])('date options %j', (opts, text, published) => {
    expect(readArticleText(text, 'x.txt', 'text', opts).published).toBe(published);
  });

  it.each(['2026-02-30', '07/02/2026', 'yesterday'])('rejects --date %s with a one-line message', (date) => {
    expect(() => readArticleText('H\nB', 'x.txt', 'text', { date })).toThrow(
      `newskg: --date ${date}: not a real date in YYYY-MM-DD form; write it like 2026-02-07`,
    );
  });
});

describe('Markdown articles', () => {
  it('keeps the raw file as text and reads front matter and the # heading', async () => {
    const path = join(FIXTURES, 'oman-port.md');
    const a = await readArticle(path);
    expect(a).toMatchObject({ id: 'oman-port', format: 'markdown', published: '2026-02-10', headline: 'Oman expands Duqm port' });
    expect(a.text).toBe(readFileSync(path, 'utf8'));
    expect(a.text.slice(a.bodyStart).trimStart().startsWith("Oman's ministry")).toBe(true);
  });

  // text, published, headline, body starts with
  const cases: [string, string | undefined, string | undefined, string][] = [
    ['# Talks *end*\n\nBody.', undefined, 'Talks end', '\nBody.'],
    ['February 7, 2026\n# Talks end\nBody.', '2026-02-07', 'Talks end', 'Body.'],
    ['Talks end\n=========\nBody.', undefined, 'Talks end', 'Body.'],
    ['Intro paragraph.\n\n# Talks end\n', undefined, 'Talks end', 'Intro paragraph.\n\n# Talks end\n'],
    ['**Talks end**\nBody.', undefined, 'Talks end', 'Body.'],
  ];
  it.each(cases)('%j → %s / %s', (text, published, headline, body) => {
    const a = readArticleText(text, 'x.md', 'markdown');
    expect(a.published).toBe(published);
    expect(a.headline).toBe(headline);
    expect(a.text.slice(a.bodyStart)).toBe(body);
  });
});

describe('maskMarkdown', () => {
  const cases: [string, string][] = [
    ['# Title', '  Title'],
    ['## Title ##', '   Title   '],
    ['**bold** and _it_', '  bold   and  it '],
    ['[Muscat](https://x.y/z) talks', ' Muscat                 talks'],
    ['![alt](a.png)', '  alt        '],
    ['> quoted', '  quoted'],
    ['> > nested', '    nested'],
    ['- item', '  item'],
    ['12. item', '    item'],
    ['`code` here', ' code  here'],
    ['snake_case stays', 'snake_case stays'],
    ['see <https://x.org> now', 'see                 now'],
    ['a\\*b', 'a  b'],
    ['line<br>break', 'line    break'],
    ['---', '   '],
    ['[ref]: https://x.org', '                    '],
    ['---\ndate: 2026-01-01\n---\nText', '   \n                \n   \nText'],
    ['```\ncode\n```', '   \ncode\n   '],
    ['Iran’s “deal” — 5 * 3', 'Iran’s “deal” — 5   3'],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(maskMarkdown(input)).toBe(expected);
  });

  it('keeps length and every unmasked character at its offset in a whole article', () => {
    const raw = readFileSync(join(FIXTURES, 'oman-port.md'), 'utf8');
    const masked = maskMarkdown(raw);
    expect(masked.length).toBe(raw.length);
    for (let i = 0; i < raw.length; i++) if (masked[i] !== ' ') expect(masked[i]).toBe(raw[i]);
    const at = raw.indexOf('Duqm](');
    expect(masked.slice(at, at + 4)).toBe('Duqm');
    expect(masked).not.toMatch(/[#*`>\[\]]/);
  });
});

describe('HTML articles', () => {
  it('extracts the article paragraphs, not the navigation, sidebar or footer', async () => {
    const a = await readArticle(join(FIXTURES, 'gulf-shipping.html'));
    expect(a).toMatchObject({ id: 'gulf-shipping', format: 'html', headline: 'Oman Hosts Shipping Talks', published: '2026-02-09' });
    expect(a.text.slice(0, a.bodyStart)).toBe('Oman Hosts Shipping Talks\n\n');
    const paragraphs = a.text.slice(a.bodyStart).split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Officials from Iran and the United Arab Emirates met in Muscat on Sunday/);
    expect(paragraphs[3]).toBe('A second round is expected in March, the statement said, without giving a date or a venue.');
    for (const chrome of ['Subscribe', 'World News', 'Most read', 'Celebrity', 'All rights reserved', 'Example Gazette']) {
      expect(a.text).not.toContain(chrome);
    }
  });

  it('falls back to the page minus its chrome when the article is very short; date from <time>', async () => {
    const a = await readArticle(join(FIXTURES, 'brief.html'));
    expect(a.headline).toBe('Qatar Mediates Prisoner Swap');
    expect(a.published).toBe('2026-01-15');
    expect(a.text).toContain('Qatar said on Thursday that two prisoners had been exchanged.');
    for (const chrome of ['Sign in', 'Copyright', 'Home']) expect(a.text).not.toContain(chrome);
  });

  it('sniffs HTML on stdin', async () => {
    const html = readFileSync(join(FIXTURES, 'gulf-shipping.html'), 'utf8');
    const a = await readArticle('-', { stdin: Readable.from([html]) });
    expect(a).toMatchObject({ id: 'stdin', source: '-', format: 'html', headline: 'Oman Hosts Shipping Talks' });
  });
});

describe('bad input', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'newskg-input-'));
    writeFileSync(join(dir, 'notes.bin'), Buffer.from([0x49, 0x72, 0x61, 0x6e, 0x00, 0x01, 0x02]));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\t\n  ');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 talks in Muscat', 'latin1'));
    writeFileSync(join(dir, 'empty.html'), '<html><body><nav></nav></body></html>');
    // ten thousand nested divs: Readability would recurse past the stack
    writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div>'.repeat(10_000)}<p>Peru said so.</p>${'</div>'.repeat(10_000)}</body></html>`);
    mkdirSync(join(dir, 'nothing-here'));
    writeFileSync(join(dir, 'nothing-here', 'data.json'), '{}');
    // never-ending inputs: a named pipe nobody writes to, a link to /dev/zero, a file past the size limit
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    symlinkSync('/dev/zero', join(dir, 'zero.txt'));
    writeFileSync(join(dir, 'huge.txt'), '');
    truncateSync(join(dir, 'huge.txt'), 3 * 1024 ** 3);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // file, message after "newskg: <path>: "
  const cases: [string, string][] = [
    ['notes.bin', 'binary file, not an article; pass a .txt, .md or .html file'],
    ['empty.txt', 'empty file, no text to read; pass a file that holds an article'],
    ['blank.txt', 'only whitespace, no text to read; pass a file that holds an article'],
    ['latin1.txt', 'not valid UTF-8 text; save the file as UTF-8 and try again'],
    ['missing.txt', 'no such file or folder; check the path'],
    ['nothing-here', 'is a folder, not an article; pass the article files in it'],
    ['empty.html', 'no article text found in the HTML page; save the article text as .txt and pass that'],
    ['deep.html', 'HTML elements nested more than 400 deep, no article page is; save the article text as .txt and pass that'],
    ['pipe.txt', 'not a regular file (a named pipe); pass an article file, or pipe the article into `newskg extract -`'],
    ['zero.txt', 'not a regular file (a device); pass an article file, or pipe the article into `newskg extract -`'],
    ['huge.txt', '3072.0 MB, more than the 8 MB an article may have; split it into articles'],
  ];
  it.each(cases)('%s → one-line message naming the file', async (name, message) => {
    const path = join(dir, name);
    await expect(readArticle(path)).rejects.toMatchObject({ name: 'UserError', exitCode: 2, message: `newskg: ${path}: ${message}` });
    expect(await tryReadArticle(path)).toEqual({ ok: false, problem: { file: path, message } });
  });

  it('more than 8 MB on stdin', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    await expect(readArticle('-', { stdin: Readable.from(Array.from({ length: 9 }, () => chunk)) })).rejects.toThrow(
      'newskg: stdin: more than the 8 MB an article may have; split it into articles',
    );
  });

  it('empty stdin', async () => {
    await expect(readArticle('-', { stdin: Readable.from([]) })).rejects.toThrow(
      'newskg: stdin: nothing on standard input; pipe an article into newskg or pass a file',
    );
  });

  it('lists folders recursively, keeps named files and "-", and reports missing paths and empty folders', async () => {
    const tree = join(dir, 'batch');
    mkdirSync(join(tree, 'sub'), { recursive: true });
    for (const f of ['b.md', 'a.txt', 'c.html', 'd.json', '.hidden.txt', 'sub/e.htm', 'sub/f.markdown']) writeFileSync(join(tree, f), 'x');
    const { files, problems } = await listArticleFiles([tree, '-', join(dir, 'notes.bin'), join(dir, 'gone'), join(dir, 'nothing-here')]);
    expect(files).toEqual([
      join(tree, 'a.txt'),
      join(tree, 'b.md'),
      join(tree, 'c.html'),
      join(tree, 'sub', 'e.htm'),
      join(tree, 'sub', 'f.markdown'),
      '-',
      join(dir, 'notes.bin'),
    ]);
    expect(problems).toEqual([
      { file: join(dir, 'gone'), message: 'no such file or folder; check the path' },
      {
        file: join(dir, 'nothing-here'),
        message: 'folder has no articles (.txt, .md, .markdown, .html, .htm); put article files in it or pass files directly',
      },
    ]);
  });
});

describe('article ids', () => {
  it.each([
    ['data/articles/muscat-talks-2026-02-07.txt', 'muscat-talks-2026-02-07'],
    ['Muscat Talks (Feb 7).HTML', 'muscat-talks-feb-7'],
    ['/tmp/Café_Éditorial.md', 'cafe-editorial'],
    ['-', 'stdin'],
    ['---.txt', 'article'],
  ])('%s → %s', (path, id) => {
    expect(articleId(path)).toBe(id);
  });
});
