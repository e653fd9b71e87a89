import { suggestTarget } from "../../../src/engine/trends/suggestTarget";

const history = [10, 12, 11, 13, 12, 14]; // centre 72/6 = 12

describe("suggestTarget", () => {
  it("keeps the centre line by default", () => {
    const s = suggestTarget(history);
    expect(s).toMatchObject({ suggested: 12, basis: "centre" });
    expect(s?.note.en).toContain("12");
    expect(s?.note.en).toContain("set target is unchanged");
    expect(s?.note.zh).toContain("已设定的目标不变");
  });

  it("moves the centre by the commitment in the good direction", () => {
    // higher: 12 + 0.05·12 = 12.6; lower: 12 − 0.05·12 = 11.4
    const up = suggestTarget(history, { commitment: 0.05 });
    expect(up).toMatchObject({ suggested: expect.closeTo(12.6, 12), basis: "centre-plus-commitment" });
    expect(up?.note.en).toContain("12.6");
    expect(up?.note.en).toContain("5%");
    expect(suggestTarget(history, { commitment: 0.05, direction: "lower" })).toMatchObject({ suggested: expect.closeTo(11.4, 12), basis: "centre-plus-commitment" });
  });

  it("moves a negative centre the right way too", () => {
    // centre −12: higher → −12 + 0.1·12 = −10.8; lower → −12 − 1.2 = −13.2
    const negative = history.map((v) => -v);
    expect(suggestTarget(negative, { commitment: 0.1 })?.suggested).toBeCloseTo(-10.8, 12);
    expect(suggestTarget(negative, { commitment: 0.1, direction: "lower" })?.suggested).toBeCloseTo(-13.2, 12);
  });

  it("does not apply a commitment to an on-target or band KPI, and says so", () => {
    const s = suggestTarget(history, { commitment: 0.05, direction: "target" });
    expect(s).toMatchObject({ suggested: 12, basis: "centre" });
    expect(s?.note.en).toContain("no better side");
    expect(suggestTarget(history, { commitment: 0.05, direction: "band" })).toMatchObject({ basis: "centre" });
  });

  it("ignores a commitment that is not a positive number, and says so", () => {
    for (const commitment of [-0.05, NaN, Infinity]) {
      const s = suggestTarget(history, { commitment });
      expect(s).toMatchObject({ suggested: 12, basis: "centre" });
      expect(s?.note.en).toContain("not a positive fraction");
    }
    expect(suggestTarget(history, { commitment: 0 })?.note.en).not.toContain("not a positive fraction");
  });

  it("needs 6 numbers (blanks skipped)", () => {
    expect(suggestTarget([10, 12, null, 11, 13, 12])).toBeUndefined();
    expect(suggestTarget([10, 12, null, 11, 13, 12, 14])).toMatchObject({ suggested: 12 });
  });

  it("does not mutate its arguments", () => {
    const input = Object.freeze([...history]);
    const options = Object.freeze({ commitment: 0.05 });
    suggestTarget(input, options);
    expect(input).toEqual(history);
    expect(options).toEqual({ commitment: 0.05 });
  });
});
