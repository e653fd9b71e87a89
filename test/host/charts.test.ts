import { hostWith, runError } from "./helpers";

function kpiHost() {
  const host = hostWith(["Scorecard"]);
  host.setCells("Scorecard", "A1:C4", [["KPI", "Attainment", "Target"], ["Sales", 0.8, 1], ["Churn", 1.1, 1], ["NPS", 0.95, 1]]);
  return host;
}

describe("charts", () => {
  test("add derives series from headers and categories; properties are stored", async () => {
    const host = kpiHost();
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      const chart = sheet.charts.add("ColumnClustered", sheet.getRange("A1:C4"), "Auto");
      chart.name = "Attainment";
      chart.title.text = "Attainment by KPI";
      chart.axes.valueAxis.title.text = "% of target";
      chart.axes.valueAxis.minimum = 0;
      chart.legend.visible = false;
      chart.series.getItemAt(1).chartType = "Line";
      chart.setPosition("E2", "L16");
      chart.series.load("count");
      const first = chart.series.getItemAt(0).load("name");
      await context.sync();
      return [chart.series.count, first.name];
    });
    expect(out).toEqual([2, "Attainment"]);
    const chart = host.snapshot().sheets[0]?.charts[0];
    expect(chart).toMatchObject({
      name: "Attainment",
      chartType: "ColumnClustered",
      source: "Scorecard!A1:C4",
      seriesBy: "Columns",
      title: { text: "Attainment by KPI" },
      legend: { visible: false },
      axes: { valueAxis: { minimum: 0, title: { text: "% of target" } } },
      // E2 starts at 4 × 48 = 192 pt left and 1 × 15 = 15 pt down; E..L is 8 × 48 = 384 pt wide, rows 2..16 are 15 × 15 = 225 pt high.
      position: { top: 15, left: 192, width: 384, height: 225 },
      anchor: { from: "E2", to: "L16" },
      series: [
        { name: "Attainment", values: "Scorecard!B2:B4", xValues: "Scorecard!A2:A4", chartType: null },
        { name: "Target", values: "Scorecard!C2:C4", xValues: "Scorecard!A2:A4", chartType: "Line" },
      ],
    });
  });

  test("a new chart sits at the top-left until positioned (so it covers data)", async () => {
    const host = kpiHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.charts.add("Pie", sheet.getRange("A1:B4"), "Columns");
      await context.sync();
    });
    // 360 × 216 pt from A1: 360 / 48 = 7.5 columns (A..H), 216 / 15 = 14.4 rows (1..15).
    expect(host.snapshot().sheets[0]?.charts[0]?.anchor).toEqual({ from: "A1", to: "H15" });
  });

  test("getItem, getItemOrNullObject, items, series setValues and delete", async () => {
    const host = kpiHost();
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      const chart = sheet.charts.add("Line", sheet.getRange("B1:B4"), "Columns");
      chart.name = "Trend";
      const series = chart.series.add("Target");
      series.setValues(sheet.getRange("C2:C4"));
      series.setXAxisValues(sheet.getRange("A2:A4"));
      const missing = sheet.charts.getItemOrNullObject("Nope");
      const found = sheet.charts.getItem("trend").load("name, chartType");
      await context.sync();
      sheet.charts.getItem("Trend").series.getItemAt(0).delete();
      sheet.charts.load("items/name");
      await context.sync();
      return [missing.isNullObject, found.name, found.chartType, sheet.charts.items.map((c) => c.name)];
    });
    expect(out).toEqual([true, "Trend", "Line", ["Trend"]]);
    expect(host.snapshot().sheets[0]?.charts[0]?.series).toMatchObject([{ name: "Target", values: "Scorecard!C2:C4", xValues: "Scorecard!A2:A4" }]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").charts.getItem("Trend").delete();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.charts).toEqual([]);
  });

  test("invalid chart types and duplicate names are rejected", async () => {
    const host = kpiHost();
    const badType = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.charts.add("Columns" as Excel.ChartType, sheet.getRange("A1:B4"));
      await context.sync();
    });
    expect(badType.code).toBe("InvalidArgument");
    const duplicate = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.charts.add("Pie", sheet.getRange("A1:B4")).name = "Same";
      sheet.charts.add("Pie", sheet.getRange("A1:B4")).name = "same";
      await context.sync();
    });
    expect(duplicate.code).toBe("ItemAlreadyExists");
  });
});

