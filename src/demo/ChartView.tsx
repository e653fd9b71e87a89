import { makeStyles, tokens } from "@fluentui/react-components";
import { displayText } from "../host/displayText";
import type { ChartData, ChartSeriesData } from "./chartData";
import { barLayout, position, textWidth, valueScale, wrapLabel, type Scale } from "./chartGeometry";

// The chart is drawn as Excel draws it on the sheet: on the sheet's white canvas with Excel's default
// chart text and gridline greys (like the grid beside it), not in the pane's theme.
const INK = "#404040";
const GRID = "#D9D9D9";
const AXIS = "#A6A6A6";
const FONT = 10;
const LINE = 12;

const useStyles = makeStyles({
  figure: { margin: 0, padding: tokens.spacingHorizontalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: "#ffffff", color: INK },
  caption: { display: "flex", justifyContent: "space-between", columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, maxWidth: "100%" },
  where: { fontSize: tokens.fontSizeBase100, fontWeight: tokens.fontWeightRegular, color: "#595959", whiteSpace: "nowrap" },
});

/** The zoom the demo draws charts at: 70 %, so charts side by side on the sheet fit side by side under its grid. */
const ZOOM = 0.7;

/** The size Excel gives the chart (points → pixels at ZOOM), within what a demo page shows. */
function pixels(data: ChartData): { w: number; h: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
  const px = (pt: number) => (pt * 4 * ZOOM) / 3;
  return { w: Math.round(clamp(px(data.size.width), 300, 900)), h: Math.round(clamp(px(data.size.height), 180, 1400)) };
}

const label = (v: number, format: string | undefined, fallback: string | undefined) => displayText(v, format ?? fallback ?? "General");

/** Legend entries (■ name), in one row for Top / Bottom, a column for Right / Left. */
function Legend({ entries, x, y, vertical }: { readonly entries: readonly { name: string; colour: string }[]; readonly x: number; readonly y: number; readonly vertical: boolean }) {
  const widths = entries.map((e) => textWidth(`■ ${e.name}`, FONT) + 14);
  const before = (i: number) => widths.slice(0, i).reduce((a, b) => a + b, 0);
  return (
    <g>
      {entries.map((e, i) => {
        const at = vertical ? { x, y: y + i * (LINE + 2) } : { x: x + before(i), y };
        return (
          <text key={i} x={at.x} y={at.y} fontSize={FONT} fill={INK}>
            <tspan fill={e.colour}>■</tspan> {e.name}
          </text>
        );
      })}
    </g>
  );
}

/**
 * A chart drawn as SVG from what the workbook stores: bars (horizontal or vertical) with the value
 * axis' bounds (bars cut at them), ticks, number format and gridlines; the category order and where its
 * labels sit; full category labels, wrapped; data labels in their number format; gap width and
 * overlap; point and series colours; the legend where the chart puts it; lines and pies.
 */
export function ChartView({ data }: { readonly data: ChartData }) {
  const styles = useStyles();
  const { w, h } = pixels(data);
  const body = h - 24;
  return (
    <figure className={styles.figure} style={{ width: w }}>
      <figcaption className={styles.caption}>
        <span>{data.title}</span>
        {/* Where the chart sits on the sheet (the demo draws charts under its grid, not over the cells). */}
        <span className={styles.where}>
          {data.anchor.from}:{data.anchor.to}
        </span>
      </figcaption>
      <svg width={w} height={body} role="img" aria-label={data.title}>
        {data.kind === "pie" ? <Pie data={data} w={w} h={body} /> : <Plot data={data} w={w} h={body} />}
      </svg>
    </figure>
  );
}

