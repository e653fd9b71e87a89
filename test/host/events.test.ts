/** Worksheet.onChanged on the host (docs/host-rules.md "Events"). */
import { hostWith, runError } from "./helpers";

type Args = { address: string; worksheetId: string; triggerSource: string; type: string; changeType: string };
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

async function listen(host: ReturnType<typeof hostWith>, sheet: string) {
  const heard: Args[] = [];
  const remove = await host.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    const result = ws.onChanged.add((args) => {
      heard.push(args);
      return Promise.resolve();
    });
    ws.load("id");
    await context.sync();
    return { id: ws.id, result };
  });
  return { heard, ...remove };
}

describe("Worksheet.onChanged", () => {
  test("a typed edit is heard once, after the edit, with the changed address and trigger Unknown", async () => {
    const host = hostWith(["Data", "Other"]);
    const { heard, id } = await listen(host, "Data");
    host.setCells("Data", "B2:C3", [[1, 2], [3, 4]]);
    expect(heard).toEqual([]); // asynchronous: never inside the write
    await tick();
    expect(heard).toEqual([{ type: "WorksheetChanged", worksheetId: id, address: "B2:C3", changeType: "RangeEdited", source: "Local", triggerSource: "Unknown" }]);
  });

  test("an API write is heard after its sync, one event per sheet per sync with the bounding range", async () => {
    const host = hostWith(["Data"]);
    const { heard } = await listen(host, "Data");
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      ws.getRange("A1").values = [["x"]];
      ws.getRange("D5:E5").formulas = [["=1", "=2"]];
      await context.sync();
    });
    await tick();
    expect(heard.map((a) => [a.address, a.triggerSource])).toEqual([["A1:E5", "ThisLocalAddin"]]);
  });

  test("changes on another sheet are not heard; a removed handler hears nothing", async () => {
    const host = hostWith(["Data", "Other"]);
    const heard: string[] = [];
    await host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Data");
      const result = ws.onChanged.add((args) => {
        heard.push(args.address);
        return Promise.resolve();
      });
      await context.sync();
      ws.getRange("A1").values = [[1]];
      await context.sync();
      await tick();
      result.remove();
      ws.getRange("A2").values = [[2]];
      await context.sync();
    });
    host.setCells("Other", "A1", [[5]]);
    host.setCells("Data", "A3", [[3]]);
    await tick();
    // A2 was written in the same sync as the removal, after it: not heard either
    expect(heard).toEqual(["A1"]);
  });

  test("needs ExcelApi 1.7", async () => {
    const host = hostWith(["Data"], { supportedSets: { ExcelApi: "1.6" } });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("Data").onChanged.add(() => Promise.resolve());
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });
});
