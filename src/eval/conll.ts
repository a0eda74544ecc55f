// CoNLL-2003 as a mention benchmark: documents rebuilt as text with the gold name spans,
// and exact-span scoring of predicted mentions against them.
import { UserError } from '../errors.js';
import type { EntityType, Mention, Span } from '../types.js';
import type { PRF } from './types.js';

export type ConllType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export type ScoredType = Exclude<ConllType, 'MISC'>;
export const SCORED_TYPES: readonly ScoredType[] = ['PER', 'LOC', 'ORG'];

export interface TypedSpan extends Span {
  type: ConllType;
}

export interface ConllDoc {
  /** 0-based position in the file. */
  index: number;
  /** Tokens joined by single spaces, sentences by newlines. */
  text: string;
  /** Offsets of every token in `text`. */
  tokens: Span[];
  spans: TypedSpan[];
}

const TAG = /^(?:O|([BI])-(PER|LOC|ORG|MISC))$/;

/** Parses a CoNLL-2003 file; `-DOCSTART-` lines separate documents wherever they stand (this copy has them at the end). */
export function parseConll(content: string, file = 'input'): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { index: 0, text: '', tokens: [], spans: [] };
  let sentenceOpen = false;
  // The chunk being built: its type and start offset; prevType is the previous token's NER type or null for O.
  let open: TypedSpan | null = null;
  let prevType: ConllType | null = null;

  const closeChunk = () => {
    if (open) doc.spans.push(open);
    open = null;
  };
  const endSentence = () => {
    closeChunk();
    prevType = null;
    sentenceOpen = false;
  };
  const endDoc = () => {
    endSentence();
    if (doc.tokens.length) docs.push(doc);
    doc = { index: docs.length, text: '', tokens: [], spans: [] };
  };

  content.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return endSentence();
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') return endDoc();
    const m = cols.length >= 2 ? TAG.exec(cols[cols.length - 1]) : null;
    if (!m) {
      throw new UserError(`newskg eval: ${file} line ${i + 1}: expected "token POS chunk NER" with an IOB tag, got "${line}"; pass a CoNLL-2003 file`);
    }
    if (doc.tokens.length) doc.text += sentenceOpen ? ' ' : '\n';
    sentenceOpen = true;
    const start = doc.text.length;
    doc.text += cols[0];
    const tok: Span = { start, end: doc.text.length };
    doc.tokens.push(tok);

    const type = (m[2] as ConllType | undefined) ?? null;
    // conlleval: a chunk starts at B-X, or at I-X after O or after another type.
    const starts = type !== null && (m[1] === 'B' || prevType !== type);
    if (type === null || starts) closeChunk();
    if (starts) open = { start: tok.start, end: tok.end, type: type as ConllType };
    else if (open) (open as TypedSpan).end = tok.end;
    prevType = type;
  });
  endDoc();
  return docs;
}

/** CoNLL's coarse type for a mention type; CoNLL's LOC covers countries, cities and other places. */
export function conllType(t: EntityType): ScoredType {
  return t === 'Person' ? 'PER' : t === 'Organization' ? 'ORG' : 'LOC';
}

/** Name mentions only: CoNLL does not tag pronouns and descriptions, and tags demonyms as MISC. */
export function mentionSpans(mentions: Mention[]): TypedSpan[] {
  return mentions
    .filter((m) => m.kind === 'name' || m.kind === 'acronym')
    .map((m) => ({ start: m.start, end: m.end, type: conllType(m.type) }));
}

export interface SpanCounts {
  tp: number;
  fp: number;
  fn: number;
}

export type SpanScore = Record<ScoredType, SpanCounts>;

export const emptySpanScore = (): SpanScore => ({ PER: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 } });

const key = (s: Span) => `${s.start}:${s.end}`;

export interface SpanComparison {
  score: SpanScore;
  /** Predictions that count as false, and gold spans not found. */
  falsePositives: TypedSpan[];
  missed: TypedSpan[];
}

/**
 * Exact spans with the right type are hits. MISC is out of the game on both sides:
 * gold MISC spans are not to be found, and a predicted span exactly on one costs nothing.
 * A prediction twice on the same span and type counts once.
 */
export function compareSpans(gold: TypedSpan[], predicted: TypedSpan[]): SpanComparison {
  const score = emptySpanScore();
  const falsePositives: TypedSpan[] = [];
  const misc = new Set(gold.filter((g) => g.type === 'MISC').map(key));
  const goldKeys = new Set(gold.filter((g) => g.type !== 'MISC').map((g) => `${key(g)}:${g.type}`));
  const predKeys = new Set<string>();
  for (const p of predicted) {
    if (p.type === 'MISC') continue;
    const k = `${key(p)}:${p.type}`;
    if (predKeys.has(k)) continue;
    predKeys.add(k);
    if (goldKeys.has(k)) score[p.type].tp++;
    else if (!misc.has(key(p))) { score[p.type].fp++; falsePositives.push(p); }
  }
  const missed = gold.filter((g) => g.type !== 'MISC' && !predKeys.has(`${key(g)}:${g.type}`));
  for (const g of missed) score[g.type as ScoredType].fn++;
  return { score, falsePositives, missed };
}

export const scoreSpans = (gold: TypedSpan[], predicted: TypedSpan[]): SpanScore => compareSpans(gold, predicted).score;

export function addSpanScores(a: SpanScore, b: SpanScore): SpanScore {
  const out = emptySpanScore();
  for (const t of SCORED_TYPES) for (const k of ['tp', 'fp', 'fn'] as const) out[t][k] = a[t][k] + b[t][k];
  return out;
}

export function spanPRF({ tp, fp, fn }: SpanCounts): PRF {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function microCounts(s: SpanScore): SpanCounts {
  return SCORED_TYPES.reduce((acc, t) => ({ tp: acc.tp + s[t].tp, fp: acc.fp + s[t].fp, fn: acc.fn + s[t].fn }), { tp: 0, fp: 0, fn: 0 });
}
