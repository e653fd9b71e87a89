import { Button, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { ProgressStep } from "../excel/port";
import type { StringKey } from "./i18n/en";
import { useLocale } from "./useLocale";

const STEP_LABEL: Readonly<Record<ProgressStep, StringKey>> = { reading: "stepReading", evaluating: "stepEvaluating", writing: "stepWriting", done: "stepDone" };
const STEP_VALUE: Readonly<Record<ProgressStep, number>> = { reading: 0.15, evaluating: 0.5, writing: 0.8, done: 1 };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, paddingBlock: tokens.spacingVerticalM },
  step: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface EvaluateSectionProps {
  readonly busy: boolean;
  readonly progress?: ProgressStep;
  /** Whether an evaluation exists (the button then reads "Refresh"). */
  readonly evaluated: boolean;
  readonly disabled: boolean;
  readonly sheets?: string;
  readonly onEvaluate: () => void;
}

/** The one Evaluate / Refresh button with a progress bar and the step under way. */
export function EvaluateSection({ busy, progress, evaluated, disabled, sheets, onEvaluate }: EvaluateSectionProps) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <div className={styles.root}>
      <Button appearance="primary" size="large" disabled={busy || disabled} onClick={onEvaluate}>
        {evaluated ? t("refresh") : t("evaluate")}
      </Button>
      {progress && (
        <ProgressBar aria-label={t("evaluatingLabel")} value={STEP_VALUE[progress]} max={1} thickness="large" />
      )}
      <p className={styles.step} role="status" aria-live="polite">
        {progress ? t(STEP_LABEL[progress]) : ""}
        {progress === "done" && sheets ? ` ${t("evaluatedAt", { sheets })}` : ""}
      </p>
    </div>
  );
}
