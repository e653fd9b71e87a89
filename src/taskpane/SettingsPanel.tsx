import { Button, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { DEFAULT_SETTINGS, type Lang } from "../engine";
import { isoToSerial, serialToIso } from "./excelDate";
import type { PaneActions, PaneState } from "./usePane";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  invalid: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

export interface SettingsPanelProps {
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly onNotice: (text: string) => void;
}

type NumberField = "green" | "amber" | "floor" | "cap";
const FIELDS: readonly { key: NumberField; label: "settingsGreen" | "settingsAmber" | "settingsFloor" | "settingsCap" }[] = [
  { key: "green", label: "settingsGreen" },
  { key: "amber", label: "settingsAmber" },
  { key: "floor", label: "settingsFloor" },
  { key: "cap", label: "settingsCap" },
];

/** Status thresholds, score floor and cap, as-of date and language; saved in the workbook. */
export function SettingsPanel({ state, actions, onNotice }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const id = useId();
  const saved = state.stored.settings ?? {};
  const [numbers, setNumbers] = useState<Record<NumberField, string>>(() => ({
    green: String(saved.green ?? DEFAULT_SETTINGS.green),
    amber: String(saved.amber ?? DEFAULT_SETTINGS.amber),
    floor: String(saved.floor ?? DEFAULT_SETTINGS.floor),
    cap: String(saved.cap ?? DEFAULT_SETTINGS.cap),
  }));
  const [asOf, setAsOf] = useState(saved.asOf !== undefined ? serialToIso(saved.asOf) : "");
  const [language, setLanguage] = useState<Lang | "office">(state.stored.language ?? "office");
  const values = { green: Number(numbers.green), amber: Number(numbers.amber), floor: Number(numbers.floor), cap: Number(numbers.cap) };
  const valid = Object.values(numbers).every((v) => v.trim() !== "" && Number.isFinite(Number(v))) && values.amber <= values.green && values.floor <= values.cap && values.cap > 0;
  const save = async () => {
    const serial = isoToSerial(asOf);
    const { asOf: _previous, ...base } = saved;
    const settings = serial === undefined ? { ...base, ...values } : { ...base, ...values, asOf: serial };
    const patch = { settings, language: language === "office" ? undefined : language };
    if (await actions.save(patch)) onNotice(t("saved"));
  };
  return (
    <>
      <div className={styles.grid}>
        {FIELDS.map((f) => (
          <div key={f.key} className={styles.field}>
            <label htmlFor={`${id}-${f.key}`}>{t(f.label)}</label>
            <Input id={`${id}-${f.key}`} type="number" step={0.05} value={numbers[f.key]} onChange={(_, d) => setNumbers((n) => ({ ...n, [f.key]: d.value }))} />
          </div>
        ))}
        <div className={styles.field}>
          <label htmlFor={`${id}-asof`}>{t("settingsAsOf")}</label>
          <Input id={`${id}-asof`} type="date" value={asOf} placeholder={t("settingsAsOfHint")} onChange={(_, d) => setAsOf(d.value)} />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-lang`}>{t("settingsLanguage")}</label>
          <Select id={`${id}-lang`} value={language} onChange={(_, d) => setLanguage(d.value as Lang | "office")}>
            <option value="office">{t("languageOffice")}</option>
            <option value="en">{t("languageEn")}</option>
            <option value="zh">{t("languageZh")}</option>
          </Select>
        </div>
      </div>
      {!valid && <p className={styles.invalid}>{t("settingsInvalid")}</p>}
      <Button appearance="primary" disabled={!valid} onClick={() => void save()}>
        {t("settingsSave")}
      </Button>
    </>
  );
}
