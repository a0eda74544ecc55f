// The viewer on a corpus of 30+ articles, as an analyst uses it: statements table, timeline, stance edges,
// neighbourhood focus, undated articles. Expected values come from the RDF quads, not from the view model.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { promisify } from 'node:util';
import { Parser, type Quad } from 'n3';
import type { Browser, Page } from 'playwright-core';
import { startViewerServer, writeHtmlBundle, type ViewerServer } from '../src/cli/view.js';
import { CHROMIUM, ensureViewerBuilt, labelOverlaps, launchChromium, openViewer } from './viewer-helpers.js';

const ARTIFACTS = path.resolve('test-artifacts');
const SCHEMA = 'https://schema.org/';
const NKG = 'https://w3id.org/newskg/ontology#';
const PROV = 'http://www.w3.org/ns/prov#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const haveChromium = existsSync(CHROMIUM);

/**
 * 23 invented articles, the first article, and eight real ones of the dev split: 32 in all. The real ones are
 * named, not "the first eight", so that a batch joining dev does not change what the expectations were read from.
 */
const REAL = [
  'abc-japan-south-korea-tokyo-summit-2023-03-17', 'africanews-drc-opposition-rejects-election-2023-12-31', 'alarabiya-iran-summons-uk-envoy-sanctions-2024-01-30',
  'albawaba-trump-tariffs-countries-trading-iran-2026-01-13', 'almayadeen-china-downgrades-lithuania-ties-2021-11-21', 'alsiasi-iran-summons-uk-ambassador-akbari-execution-2023-01-14',
  'ap-bonn-syria-meeting-tillerson-2017-02-17', 'ap-eu-sanctions-belarus-crackdown-2024-08-05',
];
const CORPUS = [
  ...readdirSync('data/eval').filter((f) => f.endsWith('.txt')).map((f) => path.join('data/eval', f)),
  'data/articles',
  ...REAL.map((f) => path.join('data/eval/real/dev', `${f}.txt`)),
];

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(ARTIFACTS, `viewer-corpus-${name}.png`) });
const one = (quads: Quad[], s: string, p: string) => quads.find((q) => q.subject.value === s && q.predicate.value === p)?.object.value;

