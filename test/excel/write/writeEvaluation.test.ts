import { createHost, type InMemoryExcelHost } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { COL, ROW, SIDE_COLUMN } from "../../../src/excel/write/scorecardLayout";
import { fixture, SOURCE_SHEET, typeGrid, sourceGrid, type Fixture } from "./fixture";

async function setUp(lang: "en" | "zh" = "en"): Promise<{ host: InMemoryExcelHost; fx: Fixture; result: Awaited<ReturnType<typeof writeEvaluation>> }> {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = sourceGrid();
  typeGrid(host, grid);
  const fx = fixture(grid, lang);
  host.resetStats();
  const result = await host.run((ctx) => writeEvaluation(ctx, fx.input));
  return { host, fx, result };
}

/** Relative closeness: the host keeps 14 significant digits (as Excel keeps 15), the engine 12. */
export const expectClose = (actual: unknown, expected: number) => {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(expected)));
};

const first = ROW.firstKpi + 1; // Excel row of the first KPI (8)
const rowsOf = (fx: Fixture) => `${first}:${first + fx.evaluation.kpis.length - 1}`;
const col = (c: number) => {
  let n = c + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};
const column = (host: InMemoryExcelHost, fx: Fixture, c: number) => {
  const [a, b] = rowsOf(fx).split(":");
  return host.getValues("Scorecard", `${col(c)}${a}:${col(c)}${b}`).map((r) => r[0]);
};

