import { Button, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { KpiEvaluation, Status } from "../engine";
import type { CellTarget, EvaluateOutcome } from "../excel/port";
import { KpiCard } from "./KpiCard";
import { trendArrow, worstFirst } from "./kpiOrder";
import { STATUS_LABEL } from "./labels";
import { cellOf } from "./resultItems";
import { useLocale } from "./useLocale";

/** KPIs shown before "Show all". */
export const KPI_LIST_FIRST = 5;

/** Status as colour, icon and word (never colour alone). */
const STATUS_ICON: Readonly<Record<Status, string>> = { "On track": "✔", "At risk": "▲", "Off track": "✖", "No data": "○" };

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column" },
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto auto",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "32px",
    paddingInline: tokens.spacingHorizontalXS,
    justifyItems: "start",
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    borderRadius: 0,
  },
  name: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%", textAlign: "start" },
  status: { display: "flex", flexDirection: "column", fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  score: { fontVariantNumeric: "tabular-nums", fontWeight: tokens.fontWeightSemibold, justifySelf: "end", whiteSpace: "nowrap" },
  onTrack: { color: tokens.colorPaletteGreenForeground1 },
  atRisk: { color: tokens.colorPaletteMarigoldForeground2 },
  offTrack: { color: tokens.colorPaletteRedForeground1 },
  noData: { color: tokens.colorNeutralForeground3 },
  good: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
  more: { alignSelf: "flex-start" },
  // read by screen readers, not shown (the arrow says it on screen)
  hidden: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
});

export interface KpiListProps {
  readonly outcome: EvaluateOutcome;
  readonly onSelect: (target: CellTarget) => void;
}

/** Every KPI, worst first: name, status (colour + icon + word), score and trend arrow; a click opens its card. */
export function KpiList({ outcome, onSelect }: KpiListProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<number>();
  const sorted = worstFirst(outcome.evaluation.kpis);
  const shown = all ? sorted : sorted.slice(0, KPI_LIST_FIRST);
  const statusClass: Readonly<Record<Status, string>> = { "On track": styles.onTrack, "At risk": styles.atRisk, "Off track": styles.offTrack, "No data": styles.noData };
  const row = (kpi: KpiEvaluation) => {
    const target = cellOf(outcome, kpi.index, ["name"]);
    const trend = trendArrow(kpi);
    const score = kpi.score === undefined ? t("notAvailable") : `${Math.round(kpi.score * 100)}%`;
    const status = t(STATUS_LABEL[kpi.status]);
    const trendText = trend ? t(trend.arrow === "↑" ? "trendUp" : trend.arrow === "↓" ? "trendDown" : "trendFlat") : undefined;
    return (
      <li key={kpi.index}>
        <Button
          appearance="subtle"
          className={styles.row}
          aria-expanded={open === kpi.index}
          title={t("kpiCardToggle", { kpi: kpi.name })}
          onClick={() => setOpen(open === kpi.index ? undefined : kpi.index)}
        >
          <span className={styles.name}>{kpi.name}</span>
          <span className={mergeClasses(styles.status, statusClass[kpi.status])}>
            <span>
              <span aria-hidden="true">{STATUS_ICON[kpi.status]} </span>
              {status}
            </span>
          </span>
          <span className={styles.score}>
            {score}
            {trend && (
              <>
                <span className={styles[trend.sense]} aria-hidden="true" title={trendText}>
                  {" "}
                  {trend.arrow}
                </span>
                <span className={styles.hidden}>, {trendText}</span>
              </>
            )}
          </span>
        </Button>
        {open === kpi.index && <KpiCard kpi={kpi} evaluation={outcome.evaluation} {...(target ? { target } : {})} onSelect={onSelect} />}
      </li>
    );
  };
  return (
    <div>
      <h3 className={styles.heading}>{t("kpiListHeading", { n: sorted.length })}</h3>
      <ul className={styles.list} aria-label={t("kpiListHeading", { n: sorted.length })} data-testid="kpi-list">
        {shown.map(row)}
      </ul>
      {sorted.length > KPI_LIST_FIRST && (
        <Button appearance="transparent" size="small" className={styles.more} onClick={() => setAll(!all)}>
          {all ? t("showFewer") : t("showAll", { n: sorted.length })}
        </Button>
      )}
    </div>
  );
}
