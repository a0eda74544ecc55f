// Statements per date as a bar chart under the graph; dragging across it brushes a date range that filters the
// graph and the statements table together. Double-click or "All dates" clears it.
import { byId } from '../dom.js';
import { fromDay, toDay, type DayRange } from './days.js';

const MAX_BINS = 160;
const PAD_X = 10;

export class Timeline {
  private readonly canvas = byId<HTMLCanvasElement>('timeline-canvas');
  private readonly label = byId('timeline-range');
  private readonly clear = byId<HTMLButtonElement>('timeline-clear');
  /** Typed dates, for a precise range (and for keyboard users); kept in step with the brush. */
  private readonly fromInput = byId<HTMLInputElement>('timeline-from');
  private readonly toInput = byId<HTMLInputElement>('timeline-to');
  private min = 0;
  private binDays = 1;
  private bins: number[] = [0];
  private undated = 0;
  private hasDates = false;
  private range: DayRange | null = null;
  private dragFrom: number | null = null;

  constructor(days: (number | undefined)[], private readonly onChange: (r: DayRange | null) => void) {
    this.count(days);
    this.canvas.addEventListener('pointerdown', (ev) => {
      if (!this.hasDates) return;
      this.canvas.setPointerCapture(ev.pointerId);
      this.dragFrom = this.dayAt(ev.offsetX);
      this.range = { from: this.dragFrom, to: this.dragFrom + this.binDays - 1 };
      this.draw();
    });
    this.canvas.addEventListener('pointermove', (ev) => {
      if (this.dragFrom === null) return;
      const d = this.dayAt(ev.offsetX);
      this.range = { from: Math.min(d, this.dragFrom), to: Math.max(d, this.dragFrom) + this.binDays - 1 };
      this.draw();
    });
    this.canvas.addEventListener('pointerup', () => {
      if (this.dragFrom === null) return;
      this.dragFrom = null;
      this.commit();
    });
    this.canvas.addEventListener('dblclick', () => this.set(null));
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener('change', () => {
        if (!this.hasDates) return;
        const from = toDay(this.fromInput.value) ?? this.min, to = toDay(this.toInput.value) ?? this.min + this.spanDays - 1;
        this.set(this.fromInput.value || this.toInput.value ? { from: Math.min(from, to), to: Math.max(from, to) } : null);
      });
    }
    this.clear.addEventListener('click', () => this.set(null));
    new ResizeObserver(() => this.draw()).observe(this.canvas);
    this.draw();
  }

  /** The statements' days changed (a neighbourhood was brought in): count them again and redraw; the range stays. */
  setDays(days: (number | undefined)[]): void {
    this.count(days);
    this.draw();
  }

  private count(days: (number | undefined)[]): void {
    const dated = days.filter((d): d is number => d !== undefined);
    this.undated = days.length - dated.length;
    this.hasDates = dated.length > 0;
    let min = Infinity, max = -Infinity;
    for (const d of dated) { if (d < min) min = d; if (d > max) max = d; }
    if (!dated.length) min = max = 0;
    this.min = min;
    // Whole days per bin, so that a corpus spanning years still fits the strip.
    this.binDays = Math.max(1, Math.ceil((max - min + 1) / MAX_BINS));
    this.bins = new Array(Math.floor((max - min) / this.binDays) + 1).fill(0);
    for (const d of dated) this.bins[Math.floor((d - min) / this.binDays)]++;
    byId('timeline').classList.toggle('empty', !dated.length);
    for (const input of [this.fromInput, this.toInput]) {
      input.min = fromDay(min);
      input.max = fromDay(max);
    }
  }

  /** Sets the range (whole days, inclusive) as if brushed; null shows all dates. */
  set(r: DayRange | null): void {
    this.range = r;
    this.commit();
  }

  private commit(): void {
    this.draw();
    this.onChange(this.range);
  }

  private get spanDays(): number {
    return this.bins.length * this.binDays;
  }

  private dayAt(x: number): number {
    const w = this.canvas.clientWidth - 2 * PAD_X;
    const k = Math.max(0, Math.min(0.999999, (x - PAD_X) / Math.max(1, w)));
    const bin = Math.floor(k * this.bins.length);
    return this.min + bin * this.binDays;
  }

  private draw(): void {
    if (!this.hasDates) {
      this.label.textContent = 'No dated statements';
      return;
    }
    const c = this.canvas;
    const dpr = window.devicePixelRatio || 1;
    const cw = c.clientWidth, ch = c.clientHeight;
    if (!cw || !ch) return;
    c.width = Math.round(cw * dpr);
    c.height = Math.round(ch * dpr);
    const ctx = c.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cw, ch);
    const w = cw - 2 * PAD_X, top = 4, axis = ch - 14;
    const peak = Math.max(1, ...this.bins);
    const bw = w / this.bins.length;
    const r = this.range;
    this.bins.forEach((n, i) => {
      if (!n) return;
      const day = this.min + i * this.binDays;
      const inside = !r || (day + this.binDays - 1 >= r.from && day <= r.to);
      ctx.fillStyle = inside ? '#5b7bd5' : '#cbd5e1';
      const bh = Math.max(2, ((axis - top) * n) / peak);
      ctx.fillRect(PAD_X + i * bw + (bw > 3 ? 0.5 : 0), axis - bh, Math.max(1, bw - (bw > 3 ? 1 : 0)), bh);
    });
    if (r) {
      const x1 = PAD_X + ((r.from - this.min) / this.spanDays) * w;
      const x2 = PAD_X + ((r.to + 1 - this.min) / this.spanDays) * w;
      ctx.fillStyle = 'rgba(37, 99, 235, 0.12)';
      ctx.fillRect(x1, top - 2, x2 - x1, axis - top + 2);
      ctx.strokeStyle = '#2563eb';
      ctx.strokeRect(x1 + 0.5, top - 2, Math.max(1, x2 - x1 - 1), axis - top + 2);
    }
    ctx.fillStyle = '#6b7280';
    ctx.font = '11px Inter, "Segoe UI", system-ui, sans-serif';
    ctx.textBaseline = 'bottom';
    ctx.textAlign = 'left';
    ctx.fillText(fromDay(this.min), PAD_X, ch);
    ctx.textAlign = 'right';
    ctx.fillText(fromDay(this.min + this.spanDays - 1), cw - PAD_X, ch);
    const total = this.bins.reduce((a, b) => a + b, 0);
    const shown = r ? this.bins.reduce((a, n, i) => a + (this.min + i * this.binDays + this.binDays - 1 >= r.from && this.min + i * this.binDays <= r.to ? n : 0), 0) : total;
    const undated = this.undated ? ` · ${this.undated} undated${r ? ' (hidden)' : ''}` : '';
    this.label.textContent = r ? `${fromDay(r.from)} – ${fromDay(r.to)}: ${shown} of ${total} dated statements${undated}` : `All dates: ${total} dated statements${undated} · drag to pick a range`;
    this.clear.hidden = !r;
    this.fromInput.value = r ? fromDay(r.from) : '';
    this.toInput.value = r ? fromDay(r.to) : '';
  }
}
