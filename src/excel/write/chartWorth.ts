/**
 * Whether a chart's data says anything (issue 14 §4: "charts whose data says nothing are not
 * drawn"): fewer than two meaningful points, bars that are all equal, or only "(none)" categories
 * tell a reader nothing the table beside them does not.
 */
import type { Lang } from "../../engine";
import { LABELS, say } from "./labels";

const LANGS: readonly Lang[] = ["en", "zh"];

/** Values closer than this are equal (a percent to 10 decimals). */
const EPSILON = 1e-9;

/** A point of a chart as the writer knows it at refresh: its category and one value per series. */
export interface ChartPoint {
  readonly category: string;
  readonly values: readonly (number | undefined)[];
}

/**
 * Whether a category is the "no group" one, in either language ("(none)", "（无）").
 * @example isNoneCategory("（无）") // true
 */
export function isNoneCategory(category: string): boolean {
  const t = category.trim();
  return t === "" || LANGS.some((lang) => t === say(LABELS.none, lang));
}

/**
 * A bar or column chart is worth drawing when at least two categories other than "(none)" have a
 * number, and those numbers are not all the same.
 * @param points the chart's categories and values, as at the refresh
 * @returns whether to draw the chart
 * @example barsSaySomething([{ category: "A", values: [9] }, { category: "B", values: [9] }]) // false: equal bars
 */
export function barsSaySomething(points: readonly ChartPoint[]): boolean {
  const meaningful = points.filter((p) => !isNoneCategory(p.category) && p.values.some((v) => v !== undefined && Number.isFinite(v)));
  if (meaningful.length < 2) return false;
  const numbers = meaningful.flatMap((p) => p.values.filter((v): v is number => v !== undefined && Number.isFinite(v)));
  const first = numbers[0] ?? 0;
  return numbers.some((v) => Math.abs(v - first) > EPSILON);
}

/**
 * A pie is worth drawing when at least two slices are not empty (one full slice says only "all").
 * @param counts the slices' values
 * @example slicesSaySomething([14, 0, 0, 0]) // false
 */
export function slicesSaySomething(counts: readonly number[]): boolean {
  return counts.filter((c) => Number.isFinite(c) && c > 0).length >= 2;
}
