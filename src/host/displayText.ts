/**
 * `Range.text`: a value as displayed under its number format. Covers the formats a scorecard uses
 * (General, 0, 0.00, #,##0, #,##0.00, 0%, 0.0%, @, yyyy-mm-dd, m/d/yyyy); other formats fall back
 * to General. An approximation of Excel's formatter, enough for tests and autofit.
 */
import type { CellValue } from "./hyperformulaBridge";

function general(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  return String(Number(value.toPrecision(10)));
}

function serialToDate(serial: number): Date {
  // Excel serial 25569 = 1970-01-01 (valid for dates after 1900-02-28).
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

function decimalsOf(pattern: string): number {
  const dot = pattern.indexOf(".");
  if (dot < 0) return 0;
  let n = 0;
  for (let i = dot + 1; i < pattern.length && pattern[i] === "0"; i++) n++;
  return n;
}

/**
 * Formats one value the way the cell displays it.
 * @param value - the computed value
 * @param format - the number format
 * @returns the display text
 */
export function displayText(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const f = format.split(";")[0] ?? "General";
  if (f === "General" || f === "@" || f === "") return general(value);
  if (/^0(\.0+)?%$/.test(f)) return `${(value * 100).toFixed(decimalsOf(f))}%`;
  if (/^#,##0(\.0+)?$/.test(f)) {
    const d = decimalsOf(f);
    return value.toLocaleString("en-US", { minimumFractionDigits: d, maximumFractionDigits: d });
  }
  if (/^0(\.0+)?$/.test(f)) return value.toFixed(decimalsOf(f));
  if (/^yyyy-mm-dd$/i.test(f) || /^m\/d\/yyyy$/i.test(f)) {
    const d = serialToDate(value);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const pad = (n: number): string => String(n).padStart(2, "0");
    return /^yyyy/i.test(f) ? `${y}-${pad(m)}-${pad(day)}` : `${m}/${day}/${y}`;
  }
  return general(value);
}