function Pie({ data, w, h }: { readonly data: ChartData; readonly w: number; readonly h: number }) {
  const slices = data.series[0];
  const values = slices?.values.map((v) => Math.max(0, v ?? 0)) ?? [];
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const ends = values.map((_, i) => (values.slice(0, i + 1).reduce((a, b) => a + b, 0) / total) * Math.PI * 2);
  const r = Math.min(h / 2 - 10, w / 3);
  const [cx, cy] = [r + 10, h / 2];
  const colour = (s: ChartSeriesData | undefined, i: number) => s?.pointColours[i] ?? s?.colour ?? INK;
  return (
    <g>
      {values.map((v, i) => {
        const a0 = i === 0 ? 0 : (ends[i - 1] ?? 0);
        const a1 = ends[i] ?? a0;
        if (v <= 0) return null;
        const large = a1 - a0 > Math.PI ? 1 : 0;
        const full = a1 - a0 >= Math.PI * 2 - 1e-9;
        const d = full
          ? `M${cx - r},${cy} a${r},${r} 0 1 0 ${2 * r},0 a${r},${r} 0 1 0 ${-2 * r},0`
          : `M${cx},${cy} L${cx + r * Math.sin(a0)},${cy - r * Math.cos(a0)} A${r},${r} 0 ${large} 1 ${cx + r * Math.sin(a1)},${cy - r * Math.cos(a1)} Z`;
        const mid = (a0 + a1) / 2;
        return (
          <g key={i}>
            <path d={d} fill={colour(slices, i)} stroke="#ffffff" />
            {data.dataLabels && (
              <text x={cx + r * 0.62 * Math.sin(mid)} y={cy - r * 0.62 * Math.cos(mid) + 4} textAnchor="middle" fontSize={FONT + 1} fill={INK}>
                {label(v, data.dataLabels.format, slices?.formats[i])}
              </text>
            )}
          </g>
        );
      })}
      {data.legend.visible && <Legend entries={data.categories.map((c, i) => ({ name: c, colour: colour(slices, i) }))} x={cx + r + 24} y={cy - (data.categories.length * (LINE + 2)) / 2} vertical />}
    </g>
  );
}

