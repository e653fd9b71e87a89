import type { CellTarget, EvaluateOutcome } from "../excel/port";
import { ItemList } from "./ItemList";
import { KpiList } from "./KpiList";
import { resultLists } from "./resultItems";
import { Section } from "./Section";
import { Summary } from "./Summary";
import { useLocale } from "./useLocale";

export interface ResultsProps {
  readonly outcome: EvaluateOutcome;
  readonly onSelect: (target: CellTarget) => void;
}

/** Summary, the KPIs worst first, and the three lists (SMART problems; coverage; signals and projections). Loaded lazily after the first evaluation. */
export function Results({ outcome, onSelect }: ResultsProps) {
  const { lang, t } = useLocale();
  const lists = resultLists(outcome, lang, t);
  return (
    <Section title={t("summaryHeading")}>
      <Summary evaluation={outcome.evaluation} />
      <KpiList outcome={outcome} onSelect={onSelect} />
      <ItemList title={t("smartProblemsHeading")} items={lists.smart} empty={t("smartProblemsNone")} onSelect={onSelect} />
      <ItemList title={t("coverageHeading")} items={lists.coverage} empty={t("coverageNone")} onSelect={onSelect} />
      <ItemList title={t("signalsHeading")} items={lists.signals} empty={t("signalsNone")} onSelect={onSelect} />
    </Section>
  );
}
