import { parseCadence } from "../../../src/engine/parse/cadence";

describe("parseCadence", () => {
  it.each([
    ["monthly", "monthly"], ["Monthly", "monthly"], ["每月", "monthly"], ["月度", "monthly"], ["月", "monthly"], ["Monthly reporting", "monthly"],
    ["quarterly", "quarterly"], ["每季度", "quarterly"], ["季度", "quarterly"], ["按季度考核", "quarterly"],
    ["weekly", "weekly"], ["每周", "weekly"], ["daily", "daily"], ["每天", "daily"],
    ["annually", "yearly"], ["Annual", "yearly"], ["每年", "yearly"], ["年度", "yearly"],
    ["semi-annual", "half-yearly"], ["半年", "half-yearly"], ["每半年", "half-yearly"],
  ])("%j → %s", (text, cadence) => expect(parseCadence(text)).toBe(cadence));

  it("returns undefined for other input", () => {
    for (const v of ["", "xyz", "ASAP", 12, null, undefined, true, "x".repeat(100)]) expect(parseCadence(v)).toBeUndefined();
  });
});
