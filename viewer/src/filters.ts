// The legend on the left: tick boxes per entity type, relation kind and article (with its date, undated ones flagged),
// and the switch that brings back entities with no visible relation.
import type { EntityGraph } from '../../src/graph/build.js';
import { ENTITY_TYPES, RELATION_COLORS, RELATION_KINDS, RELATION_LABELS, TYPE_COLORS, TYPE_LABELS } from '../../src/graph/style.js';
import type { ViewModel } from '../../src/graph/types.js';
import { byId, h } from './dom.js';
import type { ViewState } from './state.js';

export interface Filters {
  /** Counts and lists again (the graph grew: a neighbourhood was brought in); what is ticked stays. */
  refresh(): void;
}

export function setupFilters(vm: ViewModel, graph: EntityGraph, state: ViewState, changed: () => void): Filters {
  const isolated = byId<HTMLInputElement>('show-isolated');
  isolated.checked = state.showIsolated;
  isolated.addEventListener('change', () => { state.showIsolated = isolated.checked; changed(); });
  const render = () => renderLists(vm, graph, state, changed);
  render();
  return { refresh: render };
}

function renderLists(vm: ViewModel, graph: EntityGraph, state: ViewState, changed: () => void): void {
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_, a) => typeCounts.set(a.entityType, (typeCounts.get(a.entityType) ?? 0) + 1));
  const kindCounts = new Map<string, number>();
  graph.forEachEdge((_, a) => kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1));
  const row = (name: string, on: boolean, swatch: Node, label: Node | string, count: number, onToggle: (on: boolean) => void) =>
    h('li', {}, h('label', { class: 'filter' },
      h('input', { type: 'checkbox', checked: on, name, onchange: (ev: Event) => { onToggle((ev.target as HTMLInputElement).checked); changed(); } }),
      swatch, h('span', { class: 'filter-label' }, label), h('span', { class: 'count' }, count)));
  byId('type-filters').replaceChildren(...ENTITY_TYPES.filter((t) => typeCounts.get(t)).map((t) =>
    row(`type-${t}`, !state.hiddenTypes.has(t), h('span', { class: 'dot', style: `background:${TYPE_COLORS[t]}` }), TYPE_LABELS[t], typeCounts.get(t) ?? 0,
      (on) => (on ? state.hiddenTypes.delete(t) : state.hiddenTypes.add(t)))));
  byId('kind-filters').replaceChildren(...RELATION_KINDS.filter((k) => kindCounts.get(k)).map((k) =>
    row(`kind-${k}`, !state.hiddenKinds.has(k), h('span', { class: 'line', style: `background:${RELATION_COLORS[k]}` }), RELATION_LABELS[k], kindCounts.get(k) ?? 0,
      (on) => (on ? state.hiddenKinds.delete(k) : state.hiddenKinds.add(k)))));

  if (vm.articles.length > 1) {
    byId('article-section').hidden = false;
    const entities = new Array<number>(vm.articles.length).fill(0);
    for (const n of vm.nodes) for (const a of n.articles) entities[a]++;
    // Oldest first; undated ones last, flagged, since nothing they say can be placed on the timeline.
    const order = vm.articles.map((a, i) => ({ a, i })).sort((x, y) => (x.a.date ? 0 : 1) - (y.a.date ? 0 : 1) || (x.a.date ?? '').localeCompare(y.a.date ?? '') || x.i - y.i);
    const undated = order.filter(({ a }) => !a.date).length;
    const badge = byId('undated-count');
    badge.hidden = undated === 0;
    badge.textContent = `${undated} undated`;
    byId('article-filters').replaceChildren(...order.map(({ a, i }) =>
      row(`article-${i}`, !state.hiddenArticles.has(i), h('span', { class: 'doc' }),
        h('span', { class: a.date ? 'article-name' : 'article-name undated' },
          a.headline, a.date ? h('span', { class: 'art-date' }, a.date) : h('span', { class: 'art-date' }, h('span', { class: 'undated-flag', title: 'The article has no publication date: its statements are not on the timeline' }, 'no date'))),
        entities[i],
        (on) => (on ? state.hiddenArticles.delete(i) : state.hiddenArticles.add(i)))));
  }
}