/** Bars or lines against a value axis: horizontal bars for "bar", else categories along the bottom. */
function Plot({ data, w, h }: { readonly data: ChartData; readonly w: number; readonly h: number }) {
  const horizontal = data.kind === "bar";
  const scale = valueScale(data.series.flatMap((s) => s.values), data.valueAxis);
  const n = Math.max(1, data.categories.length, ...data.series.map((s) => s.values.length));
  const legendShown = data.legend.visible;
  const entries = data.series.map((s) => ({ name: s.name, colour: s.colour }));
  const legendTop = legendShown && data.legend.position === "Top" ? LINE + 6 : 0;
  const legendBottom = legendShown && data.legend.position === "Bottom" ? LINE + 6 : 0;
  const legendRight = legendShown && (data.legend.position === "Right" || data.legend.position === "Left") ? Math.min(160, Math.max(...entries.map((e) => textWidth(`■ ${e.name}`, FONT))) + 16) : 0;
  // Without a format of its own the value axis is "linked to source": the first value cell's format.
  const tickText = (t: number) => label(t, data.valueAxis.format, data.series[0]?.formats[0]);
  // Horizontal bars: the category labels take the left of the chart, wrapped to a share of its width.
  const labelWidth = horizontal && data.categoryAxis.labels !== "None" ? Math.min(w * 0.42, Math.max(60, ...data.categories.map((c) => textWidth(c, FONT))) + 6) : 0;
  const valueLabelsAtBottom = horizontal ? (data.categoryAxis.reverse ? data.categoryAxis.crossesAtMaximum : !data.categoryAxis.crossesAtMaximum) : true;
  const axisBand = data.valueAxis.visible ? LINE + 4 : 0;
  const bandGuess = (w - 80) / n;
  const categoryLines = horizontal ? 0 : Math.min(3, Math.max(1, ...data.categories.map((c) => wrapLabel(c, bandGuess - 4, FONT).length)));
  const categoryBand = categoryLines * LINE + 6;
  const plot = {
    left: horizontal ? labelWidth + 8 : Math.max(...scale.ticks.map((t) => textWidth(tickText(t), FONT))) + 10,
    right: w - 14 - legendRight,
    top: legendTop + 8 + (horizontal && !valueLabelsAtBottom ? axisBand : 0),
    bottom: h - 4 - legendBottom - (horizontal ? (valueLabelsAtBottom ? axisBand : 0) : categoryBand),
  };
  const valueLength = horizontal ? plot.right - plot.left : plot.bottom - plot.top;
  const bandLength = (horizontal ? plot.bottom - plot.top : plot.right - plot.left) / n;
  // Along the value axis, in pixels from the plot's left (bars) or bottom (columns, lines).
  const at = (v: number) => position(v, scale, valueLength);
  // The slot of category i: Excel puts a bar chart's first category at the bottom unless the order is reversed.
  const slot = (i: number) => (horizontal ? (data.categoryAxis.reverse ? i : n - 1 - i) : data.categoryAxis.reverse ? n - 1 - i : i);
  const bars = data.series.filter((s) => s.kind === "bar");
  const layout = barLayout(bandLength, bars.length, data.gapWidth, data.overlap);
  const xy = (v: number, along: number) => (horizontal ? { x: plot.left + at(v), y: plot.top + along } : { x: plot.left + along, y: plot.bottom - at(v) });
  const cross = at(scale.cross);
  return (
    <g>
      {legendTop > 0 && <Legend entries={entries} x={plot.left} y={LINE} vertical={false} />}
      {legendBottom > 0 && <Legend entries={entries} x={plot.left} y={h - 4} vertical={false} />}
      {legendRight > 0 && <Legend entries={entries} x={w - legendRight} y={plot.top + LINE} vertical />}
      <Gridlines scale={scale} horizontal={horizontal} plot={plot} at={at} text={tickText} atBottom={valueLabelsAtBottom} visible={data.valueAxis.visible} />
      {bars.map((s, j) =>
        s.values.map((v, i) => {
          if (v === null) return null;
          const along = slot(i) * bandLength + layout.offset(j);
          const [a, b] = [Math.min(cross, at(v)), Math.max(cross, at(v))];
          return horizontal ? (
            <rect key={`${j}-${i}`} x={plot.left + a} y={plot.top + along} width={b - a} height={layout.size} fill={s.pointColours[i] ?? s.colour} />
          ) : (
            <rect key={`${j}-${i}`} x={plot.left + along} y={plot.bottom - b} width={layout.size} height={b - a} fill={s.pointColours[i] ?? s.colour} />
          );
        }),
      )}
      {data.series.map((s, j) =>
        s.kind === "line" ? (
          <polyline
            key={`l${j}`}
            fill="none"
            strokeWidth={2}
            stroke={s.colour}
            points={s.values.map((v, i) => (v === null ? null : xy(v, slot(i) * bandLength + bandLength / 2))).filter((p) => p !== null).map((p) => `${p.x},${p.y}`).join(" ")}
          />
        ) : null,
      )}
      {horizontal ? (
        <line x1={plot.left + cross} x2={plot.left + cross} y1={plot.top} y2={plot.bottom} stroke={AXIS} />
      ) : (
        <line x1={plot.left} x2={plot.right} y1={plot.bottom - cross} y2={plot.bottom - cross} stroke={AXIS} />
      )}
      <CategoryLabels data={data} horizontal={horizontal} plot={plot} band={bandLength} slot={slot} crossAt={plot.left + cross} labelWidth={labelWidth} />
      {data.dataLabels && <DataLabels data={data} bars={bars} horizontal={horizontal} plot={plot} at={at} cross={cross} along={(j, i) => slot(i) * bandLength + layout.offset(j) + layout.size / 2} w={w} />}
    </g>
  );
}

type Box = { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };

