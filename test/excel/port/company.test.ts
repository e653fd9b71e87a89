/**
 * evaluateCompany(): three team tables rolled up into a company score (issue 13 §6, DOMAIN §2),
 * figures checked by hand, and the roll-up sheet refreshed in place.
 */
import { createHost } from "../../../src/host";
import type { CompanyRequest, EvaluateRequest, TableRef } from "../../../src/excel";
import { ROLLUP_SCORE_NAME, ROLLUP_TABLE } from "../../../src/excel/write/rollUpSheet";
import { addTable, portFor } from "./helpers";

const HEADER = ["KPI", "Target", "Actual", "Weight", "Direction"];
const TEAMS: Record<string, (string | number)[][]> = {
  // (0.9 + 1.1) / 2 = 1.0
  Sales: [HEADER, ["Revenue", 100, 90, 1, "higher"], ["Margin", 20, 22, 1, "higher"]],
  // cost 1 − (55 − 50)/50 = 0.9 (w 1); defects 1 − (8 − 10)/10 = 1.2 (w 3) → (0.9 + 3.6) / 4 = 1.125
  Ops: [HEADER, ["Cost per order", 50, 55, 1, "lower"], ["Defects", 10, 8, 3, "lower"]],
  // 5 / 10 = 0.5
  People: [HEADER, ["Hires", 10, 5, 1, "higher"]],
};

async function workbook() {
  const host = createHost({ sheets: [...Object.keys(TEAMS), "Board"] });
  for (const [sheet, rows] of Object.entries(TEAMS)) {
    host.setCells(sheet, `A1:E${rows.length}`, rows);
    await addTable(host, sheet, `A1:E${rows.length}`, `Kpi${sheet}`);
  }
  return host;
}

const ref = (sheet: string): TableRef => ({ kind: "table", name: `Kpi${sheet}`, sheet, address: `${sheet}!A1:E${TEAMS[sheet]?.length ?? 0}` });
const evaluateRequest = (sheet: string): EvaluateRequest => ({ kpiTable: ref(sheet), strategy: { objectives: [] }, settings: { asOf: 46_447 }, language: "en" });
const company = (weights: Record<string, number>): CompanyRequest => ({
  teams: Object.entries(weights).map(([name, weight]) => ({ name, weight, request: evaluateRequest(name) })),
  language: "en",
});

