/**
 * Number formats by a KPI's unit (issue 14 §3): percent KPIs as %, currencies with their symbol,
 * other short units as a suffix ("45 pts", "85分"), thousands separators, and 0, 1 or 2 decimals by
 * the size of the figures. One format per KPI row, shared by its actual, target, baseline, band,
 * expected value, projection and needed-for-green cells, so a row reads in one unit.
 *
 * Formats are written in the en-US format language (`Range.numberFormat`); literal text is quoted,
 * and a unit that could break the quoting (a `"` or `\`, or anything but letters, digits, spaces, `.`
 * and `/`) is left out of the format rather than escaped.
 */
import type { KpiEvaluation, Lang } from "../../engine";
import { LABELS, say } from "./labels";

/** Currency symbols by the unit words that mean them (lower-case). */
const CURRENCIES: Readonly<Record<string, string>> = {
  $: "$",
  usd: "$",
  us$: "$",
  "¥": "¥",
  "￥": "¥",
  cny: "¥",
  rmb: "¥",
  元: "¥",
  人民币: "¥",
  yuan: "¥",
  "€": "€",
  eur: "€",
  "£": "£",
  gbp: "£",
};

/** Units written after the number (letters, digits, spaces, `.` and `/`; at most 12 characters). */
const SAFE_UNIT = /^[\p{L}\p{N} ./]{1,12}$/u;
const CJK = /^[\u2e80-\u9fff\uf900-\ufaff]/u;

/** How a row's figures are written: the number pattern, and the text before and after it. */
export interface UnitFormat {
  /** e.g. `#,##0.0`, `0.0%`. */
  readonly pattern: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Decimals of `pattern` (for text built by formulas). */
  readonly decimals: number;
  readonly percent: boolean;
}

/**
 * @param kpi the KPI
 * @returns how its figures are written
 * @example unitOf({ inputs: { unit: "CNY", actual: 44.6, target: 45 } }) // { pattern: "#,##0.0", prefix: "¥", suffix: "", decimals: 1, percent: false }
 */
export function unitOf(kpi: Pick<KpiEvaluation, "inputs">): UnitFormat {
  const { actual, target, baseline, band, unit, isPercent } = kpi.inputs;
  const values = [actual, target, baseline, ...(band ?? [])].filter((v): v is number => v !== undefined && Number.isFinite(v));
  if (isPercent) {
    const whole = values.every((v) => Number.isInteger(Math.round(v * 1e9) / 1e7));
    return { pattern: whole ? "0%" : "0.0%", prefix: "", suffix: "", decimals: whole ? 0 : 1, percent: true };
  }
  const decimals = values.every((v) => Number.isInteger(v)) ? 0 : Math.max(...values.map(Math.abs), 0) >= 100 ? 1 : 2;
  const pattern = decimals === 0 ? "#,##0" : `#,##0.${"0".repeat(decimals)}`;
  const word = (unit ?? "").trim();
  const currency = CURRENCIES[word.toLowerCase()];
  if (currency !== undefined) return { pattern, prefix: currency, suffix: "", decimals, percent: false };
  if (word === "" || word === "%" || !SAFE_UNIT.test(word)) return { pattern, prefix: "", suffix: "", decimals, percent: false };
  return { pattern, prefix: "", suffix: CJK.test(word) ? word : ` ${word}`, decimals, percent: false };
}

const quoted = (text: string): string => (text === "" ? "" : `"${text}"`);

/**
 * The number format of a row's figures.
 * @param u the row's unit format
 * @returns e.g. `"¥"#,##0.00`, `#,##0" pts"`, `0.0%`
 */
export function figureFormat(u: UnitFormat): string {
  return `${quoted(u.prefix)}${u.pattern}${quoted(u.suffix)}`;
}

/**
 * The number format of a bound: "≥90" (at least) or "≤110" (at most), with a negative section so
 * the minus sign comes after the comparison ("≥-55", not "-≥55"). No space: 10,000 rows of formats
 * are 0.04 MB shorter, which keeps a 10,000-KPI write within its syncs.
 * @param u the row's unit format
 * @param side "≥" or "≤"
 * @returns e.g. `"≥"#,##0.0;"≥-"#,##0.0`
 */
export function boundFormat(u: UnitFormat, side: "≥" | "≤"): string {
  return `"${side}${u.prefix}"${u.pattern}${quoted(u.suffix)};"${side}-${u.prefix}"${u.pattern}${quoted(u.suffix)}`;
}

/**
 * A Yes / No number format for a 1 / 0 flag (no TRUE/FALSE on the sheets: issue 14 §3): the cell
 * stays a number formulas can test (`=KpiScorecard[Behind pace]=1`, `SUM` counts), and reads as a
 * word in the sheet's language.
 * @param lang the language
 * @returns e.g. `"Yes";"Yes";"No"`
 */
export function yesNoFormat(lang: Lang): string {
  const yes = say(LABELS.yes, lang);
  const no = say(LABELS.no, lang);
  return `"${yes}";"${yes}";"${no}"`;
}

/**
 * Formats of the Green ≥ / Amber ≥ cells: "default" where the KPI uses the setting shown once above
 * the table, the percentage marked as the KPI's own otherwise.
 * @param lang the language
 * @returns the two formats
 */
export function thresholdFormats(lang: Lang): { readonly shared: string; readonly own: string } {
  const word = say(LABELS.thresholdDefault, lang);
  const own = say(LABELS.thresholdOwn, lang);
  return { shared: `"${word}";"${word}";"${word}"`, own: `0%"${lang === "zh" ? "" : " "}${own}"` };
}
