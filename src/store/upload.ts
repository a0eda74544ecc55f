// `newskg build … --store URL`: the corpus file, just written, is read back graph by graph and each
// graph is PUT into the store as N-Triples: each article's named graph (a few at once), then the merged
// entities into ENTITY_GRAPH (a graph over PART_TRIPLES in parts: the first PUT, the rest POSTed). N-Triples because a store reads it whole or refuses it (Virtuoso 7.2
// answered a Turtle PUT of one article with HTTP 500 after storing only part of its triples), and
// after each PUT the store is asked how many triples it now holds in that graph: a store that kept
// fewer (or more) than were sent is an error naming the article and both counts.
import { DataFactory, Writer, type Quad } from 'n3';
import { parseStream } from '../corpus/existing.js';
import { isUserError } from '../errors.js';
import { detach } from '../util/detach.js';
import { ENTITY_GRAPH, ID_BASE } from '../rdf/vocab.js';
import { failed, success, type Outcome } from './http.js';
import { countGraph, PART_TRIPLES, sendGraph, type StoreTarget } from './graph-store.js';

export interface StoreReport {
  /** Named graphs PUT (the articles' and the entity graph). */
  graphs: number;
  /** Triples sent, each counted back in the store. */
  triples: number;
}

/** Called after each graph with how many of how many are stored. */
export type StoreProgress = (done: number, total: number) => void;

/**
 * A part of one graph of the corpus, its triples once each. A graph comes in one part, or, when it is
 * larger than a request should be, in several: the first replaces the graph, the others add to it.
 */
export interface GraphPart {
  name: string;
  ntriples: string;
  first: boolean;
  /** On the graph's last part: how many distinct triples the whole graph has (what the store must then hold). */
  total?: number;
}

/** How a graph is named in messages: the article's slug, or "the entity graph". */
export function graphLabel(graph: string): string {
  if (graph === ENTITY_GRAPH) return `the entity graph <${graph}>`;
  const article = graph.startsWith(`${ID_BASE}article/`) ? graph.slice(`${ID_BASE}article/`.length) : undefined;
  return article ? `article ${article} (graph <${graph}>)` : `graph <${graph}>`;
}

/** The N-Triples lines of `quads` not yet in `seen` (a triple the corpus states twice in one graph, see route.ts, is one triple in the store). */
function newLines(quads: Quad[], seen: Set<string>): string[] {
  const triples = quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const fresh: string[] = [];
  for (const line of new Writer({ format: 'N-Triples' }).quadsToString(triples).split('\n')) {
    if (line && !seen.has(line)) {
      seen.add(line);
      fresh.push(line);
    }
  }
  return fresh;
}

/** The corpus's graphs in file order, in parts of at most `size` triples: each article graph is one block of the TriG, the entities (default graph) come last. */
export async function* graphParts(corpus: string, size: number): AsyncGenerator<GraphPart> {
  let name: string | undefined;
  let quads: Quad[] = [];
  let seen = new Set<string>();
  let sent = 0;
  const done = new Set<string>();
  const part = (last: boolean): GraphPart => {
    const lines = newLines(quads, seen);
    quads = [];
    const p: GraphPart = { name: name!, ntriples: lines.length ? lines.join('\n') + '\n' : '', first: sent++ === 0 };
    return last ? { ...p, total: seen.size } : p;
  };
  for await (const q of parseStream(corpus)) {
    const graph = q.graph.termType === 'DefaultGraph' ? ENTITY_GRAPH : q.graph.value;
    if (graph !== name) {
      if (name !== undefined) yield part(true);
      // PUT replaces a graph: a graph split over two blocks of the file would keep only its second block
      if (done.has(graph)) throw new Error(`${graphLabel(graph)} appears twice in ${corpus}; build the corpus again without --add`);
      // (detached: a name parsed from the file is a slice of a 64 KB chunk of it, which the set would keep, one chunk per graph)
      if (name !== undefined) done.add(detach(name));
      name = graph;
      seen = new Set();
      sent = 0;
    }
    quads.push(q);
    if (quads.length >= size) yield part(false);
  }
  if (name !== undefined) yield part(true);
}

/** Sends one part (PUT for a graph's first, POST for the others) and, after its last, counts the graph back. */
async function storePart(target: StoreTarget, part: GraphPart): Promise<Outcome<void>> {
  // (a last part left empty, the triples having filled the parts before it exactly, is not sent)
  if (part.first || part.ntriples) {
    const sent = await sendGraph(target, part.name, part.ntriples, part.first ? 'PUT' : 'POST');
    if (!sent.ok) return failed(`${graphLabel(part.name)}: ${sent.error}`);
  }
  if (part.total === undefined) return success(undefined);
  const count = await countGraph(target, part.name);
  if (!count.ok) return failed(`${graphLabel(part.name)}: stored, but cannot count it: ${count.error}`);
  if (count.value !== part.total) {
    return failed(`${graphLabel(part.name)}: sent ${part.total} triples, the store holds ${count.value}; the store did not keep the graph as sent`);
  }
  return success(undefined);
}

/**
 * Requests to the store at once. One at a time, a load of 100,000 graphs waits on each answer in turn
 * (Virtuoso answered 1,000–2,000 graphs a minute so); graphs are independent, so several are sent
 * together, while the parts of one graph still go in order (PUT, POSTs, then the count).
 */
export const STORE_REQUESTS = 4;

/** Puts every graph of `corpus` into the store, `target.requests` graphs at a time; stops sending at the first graph that fails. */
export async function storeCorpus(corpus: string, target: StoreTarget, total: number, progress?: StoreProgress): Promise<Outcome<StoreReport>> {
  const report: StoreReport = { graphs: 0, triples: 0 };
  const limit = Math.max(1, target.requests ?? STORE_REQUESTS);
  const blocks = graphParts(corpus, target.partTriples ?? PART_TRIPLES);
  // the outcome of the part sent last: a graph's parts come one after another (graphParts), so a part that is not
  // its graph's first waits for the one before it, and no other graph's
  let previous: Promise<Outcome<void>> | undefined;
  const inFlight = new Set<Promise<void>>();
  let failure: string | undefined;
  try {
    for await (const part of blocks) {
      // (the parser reads the next graph while these requests are out: both sides busy)
      while (inFlight.size >= limit && failure === undefined) await Promise.race(inFlight);
      if (failure !== undefined) break;
      const before = part.first ? undefined : previous;
      const sent = (async (): Promise<Outcome<void>> => {
        const earlier = await before;
        return earlier && !earlier.ok ? earlier : storePart(target, part);
      })();
      previous = sent;
      const settled: Promise<void> = sent.then((outcome) => {
        inFlight.delete(settled);
        if (!outcome.ok) failure ??= outcome.error;
        else if (part.total !== undefined) {
          report.graphs++;
          report.triples += part.total;
          progress?.(report.graphs, total);
        }
      });
      inFlight.add(settled);
    }
  } catch (e) {
    // the corpus file itself could not be read back (it was just written, so this is rare)
    failure ??= isUserError(e) ? e.message.replace(/^build: /, '') : (e as Error).message;
  } finally {
    await Promise.all(inFlight);
    // stops reading the corpus when a graph failed (closes the file stream)
    await blocks.return(undefined).catch(() => undefined);
  }
  return failure === undefined ? success(report) : failed(failure);
}
