/**
 * Reading a deadline or period from a cell (DOMAIN §1 "Deadlines"): dates in several forms, Excel serials,
 * quarters, halves, (fiscal) years, months, relative words (`年底`, `end of quarter`) and recurring cadences.
 */
import { DEADLINE_PREFIXES, DEADLINE_SUFFIXES, RELATIVE_DEADLINE_WORDS, VAGUE_DEADLINE_WORDS } from "../data/deadlineWords";
import { wordTable } from "../data/wordTable";
import type { Deadline } from "../model";
import { parseCadence } from "./cadence";
import { cellText, foldText } from "./internal/cellText";
import { matchDeadline, toDeadline } from "./internal/deadlinePatterns";
import { MAX_YEAR, MIN_YEAR, periodEndContaining, todaySerial } from "./internal/periodEnd";
import { normalizeHeader } from "./normalize";
import { dateToSerial, serialToParts } from "./serial";

/** Options: the fiscal year's first month (1–12, default 1 = calendar) and "today" as an Excel serial. */
export interface DeadlineOptions {
  fiscalYearStartMonth?: number;
  asOf?: number;
}

/** A parsed deadline, or why the cell holds none. */
export type ParsedDeadline = { ok: true; deadline: Deadline } | { ok: false; reason: "blank" | "vague" | "unreadable"; text: string };

/** Excel serials accepted as dates (1954-10-03 … 2119-01-10). */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCjk = (s: string) => /[\u3400-\u9fff]/u.test(s);
const byLength = (a: string, b: string) => b.length - a.length;
const PREFIX = new RegExp(
  `^(?:(?:${DEADLINE_PREFIXES.filter((p) => !isCjk(p)).sort(byLength).map(escape).join("|")})(?![a-z])|(?:${DEADLINE_PREFIXES.filter(isCjk).sort(byLength).map(escape).join("|")}))[\\s:：]*`,
  "u",
);
const SUFFIX = new RegExp(`(?:\\s*(?:${[...DEADLINE_SUFFIXES].sort(byLength).map(escape).join("|")}))+$`, "u");
const VAGUE = new Set(VAGUE_DEADLINE_WORDS.map(normalizeHeader));
const VAGUE_STEMS = VAGUE_DEADLINE_WORDS.map(normalizeHeader).filter((w) => (isCjk(w) ? w.length >= 2 : w.length >= 4));
const AFTER_PREFIX = wordTable<{ unit: "month" | "quarter" | "year"; offset: number }>({
  year: { unit: "year", offset: 0 }, theyear: { unit: "year", offset: 0 }, quarter: { unit: "quarter", offset: 0 },
  thequarter: { unit: "quarter", offset: 0 }, month: { unit: "month", offset: 0 }, themonth: { unit: "month", offset: 0 },
});
const HAS_DIGIT = /\d/;
const CADENCE_MONTHS = { daily: 0, weekly: 0, monthly: 1, quarterly: 3, "half-yearly": 6, yearly: 12 } as const;
const RELATIVE_MONTHS = { month: 1, quarter: 3, year: 12 } as const;

/**
 * Parses a deadline cell.
 * @param value a cell value: text, an Excel serial (20000–80000) or a year number (1900–2200)
 * @param options fiscal year start month (FY2027 with start 4 ends 2027-03-31) and `asOf` ("today" serial, for
 *   cadences such as `monthly` and relative words such as `年底`; default: the current UTC date)
 * @returns the period's last day and kind, or `ok: false` with `blank`, `vague` (ASAP, 尽快, ongoing, TBD …) or `unreadable`
 * @example parseDeadline("2027年第三季度") // { ok: true, deadline: { serial: 46660, iso: "2027-09-30", kind: "quarter" } }
 * @example parseDeadline("ASAP") // { ok: false, reason: "vague", text: "ASAP" }
 */
