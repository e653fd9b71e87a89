import { createHost } from "../../src/host";

// 10,000 × 20 numbers written through Range.values and read back in one more sync.
// Speed is reported by the benchmarks, not asserted here (a shared machine makes clocks flaky).
test("writes and reads a 10,000 × 20 values array in two syncs", async () => {
  const host = createHost({ sheets: ["Big"] });
  const data = Array.from({ length: 10_000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
  const back = await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Big").getRangeByIndexes(0, 0, 10_000, 20);
    range.values = data;
    await context.sync();
    range.load("values");
    await context.sync();
    return range.values;
  });
  expect(back).toEqual(data);
  expect(host.stats.syncs).toBe(2);
});

// With a formula in the workbook HyperFormula holds every cell.
test("with formulas present, 10,000 rows of inputs and formulas compute", async () => {
  const host = createHost({ sheets: ["Data"] });
  const rows = Array.from({ length: 10_000 }, (_, r) => [r, r * 2, `=A${r + 1}+B${r + 1}`]);
  const last = await host.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Data").getRange("A1:C10000");
    range.values = rows;
    const tail = range.getLastRow().load("values");
    await context.sync();
    return tail.values;
  });
  // Last row: 9999 + 19998 = 29997.
  expect(last).toEqual([[9999, 19998, 29997]]);
});
