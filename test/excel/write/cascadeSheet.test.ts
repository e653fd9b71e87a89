/**
 * Cascades on the Scorecard (issue 13 §6, DOMAIN §2 "Cascades"): the Parent, Worst child and Worst
 * child score columns, a parent without an actual scored live from its children, and a total over
 * top-level KPIs only, equal to the engine's before and after a child's actual changes.
 */
import { createHost } from "../../../src/host";
import { COL, ROW, TOTAL_CELLS } from "../../../src/excel/write/scorecardLayout";
import { cellA1 } from "../../../src/excel/write/a1";
import { addTable, portFor } from "../port/helpers";

const HEADER = ["KPI", "Target", "Actual", "Weight", "Direction", "Parent"];
// Company revenue ← Region A (weight 2; Store 1 and Store 2, weights 1/1) and Region B (weight 1, its own actual);
// Hires stands alone at the top level (weight 1).
const ROWS: (string | number)[][] = [
  HEADER,
  ["Company revenue", "", "", "", "higher", ""],
  ["Region A", "", "", 2, "higher", "Company revenue"],
  ["Store 1", 100, 110, 1, "higher", "Region A"],
  ["Store 2", 100, 80, 1, "higher", "Region A"],
  ["Region B", 50, 50, 1, "higher", "Company revenue"],
  ["Hires", 10, 5, 1, "higher", ""],
];
const REF = { kind: "table" as const, name: "Kpis", sheet: "Data", address: `Data!A1:F${ROWS.length}` };

async function evaluated() {
  const host = createHost({ sheets: ["Data"] });
  host.setCells("Data", `A1:F${ROWS.length}`, ROWS);
  await addTable(host, "Data", `A1:F${ROWS.length}`, "Kpis");
  const port = portFor(host);
  const request = { kpiTable: REF, strategy: { objectives: [] }, settings: { asOf: 46_447 }, language: "en" as const };
  const outcome = await port.evaluate(request);
  return { host, port, request, outcome };
}

const column = (host: ReturnType<typeof createHost>, c: number, n: number) =>
  host.getValues("Scorecard", `${cellA1(ROW.firstKpi, c)}:${cellA1(ROW.firstKpi + n - 1, c)}`).map((r) => r[0]);
const totalCell = cellA1(ROW.total, TOTAL_CELLS.value);

describe("a cascade on the Scorecard", () => {
  it("shows each KPI's parent and a parent's worst child, and scores parents from their children as the engine does", async () => {
    const { host, outcome } = await evaluated();
    const n = ROWS.length - 1;
    expect(column(host, COL.name, n)).toEqual(["Company revenue", "Region A", "Store 1", "Store 2", "Region B", "Hires"]);
    expect(column(host, COL.parent, n)).toEqual(["", "Company revenue", "Region A", "Region A", "Company revenue", ""]);
    expect(column(host, COL.worstChild, n)).toEqual(["Region A", "Store 2", "", "", "", ""]);
    expect(column(host, COL.worstChildScore, n)).toEqual([0.95, 0.8, "", "", "", ""]);
    // Region A = (1.1 + 0.8) / 2 = 0.95; Company = (0.95·2 + 1·1) / 3 = 0.9666…; Hires 0.5
    const scores = column(host, COL.score, n) as number[];
    expect(scores[1]).toBeCloseTo(0.95, 12);
    expect(scores[0]).toBeCloseTo(2.9 / 3, 12);
    outcome.evaluation.kpis.forEach((kpi, i) => expect(scores[i]).toBeCloseTo(kpi.score ?? Number.NaN, 10));
    // The total counts the top level only (Company revenue and Hires). A weight is given there (Hires: 1),
    // so Company revenue, whose weight is blank, is left out: the total is Hires' 0.5.
    expect(outcome.evaluation.total.value).toBeCloseTo(0.5, 12);
    expect(host.getValues("Scorecard", totalCell)[0]?.[0]).toBeCloseTo(outcome.evaluation.total.value ?? Number.NaN, 12);
    expect(column(host, COL.status, n)).toEqual(["At risk", "At risk", "On track", "Off track", "On track", "Off track"]);
  });

  it("keeps the parent's score and the total live: a child's new actual moves them to the engine's new figures", async () => {
    const { host, port, request } = await evaluated();
    // Store 2 reaches 100: Region A = (1.1 + 1) / 2 = 1.05; Company = (1.05·2 + 1) / 3 = 1.0333…
    host.setCells("Data", "C5", [[100]]);
    const scores = column(host, COL.score, ROWS.length - 1) as number[];
    expect(scores[1]).toBeCloseTo(1.05, 12);
    expect(scores[0]).toBeCloseTo(3.1 / 3, 12);
    const again = await port.evaluate(request);
    again.evaluation.kpis.forEach((kpi, i) => expect(scores[i]).toBeCloseTo(kpi.score ?? Number.NaN, 10));
  });

  it("totals the top level with equal weights when only children carry weights, as the engine does", async () => {
    const host = createHost({ sheets: ["Data"] });
    const rows = ROWS.map((r, i) => (i === ROWS.length - 1 ? ["Hires", 10, 5, "", "higher", ""] : r));
    host.setCells("Data", `A1:F${rows.length}`, rows);
    await addTable(host, "Data", `A1:F${rows.length}`, "Kpis");
    const outcome = await portFor(host).evaluate({ kpiTable: REF, strategy: { objectives: [] }, settings: { asOf: 46_447 }, language: "en" });
    // top level: Company revenue 0.9666… and Hires 0.5, no weight at the top → equal: 0.7333…
    expect(outcome.evaluation.total.value).toBeCloseTo((2.9 / 3 + 0.5) / 2, 10);
    expect(host.getValues("Scorecard", totalCell)[0]?.[0]).toBeCloseTo(outcome.evaluation.total.value ?? Number.NaN, 10);
  });
});
