/** Range.copyFrom: Excel's copy and paste, with formulas moved as a paste moves them. */
import { hostWith, runError } from "./helpers";

type Host = ReturnType<typeof hostWith>;

async function copy(host: Host, sheet: string, dest: string, source: string | ((wb: Excel.Workbook) => Excel.Range), ...rest: unknown[]): Promise<void> {
  await host.run(async (context) => {
    const src = typeof source === "string" ? source : source(context.workbook);
    const copyFrom = (args: unknown[]): void => {
      const target = context.workbook.worksheets.getItem(sheet).getRange(dest) as unknown as { copyFrom(...a: unknown[]): void };
      target.copyFrom(...args);
    };
    copyFrom([src, ...rest]);
    await context.sync();
  });
}

describe("Range.copyFrom", () => {
  test("formulas shift by the offset: relative references move, absolute ones and other sheets' names stay", async () => {
    const host = hostWith(["Data", "Other"]);
    host.setCells("Other", "A1:A9", [[1], [2], [3], [4], [5], [6], [7], [8], [9]]);
    host.setCells("Data", "A1:A4", [[10], [20], [30], [40]]);
    host.setCells("Data", "B1:E1", [["=A1*2", "=$A$1+A1", "=Other!A1", "=SUM($A1:A$2)"]]);
    await copy(host, "Data", "B3", "B1:E1");
    expect(host.getFormulas("Data", "B3:E3")).toEqual([["=A3*2", "=$A$1+A3", "=Other!A3", "=SUM($A3:A$2)"]]);
    // 30 × 2; 10 + 30; Other!A3 = 3; A2:A3 = 20 + 30
    expect(host.getValues("Data", "B3:E3")).toEqual([[60, 40, 3, 50]]);
  });

  test("a single destination cell expands to the source size; an exact multiple repeats the source", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [[1, "=A1+1"]]);
    await copy(host, "Data", "A3", "A1:B1");
    await copy(host, "Data", "A5:D6", "A1:B1");
    expect(host.getFormulas("Data", "A3:D6")).toEqual([
      [1, "=A3+1", "", ""],
      ["", "", "", ""],
      [1, "=A5+1", 1, "=C5+1"],
      [1, "=A6+1", 1, "=C6+1"],
    ]);
  });

  test("copying across sheets keeps unqualified references relative to the destination sheet", async () => {
    const host = hostWith(["Src", "Dst"]);
    host.setCells("Src", "A1:B1", [[5, "=A1*3"]]);
    host.setCells("Dst", "A1", [[7]]);
    await copy(host, "Dst", "B1", (wb) => wb.worksheets.getItem("Src").getRange("B1"));
    expect(host.getFormulas("Dst", "B1")).toEqual([["=A1*3"]]);
    expect(host.getValues("Dst", "B1")).toEqual([[21]]);
  });

  test("a reference shifted off the sheet becomes #REF!", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "B2", [["=A1+1"]]);
    await copy(host, "Data", "B1", "B2");
    expect(host.getFormulas("Data", "B1")).toEqual([["=#REF!+1"]]);
    expect(host.getValues("Data", "B1")).toEqual([["#REF!"]]);
  });

  test("Values copies computed results; Formulas copies no formats; Formats copies formats and conditional formats only", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [[2, '=IF(A1>1,"big","")']]);
    host.setCells("Data", "C1", [['=""']]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A1").numberFormat = [["0.00"]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1:B1").conditionalFormats.add("ColorScale");
      await context.sync();
    });
    await copy(host, "Data", "A3", "A1:C1", "Values");
    await copy(host, "Data", "A4", "A1:B1", "Formulas");
    await copy(host, "Data", "A5", "A1:B1", "Formats");
    expect(host.getFormulas("Data", "A3:C5")).toEqual([[2, "big", ""], [2, '=IF(A4>1,"big","")', ""], ["", "", ""]]);
    const cells = host.snapshot().sheets[0]?.cells ?? {};
    expect(cells.A3).toEqual({ value: 2 });
    expect(cells.A4).toEqual({ value: 2 });
    expect(cells.A5).toMatchObject({ numberFormat: "0.00", format: { "font.bold": true } });
    const cfs = host.snapshot().sheets[0]?.conditionalFormats.map((cf) => cf.address);
    expect(cfs).toEqual(["Data!A5:B5", "Data!A1:B1"]);
  });

  test("skipBlanks leaves the destination where the source is blank", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C1", [[1, "", 3]]);
    host.setCells("Data", "A2:C2", [["x", "y", "z"]]);
    await copy(host, "Data", "A2", "A1:C1", "All", true);
    expect(host.getValues("Data", "A2:C2")).toEqual([[1, "y", 3]]);
  });

  test("an unqualified structured reference copied out of its table gets the table's name", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C2", [["Target", "Actual", "Ratio"], [100, 80, ""]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:C2", true).name = "Kpis";
      await context.sync();
    });
    host.setCells("Data", "C2", [["=[@Actual]/[@Target]"]]);
    await copy(host, "Data", "E2", "C2");
    expect(host.getFormulas("Data", "E2")).toEqual([["=Kpis[@Actual]/Kpis[@Target]"]]);
    expect(host.getValues("Data", "E2")).toEqual([[0.8]]);
  });

  const refusals: Array<[string, (host: Host) => Promise<void>, string]> = [
    ["transpose", (h) => copy(h, "Data", "E1", "A1:B2", "All", false, true), "NotImplemented"],
    ["copyType Link", (h) => copy(h, "Data", "E1", "A1:B2", "Link"), "NotImplemented"],
    ["an unknown copyType", (h) => copy(h, "Data", "E1", "A1:B2", "Everything"), "InvalidArgument"],
    ["merged cells in the source", (h) => copy(h, "Data", "E1", "G1:H2"), "InvalidOperation"],
    ["a different header text over a table header", (h) => copy(h, "Data", "J1", "A1:B1"), "InvalidOperation"],
  ];

  test.each(refusals)("refuses %s", async (_name, run, code) => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B2", [["a", "b"], [1, 2]]);
    host.setCells("Data", "J1:K2", [["KPI", "Value"], ["x", 1]]);
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("G1:H2").merge();
      sheet.tables.add("J1:K2", true);
      await context.sync();
    });
    const error = await runError(host, () => run(host));
    expect(error.code).toBe(code);
  });

  test("the same header text over a table header is allowed; a protected destination is AccessDenied", async () => {
    const host = hostWith(["Data", "Locked"]);
    host.setCells("Data", "A1:B2", [["KPI", "Value"], ["x", 1]]);
    host.setCells("Data", "D1:E1", [["KPI", "Value"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").tables.add("A1:B2", true);
      context.workbook.worksheets.getItem("Locked").protection.protect();
      await context.sync();
    });
    await copy(host, "Data", "A1", "D1:E1");
    const error = await runError(host, () => copy(host, "Locked", "A1", (wb) => wb.worksheets.getItem("Data").getRange("A1")));
    expect(error.code).toBe("AccessDenied");
  });

  test("needs ExcelApi 1.9", async () => {
    const host = hostWith(["Data"], { supportedSets: { ExcelApi: "1.8" } });
    const error = await runError(host, () => copy(host, "Data", "B1", "A1"));
    expect(error.code).toBe("ApiNotFound");
  });
});
