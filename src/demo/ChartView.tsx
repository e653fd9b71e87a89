import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChartData, ChartSeriesData } from "./chartData";

const W = 420;
const H = 240;
const PAD = { left: 120, right: 12, top: 12, bottom: 28 };

const useStyles = makeStyles({
  figure: { margin: 0, padding: tokens.spacingHorizontalS, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1 },
  caption: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  text: { fontSize: "10px", fill: tokens.colorNeutralForeground2 },
  axis: { stroke: tokens.colorNeutralStroke1 },
});

const short = (s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s);
// Colours come from the workbook (chartData): they are data, like Excel's, not theme.
const colourOf = (s: ChartSeriesData | undefined): string => s?.colour ?? tokens.colorNeutralForeground3;
const pointColour = (s: ChartSeriesData | undefined, i: number): string => s?.pointColours[i] ?? colourOf(s);

/** A chart drawn simply as SVG: bars or columns (with line series on top) or a pie, in the workbook's colours. */
export function ChartView({ data }: { readonly data: ChartData }) {
  const styles = useStyles();
  const all = data.series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  const max = Math.max(0, ...all) || 1;
  const min = Math.min(0, ...all);
  const n = Math.max(1, data.categories.length, ...data.series.map((s) => s.values.length));
  const horizontal = data.kind === "bar";
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const scale = (v: number) => ((v - min) / (max - min || 1)) * (horizontal ? plotW : plotH);
  const bars = data.series.filter((s) => s.kind === "bar");
  const band = (horizontal ? plotH : plotW) / n;
  const barSize = (band * 0.8) / Math.max(1, bars.length);
  if (data.kind === "pie") {
    const slices = data.series[0];
    const values = slices?.values.map((v) => Math.max(0, v ?? 0)) ?? [];
    const total = values.reduce((a, b) => a + b, 0) || 1;
    // Start and end angle of each slice, clockwise from 12 o'clock.
    const ends = values.map((_, i) => (values.slice(0, i + 1).reduce((a, b) => a + b, 0) / total) * Math.PI * 2);
    return (
      <figure className={styles.figure}>
        <figcaption className={styles.caption}>{data.title}</figcaption>
        <svg width={W} height={H} role="img" aria-label={data.title}>
          {values.map((_, i) => {
            const a0 = i === 0 ? 0 : (ends[i - 1] ?? 0);
            const angle = ends[i] ?? a0;
            const [cx, cy, r] = [H / 2, H / 2, H / 2 - 10];
            const large = angle - a0 > Math.PI ? 1 : 0;
            const d = `M${cx},${cy} L${cx + r * Math.sin(a0)},${cy - r * Math.cos(a0)} A${r},${r} 0 ${large} 1 ${cx + r * Math.sin(angle)},${cy - r * Math.cos(angle)} Z`;
            return <path key={i} d={d} style={{ fill: pointColour(slices, i) }} />;
          })}
          {data.categories.map((c, i) => (
            <text key={i} x={H + 10} y={20 + i * 14} className={styles.text} style={{ fill: pointColour(slices, i) }}>
              ■ {short(c)}
            </text>
          ))}
        </svg>
      </figure>
    );
  }
  const zero = scale(0);
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{data.title}</figcaption>
      <svg width={W} height={H} role="img" aria-label={data.title}>
        <g transform={`translate(${horizontal ? PAD.left : PAD.left / 3},${PAD.top})`}>
          {bars.map((s, si) =>
            s.values.map((v, i) => {
              if (v === null) return null;
              const len = Math.abs(scale(v) - zero);
              const at = i * band + band * 0.1 + si * barSize;
              return horizontal ? (
                <rect key={`${si}-${i}`} x={Math.min(zero, scale(v))} y={at} width={len} height={barSize} style={{ fill: pointColour(s, i) }} />
              ) : (
                <rect key={`${si}-${i}`} x={at} y={plotH - Math.max(zero, scale(v))} width={barSize} height={len} style={{ fill: pointColour(s, i) }} />
              );
            }),
          )}
          {data.series.map((s, si) =>
            s.kind === "line" ? (
              <polyline
                key={`l${si}`}
                fill="none"
                strokeWidth={2}
                style={{ stroke: colourOf(s) }}
                points={s.values
                  .map((v, i) => (v === null ? null : horizontal ? `${scale(v)},${i * band + band / 2}` : `${i * band + band / 2},${plotH - scale(v)}`))
                  .filter((p) => p !== null)
                  .join(" ")}
              />
            ) : null,
          )}
          <line className={styles.axis} x1={horizontal ? zero : 0} y1={horizontal ? 0 : plotH - zero} x2={horizontal ? zero : plotW} y2={horizontal ? plotH : plotH - zero} />
          {data.categories.map((c, i) =>
            horizontal ? (
              <text key={i} x={-4} y={i * band + band / 2 + 3} textAnchor="end" className={styles.text}>
                {short(c)}
              </text>
            ) : (
              <text key={i} x={i * band + band / 2} y={plotH + 12} textAnchor="middle" className={styles.text}>
                {short(c).slice(0, Math.max(3, Math.floor(band / 6)))}
              </text>
            ),
          )}
        </g>
        {data.series.map((s, si) => (
          <text key={si} x={W - PAD.right - 4} y={PAD.top + 10 + si * 12} textAnchor="end" className={styles.text} style={{ fill: colourOf(s) }}>
            ■ {short(s.name)}
          </text>
        ))}
      </svg>
    </figure>
  );
}
