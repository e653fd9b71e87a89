/** A1 addresses as Excel returns them. */
import fc from "fast-check";
import { columnName, formatAddress, intersectRects, localAddress, parseAddress, quoteSheet } from "../../../src/excel/address";

describe("parseAddress", () => {
  it("reads a quoted sheet and a block", () => {
    // A3:P40 → rows 3..40 (38 rows, 0-based start 2), columns A..P (16, start 0)
    expect(parseAddress("'KPI 2027'!A3:P40")).toEqual({ sheet: "KPI 2027", row: 2, column: 0, rowCount: 38, columnCount: 16 });
  });

  it("reads absolute references, a doubled quote, and a single cell", () => {
    expect(parseAddress("'O''Brien'!$B$2")).toEqual({ sheet: "O'Brien", row: 1, column: 1, rowCount: 1, columnCount: 1 });
    expect(parseAddress("Data!$C$2:$N$5")).toEqual({ sheet: "Data", row: 1, column: 2, rowCount: 4, columnCount: 12 });
  });

  it("reads whole columns and rows, and an address without a sheet", () => {
    expect(parseAddress("S!A:C")).toEqual({ sheet: "S", row: 0, column: 0, rowCount: 1_048_576, columnCount: 3 });
    expect(parseAddress("3:5")).toEqual({ sheet: "", row: 2, column: 0, rowCount: 3, columnCount: 16_384 });
  });

  it("reads the last column XFD and a Chinese sheet name", () => {
    expect(parseAddress("KPI 示例!XFD1")?.column).toBe(16_383);
    expect(parseAddress("'KPI 示例'!A1")?.sheet).toBe("KPI 示例");
  });

  it("rejects what is not an address", () => {
    for (const bad of ["", "Sheet1!", "A0", "B2:A1", "A1:B2:C3", "XFE1", "'open!A1", 42 as unknown as string]) {
      expect(parseAddress(bad)).toBeUndefined();
    }
  });

  it("round-trips formatAddress for any rectangle (property, seed 6)", () => {
    const rect = fc.record({
      sheet: fc.constantFrom("Sheet1", "KPI 2027", "O'Brien", "指标", "A1"),
      row: fc.integer({ min: 0, max: 1_000_000 }),
      column: fc.integer({ min: 0, max: 16_000 }),
      rowCount: fc.integer({ min: 1, max: 40_000 }),
      columnCount: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(fc.property(rect, (r) => expect(parseAddress(formatAddress(r))).toEqual(r)), { seed: 6, numRuns: 300 });
  });
});

describe("address helpers", () => {
  it("names columns", () => {
    expect([0, 25, 26, 27, 701, 702, 16_383].map(columnName)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA", "XFD"]);
  });

  it("quotes sheet names only when Excel would", () => {
    expect(quoteSheet("Sheet1")).toBe("Sheet1");
    expect(quoteSheet("KPI 2027")).toBe("'KPI 2027'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
  });

  it("writes a single cell without a colon", () => {
    expect(localAddress({ row: 2, column: 1, rowCount: 1, columnCount: 1 })).toBe("B3");
  });

  it("intersects rectangles on the same sheet only", () => {
    const a = { sheet: "S", row: 0, column: 0, rowCount: 10, columnCount: 4 };
    const b = { sheet: "s", row: 5, column: 2, rowCount: 100, columnCount: 100 };
    expect(intersectRects(a, b)).toEqual({ sheet: "S", row: 5, column: 2, rowCount: 5, columnCount: 2 });
    expect(intersectRects(a, { ...b, sheet: "T" })).toBeUndefined();
    expect(intersectRects(a, { ...b, row: 10 })).toBeUndefined();
    expect(a).toEqual({ sheet: "S", row: 0, column: 0, rowCount: 10, columnCount: 4 });
  });
});
