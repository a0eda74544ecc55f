// `newskg build … --store URL`: the corpus file, just written, is read back graph by graph and each
// graph is PUT into the store as N-Triples: one article's named graph at a time, then the merged
// entities into ENTITY_GRAPH. N-Triples because a store reads it whole or refuses it (Virtuoso 7.2
// answered a Turtle PUT of one article with HTTP 500 after storing only part of its triples), and
// after each PUT the store is asked how many triples it now holds in that graph: a store that kept
// fewer (or more) than were sent is an error naming the article and both counts.
import { DataFactory, Writer, type Quad } from 'n3';
import { parseStream } from '../corpus/existing.js';
import { isUserError } from '../errors.js';
import { ENTITY_GRAPH, ID_BASE } from '../rdf/vocab.js';
import { failed, success, type Outcome } from './http.js';
import { countGraph, putGraph, type StoreTarget } from './graph-store.js';

export interface StoreReport {
  /** Named graphs PUT (the articles' and the entity graph). */
  graphs: number;
  /** Triples sent, each counted back in the store. */
  triples: number;
}

/** Called after each graph with how many of how many are stored. */
export type StoreProgress = (done: number, total: number) => void;

/** One graph of the corpus, its triples once each. */
interface GraphBlock {
  name: string;
  ntriples: string;
  triples: number;
}

/** How a graph is named in messages: the article's slug, or "the entity graph". */
export function graphLabel(graph: string): string {
  if (graph === ENTITY_GRAPH) return `the entity graph <${graph}>`;
  const article = graph.startsWith(`${ID_BASE}article/`) ? graph.slice(`${ID_BASE}article/`.length) : undefined;
  return article ? `article ${article} (graph <${graph}>)` : `graph <${graph}>`;
}

function toBlock(name: string, quads: Quad[]): GraphBlock {
  // a triple the corpus states twice in one graph (see route.ts) is one triple in the store
  const triples = quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
  const lines = new Set(new Writer({ format: 'N-Triples' }).quadsToString(triples).split('\n').filter(Boolean));
  return { name, ntriples: [...lines].join('\n') + '\n', triples: lines.size };
}

/** The corpus's graphs in file order: each article graph is one block of the TriG, the entities (default graph) come last. */
async function* graphBlocks(corpus: string): AsyncGenerator<GraphBlock> {
  let name: string | undefined;
  let quads: Quad[] = [];
  const done = new Set<string>();
  for await (const q of parseStream(corpus)) {
    const graph = q.graph.termType === 'DefaultGraph' ? ENTITY_GRAPH : q.graph.value;
    if (graph !== name) {
      if (name !== undefined) yield toBlock(name, quads);
      // PUT replaces a graph: a graph split over two blocks would keep only its second part
      if (done.has(graph)) throw new Error(`${graphLabel(graph)} appears twice in ${corpus}; build the corpus again without --add`);
      if (name !== undefined) done.add(name);
      name = graph;
      quads = [];
    }
    quads.push(q);
  }
  if (name !== undefined) yield toBlock(name, quads);
}

/** PUTs one graph and counts it back. */
async function storeGraph(target: StoreTarget, block: GraphBlock): Promise<Outcome<void>> {
  const put = await putGraph(target, block.name, block.ntriples);
  if (!put.ok) return failed(`${graphLabel(block.name)}: ${put.error}`);
  const count = await countGraph(target, block.name);
  if (!count.ok) return failed(`${graphLabel(block.name)}: stored, but cannot count it: ${count.error}`);
  if (count.value !== block.triples) {
    return failed(`${graphLabel(block.name)}: sent ${block.triples} triples, the store holds ${count.value}; the store did not keep the graph as sent`);
  }
  return success(undefined);
}

/** Puts every graph of `corpus` into the store, in order; stops at the first graph that fails. */
export async function storeCorpus(corpus: string, target: StoreTarget, total: number, progress?: StoreProgress): Promise<Outcome<StoreReport>> {
  const report: StoreReport = { graphs: 0, triples: 0 };
  const blocks = graphBlocks(corpus);
  try {
    // the next graph is parsed while the store takes this one: one request at a time, both sides busy
    let next = blocks.next();
    for (;;) {
      const block = await next;
      if (block.done) break;
      next = blocks.next();
      // a failure below ends the loop while `next` is pending: its rejection is not the error to report
      next.catch(() => undefined);
      const stored = await storeGraph(target, block.value);
      if (!stored.ok) return stored;
      report.graphs++;
      report.triples += block.value.triples;
      progress?.(report.graphs, total);
    }
  } catch (e) {
    // the corpus file itself could not be read back (it was just written, so this is rare)
    return failed(isUserError(e) ? e.message.replace(/^build: /, '') : (e as Error).message);
  } finally {
    // stops reading the corpus when a graph failed (closes the file stream)
    await blocks.return(undefined).catch(() => undefined);
  }
  return success(report);
}
