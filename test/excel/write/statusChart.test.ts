import { createHost, type InMemoryExcelHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { pointColoursFit, type ChartSpec } from "../../../src/excel/write/charts";
import { STATUS_COLOURS } from "../../../src/excel/write/formats";
import { statusChartColours } from "../../../src/excel/write/statusColours";
import { bigGrid, fixture, SOURCE_SHEET, typeGrid } from "./fixture";

const GREEN = "#63BE7B";
const AMBER = "#FFC000";
const RED = "#F8696B";
const GREY = "#A5A5A5";

async function write(isSetSupported?: (set: string, version: string) => boolean): Promise<{ host: InMemoryExcelHost; result: Awaited<ReturnType<typeof writeEvaluation>> }> {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = bigGrid(10);
  typeGrid(host, grid);
  const { input } = fixture(grid, "en", isSetSupported);
  host.resetStats();
  const result = await host.run((ctx) => writeEvaluation(ctx, input));
  return { host, result };
}

const scorecard = (host: InMemoryExcelHost) => host.snapshot().sheets.find((s) => s.name === "Scorecard")!;
/** The cells of a series address on the Scorecard (the host keeps the staging sheet's name in it). */
const cellsOf = (host: InMemoryExcelHost, address: string | null | undefined) => host.getValues("Scorecard", String(address).replace(/^.*!/, "")).map((r) => r[0]);

describe("the status-count chart colours its slices by status", () => {
  it("paints On track green, At risk amber, Off track red and No data grey, one point per status row", async () => {
    const { host, result } = await write();
    const sc = scorecard(host);
    const pie = sc.charts.find((c) => c.name === "KS Status")!;
    expect(pie.chartType).toBe("Pie");
    const series = pie.series[0]!;
    // The categories are the four status rows, in this order, shown with their symbols.
    expect(cellsOf(host, series.xValues)).toEqual(["✔ On track", "▲ At risk", "✖ Off track", "○ No data"]);
    expect(series.points).toEqual([
      { index: 0, fill: GREEN },
      { index: 1, fill: AMBER },
      { index: 2, fill: RED },
      { index: 3, fill: GREY },
    ]);
    // One point per value cell: the Count column has exactly as many rows as there are colours.
    expect(cellsOf(host, series.values)).toHaveLength(series.points!.length);
    // Each slice has the chart shade of the row that fills its status cell (one table, not two).
    for (const [i, label] of cellsOf(host, series.xValues).entries()) {
      expect(series.points![i]?.fill).toBe(STATUS_COLOURS[String(label).slice(2)]?.chart);
    }
    const cellFills = sc.conditionalFormats
      .filter((cf) => cf.type === "ContainsText")
      .map((cf) => cf.settings as { rule: { text: string }; format: { fill: { color: string } } });
    for (const status of ["On track", "At risk", "Off track", "No data"]) {
      expect(cellFills.find((f) => f.rule.text === status)?.format.fill.color).toBe(STATUS_COLOURS[status]?.fill);
    }
    // Only the status chart has point colours.
    expect(sc.charts.filter((c) => c.series.some((s) => s.points !== undefined)).map((c) => c.name)).toEqual(["KS Status"]);
    // Still the same sync budget: four syncs, and no note.
    expect(result.syncs).toBe(4);
    expect(host.stats.syncs).toBe(4);
    expect(result.notes).toEqual([]);
  });

  it("skips the colours, with a note, when chart points are not supported", async () => {
    // A test double that refuses only ExcelApi 1.1 chart points (no real Excel lacks 1.1).
    const { host, result } = await write((_set, version) => version !== "1.1");
    const pie = scorecard(host).charts.find((c) => c.name === "KS Status")!;
    expect(pie.series[0]?.points).toBeUndefined();
    expect(result.notes.map((n) => n.en)).toContain("The status chart uses Excel's default colours (ExcelApi 1.1 chart points not supported).");
  });
});

describe("pointColoursFit", () => {
  const pie: ChartSpec = {
    name: "P",
    type: "Pie",
    title: "Status counts",
    source: { row: 0, column: 0, rows: 5, columns: 2 },
    seriesBy: "Columns",
    place: { row: 0, column: 3, rows: 16, columns: 8 },
    pointColours: [GREEN, AMBER, RED, GREY],
  };

  it("accepts one colour per data row (5 rows − 1 header = 4 points)", () => {
    expect(pointColoursFit(pie)).toBe(true);
  });

  it("counts data columns when series are by rows (2 columns − 1 header = 1 point)", () => {
    expect(pointColoursFit({ ...pie, seriesBy: "Rows", pointColours: [GREEN] })).toBe(true);
    expect(pointColoursFit({ ...pie, seriesBy: "Rows" })).toBe(false);
  });

  it("refuses a count that does not match, no colours, or an empty list", () => {
    expect(pointColoursFit({ ...pie, pointColours: [GREEN, AMBER, RED] })).toBe(false);
    expect(pointColoursFit({ ...pie, source: { ...pie.source, rows: 6 } })).toBe(false);
    const { pointColours: _unused, ...bare } = pie;
    expect(pointColoursFit(bare)).toBe(false);
    expect(pointColoursFit({ ...pie, source: { ...pie.source, rows: 1 }, pointColours: [] })).toBe(false);
  });

  it("does not mutate the spec", () => {
    const frozen = JSON.parse(JSON.stringify(pie)) as ChartSpec;
    pointColoursFit(pie);
    expect(pie).toEqual(frozen);
  });
});

describe("statusChartColours", () => {
  it("maps each status code to its chart shade, in order", () => {
    expect(statusChartColours(["On track", "At risk", "Off track", "No data"])).toEqual([GREEN, AMBER, RED, GREY]);
    expect(statusChartColours(["Off track", "On track"])).toEqual([RED, GREEN]);
  });

  it("gives neutral grey for an unknown code and nothing for no codes", () => {
    expect(statusChartColours(["Sparkling", ""])).toEqual([GREY, GREY]);
    expect(statusChartColours([])).toEqual([]);
  });

  it("does not mutate its argument", () => {
    const codes = ["At risk", "No data"];
    statusChartColours(codes);
    expect(codes).toEqual(["At risk", "No data"]);
  });
});
