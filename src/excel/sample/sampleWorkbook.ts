/**
 * The sample workbook, as plain data (issue 7 "Insert sample KPI table"): a KPI table of 14 KPIs across
 * the four Balanced Scorecard perspectives and a strategy table of 5 objectives, in English and
 * Simplified Chinese. It is made to exercise everything the add-in does: lower-is-better KPIs,
 * deadlines written several ways, percentages, two deliberately weak KPIs for the SMART check
 * ("Improve teamwork" / "Advance digital transformation"), 12 months of history, and a defect-rate
 * spike in December that raises an XmR signal. The demo and the tests reuse it.
 */
import type { Bilingual, Perspective } from "../../engine";

/** One sample KPI. Percent KPIs hold fractions (0.12 = 12%) and are formatted as %. */
export interface SampleKpi {
  readonly name: Bilingual;
  readonly description: Bilingual;
  readonly perspective: Perspective;
  /** Index into SAMPLE_OBJECTIVES of the objective it serves (explicit link), if any. */
  readonly objective?: number;
  readonly owner: Bilingual;
  readonly unit: Bilingual;
  readonly baseline?: number;
  /** A number, or text as an analyst wrote it (a weak target). */
  readonly target: number | Bilingual;
  readonly actual?: number;
  readonly weight: number;
  readonly direction?: "higher" | "lower";
  /** Text as written, or an Excel serial date. */
  readonly deadline: Bilingual | number;
  readonly percent: boolean;
  /** Jan … Dec 2026, oldest first; null = not reported. */
  readonly history: readonly (number | null)[];
}

/** One sample strategic objective. */
export interface SampleObjective {
  readonly name: Bilingual;
  readonly perspective: Perspective;
  readonly weight: number;
  readonly description: Bilingual;
}

const b = (en: string, zh: string): Bilingual => ({ en, zh });
/** Excel serial (1900 system) of a calendar day. */
const serial = (y: number, m: number, d: number): number => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

export const SAMPLE_OBJECTIVES: readonly SampleObjective[] = [
  { name: b("Grow profitable revenue", "实现盈利性增长"), perspective: "financial", weight: 3, description: b("Grow sales while protecting margin", "在保持毛利的前提下扩大销售") },
  { name: b("Delight and keep our customers", "提升客户满意度与留存"), perspective: "customer", weight: 3, description: b("Faster service, fewer customers lost", "更快的服务，更少的客户流失") },
  { name: b("Deliver on time, right first time", "准时交付、一次做对"), perspective: "process", weight: 2, description: b("Reliable delivery and quality", "可靠的交付与质量") },
  { name: b("Build a capable, engaged team", "打造高敬业度的人才队伍"), perspective: "learning", weight: 2, description: b("Skills and engagement of our people", "员工能力与敬业度") },
  { name: b("Expand in East China", "拓展华东市场"), perspective: "customer", weight: 1, description: b("Win share in our growth region", "在重点增长区域提升份额") },
];

