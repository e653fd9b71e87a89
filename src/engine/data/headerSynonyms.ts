import type { HeaderRole } from "../model";

/**
 * Header synonyms per column role (DOMAIN §1), as an analyst writes them; they are compared after
 * `normalizeHeader` (case, spaces, punctuation, full-width forms and "(%)"-style suffixes ignored).
 * A header that equals a synonym is recognised outright; otherwise the longest synonym found inside it
 * wins, with a bonus when it ends the header (the head noun: "KPI Owner" → owner, "指标说明" →
 * description). So more specific synonyms beat general ones ("Target date" → deadline, not target).
 * Extend freely.
 */
export const HEADER_SYNONYMS: Readonly<Record<HeaderRole, readonly string[]>> = {
  name: [
    "KPI", "KPIs", "KPI Name", "KPI Title", "Indicator", "Indicator Name", "Key Performance Indicator", "Metric", "Metric Name", "Measure",
    "Measure Name", "Performance Measure", "Performance Indicator", "Name", "Item", "KPI / Metric",
    "指标", "指标名称", "KPI名称", "考核指标", "关键指标", "绩效指标", "关键绩效指标", "指标项", "考核项目", "考核内容", "衡量指标", "名称", "项目",
  ],
  description: [
    "Description", "Definition", "Formula", "Calculation", "Calculation Method", "Details", "Notes", "Comment", "Comments", "Remarks", "Measurement Method",
    "说明", "定义", "计算公式", "计算方法", "指标说明", "指标定义", "口径", "统计口径", "备注", "描述", "考核标准", "评分标准",
  ],
  perspective: [
    "Perspective", "BSC Perspective", "Dimension", "BSC", "Category", "Pillar", "Area", "Focus Area",
    "维度", "层面", "类别", "分类", "BSC维度", "平衡计分卡维度", "考核维度", "指标类别", "指标类型", "类型",
  ],
  objective: [
    "Objective", "Strategic Objective", "Goal Area", "Strategic Goal", "Strategy", "Theme", "Strategic Theme", "Initiative", "Objective Name",
    "目标名称", "战略目标", "战略", "战略主题", "目标项", "关键目标", "经营目标", "战略举措",
  ],
  owner: [
    "Owner", "KPI Owner", "Responsible", "Responsible Person", "Accountable", "Accountability", "Person in Charge", "PIC", "Lead", "Assignee", "Owned By", "Owner Name", "KPI Owner Name",
    "负责人", "责任人", "责任部门", "主责部门", "牵头人", "考核对象", "被考核人", "承担人",
  ],
  department: ["Department", "Dept", "Team", "Function", "Division", "Business Unit", "BU", "Unit Name", "部门", "所属部门", "事业部", "团队", "单位名称", "业务单元", "中心"],
  unit: ["Unit", "Units", "UoM", "Unit of Measure", "Unit of Measurement", "Measure Unit", "单位", "计量单位", "指标单位", "数据单位"],
  baseline: [
    "Baseline", "Base", "Base Value", "Base Year", "Prior Year", "Last Year", "Previous Year", "PY", "LY", "Prior", "Previous", "Starting Point", "Start Value",
    "Prior Year Actual", "Last Year Actual", "PY Actual", "LY Actual", "Benchmark",
    "基线", "基线值", "基准", "基准值", "上年同期", "去年同期", "上年", "去年", "上年实际", "去年实际", "上年完成", "上年完成值", "历史值", "起始值", "现状值", "现状",
  ],
  target: [
    "Target", "Targets", "Target Value", "Goal", "Plan", "Planned", "Budget", "Objective Value", "Annual Target", "Full Year Target", "Target Level", "Tgt",
    "目标", "目标值", "计划值", "计划", "指标值", "预算", "预算值", "年度目标", "全年目标", "目标水平", "挑战值", "考核目标",
  ],
  actual: [
    "Actual", "Actuals", "Act", "Actual Value", "Current", "Current Value", "YTD", "YTD Actual", "Result", "Results", "Achieved", "Achievement Value",
    "Performance", "Outcome", "Latest", "Latest Value", "Value",
    "实际", "实际值", "完成值", "实际完成", "实际完成值", "完成情况", "实绩", "当前值", "累计完成", "本期实际", "实际达成",
  ],
  weight: ["Weight", "Weighting", "Weights", "Wt", "Weight %", "Importance", "Priority Weight", "Points", "权重", "分值占比", "权重占比", "比重", "分值", "占比", "权数"],
  direction: [
    "Direction", "Polarity", "Better", "Trend Direction", "Good Direction", "Higher or Lower", "Higher is Better", "Desired Direction", "Optimisation", "Optimization",
    "方向", "极性", "指标属性", "指标方向", "考核方向", "正负向", "正反向", "指标性质", "优化方向",
  ],
  deadline: [
    "Deadline", "Due", "Due Date", "By", "By When", "Target Date", "End Date", "Completion Date", "Timeline", "Timeframe", "Time Frame", "Date", "Time Bound", "When",
    "截止日期", "完成时间", "时限", "截止时间", "完成期限", "期限", "完成日期", "时间节点", "时间要求", "目标日期", "达成时间", "完成时限",
  ],
  frequency: [
    "Frequency", "Cadence", "Reporting Period", "Reporting Frequency", "Measurement Frequency", "Review Frequency", "Period", "Periodicity", "Update Frequency",
    "频率", "周期", "考核周期", "统计周期", "频次", "考核频率", "监测频率", "更新频率", "报告周期",
  ],
  green: ["Green", "Green Threshold", "Green Level", "On Track Threshold", "Target Threshold", "达标值", "绿灯", "绿灯阈值", "达标线", "优秀值"],
  amber: [
    "Amber", "Amber Threshold", "Yellow", "Yellow Threshold", "Warning", "Warning Threshold", "Red Flag", "Red Threshold", "Alert", "Tolerance",
    "预警值", "黄灯", "黄灯阈值", "预警线", "警戒值", "门槛值", "底线值",
  ],
  // DOMAIN §2 "Cascades": the KPI this row rolls up into. "Parent KPI Name" and "上级指标名称" are listed
  // whole so that the name synonyms inside them ("KPI Name", "指标名称") do not win.
  parent: [
    "Parent", "Parent KPI", "Parent KPI Name", "Parent Metric", "Parent Measure", "Parent Indicator", "Parent Name", "Parent Item",
    "Rolls up to", "Roll up to", "Rolls into", "Roll-up", "Roll-up KPI", "Rollup", "Contributes to", "Cascades from", "Child of",
    "上级指标", "上级指标名称", "父指标", "父指标名称", "父级指标", "上级", "上级KPI", "父级", "所属指标", "归属指标", "所属上级指标", "上级考核指标", "汇总至", "归集至",
  ],
};

