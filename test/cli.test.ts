// Bad input to `newskg extract` and `newskg start`: one line on stderr naming the file and the
// problem, the right exit code, and never an output file left behind.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';
import { readGraphFile } from '../src/rdf/parse.js';
import { validate } from '../src/validate/index.js';

const GOOD = 'data/articles/muscat-talks-2026-02-07.txt';
const GOOD2 = 'test/fixtures/extract/gulf-brief.html';
let dir: string;
let out: string;
const p = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newskg-cli-'));
  out = p('out');
  mkdirSync(out);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), '  \n\n \t\n');
  writeFileSync(p('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  writeFileSync(p('latin1.txt'), Buffer.from('February 7, 2026\nCaf\xe9 talks\n\nIran and Oman met.\n', 'latin1'));
  writeFileSync(p('undated.txt'), readFileSync('test/fixtures/extract/undated-note.txt'));
  mkdirSync(p('no-articles'));
  writeFileSync(p('no-articles/notes.csv'), 'a,b\n');
  mkdirSync(p('a-folder.ttl'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

/** Nothing in the output folder: no result, no temp file. */
const leftovers = (): string[] => readdirSync(out);

describe('extract: bad input stops with exit 2, one line on stderr, no output', () => {
  // case, args (OUT = the output file), stderr must match
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['nope/missing.txt'], /^newskg: nope\/missing\.txt: no such file/],
    ['empty file', ['{dir}/empty.txt'], /empty\.txt: empty file/],
    ['whitespace-only file', ['{dir}/blank.txt'], /blank\.txt: only whitespace/],
    ['binary file', ['{dir}/binary.txt'], /binary\.txt: binary file/],
    ['not UTF-8', ['{dir}/latin1.txt'], /latin1\.txt: not valid UTF-8/],
    ['folder with no articles', ['{dir}/no-articles'], /no-articles: folder has no articles/],
    ['no date anywhere', ['{dir}/undated.txt'], /undated\.txt: no publication date.*pass --date YYYY-MM-DD$/],
    ['unknown --format', [GOOD, '--format', 'rdfxml'], /^newskg extract: --format rdfxml: unknown format; use one of turtle, trig, nquads, jsonld$/],
    ['bad --date', [GOOD, '--date', '2026-02-30'], /^newskg extract: --date 2026-02-30: not a real date/],
    ['unknown option', [GOOD, '--fromat', 'trig'], /^newskg extract: .*--fromat.*newskg extract --help/],
    ['no input at all', [], /^newskg extract: no input given/],
    ['empty stdin', ['-'], /^newskg: stdin: nothing on standard input/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const file = join(out, 'graph.ttl');
    const r = await run(['extract', ...args.map((a) => a.replace('{dir}', dir)), '-o', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2); // one line and its newline
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stdout).toBe('');
    expect(leftovers()).toEqual([]);
  });

  // case, -o path, stderr must match
  const unwritable: [string, string, RegExp][] = [
    ['missing output folder', '{dir}/no/such/folder/out.ttl', /out\.ttl: its folder does not exist/],
    ['output is a folder', '{dir}/a-folder.ttl', /a-folder\.ttl: is a folder/],
    ['output under a file', `${GOOD}/out.ttl`, /out\.ttl: its folder does not exist/],
  ];
  it.each(unwritable)('unwritable -o: %s', async (_name, target, message) => {
    const path = target.replace('{dir}', dir);
    const r = await run(['extract', GOOD, '-o', path]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^newskg extract: /);
    expect(r.stderr.trim()).toMatch(message);
    expect(existsSync(path) && statSync(path).isFile()).toBe(false);
  });

  it('-o with an RDF/XML extension: one line, exit 2, nothing written', async () => {
    const r = await run(['extract', GOOD, '-o', join(out, 'x.rdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^newskg extract: -o .*x\.rdf: \.rdf is RDF\/XML, which newskg does not write; use \.ttl, \.trig, \.nq or \.jsonld, or --format$/);
    expect(leftovers()).toEqual([]);
  });

  it('keeps an existing output file untouched when the run fails', async () => {
    const file = join(out, 'keep.ttl');
    writeFileSync(file, 'old content\n');
    const r = await run(['extract', join(dir, 'empty.txt'), '-o', file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('old content\n');
    rmSync(file);
  });
});

describe('extract: one bad input among good ones', () => {
  it('writes the good ones, reports the bad one, exits 1', async () => {
    const file = join(out, 'partial.trig');
    const r = await run(['extract', GOOD, join(dir, 'binary.txt'), GOOD2, 'nope.txt', '-o', file]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => /binary\.txt: binary file/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => /nope\.txt: no such file/.test(l))).toHaveLength(1);
    expect(lines.at(-1)).toMatch(/wrote .*partial\.trig \(trig, 2 articles, \d+ triples\)/);
    const quads = await readGraphFile(file);
    const graphs = new Set(quads.map((q) => q.graph.value));
    expect([...graphs].sort()).toEqual([
      'https://w3id.org/newskg/id/article/gulf-brief',
      'https://w3id.org/newskg/id/article/muscat-talks-2026-02-07',
    ]);
    expect((await validate(quads)).violations).toEqual([]);
    rmSync(file);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a second article with the same name, which would share its IRI', async () => {
    mkdirSync(p('copy'), { recursive: true });
    writeFileSync(p('copy/muscat-talks-2026-02-07.txt'), readFileSync(GOOD));
    const r = await run(['extract', GOOD, p('copy/muscat-talks-2026-02-07.txt'), '--format', 'nquads']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/copy\/muscat-talks-2026-02-07\.txt: same article name as data\/articles\/muscat-talks-2026-02-07\.txt.*rename one/);
    expect(r.stdout).toContain('<https://w3id.org/newskg/id/article/muscat-talks-2026-02-07>');
  });
});

describe('start', () => {
  it('writes one .ttl per article and corpus.trig, all valid, and exits 0 without a viewer when not a TTY', async () => {
    const target = p('start-out');
    const r = await run(['start', '--out', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(target).sort()).toEqual(['corpus.trig', 'muscat-talks-2026-02-07.ttl']);
    expect(r.stdout).toMatch(/muscat-talks-2026-02-07\.ttl: \d+ entities, \d+ statements \(\d+ Quote.*\); valid\n/);
    expect(r.stdout).toContain(`Output is in ${target}`);
    expect(r.stdout).not.toMatch(/viewer/i);
    for (const f of readdirSync(target)) expect((await validate(await readGraphFile(join(target, f)))).violations).toEqual([]);
  });

  // case, args, exit code, stderr must match
  const cases: [string, string[], number, RegExp][] = [
    ['folder with no articles', ['{dir}/no-articles', '--out', '{dir}/s1', '--no-view'], 2, /no-articles: folder has no articles/],
    ['missing folder', ['{dir}/nowhere', '--out', '{dir}/s2'], 2, /nowhere: no such file or folder/],
    ['unknown option', ['--colour'], 2, /^newskg start: .*--colour/],
  ];
  it.each(cases)('%s', async (_name, args, code, message) => {
    const r = await run(['start', ...args.map((a) => a.replace('{dir}', dir))]);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(p('s1')) || existsSync(p('s2'))).toBe(false);
  });
});

describe('the installed binary (node bin/newskg.js)', () => {
  beforeAll(() => {
    // `npm test` builds first; when run alone, build the CLI so bin/ has something to run.
    const built = 'dist/cli/extract.js';
    if (!existsSync(built) || statSync(built).mtimeMs < statSync('src/cli/extract.ts').mtimeMs) {
      spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
    }
  });

  // case, args, exit code, stderr must match
  const cases: [string, string[], number, RegExp][] = [
    ['missing file', ['extract', 'nope.txt', '-o', '{out}/x.ttl'], 2, /^newskg: nope\.txt: no such file or folder; check the path\n$/],
    ['unknown format', ['extract', GOOD, '--format', 'xml'], 2, /^newskg extract: --format xml: unknown format/],
    ['bad among good', ['extract', GOOD, '{dir}/empty.txt', '-o', '{out}/bin.ttl'], 1, /empty\.txt: empty file/],
  ];
  it.each(cases)('%s', (_name, args, code, message) => {
    const r = spawnSync('node', ['bin/newskg.js', ...args.map((a) => a.replace('{out}', out).replace('{dir}', dir))], { encoding: 'utf8' });
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    const written = readdirSync(out);
    expect(written).toEqual(code === 1 ? ['bin.ttl'] : []);
    for (const f of written) rmSync(join(out, f));
  });

  it('extracts the first article to Turtle as the README shows', () => {
    const file = join(out, 'readme.ttl');
    execFileSync('node', ['bin/newskg.js', 'extract', GOOD, '-o', file], { stdio: 'pipe' });
    expect(readFileSync(file, 'utf8')).toContain('a schema:NewsArticle;');
    rmSync(file);
  });
});

describe('every command answers an unknown option with one line naming it, exit 2', () => {
  it.each(['extract', 'start', 'query', 'build', 'serve', 'view', 'parse', 'eval'])('%s --bogus', async (name) => {
    const r = await run([name, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(new RegExp(`^newskg ${name}: .*--bogus.*newskg ${name} --help\`$`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('parse and eval --ud: the syntax a person can check', () => {
  it('parse prints each sentence as CoNLL-U with offsets into the article', async () => {
    const r = await run(['parse', '-'], 'Monday, March 2, 2026\n\nTalks end\n\nThe minister rejected the plan. Officials said it would fail.\n');
    expect(r.code).toBe(0);
    const sentences = r.stdout.trim().split('\n\n');
    const last = sentences[sentences.length - 1].split('\n');
    expect(last[1]).toBe('# text = Officials said it would fail.');
    const rows = last.slice(2).map((l) => l.split('\t'));
    expect(rows.map((x) => x[1])).toEqual(['Officials', 'said', 'it', 'would', 'fail', '.']);
    // "said" is the root, "Officials" its subject, "fail" its clausal complement
    expect(rows[1].slice(6, 8)).toEqual(['0', 'root']);
    expect(rows[0].slice(6, 8)).toEqual(['2', 'nsubj']);
    expect(rows[4].slice(6, 8)).toEqual(['2', 'ccomp']);
    expect(rows[0][9]).toMatch(/^TokenRange=\d+:\d+$/);
  });

  it('parse of a missing file: one line, exit 2', async () => {
    const r = await run(['parse', p('missing.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
  });

  it('eval --ud prints UPOS, UAS and LAS and the statement relations', async () => {
    const file = p('tiny.conllu');
    writeFileSync(file, ['1\tOfficials\tofficial\tNOUN\tNNS\t_\t2\tnsubj\t_\t_', '2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_', '3\tno\tno\tINTJ\tUH\t_\t2\tobj\t_\t_', '4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_', '', ''].join('\n'));
    const r = await run(['eval', '--ud', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 sentences, 4 words/);
    expect(r.stdout).toMatch(/UPOS \d+\.\d\d {2}UAS \d+\.\d\d {2}LAS \d+\.\d\d/);
    expect(r.stdout).toMatch(/^nsubj +1 /m);
  });

  it('eval --ud on a file that is not CoNLL-U: one line with the line number, exit 2', async () => {
    const file = p('bad.conllu');
    writeFileSync(file, '1\tno tabs here\n');
    const r = await run(['eval', '--ud', file]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`newskg eval: ${file}:1: expected 10 tab-separated fields, found 2; fix the CoNLL-U file`);
  });
});

describe('version and help', () => {
  it('--version prints the version of package.json', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`newskg ${JSON.parse(readFileSync('package.json', 'utf8')).version}`);
  });

  it('help extract prints the help of extract', async () => {
    const r = await run(['help', 'extract']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^usage: newskg extract /);
  });

  it('--help and <command> --help start about as fast as node itself (they load no command, no extractor)', () => {
    // best of three wall times, as ratios to a bare `node -e 0` measured in the same run
    const wall = (args: string[]): number => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const t = performance.now();
        const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
        best = Math.min(best, performance.now() - t);
        expect(r.status).toBe(0);
      }
      return best;
    };
    const node = wall(['-e', '0']);
    // now about 1; loading every command to print the list took 4.7 to 13 times a bare start (0.4-1 s)
    for (const args of [['--help'], ['build', '--help'], ['serve', '--help']]) expect(wall(['bin/newskg.js', ...args]) / node).toBeLessThan(2.5);
    expect(spawnSync(process.execPath, ['bin/newskg.js', 'build', '--help'], { encoding: 'utf8' }).stdout).toMatch(/^usage: newskg build /);
  }, 60_000);
});

describe('view --html of a corpus too large for one file', () => {
  it('is refused in one line before it is read, and writes nothing', async () => {
    const big = p('big.nt');
    const line = '<https://example.org/s> <https://example.org/p> "an invented value, repeated" .\n';
    writeFileSync(big, line.repeat(Math.ceil((51 * 2 ** 20) / line.length)));
    const html = p('big.html');
    const t = performance.now();
    const r = await run(['view', big, '--html', html]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`view: ${big}: 51 MB of graph files is too much for one HTML file (at most 500,000 triples); browse it with \`newskg view\` without --html, which serves it\n`);
    expect(existsSync(html)).toBe(false);
    expect(performance.now() - t).toBeLessThan(5_000); // weighed, not parsed
    rmSync(big);
  }, 120_000);
});

describe('standard output that cannot be written', () => {
  it('a reader that stops early (| head) ends the run quietly, exit 0', () => {
    const r = spawnSync('sh', ['-c', `node bin/newskg.js extract ${GOOD} | head -c 10 > /dev/null`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
  });

  it.skipIf(!existsSync('/dev/full'))('a full device: one line on stderr, exit 2', () => {
    const r = spawnSync('sh', ['-c', `node bin/newskg.js extract ${GOOD} > /dev/full`], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('newskg: cannot write to standard output (ENOSPC); free space or write to a file with -o\n');
  });
});

describe('temp files of a killed run', () => {
  it('are removed by the next run writing the same file; a live writer’s are left', async () => {
    const target = join(out, 'graph.ttl');
    const dead = join(out, '.graph.ttl.999999.1.tmp'); // no process 999999 runs here
    const live = join(out, `.graph.ttl.${process.pid}.1.tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(live, 'half');
    const r = await run(['extract', GOOD, '-o', target]);
    expect(r.code).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
    rmSync(live);
    rmSync(target);
  });

  it('view --html writes the same way: a dead run’s temp file is removed, and an unwritable path fails before any work', async () => {
    if (!existsSync('viewer/dist/index.html')) return;
    const target = join(out, 'graph.html');
    const dead = join(out, '.graph.html.999999.1.tmp');
    writeFileSync(dead, '<html>half');
    const r = await run(['view', GOOD, '--html', target]);
    expect(r.code).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    rmSync(target);
    const bad = await run(['view', GOOD, '--html', join(out, 'no', 'such', 'x.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(`view: ${join(out, 'no', 'such', 'x.html')}: its folder does not exist; create the folder or choose another path\n`);
  });
});
