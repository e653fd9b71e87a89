import fc from "fast-check";
import { cellA1, columnLetter, columnSpan } from "../../../src/excel/write/a1";
import { packBatches, type WriteOp } from "../../../src/excel/write/batchPlan";
import { chunkRows, jsonBytes, OP_OVERHEAD_BYTES } from "../../../src/excel/write/chunks";
import { detectFeatures } from "../../../src/excel/write/features";
import { censusOf, parseMarker, parseStaging } from "../../../src/excel/write/managedSheets";
import { pickSheetName, sheetRef, MAX_SHEET_NAME } from "../../../src/excel/write/sheetNames";
import { freeTableName } from "../../../src/excel/write/tableNames";
import { uniqueHeaders } from "../../../src/excel/write/uniqueHeaders";
import { oldLogRows } from "../../../src/excel/write/evaluationLog";
import { formatRuns } from "../../../src/excel/write/scorecardSheet";

const noop = () => undefined;
const op = (bytes: number, minBatch?: number): WriteOp => ({ bytes, apply: noop, ...(minBatch === undefined ? {} : { minBatch }) });

describe("a1", () => {
  it("names columns and cells", () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
    expect(cellA1(6, 1)).toBe("B7");
    expect(cellA1(3, 4, true)).toBe("$E$4");
    expect(columnSpan(18, 6, 19)).toBe("$S$7:$S$20");
  });
});

describe("sheetNames", () => {
  it("keeps the wanted name when free, else numbers it (case-insensitively)", () => {
    expect(pickSheetName("Scorecard", ["KPI"])).toBe("Scorecard");
    expect(pickSheetName("Scorecard", ["scorecard"])).toBe("Scorecard (2)");
    expect(pickSheetName("Scorecard", ["Scorecard", "Scorecard (2)"])).toBe("Scorecard (3)");
    expect(pickSheetName("Scorecard", [], ["SCORECARD"])).toBe("Scorecard (2)");
  });
  it("stays within 31 characters", () => {
    const long = "x".repeat(31);
    const name = pickSheetName(long, [long]);
    expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
    expect(name.endsWith(" (2)")).toBe(true);
  });
  it("quotes sheet names for formulas", () => {
    expect(sheetRef("KPI 2027")).toBe("'KPI 2027'!");
    expect(sheetRef("O'Neil")).toBe("'O''Neil'!");
  });
  it("does not mutate the taken list", () => {
    const taken = ["Scorecard"];
    pickSheetName("Scorecard", taken);
    expect(taken).toEqual(["Scorecard"]);
  });
});

describe("chunks and batches", () => {
  it("sizes JSON in UTF-8 bytes", () => {
    // [["é"]] is 6 ASCII characters plus é (2 bytes); 中 takes 3.
    expect(jsonBytes([["é"]])).toBe(8);
    expect(jsonBytes([["中"]])).toBe(9);
  });
  it("chunks rows under the budget, keeping every row once and in order (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { maxLength: 60 }), fc.integer({ min: 10, max: 200 }), (grid, max) => {
        const chunks = chunkRows(grid, max);
        expect(chunks.flatMap((c) => c.rows)).toEqual(grid);
        for (const c of chunks) if (c.rows.length > 1) expect(c.bytes).toBeLessThanOrEqual(max);
        chunks.forEach((c, i) => i > 0 && expect(c.offset).toBe((chunks[i - 1]?.offset ?? 0) + (chunks[i - 1]?.rows.length ?? 0)));
      }),
      { seed: 7, numRuns: 200 },
    );
  });
  it("packs in order into at least the wanted number of batches, under the budget", () => {
    const budget = 1000;
    // Each op costs bytes + 256: 456 + 456 = 912 fits 1000, a third does not.
    const ops = [op(200), op(200), op(200), op(100, 1), op(200), op(50)];
    const batches = packBatches(ops, 3, budget);
    expect(batches.map((b) => b.length)).toEqual([2, 2, 2]);
    for (const b of batches) expect(b.reduce((s, o) => s + o.bytes + OP_OVERHEAD_BYTES, 0)).toBeLessThanOrEqual(budget);
    expect(packBatches([op(10)], 3, budget).map((b) => b.length)).toEqual([1, 0, 0]);
    expect(packBatches([], 3, budget)).toHaveLength(3);
  });
  it("adds batches only when the payload needs them", () => {
    const batches = packBatches(Array.from({ length: 8 }, () => op(700)), 3, 1000);
    expect(batches).toHaveLength(8);
  });
});

