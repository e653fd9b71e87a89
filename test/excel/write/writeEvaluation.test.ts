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
    expect(host.getValues("计分卡", "A6:I6")[0]).toEqual(["序号", "指标", "状态", "得分", "实际", "目标", "达绿灯所需", "趋势", "备注"]);
    expect(host.getValues("计分卡", "A7:I7")[0]).toEqual(["#", "KPI", "Status text", "Score", "Actual", "Target", "Needed for green", "Trend", "Comment"]);
    // The stable code stays English for formulas; the board reads Chinese status words with a symbol.
    expect(host.getValues("计分卡", "X7")[0]).toEqual(["Status"]);
    expect(host.getValues("计分卡", "C8:C15").map((r) => r[0]).every((v) => typeof v === "string" && /^[✔▲✖○] (正常|有风险|偏离|无数据)$/.test(v))).toBe(true);
  });

  it("writes live formulas whose values equal the engine's attainment, score and status", async () => {
    const { host, fx } = await setUp();
    const kpis = fx.evaluation.kpis;
    // Revenue growth: higher, B 100, T 120, A 110 → progress (110 − 100)/(120 − 100) = 0.5.
    expect(host.getFormulas("Scorecard", `J${first}`)[0]?.[0]).toBe(
      `=IFERROR(IF(AND(ISNUMBER(E8),ISNUMBER(F8)),ROUND(IF(AND(ISNUMBER(O8),O8<>F8,F8>=O8),(E8-O8)/(F8-O8),IF(F8=0,IF(E8>=0,1,0),1+(E8-F8)/ABS(F8))),12),""),"")`,
    );
    // The actual follows its KPI: the Source row finds the name in the source, the input reads that row.
    expect(host.getFormulas("Scorecard", `AH${first}`)[0]?.[0]).toBe(`=MATCH(B8,'KPI 2027'!$A:$A,0)`);
    expect(host.getValues("Scorecard", `AH${first}`)[0]?.[0]).toBe(4);
    expect(host.getFormulas("Scorecard", `E${first}`)[0]?.[0]).toBe(`=IF(INDEX('KPI 2027'!$G:$G,AH8)="","",INDEX('KPI 2027'!$G:$G,AH8))`);
    expect(host.getValues("Scorecard", `AI${first}`)[0]?.[0]).toBe("Revenue growth");
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
    expect(host.getFormulas("Scorecard", `E${first + 2}`)[0]?.[0]).toBe(35000);
    expect(host.getValues("Scorecard", `U${first + 2}`)[0]?.[0]).toBe("Parsed value: actual");
    // Linked rows say nothing (the note above the table says blank means linked).
    expect(host.getValues("Scorecard", `U${first}`)[0]?.[0]).toBe("");
    // The board columns: status with its symbol, Needed for green (B 100 → T 120, green 100 %: 120), the trend word.
    expect(host.getValues("Scorecard", `C${first}:H${first}`)[0]).toEqual(["✖ Off track", 0.5, 110, 120, 120, "↑ improving"]);
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
    expect(sc.tables.find((t) => t.name === "KpiScorecard")?.address).toBe("Scorecard!A7:AL15");
    // Header rows and the KPI column frozen.
    expect([sc.frozenRows, sc.frozenColumns]).toEqual([7, 2]);
    expect(sc.cells[`J${first}`]?.numberFormat).toBe("0.0%");
    expect(sc.cells[`D${first}`]?.numberFormat).toBe("0.0%");
    // Figures by unit: Revenue growth is in 万元, whole numbers; Cost per order in 元 (a currency) with decimals.
    expect(sc.cells[`E${first}`]?.numberFormat).toBe('#,##0"万元"');
    expect(sc.cells[`G${first}`]?.numberFormat).toBe('"≥"#,##0"万元";"≥-"#,##0"万元"');
    expect(sc.cells[`G${first + 1}`]?.numberFormat).toBe('"≤¥"#,##0;"≤-¥"#,##0');
    // No TRUE/FALSE: Behind pace and Weights given are 1 / 0 read as Yes / No.
    expect(sc.cells[`W${first}`]?.numberFormat).toBe('"Yes";"Yes";"No"');
    expect(sc.cells["E4"]?.numberFormat).toBe('"Yes";"Yes";"No"');
    expect(Object.values(sc.cells).some((c) => typeof c.value === "boolean")).toBe(false);
    // Thresholds equal to the settings read "default"; the settings row shows them once.
    expect(sc.cells[`S${first}`]?.numberFormat).toBe('"default";"default";"default"');
    const types = sc.conditionalFormats.map((c) => c.type).sort();
    expect(types).toEqual([...Array<string>(12).fill("ContainsText"), "IconSet"]);
    expect(Object.keys(sc.columnWidths).length).toBeGreaterThanOrEqual(30);
    const sm = sheet("Strategy Match");
    expect(sm.conditionalFormats.some((c) => c.type === "ColorScale")).toBe(true);
    expect(sm.tables.map((t) => t.name).sort()).toEqual(["KpiMatchSummary", "KpiObjectiveCoverage", "KpiPerspectiveBalance", "KpiStrengthMatrix"]);
    expect(sheet("SMART Review").tables[0]?.name).toBe("KpiSmartReview");
    expect(sheet("Evaluation Log").tables[0]?.name).toBe("KpiEvaluationLog");
    expect(sheet("Evaluation Log").frozenRows).toBe(3);
  });

  it("draws the Scorecard's charts right under the KPI table in the board columns A–I, and no chart covers a cell of ours", async () => {
    const { host, fx } = await setUp();
    const snap = host.snapshot();
    const lastKpiRow = first + fx.evaluation.kpis.length - 1;
    const letters = (c: string) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const at = (a: string) => {
      const m = /^([A-Z]+)(\d+)$/.exec(a);
      return { column: letters(m?.[1] ?? "A"), row: Number(m?.[2]) };
    };
    const sc = snap.sheets.find((s) => s.name === "Scorecard")!;
    for (const chart of sc.charts) {
      const from = at(chart.anchor.from);
      const to = at(chart.anchor.to);
      // Below the table (one blank row), within A–I (# … Trend, Comment).
      expect(from.row).toBeGreaterThanOrEqual(lastKpiRow + 2);
      expect(from.column).toBeGreaterThanOrEqual(1);
      expect(to.column).toBeLessThanOrEqual(COL.comment + 1);
    }
    // The first shelf starts one blank row under the last KPI: on the first screen for a short table.
    expect(at(sc.charts[0]!.anchor.from).row).toBe(lastKpiRow + 2);
    expect(at(sc.charts[0]!.anchor.from).row).toBeLessThanOrEqual(30);
    // On every managed sheet, no cell with content lies under a chart.
    for (const s of snap.sheets.filter((x) => x.name !== SOURCE_SHEET)) {
      for (const chart of s.charts) {
        const from = at(chart.anchor.from);
        const to = at(chart.anchor.to);
        const covered = Object.entries(s.cells)
          .filter(([, cell]) => cell.value !== "" && cell.value !== null)
          .map(([a]) => ({ a, ...at(a) }))
          .filter((c) => c.row >= from.row && c.row <= to.row && c.column >= from.column && c.column <= to.column)
          .map((c) => c.a);
        expect({ sheet: s.name, chart: chart.name, covered }).toEqual({ sheet: s.name, chart: chart.name, covered: [] });
      }
    }
    expect(sc.charts.map((c) => [c.name, c.chartType])).toEqual([
      ["KS Scores", "BarClustered"],
      ["KS Variance", "BarClustered"],
      ["KS Perspectives", "BarClustered"],
      ["KS Status", "Pie"],
      ["KS History", "Line"],
    ]);
    // Strategy Match: right of the summary and coverage blocks, from row 5 (column H); the per-KPI chart
    // beside the strength matrix, from its heading row, right of its last column.
    const sm = snap.sheets.find((s) => s.name === "Strategy Match")!;
    expect(sm.charts.length).toBeGreaterThan(1);
    const matrixHeading = 14 + fx.evaluation.objectives.length + 3; // 1-based: the row above the matrix's header
    const matrixEnd = 8 + fx.evaluation.objectives.length; // 1-based last column of the matrix
    for (const chart of sm.charts) {
      const from = at(chart.anchor.from);
      if (chart.name === "KS Weights") expect(from).toEqual({ row: matrixHeading, column: matrixEnd + 1 });
      else {
        expect(from.row).toBe(5);
        expect(from.column).toBeGreaterThanOrEqual(8);
      }
    }
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
