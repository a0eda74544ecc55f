// A seeded fuzz of the extractor: the bundled articles (data/articles, data/eval and its real/
// splits), mutated and dressed as text, Markdown or HTML, extracted in batches through the CLI.
// Every fuzzed file is valid UTF-8 text with its date in its name, so each must be extracted
// (or refused in one line naming it), and every graph written must validate, offsets included.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { dataPath } from '../paths.js';
import { seededRandom } from '../util/random.js';
import type { Trial } from './trial.js';

type Random = () => number;

const pick = <T>(rnd: Random, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const int = (rnd: Random, lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));

/** Characters a hostile or careless page holds: emoji, joiners, marks, bidi controls, noncharacters, controls, markup. */
const ODD = [
  '😀', '👍🏽', '🇮🇷', '👨‍👩‍👧', '\u200d', '\u200b', '\u00a0', '\u2028', '\u2029', '\u202e', '\u200f', '\ufeff', '\ufffe', '\uffff',
  '\u0301', '\u0308', 'é', 'ß', 'İ', 'ﬁ', 'Ω', '“', '”', '‘', '’', '„', '«', '»', '—', '–', '…', '\t', '\r', '\x07', '\x1b', '\x7f',
  '&amp;', '&#x1F600;', '<b>', '</p>', '<br>', '**', '#', '|', '[x](y)', '$', '\\', '"', "'", '(', ')', '{', '}', '<', '>', '\u0627\u0644\u0633\u0644\u0627\u0645', '中文', '한국어',
];
const HOMOGLYPHS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', A: 'А', B: 'В', E: 'Е', H: 'Н', M: 'М', T: 'Т' };

type Mutation = (s: string, rnd: Random) => string;

const at = (s: string, rnd: Random): number => int(rnd, 0, s.length);
const insert = (s: string, i: number, x: string): string => s.slice(0, i) + x + s.slice(i);