describe.skipIf(!haveChromium)('viewer on a 30+ article corpus', () => {
  let browser: Browser;
  let server: ViewerServer;
  let quads: Quad[];
  let page: Page;
  let undatedHeadline: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureViewerBuilt();
    const dir = mkdtempSync(path.join(tmpdir(), 'newskg-corpus-'));
    try {
      await promisify(execFile)('node', ['bin/newskg.js', 'build', ...CORPUS, '-o', path.join(dir, 'corpus.trig')]);
      const all = new Parser({ format: 'application/trig' }).parse(readFileSync(path.join(dir, 'corpus.trig'), 'utf8'));
      // One article loses its date, as a graph from elsewhere may have none.
      const articles = all.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SCHEMA + 'NewsArticle').map((q) => q.subject.value).sort();
      const undated = articles[articles.length - 1];
      undatedHeadline = one(all, undated, SCHEMA + 'headline')!;
      quads = all.filter((q) => !(q.subject.value === undated && q.predicate.value === SCHEMA + 'datePublished'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    server = await startViewerServer({ quads, port: 0 });
    browser = await launchChromium();
    page = await openViewer(browser, server.url, problems);
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with no console error and no failed request; unconnected entities folded until asked for', async () => {
    expect(await page.evaluate(() => window.newskgViewerError)).toBeUndefined();
    const articles = new Set(quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === SCHEMA + 'NewsArticle').map((q) => q.subject.value));
    expect(articles.size).toBeGreaterThanOrEqual(30);
    await shot(page, 'overview');
    const folded = await page.evaluate(() => {
      const v = window.newskgViewer!;
      const shown = v.graph.filterNodes((n) => !v.renderer.getNodeDisplayData(n)!.hidden);
      // a shown node with no shown edge would be an unconnected one left on screen
      const lonely = shown.filter((n) => v.graph.edges(n).every((e) => v.renderer.getEdgeDisplayData(e)!.hidden));
      return { shown: shown.length, lonely: lonely.length, all: v.graph.order };
    });
    expect(folded.lonely).toBe(0);
    expect(folded.shown).toBeLessThan(folded.all);
    // labels: many, none overlapping (boxes as sigma draws them: right of the node, one line high)
    const labels = await labelOverlaps(page);
    expect(labels.count).toBeGreaterThan(20);
    expect(labels.pairs).toEqual([]);
    await page.check('#show-isolated');
    await expect.poll(() => page.evaluate(() => window.newskgViewer!.graph.filterNodes((n) => !window.newskgViewer!.renderer.getNodeDisplayData(n)!.hidden).length)).toBe(folded.all);
    await page.uncheck('#show-isolated');
    expect(problems).toEqual([]);
  });

  it('flags the undated article in the article list and dates the others', async () => {
    const item = page.locator('#article-filters li', { hasText: undatedHeadline });
    await expect.poll(() => item.locator('.undated-flag').count()).toBe(1);
    expect(await page.locator('#undated-count').textContent()).toBe('1 undated');
    const dated = await page.locator('#article-filters .art-date').allTextContents();
    expect(dated.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).length).toBe(dated.length - 1);
    await page.locator('#article-section').screenshot({ path: path.join(ARTIFACTS, 'viewer-corpus-articles.png') });
  });

  it('filtering the statements table to "Opposes" leaves only opposing stance edges in the graph', async () => {
    const opposing = quads.filter((q) => q.predicate.value === NKG + 'polarity' && q.object.value === NKG + 'Opposes').length;
    await page.selectOption('#st-polarity', 'Opposes');
    await expect.poll(() => page.locator('#statements-count').textContent()).toBe(`${opposing} of ${quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value.startsWith(NKG) && ['Quote', 'Stance', 'Threat', 'Meeting', 'Sanction', 'TradeFlow'].includes(q.object.value.slice(NKG.length))).length}`);
    const kinds = await page.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 400));
      const v = window.newskgViewer!;
      return [...new Set(v.graph.filterEdges((e) => !v.renderer.getEdgeDisplayData(e)!.hidden).map((e) => v.graph.getEdgeAttribute(e, 'kind')))];
    });
    await shot(page, 'opposes');
    expect(kinds).toEqual(['opposes']);
    await page.selectOption('#st-polarity', '');
  });

  it('a table row shows its holder in the graph and its evidence sentence in the panel; a holder lights its rows', async () => {
    await page.fill('#st-holder', '');
    await page.selectOption('#st-kind', 'Stance');
    const row = page.locator('.st-row').first();
    const index = Number(await row.getAttribute('data-index'));
    await row.click();
    const { id, holder } = await page.evaluate((i) => ({ id: window.newskgViewer!.vm.statements[i].id, holder: window.newskgViewer!.vm.statements[i].roles.holder[0] }), index);
    const sentence = one(quads, id, NKG + 'evidence')!;
    expect(one(quads, id, NKG + 'holder')).toBe(holder);
    await expect.poll(() => page.locator('#panel').textContent()).toContain(sentence);
    expect(await page.evaluate((h) => { const v = window.newskgViewer!; return !v.renderer.getNodeDisplayData(h)!.hidden && v.state.focus?.has(h); }, holder)).toBe(true);
    await shot(page, 'row-selected');
    // hovering a row highlights its holder in the graph
    await row.hover();
    expect(await page.evaluate((h) => window.newskgViewer!.renderer.getNodeDisplayData(h)!.highlighted, holder)).toBe(true);
    // the other way: selecting the holder lights the rows of the statements it takes part in (holding, or in another role)
    const held = new Set(quads.filter((q) => q.object.value === holder && q.subject.value.includes('#')).map((q) => q.subject.value));
    await page.evaluate((h) => window.newskgViewer!.selectNode(h), holder);
    const lit = await page.locator('.st-row.lit').evaluateAll((rows) => rows.map((r) => window.newskgViewer!.vm.statements[Number(r.getAttribute('data-index'))].id));
    expect(lit.length).toBeGreaterThan(0);
    expect(lit.filter((s) => !held.has(s))).toEqual([]);
    await page.selectOption('#st-kind', '');
    await page.click('#close-panel');
  });

  it('clicking a stance edge shows its polarity and evidence sentence', async () => {
    const edge = await page.evaluate(() => {
      const v = window.newskgViewer!;
      return v.graph.findEdge((e, a) => (a.kind === 'supports' || a.kind === 'opposes') && !v.renderer.getEdgeDisplayData(e)!.hidden);
    });
    expect(edge, 'the corpus draws a stance edge').toBeTruthy();
    await page.evaluate((e) => window.newskgViewer!.selectEdge(e!), edge);
    const statement = await page.evaluate((e) => window.newskgViewer!.vm.edges[window.newskgViewer!.graph.getEdgeAttribute(e!, 'index')].statements[0], edge);
    const polarity = one(quads, statement, NKG + 'polarity')!.slice(NKG.length);
    await expect.poll(() => page.locator('#panel .polarity').first().textContent()).toBe(polarity);
    expect(await page.locator('#panel').textContent()).toContain(one(quads, statement, NKG + 'evidence'));
    await shot(page, 'stance-edge');
    await page.click('#close-panel');
  });

  it('brushing the timeline keeps only edges dated inside the range', async () => {
    // Statement dates straight from the quads: a meeting's own date, else its article's publication date.
    const articleDate = new Map(quads.filter((q) => q.predicate.value === SCHEMA + 'datePublished').map((q) => [q.subject.value, q.object.value.slice(0, 10)]));
    const dateOf = (s: string) => one(quads, s, NKG + 'startDate')?.slice(0, 10) ?? articleDate.get(one(quads, s, PROV + 'wasDerivedFrom') ?? '');
    const before = await page.evaluate(() => window.newskgViewer!.graph.filterEdges((e) => !window.newskgViewer!.renderer.getEdgeDisplayData(e)!.hidden).length);
    const box = (await page.locator('#timeline-canvas').boundingBox())!;
    // the most recent ~fifth of the time axis
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    const range = (await page.locator('#timeline-range').textContent())!.match(/(\d{4}-\d{2}-\d{2}) – (\d{4}-\d{2}-\d{2})/)!;
    expect(range).toBeTruthy();
    const shown = await page.evaluate(() => {
      const v = window.newskgViewer!;
      return v.graph.filterEdges((e) => !v.renderer.getEdgeDisplayData(e)!.hidden).map((e) => {
        const ve = v.vm.edges[v.graph.getEdgeAttribute(e, 'index')];
        return { statements: ve.statements, articles: ve.evidence.map((x) => v.vm.articles[x.article]?.iri ?? '') };
      });
    });
    await page.click('#fit');
    await page.waitForTimeout(600);
    await shot(page, 'timeline-brushed');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(before);
    const inside = (d: string | undefined) => !!d && d >= range[1] && d <= range[2];
    const outside = shown.filter((e) => !(e.statements.length ? e.statements.some((s) => inside(dateOf(s))) : e.articles.some((a) => inside(articleDate.get(a)))));
    expect(outside).toEqual([]);
    // the table shows the same range
    const tableDates = await page.locator('.st-row .st-date').allTextContents();
    expect(tableDates.length).toBeGreaterThan(0);
    expect(tableDates.filter((d) => !inside(d))).toEqual([]);
    // typed dates do the same as the brush: here the earliest year of the corpus
    const days = [...articleDate.values()].sort();
    const year = days[0].slice(0, 4);
    await page.fill('#timeline-from', `${year}-01-01`);
    await page.fill('#timeline-to', `${year}-12-31`);
    await expect.poll(() => page.locator('#timeline-range').textContent()).toContain(`${year}-01-01 – ${year}-12-31`);
    const typed = await page.locator('.st-row .st-date').allTextContents();
    expect(typed.length).toBeGreaterThan(0);
    expect(typed.filter((d) => !d.startsWith(year))).toEqual([]);
    await page.click('#timeline-clear');
    expect(await page.evaluate(() => window.newskgViewer!.graph.filterEdges((e) => !window.newskgViewer!.renderer.getEdgeDisplayData(e)!.hidden).length)).toBe(before);
  });

  it('search focuses the neighbourhood (1, then 2 hops), dims the rest, and Fit frames it', async () => {
    await page.fill('#search', 'Iran');
    await expect.poll(() => page.locator('#suggestions li').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    const look = () => page.evaluate(() => {
      const v = window.newskgViewer!;
      const id = v.state.selectedNode!;
      const visible = (e: string) => !v.renderer.getEdgeDisplayData(e)!.hidden;
      const one = new Set([id, ...v.graph.edges(id).filter(visible).map((e) => v.graph.opposite(id, e))]);
      const two = new Set(one);
      for (const n of one) for (const e of v.graph.edges(n)) if (visible(e)) two.add(v.graph.opposite(n, e));
      const coloured = v.graph.filterNodes((n) => { const d = v.renderer.getNodeDisplayData(n)!; return !d.hidden && d.color === v.graph.getNodeAttribute(n, 'color'); });
      return { one: [...one].sort(), two: [...two].sort(), coloured: coloured.sort() };
    });
    const hop1 = await look();
    expect(hop1.coloured).toEqual(hop1.one);
    await page.selectOption('#hops', '2');
    const hop2 = await look();
    expect(hop2.coloured).toEqual(hop2.two);
    expect(hop2.two.length).toBeGreaterThan(hop1.one.length);
    await page.click('#fit');
    await page.waitForTimeout(700);
    const outside = await page.evaluate(() => {
      const v = window.newskgViewer!;
      const { width, height } = v.renderer.getDimensions();
      return [...v.state.focus!].filter((n) => { const p = v.renderer.framedGraphToViewport(v.renderer.getNodeDisplayData(n)!); return p.x < 0 || p.y < 0 || p.x > width || p.y > height; });
    });
    await shot(page, 'search-two-hops');
    expect(outside).toEqual([]);
    await page.selectOption('#hops', '1');
    expect(problems).toEqual([]);
  });

  it('the entity page lists what the corpus says about an entity, grouped by article in date order', async () => {
    // The entity named in a role by statements from the most articles, counted from the quads.
    const ROLES = ['holder', 'speaker', 'participant', 'threatener', 'threatTarget', 'imposedBy', 'sanctionTarget', 'exporter', 'importer', 'mediator', 'addressee'].map((r) => NKG + r);
    const articlesOf = new Map<string, Set<string>>();
    for (const q of quads) {
      if (!ROLES.includes(q.predicate.value)) continue;
      const art = one(quads, q.subject.value, PROV + 'wasDerivedFrom');
      if (!art) continue;
      if (!articlesOf.has(q.object.value)) articlesOf.set(q.object.value, new Set());
      articlesOf.get(q.object.value)!.add(art);
    }
    const [entity, arts] = [...articlesOf].sort((a, b) => b[1].size - a[1].size)[0];
    expect(arts.size).toBeGreaterThan(2);
    await page.evaluate((id) => window.newskgViewer!.selectNode(id), entity);
    await expect.poll(() => page.locator('#panel .art-group').count()).toBeGreaterThanOrEqual(arts.size);
    const groups = await page.locator('#panel .art-group').evaluateAll((els) => els.map((el) => ({
      headline: el.querySelector('h3')!.textContent!, date: el.querySelector('.art-meta')!.textContent!.slice(0, 10),
    })));
    await shot(page, 'entity-page');
    const headlines = [...arts].map((a) => one(quads, a, SCHEMA + 'headline'));
    expect(headlines.filter((hl) => !groups.some((g) => g.headline === hl))).toEqual([]);
    const dates = groups.map((g) => g.date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(dates).toEqual([...dates].sort());
    await page.click('#close-panel');
  });

  it('quotes are on demand: ticking "said" draws speaker edges, and a said edge\'s panel shows the quote in bold', async () => {
    const visibleSaid = () => page.evaluate(() => {
      const v = window.newskgViewer!;
      return v.graph.filterEdges((e, a) => a.kind === 'said' && !v.renderer.getEdgeDisplayData(e)!.hidden);
    });
    expect(await visibleSaid()).toEqual([]);
    await page.check('input[name="kind-said"]');
    const said = await visibleSaid();
    expect(said.length).toBeGreaterThan(0);
    await page.evaluate((e) => window.newskgViewer!.selectEdge(e), said[0]);
    const statements = await page.evaluate((e) => window.newskgViewer!.vm.edges[window.newskgViewer!.graph.getEdgeAttribute(e, 'index')].statements, said[0]);
    const words = statements.map((st) => one(quads, st, NKG + 'text'));
    await expect.poll(() => page.locator('#panel .quoted, #panel q').first().textContent()).toBeTruthy();
    const shown = await page.locator('#panel .quoted, #panel q').allTextContents();
    expect(shown.some((w) => words.includes(w))).toBe(true);
    await shot(page, 'said-edge');
    await page.uncheck('input[name="kind-said"]');
    await page.click('#close-panel');
    expect(problems).toEqual([]);
  });

  it('the --html bundle of the corpus works offline: table, timeline and stance edges included, no console error', async () => {
    const out = path.join(ARTIFACTS, 'viewer-corpus.html');
    await writeHtmlBundle(quads, out);
    const offline = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const issues: string[] = [];
    offline.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) issues.push(`request ${r.url()}`); });
    offline.on('console', (m) => { if (m.type() === 'error') issues.push(m.text()); });
    offline.on('pageerror', (e) => issues.push(e.message));
    await offline.goto(pathToFileURL(out).href);
    await offline.waitForFunction(() => window.newskgViewer?.timings.firstFrame !== undefined || window.newskgViewerError, null, { timeout: 60_000 });
    const stances = quads.filter((q) => q.predicate.value === RDF_TYPE && q.object.value === NKG + 'Stance').length;
    await offline.selectOption('#st-kind', 'Stance');
    await expect.poll(() => offline.locator('#statements-count').textContent()).toMatch(new RegExp(`^${stances} of `));
    expect(await offline.locator('#timeline-range').textContent()).toMatch(/dated statements/);
    expect(await offline.evaluate(() => window.newskgViewer!.graph.someEdge((_, a) => a.kind === 'supports' || a.kind === 'opposes'))).toBe(true);
    await offline.screenshot({ path: path.join(ARTIFACTS, 'viewer-corpus-html-file.png') });
    await offline.close();
    expect(issues).toEqual([]);
  });
});
