/**
 * Range.format: fill, font, alignment, wrap, column width, row height, autofit. Reads return the
 * value when uniform over the range and null when mixed (as Excel does).
 * Widths and heights are in points; autofit approximates Excel's measure (7 px per character,
 * CJK characters count double, plus 10 px padding; 0.75 pt per px).
 */
import { MAX_COLUMNS } from "./address";
import { BagObject } from "./bag";
import { formatAt, setFormat, uniformFormat } from "./cellFormats";
import { assertUnprotected } from "./cellWrite";
import { displayText } from "./displayText";
import { hostError } from "./errors";
import type { RangeTarget } from "./lookup";
import type { BatchContext } from "./proxy";
import type { FormatValue, SheetModel } from "./workbookModel";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./workbookModel";

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];
const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;

function validate(prop: string, value: unknown): FormatValue {
  const fail = (why: string): never => {
    throw hostError("InvalidArgument", `format ${prop}: ${why}`);
  };
  switch (prop) {
    case "fill.color":
    case "font.color":
      if (typeof value !== "string" || !COLOR.test(value)) fail("expects a color such as #RRGGBB.");
      return value as string;
    case "font.bold":
    case "font.italic":
    case "wrapText":
      if (typeof value !== "boolean") fail("expects true or false.");
      return value as boolean;
    case "font.size":
      if (typeof value !== "number" || value < 1 || value > 409) fail("expects a size between 1 and 409.");
      return value as number;
    case "font.name":
    case "font.underline":
      if (typeof value !== "string" || value.length === 0) fail("expects a name.");
      return value as string;
    case "horizontalAlignment":
      if (typeof value !== "string" || !HORIZONTAL.includes(value)) fail(`expects one of ${HORIZONTAL.join(", ")}.`);
      return value as string;
    case "verticalAlignment":
      if (typeof value !== "string" || !VERTICAL.includes(value)) fail(`expects one of ${VERTICAL.join(", ")}.`);
      return value as string;
    default:
      return fail("is not supported.");
  }
}

function columnsOf(t: RangeTarget): number[] {
  const last = Math.min(t.rect.c1, t.rect.c0 + MAX_COLUMNS - 1);
  const out: number[] = [];
  for (let c = t.rect.c0; c <= last; c++) out.push(c);
  return out;
}

function uniform(values: number[]): number | null {
  const first = values[0];
  return first !== undefined && values.every((v) => v === first) ? first : null;
}

function textWidth(text: string): number {
  let units = 0;
  for (const ch of text) units += /[\u1100-\uffdc]/.test(ch) ? 2 : 1;
  return units;
}

function autofitColumns(context: BatchContext, t: RangeTarget): void {
  const used = context.runtime.engine.usedRect(t.sheet.hfId);
  if (!used) return;
  const r0 = Math.max(used.r0, t.rect.r0);
  const r1 = Math.min(used.r1, t.rect.r1);
  const c0 = Math.max(used.c0, t.rect.c0);
  const c1 = Math.min(used.c1, t.rect.c1);
  if (r0 > r1 || c0 > c1) return;
  const values = context.runtime.engine.values(t.sheet.hfId, { r0, r1, c0, c1 });
  for (let c = c0; c <= c1; c++) {
    let widest = 0;
    values.forEach((row, i) => {
      const v = row[c - c0] ?? "";
      const text = displayText(v, String(formatAt(t.sheet, r0 + i, c, "numberFormat")));
      widest = Math.max(widest, textWidth(text));
    });
    if (widest > 0) t.sheet.columnWidths.set(c, Math.round((widest * 7 + 10) * 0.75 * 100) / 100);
  }
  context.runtime.stats.autofits++;
}

function setColumnWidth(sheet: SheetModel, cols: number[], width: number): void {
  for (const c of cols) {
    if (width === DEFAULT_COLUMN_WIDTH) sheet.columnWidths.delete(c);
    else sheet.columnWidths.set(c, width);
  }
}

/** Creates the Range.format object for a range. */
export function createRangeFormat(context: BatchContext, path: string, locate: () => RangeTarget): BagObject {
  const cellBag = (className: string, prefix: string, props: string[], methods?: Record<string, (args: unknown[]) => void>) =>
    (childPath: string): BagObject =>
      new BagObject(context, childPath, {
        className,
        props,
        resolve: locate,
        read: (name) => {
          const t = locate();
          return uniformFormat(t.sheet, t.rect, `${prefix}${name}`);
        },
        write: (name, value) => {
          const t = locate();
          assertUnprotected(t.sheet);
          setFormat(t.sheet, t.rect, `${prefix}${name}`, validate(`${prefix}${name}`, value));
        },
        ...(methods ? { methods } : {}),
      });
  return new BagObject(context, path, {
    className: "RangeFormat",
    props: ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"],
    resolve: locate,
    read: (name) => {
      const t = locate();
      if (name === "columnWidth") return uniform(columnsOf(t).map((c) => t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH));
      if (name === "rowHeight") {
        const rows = Math.min(t.rect.r1 - t.rect.r0 + 1, 100_000);
        return uniform(Array.from({ length: rows }, (_, i) => t.sheet.rowHeights.get(t.rect.r0 + i) ?? DEFAULT_ROW_HEIGHT));
      }
      return uniformFormat(t.sheet, t.rect, name);
    },
    write: (name, value) => {
      const t = locate();
      assertUnprotected(t.sheet);
      if (name === "columnWidth" || name === "rowHeight") {
        if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > 1800) {
          throw hostError("InvalidArgument", `format ${name} expects a number of points between 0 and 1800.`);
        }
        if (name === "columnWidth") setColumnWidth(t.sheet, columnsOf(t), value);
        else for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100_000); r++) t.sheet.rowHeights.set(r, value);
        return;
      }
      setFormat(t.sheet, t.rect, name, validate(name, value));
    },
    children: {
      fill: cellBag("RangeFill", "fill.", ["color"], {
        clear: () => {
          const t = locate();
          assertUnprotected(t.sheet);
          setFormat(t.sheet, t.rect, "fill.color", undefined);
        },
      }),
      font: cellBag("RangeFont", "font.", ["bold", "italic", "color", "size", "name", "underline"]),
    },
    methods: {
      autofitColumns: () => {
        const t = locate();
        assertUnprotected(t.sheet);
        autofitColumns(context, t);
      },
      autofitRows: () => {
        const t = locate();
        assertUnprotected(t.sheet);
        context.runtime.stats.autofits++;
      },
    },
  });
}
