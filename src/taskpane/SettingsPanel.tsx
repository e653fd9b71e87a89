import { Checkbox, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { DEFAULT_SETTINGS } from "../engine";
import { isoToSerial, serialToIso } from "./excelDate";
import { parseRatio, ratioText } from "./ratioText";
import type { LanguageChoice, PaneActions, PaneState } from "./usePane";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalS, alignItems: "end" },
  field: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  invalid: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  hint: { color: tokens.colorNeutralForeground3, margin: 0, fontSize: tokens.fontSizeBase200 },
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

type Ratios = Record<NumberField, number>;

/** Why a set of thresholds cannot be used, or undefined when it can. */
function problem(values: Partial<Ratios>): "settingsNotNumber" | "settingsInvalid" | undefined {
  const { green, amber, floor, cap } = values;
  if (green === undefined || amber === undefined || floor === undefined || cap === undefined) return "settingsNotNumber";
  return amber <= green && floor <= cap && cap > 0 ? undefined : "settingsInvalid";
}

/**
 * Status thresholds, score floor and cap (shown and typed as percents), as-of date and language. Each
 * change applies to the next Evaluate; "keep in the workbook" saves them then (issue 14 §1).
 */
export function SettingsPanel({ state, actions }: SettingsPanelProps) {
  const styles = useStyles();
  const { t } = useLocale();
  const id = useId();
  const current = state.effective.settings ?? {};
  const [texts, setTexts] = useState<Record<NumberField, string>>(() => ({
    green: ratioText(current.green ?? DEFAULT_SETTINGS.green),
    amber: ratioText(current.amber ?? DEFAULT_SETTINGS.amber),
    floor: ratioText(current.floor ?? DEFAULT_SETTINGS.floor),
    cap: ratioText(current.cap ?? DEFAULT_SETTINGS.cap),
  }));
  const [asOf, setAsOf] = useState(current.asOf !== undefined ? serialToIso(current.asOf) : "");
  const parsed = (from: Record<NumberField, string>): Partial<Ratios> => {
    const out: Partial<Ratios> = {};
    for (const f of FIELDS) {
      const v = parseRatio(from[f.key]);
      if (v !== undefined) out[f.key] = v;
    }
    return out;
  };
  const why = problem(parsed(texts));

  /** Puts the fields into the draft when they make a valid set; an invalid set is not used. */
  const apply = (nextTexts: Record<NumberField, string>, nextAsOf: string) => {
    const values = parsed(nextTexts);
    if (problem(values) !== undefined) return;
    const { asOf: _previous, ...base } = current;
    const serial = isoToSerial(nextAsOf);
    actions.setDraft({ settings: { ...base, ...values, ...(serial === undefined ? {} : { asOf: serial }) } });
  };
  return (
    <>
      <div className={styles.grid}>
        {FIELDS.map((f) => (
          <div key={f.key} className={styles.field}>
            <label htmlFor={`${id}-${f.key}`}>{t(f.label)}</label>
            <Input
              id={`${id}-${f.key}`}
              inputMode="decimal"
              value={texts[f.key]}
              onChange={(_, d) => {
                const next = { ...texts, [f.key]: d.value };
                setTexts(next);
                apply(next, asOf);
              }}
            />
          </div>
        ))}
        <div className={styles.field}>
          <label htmlFor={`${id}-asof`}>{t("settingsAsOf")}</label>
          <Input
            id={`${id}-asof`}
            type="date"
            value={asOf}
            placeholder={t("settingsAsOfHint")}
            onChange={(_, d) => {
              setAsOf(d.value);
              apply(texts, d.value);
            }}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-lang`}>{t("settingsLanguage")}</label>
          <Select id={`${id}-lang`} value={state.effective.language} onChange={(_, d) => actions.setDraft({ language: d.value as LanguageChoice })}>
            <option value="office">{t("languageOffice")}</option>
            <option value="en">{t("languageEn")}</option>
            <option value="zh">{t("languageZh")}</option>
          </Select>
        </div>
      </div>
      {why ? <p className={styles.invalid} role="alert">{t(why)}</p> : <p className={styles.hint}>{t("settingsApplyHint")}</p>}
      <Checkbox checked={state.keep} onChange={(_, d) => actions.setKeep(d.checked === true)} label={t("keepInWorkbook")} />
    </>
  );
}
