import { makeStyles, tokens } from "@fluentui/react-components";
import { useState, type KeyboardEvent } from "react";
import type { SheetSnapshot } from "../host";
import { displayText } from "../host/displayText";
import { cellName, columnLetter } from "../taskpane/a1";
import { cellStyle } from "./cellStyle";
import { conditionalStyle } from "./conditionalStyle";

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "70vh", flexShrink: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, 'Segoe UI', sans-serif", fontSize: "11pt", backgroundColor: "#ffffff", color: "#000000" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200 },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200, width: "40px", textAlign: "center" },
  cell: { border: "1px solid #e1e1e1", padding: "1px 4px", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", height: "20px", cursor: "cell" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  input: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", padding: 0 },
});

export interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  /** 0-based selected cell on this sheet, if any. */
  readonly selected?: { readonly row: number; readonly column: number };
  readonly onSelect: (row: number, column: number) => void;
  readonly onEdit: (address: string, text: string) => void;
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

/** Extent of the used cells, at least MIN_ROWS × MIN_COLUMNS. */
function extent(sheet: SheetSnapshot): { rows: number; columns: number } {
  let rows = MIN_ROWS;
  let columns = MIN_COLUMNS;
  for (const key of Object.keys(sheet.cells)) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m?.[1] || !m[2]) continue;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    rows = Math.max(rows, Number(m[2]) + 2);
    columns = Math.max(columns, c + 1);
  }
  return { rows, columns };
}

/** The cells of one sheet with their number formats, fills and fonts; double-click or Enter edits a cell. */
export function SheetGrid({ sheet, selected, onSelect, onEdit }: SheetGridProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<{ address: string; text: string }>();
  const { rows, columns } = extent(sheet);
  const widthOf = (c: number) => Math.round(((sheet.columnWidths[columnLetter(c)] ?? 48) * 96) / 72);
  const commit = () => {
    // Enter commits and unmounts the input, whose blur then commits again: write once.
    if (editing) onEdit(editing.address, editing.text);
    setEditing(undefined);
  };
  const onKey = (e: KeyboardEvent<HTMLTableCellElement>, address: string, text: string) => {
    if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({ address, text });
    }
  };
  return (
    <div className={styles.wrap}>
      <table className={styles.table} style={{ width: 40 + Array.from({ length: columns }, (_, c) => widthOf(c)).reduce((a, b) => a + b, 0) }} aria-label={sheet.name} data-sheet={sheet.name}>
        <colgroup>
          <col style={{ width: 40 }} />
          {Array.from({ length: columns }, (_, c) => (
            <col key={c} style={{ width: widthOf(c) }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.head} />
            {Array.from({ length: columns }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>
                {r + 1}
              </th>
              {Array.from({ length: columns }, (_, c) => {
                const address = cellName(r, c);
                const cell = sheet.cells[address];
                const format = { ...sheet.columnFormats[columnLetter(c)], ...sheet.rowFormats[String(r + 1)], ...cell?.format };
                const numberFormat = cell?.numberFormat ?? (typeof format.numberFormat === "string" ? format.numberFormat : "General");
                const value = cell?.value ?? "";
                const text = value === "" || value === null ? "" : displayText(value, numberFormat);
                const isSelected = selected?.row === r && selected.column === c;
                // Text spills into an empty right-hand neighbour, as in Excel.
                const nextEmpty = (sheet.cells[cellName(r, c + 1)]?.value ?? "") === "";
                const spill = typeof value === "string" && nextEmpty && format.wrapText !== true ? { overflow: "visible", textOverflow: "clip" } : {};
                const style = { ...cellStyle(format, typeof value === "number"), ...conditionalStyle(sheet, r, c, value), ...spill };
                return (
                  <td
                    key={c}
                    className={`${styles.cell} ${isSelected ? styles.selected : ""}`}
                    style={style}
                    data-cell={address}
                    aria-selected={isSelected}
                    tabIndex={isSelected ? 0 : -1}
                    title={cell?.formula ?? undefined}
                    onClick={() => onSelect(r, c)}
                    onDoubleClick={() => setEditing({ address, text: cell?.formula ?? String(value ?? "") })}
                    onKeyDown={(e) => onKey(e, address, cell?.formula ?? String(value ?? ""))}
                  >
                    {editing?.address === address ? (
                      <input
                        className={styles.input}
                        aria-label={`${sheet.name}!${address}`}
                        autoFocus
                        value={editing.text}
                        onChange={(e) => setEditing({ address, text: e.target.value })}
                        onBlur={() => editing && commit()}
                        onKeyDown={(e) => {
                          // Keep Enter from reaching the cell, which would start editing again.
                          e.stopPropagation();
                          if (e.key === "Enter") commit();
                          if (e.key === "Escape") setEditing(undefined);
                        }}
                      />
                    ) : (
                      text
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
