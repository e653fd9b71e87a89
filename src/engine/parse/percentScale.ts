/**
 * The one percent-scale rule of a KPI (DOMAIN §3 "Percent scale is one rule per KPI across target,
 * baseline, actual and history"). The table reader, SMART, attainment and every custom function use it,
 * so a KPI never mixes 27 (points) with 0.35 (a fraction).
 *
 * Whether the KPI is a percentage: its unit says % ("%", "百分比", "pp"); a value is a percentage by its
 * cell ("35%" typed as text, a cell whose number format shows %); or, when no unit is written, a column
 * header says % ("Target (%)") or the name says so ("Gross margin (%)", "Share of revenue %"). A unit
 * that is not % ("$", "days") is believed over a header or a name; a "10%" inside a sentence ("raise
 * sales by 10%") is a relative change, not the KPI's scale.
 *
 * Values that are percentages by their cell are fractions already (0.35). Every other value of the KPI
 * (a plain number) is read on one scale, chosen once for all of them:
 * - when some values are fractions by their cell, the scale that puts the plain numbers nearest to them
 *   (baseline 27 beside target "35%" → 0.27; a 300 % ROI in a %-formatted cell, 3, beside a plain 2.5
 *   → 2.5 = 250 %);
 * - otherwise percent points (÷100) as soon as one plain number is above 1.5 in size (95, 90 → 0.95,
 *   0.9; 2.1 → 2.1 %, never 210 %), else fractions (0.95 stays 0.95);
 * - except that plain numbers of at most 1 beside points they would match as fractions are fractions
 *   (baseline 0.9 beside target 94 → 90 % → 94 %, never 0.9 % → 94 %; but 0.5 beside 2.1 stays 0.5 %):
 *   someone typed one cell as a fraction and another in points, and reading them on one scale would
 *   give an absurd verdict ("needs +10,344 % a year").
 *
 * In a table, a column whose header says % ("Target (%)", "完成率%") is read as one: all percent points
 * when any plain number in it is above 1.5, else all fractions (readKpiTable); its cells then count as
 * percentages by their cell. Custom functions see values without number formats: a %-formatted cell
 * holding 3 (300 %) reaches them as a plain 3.
 */

/** A number as a cell gives it: `percent` when the cell itself says so (it is then a fraction: 0.35). */
export interface Quantity {
  readonly value: number;
  readonly percent: boolean;
}

/** What says a KPI is measured in percent, besides its values. */
export interface PercentEvidence {
  readonly unit?: string;
  /** A column header of the KPI's numbers says % ("Target (%)", "完成率%"). */
  readonly header?: boolean;
  /** The KPI's name (and description). */
  readonly text?: string;
}

/** The scale chosen for one KPI. */
export interface PercentScale {
  /** Whether the KPI is measured in percent. */
  readonly isPercent: boolean;
  /** What plain numbers are multiplied by: 0.01 when they are percent points, else 1. */
  readonly plainFactor: 1 | 0.01;
  /** What made it a percentage (or "none"). */
  readonly because: "unit" | "header" | "cell" | "text" | "none";
  /** When set, plain numbers of at most this size are fractions already, whatever the plain factor. */
  readonly fractionsUpTo?: number;
}

/** Plain numbers above this size in a percentage KPI are percent points (when no value says otherwise). */
export const POINTS_ABOVE = 1.5;

const PERCENT_HEADER = /%|％|percent|pct|百分比|百分率|百分点/iu;
const QUOTED = /"[^"]*"|\\./g;
const PERCENT_UNIT = /^(?:%|％|percent(?:age)?|pct|百分比|百分率|百分点|pp|ppt|percentage points?)$/iu;
const PERCENT_TEXT = /[(（]\s*[%％]\s*[)）]|[%％]\s*$|\b(?:in|as a) percent(?:age)?\b|百分比|百分率/iu;
const NONE: PercentScale = Object.freeze({ isPercent: false, plainFactor: 1, because: "none" });

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
 * @returns true for "%", "百分比", "pp" …
 * @example isPercentUnit("%") // true
 */
export function isPercentUnit(unit: string | undefined): boolean {
  return typeof unit === "string" && PERCENT_UNIT.test(unit.trim());
}

