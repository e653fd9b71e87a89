import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { cellName } from "../taskpane/a1";
import { chartData } from "./chartData";
import { typedValue } from "./delimited";
import { ChartView } from "./ChartView";
import type { ObservedHost } from "./observeHost";
import { rangeOf } from "./rangeOf";
import { SheetGrid } from "./SheetGrid";
import { useSnapshot } from "./useSnapshot";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%", overflowY: "auto", rowGap: tokens.spacingVerticalS },
  bar: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalM },
  nameBox: { fontFamily: tokens.fontFamilyMonospace, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`, minWidth: "12em" },
  charts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
});

/** Tabs per sheet, the active sheet's grid and its charts; follows the workbook's active sheet and selection. */
export function SheetView({ observed }: { readonly observed: ObservedHost }) {
  const styles = useStyles();
  const workbook = useSnapshot(observed);
  const [chosen, setChosen] = useState<string>();
  const [followed, setFollowed] = useState(workbook.activeSheet);
  // When the workbook's active sheet changes (evaluate wrote a sheet, the pane selected a cell), show it.
  if (workbook.activeSheet !== followed) {
    setFollowed(workbook.activeSheet);
    setChosen(workbook.activeSheet ?? undefined);
  }
  const visible = workbook.sheets.filter((s) => s.visibility === "Visible");
  const name = chosen && visible.some((s) => s.name === chosen) ? chosen : (workbook.activeSheet ?? visible[0]?.name);
  const sheet = workbook.sheets.find((s) => s.name === name);
  const selection = workbook.selection ? rangeOf(workbook.selection, workbook.activeSheet ?? "") : undefined;
  const selected = selection && selection.sheet === name ? { row: selection.r0, column: selection.c0 } : undefined;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <output className={styles.nameBox} aria-label="Selected cell" data-testid="selection">
          {selection ? `${selection.sheet}!${cellName(selection.r0, selection.c0)}` : ""}
        </output>
      </div>
      <TabList selectedValue={name ?? ""} onTabSelect={(_, d) => setChosen(String(d.value))} aria-label="Sheets">
        {visible.map((s) => (
          <Tab key={s.name} value={s.name}>
            {s.name}
          </Tab>
        ))}
      </TabList>
      {sheet && (
        <SheetGrid
          key={sheet.name}
          sheet={sheet}
          selected={selected}
          onSelect={(row, column) => observed.selectCell(sheet.name, cellName(row, column))}
          onEdit={(address, text) => {
            try {
              observed.edit(sheet.name, address, typedValue(text));
            } catch {
              observed.edit(sheet.name, address, `'${text}`); // not a formula the host can read: kept as text
            }
          }}
          onPaste={(row, column, rows) => {
            const width = rows[0]?.length ?? 0;
            if (rows.length === 0 || width === 0) return;
            const address = `${cellName(row, column)}:${cellName(row + rows.length - 1, column + width - 1)}`;
            try {
              observed.write(sheet.name, address, rows.map((r) => r.map(typedValue)));
            } catch {
              // A cell the host refuses (e.g. "=1+" is no formula): paste cell by cell, keeping such text as text.
              rows.forEach((r, i) => r.forEach((text, j) => {
                const at = cellName(row + i, column + j);
                try {
                  observed.edit(sheet.name, at, typedValue(text));
                } catch {
                  observed.edit(sheet.name, at, `'${text}`);
                }
              }));
            }
            observed.selectCell(sheet.name, address);
          }}
        />
      )}
      {sheet && sheet.charts.length > 0 && (
        <div className={styles.charts}>
          {sheet.charts.map((c) => (
            <ChartView key={c.name} data={chartData(c, workbook, sheet.name)} />
          ))}
        </div>
      )}
    </div>
  );
}
