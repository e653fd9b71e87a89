/**
 * Excel.ChartPointsCollection, Excel.ChartPoint and Excel.ChartPointFormat (all ExcelApi 1.1;
 * `getCount` 1.4). A series has one point per cell of its values range. A point's format holds a
 * fill (`setSolidColor`, `clear`), stored on the series model by point index; the border (1.7) and
 * data labels (1.7) are not modelled.
 * Source: https://learn.microsoft.com/javascript/api/excel/excel.chartpointscollection
 */
import { parseAddress, rectSize } from "./address";
import { recordBag, type BagObject } from "./bag";
import { assertUnprotected } from "./cellWrite";
import { CHART_FILL } from "./chartFill";
import { hostError } from "./errors";
import { call, findSheet } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import type { ChartModel, ChartSeriesModel } from "./workbookModel";

type SeriesTarget = { chart: ChartModel; series: ChartSeriesModel };
type PointTarget = SeriesTarget & { index: number };

/** Number of points of a series: the cells of its values range (0 when it has none). */
export function pointCount(series: ChartSeriesModel): number {
  const parsed = series.values === null ? undefined : parseAddress(series.values);
  if (!parsed) return 0;
  const { rows, cols } = rectSize(parsed.rect);
  return rows * cols;
}

/** Excel.ChartPoint. */
export class ChartPointProxy extends ClientObject<PointTarget> {
  protected readonly className = "ChartPoint";
  private formatBag: BagObject | undefined;

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => PointTarget | null,
  ) {
    super(context, path);
  }

  protected resolve(): PointTarget | null {
    return this.locate();
  }

  protected override isGone(t: PointTarget): boolean {
    return t.chart.deleted || !t.chart.series.includes(t.series) || t.index >= pointCount(t.series);
  }

  protected loadable(): readonly string[] {
    return ["value"];
  }

  /** `value`: the point's cell value (read from the chart's sheet when the named sheet is gone). */
  protected readProperty(_name: string, { chart, series, index }: PointTarget): unknown {
    const parsed = series.values === null ? undefined : parseAddress(series.values);
    if (!parsed) return null;
    const sheet = (parsed.sheet === undefined ? undefined : findSheet(this.context.runtime.model, parsed.sheet)) ?? chart.sheet;
    const { cols } = rectSize(parsed.rect);
    const r = parsed.rect.r0 + Math.floor(index / cols);
    const c = parsed.rect.c0 + (index % cols);
    return this.context.runtime.engine.values(sheet.hfId, { r0: r, r1: r, c0: c, c1: c })[0]?.[0] ?? null;
  }

  get value(): unknown {
    return this.get("value");
  }

  /** Point format: `fill` (setSolidColor, clear). */
  get format(): BagObject {
    this.formatBag ??= recordBag(this.context, `${this.path}.format`, {
      className: "ChartPointFormat",
      props: [],
      record: () => {
        const { series, index } = this.required();
        series.points ??= {};
        return (series.points[String(index)] ??= {});
      },
      beforeWrite: () => assertUnprotected(this.required().chart.sheet),
      children: { fill: CHART_FILL },
    });
    return this.formatBag;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "format" ? this.format : undefined;
  }
}

/** Excel.ChartPointsCollection of one series. */
export class ChartPointsCollection extends ClientCollection<ChartPointProxy, PointTarget> {
  protected readonly className = "ChartPointsCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly owner: () => SeriesTarget,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): PointTarget[] {
    const { chart, series } = this.owner();
    return Array.from({ length: pointCount(series) }, (_, index) => ({ chart, series, index }));
  }

  protected itemFor(target: PointTarget, index: number): ChartPointProxy {
    return new ChartPointProxy(this.context, `${this.path}.getItemAt(${index})`, () => target);
  }

  /** The point at a 0-based index; an index outside the series fails with ItemNotFound at sync. */
  getItemAt(index: number): ChartPointProxy {
    return new ChartPointProxy(this.context, `${this.path}.${call("getItemAt", [index])}`, () => {
      const found = Number.isInteger(index) ? this.resolve()[index] : undefined;
      if (!found) throw hostError("ItemNotFound", `The series has no point at index ${String(index)}.`);
      return found;
    });
  }
}
