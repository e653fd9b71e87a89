import { hostWith, runError } from "./helpers";

/** A status-count table: header row, four categories, and a Pie chart over it named "Status". */
async function pieHost(options: Parameters<typeof hostWith>[1] = {}) {
  const host = hostWith(["S"], options);
  host.setCells("S", "A1:B5", [["Status", "Count"], ["On track", 5], ["At risk", 3], ["Off track", 1], ["No data", 1]]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("S");
    sheet.charts.add("Pie", sheet.getRange("A1:B5"), "Columns").name = "Status";
    await context.sync();
  });
  return host;
}

const points = (context: Excel.RequestContext) => context.workbook.worksheets.getItem("S").charts.getItem("Status").series.getItemAt(0).points;

describe("chart points", () => {
  test("count, items and value: one point per value cell, read from the cells", async () => {
    const host = await pieHost();
    const out = await host.run(async (context) => {
      const collection = points(context).load("count");
      const list = points(context).load("items/value");
      const third = points(context).getItemAt(2).load("value");
      const counted = points(context).getCount();
      await context.sync();
      return { loaded: [collection.count, list.items.map((p) => p.value), third.value], counted };
    });
    // The series' values are B2:B5: 4 cells → 4 points; point 2 is B4 = 1.
    expect(out.loaded).toEqual([4, [5, 3, 1, 1], 1]);
    expect(out.counted.value).toBe(4);
  });

  test("setSolidColor stores a fill per point, shown in the snapshot; clear removes it", async () => {
    const host = await pieHost();
    await host.run(async (context) => {
      points(context).getItemAt(0).format.fill.setSolidColor("#63BE7B");
      points(context).getItemAt(3).format.fill.setSolidColor("#A5A5A5");
      points(context).getItemAt(2).format.fill.setSolidColor("#F8696B");
      await context.sync();
    });
    const series = () => host.snapshot().sheets[0]?.charts[0]?.series[0];
    // Sorted by index, whatever the order they were set in.
    expect(series()?.points).toEqual([
      { index: 0, fill: "#63BE7B" },
      { index: 2, fill: "#F8696B" },
      { index: 3, fill: "#A5A5A5" },
    ]);
    await host.run(async (context) => {
      points(context).getItemAt(2).format.fill.clear();
      points(context).getItemAt(0).format.fill.setSolidColor("green");
      await context.sync();
    });
    expect(series()?.points).toEqual([
      { index: 0, fill: "green" },
      { index: 3, fill: "#A5A5A5" },
    ]);
  });

  test("a chart without point colours has no points key (existing snapshots stay as they were)", async () => {
    const host = await pieHost();
    const before = host.snapshot();
    // Loading point formats touches nothing visible.
    await host.run(async (context) => {
      points(context).load("items/format");
      await context.sync();
    });
    const after = host.snapshot();
    expect(after).toEqual(before);
    expect(Object.keys(after.sheets[0]?.charts[0]?.series[0] ?? {})).not.toContain("points");
    // Clearing every colour removes the key again.
    await host.run(async (context) => {
      points(context).getItemAt(1).format.fill.setSolidColor("#FFC000");
      await context.sync();
      points(context).getItemAt(1).format.fill.clear();
      await context.sync();
    });
    expect(host.snapshot()).toEqual(before);
  });

  test.each([[42], [""], [undefined]])("setSolidColor(%p) fails with InvalidArgument", async (colour) => {
    const host = await pieHost();
    const bad = await runError(host, async (context) => {
      points(context).getItemAt(0).format.fill.setSolidColor(colour as unknown as string);
      await context.sync();
    });
    expect(bad.code).toBe("InvalidArgument");
    expect(host.snapshot().sheets[0]?.charts[0]?.series[0]?.points).toBeUndefined();
  });

  test("an index outside the series fails with ItemNotFound", async () => {
    const host = await pieHost();
    const beyond = await runError(host, async (context) => {
      points(context).getItemAt(4).format.fill.setSolidColor("#FF0000");
      await context.sync();
    });
    expect(beyond.code).toBe("ItemNotFound");
    const negative = await runError(host, async (context) => {
      points(context).getItemAt(-1).load("value");
      await context.sync();
    });
    expect(negative.code).toBe("ItemNotFound");
    expect(host.snapshot().sheets[0]?.charts[0]?.series[0]?.points).toBeUndefined();
  });

  test("a protected sheet refuses point colours with AccessDenied", async () => {
    const host = await pieHost();
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect();
      await context.sync();
    });
    const error = await runError(host, async (context) => {
      points(context).getItemAt(0).format.fill.setSolidColor("#63BE7B");
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
    expect(host.snapshot().sheets[0]?.charts[0]?.series[0]?.points).toBeUndefined();
  });

  test("points and fills are ExcelApi 1.1; getCount needs 1.4", async () => {
    const host = await pieHost({ supportedSets: { ExcelApi: "1.3" } });
    await host.run(async (context) => {
      points(context).getItemAt(1).format.fill.setSolidColor("#FFC000");
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.charts[0]?.series[0]?.points).toEqual([{ index: 1, fill: "#FFC000" }]);
    const old = await runError(host, async (context) => {
      points(context).getCount();
      await context.sync();
    });
    expect(old.code).toBe("ApiNotFound");
  });

  test("a point of a deleted chart is gone (ItemNotFound)", async () => {
    const host = await pieHost();
    const error = await runError(host, async (context) => {
      const point = points(context).getItemAt(0).load("value");
      await context.sync();
      context.workbook.worksheets.getItem("S").charts.getItem("Status").delete();
      await context.sync();
      point.format.fill.setSolidColor("#63BE7B");
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});
