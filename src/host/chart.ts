/**
 * Excel.Chart and Excel.ChartCollection: type, source data, series, title, axes, legend, data
 * labels and position. A new chart is 360 × 216 pt at the sheet's top-left (the caller is expected
 * to position it; Excel itself centres it in the visible window, over whatever is there).
 */
import { recordBag, type BagObject } from "./bag";
import { assertUnprotected } from "./cellWrite";
import { ChartSeriesCollection } from "./chartSeries";
import { CHART_TYPES } from "./chartTypes";
import { hostError } from "./errors";
import { columnPosToPoints, pointsToColumnPos, pointsToRowPos, rowPosToPoints } from "./geometry";
import type { RangeTarget } from "./lookup";
import { addressOf } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientObject } from "./proxy";
import { resolveRangeArgument } from "./range";
import { WorksheetProxy } from "./worksheet";
import { deriveSeries } from "./chartSource";
import { axisProblem, dataLabelProblem, legendProblem } from "./chartRules";
import type { ChartModel } from "./workbookModel";

const AXIS_PROPS = ["minimum", "maximum", "majorUnit", "minorUnit", "visible", "numberFormat", "displayUnit", "reversePlotOrder", "position", "tickLabelPosition"];

export function assertChartType(type: unknown): string {
  if (typeof type !== "string" || !CHART_TYPES.includes(type)) throw hostError("InvalidArgument", `"${String(type)}" is not a chart type.`);
  return type;
}

/** The chart's box in points, from its cell anchor. */
export function chartBox(chart: ChartModel): { top: number; left: number; width: number; height: number } {
  const { sheet, anchor } = chart;
  const top = rowPosToPoints(sheet, anchor.r0);
  const left = columnPosToPoints(sheet, anchor.c0);
  return { top, left, width: columnPosToPoints(sheet, anchor.c1) - left, height: rowPosToPoints(sheet, anchor.r1) - top };
}

/** Anchors a chart to the cells under a box given in points. */
export function placeChart(chart: ChartModel, box: { top: number; left: number; width: number; height: number }): void {
  const { sheet } = chart;
  chart.anchor = {
    r0: pointsToRowPos(sheet, box.top),
    c0: pointsToColumnPos(sheet, box.left),
    r1: pointsToRowPos(sheet, box.top + box.height),
    c1: pointsToColumnPos(sheet, box.left + box.width),
  };
}

