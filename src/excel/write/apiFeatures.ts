/**
 * The Excel API requirement set of each feature the writer uses, as a data table. Baseline
 * features end in a clear UNSUPPORTED_API error when missing; optional ones are skipped and
 * reported in `WriteResult.notes`. Versions from the Excel JavaScript API reference
 * (learn.microsoft.com/javascript/api/excel — each member's "API set" line) and
 * learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets.
 */
import type { Bilingual } from "../../engine";

export type WriteFeature =
  | "settings"
  | "nullObjects"
  | "protection"
  | "columnWidth"
  | "conditionalFormats"
  | "suspendCalculation"
  | "freezePanes"
  | "chartSeries"
  | "chartAxisFormat"
  | "chartPointColours"
  | "tabColor"
  | "copyFrom"
  | "tableResize"
  | "pageLayout"
  | "outline";

export interface FeatureSpec {
  readonly set: "ExcelApi";
  readonly version: string;
  /** Baseline features are required; the others are skipped when unsupported. */
  readonly required: boolean;
  /** What is lost when an optional feature is skipped. */
  readonly skipped: Bilingual;
}

export const WRITE_FEATURES: Readonly<Record<WriteFeature, FeatureSpec>> = {
  // workbook.settings (1.4): where we record which sheets are ours.
  settings: { set: "ExcelApi", version: "1.4", required: true, skipped: { en: "", zh: "" } },
  // getItemOrNullObject / isNullObject (1.4).
  nullObjects: { set: "ExcelApi", version: "1.4", required: true, skipped: { en: "", zh: "" } },
  // worksheet.protection (1.2): a protected sheet of ours is refused before anything is written.
  protection: { set: "ExcelApi", version: "1.2", required: true, skipped: { en: "", zh: "" } },
  // range.format.columnWidth (1.2).
  columnWidth: {
    set: "ExcelApi",
    version: "1.2",
    required: false,
    skipped: { en: "Column widths were left at Excel's default (ExcelApi 1.2 not supported).", zh: "列宽保持默认（不支持 ExcelApi 1.2）。" },
  },
  // range.conditionalFormats (1.6): status fills, score icons, the strength heat map.
  conditionalFormats: {
    set: "ExcelApi",
    version: "1.6",
    required: false,
    skipped: { en: "Status colours, score icons and the heat map were skipped (ExcelApi 1.6 not supported).", zh: "未添加状态颜色、得分图标和热力图（不支持 ExcelApi 1.6）。" },
  },
  // application.suspendApiCalculationUntilNextSync (1.6).
  suspendCalculation: {
    set: "ExcelApi",
    version: "1.6",
    required: false,
    skipped: { en: "Calculation was not suspended while writing (ExcelApi 1.6 not supported); the write may be slower.", zh: "写入时未暂停计算（不支持 ExcelApi 1.6），速度可能较慢。" },
  },
  // worksheet.freezePanes (1.7).
  freezePanes: {
    set: "ExcelApi",
    version: "1.7",
    required: false,
    skipped: { en: "Header rows were not frozen (ExcelApi 1.7 not supported).", zh: "未冻结标题行（不支持 ExcelApi 1.7）。" },
  },
  // Chart layout of ExcelApi 1.7 (charts.ts): series.delete (columns of a source that are not plotted),
  // series.gapWidth, categoryAxis.reversePlotOrder (KPIs top-down as in the table) and
  // categoryAxis.tickLabelPosition (labels clear of bars below zero).
  chartSeries: {
    set: "ExcelApi",
    version: "1.7",
    required: false,
    skipped: { en: "Charts were drawn in Excel's default layout: KPIs bottom-up, labels beside the zero line (ExcelApi 1.7 not supported).", zh: "图表使用 Excel 默认布局：指标自下而上排列，标签位于零线旁（不支持 ExcelApi 1.7）。" },
  },
  // Chart formats of ExcelApi 1.8 (charts.ts): valueAxis.numberFormat and dataLabels.numberFormat (% labels),
  // categoryAxis.position (the value axis kept at the bottom) and series.overlap (the variance chart's
  // better / worse bars on one line).
  chartAxisFormat: {
    set: "ExcelApi",
    version: "1.8",
    required: false,
    skipped: { en: "Chart axes and labels use Excel's default number formats (ExcelApi 1.8 not supported).", zh: "图表坐标轴和数据标签使用 Excel 默认数字格式（不支持 ExcelApi 1.8）。" },
  },
  // series.points.getItemAt(i).format.fill.setSolidColor (1.1): status colours on the status chart.
  chartPointColours: {
    set: "ExcelApi",
    version: "1.1",
    required: false,
    skipped: { en: "The status chart uses Excel's default colours (ExcelApi 1.1 chart points not supported).", zh: "状态图表使用 Excel 默认颜色（不支持 ExcelApi 1.1 图表数据点）。" },
  },
  // worksheet.tabColor (1.7).
  tabColor: { set: "ExcelApi", version: "1.7", required: false, skipped: { en: "", zh: "" } },
  // range.copyFrom (1.9): the staged content is copied onto the managed sheets in the last sync.
  copyFrom: { set: "ExcelApi", version: "1.9", required: true, skipped: { en: "", zh: "" } },
  // table.resize (1.13): tables keep their identity as KPIs are added and removed. Without it, a
  // table that changes size is re-created, and the refresh says so (writeEvaluation.ts).
  tableResize: { set: "ExcelApi", version: "1.13", required: false, skipped: { en: "", zh: "" } },
  // worksheet.pageLayout (1.9): landscape, one page wide, title rows, print area (pageSetup.ts). The
  // manifest's minimum (manifest.xml: ExcelApi 1.9): below it copyFrom already refuses the write, so the
  // gate never skips in practice; it keeps the page setup optional should that minimum ever go down.
  pageLayout: {
    set: "ExcelApi",
    version: "1.9",
    required: false,
    skipped: { en: "The sheets were not set up for printing (ExcelApi 1.9 not supported).", zh: "未设置工作表的打印格式（不支持 ExcelApi 1.9）。" },
  },
  // range.group / ungroup and worksheet.showOutlineLevels (1.10): the Scorecard's detail and technical
  // columns in collapsible outline groups (pageSetup.ts).
  outline: {
    set: "ExcelApi",
    version: "1.10",
    required: false,
    skipped: {
      en: "The Scorecard's detail and technical columns were not grouped into collapsible outlines (ExcelApi 1.10 not supported).",
      zh: "计分卡的明细列和技术列未分组为可折叠的大纲（不支持 ExcelApi 1.10）。",
    },
  },
};
