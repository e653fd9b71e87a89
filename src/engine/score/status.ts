/**
 * Status words (DOMAIN §2). Stable English codes: formulas return them as written, and the task pane
 * translates them for display.
 */
export type Status = "On track" | "At risk" | "Off track" | "No data";

/** Every status, best first (for legends, sorting and translation tables). */
export const STATUSES: readonly Status[] = Object.freeze(["On track", "At risk", "Off track", "No data"]);

/** Score thresholds: at or above `green` is On track, at or above `amber` At risk, below Off track. */
export interface StatusThresholds {
  readonly green: number;
  readonly amber: number;
}

/** DOMAIN §2 defaults: 1.00 and 0.90 (the same values as `DEFAULT_SETTINGS.green` / `.amber`). */
export const DEFAULT_THRESHOLDS: StatusThresholds = Object.freeze({ green: 1.0, amber: 0.9 });

/**
 * Status of a score (DOMAIN §2). Per-row thresholds override the defaults one by one; a threshold that
 * is blank or not finite falls back to its default. A blank, NaN or infinite score is "No data".
 * @param score the score (clamped attainment); blank when the KPI has no actual
 * @param thresholds per-KPI green / amber thresholds (either may be left out)
 * @returns "On track" / "At risk" / "Off track" / "No data"
 * @example statusOf(1.05) // "On track"
 * @example statusOf(0.95) // "At risk"
 * @example statusOf(0.95, { green: 0.95 }) // "On track"
 * @example statusOf(undefined) // "No data"
 */
export function statusOf(score: number | null | undefined, thresholds?: Partial<StatusThresholds> | null): Status {
  if (score === undefined || score === null || !Number.isFinite(score)) return "No data";
  const green = pick(thresholds?.green, DEFAULT_THRESHOLDS.green);
  const amber = pick(thresholds?.amber, DEFAULT_THRESHOLDS.amber);
  if (score >= green) return "On track";
  return score >= amber ? "At risk" : "Off track";
}

function pick(value: number | null | undefined, fallback: number): number {
  return value !== undefined && value !== null && Number.isFinite(value) ? value : fallback;
}
