import { Button, Checkbox, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { StoredState } from "../excel/port";
import type { PaneActions, PaneState } from "./usePane";
import { ratioText } from "./ratioText";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr) 4.5em", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  text: { margin: 0 },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  figure: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

type Team = NonNullable<StoredState["company"]>[number];

export interface CompanyPanelProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
}

/**
 * The Company roll-up (issue 13 §6): pick the team KPI tables, name and weight each, and roll their
 * totals up into a company score on the Company roll-up sheet. Names and weights are kept in the
 * workbook when "keep in the workbook" is on.
 */
export function CompanyPanel({ state, actions }: CompanyPanelProps) {
  const styles = useStyles();
  const { lang, t } = useLocale();
  const tables = state.detection?.kpiTables ?? [];
  const saved = state.stored.company ?? [];
  const [teams, setTeams] = useState(() =>
    tables.map((table) => {
      const kept = saved.find((s) => s.table.address === table.ref.address);
      return { table: table.ref, name: kept?.name ?? table.ref.sheet, weight: kept?.weight === undefined ? "1" : String(kept.weight), on: saved.length === 0 || kept !== undefined };
    }),
  );
  const chosen = teams.filter((team) => team.on);
  const run = () => {
    const list: Team[] = chosen.map((team) => {
      const weight = Number(team.weight);
      return { table: team.table, name: team.name.trim() || team.table.sheet, ...(team.weight.trim() !== "" && Number.isFinite(weight) && weight >= 0 ? { weight } : {}) };
    });
    void actions.evaluateCompany(list);
  };
  const result = state.company;
  return (
    <>
      <p className={styles.hint}>{t("companyHint")}</p>
      {teams.map((team, i) => {
        const n = i + 1;
        const update = (patch: Partial<(typeof teams)[number]>) => setTeams((list) => list.map((x, j) => (j === i ? { ...x, ...patch } : x)));
        return (
          <div key={team.table.address} className={styles.row}>
            <Checkbox aria-label={t("companyInclude", { table: team.table.address })} checked={team.on} onChange={(_, d) => update({ on: d.checked === true })} />
            <Input aria-label={t("companyTeamName", { n })} value={team.name} onChange={(_, d) => update({ name: d.value })} />
            <Input aria-label={t("companyTeamWeight", { n })} inputMode="decimal" value={team.weight} onChange={(_, d) => update({ weight: d.value })} />
          </div>
        );
      })}
      <Button appearance="primary" disabled={chosen.length < 2 || state.busy} onClick={run}>
        {t("companyRun", { n: chosen.length })}
      </Button>
      {result && (
        <div data-testid="company-result">
          <p className={styles.text}>{t("companyScore")}</p>
          <p className={styles.figure}>{result.rollUp.total === undefined ? t("notAvailable") : ratioText(result.rollUp.total)}</p>
          <ul className={styles.list}>
            {result.rollUp.teams.map((team) => (
              <li key={team.name}>
                {t("companyTeamLine", { team: team.name, score: team.total === undefined ? t("notAvailable") : ratioText(team.total), share: ratioText(team.share) })}
              </li>
            ))}
          </ul>
          {result.rollUp.issues.map((issue, i) => (
            <p key={i} className={styles.hint}>
              {issue.message[lang]}
            </p>
          ))}
          {result.notes.map((note, i) => (
            <p key={`note-${i}`} className={styles.hint}>
              {note[lang]}
            </p>
          ))}
          <p className={styles.hint}>{t("companyWritten", { sheet: result.sheet, sheets: result.teams.map((team) => team.sheets.scorecard).join(t("listSeparator")) })}</p>
        </div>
      )}
    </>
  );
}