const MUTATIONS: Record<string, Mutation> = {
  oddCharacters: (s, rnd) => { for (let k = int(rnd, 1, 30); k > 0; k--) s = insert(s, at(s, rnd), pick(rnd, ODD)); return s; },
  deleteSpan: (s, rnd) => { const i = at(s, rnd); return s.slice(0, i) + s.slice(i + int(rnd, 1, 400)); },
  duplicateSpan: (s, rnd) => { const i = at(s, rnd); return insert(s, at(s, rnd), s.slice(i, i + int(rnd, 10, 3000))); },
  swapLines: (s, rnd) => { const l = s.split('\n'); const i = int(rnd, 0, l.length - 1); const j = int(rnd, 0, l.length - 1); [l[i], l[j]] = [l[j]!, l[i]!]; return l.join('\n'); },
  shout: (s, rnd) => { const i = at(s, rnd); const j = i + int(rnd, 20, 2000); return s.slice(0, i) + s.slice(i, j).toUpperCase() + s.slice(j); },
  quoteStorm: (s, rnd) => { for (let k = int(rnd, 1, 20); k > 0; k--) s = insert(s, at(s, rnd), pick(rnd, ['“', '”', '"', "'", '(', ')', '[', ']', '«', '‘'])); return s; },
  longWord: (s, rnd) => insert(s, at(s, rnd), ` ${'Qwertyuiop'.repeat(int(rnd, 5, 300))} `),
  repeatWord: (s, rnd) => insert(s, at(s, rnd), ` ${Array.from({ length: int(rnd, 50, 800) }, () => pick(rnd, ['minister', 'said', 'Iran', 'the', 'and', 'talks'])).join(' ')} `),
  truncate: (s, rnd) => s.slice(0, Math.max(40, Math.floor(s.length * (0.2 + 0.8 * rnd())))),
  crlf: (s) => s.replace(/\n/g, '\r\n'),
  byteOrderMark: (s) => '\ufeff' + s,
  homoglyphs: (s, rnd) => s.replace(/[aeopcxABEHMT]/g, (c) => (rnd() < 0.15 ? HOMOGLYPHS[c]! : c)),
  badDateLine: (s, rnd) => s.replace(/^[^\n]*/, pick(rnd, ['Blursday, Smarch 32, 20266', '31 February 2026', 'yesterday', '2026-13-45', '', '  \t'])),
  markdownNoise: (s, rnd) => { for (let k = int(rnd, 1, 6); k > 0; k--) s = insert(s, at(s, rnd), pick(rnd, ['\n| a | b |\n|---|---|\n| Iran | 3 |\n', '\n# Heading\n', '\n- item\n- item\n', '\n```\ncode\n```\n', '[Muscat](http://x)', '\n> quoted\n', '![img](x.png)'])); return s; },
  htmlNoise: (s, rnd) => { for (let k = int(rnd, 1, 10); k > 0; k--) s = insert(s, at(s, rnd), pick(rnd, ['<div>', '</div>', '<p class="x">', '<script>alert(1)</script>', '<!-- c -->', '<img src=x onerror=alert(1)>', '&nbsp;', '<table><tr><td>'])); return s; },
  numbers: (s, rnd) => { for (let k = int(rnd, 1, 8); k > 0; k--) s = insert(s, at(s, rnd), pick(rnd, [' $3.5bn ', ' 31 February 2026 ', ' 1,000,000 ', ' 50% ', ' on Thursday ', ' last week ', ' 12:30 GMT ', ' 2026-02-30 '])); return s; },
  noPeriods: (s, rnd) => { const i = at(s, rnd); const j = i + int(rnd, 200, 5000); return s.slice(0, i) + s.slice(i, j).replace(/[.!?]/g, '') + s.slice(j); },
  manyPeriods: (s, rnd) => { for (let k = int(rnd, 1, 10); k > 0; k--) s = insert(s, at(s, rnd), '.'.repeat(int(rnd, 2, 60))); return s; },
  nameSoup: (s, rnd) => { for (let k = int(rnd, 1, 8); k > 0; k--) s = insert(s, at(s, rnd), ` ${pick(rnd, ['President', 'Minister', 'General', 'Sheikh', 'Dr.'])} ${pick(rnd, ['Xo', 'Van Der', "O'Neil", 'Al-Busaidi', 'Zhang', 'García-Márquez'])} of ${pick(rnd, ['Oman', 'the United States', 'Kosovo', 'North Korea', 'Atlantis'])} said “${pick(rnd, ['we will respond', 'no', 'talks failed'])}” `); return s; },
  nestedParens: (s, rnd) => insert(s, at(s, rnd), `${'('.repeat(int(rnd, 5, 200))}Iran${')'.repeat(int(rnd, 0, 200))}`),
};
const NAMES = Object.keys(MUTATIONS);

function asMarkdown(text: string, date: string, rnd: Random): string {
  const [head = 'News', ...rest] = text.split('\n').filter((l) => l.trim() !== '');
  const front = rnd() < 0.6 ? `---\ntitle: "${head.replace(/"/g, '\\"').slice(0, 200)}"\ndate: ${date}\n---\n\n` : '';
  return `${front}# ${head}\n\n${rest.join('\n\n')}\n`;
}

function asHtml(text: string, date: string, rnd: Random): string {
  const escape = (x: string): string => (rnd() < 0.8 ? x.replace(/&/g, '&amp;').replace(/</g, '&lt;') : x);
  const [head = 'News', ...rest] = text.split('\n').filter((l) => l.trim() !== '');
  const depth = int(rnd, 0, 60);
  const open = Array.from({ length: depth }, () => `<${pick(rnd, ['div', 'section', 'article', 'span', 'main'])}>`).join('');
  const close = rnd() < 0.7 ? '</div>'.repeat(depth) : '';
  const paragraphs = rest.map((p) => `<p>${escape(p)}${rnd() < 0.1 ? '' : '</p>'}`).join('\n');
  const meta = rnd() < 0.5 ? `<meta property="article:published_time" content="${date}">` : '';
  const chrome = rnd() < 0.5 ? '<nav><a href="/">Home</a> | <a href="/world">World</a></nav><script>var x = "<p>not text</p>";</script><style>p{}</style>' : '';
  return `<!doctype html><html><head><title>${escape(head)}</title>${meta}</head><body>${chrome}${open}<h1>${escape(head)}</h1>\n${paragraphs}\n${close}<footer>© 2026</footer></body></html>`;
}

