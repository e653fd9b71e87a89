/**
 * Thresholds, floor and cap as the pane shows and reads them (issue 14 §1): percents, as every other
 * score in the pane. "90%", "0.9" and "90" all mean 0.9: a bare number above 3 (300 %) cannot be a
 * sensible score threshold, so it is read as a percent.
 */
import { parseNumber } from "../engine";

/** A bare number above this is read as a percent. */
export const BARE_PERCENT_ABOVE = 3;

/**
 * Reads a score threshold typed in the pane.
 * @param text what the user typed
 * @returns the ratio (1 = 100 %), or undefined when it is not a number (or carries a currency or unit)
 * @example parseRatio("90%") // 0.9
 * @example parseRatio("0.9") // 0.9
 * @example parseRatio("90") // 0.9
 */
export function parseRatio(text: string): number | undefined {
  const parsed = parseNumber(text);
  if (!parsed.ok || parsed.currency !== undefined || parsed.unit !== undefined) return undefined;
  if (parsed.percent) return parsed.value;
  return Math.abs(parsed.value) > BARE_PERCENT_ABOVE ? parsed.value / 100 : parsed.value;
}

/**
 * A ratio as the pane shows it: a percent with at most two decimals.
 * @example ratioText(0.9) // "90%"
 * @example ratioText(1.125) // "112.5%"
 */
export function ratioText(value: number): string {
  return `${Number((value * 100).toFixed(2))}%`;
}
