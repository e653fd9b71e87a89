import { Button, Checkbox, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Objective, Perspective } from "../engine";
import { PERSPECTIVE_LABEL, PERSPECTIVES } from "./labels";
import type { PaneActions, PaneState } from "./usePane";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  row: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) 4.5em minmax(0, 0.8fr) auto", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
});

export interface StrategyEditorProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly onNotice: (text: string) => void;
}

/**
 * Objectives: the workbook's strategy table, or typed here with priority weights and perspectives.
 * Typed objectives apply to the next Evaluate (blank names left out); "keep in the workbook" saves them then.
 */
export function StrategyEditor({ state, actions }: StrategyEditorProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const [objectives, setObjectivesState] = useState<Objective[]>(() => [...state.effective.objectives]);
  const pickId = useId();
  const tables = state.detection?.strategyTables ?? [];
  const useTable = state.strategy.kind === "table";
  const chosen = state.strategy.kind === "table" ? state.strategy.table.ref.address : "typed";
  const setObjectives = (change: (list: Objective[]) => Objective[]) => {
    const next = change(objectives);
    setObjectivesState(next);
    actions.setDraft({ objectives: next.filter((o) => o.name.trim() !== "").map((o) => ({ ...o, name: o.name.trim() })) });
  };
  const update = (i: number, patch: Partial<Objective>) => setObjectives((list) => list.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={pickId}>{t("strategySource")}</label>
        <Select id={pickId} value={chosen} onChange={(_, d) => actions.setStrategyPick(d.value)}>
          {tables.map((table) => (
            <option key={table.ref.address} value={table.ref.address}>
              {t("strategyFromTable", { name: table.ref.name, sheet: table.ref.sheet, count: table.rowCount })}
            </option>
          ))}
          <option value="typed">{t("strategyTyped")}</option>
        </Select>
      </div>
      {tables.length === 0 && <p className={styles.text}>{t("strategyNone")}</p>}
      {!useTable && (
        <>
          <p className={styles.text}>{t("strategyTyped")}</p>
          {objectives.map((o, i) => {
            const n = i + 1;
            return (
              <div key={i} className={styles.row}>
                <Input aria-label={t("objectiveName", { n })} value={o.name} onChange={(_, d) => update(i, { name: d.value })} />
                <Input
                  aria-label={t("objectiveWeight", { n })}
                  type="number"
                  min={0}
                  value={String(o.weight)}
                  onChange={(_, d) => update(i, { weight: Number(d.value) >= 0 ? Number(d.value) : 1 })}
                />
                <Select
                  aria-label={t("objectivePerspective", { n })}
                  value={o.perspective ?? ""}
                  onChange={(_, d) => update(i, { perspective: d.value === "" ? undefined : (d.value as Perspective) })}
                >
                  <option value="">{t("perspectiveNone")}</option>
                  {PERSPECTIVES.map((p) => (
                    <option key={p} value={p}>
                      {t(PERSPECTIVE_LABEL[p])}
                    </option>
                  ))}
                </Select>
                <Button aria-label={t("objectiveRemove", { n })} appearance="subtle" onClick={() => setObjectives((list) => list.filter((_, j) => j !== i))}>
                  ✕
                </Button>
              </div>
            );
          })}
          <div className={styles.buttons}>
            <Button onClick={() => setObjectives((list) => [...list, { name: "", weight: 1 }])}>{t("objectiveAdd")}</Button>
          </div>
          <Checkbox checked={state.keep} onChange={(_, d) => actions.setKeep(d.checked === true)} label={t("keepInWorkbook")} />
        </>
      )}
    </>
  );
}
