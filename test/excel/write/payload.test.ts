import { createHost, PAYLOAD_LIMIT_BYTES } from "../../../src/host";
import { writeEvaluation } from "../../../src/excel/write/writeEvaluation";
import { bigGrid, fixture, SOURCE_SHEET, typeGrid } from "./fixture";

jest.setTimeout(300_000);

async function writeKpis(n: number) {
  const host = createHost({ sheets: [SOURCE_SHEET] });
  const grid = bigGrid(n);
  typeGrid(host, grid);
  const { input, evaluation } = fixture(grid);
  expect(evaluation.kpis).toHaveLength(n);
  host.resetStats();
  const result = await host.run((ctx) => writeEvaluation(ctx, input));
  return { host, result, evaluation };
}

describe("speed: a constant number of syncs, every request under the payload limit", () => {
  it("takes 4 syncs for 10 KPIs, and for 10,000 the one more their 21 MB need, each request under 5 MB, calculation suspended", async () => {
    const small = await writeKpis(10);
    const large = await writeKpis(10_000);
    // 10,000 KPIs are about 21 MB of cells (each row finds its KPI by name: issue 13), just over
    // 4 × 4.5 MB, so the packer adds one sync and the result says so.
    expect(small.result.syncs).toBe(4);
    expect(large.result.syncs).toBe(5);
    expect(large.result.notes.map((n) => n.en).join(" ")).toContain("the write took 5 syncs instead of 4");
    for (const run of [small, large]) {
      expect(run.host.stats.syncs).toBe(run.result.syncs);
      expect(run.host.stats.calculationSuspensions).toBe(run.result.syncs);
      expect(run.host.stats.tableRowsAdded).toBe(0);
      for (const bytes of run.host.stats.requestBytes) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      for (const bytes of run.host.stats.responseBytes) expect(bytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
    // The large write really was big: more than 5 MB in total, so it had to be spread.
    expect(large.host.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    // And it is right at the far end: the last KPI's score equals the engine's.
    const last = large.evaluation.kpis[9_999]!;
    const v = large.host.getValues("Scorecard", "D10007")[0]?.[0];
    expect(v).toBeCloseTo(last.score ?? NaN, 8);
  });
});
