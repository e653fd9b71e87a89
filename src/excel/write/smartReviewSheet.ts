/**
 * The SMART Review sheet (DOMAIN §3, §6): per KPI, each criterion with its reason (✓ met, ✗ not met,
 * ? unknown) — Relevant says which evidence linked the KPI to its objective —, the suggestions for the
 * criteria not met, a SMART rewrite of the KPI built from what its row knows, and the notes outside the
 * five (owner, data source, frequency, a passed deadline). Values from the last refresh.
 */
import { addTable, columnWidths, titleCell } from "./formats";
import { LABELS, colonOf, say } from "./labels";
import { contentArea, printPage } from "./pageSetup";
import { refreshedSheetLine } from "./scorecardHeader";
import { safeText } from "./safeText";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps, type CellOut } from "./sheetOps";

const LETTERS = ["S", "M", "A", "R", "T"] as const;
const MARK = { met: "✓", "not-met": "✗", unknown: "?" } as const;
/** The table's header row (fixed: the workbook contract). */
export const SMART_HEADER_ROW = 4;

/** The pass rate's fixed cell (row, column): the workbook contract names it KPI_SmartPassRate. */
export const SMART_PASS_CELL = { row: 2, column: 1 } as const;
const HEADER_ROW = SMART_HEADER_ROW;

export const SMART_HEADERS = [
  { en: "#", zh: "序号" },
  { en: "KPI", zh: "指标" },
  { en: "SMART score", zh: "SMART 得分" },
  { en: "Letters", zh: "字母" },
  { en: "S · Specific", zh: "S · 具体" },
  { en: "M · Measurable", zh: "M · 可衡量" },
  { en: "A · Achievable", zh: "A · 可实现" },
  { en: "R · Relevant", zh: "R · 相关" },
  { en: "T · Time-bound", zh: "T · 有时限" },
  { en: "Suggestions", zh: "改进建议" },
  { en: "SMART rewrite", zh: "SMART 改写" },
  { en: "Notes", zh: "备注" },
] as const;

/**
 * Builds the SMART Review sheet's operations.
 * @param build the run
 * @returns the operations
 */
export function smartReviewSheet(build: SheetBuild): SheetOps {
  const { input, lang, features } = build;
  const e = input.evaluation;
  const ops = new SheetOps(build.sheet);
  ops.grid(0, 0, [[safeText(say(LABELS.smartTitle, lang))]]);
  titleCell(ops, 0, 0);
  const pass = `${Math.round(e.smart.passRate * 1000) / 10}%`;
  const failing = LETTERS.map((l) => `${l} ${e.smart.failing[l]}`).join(" · ");
  const colon = colonOf(lang);
  ops.grid(1, 0, [[safeText(`${refreshedSheetLine(build, e)} · ${lang === "zh" ? "通过率" : "Pass rate"}${colon}${pass} · ${lang === "zh" ? "未满足" : "Not met"}${colon}${failing}`)]]);
  // Headline at fixed cells: pass rate (share of KPIs meeting all five) and the KPI count.
  ops.grid(SMART_PASS_CELL.row, 0, [[safeText(lang === "zh" ? "SMART 通过率" : "SMART pass rate"), e.smart.passRate, safeText(lang === "zh" ? "KPI 数" : "KPIs"), e.kpis.length]]);
  ops.range(SMART_PASS_CELL.row, SMART_PASS_CELL.column, 1, 1, (r) => {
    r.numberFormat = [["0.0%"]];
  }, 1);

  // Fixed English headers (the contract); Chinese in the caption row above.
  const header: CellOut[] = SMART_HEADERS.map((h) => safeText(h.en));
  if (lang === "zh") ops.grid(HEADER_ROW - 1, 0, [SMART_HEADERS.map((h) => safeText(h.zh))]);
  const rows: CellOut[][] = e.kpis.map((kpi, k) => {
    const c = kpi.smart.criteria;
    const suggestions = LETTERS.flatMap((l) => (c[l].state === "not-met" && c[l].suggestion ? [`${l}: ${c[l].suggestion[lang]}`] : []));
    return [
      k + 1,
      safeText(kpi.name),
      kpi.smart.score,
      safeText(kpi.smart.flags),
      ...LETTERS.map((l) => safeText(`${MARK[c[l].state]} ${c[l].message[lang]}`)),
      safeText(suggestions.join(" · ")),
      safeText(kpi.smart.rewrite?.[lang] ?? ""),
      safeText(kpi.smart.notes.map((n) => n.message[lang]).join(" · ")),
    ];
  });
  const body = rows.length > 0 ? rows : [header.map(() => "")];
  ops.grid(HEADER_ROW, 0, [header, ...body]);
  addTable(ops, "smart", { row: HEADER_ROW, column: 0, rows: body.length + 1, columns: header.length });
  if (features.has("conditionalFormats") && rows.length > 0) {
    for (const [mark, fill, font] of [["✗", "#FFC7CE", "#9C0006"], ["?", "#EDEDED", "#595959"]] as const) {
      ops.finishRange(HEADER_ROW + 1, 4, rows.length, 5, (range) => {
        const cf = range.conditionalFormats.add("ContainsText");
        cf.textComparison.format.fill.color = fill;
        cf.textComparison.format.font.color = font;
        cf.textComparison.rule = { operator: "BeginsWith", text: mark };
      }, mark);
    }
  }
  // The title rows, the header row and the KPI column (# and KPI) stay in view.
  if (features.has("freezePanes")) ops.finishSheet((ws) => ws.freezePanes.freezeAt(`A1:B${HEADER_ROW + 1}`));
  columnWidths(ops, 0, [36, 180, 70, 60, 200, 200, 200, 200, 200, 260, 300, 220], features);
  // A printable page (issue 14 §3): the whole review, rows 1 to the header row on every page. No
  // outline here: every column is the review itself, none is technical.
  printPage(ops, features, { area: contentArea(ops), titleRows: { first: 0, last: HEADER_ROW } });
  return ops;
}
