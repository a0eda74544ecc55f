// Values read from text: money amounts, years and dates relative to the publication date.
import type { Lexicon } from '../lexicon/index.js';

export interface Money {
  amount: number;
  currency?: string;
  /** Token indices [start, end) of the amount. */
  start: number;
  end: number;
}

const NUMBER = /^\d+(?:[.,]\d+)*$/;

/** "$14.5 billion", "€450 million", "1.2 trillion yen", "US$ 3bn" → amount in units with its currency. */
export function moneyAt(texts: string[], i: number, lex: Lexicon): Money | undefined {
  const { symbols, scales, words } = lex.money;
  let k = i;
  let currency: string | undefined;
  if (texts[k] === 'US' && texts[k + 1] === '$') k++;
  if (symbols[texts[k]]) {
    currency = symbols[texts[k]];
    k++;
  }
  if (!NUMBER.test(texts[k] ?? '')) return undefined;
  let amount = Number(texts[k].replace(/,/g, ''));
  if (!Number.isFinite(amount)) return undefined;
  k++;
  const scale = scales[(texts[k] ?? '').toLowerCase()];
  if (scale) {
    amount *= scale;
    k++;
  }
  const word = words[(texts[k] ?? '').toLowerCase()];
  if (word) {
    currency = word;
    k++;
  }
  if (!currency) return undefined;
  return { amount: Math.round(amount * 100) / 100, currency, start: i, end: k };
}

export function yearIn(texts: string[], a: number, b: number): number | undefined {
  for (let i = a; i < b; i++) if (/^(?:19|20)\d\d$/.test(texts[i])) return Number(texts[i]);
  return undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);

/**
 * The date a phrase in [a, b) refers to, resolved against the publication date:
 * "yesterday", "today", "on Friday" (the last Friday up to the publication day), "March 3".
 */
export function dateIn(texts: string[], a: number, b: number, published?: string): string | undefined {
  if (!published) return undefined;
  const base = new Date(`${published}T00:00:00Z`);
  if (Number.isNaN(base.getTime())) return undefined;
  for (let i = a; i < b; i++) {
    const w = texts[i].toLowerCase();
    if (w === 'yesterday') return iso(addDays(base, -1));
    if (w === 'today' || w === 'tonight') return iso(base);
    if (w === 'tomorrow') return iso(addDays(base, 1));
    const wd = WEEKDAYS.indexOf(w);
    if (wd >= 0) {
      const next = (texts[i - 1] ?? '').toLowerCase() === 'next';
      const diff = next ? ((wd - base.getUTCDay() + 7) % 7 || 7) : -((base.getUTCDay() - wd + 7) % 7);
      return iso(addDays(base, diff));
    }
    const month = MONTHS.indexOf(w.replace(/\.$/, ''));
    if (month >= 0 && /^\d{1,2}$/.test(texts[i + 1] ?? '')) {
      const y = /^\d{4}$/.test(texts[i + 3] ?? '') && texts[i + 2] === ',' ? Number(texts[i + 3]) : base.getUTCFullYear();
      return iso(new Date(Date.UTC(y, month, Number(texts[i + 1]))));
    }
    // "on 27 February", "27 February 2024": the day before the month
    if (month >= 0 && /^\d{1,2}$/.test(texts[i - 1] ?? '') && i - 1 >= a) {
      const y = /^\d{4}$/.test(texts[i + 1] ?? '') ? Number(texts[i + 1]) : base.getUTCFullYear();
      return iso(new Date(Date.UTC(y, month, Number(texts[i - 1]))));
    }
  }
  return undefined;
}
