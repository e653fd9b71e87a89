/** Range.getSurroundingRegion, Range.merge / unmerge and Range.getMergedAreasOrNullObject. */
import { hostWith, runError } from "./helpers";

async function regionOf(host: ReturnType<typeof hostWith>, sheet: string, address: string): Promise<string> {
  return host.run(async (context) => {
    const region = context.workbook.worksheets.getItem(sheet).getRange(address).getSurroundingRegion().load("address");
    await context.sync();
    return region.address;
  });
}

async function merge(host: ReturnType<typeof hostWith>, sheet: string, address: string, across?: boolean): Promise<void> {
  await host.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(address).merge(across);
    await context.sync();
  });
}

async function mergedAreas(host: ReturnType<typeof hostWith>, sheet: string, address: string) {
  return host.run(async (context) => {
    const areas = context.workbook.worksheets.getItem(sheet).getRange(address).getMergedAreasOrNullObject();
    areas.load("address, areaCount, cellCount");
    areas.areas.load("items/rowIndex, items/columnIndex, items/rowCount, items/columnCount");
    await context.sync();
    if (areas.isNullObject) return null;
    return {
      address: areas.address,
      areaCount: areas.areaCount,
      cellCount: areas.cellCount,
      rects: areas.areas.items.map((r) => [r.rowIndex, r.columnIndex, r.rowCount, r.columnCount]),
    };
  });
}

describe("getSurroundingRegion", () => {
  /** A title in A1, a blank row 2, a 3×3 block at A3:C5, a note in E3 beyond a blank column D. */
  function sheet() {
    const host = hostWith(["S"]);
    host.setCells("S", "A1", [["Title"]]);
    host.setCells("S", "A3:C5", [["KPI", "Target", "Actual"], ["Sales", 100, 90], ["Cost", 50, 60]]);
    host.setCells("S", "E3", [["note"]]);
    return host;
  }

  test("is the block bounded by blank rows and columns around the top-left cell", async () => {
    const host = sheet();
    expect(await regionOf(host, "S", "B4")).toBe("S!A3:C5");
    // only the top-left cell counts: B4:E9 starts in the block
    expect(await regionOf(host, "S", "B4:E9")).toBe("S!A3:C5");
    expect(await regionOf(host, "S", "A1")).toBe("S!A1");
    expect(await regionOf(host, "S", "E3")).toBe("S!E3");
  });

  test("a blank cell next to the block belongs to it; an isolated blank cell is its own region", async () => {
    const host = sheet();
    // D6 is diagonal to C5, so the region is A3:D6; its right border column E (rows 2–7) holds E3 → A3:E6
    expect(await regionOf(host, "S", "D6")).toBe("S!A3:E6");
    expect(await regionOf(host, "S", "H20")).toBe("S!H20");
  });

  test("grows along ragged edges and through diagonals, and counts formulas that show \"\"", async () => {
    const host = hostWith(["S"]);
    // B2, C3 (diagonal), D3, D4 = formula showing "", E5 (diagonal of D4)
    host.setCells("S", "B2", [["x"]]);
    host.setCells("S", "C3:D3", [["y", "z"]]);
    host.setCells("S", "D4", [['=""']]);
    host.setCells("S", "E5", [[1]]);
    expect(await regionOf(host, "S", "B2")).toBe("S!B2:E5");
    expect(await regionOf(host, "S", "E5")).toBe("S!B2:E5");
  });

  test("stops at the sheet's edges", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B2", [[1, 2], [3, 4]]);
    expect(await regionOf(host, "S", "A1")).toBe("S!A1:B2");
  });

  test("takes merged areas in whole", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B1", [["a", "b"]]);
    await merge(host, "S", "B1:B4"); // B1 keeps "b", B2:B4 are blank but merged
    host.setCells("S", "C5", [["c"]]); // diagonal of B4
    expect(await regionOf(host, "S", "A1")).toBe("S!A1:C5");
  });

  test("is ExcelApi 1.7 (typings): an ExcelApi 1.6 host fails it with ApiNotFound", async () => {
    const host = hostWith(["S"], { supportedSets: { ExcelApi: "1.6" } });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").getSurroundingRegion().load("address");
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
    expect(hostWith(["S"], { supportedSets: { ExcelApi: "1.7" } }).isSetSupported("ExcelApi", "1.7")).toBe(true);
    expect(await regionOf(hostWith(["S"], { supportedSets: { ExcelApi: "1.7" } }), "S", "A1")).toBe("S!A1");
  });

  test("does not change the workbook", async () => {
    const host = sheet();
    const before = JSON.stringify(host.snapshot());
    await regionOf(host, "S", "B4");
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });
});

