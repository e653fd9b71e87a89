/**
 * Internal: percentages (DOMAIN §1 "percentages stored as fractions in a % column").
 *
 * The rule, per cell:
 * - text with `%` ("12.5%") is a percentage → 0.125; a cell whose Excel number format has `%` holds a
 *   fraction already (0.125 shown as 12.5%) → kept;
 * - a plain number in a column whose header says % ("Target (%)", "完成率%", "目标（%）") is in percent
 *   points when any plain number in that column exceeds 1.5 in size (then every plain number in the column
 *   is divided by 100: 12.5 → 0.125); otherwise the column holds fractions and 0.125 stays 0.125;
 * - in a row that is a percentage row (its unit is "%", or a baseline/target/actual/history cell is a
 *   percentage by text, format or header), a plain number above 1.5 in size is read as percent points
 *   (95 → 0.95) and reported once per row (PERCENT_POINTS_ASSUMED).
 */

const PERCENT_HEADER = /%|％|percent|pct|百分比|百分率|百分点/iu;
const QUOTED = /"[^"]*"|\\./g;
const PERCENT_UNIT = /^(?:%|％|percent|pct|百分比|百分率|百分点|pp|ppt)$/iu;

/** Plain numbers above this size in a percentage column or row are percent points. */
export const POINTS_ABOVE = 1.5;

/**
 * Whether a header marks its column as percentages.
 * @param header header text
 * @returns true for "Target (%)", "完成率%" …
 * @example isPercentHeader("Target (%)") // true
 */
export function isPercentHeader(header: string): boolean {
  return PERCENT_HEADER.test(header);
}

/**
 * Whether an Excel number format shows a percentage ("0.0%", but not `"%"` in quotes).
 * @param format a number format, or anything else
 * @returns true when the format shows a percentage
 * @example isPercentFormat("0.0%") // true
 */
export function isPercentFormat(format: unknown): boolean {
  return typeof format === "string" && format.includes("%") && format.replace(QUOTED, "").includes("%");
}

/**
 * Whether a unit cell says percent.
 * @param unit unit text
 * @returns true for "%", "百分比" …
 * @example isPercentUnit("%") // true
 */
export function isPercentUnit(unit: string | undefined): boolean {
  return unit !== undefined && PERCENT_UNIT.test(unit.trim());
}
