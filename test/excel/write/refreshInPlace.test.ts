/**
 * Issue 13 "Done when": a user formula into the Scorecard (fixed cell, table column, defined name)
 * reads the same KPI's value after refreshes that change values, add a KPI and remove one, on a host
 * that breaks references into deleted sheets as Excel does; comments survive all three; a second
 * refresh started meanwhile refuses; a failure at any sync leaves the workbook as it was.
 */
import { createHost, type InMemoryExcelHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { WorkbookError } from "../../../src/excel/port";
import { LOCK_KEY } from "../../../src/excel/write/refreshLock";
import type { CellValue } from "../../../src/engine";
import { fixture, sourceGrid, SOURCE_SHEET, typeGrid, type Fixture } from "./fixture";

/** The fixture's KPI rows (name first), so tests can add, remove and reorder them. */
function kpiRows(): CellValue[][] {
  return sourceGrid().slice(3);
}

const NEW_KPI: CellValue[] = ["Net promoter score", "Customer", "Delight customers", "Ann", 20, 40, 30, 10, "higher", "2027-12-31", "", ...Array(12).fill(null)];

/** Types the grid into the source sheet, blanking `extra` rows below it (a KPI removed leaves no trace). */
function typeSource(host: InMemoryExcelHost, rows: CellValue[][], extra = 3): Fixture {
  const grid = sourceGrid(rows);
  const width = grid[0]!.length;
  // "" clears a cell (null would leave the old value there).
  const typed = [...grid, ...Array.from({ length: extra }, () => Array<CellValue>(width).fill(""))].map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
  typeGrid(host, typed);
  return fixture(grid);
}

async function refresh(host: InMemoryExcelHost, fx: Fixture, extra: Partial<Fixture["input"]> = {}) {
  return host.run((ctx) => writeEvaluation(ctx, { ...fx.input, ...extra }));
}

/** The Scorecard row (Excel, 1-based) of a KPI, found by its Key (column AI). */
function rowOf(host: InMemoryExcelHost, key: string): number {
  const keys = host.getValues("Scorecard", "AI8:AI40").map((r) => r[0]);
  const i = keys.indexOf(key);
  if (i < 0) throw new Error(`no KPI ${key}`);
  return 8 + i;
}

const scoreOf = (fx: Fixture, name: string) => fx.evaluation.kpis.find((k) => k.name === name)?.score;

const BOARD_FORMULAS = [
  ['=XLOOKUP("Revenue growth",KpiScorecard[KPI],KpiScorecard[Score])'],
  ["=KPI_OverallScore"],
  ["=Scorecard!C4"],
  ['=INDEX(KpiScorecard[Score],MATCH("Defect rate",KpiScorecard[KPI],0))'],
  ["=KPI_MatchIndex"],
  ["=ROWS(KpiScorecard[KPI])"],
  ["=KPI_OnTrack+KPI_AtRisk+KPI_OffTrack+KPI_NoData"],
  ["=KPI_SmartPassRate"],
  ['=XLOOKUP("Cost per order",KpiScorecard[KPI],KpiScorecard[Comment],"gone")'],
];

function board(host: InMemoryExcelHost): CellValue[] {
  return host.getValues("Board", "A1:A9").map((r) => r[0] ?? null);
}

function expectBoard(host: InMemoryExcelHost, fx: Fixture, comment: string): void {
  const [revenue, overall, fixed, defect, match, rows, counted, pass, note] = board(host);
  expect(revenue).toBeCloseTo(scoreOf(fx, "Revenue growth") ?? NaN, 9);
  expect(overall).toBeCloseTo(fx.evaluation.total.value ?? NaN, 9);
  expect(fixed).toBe(overall);
  expect(defect).toBeCloseTo(scoreOf(fx, "Defect rate") ?? NaN, 9);
  expect(match).toBe(Math.round(fx.evaluation.match.index * 10) / 10);
  expect(rows).toBe(fx.evaluation.kpis.length);
  expect(counted).toBe(fx.evaluation.kpis.length);
  expect(pass).toBeCloseTo(fx.evaluation.smart.passRate, 12);
  expect(note).toBe(comment);
  // The formulas themselves are untouched: no #REF!, no rewritten reference.
  expect(host.getFormulas("Board", "A1:A9")).toEqual(BOARD_FORMULAS);
}

describe("refresh in place: users' formulas, names and comments keep working", () => {
  it("reads the same KPI's figures after refreshes that change a value, add a KPI and remove one", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET, "Board"] });
    let fx = typeSource(host, kpiRows());
    await refresh(host, fx);
    host.setCells("Board", "A1:A9", BOARD_FORMULAS);
    // A manager's comments, typed in the Comment column (I) of two KPIs; one is a formula of their own.
    host.setCells("Scorecard", `I${rowOf(host, "Cost per order")}`, [["Supplier renegotiation in Q2"]]);
    host.setCells("Scorecard", `I${rowOf(host, "Defect rate")}`, [['="QA: "&TEXT(2,"0")']]);
    const boardBefore = host.snapshot().sheets.find((s) => s.name === "Board")!;
    expectBoard(host, fx, "Supplier renegotiation in Q2");

    // 1. A value changes (Revenue growth's actual 110 → 130), then a refresh.
    const changed = kpiRows();
    changed[0]![6] = 130;
    fx = typeSource(host, changed);
    expectBoard(host, fx, "Supplier renegotiation in Q2"); // live before the refresh…
    await refresh(host, fx);
    expectBoard(host, fx, "Supplier renegotiation in Q2"); // …and after it.

    // 2. A KPI is added at the top: every other KPI moves down a row on the Scorecard.
    fx = typeSource(host, [NEW_KPI, ...changed]);
    await refresh(host, fx);
    expectBoard(host, fx, "Supplier renegotiation in Q2");
    expect(host.getValues("Scorecard", `I${rowOf(host, "Cost per order")}`)).toEqual([["Supplier renegotiation in Q2"]]);
    expect(host.getFormulas("Scorecard", `I${rowOf(host, "Defect rate")}`)).toEqual([['="QA: "&TEXT(2,"0")']]);
    expect(host.getValues("Scorecard", `I${rowOf(host, "Defect rate")}`)).toEqual([["QA: 2"]]);

    // 3. A KPI is removed: its comment moves to the Kept notes block, nothing is lost.
    const without = [NEW_KPI, ...changed].filter((r) => r[0] !== "Cost per order");
    fx = typeSource(host, without);
    const removed = await refresh(host, fx, { timestamp: "2027-03-08 10:00" });
    expectBoard(host, fx, "gone");
    expect(removed.notes.map((n) => n.en).join(" ")).toContain("1 comment(s) of KPIs no longer in the table");
    const kept = keptNotes(host);
    expect(kept).toContainEqual(["Comment of a removed KPI", "Cost per order", "Supplier renegotiation in Q2", "2027-03-08 10:00"]);

    // 4. The KPI comes back: so does its comment.
    fx = typeSource(host, [NEW_KPI, ...changed]);
    const back = await refresh(host, fx);
    expectBoard(host, fx, "Supplier renegotiation in Q2");
    expect(back.notes.map((n) => n.en).join(" ")).toContain("went back to their KPI");
    expect(keptNotes(host)).toEqual([]);

    // The user's sheet is byte-identical but for the values its formulas compute.
    const boardAfter = host.snapshot().sheets.find((s) => s.name === "Board")!;
    const formulasOnly = (s: typeof boardAfter) => JSON.stringify(s, (k, v: unknown) => (k === "value" || k === "text" ? undefined : v));
    expect(formulasOnly(boardAfter)).toBe(formulasOnly(boardBefore));
    // No sheet of ours was ever deleted: the Scorecard is the sheet the user's formulas were written against.
    expect(host.getSheetNames()).toEqual([SOURCE_SHEET, "Board", "Scorecard", "Strategy Match", "SMART Review", "Evaluation Log"]);
  });

  it("keeps text typed outside the add-in's blocks, and moves a cell typed where it now writes to Kept notes", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    let fx = typeSource(host, kpiRows());
    await refresh(host, fx);
    host.setCells("Scorecard", "Z1", [["my note, outside every block"]]);
    // Row 16 is just below the KPI table (rows 8–15): a ninth KPI will need it.
    host.setCells("Scorecard", "C16:D16", [["typed below the table", 42]]);
    fx = typeSource(host, [...kpiRows(), NEW_KPI]);
    const result = await refresh(host, fx, { timestamp: "2027-03-09 08:00" });
    expect(host.getValues("Scorecard", "Z1")).toEqual([["my note, outside every block"]]);
    expect(host.getValues("Scorecard", "B16")).toEqual([["Net promoter score"]]);
    expect(keptNotes(host)).toEqual([
      ["Cell typed on this sheet", "Scorecard!C16", "typed below the table", "2027-03-09 08:00"],
      ["Cell typed on this sheet", "Scorecard!D16", 42, "2027-03-09 08:00"],
    ]);
    expect(result.notes.map((n) => n.en).join(" ")).toContain("2 cell(s) you typed where the scorecard now writes (Scorecard!C16, Scorecard!D16)");
    // The notes stay at later refreshes, which have nothing new to say.
    const again = await refresh(host, fx);
    expect(keptNotes(host)).toHaveLength(2);
    expect(again.notes).toEqual([]);
  });

  it("keeps the figures with their KPI when the source is sorted or gets rows above", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const fx = typeSource(host, kpiRows(), 0);
    await refresh(host, fx);
    const figures = () => [rowOf(host, "Revenue growth"), rowOf(host, "Cost per order")].map((r) => host.getValues("Scorecard", `C${r}:X${r}`)[0]);
    const before = figures();
    expect(before[0]?.[2]).toBe(110); // Actual (column E)
    await host.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(SOURCE_SHEET);
      ws.getRange("A4:W11").sort.apply([{ key: 0, ascending: true }]);
      await ctx.sync();
    });
    expect(host.getValues(SOURCE_SHEET, "A4")[0]?.[0]).not.toBe("Revenue growth"); // the sort did move it
    expect(figures()).toEqual(before);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SOURCE_SHEET).getRange("1:2").insert("Down");
      await ctx.sync();
    });
    expect(figures()).toEqual(before);
  });

  it("follows an Excel table source through structured references, sorted or grown", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const fx = typeSource(host, kpiRows(), 0);
    await host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SOURCE_SHEET).tables.add("A3:W11", true).name = "Kpis";
      await ctx.sync();
    });
    const headers = sourceGrid()[2]!.map(String);
    const headerOf = Object.fromEntries(Object.entries(fx.input.source.columns).flatMap(([role, c]) => (typeof c === "number" ? [[role, headers[c] ?? ""]] : [])));
    const input = { ...fx.input, source: { ...fx.input.source, table: "Kpis", tableName: "Kpis", headers: headerOf } };
    await host.run((ctx) => writeEvaluation(ctx, input));
    const row = rowOf(host, "Cost per order");
    expect(host.getFormulas("Scorecard", `AH${row}`)[0]?.[0]).toBe(`=MATCH(B${row},Kpis[KPI名称],0)`);
    expect(host.getFormulas("Scorecard", `E${row}`)[0]?.[0]).toBe(`=IF(INDEX(Kpis[Actual],AH${row})="","",INDEX(Kpis[Actual],AH${row}))`);
    const before = host.getValues("Scorecard", `C${row}:X${row}`)[0];
    await host.run(async (ctx) => {
      ctx.workbook.tables.getItem("Kpis").sort.apply([{ key: 6, ascending: true }]);
      await ctx.sync();
    });
    expect(host.getValues("Scorecard", `C${row}:X${row}`)[0]).toEqual(before);
    host.setCells(SOURCE_SHEET, "G5", [[8]]);
    expect(host.getValues(SOURCE_SHEET, "A5")).toEqual([["Cost per order"]]); // lowest actual first after the sort
    expect(host.getValues("Scorecard", `E${row}`)).toEqual([[8]]);
  });
});

