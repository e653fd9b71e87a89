import { chartData } from "../../src/demo/chartData";
import { barLayout, position, textWidth, valueScale, wrapLabel } from "../../src/demo/chartGeometry";
import { createHost } from "../../src/host";

/** A Scorecard-like sheet with a variance chart set up as the writer sets it. */
async function varianceHost() {
  const host = createHost({ sheets: ["S"] });
  host.setCells("S", "A1:C4", [["KPI", "Better", "Worse"], ["Sales  +10%", 0.1, 0], ["Defects  +250%", 0, 2.5], ["Cost  −10%", -0.1, 0]]);
  host.setCells("S", "E1:F3", [["KPI", "Score"], ["Sales", 1.1], ["Defects", 0]]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:C4"), "Columns");
    chart.name = "V";
    chart.title.text = "Actual vs target";
    chart.setPosition("A6", "F20");
    chart.axes.valueAxis.minimum = -0.25;
    chart.axes.valueAxis.maximum = 0.25;
    chart.axes.valueAxis.majorUnit = 0.125;
    chart.axes.valueAxis.numberFormat = '"+"0%;"−"0%;0%';
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum";
    chart.axes.categoryAxis.tickLabelPosition = "Low";
    chart.legend.position = "Top";
    chart.series.getItemAt(0).format.fill.setSolidColor("#63BE7B");
    chart.series.getItemAt(1).format.fill.setSolidColor("#F8696B");
    chart.series.getItemAt(0).overlap = 100;
    chart.series.getItemAt(0).gapWidth = 50;
    const scores = sheet.charts.add("BarClustered", sheet.getRange("E1:F3"), "Columns");
    scores.name = "S";
    scores.dataLabels.showValue = true;
    scores.dataLabels.position = "OutsideEnd";
    scores.dataLabels.numberFormat = "0%";
    scores.legend.visible = false;
    scores.series.getItemAt(0).points.getItemAt(1).format.fill.setSolidColor("#F8696B");
    await context.sync();
  });
  return host;
}

describe("chartData: the demo draws what the workbook stores", () => {
  it("reads horizontal bars with the value axis' bounds, step and number format, the category order and label place", async () => {
    const host = await varianceHost();
    const snap = host.snapshot();
    const data = chartData(snap.sheets[0]!.charts[0]!, snap, "S");
    expect(data.kind).toBe("bar");
    expect(data.title).toBe("Actual vs target");
    expect(data.categories).toEqual(["Sales  +10%", "Defects  +250%", "Cost  −10%"]);
    expect(data.series.map((s) => [s.name, s.values, s.colour])).toEqual([
      ["Better", [0.1, 0, -0.1], "#63BE7B"],
      ["Worse", [0, 2.5, 0], "#F8696B"],
    ]);
    expect(data.valueAxis).toEqual({ min: -0.25, max: 0.25, majorUnit: 0.125, format: '"+"0%;"−"0%;0%', visible: true });
    expect(data.categoryAxis).toEqual({ reverse: true, crossesAtMaximum: true, labels: "Low" });
    expect([data.overlap, data.gapWidth]).toEqual([100, 50]);
    expect(data.legend).toEqual({ visible: true, position: "Top" });
    expect(data.dataLabels).toBeUndefined();
    expect(data.anchor).toEqual({ from: "A6", to: "F20" });
  });

  it("reads data labels with their number format, point colours, and a hidden legend", async () => {
    const host = await varianceHost();
    const snap = host.snapshot();
    const data = chartData(snap.sheets[0]!.charts[1]!, snap, "S");
    expect(data.dataLabels).toEqual({ format: "0%", position: "OutsideEnd" });
    expect(data.series[0]?.pointColours).toEqual([data.series[0]?.colour, "#F8696B"]);
    expect(data.legend.visible).toBe(false);
    // Without bounds of its own, the axis is automatic; labels are "linked to source" (the cells' format).
    expect(data.valueAxis).toEqual({ visible: true });
    expect(data.series[0]?.formats).toEqual(["General", "General"]);
  });
});

describe("chartGeometry", () => {
  it("uses the stored bounds and step, and cuts values at them", () => {
    const scale = valueScale([0.1, 2.5, -0.1], { min: -0.25, max: 0.25, majorUnit: 0.125, visible: true });
    expect(scale).toEqual({ min: -0.25, max: 0.25, step: 0.125, ticks: [-0.25, -0.125, 0, 0.125, 0.25], cross: 0 });
    // +250 % is drawn to the edge, never beyond it.
    expect(position(2.5, scale, 200)).toBe(200);
    expect(position(-3, scale, 200)).toBe(0);
    expect(position(0, scale, 200)).toBe(100);
  });

  it("scales automatically around the data and zero, as Excel does", () => {
    expect(valueScale([0.016, 0.032], { visible: true }).min).toBe(0);
    const auto = valueScale([3, 7], { visible: true });
    expect([auto.min, auto.max, auto.step]).toEqual([0, 8, 2]);
    const negative = valueScale([-3, -7], { visible: true });
    expect([negative.min, negative.max, negative.cross]).toEqual([-8, 0, 0]);
    // Bars start at the bound nearer zero when zero is off the scale.
    expect(valueScale([5], { min: 1, max: 6, visible: true }).cross).toBe(1);
  });

  it("lays bars out by gap width and overlap", () => {
    const full = barLayout(30, 2, 50, 100);
    expect(full.size).toBe(20);
    expect([full.offset(0), full.offset(1)]).toEqual([5, 5]);
    const side = barLayout(35, 2, 150, 0);
    expect(side.size).toBeCloseTo(10, 9);
    expect(side.offset(1) - side.offset(0)).toBeCloseTo(10, 9);
  });

  it("wraps labels in full: nothing cut, no line starting with closing punctuation", () => {
    const zh = "产品缺陷率（达成率 −175%）";
    const lines = wrapLabel(zh, 70, 10);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("").replace(/\s/g, "")).toBe(zh.replace(/\s/g, ""));
    expect(lines.some((l) => /^[）)，、]/.test(l))).toBe(false);
    const en = wrapLabel("Average first-response time", 80, 10);
    expect(en.join(" ").replace(/- /g, "-")).toBe("Average first-response time");
    for (const l of en) expect(textWidth(l, 10)).toBeLessThanOrEqual(80);
    expect(wrapLabel("Sales", 200, 10)).toEqual(["Sales"]);
    expect(wrapLabel("", 200, 10)).toEqual([""]);
  });
});