/**
 * Words that make a period header a target for that period (DOMAIN §5 "Per-period targets"): before the
 * period (`Target Jan`, `目标1月`) or after it (`Jan target`, `1月目标`, `一季度目标`), or in brackets
 * after it (`Jan (plan)`). Matched after NFKC and lower case; Latin words as whole words.
 */
export const PERIOD_TARGET_WORDS: readonly string[] = [
  "target", "targets", "tgt", "plan", "planned", "budget", "budgeted", "goal", "objective value",
  "目标", "目标值", "计划", "计划值", "预算", "预算值", "指标值", "考核目标",
];

/**
 * Words that make a header a computed column rather than an input ("Target achievement %", "完成率",
 * "Score"): such a header gets no role and is kept as an extra column.
 */
export const COMPUTED_HEADER_WORDS: readonly string[] = [
  "achievement", "attainment", "variance", "gap", "score", "rating", "status", "rag", "vs", "versus", "pctoftarget", "oftarget", "delta",
  "完成率", "达成率", "达标率", "得分", "评分", "状态", "差异", "差额", "偏差", "得分率", "考核结果",
  "start date", "start", "updated", "last updated", "as of", "created", "开始日期", "开始时间", "更新日期", "更新时间", "填报日期", "录入日期",
];

/**
 * Qualifiers dropped before a second exact lookup ("Target 2026", "FY27 Target", "YTD Actual", "年度目标值").
 * Matched as whole normalised tokens at the start or end of the header.
 */
export const HEADER_QUALIFIER_PATTERN = /^(?:fy|cy)?(?:20\d\d|\d\d)(?:年度?|年)?|(?:fy|cy)?(?:20\d\d|\d\d)(?:年度?)?$|^(?:ytd|mtd|qtd|annual|fullyear|fy|current|全年|年度|本年|本年度|累计|当期|本期)|(?:ytd|mtd|qtd|annual|fullyear|fy|全年|年度|本年|累计|当期|本期)$/u;
