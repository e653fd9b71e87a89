import fc from "fast-check";
import { createHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";
import { needed, type CellValue, type KpiEvaluation } from "../../../src/engine";
import { cellA1 } from "../../../src/excel/write/a1";
import { COL } from "../../../src/excel/write/scorecardLayout";

/** Relative closeness: the host keeps 14 significant digits (as Excel keeps 15), the engine 12. */
const close = (actual: unknown, expected: number | undefined) => {
  if (expected === undefined) return actual === "";
  return typeof actual === "number" && Math.abs(actual - expected) <= 1e-8 * Math.max(1, Math.abs(expected));
};

/**
 * Source rows (Excel, 1-based) of KPIs whose actual is a live link: 4 Revenue, 5 Cost, 8 "+1" (band),
 * 9 "-x" (T = 0), 10 "@SUM" (blank). Not row 6 ("¥3.5万" is text) nor 7 and 11 (unit % — the engine
 * rescaled 95 to 0.95): their inputs are parsed constants until the next refresh.
 */
const LINKED = [4, 5, 8, 9, 10];
const ACTUAL_COLUMN = "G";

async function written() {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = sourceGrid();
  typeGrid(host, grid);
  await host.run((ctx) => writeEvaluation(ctx, fixture(grid).input));
  return { host, grid };
}

const letter = (c: number) => cellA1(0, c).replace(/\d+$/, "");

/** What the Needed for green cell shows for the engine's answer (boardFormulas.ts: a bound, a value, "low – high", "—"). */
export function neededCell(k: KpiEvaluation): unknown {
  const band = k.inputs.band ? ([Math.min(...k.inputs.band), Math.max(...k.inputs.band)] as [number, number]) : undefined;
  const n = needed({ target: k.inputs.target, baseline: k.inputs.baseline, direction: k.inputs.direction, threshold: k.inputs.green, band });
  if (!n.ok) return n.reason === "unreachable" ? "—" : "";
  if (n.low !== undefined && n.high !== undefined && n.low !== n.high) return "range";
  return n.low ?? n.high;
}

/** Reads attainment, score, status, needed for green and total back from the Scorecard and compares them with a fresh engine run. */
function agrees(host: ReturnType<typeof createHost>, grid: CellValue[][]): boolean {
  const { evaluation } = fixture(grid);
  const n = evaluation.kpis.length;
  const read = (c: number) => host.getValues("Scorecard", `${letter(c)}8:${letter(c)}${7 + n}`).map((r) => r[0]);
  const [attainment, score, status, need] = [read(COL.attainment), read(COL.score), read(COL.status), read(COL.needed)];
  const total = host.getValues("Scorecard", "C4")[0]?.[0];
  const neededAgrees = (cell: unknown, want: unknown) =>
    want === "range" ? typeof cell === "string" && / – /.test(cell) : typeof want === "number" ? close(cell, want) : cell === want;
  return (
    evaluation.kpis.every(
      (k, i) => close(attainment[i], k.attainment) && close(score[i], k.score) && status[i] === k.status && neededAgrees(need[i], neededCell(k)),
    ) && close(total, evaluation.total.value)
  );
}

/** Attainment, score and status of a Scorecard row (1-based). */
function statusOf(host: ReturnType<typeof createHost>, row: number): unknown[] {
  return [COL.attainment, COL.score, COL.status].map((c) => host.getValues("Scorecard", `${letter(c)}${row}`)[0]?.[0]);
}

describe("the live Scorecard recomputes when an actual changes", () => {
  it("follows a changed actual: score, status and total equal the engine's for the new value", async () => {
    const { host, grid } = await written();
    // Revenue growth: B 100, T 120; actual 110 → 130: progress (130 − 100)/(120 − 100) = 1.5 → score capped at 1.2, On track.
    host.setCells(SOURCE_SHEET, "G4", [[130]]);
    (grid[3] as CellValue[])[6] = 130;
    const row = statusOf(host, 8);
    expect(row[0]).toBeCloseTo(1.5, 9);
    expect(row[1]).toBeCloseTo(1.2, 9);
    expect(row[2]).toBe("On track");
    expect(agrees(host, grid)).toBe(true);
  });

  it("reads a displayed 90% as 0.9 against the 0.9 threshold, as the engine does", async () => {
    const { host, grid } = await written();
    // Revenue growth with B 0.2, T 0.5, A 0.47: (0.47 − 0.2)/(0.5 − 0.2) is 0.8999999999999999 in binary
    // floating point; the engine rounds to 12 digits → 0.9 → "At risk". HyperFormula compares within an
    // epsilon, so this agreement would hold here even without the formula's ROUND(…, 12); ROUND is there
    // for real Excel, whose comparisons are exact (formulas.test.ts pins the formula text).
    host.setCells(SOURCE_SHEET, "E4:G4", [[0.2, 0.5, 0.47]]);
    const row = grid[3] as CellValue[];
    [row[4], row[5], row[6]] = [0.2, 0.5, 0.47];
    expect(statusOf(host, 8)).toEqual([0.9, 0.9, "At risk"]);
    expect(agrees(host, grid)).toBe(true);
  });

  it("scores a KPI whose actual was blank as soon as one is typed", async () => {
    const { host, grid } = await written();
    expect(statusOf(host, 14)[2]).toBe("No data");
    // "@SUM(A1)": higher, T 50, no baseline; actual 45 → 1 + (45 − 50)/50 = 0.9 → At risk.
    host.setCells(SOURCE_SHEET, "G10", [[45]]);
    (grid[9] as CellValue[])[6] = 45;
    expect(statusOf(host, 14)).toEqual([0.9, 0.9, "At risk"]);
    expect(agrees(host, grid)).toBe(true);
  });

  it("goes back to No data when an actual is cleared", async () => {
    const { host, grid } = await written();
    host.setCells(SOURCE_SHEET, "G5", [[""]]);
    (grid[4] as CellValue[])[6] = null;
    expect(statusOf(host, 9)).toEqual(["", "", "No data"]);
    expect(agrees(host, grid)).toBe(true);
  });

  it("agrees with the engine for random actuals (higher, lower, band, zero target, blank)", async () => {
    const { host, grid } = await written();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.integer({ min: -50, max: 250 }), fc.constant(null)), { minLength: LINKED.length, maxLength: LINKED.length }), async (actuals) => {
        LINKED.forEach((row, i) => {
          const v = actuals[i] ?? null;
          host.setCells(SOURCE_SHEET, `${ACTUAL_COLUMN}${row}`, [[v === null ? "" : v]]);
          (grid[row - 1] as CellValue[])[6] = v;
        });
        await Promise.resolve();
        expect(agrees(host, grid)).toBe(true);
      }),
      { seed: 20270301, numRuns: 40 },
    );
  });
});

describe("the live attainment follows the engine's baseline rules", () => {
  it("agrees for random targets around the baseline (progress, contradicting target, B = T, T = 0)", async () => {
    const { host, grid } = await written();
    // Rows 4 (higher, B 100) and 5 (lower, B 10): targets drawn around the baselines, 0 included.
    const target = fc.oneof(fc.constantFrom(0, 10, 100), fc.integer({ min: -20, max: 200 }));
    await fc.assert(
      fc.asyncProperty(target, target, fc.integer({ min: -20, max: 200 }), fc.integer({ min: -20, max: 40 }), async (t4, t5, a4, a5) => {
        for (const [row, t, a] of [[4, t4, a4], [5, t5, a5]] as const) {
          host.setCells(SOURCE_SHEET, `F${row}:G${row}`, [[t, a]]);
          (grid[row - 1] as CellValue[])[5] = t;
          (grid[row - 1] as CellValue[])[6] = a;
        }
        await Promise.resolve();
        expect(agrees(host, grid)).toBe(true);
      }),
      { seed: 46447, numRuns: 60 },
    );
  });
});
