import { bestObjective, checkSmart, linkEvidenceText, parseDeadline, parseTarget, percentScale, prepareObjectives, scaled, type Lang, type Quantity, type SmartResult } from "../../../engine";
import { toLenientDirection, toQuantity, toQuantitySeries, toTextBlock } from "../coerce";
import { rawParam, textParam } from "../params";
import { type ArgsOf, type CallContext, type Param, defineFunction } from "../runner";
import { today } from "../today";

/**
 * SMART functions (DOMAIN §3): SMART, SMARTFLAGS, SMARTNOTE, SMARTREWRITE share their nine arguments and
 * one body; only the shape of the answer differs. Per-KPI arguments pair cell by cell (N×1 or 1×N),
 * `objectives` is one shared list (every non-blank cell), `history` has one row per KPI.
 *
 * Every argument is judged from whatever the cell holds, so these calls never answer #VALUE!: a target
 * "high" fails Measurable with its reason, "4:1", "Top 5", "≤¥85" and "double" are measurable; a
 * baseline or history cell that is no number counts as blank. Numbers share one percent scale per KPI
 * (parse/percentScale in the engine): baseline 27 with unit % beside a target "35%" is 27 % → 35 %.
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

/** A baseline written like a target ("2.5:1", "≥ 80%") gives its value; anything else that is no number counts as blank. */
const baselineParam = (name: string): Param<Quantity | undefined> => ({ kind: "cell", name, read: (cell) => toQuantity(cell) ?? targetOf(cell).stated });
const historyParam = (name: string): Param<(Quantity | null)[]> => ({ kind: "rows", name, read: (cells) => toQuantitySeries(cells) });
const lenientDirectionParam = (name: string): Param<ReturnType<typeof toLenientDirection>> => ({ kind: "cell", name, read: (cell) => toLenientDirection(cell) });

const PARAMS = [
  textParam("description"),
  rawParam("target"),
  textParam("unit"),
  rawParam("deadline"),
  baselineParam("baseline"),
  textParam("objective"),
  strategyParam("objectives"),
  historyParam("history"),
  lenientDirectionParam("direction"),
] as const;

type SmartArgs = ArgsOf<typeof PARAMS>;

/** The target cell: a number (kept with its percent flag for the scale), or words to judge; `stated` is the value words give (a bound, band, ratio). */
function targetOf(cell: unknown): { quantity?: Quantity; text?: string; stated?: Quantity } {
  if (typeof cell === "number") return Number.isFinite(cell) ? { quantity: { value: cell, percent: false } } : {};
  if (typeof cell !== "string" || cell.trim() === "") return {};
  const stated = parseTarget(cell);
  if (stated.kind === "number") return { quantity: { value: stated.value, percent: stated.percent }, ...(stated.unit !== undefined || stated.currency !== undefined ? { text: cell.trim() } : {}) };
  const value = stated.kind === "bound" || stated.kind === "band" ? { value: stated.value, percent: stated.percent } : stated.kind === "ratio" ? { value: stated.value, percent: false } : undefined;
  return { text: cell.trim(), ...(value === undefined ? {} : { stated: value }) };
}

function check([description, targetCell, unit, deadline, baselineCell, objective, strategy, historyCells, direction]: SmartArgs): SmartResult {
  const asOf = today();
  const name = description ?? "";
  const { quantity: targetQuantity, text: targetText } = targetOf(targetCell);
  const scale = percentScale([targetQuantity, baselineCell, ...historyCells.map((h) => h ?? undefined)], { unit, text: name });
  const target = targetQuantity === undefined ? undefined : scaled(targetQuantity, scale);
  const baseline = baselineCell === undefined ? undefined : scaled(baselineCell, scale);
  const history = historyCells.map((h) => (h === null ? null : scaled(h, scale)));
  const parsed = parseDeadline(deadline, { asOf });
  const deadlineText = typeof deadline === "string" ? deadline : undefined;
  const alignment = strategy.prepared === undefined ? undefined : bestObjective({ name, ...(objective === undefined ? {} : { objective }) }, strategy.prepared);
  return checkSmart(
    {
      name,
      ...(target === undefined ? {} : { target }),
      ...(targetText === undefined ? {} : { targetText }),
      ...(unit === undefined ? {} : { unit }),
      ...(parsed.ok ? { deadline: parsed.deadline } : deadlineText === undefined ? {} : { deadlineText }),
      ...(baseline === undefined ? {} : { baseline }),
      ...(objective === undefined ? {} : { objective }),
      ...(history.length === 0 ? {} : { history }),
      ...(direction === undefined ? {} : { direction }),
      ...(scale.isPercent ? { isPercent: true } : {}),
    },
    {
      asOf,
      ...(strategy.names.length === 0 ? {} : { objectives: strategy.names }),
      ...(alignment === undefined
        ? {}
        : {
            alignment: {
              strength: alignment.strength,
              ...(alignment.objective === undefined ? {} : { objective: alignment.objective }),
              ...(alignment.evidence === undefined || alignment.objective === undefined ? {} : { evidence: linkEvidenceText(alignment.evidence, alignment.objective) }),
            },
          }),
    },
  );
}

const LETTERS = ["S", "M", "A", "R", "T"] as const;

/**
 * The reasons for each unmet or unknown criterion with suggestions, the evidence behind a Relevant
 * that only the meaning of the words established, and a passed deadline, in one language ("" when all
 * five are met by what the row states).
 */
export function smartNote(result: SmartResult, lang: Lang): string {
  const parts: string[] = [];
  for (const letter of LETTERS) {
    const criterion = result[letter];
    if (criterion.state === "met") continue;
    const mark = criterion.state === "unknown" ? "?" : "✗";
    const suggestion = criterion.suggestion === undefined ? "" : ` ${criterion.suggestion[lang]}`;
    parts.push(`${letter}${mark} ${criterion.message[lang]}${suggestion}`);
  }
  // Relevant met through the meaning of the words: say which evidence made the link.
  if (result.R.state === "met" && result.R.code === "R_ALIGNED") parts.push(`R✓ ${result.R.message[lang]}`);
  for (const note of result.notes) if (note.code === "DEADLINE_PASSED") parts.push(`T! ${note.message[lang]}`);
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

/** KPI.SMARTREWRITE(…) — a SMART version of the KPI ("" when it is SMART already). */
export const smartRewriteFn = smartDef("SMARTREWRITE", (result, ctx) => result.rewrite?.[ctx.lang] ?? "");
