// Publication dates as news sites print them on a line of their own.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?`;
// An optional time after the date ("10:30 GMT", "- 4:05 pm ET") is allowed and ignored.
const TIME = String.raw`(?:\s*(?:,|-|–|—|at)?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?`;

const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH},?\s+(\d{4})${TIME}$`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(name: string): number {
  const k = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[k.startsWith('sept') ? 'sept' : k.slice(0, 3)];
}

/** The date a whole line states ("Saturday, February 7, 2026", "7 February 2026", "2026-02-07"), as YYYY-MM-DD. */
export function parseDateLine(line: string): string | undefined {
  const s = line.trim();
  let m = ISO.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(s);
  if (m) return iso(Number(m[3]), month(m[1]), Number(m[2]));
  m = DAY_FIRST.exec(s);
  if (m) return iso(Number(m[3]), month(m[2]), Number(m[1]));
  return undefined;
}

/** A machine date from metadata ("2026-02-09T08:30:00Z", "2026-02-09") as YYYY-MM-DD. */
export function parseIsoDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : parseDateLine(value);
}

/** Strict YYYY-MM-DD for user options. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && iso(Number(m[1]), Number(m[2]), Number(m[3])) === value;
}
