import fc from "fast-check";
import { createHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid } from "./fixture";
import type { CellValue } from "../../../src/engine";

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

/** Reads score, status and total back from the Scorecard and compares them with a fresh engine run. */
function agrees(host: ReturnType<typeof createHost>, grid: CellValue[][]): boolean {
  const { evaluation } = fixture(grid);
  const n = evaluation.kpis.length;
  const values = host.getValues("Scorecard", `R8:T${7 + n}`);
  const total = host.getValues("Scorecard", "C4")[0]?.[0];
  return (
    evaluation.kpis.every((k, i) => close(values[i]?.[0], k.attainment) && close(values[i]?.[1], k.score) && values[i]?.[2] === k.status) &&
    close(total, evaluation.total.value)
  );
}

describe("the live Scorecard recomputes when an actual changes", () => {
  it("follows a changed actual: score, status and total equal the engine's for the new value", async () => {
    const { host, grid } = await written();
    // Revenue growth: B 100, T 120; actual 110 → 130: progress (130 − 100)/(120 − 100) = 1.5 → score capped at 1.2, On track.
    host.setCells(SOURCE_SHEET, "G4", [[130]]);
    (grid[3] as CellValue[])[6] = 130;
    const row = host.getValues("Scorecard", "R8:T8")[0];
    expect(row?.[0]).toBeCloseTo(1.5, 9);
    expect(row?.[1]).toBeCloseTo(1.2, 9);
    expect(row?.[2]).toBe("On track");
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
    expect(host.getValues("Scorecard", "R8:T8")[0]).toEqual([0.9, 0.9, "At risk"]);
    expect(agrees(host, grid)).toBe(true);
  });

  it("scores a KPI whose actual was blank as soon as one is typed", async () => {
    const { host, grid } = await written();
    expect(host.getValues("Scorecard", "T14")[0]?.[0]).toBe("No data");
    // "@SUM(A1)": higher, T 50, no baseline; actual 45 → 1 + (45 − 50)/50 = 0.9 → At risk.
    host.setCells(SOURCE_SHEET, "G10", [[45]]);
    (grid[9] as CellValue[])[6] = 45;
    expect(host.getValues("Scorecard", "R14:T14")[0]).toEqual([0.9, 0.9, "At risk"]);
    expect(agrees(host, grid)).toBe(true);
  });

  it("goes back to No data when an actual is cleared", async () => {
    const { host, grid } = await written();
    host.setCells(SOURCE_SHEET, "G5", [[""]]);
    (grid[4] as CellValue[])[6] = null;
    expect(host.getValues("Scorecard", "R9:T9")[0]).toEqual(["", "", "No data"]);
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
