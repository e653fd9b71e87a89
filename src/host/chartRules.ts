/**
 * What Excel accepts for a chart's axes, data labels, legend and bar / column group settings
 * (docs/host-rules.md "Charts"). Each check returns a problem (the host fails the sync with
 * InvalidArgument) or undefined. Sources, from the Excel JavaScript API reference:
 * https://learn.microsoft.com/javascript/api/excel/excel.chartaxis (minimum / maximum "on the value
 * axis … a numeric value or an empty string (for automatic axis values)", majorUnit, position,
 * tickLabelPosition, reversePlotOrder), excel.chartdatalabels (position), excel.chartlegend (position),
 * excel.chartseries (gapWidth: "Only valid on bar and column charts … Throws an invalid argument
 * exception on invalid charts"; overlap: "a value between -100 and 100. Applies only to 2-D bar and
 * 2-D column charts").
 */

/** Pie-like chart types: they have no axes (Excel's "Format Axis" is not offered for them). */
export const isPieType = (type: string): boolean => /pie|doughnut/i.test(type);

/** 2-D bar and column chart types (overlap applies to them only). */
export const isBarOrColumn2D = (type: string): boolean => /^(Bar|Column)(Clustered|Stacked|Stacked100)$/.test(type);

/** Bar and column types, 2-D and 3-D, and the pie-of-pie kinds: where gapWidth is valid. */
const hasGapWidth = (type: string): boolean => /^(3D)?(Bar|Column)(Clustered|Stacked|Stacked100)$/.test(type) || type === "PieOfPie" || type === "BarOfPie";

const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum"];
const TICK_LABEL_POSITIONS = ["NextToAxis", "High", "Low", "None"];
const DISPLAY_UNITS = ["None", "Hundreds", "Thousands", "TenThousands", "HundredThousands", "Millions", "TenMillions", "HundredMillions", "Billions", "Trillions"];
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner"];

/** Data label positions Excel offers per kind of chart (its "Label Position" choices). */
function labelPositions(type: string): readonly string[] {
  if (isPieType(type)) return ["Center", "InsideEnd", "OutsideEnd", "BestFit"];
  if (/^(3D)?(Bar|Column)/.test(type)) return /Stacked/.test(type) ? ["Center", "InsideEnd", "InsideBase"] : ["Center", "InsideEnd", "InsideBase", "OutsideEnd"];
  if (/^(Line|XYScatter)/.test(type)) return ["Center", "Left", "Right", "Top", "Bottom"];
  return ["Center", "InsideEnd", "InsideBase", "OutsideEnd", "Left", "Right", "Top", "Bottom", "BestFit"];
}

const isNumberOrAuto = (v: unknown): boolean => v === "" || (typeof v === "number" && Number.isFinite(v));

/**
 * Checks one axis property write.
 * @param axis which axis
 * @param chartType the chart's type
 * @param name the property
 * @param value the value written
 * @param current the axis' other settings (to compare minimum with maximum)
 * @returns a problem, or undefined when Excel accepts it
 * @example axisProblem("valueAxis", "BarClustered", "minimum", 0, { maximum: 1.2 }) // undefined
 */