/** Excel.Chart. */
export class ChartProxy extends ClientObject<ChartModel> {
  protected readonly className = "Chart";
  private bags = new Map<string, BagObject>();

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => ChartModel | null,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.markNullable();
    for (const prop of ["top", "left", "width", "height"] as const) {
      Object.defineProperty(this, prop, {
        enumerable: true,
        get: () => this.get<unknown>(prop),
        set: (value: unknown) =>
          this.queueSet(prop, value, (chart) => {
            assertUnprotected(chart.sheet);
            if (typeof value !== "number" || !Number.isFinite(value) || value < 0) throw hostError("InvalidArgument", `Chart.${prop} expects a number ≥ 0.`);
            placeChart(chart, { ...chartBox(chart), [prop]: value });
          }),
      });
    }
  }

  protected resolve(): ChartModel | null {
    return this.locate();
  }

  protected override isGone(chart: ChartModel): boolean {
    return chart.deleted;
  }

  protected loadable(): readonly string[] {
    return ["name", "id", "chartType", "top", "left", "width", "height"];
  }

  protected readProperty(name: string, chart: ChartModel): unknown {
    if (name === "top" || name === "left" || name === "width" || name === "height") return chartBox(chart)[name];
    return (chart as unknown as Record<string, unknown>)[name];
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.queueSet("name", value, (chart) => {
      assertUnprotected(chart.sheet);
      if (typeof value !== "string" || value.trim() === "") throw hostError("InvalidArgument", "A chart name cannot be blank.");
      // Unsure whether Excel allows two charts with one name on a sheet; we refuse (stricter).
      if (chart.sheet.charts.some((c) => c !== chart && c.name.toLowerCase() === value.toLowerCase())) {
        throw hostError("ItemAlreadyExists", `A chart named "${value}" already exists on ${chart.sheet.name}.`);
      }
      chart.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get chartType(): string {
    return this.get("chartType");
  }
  set chartType(value: string) {
    this.queueSet("chartType", value, (chart) => {
      assertUnprotected(chart.sheet);
      chart.chartType = assertChartType(value);
    });
  }

  private bag(name: string, make: () => BagObject): BagObject {
    let bag = this.bags.get(name);
    if (!bag) {
      bag = make();
      this.bags.set(name, bag);
    }
    return bag;
  }

  private recordOf(key: "title" | "legend" | "axes" | "dataLabels"): () => Record<string, unknown> {
    return () => this.required()[key];
  }

  get title(): BagObject {
    return this.bag("title", () =>
      recordBag(this.context, `${this.path}.title`, {
        className: "ChartTitle",
        props: ["text", "visible", "overlay"],
        record: this.recordOf("title"),
        beforeWrite: () => assertUnprotected(this.required().sheet),
        defaults: { text: "", visible: true, overlay: false },
      }),
    );
  }

  get legend(): BagObject {
    return this.bag("legend", () =>
      recordBag(this.context, `${this.path}.legend`, {
        className: "ChartLegend",
        props: ["visible", "position", "overlay"],
        record: this.recordOf("legend"),
        beforeWrite: () => assertUnprotected(this.required().sheet),
        validate: (name, value) => legendProblem(name, value),
        defaults: { visible: true, position: "Right", overlay: false },
      }),
    );
  }

  get dataLabels(): BagObject {
    return this.bag("dataLabels", () =>
      recordBag(this.context, `${this.path}.dataLabels`, {
        className: "ChartDataLabels",
        props: ["showValue", "showPercentage", "showCategoryName", "showSeriesName", "showLegendKey", "position", "numberFormat"],
        record: this.recordOf("dataLabels"),
        beforeWrite: () => assertUnprotected(this.required().sheet),
        validate: (name, value) => dataLabelProblem(this.required().chartType, name, value),
      }),
    );
  }

  get axes(): BagObject {
    const title = { className: "ChartAxisTitle", props: ["text", "visible"], defaults: { text: "", visible: false } };
    // Each axis checks what it is given against the chart's type and its own other settings (chartRules.ts).
    const axis = (which: string) => ({
      className: "ChartAxis",
      props: AXIS_PROPS,
      defaults: { visible: true },
      validate: (name: string, value: unknown) => {
        const chart = this.required();
        const current = (chart.axes[which] ?? {}) as Record<string, unknown>;
        return axisProblem(which, chart.chartType, name, value, current);
      },
      children: { title },
    });
    return this.bag("axes", () =>
      recordBag(this.context, `${this.path}.axes`, {
        className: "ChartAxes",
        props: [],
        record: this.recordOf("axes"),
        beforeWrite: () => assertUnprotected(this.required().sheet),
        children: { valueAxis: axis("valueAxis"), categoryAxis: axis("categoryAxis"), seriesAxis: axis("seriesAxis") },
      }),
    );
  }

  private seriesCollection: ChartSeriesCollection | undefined;
  private worksheetObject: WorksheetProxy | undefined;

  get series(): ChartSeriesCollection {
    this.seriesCollection ??= new ChartSeriesCollection(this.context, `${this.path}.series`, () => this.required());
    return this.seriesCollection;
  }

  get worksheet(): WorksheetProxy {
    this.worksheetObject ??= new WorksheetProxy(this.context, `${this.path}.worksheet`, () => this.required().sheet);
    return this.worksheetObject;
  }

  protected override navigation(name: string): ClientObject | undefined {
    const table: Record<string, () => ClientObject> = {
      title: () => this.title,
      legend: () => this.legend,
      axes: () => this.axes,
      dataLabels: () => this.dataLabels,
      series: () => this.series,
      worksheet: () => this.worksheet,
    };
    return table[name]?.();
  }

  protected override navigationNames(): readonly string[] {
    return ["title", "legend", "axes", "dataLabels"];
  }

  /** Places the chart over cells: from the start cell's top-left to the end cell's bottom-right. */
  setPosition(startCell: unknown, endCell?: unknown): void {
    this.queueMethod("setPosition", endCell === undefined ? [startCell] : [startCell, endCell], (chart) => {
      assertUnprotected(chart.sheet);
      const here: RangeTarget = { sheet: chart.sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      const start = resolveRangeArgument(this.context, startCell, here);
      const end = endCell === undefined ? null : resolveRangeArgument(this.context, endCell, here);
      if (start.sheet !== chart.sheet || (end && end.sheet !== chart.sheet)) {
        throw hostError("InvalidArgument", "setPosition cells must be on the chart's worksheet.");
      }
      const box = chartBox(chart);
      const top = rowPosToPoints(chart.sheet, start.rect.r0);
      const left = columnPosToPoints(chart.sheet, start.rect.c0);
      if (end) chart.anchor = { r0: start.rect.r0, c0: start.rect.c0, r1: end.rect.r1 + 1, c1: end.rect.c1 + 1 };
      else placeChart(chart, { top, left, width: box.width, height: box.height });
    });
  }

  /** Replaces the source data and re-derives the series. */
  setData(sourceData: unknown, seriesBy?: string): void {
    this.queueMethod("setData", [sourceData, seriesBy ?? "Auto"], (chart) => {
      assertUnprotected(chart.sheet);
      const source = resolveRangeArgument(this.context, sourceData, { sheet: chart.sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } });
      const { series, by } = deriveSeries(this.context.runtime, source, seriesBy ?? "Auto");
      chart.source = addressOf(source);
      chart.seriesBy = by;
      chart.series = series;
    });
  }

  delete(): void {
    this.queueMethod("delete", [], (chart) => {
      assertUnprotected(chart.sheet);
      chart.deleted = true;
      chart.sheet.charts = chart.sheet.charts.filter((c) => c !== chart);
    });
  }

  activate(): void {
    this.queueMethod("activate", [], () => undefined);
  }
}
