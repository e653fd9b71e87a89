/**
 * The sample workbook, as plain data (issue 7 "Insert sample KPI table"): a KPI table of 14 KPIs across
 * the four Balanced Scorecard perspectives and a strategy table of 5 objectives, in English and
 * Simplified Chinese. It is made to exercise everything the add-in does: lower-is-better KPIs,
 * deadlines written several ways, percentages, two deliberately weak KPIs for the SMART check
 * ("Improve teamwork" / "Advance digital transformation"), 12 months of history (Dec 2025 – Nov 2026,
 * a stable process with noise for most KPIs), and a defect-rate spike in the latest month that raises
 * an XmR signal. Actuals sit near the FY2026 targets, so an evaluation shows every status: On track,
 * At risk, Off track and No data. The demo and the tests reuse it.
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
  /** Dec 2025 … Nov 2026, oldest first; null = not reported. */
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
    owner: b("Li Na (CFO)", "李娜（财务总监）"), unit: b("%", "%"), baseline: 0.08, target: 0.12, actual: 0.124, weight: 15, direction: "higher",
    deadline: b("2026-12-31", "2026-12-31"), percent: true,
    history: [0.118, 0.113, 0.122, 0.117, 0.12, 0.115, 0.124, 0.12, 0.126, 0.119, 0.125, 0.124],
  },
  {
    name: b("Gross margin", "毛利率"), description: b("Gross profit as a share of revenue", "毛利占营业收入的比例"), perspective: "financial", objective: 0,
    owner: b("Li Na (CFO)", "李娜（财务总监）"), unit: b("%", "%"), baseline: 0.38, target: 0.42, actual: 0.417, weight: 10, direction: "higher",
    deadline: b("Q4 2026", "2026年第四季度"), percent: true,
    history: [0.413, 0.409, 0.416, 0.411, 0.414, 0.41, 0.417, 0.414, 0.418, 0.414, 0.418, 0.417],
  },
  {
    name: b("Operating cost per order", "单笔订单运营成本"), description: b("Fulfilment and service cost divided by orders", "履约及服务成本除以订单数"), perspective: "financial", objective: 0,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("CNY", "元"), baseline: 52, target: 45, actual: 44.6, weight: 10, direction: "lower",
    deadline: b("FY2026", "FY2026"), percent: false,
    history: [45.7, 46.9, 44.9, 46.1, 45.5, 46.4, 44.7, 45.3, 44.2, 45.5, 44.4, 44.6],
  },
  {
    name: b("Net Promoter Score", "净推荐值（NPS）"), description: b("Promoters minus detractors in the quarterly survey", "季度调研中推荐者比例减去贬损者比例"), perspective: "customer", objective: 1,
    owner: b("Wang Fang (CX)", "王芳（客户体验）"), unit: b("pts", "分"), baseline: 32, target: 45, actual: 41, weight: 10, direction: "higher",
    deadline: b("31 December 2026", "2026年12月31日"), percent: false,
    history: [39, 37, 40, 38, 39, 38, 41, 40, 42, 39, 41, 41],
  },
  {
    name: b("Customer churn rate", "客户流失率"), description: b("Share of active customers lost per month", "每月流失的活跃客户占比"), perspective: "customer", objective: 1,
    owner: b("Wang Fang (CX)", "王芳（客户体验）"), unit: b("%", "%"), baseline: 0.065, target: 0.045, actual: 0.047, weight: 10, direction: "lower",
    deadline: b("end of 2026", "2026年底"), percent: true,
    history: [0.0491, 0.0512, 0.0477, 0.0498, 0.0486, 0.0504, 0.0472, 0.0484, 0.0463, 0.0487, 0.0467, 0.047],
  },
  {
    name: b("Average first-response time", "平均首次响应时间"), description: b("Hours from a customer ticket to our first reply", "从客户工单提交到首次回复的小时数"), perspective: "customer", objective: 1,
    owner: b("Chen Jie (Service)", "陈杰（客服）"), unit: b("hours", "小时"), baseline: 9, target: 4, actual: 3.8, weight: 5, direction: "lower",
    deadline: b("2027/06/30", "2027/06/30"), percent: false,
    history: [4.2, 4.6, 3.9, 4.4, 4.1, 4.5, 3.8, 4.1, 3.7, 4.1, 3.7, 3.8],
  },
  {
    name: b("Market share in East China", "华东市场份额"), description: b("Our share of category sales in East China", "本品类在华东地区的销售份额"), perspective: "customer", objective: 4,
    owner: b("Zhao Lei (Sales)", "赵磊（销售）"), unit: b("%", "%"), baseline: 0.14, target: 0.18, actual: 0.162, weight: 5, direction: "higher",
    deadline: b("H2 2027", "2027年下半年"), percent: true,
    history: [0.158, 0.154, 0.161, 0.156, 0.159, 0.155, 0.162, 0.159, 0.163, 0.159, 0.163, 0.162],
  },
  {
    name: b("On-time delivery rate", "准时交付率"), description: b("Orders delivered by the promised date", "按承诺日期交付的订单占比"), perspective: "process", objective: 2,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("%", "%"), baseline: 0.91, target: 0.97, actual: 0.964, weight: 10, direction: "higher",
    deadline: serial(2026, 12, 31), percent: true,
    history: [0.958, 0.953, 0.962, 0.957, 0.96, 0.955, 0.964, 0.96, 0.966, 0.959, 0.965, 0.964],
  },
  {
    name: b("Product defect rate", "产品缺陷率"), description: b("Defective units per units shipped", "缺陷产品数占出货数的比例"), perspective: "process", objective: 2,
    owner: b("Sun Li (Quality)", "孙丽（质量）"), unit: b("%", "%"), baseline: 0.018, target: 0.01, actual: 0.032, weight: 5, direction: "lower",
    deadline: b("monthly", "每月"), percent: true,
    history: [0.018, 0.017, 0.018, 0.016, 0.017, 0.0175, 0.0165, 0.017, 0.016, 0.017, 0.0165, 0.032],
  },
  {
    name: b("Inventory turnover", "库存周转次数"), description: b("Cost of goods sold divided by average inventory", "销售成本除以平均库存"), perspective: "process", objective: 2,
    owner: b("Zhang Wei (COO)", "张伟（运营总监）"), unit: b("times", "次"), baseline: 6.2, target: 8, actual: 8.1, weight: 5, direction: "higher",
    deadline: b("Q4 2026", "2026Q4"), percent: false,
    history: [7.89, 7.68, 8.03, 7.82, 7.94, 7.76, 8.08, 7.96, 8.17, 7.93, 8.13, 8.1],
  },
  {
    name: b("Employee engagement score", "员工敬业度得分"), description: b("Mean score of the annual engagement survey", "年度敬业度调研平均分"), perspective: "learning", objective: 3,
    owner: b("Liu Yang (HR)", "刘洋（人力资源）"), unit: b("pts", "分"), baseline: 68, target: 75, actual: 75.5, weight: 5, direction: "higher",
    deadline: b("2026-12-31", "2026-12-31"), percent: false,
    history: [74.4, 73.2, 75.2, 74, 74.6, 73.7, 75.4, 74.8, 75.9, 74.6, 75.7, 75.5],
  },
  {
    name: b("Training hours per employee", "人均培训小时数"), description: b("Hours of training per employee per month", "每名员工每月的培训小时数"), perspective: "learning", objective: 3,
    owner: b("Liu Yang (HR)", "刘洋（人力资源）"), unit: b("hours", "小时"), baseline: 1.5, target: 2.5, actual: 2.1, weight: 5, direction: "higher",
    deadline: b("FY2026", "2026财年"), percent: false,
    history: [1.9, 1.7, 2, 1.8, 1.9, 1.8, 2.1, 2, 2.2, 1.9, 2.1, 2.1],
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
    history: [0.166, 0.152, 0.176, 0.161, 0.169, 0.157, 0.179, 0.171, 0.185, 0.168, 0.182, 0.18],
  },
];

