// The cases of issue 12 that can be replayed offline, each against the installed CLI (bin/newskg.js)
// as a user or a hostile tester would run it. Each case records findings; none throws.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readdir, readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { dataPath, packageRoot } from '../paths.js';
import { isRunning } from '../util/process.js';
import { exists, runNewskg, type RunResult, type Trial } from './trial.js';

export interface TortureCase {
  name: string;
  /** Part of the CI-sized subset run by `npm test`. */
  ci: boolean;
  run(t: Trial, full: boolean): Promise<void>;
}

export const MUSCAT = (): string => dataPath('articles', 'muscat-talks-2026-02-07.txt');

/** The first `n` articles of data/eval, sorted by name. */
export async function evalArticles(n: number): Promise<string[]> {
  return (await readdir(dataPath('eval'))).filter((f) => f.endsWith('.txt')).sort().slice(0, n).map((f) => dataPath('eval', f));
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A string doubled `n` times by CONCAT: 10 × 2^n characters. */
export const doublingQuery = (n: number): string =>
  `SELECT (STRLEN(?s${n}) AS ?n) WHERE { BIND("0123456789" AS ?s0) ${Array.from({ length: n }, (_, i) => `BIND(CONCAT(?s${i}, ?s${i}) AS ?s${i + 1})`).join(' ')} }`;

const SLOW = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }';
const CHEAP = 'ASK { ?x a schema:Country }';

/** A process id that is not running, for a temp file "of a killed run". */
function deadPid(): number {
  for (let pid = 999_999; pid > 300_000; pid -= 7) if (!isRunning(pid)) return pid;
  return 999_999;
}

