/**
 * The formula engine copies a sheet's values into HyperFormula only when a formula may read them
 * (hyperformulaBridge.ts). These cases check that every way a formula can reach a sheet still
 * computes with that sheet's values.
 */
import { hostWith } from "./helpers";

async function rename(host: ReturnType<typeof hostWith>, from: string, to: string): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(from).name = to;
    await context.sync();
  });
}

describe("formulas reading other sheets", () => {
  test("a formula naming a sheet of plain values computes with them", () => {
    const host = hostWith(["Calc", "Vals"]);
    host.setCells("Vals", "A1:A3", [[1], [2], [3]]);
    host.setCells("Calc", "A1", [["=SUM(Vals!A1:A3)*10"]]);
    // (1 + 2 + 3) × 10
    expect(host.getValues("Calc", "A1")).toEqual([[60]]);
    host.setCells("Vals", "A3", [[30]]); // values written afterwards reach the formula too
    // (1 + 2 + 30) × 10
    expect(host.getValues("Calc", "A1")).toEqual([[330]]);
  });

  test("a sheet added or renamed to a name a formula already uses is picked up", async () => {
    const host = hostWith(["Calc", "Stage"]);
    host.setCells("Stage", "A1", [[5]]);
    host.setCells("Calc", "A1:A2", [["=Later!A1*2"], ["=Final!A1*3"]]);
    expect(host.getValues("Calc", "A1:A2")).toEqual([["#REF!"], ["#REF!"]]);
    host.addSheet("Later");
    host.setCells("Later", "A1", [[21]]);
    await rename(host, "Stage", "Final");
    // 21 × 2; Stage's 5 × 3 once it is called Final
    expect(host.getValues("Calc", "A1:A2")).toEqual([[42], [15]]);
  });

  test("quoted sheet names, with spaces, apostrophes or Chinese letters", () => {
    const host = hostWith(["Calc", "O'Brien", "战略 表"]);
    host.setCells("O'Brien", "B2", [[7]]);
    host.setCells("战略 表", "C3", [[8]]);
    host.setCells("Calc", "A1", [["='O''Brien'!B2+'战略 表'!C3"]]);
    // 7 + 8
    expect(host.getValues("Calc", "A1")).toEqual([[15]]);
  });

  test("a defined name reaches a sheet no formula names", async () => {
    const host = hostWith(["Calc", "Hidden"]);
    host.setCells("Hidden", "A1:A2", [[4], [6]]);
    await host.run(async (context) => {
      context.workbook.names.add("Pair", context.workbook.worksheets.getItem("Hidden").getRange("A1:A2"));
      await context.sync();
    });
    host.setCells("Calc", "A1", [["=SUM(Pair)"]]);
    // 4 + 6
    expect(host.getValues("Calc", "A1")).toEqual([[10]]);
  });

  test("an array result spills into empty cells, which read back its values", () => {
    const host = hostWith(["Calc", "Vals"]);
    host.setCells("Vals", "A1:A3", [[1], [2], [3]]);
    host.setCells("Calc", "A1", [["=TRANSPOSE(Vals!A1:A3)"]]);
    expect(host.getValues("Calc", "A1:D1")).toEqual([[1, 2, 3, ""]]);
  });

  test("formula text follows a renamed sheet; values of sheets without formulas stay as written", async () => {
    const host = hostWith(["Calc", "Vals", "Notes"]);
    host.setCells("Vals", "A1", [[2]]);
    host.setCells("Notes", "A1:B1", [["text", 3]]);
    host.setCells("Calc", "A1", [["=Vals!A1+1"]]);
    await rename(host, "Vals", "Inputs");
    expect(host.getFormulas("Calc", "A1")).toEqual([["=Inputs!A1+1"]]);
    expect(host.getValues("Calc", "A1")).toEqual([[3]]);
    expect(host.getValues("Notes", "A1:B1")).toEqual([["text", 3]]);
  });
});
