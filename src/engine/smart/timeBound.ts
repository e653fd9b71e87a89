/**
 * T — Time-bound (DOMAIN §3): a deadline or period that parses as in §1 (the deadline cell, else one
 * stated in the text). ASAP / 尽快 / ongoing / 长期 do not count. A reporting frequency with no deadline
 * counts as a period (each month's target is bound to that month), reported as T_FREQUENCY.
 * Suggestions give an example deadline: the end of the quarter after asOf's quarter.
 */
import type { Cadence, Deadline } from "../model";
import { parseDeadline } from "../parse/deadline";
import type { TextFacts } from "../parse/textFacts";
import { endOfMonthSerial, serialToIso, serialToParts } from "../parse/serial";
import { criterion } from "./criterion";
import type { CriterionResult } from "./smartTypes";

/** What Time-bound reads. */
export interface TimeBoundInput {
  deadline?: Deadline;
  deadlineText?: string;
  frequency?: Cadence;
  facts: TextFacts;
  asOf: number;
  fiscalYearStartMonth?: number;
}

const PERIOD_NAMES: Readonly<Record<Cadence, { en: string; zh: string }>> = {
  daily: { en: "day", zh: "日" }, weekly: { en: "week", zh: "周" }, monthly: { en: "month", zh: "月" },
  quarterly: { en: "quarter", zh: "季度" }, "half-yearly": { en: "half-year", zh: "半年" }, yearly: { en: "year", zh: "年度" },
};
const validDeadline = (d: Deadline | undefined): d is Deadline => d !== undefined && d !== null && typeof d === "object" && Number.isFinite(d.serial);

/**
 * The end of the quarter after the one containing asOf, as an example deadline.
 * @param asOf "today" as an Excel serial (the current date when not a usable serial)
 * @returns `YYYY-MM-DD`
 * @example exampleDeadline(46353) // "2027-03-31" (asOf 2026-11-27 is in Q4 2026; next quarter ends 2027-03-31)
 */
export function exampleDeadline(asOf: number): string {
  let serial = asOf;
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) serial = Math.floor(Date.now() / 86_400_000) + 25_569;
  const { year, month } = serialToParts(serial);
  const quarterEndMonth = Math.ceil(month / 3) * 3 + 3;
  return serialToIso(endOfMonthSerial(year, quarterEndMonth));
}

/**
 * The deadline a KPI is bound to, and how Time-bound judges it.
 * @param input deadline cell (parsed or as text), frequency, text facts, asOf, fiscal-year start
 * @returns the criterion and the deadline found (for Achievable)
 * @example checkTimeBound({ deadlineText: "ASAP", facts: { numbers: [] }, asOf: 46353 }).result.code // "T_VAGUE"
 */
export function checkTimeBound(input: TimeBoundInput): { result: CriterionResult; deadline?: Deadline } {
  const example = { example: exampleDeadline(input.asOf) };
  if (validDeadline(input.deadline)) return fromDeadline(input.deadline, "T_DEADLINE");
  let failed: CriterionResult | undefined;
  if (typeof input.deadlineText === "string" && input.deadlineText.trim() !== "") {
    const parsed = parseDeadline(input.deadlineText, { asOf: input.asOf, fiscalYearStartMonth: input.fiscalYearStartMonth });
    if (parsed.ok) return fromDeadline(parsed.deadline, "T_DEADLINE");
    if (parsed.reason !== "blank") {
      failed = criterion("not-met", parsed.reason === "vague" ? "T_VAGUE" : "T_UNREADABLE", { ...example, text: input.deadlineText.trim() });
    }
  }
  const { facts } = input;
  if (facts.deadline !== undefined) {
    const found = fromDeadline(facts.deadline, "T_DEADLINE_IN_TEXT", facts.deadlineText ?? "");
    return failed === undefined ? found : { result: failed, deadline: facts.deadline };
  }
  if (failed !== undefined) return { result: failed };
  if (input.frequency !== undefined && Object.hasOwn(PERIOD_NAMES, input.frequency)) {
    const name = PERIOD_NAMES[input.frequency];
    return { result: criterion("met", "T_FREQUENCY", { periodEn: name.en, periodZh: name.zh }) };
  }
  if (facts.vagueDeadline !== undefined) return { result: criterion("not-met", "T_VAGUE", { ...example, text: facts.vagueDeadline }) };
  return { result: criterion("not-met", "T_NO_DEADLINE", example) };
}

function fromDeadline(deadline: Deadline, code: "T_DEADLINE" | "T_DEADLINE_IN_TEXT", text = ""): { result: CriterionResult; deadline: Deadline } {
  if (deadline.kind === "cadence" && deadline.cadence !== undefined && Object.hasOwn(PERIOD_NAMES, deadline.cadence)) {
    const name = PERIOD_NAMES[deadline.cadence];
    return { result: criterion("met", "T_PERIOD", { periodEn: name.en, periodZh: name.zh }), deadline };
  }
  return { result: criterion("met", code, { date: deadline.iso, text }), deadline };
}
