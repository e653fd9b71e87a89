/**
 * The Strategy Match sheet (DOMAIN §4, §6): the index with every component beside it, perspective
 * balance, coverage by objective, and the objective × KPI strength matrix as a heat map (colour
 * scale), with charts. Values from the last refresh.
 */
import type { Perspective } from "../../engine";
import { strategyMatchCharts } from "./matchCharts";
import { addTable, blockHeading, columnWidths, NUMBER_FORMATS, strengthScale, titleCell } from "./formats";
import { LABELS, MATCH_BAND_LABELS, PERSPECTIVE_LABELS, colonOf, say } from "./labels";
import { contentArea, printPage } from "./pageSetup";
import { refreshedSheetLine } from "./scorecardHeader";
import { safeText } from "./safeText";
import { tidyNumber } from "./tidyNumber";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps, type CellOut } from "./sheetOps";
import { uniqueHeaders } from "./uniqueHeaders";

const PERSPECTIVES: readonly Perspective[] = ["financial", "customer", "process", "learning"];
const T = (en: string, zh: string) => ({ en, zh });

/** Fixed cells of the summary's values (the workbook contract names them: definedNames.ts). */
export const MATCH_CELLS = {
  coverage: { row: 6, column: 1 },
  strengthCoverage: { row: 7, column: 1 },
  weightConsistency: { row: 8, column: 1 },
  balance: { row: 9, column: 1 },
  index: { row: 10, column: 1 },
} as const;

/** The coverage table's header row (fixed: the workbook contract), below the summary (rows 6–12). */
export const OBJECTIVES_HEADER_ROW = 14;

/** The coverage table's headers: English in the table (the contract), Chinese in the caption row. */
export const OBJECTIVE_HEADERS = [T("Objective", "目标"), T("Best strength", "最强关联"), T("KPIs ≥ 3", "强关联 KPI 数"), T("Covered", "已覆盖"), T("Perspective", "维度"), T("Priority", "优先级")] as const;

/**
 * Builds the Strategy Match sheet's operations.
 * @param build the run
 * @returns the operations
 */