export function parseDeadline(value: unknown, options: DeadlineOptions = {}): ParsedDeadline {
  const start = validMonth(options.fiscalYearStartMonth);
  if (typeof value === "number") return fromNumber(value);
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { ok: false, reason: "unreadable", text: "Invalid Date" };
    return fromNumber(dateToSerial(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()));
  }
  const raw = cellText(value);
  if (typeof value !== "string" && value !== null && value !== undefined) return { ok: false, reason: "unreadable", text: raw };
  let t = foldText(raw).replace(/[.。!！;；]+$/u, "");
  if (t === "") return { ok: false, reason: "blank", text: raw };
  if (t.length > 80) return { ok: false, reason: "unreadable", text: raw };
  const original = t;
  for (let i = 0; i < 3 && PREFIX.test(t); i++) t = t.replace(PREFIX, "");
  const key = normalizeHeader(t);
  const asOf = () => (typeof options.asOf === "number" && Number.isFinite(options.asOf) ? options.asOf : todaySerial());
  if (!HAS_DIGIT.test(t)) {
    const relative = RELATIVE_DEADLINE_WORDS.get(key) ?? (t !== original ? AFTER_PREFIX.get(key) : undefined); // "by end of year"
    if (relative !== undefined) return relativeEnd(asOf(), relative.unit, relative.offset, start);
    if (VAGUE.has(key) || VAGUE_STEMS.some((w) => key.includes(w))) return { ok: false, reason: "vague", text: raw };
    const cadence = parseCadence(t);
    if (cadence !== undefined) return { ok: true, deadline: { ...cadenceEnd(asOf(), cadence, start), kind: "cadence", cadence } };
    return { ok: false, reason: "unreadable", text: raw };
  }
  // "2026年上半年末" is the end of the half: its 年末 is no suffix ("上半" + 年末)
  t = t.replace(/([上下]半年)(?:末|底)?(?:结束)?(?:前|之前|以前)?$/u, "$1");
  if (!/[上下]半年$/u.test(t)) t = t.replace(SUFFIX, "");
  t = t.trim();
  const found = matchDeadline(t, start);
  if (found === undefined || found === "unreadable") return { ok: false, reason: "unreadable", text: raw };
  return { ok: true, deadline: toDeadline(found.serial, found.kind) };
}

function fromNumber(n: number): ParsedDeadline {
  if (Number.isFinite(n) && n >= SERIAL_MIN && n <= SERIAL_MAX) return { ok: true, deadline: toDeadline(Math.floor(n), "date") };
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return { ok: true, deadline: toDeadline(dateToSerial(n, 12, 31), "year") };
  return { ok: false, reason: "unreadable", text: String(n) };
}

function validMonth(m: number | undefined): number {
  return typeof m === "number" && Number.isInteger(m) && m >= 1 && m <= 12 ? m : 1;
}

function relativeEnd(asOf: number, unit: "month" | "quarter" | "year", offset: number, start: number): ParsedDeadline {
  const { year, month } = serialToParts(asOf);
  const length = RELATIVE_MONTHS[unit];
  const shifted = year * 12 + month - 1 + offset * length;
  const serial = periodEndContaining(Math.floor(shifted / 12), (shifted % 12) + 1, length, unit === "month" ? 1 : start);
  return { ok: true, deadline: toDeadline(serial, unit) };
}

function cadenceEnd(asOf: number, cadence: keyof typeof CADENCE_MONTHS, start: number): Deadline {
  const day = Math.floor(asOf);
  if (cadence === "daily") return toDeadline(day, "cadence");
  if (cadence === "weekly") {
    const weekday = (((day - 1) % 7) + 7) % 7; // Excel serial 1 is a Sunday: 0 = Sunday … 6 = Saturday
    return toDeadline(day + ((7 - weekday) % 7), "cadence"); // weeks end on Sunday (ISO 8601)
  }
  const { year, month } = serialToParts(day);
  return toDeadline(periodEndContaining(year, month, CADENCE_MONTHS[cadence], cadence === "monthly" ? 1 : start), "cadence");
}
