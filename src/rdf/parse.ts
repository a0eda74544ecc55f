import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Parser, type Quad } from 'n3';
import { UserError } from '../errors.js';

// n3 parses four syntaxes synchronously; JSON-LD needs the async jsonld package.
const N3_FORMATS: Record<string, string> = {
  '.ttl': 'text/turtle',
  '.trig': 'application/trig',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
};
const JSONLD_EXTENSIONS = new Set(['.jsonld', '.json']);
const KNOWN = [...Object.keys(N3_FORMATS), '.jsonld'].join(', ');

const syntaxError = (file: string, line: number | undefined, message: string): UserError =>
  new UserError(
    `newskg: ${file}: ${line ? `line ${line}: ` : ''}${message}; fix the syntax or pass an article file`,
  );

/** Parses Turtle, TriG, N-Triples or N-Quads, chosen by the file's extension. */
export function parseRdf(text: string, file: string): Quad[] {
  const ext = extname(file).toLowerCase();
  const format = N3_FORMATS[ext];
  if (!format) {
    const hint = JSONLD_EXTENSIONS.has(ext) ? 'JSON-LD needs readGraphFile' : `pass a ${KNOWN} file`;
    throw new UserError(`newskg: ${file}: cannot parse "${ext || 'no extension'}" synchronously as RDF; ${hint}`);
  }
  try {
    return new Parser({ format }).parse(text);
  } catch (e) {
    const err = e as Error & { context?: { line?: number } };
    // n3 ends its messages with " on line N."; the line goes first in ours.
    const message = String(err.message).replace(/\s+on line \d+\.?$/, '').replace(/\.$/, '');
    throw syntaxError(file, err.context?.line, message);
  }
}

/** Line of a JSON.parse error, from "position N" in V8's message. */
function jsonErrorLine(text: string, message: string): number | undefined {
  const explicit = /line (\d+)/.exec(message);
  if (explicit) return Number(explicit[1]);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return undefined;
  return text.slice(0, Number(pos[1])).split('\n').length;
}

async function parseJsonLd(text: string, file: string): Promise<Quad[]> {
  let doc: object;
  try {
    doc = JSON.parse(text) as object;
  } catch (e) {
    const message = (e as Error).message.replace(/\s*\(line \d+ column \d+\)/, '');
    throw syntaxError(file, jsonErrorLine(text, (e as Error).message), message);
  }
  // Remote contexts would make validation depend on the network; our writers inline theirs.
  const documentLoader = async (url: string): Promise<never> => {
    throw new UserError(
      `newskg: ${file}: JSON-LD refers to the remote context ${url}, which is not fetched; inline the @context`,
    );
  };
  let nquads: string;
  try {
    const { default: jsonld } = await import('jsonld'); // 0.14 s to load: only for JSON-LD files
    nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader })) as string;
  } catch (e) {
    const cause = (e as { details?: { cause?: unknown } }).details?.cause;
    if (cause instanceof UserError) throw cause;
    if (e instanceof UserError) throw e;
    throw syntaxError(file, undefined, `not valid JSON-LD: ${(e as Error).message}`);
  }
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** Reads a graph file in any of the five syntaxes newskg reads and writes. */
export async function readGraphFile(path: string): Promise<Quad[]> {
  const ext = extname(path).toLowerCase();
  if (!N3_FORMATS[ext] && !JSONLD_EXTENSIONS.has(ext)) {
    throw new UserError(`newskg: ${path}: unknown RDF format "${ext || 'no extension'}"; pass a ${KNOWN} file`);
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder' : `cannot read (${code})`;
    throw new UserError(`newskg: ${path}: ${problem}; check the path`);
  }
  return JSONLD_EXTENSIONS.has(ext) ? parseJsonLd(text, path) : parseRdf(text, path);
}
