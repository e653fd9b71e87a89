import { bestObjective, checkSmart, parseDeadline, prepareObjectives, type Lang, type SmartResult } from "../../../engine";
import { toTextBlock } from "../coerce";
import { directionParam, numberParam, rawParam, seriesParam, textParam } from "../params";
import { type ArgsOf, type CallContext, type Param, defineFunction } from "../runner";
import { today } from "../today";

/**
 * SMART functions (DOMAIN §3): SMART, SMARTFLAGS, SMARTNOTE share their nine arguments and one body;
 * only the shape of the answer differs. Per-KPI arguments pair cell by cell (N×1 or 1×N), `objectives`
 * is one shared list (every non-blank cell), `history` has one row per KPI.
 */

/** The strategy's objectives as written (empty when omitted), prepared once per call for ALIGN-style matching. */
interface Strategy {
  readonly names: string[];
  readonly prepared: ReturnType<typeof prepareObjectives> | undefined;
}

const strategyParam = (name: string): Param<Strategy> => ({
  kind: "shared",
  name,
  read: (grid) => {
    const names = toTextBlock(grid).values.filter((text): text is string => text !== undefined && text !== "");
    return { names, prepared: names.length === 0 ? undefined : prepareObjectives(names.map((n) => ({ name: n, weight: 1 }))) };
  },
});

const PARAMS = [
  textParam("description"),
  numberParam("target"),
  textParam("unit"),
  rawParam("deadline"),
  numberParam("baseline"),
  textParam("objective"),
  strategyParam("objectives"),
  seriesParam("history"),
  directionParam("direction"),
] as const;

type SmartArgs = ArgsOf<typeof PARAMS>;

function check([description, target, unit, deadline, baseline, objective, strategy, history, direction]: SmartArgs): SmartResult {
  const asOf = today();
  const name = description ?? "";
  const parsed = parseDeadline(deadline, { asOf });
  const deadlineText = typeof deadline === "string" ? deadline : undefined;
  const alignment = strategy.prepared === undefined ? undefined : bestObjective({ name, ...(objective === undefined ? {} : { objective }) }, strategy.prepared);
  return checkSmart(
    {
      name,
      ...(target === undefined ? {} : { target }),
      ...(unit === undefined ? {} : { unit }),
      ...(parsed.ok ? { deadline: parsed.deadline } : deadlineText === undefined ? {} : { deadlineText }),
      ...(baseline === undefined ? {} : { baseline }),
      ...(objective === undefined ? {} : { objective }),
      ...(history.length === 0 ? {} : { history }),
      ...(direction === undefined ? {} : { direction }),
    },
    {
      asOf,
      ...(strategy.names.length === 0 ? {} : { objectives: strategy.names }),
      ...(alignment === undefined ? {} : { alignment: { strength: alignment.strength, ...(alignment.objective === undefined ? {} : { objective: alignment.objective }) } }),
    },
  );
}

const LETTERS = ["S", "M", "A", "R", "T"] as const;

/** The reasons for each unmet or unknown criterion, with suggestions, in one language ("" when all are met). */
export function smartNote(result: SmartResult, lang: Lang): string {
  const parts: string[] = [];
  for (const letter of LETTERS) {
    const criterion = result[letter];
    if (criterion.state === "met") continue;
    const mark = criterion.state === "unknown" ? "?" : "✗";
    const suggestion = criterion.suggestion === undefined ? "" : ` ${criterion.suggestion[lang]}`;
    parts.push(`${letter}${mark} ${criterion.message[lang]}${suggestion}`);
  }
  return parts.join(" | ");
}

const smartDef = (name: string, answer: (result: SmartResult, ctx: CallContext) => number | string) =>
  defineFunction({ name, params: PARAMS, body: (args, ctx) => answer(check(args), ctx) });

/** KPI.SMART(…) — number of SMART criteria met, 0–5. */
export const smartFn = smartDef("SMART", (result) => result.score);

/** KPI.SMARTFLAGS(…) — e.g. `SM?R-`. */
export const smartFlagsFn = smartDef("SMARTFLAGS", (result) => result.flags);

/** KPI.SMARTNOTE(…) — reasons and suggestions in Excel's display language. */
export const smartNoteFn = smartDef("SMARTNOTE", (result, ctx) => smartNote(result, ctx.lang));
