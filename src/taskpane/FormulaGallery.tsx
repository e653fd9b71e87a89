import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { CellTarget, DetectedTable } from "../excel/port";
import { cellName } from "./a1";
import { buildFormula, FORMULA_TEMPLATES } from "./formulas";
import { ROLE_LABEL } from "./labels";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, alignItems: "flex-start" },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

export interface FormulaGalleryProps {
  readonly table?: DetectedTable;
  readonly activeCell: () => Promise<CellTarget | undefined>;
  readonly insertFormula: (formula: string) => Promise<CellTarget | undefined>;
  readonly onNotice: (text: string) => void;
}

/** KPI.* formulas with their arguments filled from the detected columns, inserted into the selected cell. */
export function FormulaGallery({ table, activeCell, insertFormula, onNotice }: FormulaGalleryProps) {
  const styles = useStyles();
  const { t } = useLocale();
  if (!table) return <p className={styles.note}>{t("formulasNeedTable")}</p>;
  const preview: CellTarget = { sheet: table.ref.sheet, row: -1, column: -1 };
  const insert = async (index: number) => {
    const template = FORMULA_TEMPLATES[index];
    const active = await activeCell();
    if (!template || !active) return;
    const formula = buildFormula(template, table, active);
    if (!formula) return;
    const where = await insertFormula(formula);
    if (where) onNotice(t("formulaInserted", { formula, cell: `${where.sheet}!${cellName(where.row, where.column)}` }));
  };
  return (
    <>
      <p className={styles.note}>{t("formulasHint")}</p>
      <ul className={styles.list}>
        {FORMULA_TEMPLATES.map((template, i) => {
          const example = buildFormula(template, table, preview);
          const missing = template.requires.find((r) => (r === "history" ? table.columns.history.length === 0 : table.columns[r] === undefined));
          return (
            <li key={template.name} className={styles.item}>
              <Button size="small" disabled={example === undefined} onClick={() => void insert(i)}>
                {t("formulaInsert", { name: template.name })}
              </Button>
              <span className={styles.note}>{t(template.description)}</span>
              {example ? (
                <code className={styles.code}>{example}</code>
              ) : (
                <span className={styles.note}>{t("formulaMissing", { role: t(missing === undefined || missing === "history" ? "roleHistory" : ROLE_LABEL[missing]) })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
