import { fail } from "../errors";
import { parseDeadline, parseNumber } from "../../../engine";
import { isBlank } from "../grid";
import { clip, say } from "../messages";
import { rawParam } from "../params";
import { defineFunction } from "../runner";
import { toNumber } from "../coerce";

/**
 * Parsing functions (DOMAIN §1): NUMBER and DEADLINE.
 */

/** KPI.NUMBER(text) — the number in messy text: `¥3.5万` → 35000, `(1,200)` → −1200, `12.5%` → 0.125. */
export const numberFn = defineFunction({
  name: "NUMBER",
  params: [rawParam("text")],
  body: ([cell], ctx) => {
    if (typeof cell === "string" && !isBlank(cell)) {
      const parsed = parseNumber(cell);
      if (!parsed.ok && parsed.reason === "text") return fail("#VALUE!", say(ctx.lang, "NO_NUMBER_IN_TEXT", { text: clip(cell.trim()) }));
    }
    return toNumber(cell, ctx, "text") ?? fail("#N/A", say(ctx.lang, "NO_TEXT", { param: "text" }));
  },
});

/**
 * KPI.DEADLINE(text) — Excel serial of the end of the period named. Relative words (`年底`, `monthly`)
 * are read against the day of calculation.
 */
export const deadlineFn = defineFunction({
  name: "DEADLINE",
  params: [rawParam("text")],
  body: ([cell], ctx) => {
    const parsed = parseDeadline(cell);
    if (parsed.ok) return parsed.deadline.serial;
    if (parsed.reason === "blank") return fail("#N/A", say(ctx.lang, "NO_TEXT", { param: "text" }));
    return fail("#VALUE!", say(ctx.lang, parsed.reason === "vague" ? "VAGUE_DATE" : "NOT_A_DATE", { text: clip(parsed.text.trim()) }));
  },
});
