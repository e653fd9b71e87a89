import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { WorkbookError } from "../excel/port";
import { useLocale } from "./useLocale";

export interface ErrorBarProps {
  /** Whatever the last workbook action threw. */
  readonly error: unknown;
  readonly onDismiss: () => void;
}

/** Shows a failed action: a {@link WorkbookError}'s text in the display language, else the raw message. */
export function ErrorBar({ error, onDismiss }: ErrorBarProps) {
  const { lang, t } = useLocale();
  const text =
    error instanceof WorkbookError
      ? error.text[lang]
      : t("errorUnknown", { message: error instanceof Error ? error.message : String(error) });
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t("errorTitle")}</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
