/**
 * A realistic, messy KPI table for timing `readKpiTable` (issue 3 item 5): a title block, bilingual
 * headers, text numbers with separators, %, 万 and currencies, deadlines in several forms, blanks,
 * errors and a totals row. Deterministic from the seed.
 */

/** mulberry32: a small seeded generator, so the same seed gives the same table. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSPECTIVES = ["财务", "Customer", "内部流程", "Learning & Growth", "Financial", "客户", "内部运营", "学习与成长"];
const NAMES = ["Revenue", "销售额", "Gross margin", "客户满意度", "Customer churn rate", "投诉率", "On-time delivery", "生产成本", "Employee training hours", "NPS", "缺陷率", "市场份额"];
const OWNERS = ["张三", "李四", "Alice", "Bob", "王五", "Carol"];
const DIRECTIONS = ["higher", "越高越好", "↑", "lower", "越低越好", "", "", "正向"];
const DEADLINES = ["2026-12-31", "2026年底", "Q4 2026", "FY2026", "2026/06/30", "H2 2026", "Dec 2026", "monthly", "每季度", "ASAP", ""];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * Generates a KPI table of `rows` KPIs with `periods` monthly history columns (oldest first, `2025-01` …).
 * @param rows number of KPI rows
 * @param periods number of history columns
 * @param seed random seed (default 1)
 * @returns the cells, with a title row, a note row, a blank row, the header row, the KPIs and a totals row
 * @example generateKpiTable(3, 12, 7).length // 8
 */
export function generateKpiTable(rows: number, periods: number, seed = 1): unknown[][] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const history = Array.from({ length: periods }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`);
  const header = ["序号 No.", "维度 Perspective", "KPI名称 / KPI Name", "Owner 负责人", "单位 Unit", "Baseline 基线", "目标 Target", "Actual 实际", "权重 Weight", "方向 Direction", "截止日期 Deadline", ...history.map((h, i) => (i % 5 === 4 ? `${MONTHS[i % 12]}-${String(25 + Math.floor(i / 12))}` : h))];
  const table: unknown[][] = [["KPI Scorecard 2026 / 2026年度绩效考核表"], ["Prepared by Finance · 数据截至 2026-11-30", null, null], [], header];
  for (let r = 0; r < rows; r++) {
    const percent = rnd() < 0.3;
    const base = percent ? 0.5 + rnd() * 0.4 : Math.round(1000 + rnd() * 99000);
    const target = base * (1 + rnd() * 0.2);
    const actual = base * (0.9 + rnd() * 0.3);
    const row: unknown[] = [r + 1, pick(PERSPECTIVES), `${pick(NAMES)} ${r + 1}`, pick(OWNERS), percent ? "%" : pick(["万元", "元", "件", "h", ""])];
    row.push(rnd() < 0.1 ? "" : formatNumber(base, percent, rnd));
    row.push(formatNumber(target, percent, rnd));
    row.push(rnd() < 0.05 ? "#N/A" : formatNumber(actual, percent, rnd));
    row.push(pick([10, 20, "30%", 0.15, "25", ""]));
    row.push(pick(DIRECTIONS));
    row.push(rnd() < 0.1 ? 46387 : pick(DEADLINES));
    for (let p = 0; p < periods; p++) {
      const v = base * (0.9 + rnd() * 0.25);
      row.push(rnd() < 0.08 ? null : rnd() < 0.5 ? v : formatNumber(v, percent, rnd));
    }
    table.push(row);
    if (rnd() < 0.01) table.push([]);
  }
  table.push(["合计 Total", "", "", "", "", "", "", "", "100%"]);
  return table;
}

function formatNumber(value: number, percent: boolean, rnd: () => number): unknown {
  const k = rnd();
  if (percent) return k < 0.5 ? `${(value * 100).toFixed(1)}%` : k < 0.8 ? value : Math.round(value * 1000) / 10;
  if (k < 0.3) return Math.round(value);
  if (k < 0.55) return Math.round(value).toLocaleString("en-US");
  if (k < 0.7) return `${(value / 10000).toFixed(2)}万`;
  if (k < 0.8) return `¥${Math.round(value).toLocaleString("en-US")}`;
  if (k < 0.9) return `${(value / 1000).toFixed(1)}k`;
  return `(${Math.round(value).toLocaleString("en-US")})`;
}
