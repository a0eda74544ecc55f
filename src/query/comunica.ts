// Comunica over an N3.Store: the measured alternative to Oxigraph (see
// README.md, "Engine: Oxigraph, and why"). Kept so the bench can compare and the choice stays one line.
import { Store, type Quad } from 'n3';
import { bindValues } from './bind.js';
import { queryForm } from './form.js';
import { explainSyntaxError, withPrefixes } from './prefixes.js';
import { toJsonTerm, type JsonTerm, type RdfJsTermLike } from './terms.js';
import { QuerySyntaxError, QueryTimeoutError, type QueryEngine, type QueryResult } from './types.js';

interface BindingsLike { get(v: string): RdfJsTermLike | undefined }

export async function createComunicaEngine(quads: Iterable<Quad> | Store): Promise<QueryEngine> {
  const { QueryEngine: Comunica } = await import('@comunica/query-sparql-rdfjs');
  const store = quads instanceof Store ? quads : new Store([...quads]);
  const engine = new Comunica();
  const context = { sources: [store] as [Store], unionDefaultGraph: true };

  const run = async (text: string, maxRows: number): Promise<QueryResult> => {
    const form = queryForm(text);
    let result;
    try {
      result = await engine.query(text, context);
    } catch (e) {
      throw new QuerySyntaxError(explainSyntaxError((e as Error).message, text));
    }
    if (result.resultType === 'boolean') return { form: 'ASK', boolean: await result.execute() };
    if (result.resultType === 'quads') {
      const all = await (await result.execute()).toArray();
      const kept = all.slice(0, maxRows).map((q) => ({ subject: toJsonTerm(q.subject), predicate: toJsonTerm(q.predicate), object: toJsonTerm(q.object) }));
      return { form: form === 'DESCRIBE' ? 'DESCRIBE' : 'CONSTRUCT', quads: kept, truncated: all.length > maxRows };
    }
    if (result.resultType !== 'bindings') throw new QuerySyntaxError('query: only SELECT, ASK, CONSTRUCT and DESCRIBE are allowed');
    const vars = ((await result.metadata()).variables as unknown as ({ value?: string; variable?: { value: string } })[])
      .map((v) => v.variable?.value ?? v.value ?? '');
    const stream = await result.execute();
    const rows: Record<string, JsonTerm>[] = [];
    let truncated = false;
    for await (const b of stream as AsyncIterable<BindingsLike>) {
      if (rows.length >= maxRows) { truncated = true; break; }
      const row: Record<string, JsonTerm> = {};
      for (const v of vars) {
        const t = b.get(v);
        if (t) row[v] = toJsonTerm(t);
      }
      rows.push(row);
    }
    return { form: 'SELECT', vars, rows, truncated };
  };

  return {
    name: 'comunica',
    async query(text, options = {}) {
      const full = withPrefixes(bindValues(text, options.bindings));
      const pending = run(full, options.maxRows ?? Number.MAX_SAFE_INTEGER);
      if (options.timeoutMs === undefined) return pending;
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new QueryTimeoutError(`query: stopped after ${options.timeoutMs} ms; make the query more selective or raise the time limit`)), options.timeoutMs);
      });
      try {
        return await Promise.race([pending, limit]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {},
  };
}
