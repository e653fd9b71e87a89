import { Link, makeStyles, tokens } from "@fluentui/react-components";
import type { CellTarget } from "../excel/port";
import { cellName } from "./a1";
import type { ResultItem } from "./resultItems";
import { useLocale } from "./useLocale";

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  empty: { margin: 0, color: tokens.colorNeutralForeground3 },
  link: { textAlign: "start" },
});

export interface ItemListProps {
  readonly title: string;
  readonly items: readonly ResultItem[];
  readonly empty: string;
  readonly onSelect: (target: CellTarget) => void;
}

/** A titled list of results; an item with a cell is a link that selects it. */
export function ItemList({ title, items, empty, onSelect }: ItemListProps) {
  const styles = useStyles();
  const { t } = useLocale();
  return (
    <div>
      <h3 className={styles.heading}>{title} ({items.length})</h3>
      {items.length === 0 ? (
        <p className={styles.empty}>{empty}</p>
      ) : (
        <ul className={styles.list} aria-label={title}>
          {items.map((item) => {
            const target = item.target;
            return (
              <li key={item.key}>
                {target ? (
                  <Link as="button" className={styles.link} title={t("goToCell", { cell: `${target.sheet}!${cellName(target.row, target.column)}` })} onClick={() => onSelect(target)}>
                    {item.text}
                  </Link>
                ) : (
                  item.text
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