/** Column headers of the two sample tables, per language. */
export const SAMPLE_HEADERS = {
  en: {
    kpi: ["KPI", "Description", "Perspective", "Objective", "Owner", "Unit", "Baseline", "Target", "Actual", "Weight", "Direction", "Deadline"],
    months: ["Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026", "May 2026", "Jun 2026", "Jul 2026", "Aug 2026", "Sep 2026", "Oct 2026", "Nov 2026"],
    strategy: ["Strategic objective", "Perspective", "Weight", "Description"],
    perspectives: { financial: "Financial", customer: "Customer", process: "Internal process", learning: "Learning & growth" },
    directions: { higher: "Higher is better", lower: "Lower is better" },
    title: "KPI Scorecard — sample KPIs for FY2026 (history: Dec 2025 – Nov 2026)",
    sheet: "KPI Sample",
  },
  zh: {
    kpi: ["指标名称", "说明", "维度", "战略目标", "负责人", "单位", "基准值", "目标值", "实际值", "权重", "方向", "截止日期"],
    months: ["2025年12月", "2026年1月", "2026年2月", "2026年3月", "2026年4月", "2026年5月", "2026年6月", "2026年7月", "2026年8月", "2026年9月", "2026年10月", "2026年11月"],
    strategy: ["战略目标", "维度", "权重", "说明"],
    perspectives: { financial: "财务", customer: "客户", process: "内部流程", learning: "学习与成长" },
    directions: { higher: "越高越好", lower: "越低越好" },
    title: "KPI 计分卡 — 2026 财年示例指标（历史数据：2025年12月至2026年11月）",
    sheet: "KPI 示例",
  },
} as const;
