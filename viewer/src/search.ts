// Search over labels and aliases, with a short suggestion list under the box.
import type { ViewModel, ViewNode } from '../../src/graph/types.js';
import { TYPE_COLORS, TYPE_LABELS } from '../../src/graph/style.js';
import { byId, h } from './dom.js';

interface Entry { text: string; lower: string; node: ViewNode }

export function setupSearch(vm: ViewModel, pick: (id: string) => void): void {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  const entries: Entry[] = [];
  for (const node of vm.nodes) for (const text of [node.label, ...node.aliases]) entries.push({ text, lower: text.toLowerCase(), node });
  let shown: Entry[] = [];
  let active = 0;

  const matches = (q: string): Entry[] => {
    const lq = q.trim().toLowerCase();
    if (!lq) return [];
    // Exact, then prefix, then word-start, then anywhere; one suggestion per entity.
    const rank = (e: Entry) => (e.lower === lq ? 0 : e.lower.startsWith(lq) ? 1 : e.lower.includes(' ' + lq) ? 2 : e.lower.includes(lq) ? 3 : 9);
    const scored = entries.map((e) => ({ e, r: rank(e) })).filter((x) => x.r < 9)
      .sort((a, b) => a.r - b.r || b.e.node.mentions - a.e.node.mentions || a.e.text.localeCompare(b.e.text));
    const seen = new Set<string>();
    const out: Entry[] = [];
    for (const { e } of scored) {
      if (seen.has(e.node.id)) continue;
      seen.add(e.node.id);
      out.push(e);
      if (out.length === 8) break;
    }
    return out;
  };

  const render = () => {
    list.replaceChildren(...shown.map((e, i) => h('li', { role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: i === active ? 'active' : '',
      onmousedown: (ev: Event) => { ev.preventDefault(); choose(e); } },
    h('span', { class: 'dot', style: `background:${TYPE_COLORS[e.node.type]}` }),
    h('span', { class: 'sugg-label' }, e.node.label),
    e.text !== e.node.label ? h('span', { class: 'muted' }, ` “${e.text}”`) : null,
    h('span', { class: 'sugg-type' }, TYPE_LABELS[e.node.type]))));
    list.hidden = shown.length === 0;
  };

  const choose = (e: Entry) => {
    input.value = e.node.label;
    shown = [];
    render();
    pick(e.node.id);
  };

  input.addEventListener('input', () => { shown = matches(input.value); active = 0; render(); });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!shown.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      render();
    } else if (ev.key === 'Enter') {
      const list = shown.length ? shown : matches(input.value);
      if (list.length) choose(list[Math.min(active, list.length - 1)]);
    } else if (ev.key === 'Escape') {
      shown = [];
      render();
    }
  });
  input.addEventListener('blur', () => { shown = []; render(); });
}
