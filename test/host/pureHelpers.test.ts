import fc from "fast-check";
import { columnIndex, columnLetters, formatAddress, formatRect, parseAddress, quoteSheetName } from "../../src/host/address";
import { interpretInput } from "../../src/host/cellInput";
import { parseLoadArgument } from "../../src/host/loadSpec";
import { definedNameProblem, sheetNameProblem } from "../../src/host/nameRules";

describe("address", () => {
  test("column letters", () => {
    // A=0, Z=25, AA=26, XFD=16383 (the last column).
    expect([0, 25, 26, 16383].map(columnLetters)).toEqual(["A", "Z", "AA", "XFD"]);
    expect(["A", "z", "AA", "XFD", "XFE", "A1"].map(columnIndex)).toEqual([0, 25, 26, 16383, -1, -1]);
  });

  test("parse and format round-trip for any rectangle", () => {
    fc.assert(
      fc.property(fc.nat(1_048_575), fc.nat(16_383), fc.nat(1_048_575), fc.nat(16_383), (a, b, c, d) => {
        const rect = { r0: Math.min(a, c), r1: Math.max(a, c), c0: Math.min(b, d), c1: Math.max(b, d) };
        return JSON.stringify(parseAddress(formatRect(rect))?.rect) === JSON.stringify(rect);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  test("sheet-qualified, absolute, whole-column and whole-row addresses", () => {
    expect(parseAddress("'Strategy Match'!$B$2:C3")).toEqual({ sheet: "Strategy Match", rect: { r0: 1, c0: 1, r1: 2, c1: 2 } });
    expect(parseAddress("'It''s'!A1")?.sheet).toBe("It's");
    expect(parseAddress("A:C")?.rect).toEqual({ r0: 0, r1: 1_048_575, c0: 0, c1: 2 });
    expect(parseAddress("2:3")?.rect).toEqual({ r0: 1, r1: 2, c0: 0, c1: 16_383 });
    for (const bad of ["", "A", "1", "A0", "A1:B", "A1:B2:C3", "!A1", "'x!A1"]) expect(parseAddress(bad)).toBeUndefined();
  });

  test("sheet names are quoted when Excel would need quotes", () => {
    expect(["Data", "Strategy Match", "2024", "A1", "战略", "It's"].map(quoteSheetName)).toEqual(["Data", "'Strategy Match'", "'2024'", "'A1'", "'战略'", "'It''s'"]);
    expect(formatAddress("Data", { r0: 0, c0: 0, r1: 2, c1: 1 }, true)).toBe("Data!$A$1:$B$3");
  });
});

describe("cell input", () => {
  test.each<[unknown, string, unknown]>([
    ["=A1", "General", { kind: "formula", formula: "=A1" }],
    ["12.5", "General", { kind: "value", value: 12.5 }],
    ["1,234", "General", { kind: "value", value: 1234 }],
    ["12.5", "@", { kind: "value", value: "12.5" }],
    ["'=A1", "General", { kind: "value", value: "=A1" }],
    ["#N/A", "General", { kind: "error", literal: "#N/A" }],
    ["FALSE", "General", { kind: "value", value: false }],
    ["", "General", { kind: "empty" }],
    [null, "General", { kind: "unchanged" }],
    ["-x", "General", { kind: "formula", formula: "=-x", fallbackText: "-x" }],
  ])("%j with format %j", (raw, format, expected) => {
    expect(interpretInput(raw, format)).toEqual(expected);
  });

  test("invalid input gives a problem, not an exception", () => {
    expect(typeof interpretInput({}, "General")).toBe("string");
    expect(typeof interpretInput(Number.NaN, "General")).toBe("string");
  });
});

describe("name rules", () => {
  test("sheet names", () => {
    expect(sheetNameProblem("Scorecard")).toBeUndefined();
    expect(sheetNameProblem("a".repeat(31))).toBeUndefined();
    expect(sheetNameProblem("a".repeat(32))).toBeDefined();
    expect(sheetNameProblem(42)).toBeDefined();
  });

  test("defined and table names", () => {
    expect(["Kpi", "_x", "\\x", "x.y", "指标"].map(definedNameProblem)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(["", "1x", "x y", "B12", "R1C1", "TRUE", "x-y"].every((n) => definedNameProblem(n) !== undefined)).toBe(true);
  });
});

describe("load arguments", () => {
  test("all accepted forms produce the same spec", () => {
    const fromString = parseLoadArgument("values, format/fill/color");
    const fromArray = parseLoadArgument(["values", "format/fill/color"]);
    const fromOption = parseLoadArgument({ values: true, format: { fill: { color: true } } });
    expect(fromArray).toEqual(fromString);
    expect(fromOption).toEqual(fromString);
    expect(parseLoadArgument(undefined).all).toBe(true);
  });

  test("does not mutate its argument; rejects bad shapes", () => {
    const arg = { select: "a,b", expand: "format" };
    const copy = JSON.parse(JSON.stringify(arg)) as unknown;
    parseLoadArgument(arg);
    expect(arg).toEqual(copy);
    expect(() => parseLoadArgument(42)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    expect(() => parseLoadArgument([1])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
  });
});
