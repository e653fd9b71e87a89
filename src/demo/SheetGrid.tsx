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
  // The outline bar above the column letters: a line over each group, a +/− button at its control column.
  outline: { height: "14px", padding: 0, border: "none", backgroundColor: tokens.colorNeutralBackground2, position: "relative" },
  outlineLine: { position: "absolute", left: 0, right: 0, top: "6px", borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  outlineButton: {
    position: "absolute",
    left: 0,
    top: 0,
    width: "14px",
    height: "14px",
    padding: 0,
    lineHeight: "12px",
    fontSize: tokens.fontSizeBase100,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
});

/** A column group of the sheet's outline: a run of columns at `level` or deeper (0-based, inclusive). */
export interface ColumnGroup {
  readonly level: number;
  readonly first: number;
  readonly last: number;
}

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * The column groups of a sheet's outline, outer levels first: for each level, every run of
 * neighbouring columns grouped at that level or deeper (Excel joins such neighbours into one group).
 * @param sheet the sheet's snapshot
 * @returns the groups
 * @example columnGroups(sheet) // [{ level: 1, first: 9, last: 37 }, { level: 2, first: 20, last: 20 }, …]
 */
export function columnGroups(sheet: SheetSnapshot): ColumnGroup[] {
  const levels = new Map(Object.entries(sheet.outline?.columnLevels ?? {}).map(([letters, level]) => [columnIndex(letters), level]));
  const deepest = Math.max(0, ...levels.values());
  const groups: ColumnGroup[] = [];
  for (let level = 1; level <= deepest; level++) {
    const columns = [...levels].filter(([, l]) => l >= level).map(([c]) => c).sort((a, b) => a - b);
    for (const c of columns) {
      const last = groups[groups.length - 1];
      if (last && last.level === level && last.last === c - 1) groups[groups.length - 1] = { ...last, last: c };
      else groups.push({ level, first: c, last: c });
    }
  }
  return groups;
}

/**
 * The columns hidden in the view. A group is collapsed when the user collapsed it here, or, untouched,
 * when all its columns are hidden in the workbook; a column is hidden when a group holding it is
 * collapsed — so expanding an outer group leaves a collapsed inner one collapsed, as in Excel — or,
 * in no group the user touched, when the workbook hides it.
 * @param sheet the sheet's snapshot
 * @param groups its column groups
 * @param toggled collapsed (true) or expanded (false) per group key (`level:first`)
 * @returns the hidden 0-based columns
 */
export function hiddenColumns(sheet: SheetSnapshot, groups: readonly ColumnGroup[], toggled: ReadonlyMap<string, boolean>): Set<number> {
  const hiddenInBook = new Set((sheet.outline?.hiddenColumns ?? []).map(columnIndex));
  const span = (g: ColumnGroup) => Array.from({ length: g.last - g.first + 1 }, (_, k) => g.first + k);
  const collapsed = (g: ColumnGroup) => toggled.get(`${g.level}:${g.first}`) ?? span(g).every((c) => hiddenInBook.has(c));
  const hidden = new Set<number>();
  const columns = new Set([...hiddenInBook, ...groups.flatMap(span)]);
  for (const c of columns) {
    const holding = groups.filter((g) => c >= g.first && c <= g.last);
    const touched = holding.some((g) => toggled.has(`${g.level}:${g.first}`));
    if (holding.some(collapsed) || (!touched && hiddenInBook.has(c))) hidden.add(c);
  }
  return hidden;
}

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
  // Outline groups: collapsed columns are not drawn; the bar's +/− buttons collapse and expand them in this view.
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const groups = columnGroups(sheet);
  const hidden = hiddenColumns(sheet, groups, toggled);
  const used = extent(sheet);
  const rows = Math.max(used.rows, (selected?.row ?? 0) + 2);
  const columns = Math.max(used.columns, (selected?.column ?? 0) + 2, ...groups.map((g) => g.last + 2));
  const shown = Array.from({ length: columns }, (_, c) => c).filter((c) => !hidden.has(c));
  const widthOf = (c: number) => Math.round(((sheet.columnWidths[columnLetter(c)] ?? 48) * 96) / 72);
  const levels = Math.max(0, ...groups.map((g) => g.level));
  const selectedAddress = selected ? cellName(selected.row, selected.column) : undefined;

  useEffect(() => {
    if (!refocus.current || editing || !selectedAddress) return;
    refocus.current = false;
    wrap.current?.querySelector<HTMLElement>(`td[data-cell="${selectedAddress}"]`)?.focus();
  }, [selectedAddress, editing]);

  const move = (row: number, column: number, dr: number, dc: number) => {
    refocus.current = true;
    // Hidden (collapsed) columns are stepped over, as in Excel.
    let next = Math.max(0, column + dc);
    while (dc !== 0 && hidden.has(next) && next + dc >= 0) next += dc;
    onSelect(Math.max(0, row + dr), hidden.has(next) ? column : next);
  };
  const toggle = (g: ColumnGroup, collapse: boolean) => setToggled(new Map([...toggled, [`${g.level}:${g.first}`, collapse]]));
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
      <table className={styles.table} style={{ width: 40 + shown.map(widthOf).reduce((a, b) => a + b, 0) }} aria-label={sheet.name} data-sheet={sheet.name}>
        <colgroup>
          <col style={{ width: 40 }} />
          {shown.map((c) => (
            <col key={c} style={{ width: widthOf(c) }} />
          ))}
        </colgroup>
        <thead>
          {Array.from({ length: levels }, (_, i) => i + 1).map((level) => (
            <tr key={`outline-${level}`} data-outline-level={level}>
              <td className={styles.outline} />
              {shown.map((c) => {
                const line = groups.find((g) => g.level === level && c >= g.first && c <= g.last);
                const control = groups.find((g) => g.level === level && c === g.last + 1);
                const collapsed = control !== undefined && Array.from({ length: control.last - control.first + 1 }, (_, k) => control.first + k).every((k) => hidden.has(k));
                const span = control && `${columnLetter(control.first)}–${columnLetter(control.last)}`;
                return (
                  <td key={c} className={styles.outline}>
                    {line && <span className={styles.outlineLine} />}
                    {control && (
                      <button
                        type="button"
                        className={styles.outlineButton}
                        aria-expanded={!collapsed}
                        aria-label={`${collapsed ? "Expand" : "Collapse"} columns ${span}`}
                        title={`${collapsed ? "Expand" : "Collapse"} columns ${span}`}
                        onClick={() => toggle(control, !collapsed)}
                      >
                        {collapsed ? "+" : "−"}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
          <tr>
            <th className={styles.head} />
            {shown.map((c) => (
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
              {shown.map((c) => {
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