describe("writeEvaluation: a messy bilingual evaluation in, four sheets out", () => {
  it("names the four sheets, in 4 syncs with calculation suspended in each", async () => {
    const { host, result } = await setUp();
    expect(result.sheets).toEqual({ scorecard: "Scorecard", strategyMatch: "Strategy Match", smartReview: "SMART Review", log: "Evaluation Log" });
    expect(result.renamed).toEqual([]);
    expect(result.syncs).toBe(4);
    expect(host.stats.syncs).toBe(4);
    expect(host.stats.calculationSuspensions).toBe(4);
    expect(host.stats.tableRowsAdded).toBe(0);
    expect(host.getSheetNames()).toEqual([SOURCE_SHEET, "Scorecard", "Strategy Match", "SMART Review", "Evaluation Log"]);
    expect(host.snapshot().activeSheet).toBe("Scorecard");
  });

  it("uses Chinese sheet names and headings when the language is zh", async () => {
    const { host, result } = await setUp("zh");
    expect(result.sheets).toEqual({ scorecard: "计分卡", strategyMatch: "战略匹配", smartReview: "SMART 评审", log: "评估日志" });
    expect(host.getValues("计分卡", "A1:B1")[0]?.[0]).toBe("KPI 计分卡");
    // The table's headers are the contract's fixed English codes; the caption row above says them in Chinese.
    expect(host.getValues("计分卡", "S6:U6")[0]).toEqual(["得分", "状态", "备注"]);
    expect(host.getValues("计分卡", "S7:U7")[0]).toEqual(["Score", "Status", "Comment"]);
  });

  it("writes live formulas whose values equal the engine's attainment, score and status", async () => {
    const { host, fx } = await setUp();
    const kpis = fx.evaluation.kpis;
    // Revenue growth: higher, B 100, T 120, A 110 → progress (110 − 100)/(120 − 100) = 0.5.
    expect(host.getFormulas("Scorecard", `R${first}`)[0]?.[0]).toBe(
      `=IFERROR(IF(AND(ISNUMBER(I8),ISNUMBER(H8)),ROUND(IF(AND(ISNUMBER(G8),G8<>H8,H8>=G8),(I8-G8)/(H8-G8),IF(H8=0,IF(I8>=0,1,0),1+(I8-H8)/ABS(H8))),12),""),"")`,
    );
    // The actual follows its KPI: the Source row finds the name in the source, the input reads that row.
    expect(host.getFormulas("Scorecard", `AE${first}`)[0]?.[0]).toBe(`=MATCH(B8,'KPI 2027'!$A:$A,0)`);
    expect(host.getValues("Scorecard", `AE${first}`)[0]?.[0]).toBe(4);
    expect(host.getFormulas("Scorecard", `I${first}`)[0]?.[0]).toBe(`=IF(INDEX('KPI 2027'!$G:$G,AE8)="","",INDEX('KPI 2027'!$G:$G,AE8))`);
    expect(host.getValues("Scorecard", `AF${first}`)[0]?.[0]).toBe("Revenue growth");
    const att = column(host, fx, COL.attainment);
    const score = column(host, fx, COL.score);
    const status = column(host, fx, COL.status);
    kpis.forEach((k, i) => {
      if (k.attainment === undefined) expect(att[i]).toBe("");
      else expectClose(att[i], k.attainment);
      if (k.score === undefined) expect(score[i]).toBe("");
      else expectClose(score[i], k.score);
      expect(status[i]).toBe(k.status);
    });
    expect(att[0]).toBeCloseTo(0.5, 12);
    // 客户满意度: the actual "¥3.5万" is text in the source, so the parsed 35000 is a visible constant.
    expect(host.getFormulas("Scorecard", `I${first + 2}`)[0]?.[0]).toBe(35000);
    expect(host.getValues("Scorecard", `O${first + 2}`)[0]?.[0]).toBe("Parsed value: actual");
  });

  it("computes the weighted total and the perspective roll-ups live, equal to the engine's", async () => {
    const { host, fx } = await setUp();
    const total = host.getValues("Scorecard", "C4")[0]?.[0];
    expect(typeof total).toBe("number");
    expect(total as number).toBeCloseTo(fx.evaluation.total.value ?? NaN, 9);
    const side = host.getValues("Scorecard", `${col(SIDE_COLUMN)}${first}:${col(SIDE_COLUMN + 5)}${first + fx.evaluation.rollUps.perspective.length - 1}`);
    fx.evaluation.rollUps.perspective.forEach((g, i) => {
      const row = side[i] ?? [];
      expect(row[3]).toBe(g.count);
      expect(row[4]).toBe(g.scored);
      if (g.weighted === undefined) expect(row[1]).toBe("");
      else expect(row[1]).toBeCloseTo(g.weighted, 9);
      if (g.worst === undefined) expect(row[2]).toBe("");
      else expect(row[2]).toBeCloseTo(g.worst, 9);
    });
    // Customer: (1.2·10 + 0.95·10)/20 = 1.075.
    expect(side[1]?.[1]).toBeCloseTo(1.075, 12);
    const counts = host.getValues("Scorecard", `${col(SIDE_COLUMN + 1)}${first + fx.evaluation.rollUps.perspective.length + 3}:${col(SIDE_COLUMN + 1)}${first + fx.evaluation.rollUps.perspective.length + 6}`).map((r) => r[0]);
    expect(counts).toEqual([fx.evaluation.counts["On track"], fx.evaluation.counts["At risk"], fx.evaluation.counts["Off track"], fx.evaluation.counts["No data"]]);
  });

  it("formats a board would accept: tables, number formats, status fills, icons, heat map, frozen headers, widths", async () => {
    const { host } = await setUp();
    const snap = host.snapshot();
    const sheet = (name: string) => snap.sheets.find((s) => s.name === name)!;
    const sc = sheet("Scorecard");
    expect(sc.tables.map((t) => t.name).sort()).toEqual(["KpiAttainmentChart", "KpiByPerspective", "KpiScorecard", "KpiSignalHistory", "KpiStatusCounts"]);
    expect(sc.tables.find((t) => t.name === "KpiScorecard")?.address).toBe("Scorecard!A7:AF15");
    expect(sc.frozenRows).toBe(7);
    expect(sc.cells[`R${first}`]?.numberFormat).toBe("0.0%");
    expect(sc.cells[`S${first}`]?.numberFormat).toBe("0.0%");
    expect(sc.cells[`I${first}`]?.numberFormat).toBe("#,##0");
    const types = sc.conditionalFormats.map((c) => c.type).sort();
    expect(types).toEqual(["ContainsText", "ContainsText", "ContainsText", "ContainsText", "ContainsText", "ContainsText", "ContainsText", "ContainsText", "IconSet"]);
    expect(Object.keys(sc.columnWidths).length).toBeGreaterThanOrEqual(30);
    const sm = sheet("Strategy Match");
    expect(sm.conditionalFormats.some((c) => c.type === "ColorScale")).toBe(true);
    expect(sm.tables.map((t) => t.name).sort()).toEqual(["KpiMatchSummary", "KpiObjectiveCoverage", "KpiPerspectiveBalance", "KpiStrengthMatrix"]);
    expect(sheet("SMART Review").tables[0]?.name).toBe("KpiSmartReview");
    expect(sheet("Evaluation Log").tables[0]?.name).toBe("KpiEvaluationLog");
    expect(sheet("Evaluation Log").frozenRows).toBe(3);
  });

  it("draws the charts to the right of every block, never over data", async () => {
    const { host } = await setUp();
    const snap = host.snapshot();
    for (const s of snap.sheets.filter((x) => x.name !== SOURCE_SHEET)) {
      const usedColumns = Object.keys(s.cells).map((a) => a.replace(/\d+$/, ""));
      const widest = Math.max(...usedColumns.map((c) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)));
      for (const chart of s.charts) {
        const from = chart.anchor.from.replace(/\d+$/, "");
        const left = [...from].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        expect(left).toBeGreaterThan(widest);
      }
    }
    const sc = snap.sheets.find((s) => s.name === "Scorecard")!;
    expect(sc.charts.map((c) => [c.name, c.chartType])).toEqual([
      ["KS Attainment", "ColumnClustered"],
      ["KS Perspectives", "BarClustered"],
      ["KS Status", "Pie"],
      ["KS History", "Line"],
    ]);
    // The 100% line is a line series over the attainment columns.
    expect(sc.charts[0]?.series.map((s) => s.chartType)).toEqual([null, "Line"]);
    const sm = snap.sheets.find((s) => s.name === "Strategy Match")!;
    expect(sm.charts.map((c) => c.name)).toEqual(["KS Coverage", "KS Balance"]);
  });

  it("writes SMART reasons, the match matrix and one log row", async () => {
    const { host, fx } = await setUp();
    const smart = host.getValues("SMART Review", "A6:K6")[0] ?? [];
    expect(smart[1]).toBe("Revenue growth");
    expect(smart[2]).toBe(fx.evaluation.kpis[0]?.smart.score);
    expect(String(smart[4])).toMatch(/^[✓✗?] /);
    // The SMART rewrite column beside the suggestions.
    expect(host.getValues("SMART Review", "K5:K5")[0]).toEqual(["SMART rewrite"]);
    fx.evaluation.kpis.forEach((kpi, k) => expect(host.getValues("SMART Review", `K${6 + k}:K${6 + k}`)[0]).toEqual([kpi.smart.rewrite?.en ?? ""]));
    expect(host.getValues("SMART Review", "A3:D3")[0]).toEqual(["SMART pass rate", fx.evaluation.smart.passRate, "KPIs", 8]);
    expect(fx.evaluation.kpis.some((kpi) => kpi.smart.rewrite !== undefined)).toBe(true);
    const m = fx.evaluation.match;
    const headerRow = 14 + fx.evaluation.objectives.length + 3 + 1; // 0-based matRow → Excel row
    // Fixed columns A:H (#, KPI, weight share, importance share, best strength, best objective, why linked, orphan), then the objectives.
    expect(host.getValues("Strategy Match", `I${headerRow}:L${headerRow}`)[0]).toEqual(fx.evaluation.objectives.map((o) => o.name));
    expect(host.getValues("Strategy Match", `I${headerRow + 1}:L${headerRow + 1}`)[0]).toEqual(m.matrix[0]);
    const first = fx.evaluation.kpis[0];
    expect(host.getValues("Strategy Match", `F${headerRow + 1}:G${headerRow + 1}`)[0]).toEqual([first?.best.objective ?? "", first?.best.evidence?.en ?? ""]);
    const log = host.getValues("Evaluation Log", "A3:O5");
    expect(log[1]?.slice(0, 3)).toEqual(["2027-03-01 09:30", "Mei", "KPI 2027"]);
    expect(log[1]?.[5]).toBe(8);
    expect(log[2]?.every((v) => v === "")).toBe(true);
  });

  it("does not mutate its input", async () => {
    const host = createHost({ sheets: [SOURCE_SHEET] });
    const grid = sourceGrid();
    typeGrid(host, grid);
    const fx = fixture(grid);
    const before = JSON.stringify(fx.input);
    await host.run((ctx) => writeEvaluation(ctx, fx.input));
    expect(JSON.stringify(fx.input)).toBe(before);
  });
});
