/**
 * The geometry of the demo's charts, as Excel lays them out (pure; tested in test/demo): the value
 * scale (the chart's bounds when it set them, else Excel's automatic one, which includes zero), the
 * bars of a category group (gap width and overlap), where bars start (the value axis crosses at zero
 * when zero is on the scale, else at the bound nearer zero) and long category labels wrapped in full.
 */
import type { ValueAxisData } from "./chartData";

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(range: number, ticks: number): number {
  if (!(range > 0) || !Number.isFinite(range)) return 1;
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  return Number(((STEPS.find((s) => s * power >= raw - 1e-12) ?? 10) * power).toPrecision(12));
}

/** A value scale: its bounds, tick step and ticks. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly ticks: readonly number[];
  /** Where bars start and the category axis crosses. */
  readonly cross: number;
}

/**
 * The value axis' scale: the stored bounds and step where set, else automatic bounds around the data
 * and zero at a round step.
 * @param values every value of the chart
 * @param axis the stored axis settings
 * @returns the scale
 * @example valueScale([0.5, 1.1], { min: 0, max: 1.3, majorUnit: 0.2, visible: true }).ticks // [0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]
 */
export function valueScale(values: readonly (number | null)[], axis: ValueAxisData): Scale {
  const numbers = values.filter((v): v is number => v !== null && Number.isFinite(v));
  let lo = axis.min ?? Math.min(0, ...numbers);
  let hi = axis.max ?? Math.max(0, ...numbers);
  if (!(hi > lo)) hi = lo + 1;
  const step = axis.majorUnit ?? niceStep(hi - lo, 5);
  // (+ 0 turns −0 into 0.)
  if (axis.min === undefined) lo = Math.floor(lo / step + 1e-9) * step + 0;
  if (axis.max === undefined) hi = Math.ceil(hi / step - 1e-9) * step + 0;
  if (!(hi > lo)) hi = lo + step;
  const ticks: number[] = [];
  for (let t = lo, i = 0; t <= hi + step * 1e-6 && i < 200; i++, t = lo + i * step) ticks.push(Number(t.toPrecision(12)));
  const cross = lo <= 0 && hi >= 0 ? 0 : lo > 0 ? lo : hi;
  return { min: lo, max: hi, step, ticks, cross };
}

/**
 * Where a value lies along a scale of `length` pixels, clamped to it: Excel cuts bars at the axis' bounds.
 * @example position(2.2, { min: -0.2, max: 0.2 }, 100) // 100
 */
export function position(value: number, scale: Pick<Scale, "min" | "max">, length: number): number {
  const t = (Math.min(scale.max, Math.max(scale.min, value)) - scale.min) / (scale.max - scale.min || 1);
  return t * length;
}

/**
 * The bars of one category: each bar's size and offset in a band, from Excel's gap width (space
 * between groups, % of a bar) and overlap (100: the bars lie on top of each other).
 * @param band the category's band, in pixels
 * @param bars bars per category (series)
 * @param gapWidth Excel's gap width (default 150)
 * @param overlap Excel's overlap (default 0)
 * @returns the bar size and the offset of bar j
 * @example barLayout(30, 2, 50, 100) // { size: 20, offset: () => 5 }
 */
export function barLayout(band: number, bars: number, gapWidth: number, overlap: number): { size: number; offset: (j: number) => number } {
  const n = Math.max(1, bars);
  const o = Math.max(-100, Math.min(100, overlap)) / 100;
  // n bars, each stepping (1 − o) of a bar width from the previous, plus the gap (in bar widths).
  const widths = 1 + (n - 1) * (1 - o) + Math.max(0, gapWidth) / 100;
  const size = band / widths;
  const start = (size * Math.max(0, gapWidth)) / 200;
  return { size, offset: (j: number) => start + j * size * (1 - o) };
}

/** Approximate width of a text in pixels: CJK and full-width characters are one em, others about 0.56 em. */
export function textWidth(text: string, fontPx: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/.test(ch) ? fontPx : /[ il.,:;'|!]/.test(ch) ? fontPx * 0.3 : fontPx * 0.56;
  return w;
}

/**
 * Wraps a label in full (never cut): at spaces and after hyphens for words, between CJK characters
 * (never before closing punctuation), into lines
 * no wider than `width`; a word longer than a line is broken.
 * @param text the label
 * @param width the widest line, in pixels
 * @param fontPx the font size
 * @returns the lines
 * @example wrapLabel("Average first-response time", 90, 10) // ["Average first-", "response time"] (or similar)
 */
export function wrapLabel(text: string, width: number, fontPx: number): string[] {
  // Words, single CJK characters and hyphens; opening brackets stay with what follows them and
  // closing punctuation with what precedes it (no line starts with "）" or "，").
  const tokens = text.match(/[（(「『【]*(?:[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF-]+-?|-)[）)」』】、，。：；！？%]*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = "";
  for (const token of tokens) {
    const next = line + token;
    if (line.trim() !== "" && textWidth(next.trimEnd(), fontPx) > width) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line = next;
    while (textWidth(line, fontPx) > width && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), fontPx) > width) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [""];
}