async function sourceArticles(): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  await walk(dataPath('articles'));
  await walk(dataPath('eval'));
  return out;
}

export interface FuzzedArticle { file: string; from: string; mutations: string[] }

/** `count` fuzzed articles written into `dir`, the same for the same seed on every machine. */
export async function writeFuzzedArticles(dir: string, count: number, seed: number): Promise<FuzzedArticle[]> {
  const rnd = seededRandom(seed);
  const sources = await sourceArticles();
  await mkdir(dir, { recursive: true });
  const out: FuzzedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const from = pick(rnd, sources);
    let text = await readFile(from, 'utf8');
    const mutations = Array.from({ length: int(rnd, 1, 4) }, () => pick(rnd, NAMES));
    for (const m of mutations) text = MUTATIONS[m]!(text, rnd);
    const date = /\d{4}-\d{2}-\d{2}/.exec(path.basename(from))?.[0] ?? '2026-01-01';
    const r = rnd();
    const [ext, body] = r < 0.7 ? ['txt', text] : r < 0.85 ? ['md', asMarkdown(text, date, rnd)] : ['html', asHtml(text, date, rnd)];
    const file = path.join(dir, `fuzz-${String(i).padStart(3, '0')}-${date}.${ext}`);
    await writeFile(file, body, 'utf8');
    out.push({ file, from: path.relative(dataPath(), from), mutations });
  }
  return out;
}

export interface FuzzReport { articles: number; extracted: number; refused: string[] }

/**
 * Extracts the fuzzed articles in batches through `newskg extract … -o batch.trig` and validates each
 * batch's graph. A batch that crashes, hangs or fails validation is run again one article at a time,
 * so that each finding names its article.
 */
export async function runFuzz(t: Trial, count: number, seed: number, batchSize = 25): Promise<FuzzReport> {
  const inputs = path.join(t.dir, 'fuzzed');
  const articles = await writeFuzzedArticles(inputs, count, seed);
  const report: FuzzReport = { articles: articles.length, extracted: 0, refused: [] };
  const outDir = path.join(t.dir, 'out');
  await mkdir(outDir, { recursive: true });
  for (let b = 0; b < articles.length; b += batchSize) {
    const batch = articles.slice(b, b + batchSize);
    const out = path.join(outDir, `batch-${b / batchSize}.trig`);
    const probe = t.probe();
    const r = await probe.cli(`batch ${b / batchSize}`, ['extract', ...batch.map((a) => a.file), '-o', out], { timeoutMs: 60_000 + 8_000 * batch.length });
    const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
    const refusals = lines.filter((l) => !l.startsWith('newskg extract: wrote '));
    // each refusal one line naming its file, and one line saying what was written
    const told = refusals.every((l) => batch.some((a) => l.startsWith(`newskg: ${a.file}: `))) && lines.length === refusals.length + 1;
    const ok = probe.findings.length === 0 && (r.code === 0 || r.code === 1) && told && (await probe.valid(`batch ${b / batchSize}`, out));
    if (ok) {
      report.extracted += batch.length - refusals.length;
      report.refused.push(...refusals);
      continue;
    }
    // one at a time, for findings that name the article
    for (const a of batch) {
      const one = path.join(outDir, `${path.basename(a.file)}.ttl`);
      const where = `${path.basename(a.file)} (${a.from}; ${a.mutations.join(', ')})`;
      const single = await t.cli(where, ['extract', a.file, '-o', one], { timeoutMs: 120_000 });
      if (single.code === 0) {
        report.extracted++;
        await t.valid(where, one);
      } else if (single.code === 1 || single.code === 2) {
        t.answer(where, single, single.code, 1, a.file);
        report.refused.push(single.stderr.trim());
      }
    }
  }
  await t.leftovers('fuzz');
  return report;
}