describe("managed sheets marker", () => {
  it("reads a marker, as an object or JSON text, and treats anything else as empty", () => {
    const empty = { names: {}, extents: {}, tables: {}, tableAt: {}, definedNames: [] };
    expect(parseMarker({ sheets: { scorecard: "{1}", log: 3 } })).toEqual({ version: 1, sheets: { scorecard: "{1}" }, ...empty });
    expect(parseMarker('{"sheets":{"log":"{2}"}}').sheets).toEqual({ log: "{2}" });
    expect(parseMarker("not json")).toEqual({ version: 1, sheets: {}, ...empty });
    const v2 = parseMarker({
      version: 2,
      sheets: { scorecard: "{1}" },
      names: { scorecard: "Scorecard", log: 4 },
      extents: { scorecard: ["A1:C3", "not an address", "F9"], log: "no" },
      tables: { kpis: "KpiScorecard", toString: "x", other: "y" },
      tableAt: { kpis: "A7:AF17", smart: "??" },
      definedNames: ["KPI_OverallScore", 2],
    });
    expect(v2).toEqual({
      version: 2,
      sheets: { scorecard: "{1}" },
      names: { scorecard: "Scorecard" },
      extents: { scorecard: ["A1:C3", "F9"], log: [] },
      tables: { kpis: "KpiScorecard" },
      tableAt: { kpis: "A7:AF17" },
      definedNames: ["KPI_OverallScore"],
    });
    expect(parseMarker(null).sheets).toEqual({});
    expect(parseStaging({ names: ["~KS log x", 3], ids: "no" })).toEqual({ names: ["~KS log x"], ids: [] });
  });
  it("sorts sheets into ours (by id), leftovers of failed runs (by recorded id or name) and others", () => {
    const sheets = [
      { id: "a", name: "KPI", protected: false },
      { id: "b", name: "Board pack", protected: false },
      { id: "c", name: "~KS log x1", protected: false },
      { id: "e", name: "~KS scorecard x1", protected: false },
      { id: "d", name: "Scorecard", protected: false },
    ];
    const census = censusOf(sheets, parseMarker({ sheets: { scorecard: "b" } }), [{ names: ["~ks scorecard x1"], ids: ["c"] }]);
    expect(census.ours.scorecard?.name).toBe("Board pack");
    expect(census.staleStaging.map((s) => s.id)).toEqual(["c", "e"]);
    expect(census.others.map((s) => s.name)).toEqual(["KPI", "Scorecard"]);
  });
  it("releases a sheet of ours the user renamed since the last refresh (version 2 records the name)", () => {
    const sheets = [
      { id: "b", name: "Scorecard Q1 archive", protected: false },
      { id: "d", name: "strategy match", protected: false },
    ];
    const census = censusOf(sheets, parseMarker({ version: 2, sheets: { scorecard: "b", strategyMatch: "d" }, names: { scorecard: "Scorecard", strategyMatch: "Strategy Match" } }));
    expect(census.ours.scorecard).toBeUndefined();
    expect(census.released.scorecard?.name).toBe("Scorecard Q1 archive");
    expect(census.ours.strategyMatch?.name).toBe("strategy match"); // only the case changed: Excel's names ignore case
    expect(census.others.map((s) => s.name)).toEqual(["Scorecard Q1 archive"]);
  });
});

describe("table names", () => {
  it("gives the contract name, or the first free number past a name that is not ours", () => {
    expect(freeTableName("kpis", new Set())).toBe("KpiScorecard");
    expect(freeTableName("kpis", new Set(["kpiscorecard", "kpiscorecard2", "sales"]))).toBe("KpiScorecard3");
    expect(freeTableName("log", new Set(["kpiscorecard"]))).toBe("KpiEvaluationLog");
  });
});

describe("uniqueHeaders", () => {
  it("fills blanks and numbers repeats", () => {
    expect(uniqueHeaders(["Jan", "", "jan", "Jan"])).toEqual(["Jan", "P2", "jan (2)", "Jan (3)"]);
  });
});

describe("features", () => {
  it("lists missing required sets and notes for skipped optional ones", () => {
    const old = detectFeatures((_set, version) => Number(version.split(".")[1]) <= 5);
    // Range.copyFrom (1.9) is required: refresh in place copies the staged content with it.
    expect(old.missing).toEqual(["copyFrom"]);
    expect(old.has("conditionalFormats")).toBe(false);
    expect(old.has("settings")).toBe(true);
    expect(old.notes.map((n) => n.en).join(" ")).toContain("1.6");
    expect(detectFeatures(() => false).missing).toContain("settings");
    expect(detectFeatures(() => {
      throw new Error("no Office");
    }).missing.length).toBeGreaterThan(0);
  });
});

describe("old log rows", () => {
  it("keeps rows below the header, re-protects text, pads to the log's width", () => {
    const rows = oldLogRows([["Evaluation Log"], [""], ["Time"], ["2027-03-01 09:30", "=x", 3], ["", ""]], 0);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(0, 4)).toEqual(["'2027-03-01 09:30", "'=x", 3, ""]);
    expect(rows[0]).toHaveLength(15);
  });
});

describe("formatRuns", () => {
  it("finds the column runs that need a number format", () => {
    expect(formatRuns([["General", "0%", "0%", "General", "#,##0"], ["General", "General", "0%", "General", "General"]])).toEqual([
      { first: 1, count: 2 },
      { first: 4, count: 1 },
    ]);
  });
});
