/**
 * DOMAIN §3: "a target, baseline or deadline stated in the text counts as if it were in its column".
 * Analysts often write the whole goal in one cell; this fills the KPI's missing target, baseline and
 * deadline from its description (or name), so it is scored as well as checked. Values in their own
 * columns always win.
 */
import type { Kpi } from "../model";
import { extractTextFacts } from "../parse/textFacts";

/** Which inputs were taken from the text. */
export type FilledFromText = readonly ("target" | "baseline" | "deadline")[];

/**
 * @param kpi the KPI as read
 * @param options as-of date and fiscal-year start, for deadlines such as "end of next quarter"
 * @returns the KPI with missing inputs filled from its text, and which ones were filled
 * @example withTextFacts({ name: "FRT", description: "cut from 9 h to 4 h by end of Q1 2027", … }, { asOf }).kpi.target // 4
 */
export function withTextFacts(kpi: Kpi, options: { asOf: number; fiscalYearStartMonth: number }): { kpi: Kpi; filled: FilledFromText } {
  const needsTarget = kpi.target === undefined && kpi.band === undefined;
  if (!needsTarget && kpi.baseline !== undefined && kpi.deadline !== undefined) return { kpi, filled: [] };
  const text = [kpi.name, kpi.description].filter((t) => t !== undefined && t !== "").join(" · ");
  const facts = extractTextFacts(text, options);
  const filled: ("target" | "baseline" | "deadline")[] = [];
  let out: Kpi = kpi;
  if (needsTarget && facts.target !== undefined) {
    out = { ...out, target: facts.target };
    filled.push("target");
    if (kpi.baseline === undefined && facts.baseline !== undefined) {
      out = { ...out, baseline: facts.baseline };
      filled.push("baseline");
    }
  }
  if (kpi.deadline === undefined && kpi.deadlineText === undefined && facts.deadline !== undefined) {
    out = { ...out, deadline: facts.deadline };
    filled.push("deadline");
  }
  return { kpi: out, filled };
}