describe("conditional formats", () => {
  test("iconSet, colorScale, cellValue, containsText and custom are stored and visible in the snapshot", async () => {
    const host = kpiHost();
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scorecard").getRange("B2:B4");
      const icons = range.conditionalFormats.add("IconSet");
      icons.iconSet.style = "ThreeTrafficLights1";
      icons.iconSet.criteria = [{}, { type: "Number", operator: "GreaterThanOrEqual", formula: "=0.9" }, { type: "Number", operator: "GreaterThanOrEqual", formula: "=1" }] as Excel.ConditionalIconCriterion[];
      const scale = range.conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = { minimum: { type: "LowestValue", color: "#F8696B" }, maximum: { type: "HighestValue", color: "#63BE7B" } };
      const cell = range.conditionalFormats.add("CellValue");
      cell.cellValue.format.fill.color = "#FFC7CE";
      cell.cellValue.rule = { formula1: "=0.9", operator: "LessThan" };
      const text = context.workbook.worksheets.getItem("Scorecard").getRange("A2:A4").conditionalFormats.add("ContainsText");
      text.textComparison.format.font.bold = true;
      text.textComparison.rule = { operator: "Contains", text: "Sales" };
      const custom = range.conditionalFormats.add("Custom");
      custom.custom.rule.formula = "=B2>1";
      custom.custom.format.font.color = "#006100";
      await context.sync();
    });
    const cfs = host.snapshot().sheets[0]?.conditionalFormats;
    // The last added has the top priority (0), as in Excel.
    expect(cfs?.map((c) => [c.type, c.address, c.priority])).toEqual([
      ["Custom", "Scorecard!B2:B4", 0],
      ["ContainsText", "Scorecard!A2:A4", 1],
      ["CellValue", "Scorecard!B2:B4", 2],
      ["ColorScale", "Scorecard!B2:B4", 3],
      ["IconSet", "Scorecard!B2:B4", 4],
    ]);
    expect(cfs?.[0]?.settings).toEqual({ rule: { formula: "=B2>1" }, format: { font: { color: "#006100" } } });
    expect(cfs?.[2]?.settings).toEqual({ format: { fill: { color: "#FFC7CE" } }, rule: { formula1: "=0.9", operator: "LessThan" } });
    expect(cfs?.[4]?.settings).toMatchObject({ style: "ThreeTrafficLights1" });
  });

  test("using another type's settings fails; unknown types are rejected; items load", async () => {
    const host = kpiHost();
    const wrong = await runError(host, async (context) => {
      const cf = context.workbook.worksheets.getItem("Scorecard").getRange("B2:B4").conditionalFormats.add("IconSet");
      cf.colorScale.criteria = { minimum: { type: "LowestValue", color: "#000000" }, maximum: { type: "HighestValue", color: "#FFFFFF" } };
      await context.sync();
    });
    expect(wrong.code).toBe("InvalidOperation");
    const unknown = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Scorecard").getRange("B2").conditionalFormats.add("Sparkle" as Excel.ConditionalFormatType);
      await context.sync();
    });
    expect(unknown.code).toBe("InvalidArgument");
    const types = await host.run(async (context) => {
      const cfs = context.workbook.worksheets.getItem("Scorecard").getRange("A1:C4").conditionalFormats.load("items/type");
      await context.sync();
      return cfs.items.map((c) => c.type);
    });
    // The IconSet from the failed batch stays: operations before the failure are applied.
    expect(types).toEqual(["IconSet"]);
  });
});