/**
 * Whether a KPI's name says it is a percentage ("Gross margin (%)", "Share of revenue %", "毛利率（%）").
 * @param text name (and description)
 * @returns true when it does; a percentage inside a sentence ("by 10%") does not count
 * @example textSaysPercent("Gross margin (%)") // true
 * @example textSaysPercent("Raise sales by 10% by Q3") // false
 */
export function textSaysPercent(text: string | undefined): boolean {
  return typeof text === "string" && PERCENT_TEXT.test(text.normalize("NFKC"));
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/**
 * Chooses the percent scale of one KPI from all of its numbers at once.
 * @param quantities the KPI's target, baseline, actual, band bounds and history (undefined entries skipped)
 * @param evidence unit, header and text
 * @returns whether the KPI is a percentage, and the factor for its plain numbers
 * @example percentScale([{ value: 27, percent: false }, { value: 0.35, percent: true }], { unit: "%" }) // { isPercent: true, plainFactor: 0.01, because: "unit" }
 * @example percentScale([{ value: 3, percent: true }, { value: 2.5, percent: false }], {}) // { isPercent: true, plainFactor: 1, because: "cell" } (300 % beside 250 %)
 */
export function percentScale(quantities: readonly (Quantity | undefined)[], evidence: PercentEvidence = {}): PercentScale {
  const known: number[] = [];
  const plain: number[] = [];
  for (const q of quantities) {
    if (q === undefined || q === null || typeof q.value !== "number" || !Number.isFinite(q.value) || q.value === 0) continue;
    (q.percent === true ? known : plain).push(Math.abs(q.value));
  }
  const unitWritten = typeof evidence.unit === "string" && evidence.unit.trim() !== "";
  const because = isPercentUnit(evidence.unit)
    ? "unit"
    : known.length > 0
      ? "cell"
      : unitWritten
        ? "none"
        : evidence.header === true
          ? "header"
          : textSaysPercent(evidence.text)
            ? "text"
            : "none";
  if (because === "none") return NONE;
  if (plain.length === 0) return { isPercent: true, plainFactor: 1, because };
  if (known.length > 0) {
    const target = Math.log10(median(known));
    const typical = Math.log10(median(plain));
    const asFractions = Math.abs(typical - target);
    const asPoints = Math.abs(typical - 2 - target);
    if (asPoints !== asFractions) return { isPercent: true, plainFactor: asPoints < asFractions ? 0.01 : 1, because };
  }
  const points = plain.filter((v) => v > POINTS_ABOVE);
  if (points.length === 0) return { isPercent: true, plainFactor: 1, because };
  const small = plain.filter((v) => v <= 1);
  if (small.length > 0) {
    // each small number is nearer the points (as fractions of them) than as points itself
    const typical = Math.log10(median(points) / 100);
    if (small.every((v) => Math.abs(Math.log10(v) - typical) < Math.abs(Math.log10(v / 100) - typical))) return { isPercent: true, plainFactor: 0.01, because, fractionsUpTo: 1 };
  }
  return { isPercent: true, plainFactor: 0.01, because };
}

/**
 * Whether the KPI's plain factor applies to a plain number (not when the scale has none, nor to a
 * number it reads as a fraction already: `fractionsUpTo`).
 * @param value a plain number of the KPI
 * @param scale the KPI's scale from {@link percentScale}
 * @returns true when the number is to be multiplied by the plain factor
 * @example scalesPlain(0.9, { isPercent: true, plainFactor: 0.01, because: "unit", fractionsUpTo: 1 }) // false
 */
export function scalesPlain(value: number, scale: PercentScale): boolean {
  return scale.plainFactor !== 1 && !(scale.fractionsUpTo !== undefined && Math.abs(value) <= scale.fractionsUpTo);
}

/**
 * A quantity on the KPI's scale: fractions as they are, plain numbers times the plain factor (without
 * binary noise: 2.8 points → 0.028, not 0.027999999999999997).
 * @param q the quantity
 * @param scale the KPI's scale from {@link percentScale}
 * @returns the value as a fraction when the KPI is a percentage, else as given
 * @example scaled({ value: 27, percent: false }, { isPercent: true, plainFactor: 0.01, because: "unit" }) // 0.27
 */
export function scaled(q: Quantity, scale: PercentScale): number {
  if (q.percent || !scalesPlain(q.value, scale)) return q.value;
  return Number((q.value * scale.plainFactor).toPrecision(15));
}
