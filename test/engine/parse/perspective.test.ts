import { parsePerspective } from "../../../src/engine/parse/perspective";

describe("parsePerspective", () => {
  it.each([
    ["financial", "Financial", "Finance", "财务", "财务层面", "1. 财务层面", "Financial Perspective"],
    ["customer", "Customer", "Customers", "客户", "客户层面", "Client"],
    ["process", "Internal Process", "internal business processes", "Process", "内部流程", "内部运营", "Operations"],
    ["learning", "Learning & Growth", "Learning and Growth", "L&G", "学习与成长", "学习成长", "People"],
  ])("reads %s", (perspective, ...words) => {
    for (const word of words) expect([word, parsePerspective(word)]).toEqual([word, perspective]);
  });

  it("returns undefined for unknown, mixed and non-text values", () => {
    for (const v of ["Other", "", "Financial & Customer", 3, null, undefined, ["财务"]]) expect(parsePerspective(v)).toBeUndefined();
  });
});