function Gridlines({ scale, horizontal, plot, at, text, atBottom, visible }: { scale: Scale; horizontal: boolean; plot: Box; at: (v: number) => number; text: (t: number) => string; atBottom: boolean; visible: boolean }) {
  return (
    <g>
      {scale.ticks.map((t) => {
        const p = at(t);
        return horizontal ? (
          <g key={t}>
            <line x1={plot.left + p} x2={plot.left + p} y1={plot.top} y2={plot.bottom} stroke={GRID} />
            {visible && (
              <text x={plot.left + p} y={atBottom ? plot.bottom + LINE : plot.top - 4} textAnchor="middle" fontSize={FONT} fill={INK}>
                {text(t)}
              </text>
            )}
          </g>
        ) : (
          <g key={t}>
            <line x1={plot.left} x2={plot.right} y1={plot.bottom - p} y2={plot.bottom - p} stroke={GRID} />
            {visible && (
              <text x={plot.left - 4} y={plot.bottom - p + 3} textAnchor="end" fontSize={FONT} fill={INK}>
                {text(t)}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Category labels in full: wrapped beside horizontal bars (at the low end, the high end or next to the axis), below columns. */
function CategoryLabels({ data, horizontal, plot, band, slot, crossAt, labelWidth }: { data: ChartData; horizontal: boolean; plot: Box; band: number; slot: (i: number) => number; crossAt: number; labelWidth: number }) {
  const where = data.categoryAxis.labels;
  if (where === "None") return null;
  return (
    <g>
      {data.categories.map((c, i) => {
        if (horizontal) {
          const lines = wrapLabel(c, labelWidth - 4, FONT);
          const x = where === "High" ? plot.right + 4 : where === "Low" ? plot.left - 6 : crossAt - 6;
          const y = plot.top + slot(i) * band + band / 2 - ((lines.length - 1) * LINE) / 2 + 3;
          return (
            <text key={i} x={x} y={y} textAnchor={where === "High" ? "start" : "end"} fontSize={FONT} fill={INK}>
              {lines.map((l, k) => (
                <tspan key={k} x={x} dy={k === 0 ? 0 : LINE}>
                  {l}
                </tspan>
              ))}
            </text>
          );
        }
        const lines = wrapLabel(c, band - 4, FONT);
        const x = plot.left + slot(i) * band + band / 2;
        return (
          <text key={i} x={x} y={plot.bottom + LINE} textAnchor="middle" fontSize={FONT} fill={INK}>
            {lines.map((l, k) => (
              <tspan key={k} x={x} dy={k === 0 ? 0 : LINE}>
                {l}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}

/** Value labels at the bars' ends (OutsideEnd, InsideEnd, Center, InsideBase), in the chart's number format. */
function DataLabels({ data, bars, horizontal, plot, at, cross, along, w }: { data: ChartData; bars: readonly ChartSeriesData[]; horizontal: boolean; plot: Box; at: (v: number) => number; cross: number; along: (j: number, i: number) => number; w: number }) {
  const where = data.dataLabels?.position ?? "OutsideEnd";
  return (
    <g>
      {bars.map((s, j) =>
        s.values.map((v, i) => {
          if (v === null) return null;
          const text = label(v, data.dataLabels?.format, s.formats[i]);
          if (text === "") return null;
          const end = at(v);
          const up = end >= cross;
          const inside = where === "InsideEnd" || where === "InsideBase";
          const base = where === "InsideBase" ? cross : where === "Center" ? (end + cross) / 2 : end;
          const sign = where === "Center" ? 0 : (up ? 1 : -1) * (inside ? -1 : 1) * (where === "InsideBase" ? -1 : 1);
          if (horizontal) {
            let x = plot.left + base + sign * 4;
            const anchor = sign === 0 ? "middle" : sign > 0 ? "start" : "end";
            // A label that would leave the chart is kept inside it (Excel keeps labels in the chart area).
            if (anchor === "start") x = Math.min(x, w - 2 - textWidth(text, FONT));
            return (
              <text key={`${j}-${i}`} x={x} y={plot.top + along(j, i) + 3} textAnchor={anchor} fontSize={FONT} fill={INK}>
                {text}
              </text>
            );
          }
          return (
            <text key={`${j}-${i}`} x={plot.left + along(j, i)} y={plot.bottom - base - sign * 4 + (sign < 0 ? 8 : 0)} textAnchor="middle" fontSize={FONT} fill={INK}>
              {text}
            </text>
          );
        }),
      )}
    </g>
  );
}
