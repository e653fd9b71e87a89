import { cellName, columnLetter, parseRangeStart, sheetPrefix } from "../../src/taskpane/a1";

describe("A1 helpers", () => {
  it("turns 0-based column indexes into letters", () => {
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA"); // 26 = 1·26 + 0
    expect(columnLetter(701)).toBe("ZZ"); // 26·26 + 25
    expect(columnLetter(702)).toBe("AAA");
    expect(columnLetter(-1)).toBe("");
    expect(columnLetter(1.5)).toBe("");
  });

  it("names cells", () => {
    expect(cellName(4, 5)).toBe("F5");
  });

  it("parses the start and end of an address, quoted sheets included", () => {
    expect(parseRangeStart("'KPI 2027'!C3:P40")).toEqual({ sheet: "KPI 2027", row: 2, column: 2, endRow: 39 });
    expect(parseRangeStart("Sheet1!$B$2")).toEqual({ sheet: "Sheet1", row: 1, column: 1 });
    expect(parseRangeStart("'O''Brien'!A1:B2")).toEqual({ sheet: "O'Brien", row: 0, column: 0, endRow: 1 });
    expect(parseRangeStart("AB10")).toEqual({ sheet: "", row: 9, column: 27 });
    expect(parseRangeStart("Sheet1!nonsense")).toBeUndefined();
  });

  it("quotes sheet names that need it", () => {
    expect(sheetPrefix("KPIs")).toBe("KPIs!");
    expect(sheetPrefix("KPI 2027")).toBe("'KPI 2027'!");
    expect(sheetPrefix("指标")).toBe("'指标'!");
    expect(sheetPrefix("O'Brien")).toBe("'O''Brien'!");
  });
});
