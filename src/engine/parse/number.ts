/**
 * Reading a number from a cell as an analyst writes it (DOMAIN §1 "Text numbers").
 */
import { BLANK_PLACEHOLDERS, EXCEL_ERRORS } from "../data/excelErrors";
import { CURRENCY_MARKERS, NUMBER_SCALES } from "../data/numberWords";
import { cellText, foldText } from "./internal/cellText";

/** A parsed number, or why the cell holds none. */
export type ParsedNumber =
  | { ok: true; value: number; percent: boolean; currency?: string; unit?: string }
  | { ok: false; reason: "blank" | "error" | "text" | "boolean"; text: string };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const CURRENCY_ALT = [...CURRENCY_MARKERS.keys()].sort(byLength).map(escape).join("|");
const SCALE_ALT = [...NUMBER_SCALES.keys()].sort(byLength).map(escape).join("|");
const PLAIN = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;
/** sign · currency · sign · digits (with , grouping) · scale · percent · unit (currency or a short word). */
const FULL = new RegExp(
  `^([-+])?\\s*(${CURRENCY_ALT})?\\s*([-+])?\\s*((?:\\d{1,3}(?:[,，'\\u00a0 ]\\d{3})+|\\d+)(?:\\.\\d*)?|\\.\\d+)(?:e([-+]?\\d{1,3}))?` +
    `\\s*(${SCALE_ALT})?(?![a-z])\\s*(%|‰|percent|pct|个百分点)?\\s*([\\p{L}°][\\p{L}°/.² ]{0,15})?$`,
  "iu",
);
const GROUPING = /[,，'\u00a0 ]/g;
const ERRORS = new Set(EXCEL_ERRORS);
const BLANKS = new Set(BLANK_PLACEHOLDERS);

/**
 * Parses a cell as a number. Numbers pass through; text may carry thousands separators, `%`/`‰`,
 * full-width digits, accounting negatives `(1,200)`, the minus sign U+2212, currencies (`$`, `¥`, `RMB`,
 * `元` …), scales (`k`, `M`, `B`, `万`, `亿`) and a trailing unit (`15 pts`). Percentages become
 * fractions (`12.5%` → 0.125). Never throws.
 * @param value a cell value as Excel hands it over (or anything else)
 * @returns the value with `percent`/`currency`/`unit`, or `ok: false` with the reason:
 *   `blank` (empty, `-`, `N/A`), `error` (`#N/A`, `#DIV/0!`, NaN, ±Infinity), `boolean`, `text`
 * @example parseNumber("¥3.5万") // { ok: true, value: 35000, percent: false, currency: "¥" }
 * @example parseNumber("(1,200)") // { ok: true, value: -1200, percent: false }
 */
export function parseNumber(value: unknown): ParsedNumber {
  if (typeof value === "number") {
    return Number.isFinite(value) ? { ok: true, value, percent: false } : { ok: false, reason: "error", text: String(value) };
  }
  if (typeof value === "boolean") return { ok: false, reason: "boolean", text: String(value) };
  const raw = cellText(value);
  if (typeof value !== "string" && value !== null && value !== undefined) return { ok: false, reason: "text", text: raw }; // objects, arrays: not cell values
  const trimmed = raw.trim();
  if (trimmed === "") return { ok: false, reason: "blank", text: raw };
  if (PLAIN.test(trimmed)) {
    const n = Number(trimmed);
    if (Number.isFinite(n)) return { ok: true, value: n, percent: false };
    return { ok: false, reason: "text", text: raw };
  }
  const folded = foldText(trimmed);
  if (folded.startsWith("#") && ERRORS.has(folded)) return { ok: false, reason: "error", text: raw };
  if (BLANKS.has(folded)) return { ok: false, reason: "blank", text: raw };
  return parseWritten(folded, raw);
}

function parseWritten(folded: string, raw: string): ParsedNumber {
  let text = folded;
  let negative = false;
  const paren = /^\((.*)\)$/.exec(text);
  if (paren?.[1] !== undefined) {
    negative = true;
    text = paren[1].trim();
  }
  const m = FULL.exec(text);
  if (!m) return { ok: false, reason: "text", text: raw };
  const [, sign1, currencyBefore, sign2, digits = "", exp, scale, percentWord, unitWord] = m;
  if (sign1 === "-") negative = !negative;
  if (sign2 === "-") negative = !negative;
  let power = exp === undefined ? 0 : Number(exp);
  if (scale !== undefined) power += NUMBER_SCALES.get(scale.toLowerCase()) ?? 0;
  const percent = percentWord !== undefined;
  if (percent) power -= percentWord === "‰" ? 3 : 2;
  const magnitude = Number(`${digits.replace(GROUPING, "")}e${power}`);
  if (!Number.isFinite(magnitude)) return { ok: false, reason: "text", text: raw };
  const result: { ok: true; value: number; percent: boolean; currency?: string; unit?: string } = {
    ok: true,
    value: negative && magnitude !== 0 ? -magnitude : magnitude,
    percent,
  };
  const unit = unitWord?.trim();
  const currency = currencyBefore ?? (unit !== undefined && CURRENCY_MARKERS.has(unit) ? unit : undefined);
  if (currency !== undefined) result.currency = CURRENCY_MARKERS.get(currency) ?? currency;
  if (unit !== undefined && unit !== "" && unit !== currency) result.unit = unit;
  return result;
}
