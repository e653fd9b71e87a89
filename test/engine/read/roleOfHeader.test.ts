import { roleCandidates, roleOfHeader } from "../../../src/engine/read/roleOfHeader";

describe("roleOfHeader", () => {
  it.each([
    ["KPI Name", "name"], ["指标名称", "name"], ["Metric", "name"], ["KPI名称 / KPI Name", "name"],
    ["Target", "target"], ["Target 2026", "target"], ["FY27 Target", "target"], ["Plan", "target"], ["目标（万元）", "target"], ["2026年目标", "target"], ["Target (%)", "target"],
    ["Actual", "actual"], ["Act.", "actual"], ["YTD Actual", "actual"], ["Actual YTD", "actual"], ["实际完成值", "actual"],
    ["Baseline", "baseline"], ["上年同期", "baseline"], ["Last Year Actual", "baseline"], ["Baseline 2025", "baseline"],
    ["KPI Owner", "owner"], ["Owner Name", "owner"], ["责任人", "owner"], ["责任部门", "owner"], ["Owner 负责人", "owner"],
    ["Target Date", "deadline"], ["Due", "deadline"], ["目标完成时间", "deadline"], ["截止日期", "deadline"],
    ["Weight %", "weight"], ["权重(%)", "weight"], ["分值占比", "weight"],
    ["Direction", "direction"], ["Polarity", "direction"], ["指标属性", "direction"],
    ["指标说明", "description"], ["Description / Formula", "description"], ["计算公式", "description"],
    ["BSC Perspective", "perspective"], ["维度", "perspective"], ["Strategic Objective", "objective"],
    ["Department", "department"], ["Unit", "unit"], ["计量单位", "unit"], ["Frequency", "frequency"], ["考核周期", "frequency"],
    ["Green (≥)", "green"], ["达标值", "green"], ["Amber", "amber"], ["预警值", "amber"],
  ])("%j → %s", (header, role) => expect(roleOfHeader(header)).toBe(role));

  it.each(["Target Achievement %", "完成率", "Actual vs Target", "Score", "Status", "Contact", "序号", "#", "Start Date", "", null, 42, true, {}])(
    "%j has no role",
    (header) => expect(roleOfHeader(header)).toBeUndefined(),
  );

  it.each(["Parent", "Parent KPI", "Parent KPI Name", "Parent metric", "Rolls up to", "Roll-up", "上级指标", "上级指标名称", "父指标", "上级", "所属指标", "归属指标"])(
    "%j names the parent (DOMAIN §2 Cascades), which roleOfHeader leaves out of the sixteen column roles",
    (header) => {
      expect(roleCandidates(header)[0]).toEqual({ role: "parent", score: 100 });
      expect(roleOfHeader(header)).toBeUndefined();
    },
  );

  it("keeps a Parent objective an objective", () => {
    expect(roleOfHeader("Parent objective")).toBe("objective");
  });

  it("lists fallbacks so a second column can take another role", () => {
    // 责任部门 is an owner synonym (exact: 100) and ends with 部门 (department): 2 characters + 2 for ending the header = 4.
    expect(roleCandidates("责任部门")).toEqual([{ role: "owner", score: 100 }, { role: "department", score: 4 }]);
  });
});
