import type { CSSProperties } from "react";

type Format = Readonly<Record<string, unknown>>;

const ALIGN: Readonly<Record<string, CSSProperties["textAlign"]>> = { Left: "left", Center: "center", Right: "right", Justify: "justify" };

/**
 * CSS for a cell's formats as the host reports them (`fill.color`, `font.bold`, `font.color`, …).
 * Colours come from the workbook itself, so they are inline styles rather than theme tokens.
 * @param format merged column, row and cell formats
 * @param numeric right-align numbers under General alignment, as Excel does
 */
export function cellStyle(format: Format, numeric: boolean): CSSProperties {
  const style: CSSProperties = {};
  const fill = format["fill.color"];
  if (typeof fill === "string" && fill.toUpperCase() !== "#FFFFFF") style.backgroundColor = fill;
  const color = format["font.color"];
  if (typeof color === "string" && color !== "#000000") style.color = color;
  if (format["font.bold"] === true) style.fontWeight = 600;
  if (format["font.italic"] === true) style.fontStyle = "italic";
  if (format["wrapText"] === true) style.whiteSpace = "normal";
  const size = format["font.size"];
  if (typeof size === "number" && size !== 11) style.fontSize = `${size}pt`;
  const horizontal = format["horizontalAlignment"];
  const align = typeof horizontal === "string" ? ALIGN[horizontal] : undefined;
  style.textAlign = align ?? (numeric ? "right" : "left");
  return style;
}
