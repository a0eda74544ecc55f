// The SPARQL box: example queries, the run button, the results table; result entities light up in the graph.
import type { ViewModel } from '../../src/graph/types.js';
import type { Source } from './data.js';
import { byId, h } from './dom.js';
import { EXAMPLES, localRunner, serverRunner, type SparqlResults } from './query.js';
import type { ViewState } from './state.js';

export function setupQuery(source: Source, state: ViewState, vm: ViewModel, changed: () => void): void {
  const run = source.standalone ? localRunner(source.turtle) : serverRunner();
  const box = byId<HTMLTextAreaElement>('query');
  const status = byId('query-status');
  // (what the user typed while the graph loaded stays)
  if (!box.value.trim()) box.value = EXAMPLES[0].query;
  byId('examples').replaceChildren(...EXAMPLES.map((ex) => h('button', { type: 'button', class: 'chip', onclick: () => { box.value = ex.query; void go(); } }, ex.title)));
  // only the latest run speaks: an earlier one that answers late does not overwrite it
  let latest = 0;
  const go = async () => {
    const mine = ++latest;
    status.textContent = 'Running…';
    status.classList.remove('error');
    try {
      const t0 = performance.now();
      const res = await run(box.value);
      if (mine !== latest) return;
      // read now: the entities on screen grow when a neighbourhood is brought in
      const labels = new Map(vm.nodes.map((n) => [n.id, n.label]));
      const rows = res.results?.bindings ?? [];
      const count = `${res.truncated ? 'first ' : ''}${rows.length} row${rows.length === 1 ? '' : 's'}`;
      status.textContent = res.boolean !== undefined ? String(res.boolean) : `${count} · ${Math.round(performance.now() - t0)} ms`;
      showResults(res, labels);
      const hits = new Set<string>();
      for (const b of rows) for (const t of Object.values(b)) if (t.type === 'uri' && labels.has(t.value)) hits.add(t.value);
      state.focusSet(hits);
      changed();
    } catch (e) {
      if (mine !== latest) return;
      const msg = (e as Error).message;
      status.textContent = msg.length > 300 ? `${msg.slice(0, 300)}…` : msg;
      status.classList.add('error');
    }
  };
  byId('run-query').addEventListener('click', () => void go());
  box.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) void go(); });
  byId('close-results').addEventListener('click', () => { byId('results').hidden = true; state.focusSet(null); changed(); });
}

function showResults(res: SparqlResults, labels: Map<string, string>): void {
  const vars = res.head.vars ?? [];
  const rows = res.results?.bindings ?? [];
  byId('results-table').replaceChildren(
    h('thead', {}, h('tr', {}, ...vars.map((v) => h('th', {}, v)))),
    h('tbody', {}, ...rows.map((b) => h('tr', {}, ...vars.map((v) => {
      const t = b[v];
      if (!t) return h('td', {});
      const label = t.type === 'uri' ? labels.get(t.value) : undefined;
      return h('td', { title: t.value, class: label ? 'entity-cell' : '' }, label ?? t.value);
    })))));
  byId('results').hidden = false;
}
