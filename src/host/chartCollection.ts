/** Excel.ChartCollection of one worksheet. */
import { assertUnprotected } from "./cellWrite";
import { ChartProxy, assertChartType, placeChart } from "./chart";
import { deriveSeries } from "./chartSource";
import { hostError } from "./errors";
import { addressOf, call } from "./lookup";
import type { BatchContext } from "./proxy";
import { ClientCollection } from "./proxy";
import { resolveRangeArgument } from "./range";
import type { ChartModel, SheetModel } from "./workbookModel";
import { nextModelId } from "./workbookModel";

/** Excel.ChartCollection of one worksheet. */
export class ChartCollection extends ClientCollection<ChartProxy, ChartModel> {
  protected readonly className = "ChartCollection";

  constructor(
    context: BatchContext,
    path: string,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, path);
  }

  protected override loadable(): readonly string[] {
    return ["count"];
  }

  protected resolve(): ChartModel[] {
    return [...this.sheet().charts];
  }

  protected itemFor(chart: ChartModel): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.getItem(${JSON.stringify(chart.name)})`, () => chart);
  }

  add(type: string, sourceData: unknown, seriesBy?: string): ChartProxy {
    let created: ChartModel | null = null;
    this.queueMethod("add", [type, sourceData, seriesBy ?? "Auto"], () => {
      const sheet = this.sheet();
      assertUnprotected(sheet);
      const chartType = assertChartType(type);
      const source = resolveRangeArgument(this.context, sourceData, { sheet, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } });
      const { series, by } = deriveSeries(this.context.runtime, source, seriesBy ?? "Auto");
      let n = sheet.charts.length + 1;
      while (sheet.charts.some((c) => c.name === `Chart ${n}`)) n++;
      const chart: ChartModel = {
        id: nextModelId(this.context.runtime.model),
        name: `Chart ${n}`,
        sheet,
        chartType,
        source: addressOf(source),
        seriesBy: by,
        anchor: { r0: 0, c0: 0, r1: 0, c1: 0 },
        title: {},
        legend: {},
        axes: {},
        dataLabels: {},
        series,
        deleted: false,
      };
      placeChart(chart, { top: 0, left: 0, width: 360, height: 216 });
      sheet.charts.push(chart);
      created = chart;
    });
    return new ChartProxy(this.context, `${this.path}.${call("add", [type])}`, () => created);
  }

  private byName(name: string): ChartModel | undefined {
    return this.sheet().charts.find((c) => c.name.toLowerCase() === name.toLowerCase());
  }

  getItem(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.${call("getItem", [name])}`, () => {
      const found = this.byName(name);
      if (!found) throw hostError("ItemNotFound", `There is no chart named "${name}".`);
      return found;
    });
  }

  getItemOrNullObject(name: string): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.${call("getItemOrNullObject", [name])}`, () => this.byName(name) ?? null, true).requireApi(
      "ChartCollection.getItemOrNullObject",
    );
  }

  getItemAt(index: number): ChartProxy {
    return new ChartProxy(this.context, `${this.path}.${call("getItemAt", [index])}`, () => {
      const found = this.sheet().charts[index];
      if (!found) throw hostError("ItemNotFound", `There is no chart at index ${index}.`);
      return found;
    });
  }
}
