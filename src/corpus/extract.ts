// One article as a build needs it: its graph as N-Quads text and the identity facts of its triples.
// Plain data, so that a worker thread can produce it (see pool.ts) and the result is the same bytes.
import { Writer } from 'n3';
import { UserError } from '../errors.js';
import { extractArticle } from '../query/load.js';
import { identityFacts, type IdentityFacts } from './identity.js';

export interface ExtractedForCorpus {
  file: string;
  /** The article node's IRI, which names its graph. */
  iri: string;
  nquads: string;
  facts: IdentityFacts;
}

export async function extractForCorpus(file: string, date: string | undefined): Promise<ExtractedForCorpus> {
  const { iri, quads } = await extractArticle(file, true, date);
  if (!iri) throw new UserError(`build: ${file}: the extraction has no schema:NewsArticle node; report this as a bug`);
  const w = new Writer({ format: 'N-Quads' });
  let nquads = '';
  for (const q of quads) nquads += w.quadToString(q.subject, q.predicate, q.object, q.graph);
  return { file, iri, nquads, facts: identityFacts(quads) };
}

/** The articles extracted one after another, in order (`pool.ts` does the same on several threads). */
export async function* extractInOrder(files: string[], date: string | undefined): AsyncGenerator<ExtractedForCorpus> {
  for (const file of files) yield await extractForCorpus(file, date);
}
