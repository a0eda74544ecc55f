// Search over labels and aliases, with a short suggestion list under the box. On a part of a large corpus the
// server is asked too (as typing pauses), so entities not on screen yet can be found and brought in.
import type { EntityHit, ViewEntityType, ViewModel } from '../../src/graph/types.js';
import { TYPE_COLORS, TYPE_LABELS } from '../../src/graph/style.js';
import { byId, h } from './dom.js';

interface Entry { text: string; lower: string; id: string; label: string; type: ViewEntityType; mentions: number }

interface Suggestion { id: string; label: string; type: ViewEntityType; matched?: string; onScreen: boolean }

export interface Search {
  /** The entities on screen changed (a neighbourhood was brought in). */
  refresh(): void;
}

const MAX_SUGGESTIONS = 8;
/** Typing pauses this long before the server is asked. */
const ASK_AFTER_MS = 200;

export function setupSearch(vm: ViewModel, pick: (id: string) => void, askServer?: (text: string) => Promise<EntityHit[]>): Search {
  const input = byId<HTMLInputElement>('search');
  const list = byId<HTMLUListElement>('suggestions');
  let entries: Entry[] = [];
  const index = () => {
    entries = [];
    for (const n of vm.nodes) for (const text of [n.label, ...n.aliases]) entries.push({ text, lower: text.toLowerCase(), id: n.id, label: n.label, type: n.type, mentions: n.mentions });
  };
  index();
  let shown: Suggestion[] = [];
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** A pick made (Enter) while the server had not answered yet: the first of its answers is taken. */
  let pickWhenAnswered = false;

  const matches = (q: string): Suggestion[] => {
    const lq = q.trim().toLowerCase();
    if (!lq) return [];
    // Exact, then prefix, then word-start, then anywhere; one suggestion per entity.
    const rank = (e: Entry) => (e.lower === lq ? 0 : e.lower.startsWith(lq) ? 1 : e.lower.includes(' ' + lq) ? 2 : e.lower.includes(lq) ? 3 : 9);
    const scored = entries.map((e) => ({ e, r: rank(e) })).filter((x) => x.r < 9)
      .sort((a, b) => a.r - b.r || b.e.mentions - a.e.mentions || a.e.text.localeCompare(b.e.text));
    const seen = new Set<string>();
    const out: Suggestion[] = [];
    for (const { e } of scored) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      out.push({ id: e.id, label: e.label, type: e.type, onScreen: true, ...(e.text !== e.label ? { matched: e.text } : {}) });
      if (out.length === MAX_SUGGESTIONS) break;
    }
    return out;
  };

  const render = () => {
    list.replaceChildren(...shown.map((s, i) => h('li', { role: 'option', 'aria-selected': i === active ? 'true' : 'false', class: i === active ? 'active' : '',
      onmousedown: (ev: Event) => { ev.preventDefault(); choose(s); } },
    h('span', { class: 'dot', style: `background:${TYPE_COLORS[s.type]}` }),
    h('span', { class: 'sugg-label' }, s.label),
    s.matched ? h('span', { class: 'muted' }, ` “${s.matched}”`) : null,
    s.onScreen ? null : h('span', { class: 'sugg-new', title: 'Not on screen yet: picking it brings it in with its neighbours' }, 'not shown'),
    h('span', { class: 'sugg-type' }, TYPE_LABELS[s.type]))));
    list.hidden = shown.length === 0;
  };

  const choose = (s: Suggestion) => {
    input.value = s.label;
    shown = [];
    pickWhenAnswered = false;
    clearTimeout(timer);
    render();
    pick(s.id);
  };

  /** The server's entities for what is typed, after the ones on screen. */
  const ask = (asked: string) => {
    if (!askServer || asked.trim().length < 2) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      askServer(asked).then((hits) => {
        if (input.value !== asked) return;
        const have = new Set(shown.map((s) => s.id));
        const onScreen = new Set(vm.nodes.map((n) => n.id));
        for (const hit of hits) {
          if (have.has(hit.id) || shown.length >= MAX_SUGGESTIONS) continue;
          shown.push({ id: hit.id, label: hit.label, type: hit.type, onScreen: onScreen.has(hit.id), ...(hit.matched ? { matched: hit.matched } : {}) });
        }
        if (pickWhenAnswered && shown.length) choose(shown[0]!);
        else render();
      }, () => { /* a busy server: the suggestions on screen stay */ });
    }, ASK_AFTER_MS);
  };

  input.addEventListener('input', () => { shown = matches(input.value); active = 0; pickWhenAnswered = false; render(); ask(input.value); });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!shown.length) return;
      ev.preventDefault();
      active = (active + (ev.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      render();
    } else if (ev.key === 'Enter') {
      const found = shown.length ? shown : matches(input.value);
      if (found.length) choose(found[Math.min(active, found.length - 1)]!);
      else if (askServer) { pickWhenAnswered = true; ask(input.value); }
    } else if (ev.key === 'Escape') {
      shown = [];
      pickWhenAnswered = false;
      render();
    }
  });
  input.addEventListener('blur', () => { shown = []; render(); });
  return { refresh: index };
}
