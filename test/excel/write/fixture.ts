/**
 * A messy bilingual KPI table, evaluated by the real engine, and the WriteInput that points the
 * writer at the host cells holding it.
 */
import { evaluate, readKpiTable, type CellValue, type Evaluation, type KpiTable, type Lang, type Objective } from "../../../src/engine";
import type { LinkedRole, WriteInput } from "../../../src/excel/write/writeInput";
import type { InMemoryExcelHost } from "../../../src/host";

export const SOURCE_SHEET = "KPI 2027";
/** The table starts at A1: a title row, a blank row, then the header row. */
export const AS_OF = 46447; // 2027-03-01

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Header row: English and Chinese headers mixed, history months at the end. */
const HEADER = ["KPI名称", "Perspective", "Objective", "负责人", "Baseline", "目标值", "Actual", "权重", "Direction", "Deadline", "Unit", ...MONTHS];

/** One KPI row per line (name … unit, then 12 history values or blanks). */
function rows(): CellValue[][] {
  const flat = (n: number, v: number) => Array.from({ length: n }, () => v);
  return [
    ["Revenue growth", "Financial", "Grow revenue", "Li Wei", 100, 120, 110, 30, "higher", "2027-12-31", "万元", ...[90, 92, 95, 97, 99, 101, 103, 104, 106, 108, 109, 110]],
    ["Cost per order", "财务", "Cut costs", "Anna", 10, 8, 9, 20, "lower", "2027-12-31", "元", ...flat(12, 9)],
    ["客户满意度", "客户", "Delight customers", "王芳", null, 90, "¥3.5万", 10, "越高越好", "2027年12月31日", "分", ...Array(12).fill(null)],
    ["=HYPERLINK(\"http://x\",\"click\")", "Customer", "Delight customers", "+1", null, 100, 95, 10, "up", "Q4 2027", "%", ...Array(12).fill(null)],
    ["+1", "Internal process", "", "-x", null, "90-110", 100, 10, "range", "2027-12-31", "", ...Array(12).fill(null)],
    ["-x", "Learning & growth", "Build skills", "@SUM(A1)", null, 0, 2, 10, "lower", "ASAP", "", ...Array(12).fill(null)],
    ["@SUM(A1)", "学习与成长", "Build skills", "", null, 50, null, 10, "higher", "2027-06-30", "", ...[1, 1, 1, 1, 1, 1, 1, 9, 1, 1, 1, 1]],
    ["Defect rate", "", "", "QA", 5, 2, "12.5%", null, "lower", "2027-12-31", "%", ...Array(12).fill(null)],
  ];
}

export const OBJECTIVES: Objective[] = [
  { name: "Grow revenue", weight: 2, perspective: "financial" },
  { name: "Cut costs", weight: 1, perspective: "financial" },
  { name: "Delight customers", weight: 1, perspective: "customer" },
  { name: "Build skills", weight: 1, perspective: "learning" },
];

/** The grid as Excel hands it over (A1 = title). */
export function sourceGrid(kpiRows: CellValue[][] = rows()): CellValue[][] {
  const width = HEADER.length;
  return [["KPI 2027 — 指标表", ...Array(width - 1).fill(null)], Array(width).fill(null), HEADER, ...kpiRows];
}

/** Types the grid into the host so that every cell holds exactly the grid's value (text stays text). */
export function typeGrid(host: InMemoryExcelHost, grid: CellValue[][], sheet = SOURCE_SHEET): void {
  const width = grid[0]?.length ?? 0;
  const cells = grid.map((r) => Array.from({ length: width }, (_, c) => {
    const v = r[c];
    return typeof v === "string" ? `'${v}` : v === undefined ? null : v;
  }));
  host.setCells(sheet, `A1:${String.fromCharCode(64 + width)}${grid.length}`, cells);
}

export interface Fixture {
  readonly table: KpiTable;
  readonly evaluation: Evaluation;
  readonly input: WriteInput;
}

/**
 * Reads and evaluates a grid with the real engine and builds the writer's input.
 * @param grid source cells (A1-based)
 * @param lang language
 * @param isSetSupported feature switch
 */
export function fixture(grid: CellValue[][] = sourceGrid(), lang: Lang = "en", isSetSupported: WriteInput["isSetSupported"] = () => true): Fixture {
  const table = readKpiTable(grid, { asOf: AS_OF });
  const evaluation = evaluate(table, OBJECTIVES, { asOf: AS_OF });
  const roles: LinkedRole[] = ["actual", "target", "baseline", "weight"];
  const cells = table.kpis.map((k) => Object.fromEntries(roles.map((role) => {
    const c = table.columns[role];
    return [role, c === undefined ? undefined : grid[k.row]?.[c]];
  })) as Partial<Record<LinkedRole, CellValue>>);
  const { history, ...single } = table.columns;
  const nameColumn = table.columns.name;
  // The name cells as written (what the Scorecard's Source row looks up), as evaluateWorkbook passes them.
  const names = table.kpis.map((k) => {
    const raw = nameColumn === undefined ? undefined : grid[k.row]?.[nameColumn];
    return typeof raw === "string" ? raw : undefined;
  });
  const input: WriteInput = {
    evaluation,
    language: lang,
    source: {
      sheet: SOURCE_SHEET,
      tableName: "KPI 2027",
      address: `'${SOURCE_SHEET}'!A3:V${grid.length}`,
      rows: table.kpis.map((k) => k.row),
      headerRow: table.headerRow,
      names,
      columns: { ...single, history },
      historyLabels: history.map((c) => String(table.headers[c] ?? "")),
      cells,
    },
    timestamp: "2027-03-01 09:30",
    user: "Mei",
    isSetSupported,
  };
  return { table, evaluation, input };
}

/** The whole grid as a numeric-only table of `n` generated KPIs (for size tests). */
export function bigGrid(n: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let i = 0; i < n; i++) {
    out.push([`KPI number ${i + 1}`, i % 2 ? "Customer" : "Financial", i % 2 ? "Delight customers" : "Grow revenue", `Owner ${i % 7}`, 100, 120, 90 + (i % 40), 1 + (i % 5), i % 3 ? "higher" : "lower", "2027-12-31", "", ...MONTHS.map((_, m) => 80 + ((i + m) % 30))]);
  }
  return sourceGrid(out);
}
