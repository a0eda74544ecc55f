import { readFile } from 'node:fs/promises';
import { UserError } from '../errors.js';
import {
  bindParams, namedQueryText, createEngine, DEFAULT_ENGINE_SETTINGS, formatResult, listNamedQueries, loadNamedQuery, loadEngineSources,
  QueryEndpointError, QueryResourceError, QuerySyntaxError, QueryTimeoutError, QueryUpdateError, RESULT_FORMATS, toTurtle,
  type JsonTerm, type QueryEngine, type ResultFormat,
} from '../query/index.js';
import type { Command } from './types.js';
import { HELP } from './help.js';
import { matchNames } from '../query/names.js';
import { parseCommandArgs } from './args.js';
import { connectEndpoint, EXIT_ENDPOINT, oneSource } from './endpoint.js';

/** `newskg query`'s exit code when the query ran out of time (--timeout) or memory (--max-memory). */
export const EXIT_RESOURCES = 3;

/** `newskg query`'s exit code when the --endpoint could not be reached, failed, or answered something unreadable. */
export { EXIT_ENDPOINT };

export const command: Command = {
  name: 'query',
  ...HELP.query,
  async run(argv, io) {
    const { values: o, positionals } = parseCommandArgs('query', {
      args: argv,
      allowPositionals: true,
      options: {
        file: { type: 'string' }, named: { type: 'string' }, param: { type: 'string', multiple: true },
        format: { type: 'string', default: 'table' }, timeout: { type: 'string' }, limit: { type: 'string' },
        'max-memory': { type: 'string' }, list: { type: 'boolean', default: false }, endpoint: { type: 'string' },
      },
    });
    if (o.list) {
      for (const q of await listNamedQueries()) {
        io.stdout.write(`${q.name}\n    ${q.description}\n`);
        for (const p of q.params) io.stdout.write(`    --param ${p.name}=…${p.optional ? ' (optional)' : ''}  ${p.description}\n`);
      }
      return 0;
    }
    const format = o.format as ResultFormat;
    if (!RESULT_FORMATS.includes(format)) throw new UserError(`query: unknown --format "${o.format}"; use ${RESULT_FORMATS.join(', ')}`);
    if (o.file && o.named) throw new UserError('query: give either --file or --named, not both');
    const files = [...positionals];
    let text: string;
    let bindings: Record<string, JsonTerm> = {};
    const given = parseParamArgs(o.param ?? []);
    if (o.named) {
      const named = await loadNamedQuery(o.named);
      bindings = bindParams(named, given);
      text = namedQueryText(named, bindings);
    } else {
      if (o.file) {
        text = await readFile(o.file, 'utf8').catch(() => { throw new UserError(`query: ${o.file}: cannot read the query file; check the path`); });
      } else {
        if (files.length < (o.endpoint === undefined ? 2 : 1)) throw new UserError('query: give graph or article files (or --endpoint URL) and then a query (or --file / --named); see `newskg query --help`');
        text = files.pop()!;
      }
      bindings = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, { type: 'literal', value: v } as JsonTerm]));
    }
    oneSource('query', files, o.endpoint, 'newskg query out.ttl --named threats');
    if (o.endpoint !== undefined && o['max-memory'] !== undefined) throw new UserError('query: --max-memory bounds the embedded engine; with --endpoint the endpoint bounds its own memory');
    const timeoutMs = o.timeout === undefined ? undefined : positiveInt(o.timeout, '--timeout');
    const maxRows = o.limit === undefined ? undefined : positiveInt(o.limit, '--limit');
    const queryMemoryMb = o['max-memory'] === undefined ? DEFAULT_ENGINE_SETTINGS.queryMemoryMb : positiveInt(o['max-memory'], '--max-memory');

    const engine = o.endpoint === undefined ? await embeddedEngine(files, queryMemoryMb) : await connectEndpoint('query', o.endpoint);
    try {
      // a named query's names are matched without case or accents; say when one matches nothing
      if (o.named && bindings) {
        const matched = await matchNames(engine, text, bindings);
        bindings = matched.bindings;
        for (const p of matched.unmatched) io.stderr.write(`query: no name in the data is "${given[p]}" (compared without case or accents); --param ${p} matches nothing\n`);
      }
      const result = await engine.query(text, { bindings, timeoutMs, maxRows });
      if ('endpointRowLimit' in result && result.endpointRowLimit !== undefined) {
        io.stderr.write(`query: the endpoint sent only its first ${result.endpointRowLimit} rows (its own row limit); the answer below is incomplete\n`);
      }
      // a table on a terminal cuts long values to stay readable; piped to a file or a pager, it keeps them whole
      const maxCell = (io.stdout as NodeJS.WriteStream).isTTY === true ? undefined : Infinity;
      io.stdout.write('quads' in result ? await toTurtle(result) : formatResult(result, format, { maxCell }));
      return 0;
    } catch (e) {
      const where = o.named ? `named query ${o.named}` : o.file ?? 'the query';
      if (e instanceof QuerySyntaxError || e instanceof QueryUpdateError) throw new UserError(`query: ${where}: ${e.message.replace(/^query: /, '')}`);
      if (e instanceof QueryTimeoutError || e instanceof QueryResourceError) {
        throw new UserError(`query: ${where}: ${e.message.replace(/^query: /, '').replace(/raise the (time|memory) limit$/, (_m, w: string) => `raise ${w === 'time' ? '--timeout' : '--max-memory'}`)}`, EXIT_RESOURCES);
      }
      if (e instanceof QueryEndpointError) throw new UserError(e.message, EXIT_ENDPOINT);
      throw e;
    } finally {
      await engine.close();
    }
  },
};

function parseParamArgs(list: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of list) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw new UserError(`query: --param "${p}" is not NAME=VALUE; write e.g. --param person=Okonjo`);
    out[p.slice(0, eq)] = p.slice(eq + 1);
  }
  return out;
}

function positiveInt(s: string, flag: string): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`query: ${flag} must be a positive whole number, got "${s}"`);
  return n;
}

/** The embedded engine, loaded with the files' graphs (articles are extracted first). */
async function embeddedEngine(files: string[], queryMemoryMb: number): Promise<QueryEngine> {
  const sources = await loadEngineSources(files);
  return createEngine(sources.quads, sources.texts, { queryMemoryMb });
}
