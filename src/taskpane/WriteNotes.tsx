import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { EvaluateOutcome } from "../excel/port";
import { useLocale } from "./useLocale";

export interface WriteNotesProps {
  readonly outcome: EvaluateOutcome;
}

/**
 * Says what the last refresh did differently from the usual: a sheet written under another name because
 * one of the user's own sheets had the name, or a feature skipped on an older Excel. Nothing silent.
 */
export function WriteNotes({ outcome }: WriteNotesProps) {
  const { t, lang } = useLocale();
  const lines = [
    ...outcome.renamed.map((r) => t("sheetRenamed", { wanted: r.wanted, used: r.used })),
    ...outcome.notes.map((n) => n[lang]),
  ];
  if (lines.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("writeNotesTitle")}</MessageBarTitle>
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
