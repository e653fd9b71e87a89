/**
 * Excel.ChartFill as a record-bag child: `setSolidColor(color)` stores `color`, `clear()` removes it
 * (back to Excel's automatic colour). Shared by series and point formats (ExcelApi 1.1).
 */
import { hostError } from "./errors";
import type { RecordBagOptions } from "./bag";

/** The `fill` child of a chart format bag. */
export const CHART_FILL: Omit<RecordBagOptions, "record" | "beforeWrite"> = {
  className: "ChartFill",
  props: [],
  methods: {
    setSolidColor: (record, [color]) => {
      if (typeof color !== "string" || color.trim() === "") throw hostError("InvalidArgument", "setSolidColor expects a color.");
      record.color = color;
    },
    clear: (record) => {
      delete record.color;
    },
  },
};
