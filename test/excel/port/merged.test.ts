/** evaluate(): merged 战略目标 / 部门 cells are read through getMergedAreasOrNullObject (ExcelApi 1.13) in the same sync as the values. */
import { createHost } from "../../../src/host";
import type { EvaluateRequest } from "../../../src/excel";
import { portFor } from "./helpers";

const AS_OF = 46_447; // 2027-02-28

/** Title in A1, blank row 2, the table at A3:F6 (header + 3 KPIs); 战略目标 B4:B6 and 部门 C4:C5 merged. */
async function chineseWorkbook(excelApi: string) {
  const host = createHost({ sheets: ["指标"], supportedSets: { ExcelApi: excelApi }, displayLanguage: "zh-CN" });
  host.setCells("指标", "A1", [["2027 年度 KPI"]]);
  host.setCells("指标", "A3:F6", [
    ["维度", "战略目标", "部门", "指标名称", "目标值", "实际值"],
    ["财务", "提升收入", "销售部", "销售额", 100, 90],
    ["", "", "", "毛利率", 40, 38],
    ["", "", "", "回款率", 95, 96],
  ]);
  await host.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem("指标");
    sheet.getRange("B4:B6").merge();
    sheet.getRange("C4:C5").merge();
    await context.sync();
  });
  host.resetStats();
  return host;
}

const request: EvaluateRequest = {
  kpiTable: { kind: "range", name: "指标!A3:F6", sheet: "指标", address: "'指标'!A3:F6" },
  strategy: { objectives: [{ name: "提升收入", weight: 1 }] },
  settings: { asOf: AS_OF },
  language: "zh",
};

describe("evaluate with merged cells", () => {
  it("gives every KPI under a merged 战略目标 / 部门 cell its value (ExcelApi 1.13)", async () => {
    const host = await chineseWorkbook("1.13");
    const outcome = await portFor(host).evaluate(request);
    const kpis = outcome.evaluation.kpis;
    expect(kpis.map((k) => k.name)).toEqual(["销售额", "毛利率", "回款率"]);
    // B4:B6 is merged over all three KPI rows; C4:C5 over the first two only
    expect(kpis.map((k) => k.inputs.objective)).toEqual(["提升收入", "提升收入", "提升收入"]);
    expect(kpis.map((k) => k.inputs.department)).toEqual(["销售部", "销售部", undefined]);
    // the perspective (a grouping column) is carried down either way
    expect(kpis.map((k) => k.inputs.perspective)).toEqual(["financial", "financial", "financial"]);
  });

  it("on ExcelApi 1.9 (no getMergedAreasOrNullObject) only the first KPI has the objective, in as many syncs", async () => {
    const modern = await chineseWorkbook("1.13");
    await portFor(modern).evaluate(request);
    const older = await chineseWorkbook("1.9");
    const outcome = await portFor(older).evaluate(request);
    expect(outcome.evaluation.kpis.map((k) => k.inputs.objective)).toEqual(["提升收入", undefined, undefined]);
    expect(outcome.evaluation.kpis.map((k) => k.inputs.department)).toEqual(["销售部", undefined, undefined]);
    expect(older.stats.syncs).toBe(modern.stats.syncs);
    expect(modern.stats.syncs).toBeLessThanOrEqual(6);
  });

  it("reads the merged areas in the same sync as the values (the read takes two syncs either way)", async () => {
    // Read-only, to count the read's syncs alone: readEvaluationInput is sync 1 (probe) + sync 2 (values and merges).
    const { readEvaluationInput } = await import("../../../src/excel/read/readEvaluationInput");
    for (const api of ["1.13", "1.9"]) {
      const host = await chineseWorkbook(api);
      const input = await host.run((context) => readEvaluationInput(context, request, (set, version) => host.isSetSupported(set, version)));
      expect(host.stats.syncs).toBe(2);
      // in block coordinates (A3 is row 0, column 0): B4:B6 → row 1, column 1, 3 rows; C4:C5 → row 1, column 2, 2 rows
      expect(input.merged).toEqual(
        api === "1.13"
          ? [
              { row: 1, column: 1, rowCount: 3, columnCount: 1 },
              { row: 1, column: 2, rowCount: 2, columnCount: 1 },
            ]
          : undefined,
      );
    }
  });
});