describe("one refresh at a time (co-authoring)", () => {
  const NOW = Date.UTC(2027, 2, 1, 9, 30);

  it("refuses while another person's refresh holds the workbook, and says who; nothing changes", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const fx = typeSource(host, kpiRows());
    await refresh(host, fx);
    await host.run(async (ctx) => {
      ctx.workbook.settings.add(LOCK_KEY, { token: "other", user: "Ann", started: "2027-03-01 09:29", expires: NOW + 60_000 });
      await ctx.sync();
    });
    const before = host.snapshot();
    const error = await refresh(host, fx, { nowMs: NOW }).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("REFRESH_BUSY");
    expect((error as WorkbookError).text.en).toContain("Ann started refreshing this scorecard at 2027-03-01 09:29");
    expect((error as WorkbookError).text.zh).toContain("Ann");
    expect(host.snapshot()).toEqual(before);
  });

  it("takes over an abandoned record (expired), and leaves no record behind", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const fx = typeSource(host, kpiRows());
    await host.run(async (ctx) => {
      ctx.workbook.settings.add(LOCK_KEY, { token: "other", user: "Ann", started: "2027-03-01 09:00", expires: NOW - 1 });
      await ctx.sync();
    });
    await refresh(host, fx, { nowMs: NOW });
    expect(Object.keys(host.snapshot().settings)).not.toContain(LOCK_KEY);
  });

  it("stops before writing in place when another refresh took the workbook over meanwhile", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const fx = typeSource(host, kpiRows());
    await refresh(host, fx);
    const before = host.snapshot();
    let syncs = 0;
    const error = await host
      .run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          await sync();
          // Once our lock is recorded (sync 2), a co-author's refresh replaces it.
          if (++syncs === 2) ctx.workbook.settings.add(LOCK_KEY, { token: "theirs", user: "Ann", started: "", expires: NOW + 60_000 });
        };
        return writeEvaluation(ctx, { ...fx.input, nowMs: NOW });
      })
      .then(() => undefined, (e: unknown) => e);
    expect((error as WorkbookError).code).toBe("REFRESH_BUSY");
    // Our staging sheets are gone and the co-author's record is left alone.
    const after = host.snapshot();
    expect(after.sheets).toEqual(before.sheets);
    expect(after.settings[LOCK_KEY]).toMatchObject({ token: "theirs" });
  });
});

