import fc from "fast-check";
import { parseNumber } from "../../../src/engine/parse/number";

describe("parseNumber", () => {
  it.each([
    ["1,234.5", 1234.5, false],
    ["12.5%", 0.125, true], // 12.5 / 100
    ["１２％", 0.12, true], // full-width 12 %
    ["(1,200)", -1200, false], // accounting negative
    ["$1.2M", 1_200_000, false], // 1.2 × 10^6
    ["¥3.5万", 35_000, false], // 3.5 × 10^4
    ["2亿", 200_000_000, false], // 2 × 10^8
    ["1.2k", 1200, false],
    ["RMB 300", 300, false],
    ["15 pts", 15, false],
    ["\u22125", -5, false], // U+2212 minus sign
    ["+3.2%", 0.032, true],
    ["1.15%", 0.0115, true], // exact: computed as 1.15e-2, not 1.15 / 100
    ["0.5‰", 0.0005, true], // per mille: 0.5 / 1000
    ["US$ 2.5bn", 2_500_000_000, false],
    ["  42  ", 42, false],
    ["1 234 567", 1_234_567, false],
  ])("reads %j as %d", (text, value, percent) => {
    const r = parseNumber(text);
    expect(r).toMatchObject({ ok: true, value, percent });
  });

  it("reports currency and unit", () => {
    expect(parseNumber("$1.2M")).toEqual({ ok: true, value: 1_200_000, percent: false, currency: "$" });
    expect(parseNumber("¥3.5万")).toEqual({ ok: true, value: 35_000, percent: false, currency: "¥" });
    expect(parseNumber("RMB 300")).toEqual({ ok: true, value: 300, percent: false, currency: "RMB" });
    expect(parseNumber("300元")).toEqual({ ok: true, value: 300, percent: false, currency: "元" });
    expect(parseNumber("15 pts")).toEqual({ ok: true, value: 15, percent: false, unit: "pts" });
  });

  it("passes finite numbers through and keeps -0 out of accounting negatives", () => {
    expect(parseNumber(46387)).toEqual({ ok: true, value: 46387, percent: false });
    expect(parseNumber(1e308)).toEqual({ ok: true, value: 1e308, percent: false });
    expect(parseNumber("(0)")).toEqual({ ok: true, value: 0, percent: false });
  });

  it("classifies what is not a number", () => {
    expect(parseNumber(true)).toEqual({ ok: false, reason: "boolean", text: "true" });
    expect(parseNumber("#N/A")).toEqual({ ok: false, reason: "error", text: "#N/A" });
    expect(parseNumber("#DIV/0!")).toMatchObject({ ok: false, reason: "error" });
    expect(parseNumber(NaN)).toMatchObject({ ok: false, reason: "error" });
    expect(parseNumber(Infinity)).toMatchObject({ ok: false, reason: "error" });
    for (const blank of ["", "   ", null, undefined, "-", "N/A"]) expect(parseNumber(blank)).toMatchObject({ ok: false, reason: "blank" });
    for (const text of ["high", "1.2.3", "1,23", "90–110", "Q1", "2026-01-01", "1e400"]) expect(parseNumber(text)).toMatchObject({ ok: false, reason: "text" });
  });

  it("never throws on odd objects", () => {
    expect(parseNumber({})).toMatchObject({ ok: false, reason: "text" });
    expect(parseNumber(Object.create(null))).toMatchObject({ ok: false });
    expect(parseNumber([1, 2])).toMatchObject({ ok: false });
    expect(parseNumber(Symbol("x"))).toMatchObject({ ok: false });
  });

  it("does not mutate its argument", () => {
    const cell = { toString: () => "12" };
    const before = JSON.stringify(cell);
    parseNumber(cell);
    expect(JSON.stringify(cell)).toBe(before);
  });

  it("round-trips any finite number written plainly or with separators (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const written = n.toLocaleString("en-US");
        const r = parseNumber(written);
        return r.ok && r.value === n;
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it("never throws on any string (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => typeof parseNumber(s).ok === "boolean"), { seed: 7, numRuns: 500 });
  });
});