describe("evaluateCompany", () => {
  it("weights each team's total into the company score, checked by hand", async () => {
    const host = await workbook();
    host.resetStats();
    const outcome = await portFor(host).evaluateCompany(company({ Sales: 2, Ops: 1, People: 1 }));

    expect(outcome.teams.map((t) => t.evaluation.total.value)).toEqual([1, 1.125, 0.5].map((v) => expect.closeTo(v, 12)));
    // (1.0·2 + 1.125·1 + 0.5·1) / 4 = 3.625 / 4 = 0.90625
    expect(outcome.rollUp.total).toBeCloseTo(0.90625, 12);
    expect(outcome.rollUp.teams.map((t) => t.share)).toEqual([0.5, 0.25, 0.25]);
    expect(outcome.rollUp.worst).toEqual({ name: "People", total: 0.5 });
    expect(outcome.sheet).toBe("Company Roll-up");
    // 3 teams × (2 read + 4 write syncs) + 3 roll-up syncs + 1 looking for team scorecards left out, whatever the rows
    expect(host.stats.syncs).toBe(22);
    // each team has its own Scorecard, with its own table and defined names
    expect(outcome.teams.map((t) => t.sheets.scorecard)).toEqual(["Scorecard · Sales", "Scorecard · Ops", "Scorecard · People"]);
    host.setCells("Board", "A1:C1", [["=KPI_OverallScore_Ops", "=ROWS(KpiScorecard_Ops[KPI])", "=INDEX(KpiScorecard_Sales[Score], MATCH(\"Margin\", KpiScorecard_Sales[KPI], 0))"]]);
    expect(host.getValues("Board", "A1:C1")).toEqual([[1.125, 2, 1.1].map((v) => expect.closeTo(v, 12))]);

    expect(host.getValues("Company Roll-up", "A4:B4")).toEqual([["Company score", 0.90625]]);
    expect(host.getValues("Company Roll-up", "A7:E10")).toEqual([
      ["Team", "KPI table", "Score", "Weight", "Share"],
      ["Sales", "Sales!A1:E3", 1, 2, 0.5],
      ["Ops", "Ops!A1:E3", 1.125, 1, 0.25],
      ["People", "People!A1:E2", 0.5, 1, 0.25],
    ]);
    // the team sheets were not touched
    expect(host.getValues("Sales", "A1:E3")).toEqual(TEAMS.Sales);
  });

  it("keeps the roll-up sheet, its table and its name across refreshes: a user formula follows its team", async () => {
    const host = await workbook();
    const port = portFor(host);
    await port.evaluateCompany(company({ Sales: 2, Ops: 1, People: 1 }));
    host.setCells("Board", "A1:B1", [[`=INDEX(${ROLLUP_TABLE}[Score], MATCH("Ops", ${ROLLUP_TABLE}[Team], 0))`, `=${ROLLUP_SCORE_NAME}`]]);
    expect(host.getValues("Board", "A1:B1")).toEqual([[1.125, 0.90625]]);
    const id = async () =>
      host.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Company Roll-up").load("id");
        await context.sync();
        return ws.id;
      });
    const before = await id();

    // People leaves the roll-up, Ops' weight changes: (1.0·1 + 1.125·3) / 4 = 1.09375
    const without = await port.evaluateCompany(company({ Ops: 3, Sales: 1 }));
    // People's scorecard is kept, and the pane is told it was not refreshed
    expect(without.notes.map((n) => n.en)).toEqual([
      "“Scorecard · People” (table KpiPeople) is not in this roll-up: it was kept as it was and not refreshed. Delete its sheets if that team's scorecard is no longer needed.",
    ]);
    expect(await id()).toBe(before);
    expect(host.getValues("Board", "A1:B1")).toEqual([[1.125, 1.09375]]);
    expect(host.getValues("Company Roll-up", "A8:A10")).toEqual([["Ops"], ["Sales"], [""]]);
    expect(host.getFormulas("Board", "A1")).toEqual([[`=INDEX(${ROLLUP_TABLE}[Score], MATCH("Ops", ${ROLLUP_TABLE}[Team], 0))`]]);

    // twice the same: the same cells
    const first = host.getValues("Company Roll-up", "A1:I20");
    await port.evaluateCompany(company({ Ops: 3, Sales: 1 }));
    expect(host.getValues("Company Roll-up", "A1:I20").slice(2)).toEqual(first.slice(2));
    expect(host.getSheetNames().filter((n) => !n.includes(" · "))).toEqual(["Sales", "Ops", "People", "Board", "Company Roll-up"]);
    // People's scorecard stays as it was (no longer rolled up, never deleted); Ops and Sales have one each
    expect(host.getSheetNames().filter((n) => n.startsWith("Scorecard · "))).toEqual(["Scorecard · Sales", "Scorecard · Ops", "Scorecard · People"]);
  });

  it("leaves a renamed roll-up sheet to the user and makes a fresh one", async () => {
    const host = await workbook();
    const port = portFor(host);
    await port.evaluateCompany(company({ Sales: 1, Ops: 1 }));
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Company Roll-up").name = "Q1 roll-up";
      await context.sync();
    });
    host.setCells("Q1 roll-up", "K1", [["my note"]]);
    const outcome = await port.evaluateCompany(company({ Sales: 1, Ops: 1 }));
    expect(outcome.sheet).toBe("Company Roll-up");
    expect(outcome.notes[0]?.en).toContain("it is yours now");
    expect(host.getValues("Q1 roll-up", "K1")).toEqual([["my note"]]);
  });

  it("reports a team without a weight and leaves it out of the company score", async () => {
    const host = await workbook();
    const request: CompanyRequest = { teams: [{ name: "Sales", weight: 1, request: evaluateRequest("Sales") }, { name: "Ops", request: evaluateRequest("Ops") }], language: "en" };
    const outcome = await portFor(host).evaluateCompany(request);
    expect(outcome.rollUp.total).toBeCloseTo(1, 12);
    expect(outcome.rollUp.issues.map((i) => i.code)).toContain("TEAM_WEIGHT_BLANK");
    // listed below the table (rows 8–9), after a blank row
    expect(host.getValues("Company Roll-up", "A10:A11").map((r) => r[0])).toEqual(["", expect.stringContaining("“Ops”")]);
  });
});

describe("detect after a roll-up", () => {
  it("does not offer the roll-up sheet's table as a KPI or strategy table", async () => {
    const host = await workbook();
    const port = portFor(host);
    await port.evaluateCompany(company({ Sales: 1, Ops: 1 }));
    host.setSelection("Company Roll-up", "B8");
    const found = await port.detect();
    expect(found.kpiTables.map((t) => t.ref.name).sort()).toEqual(["KpiOps", "KpiPeople", "KpiSales"]);
    expect(found.strategyTables.map((t) => t.ref.name)).not.toContain(ROLLUP_TABLE);
  });
});

describe("team scorecards beside the workbook's own", () => {
  it("leaves the unscoped Scorecard (the published contract) alone and refreshes each team's in place", async () => {
    const host = await workbook();
    const port = portFor(host);
    await port.evaluate(evaluateRequest("Sales"));
    host.setCells("Board", "A1", [["=KPI_OverallScore"]]);
    await port.evaluateCompany(company({ Sales: 1, Ops: 1 }));
    await port.evaluateCompany(company({ Sales: 1, Ops: 1 }));
    const names = host.getSheetNames();
    expect(names.filter((n) => n.startsWith("Scorecard"))).toEqual(["Scorecard", "Scorecard · Sales", "Scorecard · Ops"]);
    expect(names.filter((n) => n.startsWith("Strategy Match"))).toHaveLength(3);
    expect(host.getValues("Board", "A1")).toEqual([[1]]);
    expect(host.getFormulas("Board", "A1")).toEqual([["=KPI_OverallScore"]]);
    // detection offers the team tables, never the team scorecards
    host.setSelection("Scorecard · Ops", "B9");
    const found = await port.detect();
    expect(found.kpiTables.map((t) => t.ref.name).sort()).toEqual(["KpiOps", "KpiPeople", "KpiSales"]);
  });
});