export function axisProblem(axis: string, chartType: string, name: string, value: unknown, current: Readonly<Record<string, unknown>>): string | undefined {
  // Unsure: what Excel answers for a pie chart's axes; a pie has none, so the write is refused (stricter).
  if (isPieType(chartType)) return `A ${chartType} chart has no axes.`;
  switch (name) {
    case "minimum":
    case "maximum": {
      // The documentation speaks of the value axis only; a text category axis has no scale (stricter).
      if (axis !== "valueAxis") return `ChartAxis.${name} applies to the value axis.`;
      if (!isNumberOrAuto(value)) return `ChartAxis.${name} expects a number or "" (automatic).`;
      const other = name === "minimum" ? current.maximum : current.minimum;
      // Unsure: Excel's answer to a minimum at or above the maximum; refused (stricter).
      if (typeof value === "number" && typeof other === "number" && (name === "minimum" ? value >= other : value <= other)) {
        return "ChartAxis.minimum must be below ChartAxis.maximum.";
      }
      return undefined;
    }
    case "majorUnit":
    case "minorUnit":
      if (axis !== "valueAxis") return `ChartAxis.${name} applies to the value axis.`;
      return value === "" || (typeof value === "number" && Number.isFinite(value) && value > 0) ? undefined : `ChartAxis.${name} expects a number above 0 or "".`;
    case "numberFormat":
      return typeof value === "string" ? undefined : "ChartAxis.numberFormat expects text.";
    case "visible":
    case "reversePlotOrder":
      return typeof value === "boolean" ? undefined : `ChartAxis.${name} expects true or false.`;
    case "position":
      // "Custom" needs setPositionAt, which the host does not model (stricter: refused).
      return AXIS_POSITIONS.includes(String(value)) ? undefined : `ChartAxis.position expects one of ${AXIS_POSITIONS.join(", ")}.`;
    case "tickLabelPosition":
      return TICK_LABEL_POSITIONS.includes(String(value)) ? undefined : `ChartAxis.tickLabelPosition expects one of ${TICK_LABEL_POSITIONS.join(", ")}.`;
    case "displayUnit":
      return DISPLAY_UNITS.includes(String(value)) ? undefined : `ChartAxis.displayUnit expects one of ${DISPLAY_UNITS.join(", ")}.`;
    default:
      return undefined;
  }
}

/**
 * Checks one chart-level data label property write.
 * @param chartType the chart's type
 * @param name the property
 * @param value the value written
 * @returns a problem, or undefined
 * @example dataLabelProblem("BarClustered", "position", "Top") // "… expects one of Center, InsideEnd, InsideBase, OutsideEnd …"
 */
export function dataLabelProblem(chartType: string, name: string, value: unknown): string | undefined {
  if (name === "position") {
    const allowed = labelPositions(chartType);
    // Unsure: Excel may accept other positions and ignore them; refused (stricter).
    return allowed.includes(String(value)) ? undefined : `ChartDataLabels.position on a ${chartType} chart expects one of ${allowed.join(", ")}.`;
  }
  if (name === "numberFormat" || name === "separator") return typeof value === "string" ? undefined : `ChartDataLabels.${name} expects text.`;
  if (name.startsWith("show")) return typeof value === "boolean" ? undefined : `ChartDataLabels.${name} expects true or false.`;
  return undefined;
}

/**
 * Checks one legend property write.
 * @example legendProblem("position", "Bottom") // undefined
 */
export function legendProblem(name: string, value: unknown): string | undefined {
  if (name === "position") return LEGEND_POSITIONS.includes(String(value)) ? undefined : `ChartLegend.position expects one of ${LEGEND_POSITIONS.join(", ")}.`;
  if (name === "visible" || name === "overlay") return typeof value === "boolean" ? undefined : `ChartLegend.${name} expects true or false.`;
  return undefined;
}

/**
 * Checks a series group setting (gapWidth, overlap), which Excel keeps for the whole group of bars.
 * @param chartType the chart's (or the series') type
 * @param name "gapWidth" or "overlap"
 * @param value the value written
 * @returns a problem, or undefined
 * @example seriesGroupProblem("BarClustered", "overlap", 100) // undefined
 */
export function seriesGroupProblem(chartType: string, name: "gapWidth" | "overlap", value: unknown): string | undefined {
  const whole = typeof value === "number" && Number.isInteger(value);
  if (name === "gapWidth") {
    if (!hasGapWidth(chartType)) return `ChartSeries.gapWidth is not valid on a ${chartType} chart.`;
    // The range is Excel's "Gap Width" (0–500 %); Unsure: fractions are refused (stricter).
    return whole && value >= 0 && value <= 500 ? undefined : "ChartSeries.gapWidth expects a whole number from 0 to 500.";
  }
  if (!isBarOrColumn2D(chartType)) return `ChartSeries.overlap applies only to 2-D bar and column charts, not ${chartType}.`;
  return whole && value >= -100 && value <= 100 ? undefined : "ChartSeries.overlap expects a whole number from -100 to 100.";
}
