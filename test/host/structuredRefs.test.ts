/**
 * Structured references: HyperFormula gets absolute A1 ranges, the formula keeps its text, and the
 * translation follows the table when it grows, shrinks, is renamed or deleted.
 */
import { hostWith, runError } from "./helpers";

type Host = ReturnType<typeof hostWith>;

/** Data!A1:C4: a table "Kpis" with KPI, Target, Actual and three rows. */
async function kpiHost(sheets = ["Data", "Calc"]): Promise<Host> {
  const host = hostWith(sheets);
  host.setCells("Data", "A1:C4", [["KPI", "Target", "Actual"], ["Sales", 100, 80], ["Cost", 50, 60], ["NPS", 10, 12]]);
  await host.run(async (context) => {
    context.workbook.worksheets.getItem("Data").tables.add("A1:C4", true).name = "Kpis";
    await context.sync();
  });
  return host;
}

async function write(host: Host, sheet: string, address: string, formulas: string[][]): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).formulas = formulas;
    await context.sync();
  });
}

describe("structured references", () => {
  test("the supported forms compute; the formula text is kept exactly as written", async () => {
    const host = await kpiHost();
    const forms = [
      "=SUM(Kpis[Target])",
      "=SUM(kpis[target])",
      "=COUNTA(Kpis[[#Headers],[Actual]])",
      "=INDEX(Kpis[[#Headers],[Actual]],1)",
      "=COUNTA(Kpis[#Data])",
      "=COUNTA(Kpis[#All])",
      "=ROWS(Kpis[#All])",
      "=SUM(Kpis[[Target]:[Actual]])",
      "=SUM(Kpis[[#Data],[Actual]])",
      "=Kpis[[#Totals],[Actual]]",
      "=MATCH(\"Cost\",Kpis[KPI],0)",
      "=INDEX(Kpis[Actual],MATCH(\"NPS\",Kpis[KPI],0))",
    ];
    await write(host, "Calc", "A1:A12", forms.map((f) => [f]));
    expect(host.getFormulas("Calc", "A1:A12")).toEqual(forms.map((f) => [f]));
    // 100 + 50 + 10 = 160 (twice, names match case-insensitively); one header; "Actual";
    // 9 data cells; 12 cells; 4 rows; 160 + 80 + 60 + 12 = 312; 152; no totals row → #REF!; row 2; 12
    expect(host.getValues("Calc", "A1:A12")).toEqual([[160], [160], [1], ["Actual"], [9], [12], [4], [312], [152], ["#REF!"], [2], [12]]);
  });

  test("[@Column] inside the table is the same row; outside it, the same row when it is a data row, else #VALUE!", async () => {
    const host = await kpiHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.getItem("Kpis").resize("A1:D4");
      sheet.getRange("D1:D4").formulas = [["Ratio"], ["=[@Actual]/[@Target]"], ["=Kpis[@Actual]/Kpis[@Target]"], ["=[@[Actual]]/[@[Target]]"]];
      sheet.getRange("F1:F4").formulas = [["=Kpis[@Actual]"], ["=Kpis[@Actual]"], ["=Kpis[[#This Row],[Actual]]"], ["=Kpis[@Actual]"]];
      context.workbook.worksheets.getItem("Calc").getRange("A2").formulas = [["=Kpis[@Actual]"]];
      await context.sync();
    });
    // 80/100, 60/50, 12/10
    expect(host.getValues("Data", "D2:D4")).toEqual([[0.8], [1.2], [1.2]]);
    // F1 is on the header row; F2:F4 are on data rows of the sheet; Calc!A2 is on another sheet.
    expect(host.getValues("Data", "F1:F4")).toEqual([["#VALUE!"], [80], [60], [12]]);
    expect(host.getValues("Calc", "A2")).toEqual([["#VALUE!"]]);
    expect(host.getFormulas("Data", "D2")).toEqual([["=[@Actual]/[@Target]"]]);
  });

  test("unknown tables and columns, malformed specifiers and unqualified references outside a table are refused", async () => {
    const host = await kpiHost();
    for (const formula of ["=SUM(Nope[Target])", "=SUM(Kpis[Budget])", "=SUM(Kpis[[#Everything],[Target]])", "=[@Target]", "=SUM(Kpis[[#Headers],[#Totals]])"]) {
      const error = await runError(host, async (context) => {
        context.workbook.worksheets.getItem("Calc").getRange("A1").formulas = [[formula]];
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- each formula is its own Excel.run batch
        await context.sync();
      });
      expect([formula, error.code]).toEqual([formula, "InvalidArgument"]);
    }
  });

  test("a column name with a special character needs double brackets; ' escapes [ ] # and '", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C2", [["Cost/Unit", "#Items", "Total $"], [4, 5, 6]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:C2", true).name = "T";
      await context.sync();
    });
    const refused = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("E1").formulas = [["=SUM(T[Cost/Unit])"]];
      await context.sync();
    });
    expect(refused.code).toBe("InvalidArgument");
    await write(host, "Data", "E1:G1", [["=SUM(T[[Cost/Unit]])", "=SUM(T['#Items])", "=SUM(T[[Total $]])"]]);
    expect(host.getValues("Data", "E1:G1")).toEqual([[4, 5, 6]]);
  });

  test("the translation follows the table when it grows (resize, rows.add) and when rows are inserted or deleted in it", async () => {
    const host = await kpiHost();
    await write(host, "Calc", "A1", [["=SUM(Kpis[Target])"]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A5:C5").values = [["Churn", 5, 4]];
      sheet.tables.getItem("Kpis").resize("A1:C5");
      await context.sync();
    });
    // 160 + 5
    expect(host.getValues("Calc", "A1")).toEqual([[165]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Kpis").rows.add(undefined, [["Share", 1, 1]]);
      await context.sync();
    });
    // 165 + 1
    expect(host.getValues("Calc", "A1")).toEqual([[166]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("3:3").insert("Down");
      sheet.getRange("A3:C3").values = [["New", 1000, 0]];
      await context.sync();
    });
    // 166 + 1000
    expect(host.getValues("Calc", "A1")).toEqual([[1166]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("2:3").delete("Up");
      await context.sync();
    });
    // 1166 − 100 (Sales) − 1000 (New)
    expect(host.getValues("Calc", "A1")).toEqual([[66]]);
    expect(host.getFormulas("Calc", "A1")).toEqual([["=SUM(Kpis[Target])"]]);
  });

  test("a renamed table is followed in the formula text; a deleted table leaves #REF! for good", async () => {
    const host = await kpiHost();
    await write(host, "Calc", "A1:B1", [["=SUM(Kpis[Target])", "=INDEX(Kpis[KPI],1)&\" first\""]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Kpis").name = "Measures";
      await context.sync();
    });
    expect(host.getFormulas("Calc", "A1:B1")).toEqual([["=SUM(Measures[Target])", "=INDEX(Measures[KPI],1)&\" first\""]]);
    expect(host.getValues("Calc", "A1:B1")).toEqual([[160, "Sales first"]]);
    await host.run(async (context) => {
      context.workbook.tables.getItem("Measures").delete();
      await context.sync();
    });
    expect(host.getFormulas("Calc", "A1:B1")).toEqual([["=SUM(#REF!)", "=INDEX(#REF!,1)&\" first\""]]);
    expect(host.getValues("Calc", "A1:B1")).toEqual([["#REF!", "#REF!"]]);
    // A new table with the old name does not re-bind them.
    host.setCells("Data", "A1:C2", [["KPI", "Target", "Actual"], ["x", 1, 1]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:C2", true).name = "Measures";
      await context.sync();
    });
    expect(host.getValues("Calc", "A1")).toEqual([["#REF!"]]);
  });

  test("convertToRange turns structured references into A1 references", async () => {
    const host = await kpiHost();
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.getItem("Kpis").resize("A1:D4");
      sheet.getRange("D1:D2").formulas = [["Gap"], ["=[@Target]-[@Actual]"]];
      context.workbook.worksheets.getItem("Calc").getRange("A1").formulas = [["=SUM(Kpis[Target])"]];
      await context.sync();
      sheet.tables.getItem("Kpis").convertToRange();
      await context.sync();
    });
    expect(host.getFormulas("Calc", "A1")).toEqual([["=SUM(Data!$B$2:$B$4)"]]);
    expect(host.getFormulas("Data", "D2")).toEqual([["=$B2-$C2"]]);
    expect(host.getValues("Calc", "A1")).toEqual([[160]]);
    expect(host.getValues("Data", "D2")).toEqual([[20]]);
  });

  test("defined names can hold structured references", async () => {
    const host = await kpiHost();
    await host.run(async (context) => {
      context.workbook.names.add("Targets", "=Kpis[Target]");
      context.workbook.worksheets.getItem("Calc").getRange("A1").formulas = [["=SUM(Targets)"]];
      await context.sync();
    });
    expect(host.getValues("Calc", "A1")).toEqual([[160]]);
  });
});