export function strategyMatchSheet(build: SheetBuild): SheetOps {
  const { input, lang, features } = build;
  const e = input.evaluation;
  const m = e.match;
  const w = e.settings.matchWeights;
  const ops = new SheetOps(build.sheet);
  const s = (text: { en: string; zh: string }) => safeText(say(text, lang));

  ops.grid(0, 0, [[s(LABELS.matchTitle)]]);
  titleCell(ops, 0, 0);
  ops.grid(1, 0, [[safeText(refreshedSheetLine(build, e))]]);
  ops.grid(2, 0, [[safeText(`${say(LABELS.settingsUsed, lang)}${colonOf(lang)}C ${w.coverage} · S ${w.strengthCoverage} · WC ${w.weightConsistency} · H ${w.balance}`)]]);

  // Summary: the index and its components (DOMAIN §4).
  blockHeading(ops, 4, 0);
  ops.grid(4, 0, [[s(LABELS.matchSummary), "", ""]]);
  const summary: CellOut[][] = [
    [s(T("Component", "组成部分")), s(T("Value", "数值")), s(T("Weight", "权重"))],
    [s(T("Coverage C", "覆盖率 C")), m.coverage, w.coverage],
    [s(T("Strength-weighted coverage S", "强度加权覆盖 S")), m.strengthCoverage, w.strengthCoverage],
    [s(T("Weight consistency WC", "权重一致性 WC")), m.weightConsistency, w.weightConsistency],
    [s(T("Perspective balance H", "维度平衡 H")), m.balance, w.balance],
    [s(T("Strategy Match Index (0–100)", "战略匹配指数（0–100）")), Math.round(m.index * 10) / 10, ""],
    [s(T("Band", "等级")), s(MATCH_BAND_LABELS[m.band]), ""],
  ];
  ops.grid(5, 0, summary);
  ops.numberFormats(6, 1, [[NUMBER_FORMATS.percent], [NUMBER_FORMATS.percent], [NUMBER_FORMATS.percent], [NUMBER_FORMATS.percent]]);
  addTable(ops, "matchSummary", { row: 5, column: 0, rows: summary.length, columns: 3 });

  // Perspective balance, right of the summary.
  blockHeading(ops, 4, 4);
  ops.grid(4, 4, [[s(LABELS.perspectiveWeightsBlock)]]);
  ops.grid(5, 4, [
    [s(T("Perspective", "维度")), s(T("Weight share", "权重占比")), s(T("Empty", "空缺"))],
    ...PERSPECTIVES.map((p) => [s(PERSPECTIVE_LABELS[p]), m.perspectiveWeights[p], m.emptyPerspectives.includes(p) ? s(LABELS.yes) : ""]),
  ]);
  ops.numberFormats(6, 5, PERSPECTIVES.map(() => [NUMBER_FORMATS.percent]));
  addTable(ops, "balance", { row: 5, column: 4, rows: 5, columns: 3 });

  // Coverage by objective: the contract table KpiObjectiveCoverage, fixed header row and English headers.
  const objRow = OBJECTIVES_HEADER_ROW;
  const maxStrength = e.objectives.map((_, j) => Math.max(0, ...m.matrix.map((r) => r[j] ?? 0)));
  const strongCount = e.objectives.map((_, j) => m.matrix.filter((r) => (r[j] ?? 0) >= 3).length);
  blockHeading(ops, objRow - 2, 0);
  ops.grid(objRow - 2, 0, [[s(LABELS.objectivesBlock)]]);
  const objectiveRows: CellOut[][] = e.objectives.map((o, j) => [
    safeText(o.name),
    maxStrength[j] ?? 0,
    strongCount[j] ?? 0,
    (maxStrength[j] ?? 0) >= 3 ? s(LABELS.yes) : s(LABELS.no),
    o.perspective ? s(PERSPECTIVE_LABELS[o.perspective]) : "",
    o.weight,
  ]);
  const objBody = objectiveRows.length > 0 ? objectiveRows : [["", "", "", "", "", ""]];
  if (lang === "zh") ops.grid(objRow - 1, 0, [OBJECTIVE_HEADERS.map((h) => safeText(h.zh))]);
  ops.grid(objRow, 0, [OBJECTIVE_HEADERS.map((h) => safeText(h.en)), ...objBody]);
  addTable(ops, "objectives", { row: objRow, column: 0, rows: objBody.length + 1, columns: 6 });

  // Strength matrix: one row per KPI, one column per objective (heat map).
  const matRow = objRow + objBody.length + 3;
  blockHeading(ops, matRow - 1, 0);
  ops.grid(matRow - 1, 0, [[s(LABELS.matrixBlock)]]);
  const fixed = [T("#", "序号"), T("KPI", "指标"), T("Weight share", "权重占比"), T("Importance share", "重要度占比"), T("Best strength", "最强关联"), T("Best objective", "最匹配目标"), T("Why linked", "关联依据"), T("Orphan", "孤立")].map((h) => say(h, lang));
  const header = uniqueHeaders([...fixed, ...e.objectives.map((o) => o.name)]).map((h) => safeText(h));
  const matrixRows: CellOut[][] = e.kpis.map((kpi, k) => [
    k + 1,
    safeText(kpi.name),
    tidyNumber(m.weightShare[k] ?? 0),
    tidyNumber(m.importanceShare[k] ?? 0),
    kpi.best.strength,
    safeText(kpi.best.objective ?? ""),
    safeText(kpi.best.evidence?.[lang] ?? ""),
    m.orphans.includes(k) ? s(LABELS.yes) : m.weakOnly.includes(k) ? s(T("weak only", "仅弱关联")) : "",
    ...e.objectives.map((_, j) => m.matrix[k]?.[j] ?? 0),
  ]);
  const matBody = matrixRows.length > 0 ? matrixRows : [header.map(() => "")];
  ops.grid(matRow, 0, [header, ...matBody]);
  ops.numberFormats(matRow + 1, 2, matBody.map(() => [NUMBER_FORMATS.percent, NUMBER_FORMATS.percent]));
  addTable(ops, "matrix", { row: matRow, column: 0, rows: matBody.length + 1, columns: header.length });
  strengthScale(ops, matRow + 1, fixed.length, matrixRows.length, e.objectives.length, features);
  // The title rows and column B (the matrix's KPI names) stay in view, with column A (labels, "#").
  if (features.has("freezePanes")) ops.finishSheet((ws) => ws.freezePanes.freezeAt("A1:B3"));
  // Column A holds the component labels, the objective names of the coverage block and the matrix "#".
  columnWidths(ops, 0, [170, 180, 80, 80, 90, 160, 240, 70], features);

  // Charts right of the summary and coverage blocks, from row 5, past any block (matchCharts.ts).
  strategyMatchCharts(ops, e, lang, { objectives: { row: objRow, count: objectiveRows.length }, balance: { row: 5, column: 4 }, matrix: { row: matRow, kpis: matrixRows.length } });
  // A printable page (issue 14 §3): every block and chart, the title rows on every page.
  printPage(ops, features, { area: contentArea(ops), titleRows: { first: 0, last: 2 } });
  return ops;
}
