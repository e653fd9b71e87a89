import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { explainScore, showNumber, type Evaluation, type KpiEvaluation } from "../engine";
import type { CellTarget } from "../excel/port";
import { SIGNAL_LABEL, SMART_LABEL, SMART_LETTERS, STATUS_LABEL } from "./labels";
import { ratioText } from "./ratioText";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    marginBlock: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  line: { margin: 0, overflowWrap: "anywhere" },
  formula: { margin: 0, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  go: { alignSelf: "flex-start" },
});

export interface KpiCardProps {
  readonly kpi: KpiEvaluation;
  readonly evaluation: Evaluation;
  /** The KPI's row in its source table, when known. */
  readonly target?: CellTarget;
  readonly onSelect: (target: CellTarget) => void;
}

/**
 * Everything behind one KPI's figures (issue 14 §5): the score's arithmetic with its numbers, the
 * thresholds and where they came from, what is needed for green and amber, each SMART verdict with
 * its reason and rewrite, the match evidence, and projection, pace and signal.
 */
export function KpiCard({ kpi, evaluation, target, onSelect }: KpiCardProps) {
  const styles = useStyles();
  const { lang, t } = useLocale();
  const { inputs } = kpi;
  const { settings } = evaluation;
  const e = explainScore({ ...inputs, floor: settings.floor, cap: settings.cap });
  const n = (v: number) => showNumber(v, inputs.isPercent);
  const ownThresholds = inputs.green !== settings.green || inputs.amber !== settings.amber;
  const pace = kpi.trend.pace;
  const projection = kpi.trend.projection;
  const signal = kpi.trend.signal;
  const children = kpi.cascade?.fromChildren ? kpi.cascade.children.length : 0;
  return (
    <div className={styles.card} data-testid="kpi-card">
      <h4 className={styles.heading}>{t("cardScore")}</h4>
      {children > 0 ? (
        <p className={styles.line}>{t("cardFromChildren", { n: children, score: kpi.score === undefined ? t("notAvailable") : ratioText(kpi.score) })}</p>
      ) : e.missing ? (
        <p className={styles.line}>{e.missing[lang]}</p>
      ) : (
        <>
          <p className={styles.formula}>{e.attainment?.[lang]}</p>
          <p className={styles.formula}>{e.score?.[lang]}</p>
          <p className={styles.formula}>{e.status[lang]}</p>
        </>
      )}
      {kpi.behindPace && kpi.status !== e.statusCode && <p className={styles.line}>{t("cardBehindPace", { status: t(STATUS_LABEL[kpi.status]) })}</p>}
      <p className={styles.line}>
        {t(ownThresholds ? "cardThresholdsRow" : "cardThresholdsDefault", { green: ratioText(inputs.green), amber: ratioText(inputs.amber) })}
      </p>
      {(e.neededGreen ?? e.neededAmber) && (
        <p className={styles.line}>
          {t("cardNeeded", { green: e.neededGreen ?? t("notAvailable"), amber: e.neededAmber ?? t("notAvailable") })}
        </p>
      )}

      <h4 className={styles.heading}>{t("cardSmart", { flags: kpi.smart.flags })}</h4>
      <ul className={styles.list}>
        {SMART_LETTERS.map((letter) => {
          const c = kpi.smart.criteria[letter];
          const mark = c.state === "met" ? "✔" : c.state === "not-met" ? "✖" : "?";
          return (
            <li key={letter}>
              <span aria-hidden="true">{mark} </span>
              {t(SMART_LABEL[letter])}
              {t("labelSeparator")}
              {c.message[lang]}
            </li>
          );
        })}
      </ul>
      {kpi.smart.rewrite && <p className={styles.line}>{t("cardRewrite", { rewrite: kpi.smart.rewrite[lang] })}</p>}

      <h4 className={styles.heading}>{t("cardMatch")}</h4>
      <p className={styles.line}>
        {kpi.best.objective
          ? t("cardBestObjective", { objective: kpi.best.objective, strength: kpi.best.strength, evidence: kpi.best.evidence?.[lang] ?? t("notAvailable") })
          : t("cardNoObjective")}
      </p>

      <h4 className={styles.heading}>{t("cardTrend")}</h4>
      {projection ? (
        <p className={styles.line}>
          {t("cardProjection", {
            value: n(projection.value),
            periods: projection.periodsLeft,
            attainment: projection.attainment === undefined ? t("notAvailable") : ratioText(projection.attainment),
          })}
        </p>
      ) : (
        <p className={styles.line}>
          {kpi.trend.notes.includes("NO_DEADLINE")
            ? t("cardNoProjectionDeadline")
            : kpi.trend.notes.includes("DEADLINE_PASSED")
              ? t("cardNoProjectionPassed")
              : t("cardNoProjection", { points: kpi.trend.points })}
        </p>
      )}
      {pace && <p className={styles.line}>{t(pace.behind ? "cardPaceBehind" : "cardPaceOk", { expected: n(pace.expected) })}</p>}
      {signal && <p className={styles.line}>{t("cardSignal", { signal: t(SIGNAL_LABEL[signal.kind]) })}</p>}
      {target && (
        <Button size="small" className={styles.go} onClick={() => onSelect(target)}>
          {t("cardGoToRow")}
        </Button>
      )}
    </div>
  );
}
