/**
 * `Range.text`: a value as displayed under its number format. Covers the formats a scorecard uses
 * (General, 0, 0.00, #,##0, #,##0.00, 0%, 0.0%, @, yyyy-mm-dd, m/d/yyyy), with quoted text before or
 * after the number and up to three sections by sign; other formats fall back to General. An
 * approximation of Excel's formatter, enough for tests, autofit and the demo.
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
 * The sections of a format (`pos;neg;zero;text`), split on `;` outside quoted text.
 * @param format the number format
 * @returns one to four sections
 */
function sections(format: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** A section as quoted text before and after a number pattern (`"≥ ¥"#,##0.0" pts"`), or undefined. */
function literalParts(section: string): { before: string; pattern: string; after: string } | undefined {
  const m = /^((?:"[^"]*")*)([^"]*)((?:"[^"]*")*)$/.exec(section);
  if (!m) return undefined;
  const text = (q: string | undefined) => (q ?? "").replace(/"([^"]*)"/g, "$1");
  return { before: text(m[1]), pattern: m[2] ?? "", after: text(m[3]) };
}

/** A number under one pattern without literals (General, 0, 0.00, #,##0, #,##0.0, 0%, 0.0%, dates). */
function formatNumber(value: number, f: string): string {
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

/**
 * Formats one value the way the cell displays it. Sections (`pos;neg;zero`) are chosen by sign as
 * Excel does: with two sections the second is for negatives (shown without their minus sign), with
 * three the third is for zero. Quoted text before and after the number pattern is shown as is; a
 * section of quoted text alone shows only that text. Booleans are TRUE / FALSE whatever the format,
 * text is shown as is (a fourth, text section is not modelled). Other formats fall back to General.
 * @param value - the computed value
 * @param format - the number format
 * @returns the display text
 */
export function displayText(value: CellValue, format: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const parts = sections(format);
  let section = parts[0] ?? "General";
  let shown = value;
  if (value < 0 && parts.length >= 2) {
    section = parts[1] ?? section;
    shown = -value;
  } else if (value === 0 && parts.length >= 3) section = parts[2] ?? section;
  const lit = literalParts(section);
  if (!lit) return formatNumber(value, "General");
  if (lit.pattern === "" && (lit.before !== "" || lit.after !== "")) return `${lit.before}${lit.after}`;
  const number = formatNumber(shown, lit.pattern);
  // One section: a negative number's minus sign goes before the literal text, as in Excel ("-$5").
  if (shown < 0 && (lit.before !== "" || lit.after !== "")) return `-${lit.before}${formatNumber(-shown, lit.pattern)}${lit.after}`;
  return `${lit.before}${number}${lit.after}`;
}
