import { hostWith, readValues } from "./helpers";

describe("HyperFormula-backed formulas", () => {
  test("keep Excel-like precision: 14 significant digits, binary noise hidden", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A3", [["=1/3"], ["=0.1+0.2"], ["=(0.47-0.2)/(0.5-0.2)"]]);
    const [third, sum, ratio] = ((await readValues(host, "Data", "A1:A3")) as number[][]).map((row) => row[0]);
    // HyperFormula's default (10 digits) would give 0.3333333333; Excel shows 0.333333333333333.
    expect(Math.abs((third ?? 0) - 1 / 3)).toBeLessThan(1e-14);
    expect(sum).toBe(0.3);
    // 0.8999999999999999 in IEEE doubles; compared with 0.9 by a status formula it must read as 0.9.
    expect(ratio).toBe(0.9);
  });

  test("cross-sheet references compute and recompute after host.setCells", async () => {
    const host = hostWith(["KPI data", "Scorecard"]);
    host.setCells("KPI data", "A1:C2", [["KPI", "Target", "Actual"], ["Sales", 200, 150]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Scorecard").getRange("A1:B1").formulas = [["='KPI data'!C2/'KPI data'!B2", "=IF(A1>=1,\"On track\",\"Behind\")"]];
      await context.sync();
    });
    // 150 / 200 = 0.75 → "Behind"
    expect(await readValues(host, "Scorecard", "A1:B1")).toEqual([[0.75, "Behind"]]);
    host.setCells("KPI data", "C2", [[260]]);
    // 260 / 200 = 1.3 → "On track"
    expect(await readValues(host, "Scorecard", "A1:B1")).toEqual([[1.3, "On track"]]);
  });

  test("values written through the API after a formula exists also recompute", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A3", [[1], [2], ["=SUM(A1:A2)"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Data").getRange("A1:A2").values = [[10], [20]];
      await context.sync();
    });
    expect(host.getValues("Data", "A3")).toEqual([[30]]);
  });

  test("renaming a sheet keeps the formulas that reference it working", async () => {
    const host = hostWith(["Src", "Out"]);
    host.setCells("Src", "A1", [[21]]);
    host.setCells("Out", "A1", [["=Src!A1*2"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Src").name = "Source data";
      await context.sync();
    });
    host.setCells("Source data", "A1", [[5]]);
    expect(host.getValues("Out", "A1")).toEqual([[10]]);
    expect(host.getFormulas("Out", "A1")).toEqual([["='Source data'!A1*2"]]);
  });

  test("deleting a referenced sheet turns references into #REF!", async () => {
    const host = hostWith(["Src", "Out"]);
    host.setCells("Src", "A1", [[1]]);
    host.setCells("Out", "A1", [["=Src!A1"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Src").delete();
      await context.sync();
    });
    expect(host.getValues("Out", "A1")).toEqual([["#REF!"]]);
  });

  test("named ranges are usable in formulas", async () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:A3", [[1], [2], [3]]);
    const out = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const name = context.workbook.names.add("Weights", sheet.getRange("A1:A3"));
      sheet.getRange("B1").formulas = [["=SUM(Weights)"]];
      name.load("name, value, type");
      const back = context.workbook.names.getItem("weights").getRange().load("address");
      await context.sync();
      return [name.name, name.value, name.type, back.address];
    });
    // 1 + 2 + 3 = 6
    expect(host.getValues("Data", "B1")).toEqual([[6]]);
    expect(out).toEqual(["Weights", "Data!$A$1:$A$3", "Range", "Data!A1:A3"]);
  });

  test("INDEX reads only the cell it returns, with HyperFormula's results and errors", () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:C3", [[1, 2, 3], [4, "x", 6], ["", 8, 9]]);
    host.setCells("Data", "E1:E7", [["=INDEX(A1:C3,2,2)"], ["=INDEX(A1:A3,2)"], ["=INDEX({1,2,3},1,3)"], ["=INDEX(A1:C3,4,1)"], ["=INDEX(A1:C3,0,1)"], ["=INDEX(A1:C3,3,1)"], ["=INDEX(A1:C3,1,2)+1"]]);
    // "x"; 4; 3; row 4 is outside (#NUM!); row 0 (#VALUE!); an empty cell reads 0; 2 + 1
    expect(host.getValues("Data", "E1:E7")).toEqual([["x"], [4], [3], ["#NUM!"], ["#VALUE!"], [0], [3]]);
  });

  test("a circular reference reads as 0, as Excel shows it", () => {
    const host = hostWith(["Data"]);
    host.setCells("Data", "A1:B1", [["=B1", "=A1"]]);
    expect(host.getValues("Data", "A1:B1")).toEqual([[0, 0]]);
  });
});
