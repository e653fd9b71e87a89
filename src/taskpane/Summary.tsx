import { makeStyles, tokens } from "@fluentui/react-components";
import { STATUSES, type Evaluation } from "../engine";
import { BAND_LABEL, STATUS_LABEL } from "./labels";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalM, margin: 0 },
  figure: { display: "flex", flexDirection: "column", margin: 0 },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  value: { margin: 0, fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  note: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, margin: 0, padding: 0, listStyleType: "none" },
  line: { margin: 0 },
  countsHeading: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightRegular },
});

const pct = (v: number | undefined, na: string) => (v === undefined || !Number.isFinite(v) ? na : `${Math.round(v * 100)}%`);

/** The headline figures of an evaluation: overall score, Strategy Match Index with band, counts by status, SMART pass rate. */
export function Summary({ evaluation }: { readonly evaluation: Evaluation }) {
  const styles = useStyles();
  const { t } = useLocale();
  const na = t("notAvailable");
  const { total, match } = evaluation;
  const comp = (v: number) => `${Math.round(v * 100)}%`;
  return (
    <>
      <dl className={styles.figures}>
        <div className={styles.figure}>
          <dt className={styles.label}>{t("overallScore")}</dt>
          <dd className={styles.value} data-testid="overall-score">{pct(total.value, na)}</dd>
          <dd className={styles.note}>{total.mode === "weighted" ? t("totalWeighted", { n: total.scored }) : total.mode === "equal" ? t("totalEqual", { n: total.scored }) : ""}</dd>
        </div>
        <div className={styles.figure}>
          <dt className={styles.label}>{t("matchIndex")}</dt>
          <dd className={styles.value} data-testid="match-index">
            {Math.round(match.index)} · {t(BAND_LABEL[match.band])}
          </dd>
          <dd className={styles.note}>
            {t("matchComponents", { c: comp(match.coverage), s: comp(match.strengthCoverage), w: comp(match.weightConsistency), h: comp(match.balance) })}
          </dd>
        </div>
      </dl>
      <p className={styles.line}>
        {t("smartPassRate")}
        {t("labelSeparator")}
        <strong data-testid="smart-pass-rate">{pct(evaluation.smart.passRate, na)}</strong>
      </p>
      <h3 className={styles.countsHeading}>{t("statusCounts")}</h3>
      <ul className={styles.counts}>
        {STATUSES.map((s) => (
          <li key={s}>
            {t(STATUS_LABEL[s])}
            {t("labelSeparator")}
            <strong>{evaluation.counts[s]}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}
