/** Strategy Match Index band (DOMAIN §4). */
export type MatchBand = "strong" | "moderate" | "weak";

/**
 * The band of a Strategy Match Index (DOMAIN §4): above 75 strong, 60 to 75 (both included)
 * moderate, below 60 weak.
 * @param index the index, 0–100
 * @returns the band; "weak" for NaN
 * @example matchBand(75) // "moderate"
 * @example matchBand(75.01) // "strong"
 */
export function matchBand(index: number): MatchBand {
  if (index > 75) return "strong";
  if (index >= 60) return "moderate";
  return "weak";
}
