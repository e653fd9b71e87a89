import { inferDirectionFromName, parseDirection } from "../../../src/engine/parse/direction";

describe("parseDirection", () => {
  it.each([
    ["higher", "Higher", "higher is better", "UP", "max", "↑", "+", "越高越好", "越大越好", "正向", "高优", "The higher the better."],
    ["lower", "Lower", "lower is better", "down", "Min", "↓", "\u2212", "-", "越低越好", "越小越好", "反向", "低优", "指标越低越好"],
    ["target", "On target", "maintain", "适中", "保持"],
    ["band", "range", "Within range", "区间", "范围内"],
  ])("reads %s words", (direction, ...words) => {
    for (const word of words) expect([word, parseDirection(word)]).toEqual([word, direction]);
  });

  it("returns undefined for blanks, unknown words, contradictions and non-text", () => {
    for (const v of ["", "  ", "sideways", "higher or lower", 1, true, null, undefined, {}]) expect(parseDirection(v)).toBeUndefined();
  });
});

describe("inferDirectionFromName", () => {
  it.each([
    "Customer churn rate", "Unit cost", "CAC", "Number of defects", "Billing errors", "System downtime (h)",
    "客户投诉数", "生产成本", "员工流失率", "差错率", "Complaints per 1,000 orders",
  ])("%j is lower-is-better", (name) => expect(inferDirectionFromName(name)).toBe("lower"));

  it.each(["Revenue", "Cost savings", "Complaints resolved", "投诉处理率", "Error-free rate", "Costume sales", "降低成本", "NPS", ""])(
    "%j gives no inference",
    (name) => expect(inferDirectionFromName(name)).toBeUndefined(),
  );

  it("survives non-text input", () => {
    expect(inferDirectionFromName(42 as unknown as string)).toBeUndefined();
    expect(inferDirectionFromName("cost ".repeat(1000))).toBe("lower");
  });
});
