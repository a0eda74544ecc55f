import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/index.js';

const FIXTURE = 'test/fixtures/query/muscat-sample.ttl';

/** Any newskg command, its output collected. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const sink = (add: (s: string) => void): Writable => new Writable({ write(c, _e, cb) { add(String(c)); cb(); } });
  const code = await main(args, { stdout: sink((s) => (out += s)), stderr: sink((s) => (err += s)), stdin: new PassThrough() });
  return { code, out, err };
}

const run = (...argv: string[]) => cli(['query', ...argv]);

/** One column of a SPARQL JSON answer; unbound cells are "". */
const column = (json: string, name: string): string[] =>
  (JSON.parse(json) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings.map((b) => b[name]?.value ?? '');

describe('newskg query: named queries on the Muscat sample', () => {
  it.each([
    // query,                  params,                        column,            expected values (sorted)
    ['threats',               [],                             'targetName',      ['United States']],
    ['threats',               ['threatener=Tehran'],          'threatenerName',  ['Iran']],
    ['threats',               ['target=Iran'],                'threatenerName',  []],
    ['quotes-by',             ['person=Araghchi'],            'text',            ['We are ready to reach a reassuring agreement on enrichment', 'We will attack their bases in the region']],
    ['quotes-by',             ['person=Abbas Araghchi'],      'addresseeName',   ['', 'Al Jazeera']],
    ['quotes-by',             ['person=Leila Haddad'],        'text',            ['Targeting shipping makes sense on paper']],
    ['stances-on',            ['topic=enrichment'],           'polarity',        ['Supports']],
    ['stances-on',            ['topic=MISSILE'],              'position',        ['never negotiable']],
    ['meetings',              ['place=Muscat'],               'date',            ['2026-02-06']],
    ['meetings',              ['place=Dubai'],                'date',            []],
    ['people-by-affiliation', ['affiliation=Iran'],           'personName',      ['Abbas Araghchi']],
    ['mentioned-with',        ['entity=Leila Haddad'],        'otherName',       ['Abbas Araghchi', 'Al Jazeera', 'China', 'Dubai', 'Iran', 'Muscat', 'Oman', 'United States']],
    ['evidence',              ['fact=https://w3id.org/newskg/id/s/threat-1'], 'kind', ['Threat']],
    ['evidence',              ['about=Leila Haddad'],         'kind',            ['Quote']],
  ])('%s %j → %s = %j', async (name, params, col, expected) => {
    const r = await run(FIXTURE, '--named', name, ...params.flatMap((p) => ['--param', p]), '--format', 'json');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(column(r.out, col).sort()).toEqual(expected);
  });

  it.each([
    ['a quote and a brace', 'Araghchi" } UNION { ?speaker ?p ?name } #'],
    ['an IRI-closing value', 'x> } ?s ?p ?o . { <y'],
    ['a backslash', 'Araghchi\\'],
  ])('a parameter with %s stays one literal value (no rows, no error)', async (_what, value) => {
    const r = await run(FIXTURE, '--named', 'quotes-by', '--param', `person=${value}`, '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe('speakerName,text,addresseeName,evidence,article,quote');
  });

  it('lists every named query with its parameters', async () => {
    const r = await run('--list');
    for (const name of ['threats', 'quotes-by', 'stances-on', 'meetings', 'people-by-affiliation', 'mentioned-with', 'evidence']) {
      expect(r.out).toMatch(new RegExp(`^${name}\\n    \\S`, 'm'));
    }
    expect(r.out).toContain('--param person=…');
  });
});

describe('newskg query: ad-hoc SPARQL and formats', () => {
  const Q = 'SELECT ?who WHERE { ?t a nkg:Threat ; nkg:threatener ?who }';
  it.each([
    ['table', 'who\n----------\ncountry:IR\n(1 row)\n'],
    ['csv', 'who\r\nhttps://w3id.org/newskg/id/country/IR\r\n'],
    ['tsv', '?who\n<https://w3id.org/newskg/id/country/IR>\n'],
    ['json', '{"head":{"vars":["who"]},"results":{"bindings":[{"who":{"type":"uri","value":"https://w3id.org/newskg/id/country/IR"}}]}}\n'],
  ])('predeclared prefixes; --format %s', async (format, expected) => {
    const r = await run(FIXTURE, Q, '--format', format);
    expect(r.out).toBe(expected);
  });

  it('ASK prints yes or no; CONSTRUCT prints Turtle', async () => {
    expect((await run(FIXTURE, 'ASK { ?q nkg:speaker ?s }')).out).toBe('yes\n');
    expect((await run(FIXTURE, 'ASK { ?q a nkg:Sanction ; nkg:imposedBy ?who . ?who rdfs:label "China" }')).out).toBe('no\n');
    const ttl = (await run(FIXTURE, 'CONSTRUCT { ?p schema:affiliation ?o } WHERE { ?p schema:affiliation ?o }')).out;
    expect(ttl).toMatch(/@prefix schema: <https:\/\/schema\.org\/>/);
    // entity IRIs short, and no prefix declared that is never used
    expect(ttl).toMatch(/schema:affiliation country:IR/);
    expect(ttl).not.toMatch(/@prefix id:/);
  });

  it.each([
    ['a syntax error, with its position in the user text', [FIXTURE, 'SELECT ?x WHERE {\n ?x ?y }'], 'query: the query: error at 2:'],
    ['an undeclared prefix, named', [FIXTURE, 'SELECT ?x WHERE { ?x foo:bar ?y }'], 'query: the query: unknown prefix foo:; declare it with PREFIX foo: <…>, or use one of nkg, schema,'],
    ['an update', [FIXTURE, 'DELETE WHERE { ?s ?p ?o }'], 'SPARQL Update is not allowed'],
    ['an unknown named query', [FIXTURE, '--named nope'], 'no named query "nope"'],
    ['a missing required parameter', [FIXTURE, '--named quotes-by'], 'needs --param person=VALUE'],
    ['an undeclared parameter', [FIXTURE, '--named quotes-by', '--param', 'who=x'], 'takes no parameter "who"'],
    ['a missing graph file', ['nope.ttl', '--named threats'], 'nope.ttl: no such file'],
    ['an unknown format', [FIXTURE, 'ASK {}', '--format', 'yaml'], 'unknown --format "yaml"'],
  ])('%s exits 2 with a one-line message', async (_what, argv, message) => {
    const r = await run(...argv.flatMap((a) => (a.startsWith('--named ') ? a.split(' ') : [a])));
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('folders', () => {
  it('query and view take a folder for the articles in it, as extract and build do', async () => {
    const q = await cli(['query', 'data/articles', 'ASK { ?p a schema:Person ; rdfs:label "Abbas Araghchi" }']);
    expect(q.err).toBe('');
    expect(q.out).toBe('yes\n');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const html = `${mkdtempSync(`${tmpdir()}/newskg-view-`)}/v.html`;
    const v = await cli(['view', 'data/articles', '--html', html]);
    expect(v.code).toBe(0);
  });
});

describe('names in --param', () => {
  it('match without case or accents, and a name that matches nothing says so', async () => {
    const lower = await cli(['query', 'data/articles/muscat-talks-2026-02-07.txt', '--named', 'quotes-by', '--param', 'person=ARAGHCHI', '--format', 'csv']);
    expect(lower.err).toBe('');
    expect(lower.out.split('\r\n').filter((l) => l.startsWith('Abbas Araghchi,')).length).toBeGreaterThan(1);
    const none = await cli(['query', 'data/articles/muscat-talks-2026-02-07.txt', '--named', 'quotes-by', '--param', 'person=Nobody Known']);
    expect(none.code).toBe(0);
    expect(none.err).toBe('query: no name in the data is "Nobody Known" (compared without case or accents); --param person matches nothing\n');
  });
});

describe('table width', () => {
  it('piped, the table keeps whole values; on a terminal it cuts them at 80 characters', async () => {
    const runWith = async (tty: boolean) => {
      const out: string[] = [];
      const stdout = Object.assign(new PassThrough(), tty ? { isTTY: true } : {});
      stdout.on('data', (c: Buffer) => out.push(c.toString()));
      await main(['query', FIXTURE, 'SELECT ?e WHERE { ?q nkg:evidence ?e } LIMIT 50'], { stdout, stderr: new PassThrough(), stdin: new PassThrough() });
      return out.join('').split('\n').slice(2, -2);
    };
    const piped = await runWith(false);
    const terminal = await runWith(true);
    expect(Math.max(...piped.map((l) => l.length))).toBeGreaterThan(80);
    expect(piped.some((l) => l.endsWith('…'))).toBe(false);
    expect(Math.max(...terminal.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
});