/** The status of a request sent with exactly these headers (fetch would set Host itself). */
function rawStatus(url: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    const req = http.request({ host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Sends `sig` to a process that may have ended already. */
function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    /* gone already */
  }
}

const rssKb = async (pid: number): Promise<number> => {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
};

/** Bad bytes and files: each alone is refused in one line naming it, exit 2, nothing written; among good ones, exit 1. */
const badFiles: TortureCase = {
  name: 'bad-files', ci: true,
  async run(t, full) {
    const d = path.join(t.dir, 'in');
    await mkdir(d);
    const bad: [string, string | Buffer][] = [
      ['empty.txt', ''],
      ['blank.txt', ' \n\t \n'],
      ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['latin1.txt', Buffer.from('Caf\xe9 talks in Muscat on Monday', 'latin1')],
      ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Talks in Muscat on Monday', 'utf16le')])],
      ['nul-inside.txt', 'Monday, March 2, 2026\n\nTalks\n\nIran said\u0000 it was ready.\n'],
      ['nav-only.html', '<html><body><nav><a href="/">Home</a></nav></body></html>'],
      ['deep-10000.html', `<html><body>${'<div>'.repeat(10_000)}<p>Peru said so on Monday.</p>${'</div>'.repeat(10_000)}</body></html>`],
      ['deep-2000.html', `<html><body>${'<div>'.repeat(2_000)}<p>Peru said so on Monday.</p>${'</div>'.repeat(2_000)}</body></html>`],
      ['undated.txt', 'Talks resumed\n\nIran said it was ready to talk.\n'],
    ];
    for (const [name, bytes] of bad) await writeFile(path.join(d, name), bytes);
    await mkdir(path.join(d, 'folder.txt'));
    execFileSync('mkfifo', [path.join(d, 'pipe.txt')]);
    await symlink('/dev/zero', path.join(d, 'zero.txt'));
    await writeFile(path.join(d, 'huge.txt'), '');
    await truncate(path.join(d, 'huge.txt'), 3 * 1024 ** 3);
    const names = [...bad.map(([n]) => n), 'folder.txt', 'pipe.txt', 'zero.txt', 'huge.txt', 'missing.txt'];
    // alone: every one in CI would take a minute; the full run does them all, CI a sample
    for (const name of full ? names : ['latin1.txt', 'pipe.txt', 'zero.txt', 'deep-10000.html']) {
      const out = path.join(t.dir, `${name}.ttl`);
      const r = await t.cli(`extract ${name}`, ['extract', path.join(d, name), '-o', out], { timeoutMs: 60_000 });
      t.answer(`extract ${name}`, r, 2, 1, path.join(d, name));
      await t.absent(`extract ${name}`, out);
    }
    // together with a good article: exit 1, one line per bad file, the good one written and valid
    const out = path.join(t.dir, 'batch.trig');
    const r = await t.cli('extract all bad files and one good', ['extract', MUSCAT(), ...names.map((n) => path.join(d, n)), '-o', out], { timeoutMs: 90_000 });
    t.answer('extract all bad files and one good', r, 1, names.length + 1);
    for (const n of names) t.expect(r.stderr.includes(path.join(d, n)), `extract batch: ${n}`, `no line names it: ${r.stderr}`);
    if (await exists(out)) await t.valid('extract batch', out);
    else t.find('unexpected', 'extract batch', 'the good article was not written');
    await t.leftovers('bad files');
  },
};

/** Command-line answers: version, help, unknown options, RDF/XML output name, unwritable outputs. */
const commandLine: TortureCase = {
  name: 'command-line', ci: false,
  async run(t) {
    const version = await t.cli('--version', ['--version']);
    t.expect(version.code === 0 && /^newskg \d+\.\d+\.\d+\n$/.test(version.stdout), '--version', `exit ${version.code}: ${version.stdout}`);
    const help = await t.cli('help extract', ['help', 'extract']);
    t.expect(help.code === 0 && help.stdout.startsWith('usage: newskg extract'), 'help extract', help.stdout.slice(0, 80));
    t.answer('unknown command', await t.cli('unknown command', ['frobnicate']), 2, 1, 'frobnicate');
    for (const cmd of ['extract', 'build', 'query', 'serve', 'view', 'validate']) {
      t.answer(`${cmd} --bogus`, await t.cli(`${cmd} --bogus`, [cmd, '--bogus']), 2, 1, '--bogus');
    }
    const rdf = path.join(t.dir, 'x.rdf');
    t.answer('-o x.rdf', await t.cli('-o x.rdf', ['extract', MUSCAT(), '-o', rdf]), 2, 1, 'x.rdf');
    await t.absent('-o x.rdf', rdf);
    await writeFile(path.join(t.dir, 'a-file'), 'x');
    for (const target of [path.join(t.dir, 'no', 'such', 'dir', 'x.ttl'), path.join(t.dir, 'a-file', 'x.ttl')]) {
      t.answer(`extract -o ${target}`, await t.cli(`extract -o ${target}`, ['extract', MUSCAT(), '-o', target]), 2, 1, target);
      t.answer(`build -o ${target}`, await t.cli(`build -o ${target}`, ['build', MUSCAT(), '-o', target.replace(/\.ttl$/, '.trig')]), 2, 1);
    }
    await t.leftovers('command line');
  },
};

/** Standard output closed by its reader (`| head`) ends quietly; a full device (`> /dev/full`) is one line, exit 2. */
const closedOutput: TortureCase = {
  name: 'closed-output', ci: true,
  async run(t) {
    const head = await t.cli('extract | head -c 100', ['extract', MUSCAT()], {
      started: (child) => {
        let got = 0;
        child.stdout?.on('data', (c: Buffer) => {
          got += c.length;
          if (got >= 100) child.stdout?.destroy();
        });
      },
    });
    t.answer('extract | head -c 100', head, 0, 0);
    const full = openSync('/dev/full', 'w');
    try {
      const r = await t.cli('extract > /dev/full', ['extract', MUSCAT()], { stdoutFd: full });
      t.answer('extract > /dev/full', r, 2, 1, 'standard output');
    } finally {
      closeSync(full);
    }
  },
};

/** Folders: a README is no article, a symbolic link back up is not followed, an undated article stops build in one line. */
const folders: TortureCase = {
  name: 'folders', ci: true,
  async run(t) {
    const d = path.join(t.dir, 'articles');
    await mkdir(path.join(d, 'sub'), { recursive: true });
    await writeFile(path.join(d, 'README.md'), '# About these articles\n\n| file | source |\n|---|---|\n| a.txt | wire |\n');
    await writeFile(path.join(d, 'sub', 'muscat-2026-02-07.txt'), await readFile(MUSCAT()));
    await symlink('..', path.join(d, 'sub', 'loop'));
    await symlink(d, path.join(d, 'up'));
    const corpus = path.join(t.dir, 'corpus.trig');
    const r = await t.cli('build with README and link loops', ['build', d, '-o', corpus], { timeoutMs: 60_000 });
    t.answer('build with README and link loops', r, 0, 0);
    t.expect(/: 1 article \(1 added\)/.test(r.stdout), 'build with README and link loops', `not one article: ${r.stdout}`);
    if (r.code === 0) await t.valid('build with README and link loops', corpus);

    const undated = path.join(t.dir, 'undated.txt');
    await writeFile(undated, 'Talks resumed\n\nIran said on Thursday it was ready to talk.\n');
    const bad = path.join(t.dir, 'undated.trig');
    t.answer('build an undated article', await t.cli('build an undated article', ['build', undated, '-o', bad]), 2, 1, undated);
    await t.absent('build an undated article', bad);
    const dated = await t.cli('build --date', ['build', undated, '--date', '2026-03-05', '-o', bad]);
    t.answer('build --date', dated, 0, 0);
    if (dated.code === 0) await t.valid('build --date', bad);
    await t.leftovers('folders');
  },
};

/** Two `build --add` at once lose nothing; a killed build's lock and a killed extract's temp file are cleaned by the next run. */
const concurrentBuilds: TortureCase = {
  name: 'concurrent-builds', ci: true,
  async run(t) {
    const articles = await evalArticles(6);
    const corpus = path.join(t.dir, 'corpus.trig');
    const [a, b] = await Promise.all([
      t.cli('build --add (first)', ['build', ...articles.slice(0, 3), '-o', corpus, '--add'], { cwd: t.dir }),
      t.cli('build --add (second)', ['build', ...articles.slice(3), '-o', corpus, '--add'], { cwd: t.dir }),
    ]);
    const ok = [a, b].filter((r) => r.code === 0).length;
    for (const [r, which] of [[a, 'first'], [b, 'second']] as const) {
      if (r.code !== 0) t.answer(`build --add (${which})`, r, 2, 1, /another build \(process \d+\) is writing it/);
    }
    t.expect(ok >= 1, 'two builds', `neither build finished: ${a.stderr} ${b.stderr}`);
    const text = await readFile(corpus, 'utf8').catch(() => '');
    const graphs = (text.match(/ a schema:NewsArticle/g) ?? []).length;
    t.expect(graphs === 3 * ok, 'two builds', `${graphs} articles in the corpus after ${ok} successful builds of 3`);
    if (text) await t.valid('two builds', corpus);

    // a build killed mid-run leaves its lock; the next build takes it over and leaves nothing
    const killed = await t.cli('killed build', ['build', ...(await evalArticles(12)), '-o', corpus, '--add'], {
      started: (child) => { setTimeout(() => t.kill(child), 2500); },
    });
    t.expect(killed.signal === 'SIGKILL' || killed.code === 0, 'killed build', `exit ${killed.code}: ${killed.stderr}`);
    // an article of the build that took the lock first, so certainly in the corpus
    const inCorpus = a.code === 0 ? articles[0]! : articles[3]!;
    const after = await t.cli('build after a killed build', ['build', inCorpus, '-o', corpus, '--add']);
    t.answer('build after a killed build', after, 0, 1, 'already in');

    // the temp file of an extract killed while writing, from a process that is gone
    const out = path.join(t.dir, 'out.ttl');
    const stale = path.join(t.dir, `.out.ttl.${deadPid()}.${Date.now()}.tmp`);
    await writeFile(stale, '@prefix half: <');
    t.answer('extract after a killed extract', await t.cli('extract after a killed extract', ['extract', MUSCAT(), '-o', out]), 0, 1, 'wrote');
    await t.leftovers('builds and killed runs');
  },
};

/** Unicode the validator and the output must get right; a huge token; a page of 2,000 nested elements. */
const hardText: TortureCase = {
  name: 'hard-text', ci: true,
  async run(t, full) {
    const emoji = path.join(t.dir, 'emoji-2026-03-02.txt');
    await writeFile(emoji, 'Monday, March 2, 2026\n\nTalks 🇮🇷🤝🇺🇸 resume in Muscat\n\nIran’s foreign minister Dariush Karimi 😀 said on Monday in Muscat that talks\uFFFE with the United States\uFFFF would resume. “We are ready,” he said. 👍🏽\n');
    const out = path.join(t.dir, 'emoji.ttl');
    const r = await t.cli('emoji and noncharacters', ['extract', emoji, '-o', out]);
    t.answer('emoji and noncharacters', r, 0, 1);
    if (r.code === 0) {
      await t.valid('emoji and noncharacters', out);
      t.expect(!/[\uFFFE\uFFFF]/.test(await readFile(out, 'utf8')), 'emoji and noncharacters', 'U+FFFE or U+FFFF in the output');
    }
    const size = full ? 5_000_000 : 1_000_000;
    const token = path.join(t.dir, 'token-2026-03-02.txt');
    await writeFile(token, `Monday, March 2, 2026\n\nA long token\n\nThe minister said ${'Abcdefghij'.repeat(size / 10)} was fine, Ana Cruz said.\n`);
    const tokenOut = path.join(t.dir, 'token.ttl');
    const tr = await t.cli(`a ${size / 1e6} MB token`, ['extract', token, '-o', tokenOut], { timeoutMs: 120_000 });
    t.answer(`a ${size / 1e6} MB token`, tr, 0, 1);
    if (tr.code === 0) {
      const text = await readFile(tokenOut, 'utf8');
      const longestIri = Math.max(0, ...[...text.matchAll(/<[^>\s]*>|\b[a-z]+:[^\s;,.]+/g)].map((m) => m[0].length));
      t.expect(longestIri < 300, `a ${size / 1e6} MB token`, `an IRI of ${longestIri} characters`);
      t.expect(text.length < 3 * size, `a ${size / 1e6} MB token`, `${text.length} characters of output for ${size}`);
      await t.valid(`a ${size / 1e6} MB token`, tokenOut);
    }
    await t.leftovers('hard text');
  },
};

/** Time grows with input like the input (issue 12 item 7): 400 kB takes less than 2.6 times as long as 200 kB. */
const linear: TortureCase = {
  name: 'linear-time', ci: false,
  async run(t) {
    const prose = (await Promise.all((await evalArticles(23)).map((f) => readFile(f, 'utf8')))).map((s) => s.split('\n').slice(2).join('\n')).join('\n\n');
    const times: number[] = [];
    for (const kb of [200, 400]) {
      let body = '';
      while (body.length < kb * 1000) body += prose + '\n\n';
      const file = path.join(t.dir, `long-${kb}-2026-03-02.txt`);
      await writeFile(file, `Monday, March 2, 2026\n\nA long compilation\n\n${body.slice(0, kb * 1000)}`);
      const r = await t.cli(`${kb} kB of prose`, ['extract', file, '-o', path.join(t.dir, `long-${kb}.ttl`)], { timeoutMs: 300_000 });
      t.answer(`${kb} kB of prose`, r, 0, 1);
      times.push(r.ms);
    }
    t.expect(times[1]! < 2.6 * times[0]!, 'linear time', `200 kB in ${Math.round(times[0]!)} ms, 400 kB in ${Math.round(times[1]!)} ms`);
    await t.leftovers('linear time');
  },
};

/** Queries through the CLI: an unknown prefix is named, names match without case or accents, time and memory are exit 3. */
const queries: TortureCase = {
  name: 'query', ci: true,
  async run(t, full) {
    const graph = path.join(t.dir, 'muscat.ttl');
    const x = await t.cli('extract for queries', ['extract', MUSCAT(), '-o', graph]);
    if (x.code !== 0) return;
    t.answer('unknown prefix', await t.cli('unknown prefix', ['query', graph, 'SELECT * WHERE { ?x foo:bar ?y }']), 2, 1, 'unknown prefix foo:');
    t.answer('query out of memory', await t.cli('query out of memory', ['query', graph, doublingQuery(28), '--max-memory', '128']), 3, 1, 'more than 128 MB of memory');
    if (!full) return t.leftovers('queries');
    // a speaker the article's own graph names, asked for in other letter case ("ANA soto")
    const speakers = await t.cli('speakers for --param', ['query', graph, 'SELECT DISTINCT ?name WHERE { ?q a nkg:Quote ; nkg:speaker ?p . ?p a schema:Person ; rdfs:label ?name }', '--format', 'csv']);
    const speaker = speakers.stdout.split('\n').slice(1).find((l) => /\S \S/.test(l))?.trim();
    t.expect(!!speaker, '--param without case or accents', `no named speaker in the graph: ${speakers.stdout.slice(0, 200)}`);
    if (speaker) {
      const [first, ...rest] = speaker.split(' ');
      const names = await t.cli('--param without case or accents', ['query', graph, '--named', 'quotes-by', '--param', `person=${[first.toUpperCase(), ...rest.map((w) => w.toLowerCase())].join(' ')}`, '--format', 'csv']);
      t.answer('--param without case or accents', names, 0, 0);
      t.expect(names.stdout.split('\n').filter((l) => l.startsWith(`${speaker},`)).length > 0, '--param without case or accents', `no rows: ${names.stdout.slice(0, 200)}`);
    }
    t.answer('query out of time', await t.cli('query out of time', ['query', graph, SLOW, '--timeout', '500']), 3, 1, 'stopped after 500 ms');
    t.answer('700 nested groups', await t.cli('700 nested groups', ['query', graph, 'SELECT * WHERE ' + '{'.repeat(700) + ' ?s ?p ?o ' + '}'.repeat(700)]), 3, 1);
    const bundle = path.join(t.dir, 'folder.html');
    const view = await t.cli('view --html of a folder', ['view', path.dirname(MUSCAT()), '--html', bundle]);
    t.answer('view --html of a folder', view, 0, 0);
    t.expect(await exists(bundle), 'view --html of a folder', 'no file written');
    await t.leftovers('queries');
  },
};

/** The server: engine-breaking and memory-hungry queries are 503 and the server keeps serving, it answers a cheap
 * query in under 100 ms while five slow ones run, refuses other sites, and answers what the --html bundle answers. */
const server: TortureCase = {
  name: 'server', ci: true,
  async run(t) {
    const trig = path.join(t.dir, 'four.trig');
    const x = await t.cli('extract four articles', ['extract', ...(await evalArticles(4)), '-o', trig]);
    if (x.code !== 0) return;
    let url = '';
    let pid = 0;
    let ended = false;
    const running = runNewskg(['serve', trig, '--port', '0', '--no-viewer', '--timeout', '1000', '--max-memory', '256', '--max-rows', '1000'], {
      timeoutMs: 180_000,
      started: (child) => {
        pid = child.pid ?? 0;
        child.stdout?.on('data', (c: Buffer) => { url ||= /http:\/\/127\.0\.0\.1:\d+/.exec(c.toString())?.[0] ?? ''; });
      },
    });
    void running.then(() => { ended = true; });
    for (let i = 0; i < 300 && !url && !ended; i++) await sleep(100);
    if (!url) {
      if (!ended) t.find('hang', 'serve', 'no URL printed in 30 s');
      signal(pid, 'SIGKILL');
      const r = await running;
      t.check('serve', r);
      t.expect(false, 'serve', `no URL printed; exit ${r.code}: ${r.stderr.slice(0, 300)}`);
      return;
    }
    const ask = (q: string, init: RequestInit = {}): Promise<Response> => fetch(`${url}/sparql?query=${encodeURIComponent(q)}`, init);
    const status = async (what: string, q: string, expected: number, contains?: string): Promise<void> => {
      const res = await ask(q);
      const body = await res.text();
      t.expect(res.status === expected && (!contains || body.includes(contains)), what, `${res.status}, expected ${expected}: ${body.slice(0, 200)}`);
    };
    try {
      await sleep(700); // the quick lane loads after the server answers
      await status('700 nested groups', 'SELECT * WHERE ' + '{'.repeat(700) + ' ?s ?p ?o ' + '}'.repeat(700), 503);
      await status('after 700 nested groups', CHEAP, 200);
      await status('2,000 nested parentheses', `SELECT * WHERE { ?s ?p ?o FILTER(${'('.repeat(2000)}true${')'.repeat(2000)}) }`, 503);
      await status('after 2,000 nested parentheses', CHEAP, 200);
      await status('unknown prefix', 'SELECT * WHERE { ?x foo:bar ?y }', 400, 'unknown prefix foo:');
      await status('an update', 'INSERT DATA { <urn:a> <urn:b> <urn:c> }', 403);
      // fetch sets Host itself: a page of a rebound name sends its own, as this raw request does
      const rebinding = await rawStatus(`${url}/sparql?query=${encodeURIComponent(CHEAP)}`, { host: `evil.example:${new URL(url).port}` });
      t.expect(rebinding === 403, 'DNS rebinding Host', `status ${rebinding}`);
      const form = await rawStatus(`${url}/sparql`, { origin: 'http://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, 'POST', `query=${encodeURIComponent(CHEAP)}`);
      t.expect(form === 403, 'cross-origin form POST', `status ${form}`);

      // memory: a row limit the engine stops at, a query past its memory share, and the memory given back
      const t0 = performance.now();
      const cross = await ask('SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 600000', { headers: { accept: 'text/csv' } });
      await cross.text();
      t.expect(cross.status === 200 && cross.headers.get('x-newskg-truncated') === '1000' && performance.now() - t0 < 5000, 'LIMIT 600000 cross product',
        `status ${cross.status}, truncated ${cross.headers.get('x-newskg-truncated')}, ${Math.round(performance.now() - t0)} ms`);
      const before = await rssKb(pid);
      await status('string doubled 28 times', doublingQuery(28), 503, 'more than 256 MB of memory');
      await sleep(1500);
      const after = await rssKb(pid);
      t.expect(after < before + 200_000, 'memory given back', `RSS ${before} kB before, ${after} kB after`);
      await status('after the doubling', CHEAP, 200);

      // five slow queries and a cheap one
      let settled = 0;
      const slow = Array.from({ length: 5 }, () => ask(SLOW).then(async (r) => { settled++; await r.text(); return r.status; }));
      await sleep(300);
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const s0 = performance.now();
        const res = await ask(CHEAP);
        await res.text();
        times.push(performance.now() - s0);
      }
      times.sort((p, q) => p - q);
      t.expect(settled === 0 && times[3]! < 100, 'a cheap query while five slow ones run', `median ${Math.round(times[3]!)} ms, ${settled} slow ones done first`);
      const slowStatuses = await Promise.all(slow);
      t.expect(slowStatuses.every((s) => s === 503), 'five slow queries', `statuses ${slowStatuses.join(' ')}`);

      // the same rows as the --html bundle
      const bundle = path.join(t.dir, 'four.html');
      const view = await t.cli('view --html', ['view', trig, '--html', bundle]);
      if (view.code === 0) {
        const html = await readFile(bundle, 'utf8');
        const turtle = JSON.parse(/<script type="application\/json" id="newskg-turtle">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '""') as string;
        const ox = createRequire(path.join(packageRoot(), 'package.json'))('oxigraph') as typeof import('oxigraph');
        const store = new ox.Store();
        store.load(turtle, { format: 'text/turtle' });
        const { PREFIX_LINE } = await import('../query/prefixes.js');
        const count = (json: string): number => Number((JSON.parse(json) as { results: { bindings: { n?: { value: string } }[] } }).results.bindings[0]?.n?.value);
        for (const q of ['SELECT (COUNT(*) AS ?n) WHERE { ?x rdfs:label ?l }', 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', 'SELECT (COUNT(*) AS ?n) WHERE { ?c a schema:Country ; ?p ?o }']) {
          const inBundle = count(store.query(`${PREFIX_LINE}\n${q}`, { results_format: 'application/sparql-results+json', use_default_graph_as_union: true }) as string);
          const fromServer = count(await (await ask(q)).text());
          t.expect(fromServer === inBundle && inBundle > 0, `server and bundle: ${q}`, `server ${fromServer} rows, bundle ${inBundle}`);
        }
      }
    } catch (e) {
      t.find('unexpected', 'server', `request failed: ${(e as Error).message}`);
    } finally {
      signal(pid, 'SIGTERM');
      const r = await running;
      t.check('serve', r);
      t.expect(r.code === 0 && r.stderr === '', 'serve on SIGTERM', `exit ${r.code}, stderr: ${r.stderr.slice(0, 300)}`);
    }
    await t.leftovers('server');
  },
};

/** A port already taken: serve and view --port say so in one line, exit 2. */
const portTaken: TortureCase = {
  name: 'port-taken', ci: true,
  async run(t) {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = String((blocker.address() as net.AddressInfo).port);
    try {
      const graph = path.join(t.dir, 'g.ttl');
      await writeFile(graph, '<https://w3id.org/newskg/id/x> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n');
      const results: [string, RunResult][] = [
        ['serve --port taken', await t.cli('serve --port taken', ['serve', graph, '--port', port, '--no-viewer'], { timeoutMs: 30_000 })],
        ['view --port taken', await t.cli('view --port taken', ['view', graph, '--port', port], { timeoutMs: 30_000 })],
      ];
      for (const [what, r] of results) t.answer(what, r, 2, 1, port);
    } finally {
      blocker.close();
    }
  },
};

export const CASES: TortureCase[] = [badFiles, commandLine, closedOutput, folders, concurrentBuilds, hardText, linear, queries, server, portTaken];
