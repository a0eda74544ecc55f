// Ready-made queries: queries/*.rq, each starting with comment lines
//   # NAME: what it answers
//   # param NAME (optional, iri): what the parameter means
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { isSafeIri, type JsonTerm } from './terms.js';

/** The shipped queries folder. */
export const queriesDir = (): string => path.join(packageRoot(), 'queries');

export interface NamedParam {
  name: string;
  description: string;
  optional: boolean;
  iri: boolean;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: NamedParam[];
  text: string;
  file: string;
}

export function parseNamedQuery(file: string, text: string): NamedQuery {
  const name = path.basename(file, '.rq');
  let description = '';
  const params: NamedParam[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('#')) break;
    const p = /^#\s*param\s+([A-Za-z_]\w*)\s*(?:\(([^)]*)\))?\s*:\s*(.*)$/.exec(line);
    if (p) {
      const flags = (p[2] ?? '').split(/[,\s]+/);
      params.push({ name: p[1]!, optional: flags.includes('optional'), iri: flags.includes('iri'), description: p[3]!.trim() });
      continue;
    }
    const d = /^#\s*[\w-]+\s*:\s*(.*)$/.exec(line);
    if (d && !description) description = d[1]!.trim();
  }
  return { name, description, params, text, file };
}

export async function listNamedQueries(dir = queriesDir()): Promise<NamedQuery[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.rq')).sort();
  return Promise.all(files.map(async (f) => parseNamedQuery(path.join(dir, f), await readFile(path.join(dir, f), 'utf8'))));
}

export async function loadNamedQuery(name: string, dir = queriesDir()): Promise<NamedQuery> {
  const all = await listNamedQueries(dir);
  const found = all.find((q) => q.name === name);
  if (!found) {
    throw new UserError(`query: no named query "${name}"; choose one of ${all.map((q) => q.name).join(', ')} (see \`newskg query --list\`)`);
  }
  return found;
}

/**
 * The query text for the parameters given: a line ending in `# if NAME` is
 * kept only when NAME is given, so an optional filter costs nothing when unused.
 * This edits only our own query lines; values still arrive as a VALUES block.
 */
export function namedQueryText(q: NamedQuery, bindings: Record<string, unknown>): string {
  return q.text
    .split('\n')
    .filter((line) => {
      const m = /#\s*if\s+([A-Za-z_]\w*)\s*$/.exec(line);
      return !m || m[1]! in bindings;
    })
    .join('\n');
}

/** Checks `--param` values against the query's declared parameters and types them as RDF terms. */
export function bindParams(q: NamedQuery, given: Record<string, string>): Record<string, JsonTerm> {
  const out: Record<string, JsonTerm> = {};
  for (const name of Object.keys(given)) {
    if (!q.params.some((p) => p.name === name)) {
      const known = q.params.map((p) => p.name).join(', ') || 'none';
      throw new UserError(`query: "${q.name}" takes no parameter "${name}" (it takes: ${known}); fix the --param name`);
    }
  }
  for (const p of q.params) {
    const value = given[p.name];
    if (value === undefined) {
      if (!p.optional) throw new UserError(`query: "${q.name}" needs --param ${p.name}=VALUE (${p.description})`);
      continue;
    }
    if (p.iri) {
      const iri = value.replace(/^<(.*)>$/, '$1');
      if (!isSafeIri(iri)) throw new UserError(`query: --param ${p.name} must be an absolute IRI, got ${JSON.stringify(value)}; give e.g. https://w3id.org/newskg/id/…`);
      out[p.name] = { type: 'uri', value: iri };
    } else {
      out[p.name] = { type: 'literal', value };
    }
  }
  return out;
}
