/**
 * The SMART Review sheet (DOMAIN §3, §6): per KPI, each criterion with its reason (✓ met, ✗ not met,
 * ? unknown) — Relevant says which evidence linked the KPI to its objective —, the suggestions for the
 * criteria not met, a SMART rewrite of the KPI built from what its row knows, and the notes outside the
 * five (owner, data source, frequency, a passed deadline). Values from the last refresh.
 */
import { addTable, columnWidths, titleCell } from "./formats";
import { LABELS, say } from "./labels";
import { refreshLine } from "./scorecardHeader";
import { safeText } from "./safeText";
import type { SheetBuild } from "./sheetBuild";
import { SheetOps, type CellOut } from "./sheetOps";

const LETTERS = ["S", "M", "A", "R", "T"] as const;
const MARK = { met: "✓", "not-met": "✗", unknown: "?" } as const;
const HEADER_ROW = 3;

/**
 * Builds the SMART Review sheet's operations.
 * @param build the run
 * @returns the operations
 */
export function smartReviewSheet(build: SheetBuild): SheetOps {
  const { input, lang, tables, features } = build;
  const e = input.evaluation;
  const ops = new SheetOps(build.sheet);
  ops.grid(0, 0, [[safeText(say(LABELS.smartTitle, lang))]]);
  titleCell(ops, 0, 0);
  const pass = `${Math.round(e.smart.passRate * 1000) / 10}%`;
  const failing = LETTERS.map((l) => `${l} ${e.smart.failing[l]}`).join(" · ");
  ops.grid(1, 0, [[safeText(`${refreshLine(build, e)} · ${lang === "zh" ? "通过率" : "Pass rate"}: ${pass} · ${lang === "zh" ? "未满足" : "Not met"}: ${failing}`)]]);

  const header: CellOut[] = [
    say({ en: "#", zh: "序号" }, lang),
    say({ en: "KPI", zh: "指标" }, lang),
    say({ en: "SMART score", zh: "SMART 得分" }, lang),
    say({ en: "Letters", zh: "字母" }, lang),
    say({ en: "S · Specific", zh: "S · 具体" }, lang),
    say({ en: "M · Measurable", zh: "M · 可衡量" }, lang),
    say({ en: "A · Achievable", zh: "A · 可实现" }, lang),
    say({ en: "R · Relevant", zh: "R · 相关" }, lang),
    say({ en: "T · Time-bound", zh: "T · 有时限" }, lang),
    say({ en: "Suggestions", zh: "改进建议" }, lang),
    say({ en: "SMART rewrite", zh: "SMART 改写" }, lang),
    say({ en: "Notes", zh: "备注" }, lang),
  ].map((h) => safeText(h));
  const rows: CellOut[][] = e.kpis.map((kpi, k) => {
    const c = kpi.smart.criteria;
    const detail = (l: (typeof LETTERS)[number]) => {
      const d = c[l].detail;
      return d === undefined ? "" : ` (${d})`;
    };
    const suggestions = LETTERS.flatMap((l) => (c[l].state === "not-met" && c[l].suggestion ? [`${l}: ${c[l].suggestion[lang]}`] : []));
    return [
      k + 1,
      safeText(kpi.name),
      kpi.smart.score,
      safeText(kpi.smart.flags),
      ...LETTERS.map((l) => safeText(`${MARK[c[l].state]} ${c[l].message[lang]}${detail(l)}`)),
      safeText(suggestions.join(" · ")),
      safeText(kpi.smart.rewrite?.[lang] ?? ""),
      safeText(kpi.smart.notes.map((n) => n.message[lang]).join(" · ")),
    ];
  });
  const body = rows.length > 0 ? rows : [header.map(() => "")];
  ops.grid(HEADER_ROW, 0, [header, ...body]);
  addTable(ops, tables.staging("smart"), { row: HEADER_ROW, column: 0, rows: body.length + 1, columns: header.length });
  if (features.has("conditionalFormats") && rows.length > 0) {
    for (const [mark, fill, font] of [["✗", "#FFC7CE", "#9C0006"], ["?", "#EDEDED", "#595959"]] as const) {
      ops.range(HEADER_ROW + 1, 4, rows.length, 5, (range) => {
        const cf = range.conditionalFormats.add("ContainsText");
        cf.textComparison.format.fill.color = fill;
        cf.textComparison.format.font.color = font;
        cf.textComparison.rule = { operator: "BeginsWith", text: mark };
      }, mark);
    }
  }
  if (features.has("freezePanes")) ops.sheetOp((ws) => ws.freezePanes.freezeRows(HEADER_ROW + 1));
  columnWidths(ops, 0, [36, 180, 70, 60, 200, 200, 200, 200, 200, 260, 300, 220], features);
  return ops;
}