describe("a refresh that fails part-way leaves the previous scorecard complete", () => {
  it.each([1, 2, 3, 4])("fails at sync %i: the workbook is exactly as before, users' formulas still right", async (at) => {
    const host = createHost({ sheets: [SOURCE_SHEET, "Board"] });
    const fx = typeSource(host, kpiRows());
    await refresh(host, fx);
    host.setCells("Board", "A1:A9", BOARD_FORMULAS);
    host.setCells("Scorecard", `I${rowOf(host, "Cost per order")}`, [["Supplier renegotiation in Q2"]]);
    const next = typeSource(host, [NEW_KPI, ...kpiRows()]);
    const before = host.snapshot();
    let syncs = 0;
    const error = await host
      .run((ctx) => {
        const sync = ctx.sync.bind(ctx);
        (ctx as { sync: () => Promise<void> }).sync = async () => {
          if (++syncs === at) host.failNext("GeneralException");
          await sync();
        };
        return writeEvaluation(ctx, next.input);
      })
      .then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(host.snapshot()).toEqual(before);
    // And the next refresh goes through.
    await refresh(host, next);
    expectBoard(host, next, "Supplier renegotiation in Q2");
  });
});

/** The Kept notes block's data rows (its table, KpiKeptNotes), or [] when there is none. */
function keptNotes(host: InMemoryExcelHost): CellValue[][] {
  const table = host.snapshot().sheets.find((s) => s.name === "Scorecard")!.tables.find((t) => t.name === "KpiKeptNotes");
  if (!table) return [];
  const address = table.address.replace(/^.*!/, "");
  return host.getValues("Scorecard", address).slice(1);
}
