import { planSheet, tableNamesAfter, tablesInTheWay, type NewTable, type OldTable } from "../../../src/excel/write/inPlace";
import { kpiKeys, planComments, readOldNotes, userCell } from "../../../src/excel/write/comments";
import { DEFINED_NAMES, planNames } from "../../../src/excel/write/definedNames";
import { lockBlocks, newLock, parseLock } from "../../../src/excel/write/refreshLock";

const R = (row: number, column: number, rows: number, columns: number) => ({ row, column, rows, columns });

describe("planSheet: what the last sync does to a managed sheet", () => {
  const oldTables: OldTable[] = [
    { key: "kpis", name: "KpiScorecard", at: R(6, 0, 9, 32) },
    { key: "history", name: "KpiSignalHistory", at: R(20, 33, 3, 13) },
  ];
  const newTables: NewTable[] = [
    { key: "kpis", name: "KpiScorecard", at: R(6, 0, 11, 32) },
    { key: "history", name: "KpiSignalHistory", at: R(24, 33, 3, 13) },
    { key: "kept", name: "KpiKeptNotes", at: R(30, 33, 2, 4) },
  ];
  it("resizes a table that keeps its header row, re-creates one that moved, adds a new one", () => {
    const plan = planSheet([R(0, 0, 15, 32)], [R(0, 0, 17, 32)], oldTables, newTables, true);
    expect(plan.keep).toEqual([{ name: "KpiScorecard", from: R(6, 0, 9, 32), at: R(6, 0, 11, 32) }]);
    expect(plan.convert).toEqual(["KpiSignalHistory"]);
    expect(plan.recreated).toEqual([]);
    expect(plan.add.map((t) => t.name)).toEqual(["KpiSignalHistory", "KpiKeptNotes"]);
    expect(tableNamesAfter(plan, oldTables, newTables)).toEqual({ kpis: "KpiScorecard", history: "KpiSignalHistory", kept: "KpiKeptNotes" });
  });
  it("without Table.resize re-creates a table that changed size (and says which), keeps one that did not", () => {
    const same: NewTable[] = [{ key: "history", name: "KpiSignalHistory", at: R(20, 33, 3, 13) }, { key: "kpis", name: "KpiScorecard", at: R(6, 0, 11, 32) }];
    const plan = planSheet([], [], oldTables, same, false);
    expect(plan.keep.map((k) => k.name)).toEqual(["KpiSignalHistory"]);
    expect(plan.recreated).toEqual(["KpiScorecard"]);
  });
  it("clears what the last refresh wrote and this one does not, and nothing else", () => {
    const plan = planSheet([R(0, 0, 15, 32), R(0, 40, 3, 3)], [R(0, 0, 12, 32)], [], [], true);
    expect(plan.clear).toEqual([R(0, 40, 3, 3), R(12, 0, 3, 32)]);
    expect(plan.copy).toEqual([R(0, 0, 12, 32)]);
    expect(plan.clearFormats).toEqual([R(0, 0, 15, 32), R(0, 40, 3, 3)]);
  });
  it("finds a table of the user's where ours must go", () => {
    const plan = planSheet([], [], [], newTables, true);
    expect(tablesInTheWay(plan, [{ name: "Mine", at: R(10, 5, 2, 2) }, { name: "Far", at: R(100, 0, 2, 2) }])).toEqual(["Mine"]);
  });
});

describe("comments follow their KPI", () => {
  it("keys KPIs by name, numbering repeats", () => {
    expect(kpiKeys(["Revenue", " Cost  per order", "revenue"])).toEqual(["Revenue", "Cost per order", "revenue (2)"]);
  });
  it("keeps the user's formula, text that looks like one stays text", () => {
    expect(userCell(4, "=A1*2")).toBe("=A1*2");
    expect(userCell("=A1*2", "=A1*2")).toBe("'=A1*2");
    expect(userCell("", "")).toBeUndefined();
    expect(userCell(0, 0)).toBe(0);
  });
  it("moves the comment of a removed KPI to Kept notes and brings it back when the KPI returns", () => {
    const old = readOldNotes([["Revenue"], ["Cost"]], { values: [["up"], ["renegotiate"]], formulas: [["up"], ["renegotiate"]] }, { values: [], formulas: [] });
    const first = planComments(["Revenue"], old, "2027-03-08");
    expect(first.comments).toEqual(["'up"]);
    expect(first.kept).toEqual([{ kind: "comment", what: "Cost", text: "'renegotiate", since: "2027-03-08" }]);
    expect(first.moved).toBe(1);
    const kept = readOldNotes([["Revenue"]], { values: [["up"]], formulas: [["up"]] }, { values: [["Comment of a removed KPI", "Cost", "renegotiate", "2027-03-08"]], formulas: [["Comment of a removed KPI", "Cost", "renegotiate", "2027-03-08"]] });
    const back = planComments(["Cost", "Revenue"], kept, "2027-03-09");
    expect(back.comments).toEqual(["'renegotiate", "'up"]);
    expect(back.kept).toEqual([]);
    expect(back.restored).toBe(1);
  });
});

describe("defined names", () => {
  const sheets = { scorecard: "Scorecard", strategyMatch: "Strategy Match", smartReview: "SMART Review", log: "Evaluation Log" };
  it("adds the missing ones, leaves ours that point right, re-points ours that broke, never touches others'", () => {
    const plan = planNames(
      [
        { name: "KPI_OverallScore", formula: "=Scorecard!$C$4" },
        { name: "KPI_MatchIndex", formula: "=#REF!$B$11" },
        { name: "KPI_OnTrack", formula: "=Sheet9!$A$1" },
      ],
      ["KPI_OverallScore", "KPI_MatchIndex"],
      sheets,
      [],
    );
    expect(plan.foreign).toEqual(["KPI_OnTrack"]);
    expect(plan.add.find((a) => a.name.name === "KPI_MatchIndex")?.replace).toBe(true);
    expect(plan.add.some((a) => a.name.name === "KPI_OverallScore")).toBe(false);
    expect(plan.add).toHaveLength(DEFINED_NAMES.length - 2);
    expect(planNames([{ name: "KPI_SmartPassRate", formula: "='SMART Review'!$B$3" }], ["KPI_SmartPassRate"], sheets, []).add.some((a) => a.name.name === "KPI_SmartPassRate")).toBe(false);
  });
});

describe("the refresh lock", () => {
  it("blocks while another run's lock lives, not after it expires, never its own", () => {
    const lock = newLock("a", "Ann", "09:30", 1000);
    expect(parseLock(JSON.stringify(lock))).toEqual(lock);
    expect(parseLock({ token: "", expires: 1 })).toBeUndefined();
    expect(parseLock("{")).toBeUndefined();
    expect(lockBlocks(lock, "b", 2000)).toBe(true);
    expect(lockBlocks(lock, "a", 2000)).toBe(false);
    expect(lockBlocks(lock, "b", lock.expires)).toBe(false);
    expect(lockBlocks(undefined, "b", 0)).toBe(false);
  });
});
