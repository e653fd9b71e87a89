/** How a chart's source range splits into series (Excel's "Auto", "Columns", "Rows"). */
import type { Rect } from "./address";
import { hostError } from "./errors";
import type { RangeTarget } from "./lookup";
import { addressOf } from "./lookup";
import type { HostRuntime } from "./proxy";
import type { ChartSeriesModel } from "./workbookModel";

/** Splits a source range into series the way Excel's "Auto" does (headers and categories when they are text). */
export function deriveSeries(runtime: HostRuntime, source: RangeTarget, seriesBy: string): { series: ChartSeriesModel[]; by: string } {
  const { sheet, rect } = source;
  const values = runtime.engine.values(sheet.hfId, rect);
  const rows = rect.r1 - rect.r0 + 1;
  const cols = rect.c1 - rect.c0 + 1;
  const by = seriesBy === "Auto" ? (rows >= cols ? "Columns" : "Rows") : seriesBy;
  if (by !== "Columns" && by !== "Rows") throw hostError("InvalidArgument", `seriesBy "${seriesBy}" is not valid.`);
  const at = (i: number, j: number): unknown => (by === "Columns" ? values[i]?.[j] : values[j]?.[i]);
  const [length, count] = by === "Columns" ? [rows, cols] : [cols, rows];
  const headerLine = Array.from({ length: count }, (_, k) => at(0, k)).some((v) => typeof v === "string" && v !== "");
  const categoryLine = count > 1 && Array.from({ length: length - (headerLine ? 1 : 0) }, (_, i) => at(i + (headerLine ? 1 : 0), 0)).some((v) => typeof v === "string");
  const first = headerLine ? 1 : 0;
  const slice = (k: number): Rect =>
    by === "Columns" ? { r0: rect.r0 + first, r1: rect.r1, c0: rect.c0 + k, c1: rect.c0 + k } : { r0: rect.r0 + k, r1: rect.r0 + k, c0: rect.c0 + first, c1: rect.c1 };
  const series: ChartSeriesModel[] = [];
  for (let k = categoryLine ? 1 : 0; k < count; k++) {
    series.push({
      name: headerLine ? String(at(0, k)) : `Series${series.length + 1}`,
      values: addressOf({ sheet, rect: slice(k) }),
      xValues: categoryLine ? addressOf({ sheet, rect: slice(0) }) : null,
      chartType: null,
      axisGroup: "Primary",
      hasDataLabels: false,
      format: {},
    });
  }
  return { series, by };
}
