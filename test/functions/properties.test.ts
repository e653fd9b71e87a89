import fc from "fast-check";
import { StandInError, errorCell } from "./support/customFunctions";
import * as functions from "../../src/functions/functions";
import { setToday } from "../../src/functions/internal/today";
import { PROTOTYPE_TEXTS } from "../support/prototypeKeys";

// Property: whatever Excel (or anything else) passes, no function throws anything but a
// CustomFunctions.Error, and every result cell is a finite number, text, a boolean or a
// CustomFunctions.Error — never NaN, Infinity, undefined or a crash.

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(null, undefined, "", " ", true, false, Number.NaN, Infinity, -Infinity, -0),
  fc.constantFrom("12.5%", "¥3.5万", "(1,200)", "higher", "越低越好", "range", "区间", "Q3 2027", "ASAP", "2026年底", "#N/A", "NPS", "提升客户满意度", "Grow revenue"),
  fc.string(),
  fc.constantFrom(...PROTOTYPE_TEXTS),
  fc.constantFrom("#N/A", "#DIV/0!", "#REF!", "#NAME?", "#VALUE!", "#NUM!", "#NULL!", "#GETTING_DATA", "#SPILL!").map((code) => errorCell(code)),
  fc.constant({ type: "Error", errorType: "Div0" }),
  fc.constant({ type: "Double", basicValue: 3 }),
  fc.constant({ some: "object" }),
);

const gridOf = (rows: number, cols: number) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

// Mostly well-formed 2-D ranges of one shape per call or single cells (as Excel passes), sometimes anything at all.
const argumentsOfOneCall = fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })).chain(([rows, cols]) =>
  fc.array(
    fc.oneof(
      { weight: 4, arbitrary: gridOf(rows, cols) },
      { weight: 3, arbitrary: gridOf(1, 1) },
      { weight: 1, arbitrary: gridOf(rows + 1, cols) },
      { weight: 1, arbitrary: cell },
      { weight: 1, arbitrary: fc.constantFrom([], [[]], [[1, 2], [3]], [1, 2, 3]) },
    ),
    { minLength: 0, maxLength: 10 },
  ),
);

const NAMES = Object.keys(functions) as (keyof typeof functions)[];

function check(result: unknown): boolean {
  // A crash caught by the runner shows as "… please report it": that is a bug, not an answer.
  const ok = (value: unknown) =>
    (value instanceof StandInError && !String(value.message).includes("please report it")) ||
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value));
  if (typeof result === "number") return Number.isFinite(result);
  return Array.isArray(result) && result.length > 0 && result.every((row) => Array.isArray(row) && row.length > 0 && row.every(ok));
}

beforeAll(() => setToday(46353));
afterAll(() => setToday(undefined));

it("exports the seventeen functions", () => {
  expect(NAMES.sort()).toEqual(
    ["ALIGN", "ATTAINMENT", "BAND", "BESTOBJECTIVE", "DEADLINE", "MATCHINDEX", "NEEDED", "NUMBER", "PROJECT", "SCORE", "SIGNAL", "SMART", "SMARTFLAGS", "SMARTNOTE", "SMARTREWRITE", "STATUS", "WEIGHTED"].sort(),
  );
});

it.each(NAMES)("%s throws nothing but a CustomFunctions.Error, for any input of any shape", (name) => {
  const fn = functions[name] as (...args: unknown[]) => unknown;
  fc.assert(
    fc.property(argumentsOfOneCall, (args) => {
      try {
        return check(fn(...args));
      } catch (caught) {
        return caught instanceof StandInError && !String(caught.message).includes("please report it");
      }
    }),
    { seed: 20261127, numRuns: 300 },
  );
});
