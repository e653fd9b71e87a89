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

describe("chart axes, data labels, legend, gap and overlap (chartRules.ts)", () => {
  /** A bar chart "Bars" over A1:C4 (two series), drawn before the batch. */
  async function barHost(options: Parameters<typeof hostWith>[1] = {}) {
    const host = hostWith(["Scorecard"], options);
    host.setCells("Scorecard", "A1:C4", [["KPI", "Better", "Worse"], ["Sales", 0.1, 0], ["Churn", 0, -0.2], ["NPS", 0.05, 0]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scorecard");
      sheet.charts.add("BarClustered", sheet.getRange("A1:C4"), "Columns").name = "Bars";
      await context.sync();
    });
    return host;
  }
  const bars = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("Scorecard").charts.getItem("Bars");
  const chartOf = (host: ReturnType<typeof hostWith>) => host.snapshot().sheets[0]!.charts[0]!;

  test("a clipped value axis, the category order and where its labels sit are stored as set", async () => {
    const host = await barHost();
    await host.run(async (context) => {
      const chart = bars(context);
      chart.axes.valueAxis.minimum = -0.2;
      chart.axes.valueAxis.maximum = 0.2;
      chart.axes.valueAxis.majorUnit = 0.1;
      chart.axes.valueAxis.numberFormat = '"+"0%;"−"0%;0%';
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
      chart.axes.categoryAxis.tickLabelPosition = "Low";
      chart.legend.position = "Top";
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "OutsideEnd";
      chart.dataLabels.numberFormat = "0%";
      await context.sync();
    });
    expect(chartOf(host)).toMatchObject({
      axes: {
        valueAxis: { minimum: -0.2, maximum: 0.2, majorUnit: 0.1, numberFormat: '"+"0%;"−"0%;0%' },
        categoryAxis: { reversePlotOrder: true, position: "Maximum", tickLabelPosition: "Low" },
      },
      legend: { position: "Top" },
      dataLabels: { showValue: true, position: "OutsideEnd", numberFormat: "0%" },
    });
    // "" sets a bound back to automatic.
    await host.run(async (context) => {
      bars(context).axes.valueAxis.maximum = "";
      await context.sync();
    });
    expect((chartOf(host).axes.valueAxis as Record<string, unknown>).maximum).toBe("");
  });

  type Snap = ReturnType<typeof chartOf>;
  const axis = (c: Snap, which: string) => (c.axes[which] ?? {}) as Record<string, unknown>;
  test.each([
    ["a minimum at or above the maximum", (c: Excel.Chart) => { c.axes.valueAxis.maximum = 1; c.axes.valueAxis.minimum = 1; }, (c: Snap) => axis(c, "valueAxis").minimum],
    ["a maximum below the minimum", (c: Excel.Chart) => { c.axes.valueAxis.minimum = 0; c.axes.valueAxis.maximum = -1; }, (c: Snap) => axis(c, "valueAxis").maximum],
    ["a bound that is text", (c: Excel.Chart) => { c.axes.valueAxis.minimum = "0%"; }, (c: Snap) => axis(c, "valueAxis").minimum],
    ["bounds on the category axis", (c: Excel.Chart) => { c.axes.categoryAxis.minimum = 0; }, (c: Snap) => axis(c, "categoryAxis").minimum],
    ["a major unit of 0", (c: Excel.Chart) => { c.axes.valueAxis.majorUnit = 0; }, (c: Snap) => axis(c, "valueAxis").majorUnit],
    ["a Custom crossing (setPositionAt is not modelled)", (c: Excel.Chart) => { c.axes.categoryAxis.position = "Custom"; }, (c: Snap) => axis(c, "categoryAxis").position],
    ["an unknown tick label position", (c: Excel.Chart) => { c.axes.categoryAxis.tickLabelPosition = "Left" as Excel.ChartAxisTickLabelPosition; }, (c: Snap) => axis(c, "categoryAxis").tickLabelPosition],
    ["a label position bars do not have", (c: Excel.Chart) => { c.dataLabels.position = "Top"; }, (c: Snap) => c.dataLabels.position],
    ["a label position that is no position", (c: Excel.Chart) => { c.dataLabels.position = "Outside" as Excel.ChartDataLabelPosition; }, (c: Snap) => c.dataLabels.position],
    ["an unknown legend position", (c: Excel.Chart) => { c.legend.position = "Middle" as Excel.ChartLegendPosition; }, (c: Snap) => c.legend.position],
  ])("%s fails with InvalidArgument and is not stored", async (_what, write, stored) => {
    const host = await barHost();
    const error = await runError(host, async (context) => {
      write(bars(context));
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    // The sets before the failing one stay applied (as in Excel); the refused value is not there.
    expect(stored(chartOf(host))).toBeUndefined();
  });

  test("a pie has no axes: writing one fails with InvalidArgument", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B3", [["Status", "Count"], ["On track", 5], ["Off track", 2]]);
    const error = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.charts.add("Pie", sheet.getRange("A1:B3"), "Columns").axes.valueAxis.minimum = 0;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(error.message).toMatch(/no axes/);
  });

  test("gap width and overlap are the group's: set on one series, every series has them; loaded from any", async () => {
    const host = await barHost();
    const out = await host.run(async (context) => {
      const second = bars(context).series.getItemAt(1).load("gapWidth, overlap");
      await context.sync();
      const defaults = [second.gapWidth, second.overlap];
      const first = bars(context).series.getItemAt(0);
      first.overlap = 100;
      first.gapWidth = 50;
      const again = bars(context).series.getItemAt(1).load("gapWidth, overlap");
      await context.sync();
      return { defaults, now: [again.gapWidth, again.overlap] };
    });
    // Excel's defaults for clustered bars: gap 150 %, overlap 0.
    expect(out).toEqual({ defaults: [150, 0], now: [50, 100] });
    expect(chartOf(host).series.map((s) => [s.name, s.gapWidth, s.overlap])).toEqual([
      ["Better", 50, 100],
      ["Worse", 50, 100],
    ]);
  });

  test.each([
    ["overlap 101", (s: Excel.ChartSeries) => { s.overlap = 101; }],
    ["overlap 50.5", (s: Excel.ChartSeries) => { s.overlap = 50.5; }],
    ["gap width −1", (s: Excel.ChartSeries) => { s.gapWidth = -1; }],
    ["gap width 501", (s: Excel.ChartSeries) => { s.gapWidth = 501; }],
  ])("%s fails with InvalidArgument", async (_what, write) => {
    const host = await barHost();
    const error = await runError(host, async (context) => {
      write(bars(context).series.getItemAt(0));
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    expect(chartOf(host).series[0]?.overlap).toBeUndefined();
  });

  test.each([
    ["Line", "overlap"],
    ["Pie", "overlap"],
    ["3DBarClustered", "overlap"],
    ["Line", "gapWidth"],
  ] as const)("%s charts refuse %s (only 2-D bars and columns overlap; lines have no gap)", async (type, set) => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B3", [["P", "V"], ["Jan", 1], ["Feb", 2]]);
    const error = await runError(host, async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const series = sheet.charts.add(type, sheet.getRange("A1:B3"), "Columns").series.getItemAt(0);
      if (set === "overlap") series.overlap = 100;
      else series.gapWidth = 50;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  test.each([
    ["ChartAxis.tickLabelPosition", (c: Excel.Chart) => { c.axes.categoryAxis.tickLabelPosition = "Low"; }],
    ["ChartAxis.reversePlotOrder", (c: Excel.Chart) => { c.axes.categoryAxis.reversePlotOrder = true; }],
    ["ChartSeries.gapWidth", (c: Excel.Chart) => { c.series.getItemAt(0).gapWidth = 50; }],
    ["ChartAxis.position", (c: Excel.Chart) => { c.axes.categoryAxis.position = "Maximum"; }],
    ["ChartSeries.overlap", (c: Excel.Chart) => { c.series.getItemAt(0).overlap = 100; }],
    ["ChartAxis.numberFormat", (c: Excel.Chart) => { c.axes.valueAxis.numberFormat = "0%"; }],
    ["ChartDataLabels.numberFormat", (c: Excel.Chart) => { c.dataLabels.numberFormat = "0%"; }],
  ])("%s is above ExcelApi 1.6 (ApiNotFound there)", async (_member, write) => {
    const host = await barHost({ supportedSets: { ExcelApi: "1.6" } });
    const error = await runError(host, async (context) => {
      write(bars(context));
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });

  test("ExcelApi 1.1 is enough for bounds, the major unit, label visibility and position, and the legend", async () => {
    const host = await barHost({ supportedSets: { ExcelApi: "1.1" } });
    await host.run(async (context) => {
      const chart = bars(context);
      chart.axes.valueAxis.minimum = 0;
      chart.axes.valueAxis.maximum = 1.3;
      chart.axes.valueAxis.majorUnit = 0.2;
      chart.dataLabels.showValue = true;
      chart.dataLabels.position = "InsideEnd";
      chart.legend.visible = false;
      await context.sync();
    });
    expect(chartOf(host)).toMatchObject({ axes: { valueAxis: { minimum: 0, maximum: 1.3, majorUnit: 0.2 } }, dataLabels: { showValue: true, position: "InsideEnd" }, legend: { visible: false } });
  });
});
