// The entity page in the side panel: everything the corpus says about one entity, grouped by article in date
// order (oldest first, as the timeline reads), each claim with its evidence sentence.
import type { ViewEvidence, ViewModel, ViewStatement } from '../../../src/graph/types.js';
import { h, type Child } from '../dom.js';

/** What the page borrows from the panel: entity links and evidence sentences that open the article. */
export interface PanelKit {
  entity(id: string): Node;
  entities(ids: string[] | undefined): Node[];
  evidence(ev: ViewEvidence[], emphasis?: string): Node;
  selectStatement(index: number): void;
}

const KIND_ORDER = ['Stance', 'Quote', 'Meeting', 'Threat', 'Sanction', 'TradeFlow'];

/** The claim's name from this entity's side: "Threatens" for the threatener, "Threatened by" for the target, … */
function roleLabel(st: ViewStatement, id: string): string {
  const is = (role: string) => st.roles[role]?.includes(id) ?? false;
  switch (st.kind) {
    case 'Stance': return is('holder') ? 'Stance' : 'Stance about it';
    case 'Quote': return is('speaker') ? 'Said' : is('addressee') ? 'Said to it' : 'Quoted about it';
    case 'Meeting': return is('mediator') ? 'Mediated' : 'Met';
    case 'Threat': return is('threatener') ? 'Threatens' : 'Threatened by';
    case 'Sanction': return is('imposedBy') ? 'Sanctions' : 'Sanctioned by';
    case 'TradeFlow': return is('exporter') ? 'Exports to' : 'Imports from';
  }
}

function summary(kit: PanelKit, st: ViewStatement): Child[] {
  const v = st.values, r = st.roles;
  switch (st.kind) {
    case 'Stance': {
      const p = v.polarity ?? 'Neutral';
      return [...kit.entities(r.holder), ' ', h('span', { class: `polarity polarity-${p.toLowerCase()}` }, p), ' ', h('strong', {}, v.topic ?? '?'), v.position ? h('span', { class: 'muted' }, ` (${v.position})`) : ''];
    }
    case 'Quote': return [...kit.entities(r.speaker), r.addressee ? h('span', { class: 'muted' }, ' to ') : '', ...kit.entities(r.addressee)];
    case 'Meeting': return [...kit.entities(r.participant), r.location ? h('span', {}, ' in ', ...kit.entities(r.location)) : '',
      v.startDate ? h('span', { class: 'muted' }, ` on ${v.startDate}`) : '', r.mediator ? h('span', { class: 'muted' }, ' mediated by ') : '', ...kit.entities(r.mediator)];
    case 'Threat': return [...kit.entities(r.threatener), h('span', { class: 'verb threat' }, ' threatens '), ...kit.entities(r.threatTarget),
      v.action ? h('div', {}, h('span', { class: 'muted' }, 'with '), v.action) : '', v.condition ? h('div', {}, h('span', { class: 'muted' }, 'if '), v.condition.replace(/^if\s+/i, '')) : ''];
    case 'Sanction': return [...kit.entities(r.imposedBy), h('span', { class: 'verb' }, ` ${v.measure ?? 'sanctions'} → `), ...(r.sanctionTarget ? kit.entities(r.sanctionTarget) : [v.sanctionTarget ?? '?'])];
    case 'TradeFlow': return [...kit.entities(r.exporter), ' → ', ...kit.entities(r.importer), v.amount ? h('span', { class: 'muted' }, ` ${formatAmount(v.amount, v.currency)}`) : '', v.year ? h('span', { class: 'muted' }, ` (${v.year})`) : ''];
  }
}

function item(kit: PanelKit, st: ViewStatement, index: number, id: string): Node {
  // A quote is shown inside its sentence, words in bold, rather than twice; on its own only when the sentence lacks it.
  const words = st.kind === 'Quote' ? (st.values.text ?? '') : '';
  const inside = !!words && st.evidence.some((e) => e.text.includes(words));
  return h('div', { class: `item item-${st.kind.toLowerCase()}` },
    h('div', { class: 'summary' },
      h('button', { type: 'button', class: 'item-label', title: 'Show in the graph and the statements table', onclick: () => kit.selectStatement(index) }, roleLabel(st, id)),
      ...summary(kit, st)),
    words && !inside ? h('div', { class: 'summary' }, h('q', {}, words)) : null,
    kit.evidence(st.evidence, inside ? words : undefined));
}

/** Statements about the entity, one section per article, oldest article first; undated articles last, flagged. */
export function entityArticles(kit: PanelKit, vm: ViewModel, id: string, statements: { st: ViewStatement; index: number }[]): Node[] {
  const byArticle = new Map<number, { st: ViewStatement; index: number }[]>();
  for (const s of statements) {
    const a = s.st.evidence[0]?.article ?? -1;
    const list = byArticle.get(a);
    if (list) list.push(s);
    else byArticle.set(a, [s]);
  }
  const date = (a: number) => vm.articles[a]?.date ?? '';
  const order = [...byArticle.keys()].sort((x, y) => (date(x) ? 0 : 1) - (date(y) ? 0 : 1) || date(x).localeCompare(date(y)) || x - y);
  return order.map((a) => {
    const art = vm.articles[a];
    const items = byArticle.get(a)!.sort((x, y) => KIND_ORDER.indexOf(x.st.kind) - KIND_ORDER.indexOf(y.st.kind) || (x.st.evidence[0]?.start ?? 0) - (y.st.evidence[0]?.start ?? 0));
    return h('section', { class: 'art-group', 'data-article': a },
      h('h3', {}, art?.headline ?? 'Article not loaded'),
      h('div', { class: 'art-meta' }, art?.date ?? h('span', { class: 'undated-flag' }, 'no date'), ` · ${items.length} statement${items.length === 1 ? '' : 's'}`),
      ...items.map(({ st, index }) => item(kit, st, index, id)));
  });
}

/** 18000000000 USD → $18 billion. */
export function formatAmount(v: string, currency?: string): string {
  const n = Number(v);
  if (!Number.isFinite(n)) return v;
  const s = n >= 1e9 ? `${+(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `${+(n / 1e6).toFixed(2)} million` : n.toLocaleString('en');
  return currency === 'USD' ? `$${s}` : `${s}${currency ? ' ' + currency : ''}`;
}
