// The statements table under the graph: sortable, filterable, and linked both ways with the graph.
// Only the rows in view are in the DOM (fixed row height), so 20,000 statements scroll and filter smoothly.
import type { StatementKind, ViewModel } from '../../../src/graph/types.js';
import { byId, h } from '../dom.js';
import type { DayRange } from '../time/days.js';
import { NO_FILTER, filterRows, narrowsGraph, sortRows, type RowFilter, type SortKey, type StatementRow } from './rows.js';

const ROW_H = 26;
const OVERSCAN = 8;
const KINDS: StatementKind[] = ['Stance', 'Quote', 'Threat', 'Meeting', 'Sanction', 'TradeFlow'];
const COLUMNS: { key: SortKey; title: string }[] = [
  { key: 'date', title: 'Date' }, { key: 'kind', title: 'Kind' }, { key: 'holder', title: 'Holder' },
  { key: 'polarity', title: 'Polarity' }, { key: 'about', title: 'Topic / words' }, { key: 'headline', title: 'Article' },
];

export interface TableActions {
  /** A row was clicked. */
  select(index: number): void;
  /** The pointer is over a row (its holder) or left it (null): the graph highlights the holder meanwhile. */
  hover(entity: string | null): void;
  /**
   * The filters changed: how to get the statement indices they keep (time aside), or null when they keep everything.
   * A function, so that a caller that waits for typing to pause computes it once.
   */
  filtered(kept: (() => Set<number>) | null): void;
}

export class StatementsTable {
  filter: RowFilter = { ...NO_FILTER };
  /** The rows passing the filters, in display order. */
  shown: StatementRow[] = [];
  /** Every row in display order: sorted once per sort change, so filtering (which keeps order) never sorts. */
  private sorted: StatementRow[];
  private sortKey: SortKey = 'date';
  private descending = false;
  private litEntity: string | null = null;
  private selected: number | null = null;
  private readonly scroll = byId('st-scroll');
  private readonly body = byId('st-rows');
  private readonly count = byId('statements-count');

  constructor(private readonly vm: ViewModel, private rows: StatementRow[], private readonly actions: TableActions) {
    this.sorted = sortRows(rows, this.sortKey, this.descending);
    this.fillChoices();
    const on = (id: string, read: (el: HTMLInputElement) => Partial<RowFilter>) => {
      const el = byId<HTMLInputElement>(id);
      el.addEventListener(el.tagName === 'SELECT' ? 'change' : 'input', () => { this.filter = { ...this.filter, ...read(el) }; this.apply(true); });
    };
    on('st-kind', (el) => ({ kind: el.value as StatementKind | '' }));
    on('st-polarity', (el) => ({ polarity: el.value }));
    on('st-holder', (el) => ({ holder: el.value }));
    on('st-text', (el) => ({ text: el.value }));
    on('st-article', (el) => ({ article: Number(el.value) }));
    byId('st-head').replaceChildren(...COLUMNS.map((c) => h('button', { type: 'button', class: 'st-col', 'data-key': c.key, onclick: () => this.sortBy(c.key) }, c.title)));
    this.scroll.addEventListener('scroll', () => this.render());
    new ResizeObserver(() => this.render()).observe(this.scroll);
    this.apply(false);
  }

  /** The kinds and articles to filter by, as the rows have them; a choice already made stays. */
  private fillChoices(): void {
    const kinds = new Set(this.rows.map((r) => r.kind));
    const kind = byId<HTMLSelectElement>('st-kind');
    const article = byId<HTMLSelectElement>('st-article');
    const [kindWas, articleWas] = [kind.value, article.value];
    kind.replaceChildren(h('option', { value: '' }, 'All kinds'), ...KINDS.filter((k) => kinds.has(k)).map((k) => h('option', { value: k }, k === 'TradeFlow' ? 'Trade' : k)));
    article.replaceChildren(h('option', { value: '-1' }, 'All articles'),
      ...this.vm.articles.map((a, i) => h('option', { value: String(i) }, a.date ? `${a.date} ${a.headline}` : `(no date) ${a.headline}`)));
    if (kindWas) kind.value = kindWas;
    if (articleWas) article.value = articleWas;
  }

  /** New rows (the view model grew: a neighbourhood was brought in); filters and sort order stay. */
  setRows(rows: StatementRow[]): void {
    this.rows = rows;
    this.sorted = sortRows(rows, this.sortKey, this.descending);
    this.fillChoices();
    // a filter that narrows the graph is resolved again, so that it keeps the new statements it matches
    this.apply(narrowsGraph(this.filter));
  }

