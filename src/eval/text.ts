// Text comparison of score.mjs, rule for rule: any change here changes every score.

const STOP = new Set(
  (
    'a an the of in on at to for from by with and or but if is are was were be been it its this that these those ' +
    'we they he she i you our their his her them us not no as into over than then also all any could would should will must can ' +
    'has have had do does did which who whom whose what when where there here so such about after before again'
  ).split(' '),
);

/** Case-, accent- and punctuation-blind form; "U.S." and "US" both become "us". */
export function norm(s: string): string {
  return String(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
    .replace(/\b([a-z])\.(?=\s|$)/g, '$1')
    .replace(/[^a-z0-9']+/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** Content words, with a crude plural strip so "sanctions" meets "sanction". */
export function tokens(s: string): string[] {
  return norm(s)
    .split(' ')
    .filter((t) => t && !STOP.has(t))
    .map((t) => (t.length > 3 && t.endsWith('s') ? t.slice(0, -1) : t));
}

export interface Overlap {
  /** Share of the gold words found in the output. */
  r: number;
  /** Share of the output words found in the gold. */
  p: number;
  /** Shared distinct words. */
  n: number;
}

export function overlap(gold: string, out: string): Overlap {
  const g = new Set(tokens(gold));
  const o = new Set(tokens(out));
  if (!g.size || !o.size) return { r: 0, p: 0, n: 0 };
  let n = 0;
  for (const t of g) if (o.has(t)) n++;
  return { r: n / g.size, p: n / o.size, n };
}

/** Overlap coefficient: shared words over the smaller side, so a short phrase inside a long one scores 1. */
export function oc(a: string, b: string): number {
  const x = overlap(a, b);
  return x.n / Math.max(1, Math.min(new Set(tokens(a)).size, new Set(tokens(b)).size));
}

/** Gold text contains enough of the output and vice versa (quotes: 0.6 / 0.3). */
export function textHit(gold: string, out: string, r: number, p: number): boolean {
  const x = overlap(gold, out);
  return x.r >= r && x.p >= p;
}
