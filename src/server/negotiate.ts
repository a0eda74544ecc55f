// Picks the results format from the Accept header (or an explicit ?format=).
import type { ResultFormat } from '../query/index.js';

type Wire = Exclude<ResultFormat, 'table'>;

const BY_MEDIA: Record<string, Wire> = {
  'application/sparql-results+json': 'json', 'application/json': 'json',
  'application/sparql-results+xml': 'xml', 'application/xml': 'xml', 'text/xml': 'xml',
  'text/csv': 'csv', 'text/tab-separated-values': 'tsv',
};

export function pickResultFormat(accept: string | undefined, explicit: string | null): Wire | undefined {
  if (explicit) return (['json', 'xml', 'csv', 'tsv'] as const).find((f) => f === explicit);
  if (!accept) return 'json';
  const ranked = accept
    .split(',')
    .map((part, i) => {
      const [type, ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.map((p) => p.trim()).find((p) => p.startsWith('q='))?.slice(2) ?? 1);
      return { type: type!.trim(), q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const r of ranked) {
    if (BY_MEDIA[r.type]) return BY_MEDIA[r.type];
    if (r.type === '*/*' || r.type === 'application/*' || r.type === 'text/*') return r.type === 'text/*' ? 'csv' : 'json';
  }
  return undefined;
}