describe("merge", () => {
  test("keeps only the top-left value, as Excel does", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B2", [["keep", "lost"], [3, "=A2*2"]]);
    await merge(host, "S", "A1:B2");
    expect(host.getValues("S", "A1:B2")).toEqual([["keep", ""], ["", ""]]);
    expect(host.snapshot().sheets[0]?.merges).toEqual(["A1:B2"]);
  });

  test("across merges each row separately; single cells are not merged", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:C2", [["r1", "x", "y"], ["r2", "z", ""]]);
    await merge(host, "S", "A1:C2", true);
    expect(host.getValues("S", "A1:C2")).toEqual([["r1", "", ""], ["r2", "", ""]]);
    expect(host.snapshot().sheets[0]?.merges).toEqual(["A1:C1", "A2:C2"]);
    await merge(host, "S", "E1");
    await merge(host, "S", "F1:F3", true); // three single cells
    expect(host.snapshot().sheets[0]?.merges).toEqual(["A1:C1", "A2:C2"]);
  });

  test("absorbs merged areas inside the range and refuses one that only partly overlaps it", async () => {
    const host = hostWith(["S"]);
    await merge(host, "S", "A1:B1");
    await merge(host, "S", "A1:C3");
    expect(host.snapshot().sheets[0]?.merges).toEqual(["A1:C3"]);
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("C3:D4").merge();
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
    expect(host.snapshot().sheets[0]?.merges).toEqual(["A1:C3"]);
  });

  test("fails inside a table and on a protected sheet, changing nothing", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1:B3", [["h1", "h2"], [1, 2], [3, 4]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").tables.add("A1:B3", true);
      await context.sync();
    });
    const inTable = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2:A3").merge();
      await context.sync();
    });
    expect(inTable.code).toBe("InvalidOperation");
    expect(host.getValues("S", "A2:A3")).toEqual([[1], [3]]);

    host.setCells("S", "D1:D2", [["a"], ["b"]]);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").protection.protect();
      await context.sync();
    });
    const protectedSheet = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("D1:D2").merge();
      await context.sync();
    });
    expect(protectedSheet.code).toBe("AccessDenied");
    expect(host.getValues("S", "D1:D2")).toEqual([["a"], ["b"]]);
    expect(host.snapshot().sheets[0]?.merges).toBeUndefined();
  });

  test("unmerge removes the overlapping areas and keeps the values", async () => {
    const host = hostWith(["S"]);
    host.setCells("S", "A1", [["v"]]);
    await merge(host, "S", "A1:A3");
    await merge(host, "S", "C1:D1");
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A2").unmerge();
      await context.sync();
    });
    expect(host.snapshot().sheets[0]?.merges).toEqual(["C1:D1"]);
    expect(host.getValues("S", "A1")).toEqual([["v"]]);
  });
});

describe("getMergedAreasOrNullObject", () => {
  test("returns the areas overlapping the range, whole, with their address and count", async () => {
    const host = hostWith(["S"]);
    await merge(host, "S", "B2:B4");
    await merge(host, "S", "C6:D6");
    await merge(host, "S", "F1:G1");
    // A1:D6 overlaps B2:B4 (3 cells) and C6:D6 (2 cells) → 5 cells; F1:G1 lies outside
    expect(await mergedAreas(host, "S", "A1:D6")).toEqual({
      address: "S!B2:B4, S!C6:D6",
      areaCount: 2,
      cellCount: 5,
      rects: [
        [1, 1, 3, 1],
        [5, 2, 1, 2],
      ],
    });
    // B3 is inside B2:B4: the whole area comes back (Unsure: Excel may clip; callers clip)
    expect((await mergedAreas(host, "S", "B3"))?.address).toBe("S!B2:B4");
  });

  test("is a null object when the range has no merged cells", async () => {
    const host = hostWith(["S"]);
    await merge(host, "S", "F1:G1");
    expect(await mergedAreas(host, "S", "A1:D6")).toBeNull();
  });

  test("fails over 512 areas", async () => {
    const host = hostWith(["S"]);
    await merge(host, "S", "A1:B513", true); // 513 rows merged across
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1:B513").getMergedAreasOrNullObject().load("areaCount");
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
    expect((await mergedAreas(host, "S", "A1:B512"))?.areaCount).toBe(512);
  });

  test("is ExcelApi 1.13: an ExcelApi 1.12 host fails it with ApiNotFound", async () => {
    const host = hostWith(["S"], { supportedSets: { ExcelApi: "1.12" } });
    const error = await runError(host, async (context) => {
      context.workbook.worksheets.getItem("S").getRange("A1").getMergedAreasOrNullObject().load("address");
      await context.sync();
    });
    expect(error.code).toBe("ApiNotFound");
  });

  test("properties are not readable before sync", async () => {
    const host = hostWith(["S"]);
    await merge(host, "S", "A1:B1");
    await host.run(async (context) => {
      const areas = context.workbook.worksheets.getItem("S").getRange("A1:C3").getMergedAreasOrNullObject().load("areaCount");
      expect(() => areas.areaCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => areas.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(areas.areaCount).toBe(1);
    });
  });
});
