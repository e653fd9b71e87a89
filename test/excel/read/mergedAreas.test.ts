/** queueMergedAreas: merged areas of chosen columns, in blocks under Excel's 512-area limit, clipped and deduplicated. */
import { createHost } from "../../../src/host";
import { MERGE_BLOCK_ROWS, queueMergedAreas, type MergedArea } from "../../../src/excel/read/mergedAreas";
import type { SheetRect } from "../../../src/excel/address";
import type { IsSetSupported } from "../../../src/excel/read/apiSets";

const all: IsSetSupported = () => true;

async function mergedOf(host: ReturnType<typeof createHost>, rect: SheetRect, columns: number[], isSetSupported: IsSetSupported = all): Promise<MergedArea[] | undefined> {
  return host.run(async (context) => {
    const read = queueMergedAreas(context, rect, columns, isSetSupported);
    await context.sync();
    return read();
  });
}

async function merge(host: ReturnType<typeof createHost>, addresses: string[]): Promise<void> {
  await host.run(async (context) => {
    for (const a of addresses) context.workbook.worksheets.getItem("S").getRange(a).merge();
    await context.sync();
  });
}

const block = (row: number, rowCount: number): SheetRect => ({ sheet: "S", row, column: 0, rowCount, columnCount: 3 });

describe("queueMergedAreas", () => {
  it("reads 600 two-row areas of one column (over Excel's 512 per call) in blocks of 512 rows, in one sync", async () => {
    const host = createHost({ sheets: ["S"] });
    // B1:B2, B3:B4, … B1199:B1200 → 600 areas
    await merge(host, Array.from({ length: 600 }, (_, i) => `B${2 * i + 1}:B${2 * i + 2}`));
    host.resetStats();
    const areas = await mergedOf(host, block(0, 1200), [1]);
    expect(host.stats.syncs).toBe(1);
    expect(MERGE_BLOCK_ROWS).toBe(512);
    expect(areas).toHaveLength(600);
    expect(areas?.[0]).toEqual({ row: 0, column: 1, rowCount: 2, columnCount: 1 });
    expect(areas?.[599]).toEqual({ row: 1198, column: 1, rowCount: 2, columnCount: 1 });
  });

  it("reports an area crossing a block boundary once, and clips areas to the block", async () => {
    const host = createHost({ sheets: ["S"] });
    // block = rows 2–1001 (0-based 1..1000). B1:B5 starts above it; C500:C700 crosses row 512 of the block.
    await merge(host, ["B1:B5", "C500:C700", "A1:A2"]);
    const areas = await mergedOf(host, block(1, 1000), [1, 2]);
    expect(areas).toEqual([
      // B1:B5 → rows 1..4 inside the block: block rows 0..3
      { row: 0, column: 1, rowCount: 4, columnCount: 1 },
      // C500:C700 → absolute rows 499..699 → block rows 498..698 (201 rows)
      { row: 498, column: 2, rowCount: 201, columnCount: 1 },
    ]);
  });

  it("drops an area that keeps a single cell inside the block", async () => {
    const host = createHost({ sheets: ["S"] });
    await merge(host, ["B1:B2"]);
    expect(await mergedOf(host, block(1, 5), [1])).toEqual([]);
  });

  it("queues nothing without ExcelApi 1.13 or without columns", async () => {
    const host = createHost({ sheets: ["S"], supportedSets: { ExcelApi: "1.9" } });
    await merge(host, ["B1:B3"]);
    host.resetStats();
    expect(await mergedOf(host, block(0, 3), [1], (set, version) => host.isSetSupported(set, version))).toBeUndefined();
    expect(await mergedOf(host, block(0, 3), [], all)).toBeUndefined();
    expect(await mergedOf(host, block(0, 3), [7, -1, 1.5], all)).toBeUndefined(); // outside the block or not indexes
    expect(host.stats.requestBytes.every((b) => b === 0)).toBe(true);
  });

  it("gives an empty list when the columns have no merged cells", async () => {
    const host = createHost({ sheets: ["S"] });
    expect(await mergedOf(host, block(0, 10), [0, 1])).toEqual([]);
  });

  it("does not mutate the column list", async () => {
    const host = createHost({ sheets: ["S"] });
    const columns = [2, 1, 2];
    await mergedOf(host, block(0, 3), columns);
    expect(columns).toEqual([2, 1, 2]);
  });
});
