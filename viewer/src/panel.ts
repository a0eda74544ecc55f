// The side panel: what the graph says about a node or an edge, each claim with its evidence sentence.
import type { ViewEdge, ViewEvidence, ViewModel, ViewNode, ViewStatement } from '../../src/graph/types.js';
import { RELATION_COLORS, RELATION_LABELS, TYPE_COLORS, TYPE_LABELS } from '../../src/graph/style.js';
import { byId, h } from './dom.js';
import { entityArticles, formatAmount, type PanelKit } from './entity/page.js';

export interface PanelActions {
  selectNode(id: string): void;
  selectStatement(index: number): void;
  /** On a part of a large corpus: bring in the entity's neighbours, and whether that is done or under way. */
  expand?(id: string): void;
  expansion?(id: string): 'no' | 'loading' | 'done';
  /** On a part of a large corpus: an article's text, which the part leaves on the server. */
  articleText?(article: string): Promise<string>;
}

const FACT_LABELS: Record<string, string> = {
  jobTitle: 'Role',
  affiliation: 'Affiliated with',
  nationality: 'Nationality',
  homeLocation: 'Based in',
  containedInPlace: 'Located in',
};
const HOLDER_ROLE: Record<ViewStatement['kind'], string> = {
  Quote: 'speaker', Stance: 'holder', Threat: 'threatener', Meeting: 'participant', Sanction: 'imposedBy', TradeFlow: 'exporter',
};
const FACT_EDGE: Record<string, string> = { affiliation: 'affiliation', nationality: 'nationality', homeLocation: 'basedIn', containedInPlace: 'locatedIn' };

/** "2,403 mentions in 611 articles": over the whole corpus when the model is a part of it ("10,000+" past the count's bound). */
function mentionLine(n: ViewNode): string {
  const plus = n.corpus?.atLeast ? '+' : '';
  const mentions = n.corpus?.mentions ?? n.mentions;
  const articles = n.corpus?.articles ?? n.articles.length;
  return `${mentions.toLocaleString('en-US')}${plus} mention${mentions === 1 ? '' : 's'} in ${articles.toLocaleString('en-US')}${plus} article${articles === 1 ? '' : 's'}`;
}

export class Panel implements PanelKit {
  private readonly root = byId('panel');
  private readonly body = byId('panel-body');
  private nodes = new Map<string, ViewNode>();
  private edges = new Map<string, ViewEdge>();
  /** Statements by every entity they name (roles, and the targets of stances and quotes), for the entity page. */
  private byEntity = new Map<string, { st: ViewStatement; index: number }[]>();
  private statementIndex = new Map<string, number>();
  /** What the panel shows, to show it again when the data grows. */
  private showing: { node: string } | { edge: string } | { statement: number } | null = null;

  constructor(private readonly vm: ViewModel, private readonly actions: PanelActions, onClose: () => void) {
    this.index();
    byId('close-panel').addEventListener('click', onClose);
    byId('close-article').addEventListener('click', () => byId<HTMLDialogElement>('article-dialog').close());
  }

  private index(): void {
    const vm = this.vm;
    this.nodes = new Map(vm.nodes.map((n) => [n.id, n]));
    this.edges = new Map(vm.edges.map((e) => [e.id, e]));
    this.statementIndex = new Map(vm.statements.map((s, i) => [s.id, i]));
    this.byEntity = new Map();
    vm.statements.forEach((st, index) => {
      for (const id of new Set([...Object.values(st.roles).flat(), ...(st.targets ?? [])])) {
        if (!this.nodes.has(id)) continue;
        const list = this.byEntity.get(id);
        if (list) list.push({ st, index });
        else this.byEntity.set(id, [{ st, index }]);
      }
    });
  }

  /** The view model grew (a neighbourhood was brought in): index it again and show the open page with what it gained. */
  dataChanged(): void {
    this.index();
    this.refresh();
  }

  /** Shows the open page again (its expand button's state, or new statements). */
  refresh(): void {
    const s = this.showing;
    if (!s || this.root.hidden) return;
    const top = this.root.scrollTop;
    if ('node' in s) this.showNode(s.node);
    else if ('edge' in s) this.showEdge(s.edge);
    else this.showStatement(s.statement);
    this.root.scrollTop = top;
  }

