import { createHost } from "../../src/host";
import type { InMemoryExcelHost } from "../../src/host";

/** A small "refresh": rebuild a managed sheet with a table, formulas, formats, a chart and a colour scale. */
async function refresh(host: InMemoryExcelHost): Promise<void> {
  await host.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.getItemOrNullObject("Scorecard").delete();
    await context.sync().catch(() => undefined);
    const sheet = sheets.add("Scorecard");
    sheet.getRange("A1:C3").values = [["KPI", "Actual", "Score"], ["Sales", "='KPI data'!B2", "=B2/100"], ["NPS", "='KPI data'!B3", "=B3/100"]];
    sheet.getRange("C2:C3").numberFormat = [["0%"], ["0%"]];
    sheet.getRange("A1:C1").format.font.bold = true;
    sheet.tables.add("A1:C3", true).name = "ScorecardTable";
    sheet.getRange("C2:C3").conditionalFormats.add("ColorScale").colorScale.criteria = {
      minimum: { type: "LowestValue", color: "#F8696B" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    };
    const chart = sheet.charts.add("BarClustered", sheet.getRange("A1:A3").getResizedRange(0, 2), "Columns");
    chart.setPosition("E1", "K12");
    sheet.freezePanes.freezeRows(1);
    sheet.getRange("A:C").format.autofitColumns();
    await context.sync();
  });
}

function fresh(): InMemoryExcelHost {
  const host = createHost({ sheets: ["KPI data"] });
  host.setCells("KPI data", "A1:B3", [["KPI", "Actual"], ["Sales", 80], ["NPS", 45]]);
  return host;
}

describe("snapshot", () => {
  test("two identical runs on fresh hosts give equal snapshots", async () => {
    const a = fresh();
    const b = fresh();
    await refresh(a);
    await refresh(b);
    expect(a.snapshot()).toEqual(b.snapshot());
  });

  test("running the same refresh twice on one host gives the same snapshot", async () => {
    const host = fresh();
    await refresh(host);
    const once = host.snapshot();
    await refresh(host);
    expect(host.snapshot()).toEqual(once);
  });

  test("the snapshot shows values, formulas, formats, tables, charts and conditional formats", async () => {
    const host = fresh();
    await refresh(host);
    const sheet = host.snapshot().sheets.find((s) => s.name === "Scorecard");
    // 80 / 100 = 0.8
    expect(sheet?.cells.C2).toEqual({ value: 0.8, formula: "=B2/100", numberFormat: "0%" });
    expect(sheet?.cells.A1).toEqual({ value: "KPI", format: { "font.bold": true } });
    expect(sheet).toMatchObject({
      frozenRows: 1,
      tables: [{ name: "ScorecardTable", address: "Scorecard!A1:C3", columns: ["KPI", "Actual", "Score"] }],
      charts: [{ chartType: "BarClustered", source: "Scorecard!A1:C3", anchor: { from: "E1", to: "K12" } }],
      conditionalFormats: [{ type: "ColorScale", address: "Scorecard!C2:C3", priority: 0 }],
    });
  });

  test("a snapshot is a copy: changing it does not change the workbook", () => {
    const host = fresh();
    const snap = host.snapshot();
    const cell = snap.sheets[0]?.cells.B2;
    if (cell) cell.value = 999;
    expect(host.getValues("KPI data", "B2")).toEqual([[80]]);
  });
});
