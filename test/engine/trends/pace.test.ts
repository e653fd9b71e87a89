import { expectedToday, isBehindPace } from "../../../src/engine/trends/pace";
import { dateToSerial } from "../../../src/engine/parse/serial";

const start = dateToSerial(2026, 1, 1); // 46023
const deadline = dateToSerial(2026, 12, 31); // 46387: a span of 364 days

describe("expectedToday", () => {
  it("is halfway between baseline and target halfway through the span", () => {
    // asOf = start + 182 → elapsed 182/364 = 0.5 → 100 + (200 − 100)·0.5 = 150
    expect(expectedToday({ baseline: 100, target: 200, start, deadline, asOf: start + 182 })).toEqual({ ok: true, expected: 150, elapsed: 0.5 });
  });

  it("works downwards for lower-is-better", () => {
    // 10 → 4, a quarter through (91/364 = 0.25): 10 + (4 − 10)·0.25 = 8.5
    expect(expectedToday({ baseline: 10, target: 4, start, deadline, asOf: start + 91 })).toEqual({ ok: true, expected: 8.5, elapsed: 0.25 });
  });

  it("clamps before the start and after the deadline", () => {
    expect(expectedToday({ baseline: 100, target: 200, start, deadline, asOf: start - 30 })).toEqual({ ok: true, expected: 100, elapsed: 0 });
    expect(expectedToday({ baseline: 100, target: 200, start, deadline, asOf: deadline + 30 })).toEqual({ ok: true, expected: 200, elapsed: 1 });
    expect(expectedToday({ baseline: 100, target: 200, start, deadline, asOf: deadline })).toEqual({ ok: true, expected: 200, elapsed: 1 });
  });

  it("reports no span when the deadline is not after the start", () => {
    expect(expectedToday({ baseline: 1, target: 2, start, deadline: start, asOf: start })).toEqual({ ok: false, reason: "no-span" });
    expect(expectedToday({ baseline: 1, target: 2, start: deadline, deadline: start, asOf: start })).toEqual({ ok: false, reason: "no-span" });
  });

  it("reports missing input", () => {
    expect(expectedToday({ baseline: NaN, target: 2, start, deadline, asOf: start })).toEqual({ ok: false, reason: "missing-input" });
    const partial = { baseline: 1, target: 2, start, deadline } as unknown as Parameters<typeof expectedToday>[0];
    expect(expectedToday(partial)).toEqual({ ok: false, reason: "missing-input" });
    expect(expectedToday(undefined as unknown as Parameters<typeof expectedToday>[0])).toEqual({ ok: false, reason: "missing-input" });
  });

  it("does not mutate its argument", () => {
    const input = Object.freeze({ baseline: 100, target: 200, start, deadline, asOf: start + 182 });
    expectedToday(input);
    expect(input).toEqual({ baseline: 100, target: 200, start, deadline, asOf: start + 182 });
  });
});

describe("isBehindPace", () => {
  it("higher is better: behind when below the line, not when on it", () => {
    expect(isBehindPace(140, 150, "higher")).toBe(true);
    expect(isBehindPace(150, 150, "higher")).toBe(false);
    expect(isBehindPace(160, 150, "higher")).toBe(false);
  });

  it("lower is better: behind when above the line", () => {
    expect(isBehindPace(9, 8.5, "lower")).toBe(true);
    expect(isBehindPace(8.5, 8.5, "lower")).toBe(false);
    expect(isBehindPace(8, 8.5, "lower")).toBe(false);
  });

  it("on target: behind when farther from the target than the line is", () => {
    // target 100, line at 98 (2 away): 103 is 3 away → behind; 99 is 1 away → not; 102 is 2 away → not (equal)
    expect(isBehindPace(103, 98, "target", 100)).toBe(true);
    expect(isBehindPace(99, 98, "target", 100)).toBe(false);
    expect(isBehindPace(102, 98, "target", 100)).toBe(false);
  });

  it("band: distance to the band, 0 inside it (bounds in any order)", () => {
    // band [95, 98], line at 92 (3 below): 94 (1 below) not behind; 102 (4 above) behind; 96 inside not behind
    expect(isBehindPace(94, 92, "band", [95, 98])).toBe(false);
    expect(isBehindPace(102, 92, "band", [98, 95])).toBe(true);
    expect(isBehindPace(96, 92, "band", [95, 98])).toBe(false);
  });

  it("cannot tell (false) without a target for target/band, or with non-numbers", () => {
    expect(isBehindPace(103, 98, "target")).toBe(false);
    expect(isBehindPace(103, 98, "band", [NaN, 5])).toBe(false);
    expect(isBehindPace(NaN, 98, "higher")).toBe(false);
    expect(isBehindPace(1, Infinity, "higher")).toBe(false);
    expect(isBehindPace(1, 2, "sideways" as never)).toBe(false);
  });

  it("does not mutate the band", () => {
    const band = Object.freeze([95, 98] as const);
    isBehindPace(102, 92, "band", band);
    expect(band).toEqual([95, 98]);
  });
});
