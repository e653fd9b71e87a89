import type { DetectedTable, Detection } from "../../src/excel/port";
import { chooseStrategy } from "../../src/taskpane/strategyChoice";
import { TABLE } from "./fakePort";

const strategy = (name: string, sheet: string, address: string): DetectedTable => ({
  ref: { kind: "table", name, sheet, address: `${sheet}!${address}` },
  rowCount: 3,
  headers: ["Objective", "Weight"],
  headerRow: 0,
  columns: { name: 0, weight: 1, history: [] },
});

// TABLE is on sheet KPIs at B3:J6
const sample = strategy("SampleGoals", "KPI Sample", "N3:O6");
const far = strategy("FarGoals", "KPIs", "Z40:AA43");
const near = strategy("Goals", "KPIs", "L3:M6");
const detection: Detection = { kpiTables: [TABLE], strategyTables: [sample, far, near] };

describe("chooseStrategy", () => {
  it("uses the strategy table on the KPI table's sheet, the nearest first", () => {
    expect(chooseStrategy(detection, TABLE, undefined)).toEqual({ kind: "table", table: near, how: "same-sheet" });
  });

  it("never takes another sheet's objectives by itself: typed objectives instead", () => {
    const elsewhere: Detection = { kpiTables: [TABLE], strategyTables: [sample] };
    expect(chooseStrategy(elsewhere, TABLE, undefined)).toEqual({ kind: "typed" });
  });

  it("uses a table from another sheet when the user picks it, and says so", () => {
    expect(chooseStrategy(detection, TABLE, sample.ref.address)).toEqual({ kind: "table", table: sample, how: "picked" });
  });

  it("honours 'typed', and falls back to automatic when the picked table is gone", () => {
    expect(chooseStrategy(detection, TABLE, "typed")).toEqual({ kind: "typed" });
    expect(chooseStrategy(detection, TABLE, "Gone!A1:B3")).toEqual({ kind: "table", table: near, how: "same-sheet" });
    expect(chooseStrategy(undefined, undefined, undefined)).toEqual({ kind: "typed" });
  });
});
