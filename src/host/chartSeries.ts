/** Excel.ChartSeries and Excel.ChartSeriesCollection. */
import { recordBag, type BagObject } from "./bag";
import { assertUnprotected } from "./cellWrite";
import { CHART_FILL } from "./chartFill";
import { ChartPointsCollection } from "./chartPoints";
import { CHART_TYPES } from "./chartTypes";
import { seriesGroupProblem } from "./chartRules";
import { hostError } from "./errors";
import { addressOf, call } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection, ClientObject } from "./proxy";
import { resolveRangeArgument } from "./range";
import type { ChartModel, ChartSeriesModel } from "./workbookModel";

type SeriesTarget = { chart: ChartModel; series: ChartSeriesModel };

/** Excel.ChartSeries. */
export class ChartSeriesProxy extends ClientObject<SeriesTarget> {
  protected readonly className = "ChartSeries";
  private formatBag: BagObject | undefined;
  private pointsCollection: ChartPointsCollection | undefined;

  constructor(
    context: BatchContext,
    path: string,
    private readonly locate: () => SeriesTarget | null,
  ) {
    super(context, path);
  }

  protected resolve(): SeriesTarget | null {
    return this.locate();
  }

  protected override isGone(t: SeriesTarget): boolean {
    return t.chart.deleted || !t.chart.series.includes(t.series);
  }

  protected loadable(): readonly string[] {
    return ["name", "chartType", "axisGroup", "hasDataLabels", "gapWidth", "overlap"];
  }

  protected readProperty(name: string, { chart, series }: SeriesTarget): unknown {
    if (name === "chartType") return series.chartType ?? chart.chartType;
    // Excel's defaults for a clustered bar or column chart: gap 150 %, no overlap.
    if (name === "gapWidth") return series.gapWidth ?? 150;
    if (name === "overlap") return series.overlap ?? 0;
    return (series as unknown as Record<string, unknown>)[name];
  }

  private setter(name: string, value: unknown, check: (v: unknown) => boolean, apply: (s: ChartSeriesModel) => void): void {
    this.queueSet(name, value, ({ chart, series }) => {
      assertUnprotected(chart.sheet);
      if (!check(value)) throw hostError("InvalidArgument", `ChartSeries.${name}: invalid value.`);
      apply(series);
    });
  }

  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.setter("name", value, (v) => typeof v === "string", (s) => (s.name = value));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  set chartType(value: string) {
    this.setter("chartType", value, (v) => typeof v === "string" && CHART_TYPES.includes(v), (s) => (s.chartType = value));
  }
  get axisGroup(): string {
    return this.get("axisGroup");
  }
  set axisGroup(value: string) {
    this.setter("axisGroup", value, (v) => v === "Primary" || v === "Secondary", (s) => (s.axisGroup = value as "Primary" | "Secondary"));
  }
  get gapWidth(): number {
    return this.get("gapWidth");
  }
  /** Gap between groups of bars; a setting of the whole group, so every series of the chart gets it. */
  set gapWidth(value: number) {
    this.groupSetter("gapWidth", value);
  }
  get overlap(): number {
    return this.get("overlap");
  }
  /** Overlap of the group's bars (100: drawn on top of each other); every series of the chart gets it. */
  set overlap(value: number) {
    this.groupSetter("overlap", value);
  }

  private groupSetter(name: "gapWidth" | "overlap", value: number): void {
    this.queueSet(name, value, ({ chart, series }) => {
      assertUnprotected(chart.sheet);
      const problem = seriesGroupProblem(series.chartType ?? chart.chartType, name, value);
      if (problem !== undefined) throw hostError("InvalidArgument", problem);
      for (const s of chart.series) if ((s.chartType ?? chart.chartType) === (series.chartType ?? chart.chartType)) s[name] = value;
    });
  }

  get hasDataLabels(): boolean {
    return this.get("hasDataLabels");
  }
  set hasDataLabels(value: boolean) {
    this.setter("hasDataLabels", value, (v) => typeof v === "boolean", (s) => (s.hasDataLabels = value));
  }

  /** Series format: fill (setSolidColor, clear) and line (color, lineStyle, weight). */
  get format(): BagObject {
    this.formatBag ??= recordBag(this.context, `${this.path}.format`, {
      className: "ChartSeriesFormat",
      props: [],
      record: () => this.required().series.format,
      beforeWrite: () => assertUnprotected(this.required().chart.sheet),
      children: {
        fill: CHART_FILL,
        line: { className: "ChartLineFormat", props: ["color", "lineStyle", "weight"] },
      },
    });
    return this.formatBag;
  }

  /** The series' points, one per value cell (ExcelApi 1.1). */
  get points(): ChartPointsCollection {
    this.pointsCollection ??= new ChartPointsCollection(this.context, `${this.path}.points`, () => this.required());
    return this.pointsCollection;
  }

  protected override navigation(name: string): ClientObject | undefined {
    return name === "format" ? this.format : name === "points" ? this.points : undefined;
  }

  setValues(sourceData: unknown): void {
    this.queueMethod("setValues", [sourceData], ({ chart, series }) => {
      assertUnprotected(chart.sheet);
      series.values = addressOf(resolveRangeArgument(this.context, sourceData, null));
    });
  }

  setXAxisValues(sourceData: unknown): void {
    this.queueMethod("setXAxisValues", [sourceData], ({ chart, series }) => {
      assertUnprotected(chart.sheet);
      series.xValues = addressOf(resolveRangeArgument(this.context, sourceData, null));
    });
  }

  delete(): void {
    this.queueMethod("delete", [], ({ chart, series }) => {
      assertUnprotected(chart.sheet);
      chart.series = chart.series.filter((s) => s !== series);
    });
  }
}

/** Excel.ChartSeriesCollection. */
export class ChartSeriesCollection extends ClientCollection<ChartSeriesProxy, SeriesTarget> {
  protected readonly className = "ChartSeriesCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly chart: () => ChartModel,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): SeriesTarget[] {
    const chart = this.chart();
    return chart.series.map((series) => ({ chart, series }));
  }

  protected itemFor(target: SeriesTarget, index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.getItemAt(${index})`, () => target);
  }

  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, `${this.path}.${call("getItemAt", [index])}`, () => {
      const found = this.resolve()[index];
      if (!found) throw hostError("ItemNotFound", `The chart has no series at index ${index}.`);
      return found;
    });
  }

  add(name?: string, index?: number): ChartSeriesProxy {
    let added: SeriesTarget | null = null;
    this.queueMethod("add", [name ?? null, index ?? null], (chartSeries) => {
      const chart = this.chart();
      assertUnprotected(chart.sheet);
      const series: ChartSeriesModel = {
        name: name ?? `Series${chart.series.length + 1}`,
        values: null,
        xValues: null,
        chartType: null,
        axisGroup: "Primary",
        hasDataLabels: false,
        format: {},
        // A new series joins the chart's group of bars, with its gap and overlap.
        ...(chart.series[0]?.gapWidth === undefined ? {} : { gapWidth: chart.series[0].gapWidth }),
        ...(chart.series[0]?.overlap === undefined ? {} : { overlap: chart.series[0].overlap }),
      };
      const at = index === undefined ? chart.series.length : Math.max(0, Math.min(index, chart.series.length));
      chart.series.splice(at, 0, series);
      added = { chart, series };
      void chartSeries;
    });
    return new ChartSeriesProxy(this.context, `${this.path}.${call("add", [name ?? null])}`, () => added);
  }
}