  /** The timeline's range; the table shows only statements inside it. */
  setRange(r: DayRange | null): void {
    this.filter = { ...this.filter, range: r };
    this.apply(false);
  }

  /** Re-filters and redraws; tells the graph when a filter other than time changed. Returns the milliseconds it took. */
  apply(notify: boolean): number {
    const t0 = performance.now();
    this.shown = filterRows(this.sorted, this.filter);
    this.count.textContent = this.shown.length === this.rows.length ? String(this.rows.length) : `${this.shown.length} of ${this.rows.length}`;
    this.body.style.height = `${this.shown.length * ROW_H}px`;
    this.render();
    const ms = performance.now() - t0;
    if (notify) {
      // The graph keeps the statements these filters keep at any date: the timeline hides by date on its own.
      const f = this.filter;
      this.actions.filtered(narrowsGraph(f) ? () => new Set(filterRows(this.rows, { ...f, range: null }).map((r) => r.index)) : null);
    }
    return ms;
  }

  private sortBy(key: SortKey): void {
    this.descending = this.sortKey === key ? !this.descending : false;
    this.sortKey = key;
    this.sorted = sortRows(this.rows, key, this.descending);
    for (const b of byId('st-head').querySelectorAll<HTMLElement>('.st-col')) b.dataset.sort = b.dataset.key === key ? (this.descending ? 'desc' : 'asc') : '';
    this.apply(false);
  }

  /** Lights up the rows naming this entity and scrolls to the first of them. */
  lightEntity(id: string | null): void {
    this.litEntity = id;
    const first = id ? this.shown.findIndex((r) => r.entities.has(id)) : -1;
    if (first >= 0) this.scroll.scrollTop = Math.max(0, first * ROW_H - ROW_H);
    this.render();
  }

  /** Marks the selected statement's row (and scrolls to it when it is out of view). */
  markSelected(index: number | null): void {
    this.selected = index;
    const at = index === null ? -1 : this.shown.findIndex((r) => r.index === index);
    if (at >= 0 && (at * ROW_H < this.scroll.scrollTop || (at + 1) * ROW_H > this.scroll.scrollTop + this.scroll.clientHeight)) this.scroll.scrollTop = at * ROW_H - ROW_H;
    this.render();
  }

  private render(): void {
    const top = this.scroll.scrollTop, height = this.scroll.clientHeight || 200;
    const from = Math.max(0, Math.floor(top / ROW_H) - OVERSCAN);
    const to = Math.min(this.shown.length, Math.ceil((top + height) / ROW_H) + OVERSCAN);
    const out: Node[] = [];
    for (let i = from; i < to; i++) out.push(this.row(this.shown[i], i));
    this.body.replaceChildren(...out);
    if (!this.shown.length) this.body.replaceChildren(h('div', { class: 'st-empty muted' }, this.rows.length ? 'No statement matches these filters.' : 'The graph has no statements.'));
  }

  private row(r: StatementRow, at: number): Node {
    const lit = this.litEntity !== null && r.entities.has(this.litEntity);
    const cls = `st-row${lit ? ' lit' : ''}${r.index === this.selected ? ' selected' : ''}`;
    return h('div', { class: cls, role: 'row', tabindex: 0, 'data-index': r.index, style: `top:${at * ROW_H}px`, onclick: () => this.actions.select(r.index),
      onkeydown: (ev: Event) => { if ((ev as KeyboardEvent).key === 'Enter') this.actions.select(r.index); },
      onmouseenter: () => this.actions.hover(r.holderIds[0] ?? null), onmouseleave: () => this.actions.hover(null) },
      h('span', { class: r.date ? 'st-date' : 'st-date undated', title: r.date ? '' : 'Neither the statement nor its article has a date' }, r.date || 'no date'),
      h('span', { class: `st-kind kind-${r.kind.toLowerCase()}` }, r.kind === 'TradeFlow' ? 'Trade' : r.kind),
      h('span', { class: 'st-holder', title: r.holder }, r.holder || '—'),
      h('span', {}, r.polarity ? h('span', { class: `polarity polarity-${r.polarity.toLowerCase()}` }, r.polarity) : ''),
      h('span', { class: 'st-about', title: r.about }, r.about),
      h('span', { class: 'st-article', title: r.headline }, r.headline));
  }
}
