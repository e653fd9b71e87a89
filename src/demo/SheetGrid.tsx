import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import type { SheetSnapshot } from "../host";
import { displayText } from "../host/displayText";
import { cellName, columnLetter } from "../taskpane/a1";
import { cellStyle } from "./cellStyle";
import { conditionalStyle } from "./conditionalStyle";
import { parseClipboard } from "./delimited";

const useStyles = makeStyles({
  wrap: { overflow: "auto", maxHeight: "70vh", flexShrink: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  table: { borderCollapse: "collapse", tableLayout: "fixed", fontFamily: "Calibri, 'Segoe UI', sans-serif", fontSize: "11pt", backgroundColor: "#ffffff", color: "#000000" },
  head: { position: "sticky", top: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200 },
  rowHead: { position: "sticky", left: 0, backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightRegular, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, fontSize: tokens.fontSizeBase200, width: "40px", textAlign: "center" },
  cell: { border: "1px solid #e1e1e1", padding: "1px 4px", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis", height: "20px", cursor: "cell" },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  input: { width: "100%", boxSizing: "border-box", font: "inherit", border: "none", padding: 0 },
  // Text spilling over empty neighbours must not take their clicks (a click on B4 selects B4).
  spill: { pointerEvents: "none" },
});

export interface SheetGridProps {
  readonly sheet: SheetSnapshot;
  /** 0-based selected cell on this sheet, if any. */
  readonly selected?: { readonly row: number; readonly column: number };
  readonly onSelect: (row: number, column: number) => void;
  readonly onEdit: (address: string, text: string) => void;
  /** A block pasted at a cell: rows × columns of text, as copied from Excel. */
  readonly onPaste?: (row: number, column: number, rows: string[][]) => void;
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

/** "enter": started by typing (arrow keys commit and move, as in Excel); "edit": F2 or double-click (arrows move the caret). */
type Editing = { readonly address: string; readonly row: number; readonly column: number; readonly text: string; readonly mode: "enter" | "edit" };

const MOVES: Readonly<Record<string, readonly [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/**
 * The cells of one sheet with their number formats, fills and fonts, used as a spreadsheet: arrow keys
 * move, typing replaces the selected cell's content, F2 or a double-click edits it, Enter / Tab commit
 * and move down / right, Escape cancels, Delete clears, and a block pasted from Excel fills the cells
 * from the selected one.
 */
export function SheetGrid({ sheet, selected, onSelect, onEdit, onPaste }: SheetGridProps) {
  const styles = useStyles();
  const [editing, setEditingState] = useState<Editing>();
  // The editor's latest state, so that a commit from Enter and the blur of the unmounting input write once.
  const current = useRef<Editing | undefined>(undefined);
  const wrap = useRef<HTMLDivElement>(null);
  // Set when the grid moved the selection itself (keys, commit): the selected cell then takes the focus.
  const refocus = useRef(false);
  const setEditing = (next: Editing | undefined) => {
    current.current = next;
    setEditingState(next);
  };
  const used = extent(sheet);
  const rows = Math.max(used.rows, (selected?.row ?? 0) + 2);
  const columns = Math.max(used.columns, (selected?.column ?? 0) + 2);
  const widthOf = (c: number) => Math.round(((sheet.columnWidths[columnLetter(c)] ?? 48) * 96) / 72);
  const selectedAddress = selected ? cellName(selected.row, selected.column) : undefined;

  useEffect(() => {
    if (!refocus.current || editing || !selectedAddress) return;
    refocus.current = false;
    wrap.current?.querySelector<HTMLElement>(`td[data-cell="${selectedAddress}"]`)?.focus();
  }, [selectedAddress, editing]);

  const move = (row: number, column: number, dr: number, dc: number) => {
    refocus.current = true;
    onSelect(Math.max(0, row + dr), Math.max(0, column + dc));
  };
  const commit = (step?: readonly [number, number]) => {
    const e = current.current;
    if (!e) return;
    setEditing(undefined);
    onEdit(e.address, e.text);
    if (step) move(e.row, e.column, step[0], step[1]);
  };
  const cancel = () => {
    refocus.current = true;
    setEditing(undefined);
  };
  const rawText = (address: string) => {
    const cell = sheet.cells[address];
    return cell?.formula ?? String(cell?.value ?? "");
  };

  const onCellKey = (e: KeyboardEvent<HTMLTableCellElement>, row: number, column: number, address: string) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return; // Ctrl+V, Ctrl+C … are the clipboard's
    const step = MOVES[e.key];
    if (step) {
      e.preventDefault();
      move(row, column, step[0], step[1]);
    } else if (e.key === "Enter") {
      e.preventDefault();
      move(row, column, e.shiftKey ? -1 : 1, 0);
    } else if (e.key === "F2") {
      e.preventDefault();
      setEditing({ address, row, column, text: rawText(address), mode: "edit" });
    } else if (e.key === "Delete") {
      e.preventDefault();
      onEdit(address, "");
    } else if (e.key === "Backspace") {
      e.preventDefault();
      setEditing({ address, row, column, text: "", mode: "enter" });
    } else if (e.key === "Home") {
      e.preventDefault();
      move(row, 0, 0, 0);
    } else if (e.key.length === 1) {
      // Type-to-edit: the first character replaces the cell's content.
      e.preventDefault();
      setEditing({ address, row, column, text: e.key, mode: "enter" });
    }
  };
  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Keep the keys from reaching the cell, which would move or start editing again.
    e.stopPropagation();
    const mode = current.current?.mode;
    if (e.key === "Enter") {
      e.preventDefault();
      commit([e.shiftKey ? -1 : 1, 0]);
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit([0, e.shiftKey ? -1 : 1]);
    } else if (e.key === "Escape") {
      e.preventDefault();
      cancel();
    } else if (mode === "enter" && MOVES[e.key] && !e.shiftKey) {
      e.preventDefault();
      commit(MOVES[e.key]);
    }
  };
  const paste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement || !selected || !onPaste) return; // the editor takes text as it is
    const text = e.clipboardData.getData("text/plain");
    if (text === "") return;
    e.preventDefault();
    refocus.current = true;
    onPaste(selected.row, selected.column, parseClipboard(text));
  };
  const copy = (e: ClipboardEvent<HTMLDivElement>) => {
    if (e.target instanceof HTMLInputElement || !selectedAddress) return;
    const cell = sheet.cells[selectedAddress];
    if (!cell) return;
    e.preventDefault();
    e.clipboardData.setData("text/plain", displayText(cell.value, cell.numberFormat ?? "General"));
  };
  return (
    <div className={styles.wrap} ref={wrap} onPaste={paste} onCopy={copy}>
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
                const spills = typeof value === "string" && nextEmpty && format.wrapText !== true;
                const spill = spills ? { overflow: "visible", textOverflow: "clip" } : {};
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
                    onDoubleClick={() => setEditing({ address, row: r, column: c, text: rawText(address), mode: "edit" })}
                    onKeyDown={(e) => onCellKey(e, r, c, address)}
                  >
                    {editing?.address === address ? (
                      <input
                        className={styles.input}
                        aria-label={`${sheet.name}!${address}`}
                        autoFocus
                        value={editing.text}
                        onFocus={(e) => {
                          const end = e.target.value.length;
                          e.target.setSelectionRange(end, end);
                        }}
                        onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                        onBlur={() => commit()}
                        onKeyDown={onEditorKey}
                      />
                    ) : spills && text !== "" ? (
                      <span className={styles.spill}>{text}</span>
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
