import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from './types.js';

const BY_EXTENSION: Record<string, OutputFormat> = {
  '.ttl': 'turtle',
  '.trig': 'trig',
  '.nq': 'nquads',
  '.jsonld': 'jsonld',
  '.json': 'jsonld',
};

const ALIASES: Record<string, OutputFormat> = { ttl: 'turtle', 'n-quads': 'nquads', nq: 'nquads', 'json-ld': 'jsonld' };

export const EXTENSION: Record<OutputFormat, string> = { turtle: '.ttl', trig: '.trig', nquads: '.nq', jsonld: '.jsonld' };

/** `--format` wins; else the output file's extension; else Turtle (also for stdout). */
export function chooseFormat(option: string | undefined, outPath: string | undefined): OutputFormat {
  if (option !== undefined) {
    const name = option.toLowerCase();
    const format = (OUTPUT_FORMATS as readonly string[]).includes(name) ? (name as OutputFormat) : ALIASES[name];
    if (!format) {
      throw new UserError(`newskg extract: --format ${option}: unknown format; use one of ${OUTPUT_FORMATS.join(', ')}`);
    }
    return format;
  }
  const ext = outPath ? extname(outPath).toLowerCase() : '';
  // ".rdf", ".owl", ".xml" promise RDF/XML, which newskg does not write: say so rather than write Turtle in it
  if (UNWRITTEN_RDF.has(ext)) {
    throw new UserError(`newskg extract: -o ${outPath}: ${ext} is RDF/XML, which newskg does not write; use .ttl, .trig, .nq or .jsonld, or --format`);
  }
  return BY_EXTENSION[ext] || 'turtle';
}

const UNWRITTEN_RDF = new Set(['.rdf', '.owl', '.xml', '.rdfxml']);
