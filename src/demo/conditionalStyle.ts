import type { CSSProperties } from "react";
import type { SheetSnapshot } from "../host";
import { rangeOf } from "./rangeOf";

type Bag = Readonly<Record<string, unknown>>;
const bag = (v: unknown): Bag => (typeof v === "object" && v !== null ? (v as Bag) : {});

function hexToRgb(hex: string): [number, number, number] | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m?.[1] && m[2] && m[3] ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

function mix(a: string, b: string, t: number): string | undefined {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  if (!x || !y) return undefined;
  const c = x.map((v, i) => Math.round(v + ((y[i] ?? v) - v) * t));
  return `rgb(${c.join(",")})`;
}

/** Fill and font of a conditional format's `format` record. */
function formatStyle(format: Bag): CSSProperties {
  const style: CSSProperties = {};
  const fill = bag(format.fill).color;
  const font = bag(format.font);
  if (typeof fill === "string") style.backgroundColor = fill;
  if (typeof font.color === "string") style.color = font.color;
  if (font.bold === true) style.fontWeight = 600;
  return style;
}

/**
 * The look the sheet's conditional formats give a cell — the subset the scorecard uses: ContainsText
 * (status fills) and three-colour ColorScale (the strength heat map). Other types are not drawn.
 * @returns CSS overriding the cell's own formats; empty when no rule applies
 */
export function conditionalStyle(sheet: SheetSnapshot, row: number, column: number, value: unknown): CSSProperties {
  let style: CSSProperties = {};
  for (const cf of [...sheet.conditionalFormats].sort((a, b) => b.priority - a.priority)) {
    const range = rangeOf(cf.address, sheet.name);
    if (!range || row < range.r0 || row > range.r1 || column < range.c0 || column > range.c1) continue;
    const settings = bag(cf.settings);
    if (cf.type === "ContainsText") {
      const tc = bag(settings.textComparison ?? settings);
      const rule = bag(tc.rule);
      const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
      const wanted = typeof rule.text === "string" ? rule.text : "";
      const hit = wanted !== "" && (rule.operator === "BeginsWith" ? text.startsWith(wanted) : rule.operator === "EndsWith" ? text.endsWith(wanted) : text.includes(wanted));
      if (hit) style = { ...style, ...formatStyle(bag(tc.format)) };
    } else if (cf.type === "ColorScale" && typeof value === "number") {
      const criteria = bag(bag(settings.colorScale ?? settings).criteria);
      const points = ["minimum", "midpoint", "maximum"]
        .map((k) => bag(criteria[k]))
        .filter((p) => typeof p.color === "string" && Number.isFinite(Number(p.formula)))
        .map((p) => ({ at: Number(p.formula), color: String(p.color) }));
      for (let i = 0; i + 1 < points.length; i++) {
        const lo = points[i];
        const hi = points[i + 1];
        if (lo && hi && value >= lo.at && value <= hi.at) {
          const fill = mix(lo.color, hi.color, hi.at === lo.at ? 0 : (value - lo.at) / (hi.at - lo.at));
          if (fill) style = { ...style, backgroundColor: fill };
          break;
        }
      }
    }
  }
  return style;
}
