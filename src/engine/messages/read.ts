/**
 * Messages of the table reader (DOMAIN §1), keyed by stable codes. `{cell}` is an A1-style address
 * inside the block that was read (row 1 = its first row), `{header}` the column's header text.
 */
import type { MessageTable } from "./define";

export const READ_MESSAGES = {
  NOT_A_TABLE: { severity: "error", en: "The input is not a table of cells.", zh: "输入不是单元格表格。" },
  HEADER_NOT_FOUND: {
    severity: "error",
    en: "No header row found: expected column headers such as KPI, Target, Actual, Weight in the first {rows} rows.",
    zh: "未找到表头行：前 {rows} 行中应有 指标、目标值、实际值、权重 等列标题。",
  },
  COLUMN_OVERRIDE_NOT_FOUND: { severity: "warning", en: "Column \"{column}\" given for {role} was not found.", zh: "为 {role} 指定的列“{column}”不存在。" },
  DUPLICATE_COLUMN: { severity: "info", en: "Column {cell} \"{header}\" also looks like {role}; the first such column is used and this one is kept as an extra column.", zh: "列 {cell}“{header}”也像是 {role}；已使用第一个此类列，此列作为附加列保留。" },
  NAME_COLUMN_GUESSED: { severity: "info", en: "No KPI name column recognised; column {cell} \"{header}\" is used as the name.", zh: "未识别到指标名称列；使用列 {cell}“{header}”作为名称。" },
  NAME_MISSING: { severity: "warning", en: "Row {row} has data but no KPI name.", zh: "第 {row} 行有数据但没有指标名称。" },
  TOTAL_ROW_SKIPPED: { severity: "info", en: "Row {row} (\"{text}\") is a totals row, not a KPI; it was skipped.", zh: "第 {row} 行（“{text}”）是合计行，不是指标，已跳过。" },
  NUMBER_UNREADABLE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is not a number.", zh: "单元格 {cell}（{header}）：“{text}”不是数字。" },
  CELL_ERROR: { severity: "warning", en: "Cell {cell} ({header}) holds the error {text}.", zh: "单元格 {cell}（{header}）包含错误值 {text}。" },
  BOOLEAN_NOT_NUMBER: { severity: "warning", en: "Cell {cell} ({header}): {text} is TRUE/FALSE, not a number.", zh: "单元格 {cell}（{header}）：{text} 是逻辑值，不是数字。" },
  PERCENT_POINTS_ASSUMED: {
    severity: "info",
    en: "Cell {cell} ({header}): {text} read as {text}% in a percentage row or column.",
    zh: "单元格 {cell}（{header}）：在百分比行或列中，{text} 按 {text}% 读取。",
  },
  TARGET_VAGUE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is not a target value; give a number (SMART Measurable is not met).", zh: "单元格 {cell}（{header}）：“{text}”不是目标值；请给出具体数值（SMART 可衡量未达标）。" },
  TARGET_FROM_MULTIPLE: { severity: "info", en: "Cell {cell} ({header}): \"{text}\" read as that multiple of the baseline.", zh: "单元格 {cell}（{header}）：“{text}”按基线的相应倍数读取。" },
  TARGET_MULTIPLE_NO_BASELINE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is a multiple of the baseline, but the row has no baseline.", zh: "单元格 {cell}（{header}）：“{text}”是基线的倍数，但该行没有基线。" },
  BAND_REVERSED: { severity: "info", en: "Cell {cell} ({header}): band \"{text}\" was written high to low; read as low to high.", zh: "单元格 {cell}（{header}）：区间“{text}”由高到低书写，已按由低到高读取。" },
  DEADLINE_VAGUE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is not a date.", zh: "单元格 {cell}（{header}）：“{text}”不是日期。" },
  DEADLINE_UNREADABLE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" could not be read as a date or period.", zh: "单元格 {cell}（{header}）：无法将“{text}”读取为日期或期间。" },
  DIRECTION_UNREADABLE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is not a direction (higher / lower / on target / range).", zh: "单元格 {cell}（{header}）：“{text}”不是指标方向（越高越好 / 越低越好 / 适中 / 区间）。" },
  DIRECTION_INFERRED: { severity: "info", en: "\"{name}\": direction lower-is-better inferred from the name.", zh: "“{name}”：根据名称推断为越低越好。" },
  DIRECTION_ASSUMED: { severity: "info", en: "\"{name}\": no direction given; higher-is-better assumed.", zh: "“{name}”：未给出方向，按越高越好处理。" },
  FREQUENCY_UNREADABLE: { severity: "warning", en: "Cell {cell} ({header}): \"{text}\" is not a frequency (monthly, quarterly …).", zh: "单元格 {cell}（{header}）：“{text}”不是频率（每月、每季度 …）。" },
  PERSPECTIVE_UNKNOWN: { severity: "info", en: "Cell {cell} ({header}): \"{text}\" is not one of the four perspectives; kept as written.", zh: "单元格 {cell}（{header}）：“{text}”不属于四个维度之一，按原文保留。" },
  ACTUAL_FROM_HISTORY: { severity: "info", en: "\"{name}\": no actual given; the latest period value ({period}) is used.", zh: "“{name}”：未给出实际值，使用最近一期（{period}）的数值。" },
  PERIOD_TARGETS_READ: {
    severity: "info",
    en: "{count} per-period target column(s) read (\"{first}\" … \"{last}\"): pace and the deadline's target use them.",
    zh: "已读取 {count} 个分期目标列（“{first}”…“{last}”）：进度与截止期目标按分期目标计算。",
  },
  PERIOD_TARGET_IGNORED: {
    severity: "info",
    en: "Column {cell} \"{header}\" is a target for a period that already has one, or of another cadence than the other period targets: kept as an extra column.",
    zh: "列 {cell}“{header}”所对应的期间已有目标，或其周期与其他分期目标不同：作为附加列保留。",
  },
  HISTORY_REORDERED: { severity: "info", en: "Period columns were not oldest first; they were read in date order.", zh: "期间列不是按从早到晚排列，已按日期顺序读取。" },
} as const satisfies MessageTable;

/** A code of the reader's message table. */
export type ReadCode = keyof typeof READ_MESSAGES;
