import { decodeUtf8, detectDelimiter, parseClipboard, parseCsv, parseDelimited, typedValue } from "../../src/demo/delimited";

describe("parseClipboard (a block copied from Excel)", () => {
  it("splits rows by CRLF and cells by tab, without an empty last row", () => {
    expect(parseClipboard("KPI\tTarget\r\nRevenue\t12.5%\r\n")).toEqual([["KPI", "Target"], ["Revenue", "12.5%"]]);
  });

  it("reads quoted cells holding tabs, newlines and doubled quotes, as Excel writes them", () => {
    const text = 'a\t"line 1\nline 2"\tc\r\n"with\ttab"\t"say ""hi"""\t\r\n';
    expect(parseClipboard(text)).toEqual([["a", "line 1\nline 2", "c"], ["with\ttab", 'say "hi"', ""]]);
  });

  it("keeps a quote that does not open a quoted cell", () => {
    expect(parseClipboard('5" screen\t"open\r\nx\ty')).toEqual([['5" screen', '"open'], ["x", "y"]]);
  });

  it("pads ragged rows and keeps empty cells", () => {
    expect(parseClipboard("a\t\tc\nb")).toEqual([["a", "", "c"], ["b", "", ""]]);
  });

  it("keeps Chinese text and a single cell", () => {
    expect(parseClipboard("指标名称\t目标值\n营收增长率\t12%")).toEqual([["指标名称", "目标值"], ["营收增长率", "12%"]]);
    expect(parseClipboard("单元格")).toEqual([["单元格"]]);
    expect(parseClipboard("")).toEqual([]);
  });

  it("reads CR-only line ends (old Mac) and LF", () => {
    expect(parseDelimited("a\rb\nc", "\t")).toEqual([["a"], ["b"], ["c"]]);
  });
});

describe("parseCsv", () => {
  it("reads commas with quoted commas and newlines", () => {
    expect(parseCsv('KPI,Target,Note\r\nRevenue,"1,200","two\r\nlines"\r\n')).toEqual([["KPI", "Target", "Note"], ["Revenue", "1,200", "two\r\nlines"]]);
  });

  it("reads semicolons (a European Excel's list separator)", () => {
    expect(detectDelimiter("KPI;Target;Actual\nA;1,5;2")).toBe(";");
    expect(parseCsv("KPI;Target\nUmsatz;1,5")).toEqual([["KPI", "Target"], ["Umsatz", "1,5"]]);
  });

  it("drops a UTF-8 byte-order mark and keeps Chinese text", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("指标名称,目标值\n客户满意度,90%\n")]);
    const text = decodeUtf8(bytes);
    expect(text.startsWith("指标")).toBe(true);
    expect(parseCsv(text)).toEqual([["指标名称", "目标值"], ["客户满意度", "90%"]]);
    expect(parseCsv("\uFEFFa,b")).toEqual([["a", "b"]]);
  });

  it("prefers the comma on a tie and ignores separators inside quotes", () => {
    expect(detectDelimiter('"a;b;c",d')).toBe(",");
    expect(detectDelimiter("single")).toBe(",");
  });
});

describe("typedValue (what typing a text hands the host)", () => {
  it("turns plain numbers into numbers and leaves the rest to the host's typing rules", () => {
    expect(typedValue("42")).toBe(42);
    expect(typedValue(" 0.5 ")).toBe(0.5);
    expect(typedValue("12.5%")).toBe("12.5%");
    expect(typedValue("2026-12-31")).toBe("2026-12-31");
    expect(typedValue("=A1*2")).toBe("=A1*2");
    expect(typedValue("")).toBe("");
    expect(typedValue("营收")).toBe("营收");
  });
});
