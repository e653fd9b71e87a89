import { parseRatio, ratioText } from "../../src/taskpane/ratioText";

describe("parseRatio", () => {
  it.each([
    ["90%", 0.9],
    ["0.9", 0.9],
    ["90", 0.9],
    ["1.2", 1.2],
    ["120%", 1.2],
    ["3", 3],
    ["0", 0],
    ["０.９", 0.9],
    [" 95 % ", 0.95],
    ["112.5%", 1.125],
  ])("reads %s as %d", (text, want) => {
    expect(parseRatio(text)).toBeCloseTo(want, 12);
  });

  it.each(["", "high", "¥90", "90 days", "constructor", "__proto__"])("refuses %j", (text) => {
    expect(parseRatio(text)).toBeUndefined();
  });
});

describe("ratioText", () => {
  it("shows percents with at most two decimals", () => {
    expect([1, 0.9, 0, 1.2, 1.125, 0.123456].map(ratioText)).toEqual(["100%", "90%", "0%", "120%", "112.5%", "12.35%"]);
  });
});