export const SAMPLE_KPIS: readonly SampleKpi[] = [
  {
    name: b("Revenue growth rate", "营收增长率"), description: b("Year-on-year growth of net revenue", "净营业收入同比增长率"), perspective: "financial", objective: 0,
    owner: b("Li Na (CFO)", "李娜（财务总监）"), unit: b("%", "%"), baseline: 0.08, target: 0.12, actual: 0.105, weight: 15, direction: "higher",
    deadline: b("2027-12-31", "2027-12-31"), percent: true,
    history: [0.081, 0.084, 0.086, 0.088, 0.09, 0.091, 0.094, 0.096, 0.098, 0.1, 0.103, 0.105],
  },
  {
    name: b("Gross margin", "毛利率"), description: b("Gross profit as a share of revenue", "毛利占营业收入的比例"), perspective: "financial", objective: 0,
    owner: b("Li Na (CFO)", "李娜（财务总监）"), unit: b("%", "%"), baseline: 0.38, target: 0.42, actual: 0.412, weight: 10, direction: "higher",
    deadline: b("Q4 2027", "2027年第四季度"), percent: true,
    history: [0.381, 0.385, 0.383, 0.39, 0.392, 0.395, 0.398, 0.401, 0.404, 0.406, 0.41, 0.412],
  },
  {
    name: b("Operating cost per order", "单笔订单运营成本"), description: b("Fulfilment and service cost divided by orders", "履约及服务成本除以订单数"), perspective: "financial", objective: 0,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("CNY", "元"), baseline: 52, target: 45, actual: 47.5, weight: 10, direction: "lower",
    deadline: b("FY2027", "FY2027"), percent: false,
    history: [52.4, 51.8, 51.5, 51.1, 50.6, 50.2, 49.7, 49.3, 48.8, 48.4, 47.9, 47.5],
  },
  {
    name: b("Net Promoter Score", "净推荐值（NPS）"), description: b("Promoters minus detractors in the quarterly survey", "季度调研中推荐者比例减去贬损者比例"), perspective: "customer", objective: 1,
    owner: b("Wang Fang (CX)", "王芳（客户体验）"), unit: b("pts", "分"), baseline: 32, target: 45, actual: 41, weight: 10, direction: "higher",
    deadline: b("31 December 2027", "2027年12月31日"), percent: false,
    history: [32, 33, 33, 35, 36, 36, 37, 38, 39, 39, 40, 41],
  },
  {
    name: b("Customer churn rate", "客户流失率"), description: b("Share of active customers lost per month", "每月流失的活跃客户占比"), perspective: "customer", objective: 1,
    owner: b("Wang Fang (CX)", "王芳（客户体验）"), unit: b("%", "%"), baseline: 0.065, target: 0.045, actual: 0.051, weight: 10, direction: "lower",
    deadline: b("end of 2027", "2027年底"), percent: true,
    history: [0.064, 0.063, 0.062, 0.06, 0.059, 0.058, 0.057, 0.055, 0.054, 0.053, 0.052, 0.051],
  },
  {
    name: b("Average first-response time", "平均首次响应时间"), description: b("Hours from a customer ticket to our first reply", "从客户工单提交到首次回复的小时数"), perspective: "customer", objective: 1,
    owner: b("Chen Jie (Service)", "陈杰（客服）"), unit: b("hours", "小时"), baseline: 9, target: 4, actual: 5.5, weight: 5, direction: "lower",
    deadline: b("2027/06/30", "2027/06/30"), percent: false,
    history: [9, 8.8, 8.5, 8.1, 7.6, 7.2, 6.8, 6.4, 6.1, 5.9, 5.7, 5.5],
  },
  {
    name: b("Market share in East China", "华东市场份额"), description: b("Our share of category sales in East China", "本品类在华东地区的销售份额"), perspective: "customer", objective: 4,
    owner: b("Zhao Lei (Sales)", "赵磊（销售）"), unit: b("%", "%"), baseline: 0.14, target: 0.18, actual: 0.152, weight: 5, direction: "higher",
    deadline: b("H2 2027", "2027年下半年"), percent: true,
    history: [0.14, 0.141, 0.142, 0.142, 0.144, 0.145, 0.146, 0.147, 0.148, 0.149, 0.15, 0.152],
  },
  {
    name: b("On-time delivery rate", "准时交付率"), description: b("Orders delivered by the promised date", "按承诺日期交付的订单占比"), perspective: "process", objective: 2,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("%", "%"), baseline: 0.91, target: 0.97, actual: 0.956, weight: 10, direction: "higher",
    deadline: serial(2027, 9, 30), percent: true,
    history: [0.912, 0.915, 0.92, 0.925, 0.929, 0.933, 0.938, 0.941, 0.945, 0.949, 0.952, 0.956],
  },
  {
    name: b("Product defect rate", "产品缺陷率"), description: b("Defective units per units shipped", "缺陷产品数占出货数的比例"), perspective: "process", objective: 2,
    owner: b("Sun Li (Quality)", "孙丽（质量）"), unit: b("%", "%"), baseline: 0.018, target: 0.01, actual: 0.032, weight: 5, direction: "lower",
    deadline: b("monthly", "每月"), percent: true,
    history: [0.018, 0.017, 0.018, 0.016, 0.017, 0.0175, 0.0165, 0.017, 0.016, 0.017, 0.0165, 0.032],
  },
  {
    name: b("Inventory turnover", "库存周转次数"), description: b("Cost of goods sold divided by average inventory", "销售成本除以平均库存"), perspective: "process", objective: 2,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("times", "次"), baseline: 6.2, target: 8, actual: 7.1, weight: 5, direction: "higher",
    deadline: b("Q3 2027", "2027Q3"), percent: false,
    history: [6.2, 6.3, 6.3, 6.4, 6.5, 6.6, 6.7, 6.8, 6.9, 6.9, 7, 7.1],
  },
  {
    name: b("Employee engagement score", "员工敬业度得分"), description: b("Mean score of the annual engagement survey", "年度敬业度调研平均分"), perspective: "learning", objective: 3,
    owner: b("Liu Yang (HR)", "刘洋（人力资源）"), unit: b("pts", "分"), baseline: 68, target: 75, actual: 71, weight: 5, direction: "higher",
    deadline: b("2027-12-31", "2027-12-31"), percent: false,
    history: [68, 68, 69, 69, 69, 70, 70, 70, 70, 71, 71, 71],
  },
  {
    name: b("Training hours per employee", "人均培训小时数"), description: b("Hours of training per employee this year", "本年度每名员工的培训小时数"), perspective: "learning", objective: 3,
    owner: b("Liu Yang (HR)", "刘洋（人力资源）"), unit: b("hours", "小时"), baseline: 18, target: 30, actual: 24, weight: 5, direction: "higher",
    deadline: b("FY2027", "2027财年"), percent: false,
    history: [1.5, 3.5, 5.5, 7, 9, 11, 13, 15, 17.5, 20, 22, 24],
  },
  {
    name: b("Improve teamwork", "加强团队协作"), description: b("Better cooperation across departments", "进一步加强跨部门协作"), perspective: "learning",
    owner: b("", ""), unit: b("", ""), target: b("significant improvement", "显著提升"), weight: 3,
    deadline: b("ASAP", "尽快"), percent: false, history: [null, null, null, null, null, null, null, null, null, null, null, null],
  },
  {
    name: b("Advance digital transformation", "推进数字化转型"), description: b("Share of processes running on the new platform", "在新平台上运行的流程占比"), perspective: "process",
    owner: b("Zhou Min (IT)", "周敏（信息技术）"), unit: b("%", "%"), baseline: 0.1, target: 0.6, actual: 0.18, weight: 2, direction: "higher",
    deadline: b("ongoing", "长期"), percent: true,
    history: [0.1, 0.11, 0.11, 0.12, 0.13, 0.13, 0.14, 0.15, 0.16, 0.16, 0.17, 0.18],
  },
];

/** Column headers of the two sample tables, per language. */
export const SAMPLE_HEADERS = {
  en: {
    kpi: ["KPI", "Description", "Perspective", "Objective", "Owner", "Unit", "Baseline", "Target", "Actual", "Weight", "Direction", "Deadline"],
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    strategy: ["Strategic objective", "Perspective", "Weight", "Description"],
    perspectives: { financial: "Financial", customer: "Customer", process: "Internal process", learning: "Learning & growth" },
    directions: { higher: "Higher is better", lower: "Lower is better" },
    title: "KPI Scorecard — sample KPIs for FY2027 (history: 2026)",
    sheet: "KPI Sample",
  },
  zh: {
    kpi: ["指标名称", "说明", "维度", "战略目标", "负责人", "单位", "基准值", "目标值", "实际值", "权重", "方向", "截止日期"],
    months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
    strategy: ["战略目标", "维度", "权重", "说明"],
    perspectives: { financial: "财务", customer: "客户", process: "内部流程", learning: "学习与成长" },
    directions: { higher: "越高越好", lower: "越低越好" },
    title: "KPI 计分卡 — 2027 财年示例指标（历史数据：2026 年）",
    sheet: "KPI 示例",
  },
} as const;
