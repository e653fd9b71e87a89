/** Planning reads under the response budget, and reading row blocks. */
import { columnSpans, planReads, readCells } from "../../../src/excel/read/readCells";
import { BLOCK_CELLS, bytesPerCell, RESPONSE_BUDGET } from "../../../src/excel/read/payload";
import { jsonBytes } from "../../../src/excel/write/chunks";
import { createHost } from "../../../src/host";

const rect = (rowCount: number, columnCount: number) => ({ sheet: "S", row: 0, column: 0, rowCount, columnCount });

describe("planReads", () => {
  it("reads a 10,000 × 25 table in one sync, in row blocks of at most BLOCK_CELLS cells", () => {
    // 250,000 cells × 12 bytes = 3.0 MB < 4 MB budget → one sync; 100,000 / 25 = 4,000 rows per block → 3 blocks
    const plan = planReads([{ rect: rect(10_000, 25), cellBytes: 12 }]);
    expect(plan).toHaveLength(1);
    expect(plan[0]?.map((p) => [p.first, p.count])).toEqual([[0, 4000], [4000, 4000], [8000, 2000]]);
    for (const p of plan[0] ?? []) expect(p.count * 25).toBeLessThanOrEqual(BLOCK_CELLS);
  });

  it("takes one more sync per budget when a table is larger than the response budget", () => {
    // 10,000 × 50 × 20 bytes = 10 MB → blocks of 2,000 rows (2 MB each) → 2 blocks per 4 MB sync → 3 syncs
    const plan = planReads([{ rect: rect(10_000, 50), cellBytes: 20 }]);
    expect(plan).toHaveLength(3);
    for (const sync of plan) expect(sync.reduce((s, p) => s + p.bytes, 0)).toBeLessThanOrEqual(RESPONSE_BUDGET);
  });

  it("plans nothing for an empty request list and an empty rectangle", () => {
    expect(planReads([])).toEqual([]);
    expect(planReads([{ rect: rect(0, 5) }])).toEqual([]);
  });
});

describe("columnSpans", () => {
  it("groups contiguous columns and drops duplicates and invalid indexes", () => {
    expect(columnSpans([7, 2, 3, 4, 3, -1, 1.5])).toEqual([[2, 3], [7, 1]]);
    expect(columnSpans([])).toEqual([]);
  });
});

describe("payload estimates", () => {
  it("counts UTF-8 bytes of the JSON text", () => {
    // ["指"] → [ " 指 " ] = 1 + 1 + 3 + 1 + 1 = 7 bytes
    expect(jsonBytes(["指"])).toBe(7);
    expect(jsonBytes([[1, "ab"]])).toBe('[[1,"ab"]]'.length);
  });

  it("measures bytes per cell, with a default for an empty sample", () => {
    // [[1,2],[3,4]] is 13 bytes for 4 cells
    expect(bytesPerCell([[1, 2], [3, 4]])).toBeCloseTo(13 / 4);
    expect(bytesPerCell([])).toBe(16);
  });
});

describe("readCells", () => {
  it("reads values and only the requested number formats, in one sync", async () => {
    const host = createHost({ sheets: ["S"] });
    host.setCells("S", "B2:D3", [["a", 0.5, 3], ["b", 0.25, 4]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C2:C3").numberFormat = [["0%"], ["0%"]];
      await context.sync();
    });
    host.resetStats();
    const [block] = await host.run((context) => readCells(context, [{ rect: { sheet: "S", row: 1, column: 1, rowCount: 2, columnCount: 3 }, formatColumns: [1] }]));
    expect(host.stats.syncs).toBe(1);
    expect(block?.values).toEqual([["a", 0.5, 3], ["b", 0.25, 4]]);
    expect(block?.numberFormats).toEqual([[null, "0%", null], [null, "0%", null]]);
  });
});