  hide(): void {
    this.root.hidden = true;
    this.showing = null;
  }

  private show(...children: (Node | null)[]): void {
    this.body.replaceChildren(...children.filter((c): c is Node => c !== null));
    this.root.hidden = false;
    this.root.scrollTop = 0;
  }

  entity(id: string): Node {
    const n = this.nodes.get(id);
    if (!n) return h('span', {}, id.replace(/^.*\//, ''));
    return h('button', { type: 'button', class: 'entity-link', onclick: () => this.actions.selectNode(id) },
      h('span', { class: 'dot', style: `background:${TYPE_COLORS[n.type]}` }), n.label);
  }

  entities(ids: string[] | undefined): Node[] {
    const out: Node[] = [];
    (ids ?? []).forEach((id, i) => { if (i) out.push(document.createTextNode(', ')); out.push(this.entity(id)); });
    return out;
  }

  /** Evidence sentences as buttons that open the article; `emphasis` (a quote's words) is set in bold inside. */
  evidence(ev: ViewEvidence[], emphasis?: string): Node {
    return h('div', { class: 'evidence-list' }, ...ev.map((e) => {
      const art = this.vm.articles[e.article];
      const at = emphasis ? e.text.indexOf(emphasis) : -1;
      const text = at < 0 ? h('span', { class: 'evidence-text' }, e.text)
        : h('span', { class: 'evidence-text' }, e.text.slice(0, at), h('strong', { class: 'quoted' }, emphasis), e.text.slice(at + (emphasis ?? '').length));
      return h('button', { type: 'button', class: 'evidence', title: art ? `Show in “${art.headline}”` : 'Source article not loaded', onclick: () => this.openArticle(e) },
        text,
        this.vm.articles.length > 1 && art ? h('span', { class: 'evidence-source' }, art.headline) : null);
    }));
  }

  private section(title: string, items: Node[]): Node | null {
    return items.length ? h('section', { class: 'panel-section' }, h('h3', {}, title, h('span', { class: 'count' }, items.length)), ...items) : null;
  }

  /** The entity page: names, links, facts, then every statement naming it, grouped by article and date. */
  showNode(id: string): void {
    const n = this.nodes.get(id);
    if (!n) return;
    this.showing = { node: id };
    const sts = this.byEntity.get(id) ?? [];
    const links = n.sameAs.map((u) => h('a', { href: u, target: '_blank', rel: 'noopener noreferrer', class: 'ext' },
      u.includes('wikidata.org') ? `Wikidata ${u.replace(/^.*\//, '')}` : u.includes('geonames.org') ? `GeoNames ${u.replace(/\/$/, '').replace(/^.*\//, '')}` : u));
    const facts = n.facts.map((f) => {
      const edge = f.isEntity ? this.edges.get(`${FACT_EDGE[f.predicate]}|${id}|${f.value}`) : undefined;
      return h('div', { class: 'item' },
        h('div', { class: 'summary' }, h('span', { class: 'muted' }, `${FACT_LABELS[f.predicate]}: `), f.isEntity ? this.entity(f.value) : h('strong', {}, f.value)),
        edge?.evidence.length ? this.evidence(edge.evidence) : null);
    });
    const counts = new Map<string, number>();
    for (const { st } of sts) counts.set(st.kind, (counts.get(st.kind) ?? 0) + 1);
    const articleCount = new Set(sts.map(({ st }) => st.evidence[0]?.article)).size;
    this.show(
      h('header', { class: 'panel-head' },
        h('span', { class: 'type-badge', style: `background:${TYPE_COLORS[n.type]}` }, TYPE_LABELS[n.type]),
        ...n.subtypes.map((t) => h('span', { class: 'subtype' }, t.replace(/([a-z])([A-Z])/g, '$1 $2'))),
        h('h2', { class: 'panel-title' }, n.label),
        n.aliases.length ? h('p', { class: 'aliases' }, h('span', { class: 'muted' }, 'Also: '), n.aliases.join(' · ')) : null,
        h('p', { class: 'muted small' }, mentionLine(n), ...links.flatMap((l) => [' · ', l])),
        sts.length ? h('p', { class: 'muted small' }, `${sts.length} statement${sts.length === 1 ? '' : 's'} in ${articleCount} article${articleCount === 1 ? '' : 's'}${this.vm.scope ? ' loaded so far' : ''}: `,
          [...counts].map(([k, c]) => `${c} ${k === 'TradeFlow' ? 'trade' : k.toLowerCase()}`).join(', ')) : null,
        this.expandButton(id)),
      this.section('Roles and facts', facts),
      ...entityArticles(this, this.vm, id, sts),
    );
  }

  /** On a part of a large corpus: the button that brings in the entity's neighbours. */
  private expandButton(id: string): Node | null {
    const { expand, expansion } = this.actions;
    if (!expand || !expansion) return null;
    const state = expansion(id);
    const text = state === 'done' ? 'Neighbours shown' : state === 'loading' ? 'Bringing in its neighbours…' : 'Expand: bring in its neighbours';
    return h('p', {}, h('button', { type: 'button', id: 'expand', class: 'primary', disabled: state !== 'no', onclick: () => expand(id),
      title: 'Ask the server for the entities linked to this one, and add them to the graph (also: double-click the node)' }, text));
  }

  selectStatement(index: number): void {
    this.actions.selectStatement(index);
  }

  showEdge(id: string): void {
    const e = this.edges.get(id);
    if (!e) return;
    this.showing = { edge: id };
    // on a part of a large corpus an edge carries a few of its statements; say how many there are
    const sample = e.found ? h('p', { class: 'muted small sample-note' }, `${e.statements.length} of ${e.found.toLocaleString('en-US')} statements found behind this link`) : null;
    const sts = e.statements.map((s) => this.vm.statements[this.statementIndex.get(s) ?? -1]).filter((s): s is ViewStatement => !!s);
    const head = h('header', { class: 'panel-head' },
      h('span', { class: 'type-badge', style: `background:${RELATION_COLORS[e.kind]}` }, RELATION_LABELS[e.kind]),
      h('h2', { class: 'panel-title edge-title' }, this.entity(e.source), h('span', { class: 'verb' }, ` ${RELATION_LABELS[e.kind]} `), this.entity(e.target)));
    // Stances and quotes: each statement on its own, polarity or words first, then its sentence.
    if (sts.length && sts.every((s) => s.kind === 'Stance' || s.kind === 'Quote')) {
      this.show(head, sample, h('section', { class: 'panel-section' }, h('h3', {}, sts[0].kind === 'Quote' ? 'Quotes' : 'Stances', h('span', { class: 'count' }, sts.length)),
        ...sts.map((s) => this.statementBlock(s))));
      return;
    }
    const details = sts.flatMap((s) => Object.entries(s.values).filter(([k]) => k !== 'polarity').map(([k, v]) =>
      h('div', { class: 'kv' }, h('span', { class: 'muted' }, `${k.replace(/([a-z])([A-Z])/g, '$1 $2')}: `), k === 'amount' ? formatAmount(v, s.values.currency) : v)));
    this.show(
      head,
      sample,
      details.length ? h('section', { class: 'panel-section' }, ...details) : null,
      h('section', { class: 'panel-section' }, h('h3', {}, e.evidence.length === 1 ? 'Evidence' : 'Evidence sentences', h('span', { class: 'count' }, e.evidence.length)),
        e.evidence.length ? this.evidence(e.evidence) : h('p', { class: 'muted' }, 'The graph gives no sentence for this edge.')),
    );
  }

  /** One stance or quote: polarity and topic, or the words in bold inside their sentence; with date and article. */
  private statementBlock(s: ViewStatement): Node {
    const when = h('div', { class: 'muted small' }, s.date ?? 'no date', s.values.position ? ` · “${s.values.position}”` : '');
    if (s.kind === 'Quote') {
      const words = s.values.text ?? '';
      const inside = s.evidence.some((e) => e.text.includes(words));
      return h('div', { class: 'item item-quote' }, when, !inside ? h('div', { class: 'summary' }, h('q', {}, words)) : null,
        this.evidence(s.evidence, inside ? words : undefined));
    }
    const polarity = s.values.polarity ?? 'Neutral';
    return h('div', { class: 'item item-stance' },
      h('div', { class: 'summary' }, h('span', { class: `polarity polarity-${polarity.toLowerCase()}` }, polarity), ' ', h('strong', {}, s.values.topic ?? '?')),
      when, this.evidence(s.evidence));
  }

  /** A statement picked in the table: who, what kind, about what, when, and its evidence. */
  showStatement(index: number): void {
    const s = this.vm.statements[index];
    if (!s) return;
    this.showing = { statement: index };
    const roles = Object.entries(s.roles).filter(([, ids]) => ids.some((id) => this.nodes.has(id))).map(([role, ids]) =>
      h('div', { class: 'kv' }, h('span', { class: 'muted' }, `${role.replace(/([a-z])([A-Z])/g, '$1 $2')}: `), ...this.entities(ids.filter((id) => this.nodes.has(id)))));
    const targets = s.targets?.length ? h('div', { class: 'kv' }, h('span', { class: 'muted' }, s.kind === 'Quote' ? 'names: ' : 'topic names: '), ...this.entities(s.targets)) : null;
    const values = Object.entries(s.values).filter(([k]) => !['polarity', 'topic', 'text', 'position'].includes(k)).map(([k, v]) =>
      h('div', { class: 'kv' }, h('span', { class: 'muted' }, `${k.replace(/([a-z])([A-Z])/g, '$1 $2')}: `), k === 'amount' ? formatAmount(v, s.values.currency) : v));
    const art = this.vm.articles[s.evidence[0]?.article ?? -1];
    this.show(
      h('header', { class: 'panel-head' },
        h('span', { class: 'type-badge', style: 'background:#475569' }, s.kind === 'TradeFlow' ? 'Trade' : s.kind),
        h('h2', { class: 'panel-title edge-title' }, ...this.entities(s.roles[HOLDER_ROLE[s.kind]])),
        h('p', { class: 'muted small' }, s.date ?? 'no date', art ? ` · ${art.headline}` : '')),
      h('section', { class: 'panel-section' }, ...roles, targets, ...values),
      h('section', { class: 'panel-section' }, this.statementKindBlock(s)),
    );
  }

  private statementKindBlock(s: ViewStatement): Node {
    if (s.kind === 'Stance' || s.kind === 'Quote') return this.statementBlock(s);
    return h('div', { class: 'item' }, h('h3', {}, 'Evidence'), this.evidence(s.evidence));
  }

  /** Shows the article with the sentence marked and scrolled into view. */
  openArticle(e: ViewEvidence): void {
    const art = this.vm.articles[e.article];
    const dialog = byId<HTMLDialogElement>('article-dialog');
    const box = byId('article-text');
    if (!art) return;
    // a part of a large corpus leaves article texts on the server: ask for this one, and keep it
    if (!art.text && this.actions.articleText) {
      const ask = this.actions.articleText;
      byId('article-title').textContent = art.headline;
      box.replaceChildren(document.createTextNode('Loading the article…'));
      if (!dialog.open) dialog.showModal();
      ask(art.iri).then((text) => { art.text = text; this.openArticle(e); }, (err: unknown) => {
        box.replaceChildren(document.createTextNode(`The article could not be loaded: ${(err as Error).message}`));
      });
      return;
    }
    byId('article-title').textContent = art.headline;
    let start = e.start ?? -1;
    let end = e.end ?? -1;
    if (!(start >= 0 && end > start && art.text.slice(start, end) === e.text)) {
      start = art.text.indexOf(e.text);
      end = start + e.text.length;
    }
    if (start < 0) box.replaceChildren(document.createTextNode(art.text || 'The article text is not in the graph.'));
    else {
      const mark = h('mark', { class: 'evidence-mark' }, art.text.slice(start, end));
      box.replaceChildren(document.createTextNode(art.text.slice(0, start)), mark, document.createTextNode(art.text.slice(end)));
    }
    if (!dialog.open) dialog.showModal();
    box.querySelector('mark')?.scrollIntoView({ block: 'center' });
  }
}
