import { StandInError } from "./support/customFunctions";
import * as functions from "../../src/functions/functions";
import { setToday } from "../../src/functions/internal/today";
import { PROTOTYPE_TEXTS } from "../support/prototypeKeys";

// Every argument of every function, given text that names an Object.prototype property, gives a
// value or an Excel error with a reason: never NaN, a crash reported as internal, or a function.

type Fn = (...args: unknown[][][]) => unknown;
const NAMES = Object.keys(functions) as (keyof typeof functions)[];

/** A well-formed call of each function (one KPI), so that only the argument under test is odd. */
const BASE: Record<keyof typeof functions, unknown[][][]> = {
  ATTAINMENT: [[[90]], [[100]], [["higher"]], [[50]]],
  SCORE: [[[90]], [[100]], [["higher"]], [[50]], [[0]], [[1.2]]],
  BAND: [[[5]], [[4]], [[6]]],
  NEEDED: [[[100]], [["target"]], [[80]], [[0.9]]],
  STATUS: [[[0.95]], [[1]], [[0.9]]],
  WEIGHTED: [[[0.9, 1]], [[1, 2]]],
  SMART: [[["Raise NPS from 30 to 45 by Q4 2027"]], [[45]], [["pts"]], [["Q4 2027"]], [[30]], [["Grow loyalty"]], [["Grow loyalty", "Cut cost"]], [[20, 22, 25, 27, 28, 30]], [["higher"]]],
  SMARTFLAGS: [[["Raise NPS from 30 to 45 by Q4 2027"]], [[45]], [["pts"]], [["Q4 2027"]], [[30]], [["Grow loyalty"]], [["Grow loyalty", "Cut cost"]], [[20, 22, 25, 27, 28, 30]], [["higher"]]],
  SMARTNOTE: [[["Raise NPS from 30 to 45 by Q4 2027"]], [[45]], [["pts"]], [["Q4 2027"]], [[30]], [["Grow loyalty"]], [["Grow loyalty", "Cut cost"]], [[20, 22, 25, 27, 28, 30]], [["higher"]]],
  SMARTREWRITE: [[["Raise NPS from 30 to 45 by Q4 2027"]], [[45]], [["pts"]], [["Q4 2027"]], [[30]], [["Grow loyalty"]], [["Grow loyalty", "Cut cost"]], [[20, 22, 25, 27, 28, 30]], [["higher"]]],
  ALIGN: [[["Net promoter score"]], [["Grow loyalty", "Cut cost"]], [["Grow loyalty"]]],
  BESTOBJECTIVE: [[["Net promoter score"]], [["Grow loyalty", "Cut cost"]], [["Grow loyalty"]]],
  MATCHINDEX: [[["NPS"], ["Cost"]], [[1], [1]], [["Grow loyalty", "Cut cost"]], [[1, 1]], [["Grow loyalty"], ["Cut cost"]], [["customer"], ["financial"]]],
  PROJECT: [[[10, 11, 12, 13]], [[20]], [[4]], [["higher"]], [[5]]],
  SIGNAL: [[[10, 11, 12, 13, 12, 11, 10]]],
  NUMBER: [[["12.5%"]]],
  DEADLINE: [[["Q3 2027"]]],
};

function problems(result: unknown): string[] {
  const cells = typeof result === "number" ? [result] : Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.flatMap((value) => {
    if (value instanceof StandInError) return String(value.message).includes("please report it") ? [`internal error: ${value.message}`] : [];
    if (typeof value === "number") return Number.isFinite(value) ? [] : [`number ${value}`];
    if (typeof value === "string") return /NaN|undefined|function|\[object/.test(value) ? [`text "${value}"`] : [];
    if (typeof value === "boolean") return [];
    return [`value ${String(value)}`];
  });
}

beforeAll(() => setToday(46353));
afterAll(() => setToday(undefined));

it.each(NAMES)("%s gives a value or a reasoned error for Object.prototype names in every argument", (name) => {
  const fn = functions[name] as unknown as Fn;
  const base = BASE[name];
  expect(problems(fn(...base))).toEqual([]);
  const found: string[] = [];
  base.forEach((_, position) => {
    for (const text of PROTOTYPE_TEXTS) {
      const args = base.map((arg, i) => (i === position ? arg.map((row) => row.map(() => text)) : arg));
      let result: unknown;
      try {
        result = fn(...args);
      } catch (caught) {
        result = caught;
      }
      for (const p of problems(result)) found.push(`argument ${position + 1} = "${text}": ${p}`);
    }
  });
  expect(found).toEqual([]);
});
