/**
 * What people type on the Scorecard survives refreshes (issue 13 §5). Managers write commentary in
 * the KPI table's Comment column; a refresh reads the old table's Key and Comment columns and writes
 * each comment back on the row of the KPI with the same key — the KPI's identity (its name as
 * written, and its occurrence when the name repeats), never its position. A comment whose KPI is gone
 * moves to the "Kept notes" block (table KpiKeptNotes) with the date it was moved, and comes back to
 * its KPI if the KPI returns. Any other cell a user typed where the new scorecard writes (outside the
 * blocks of the last refresh) is copied there too, with its address, before it is overwritten
 * (writeEvaluation.ts). So nothing a person typed is lost, and the refresh says what moved.
 */
import type { Lang } from "../../engine";
import { safeText } from "./safeText";
import type { CellOut } from "./sheetOps";

/** A comment or cell kept in the Kept notes block. */
export interface KeptNote {
  readonly kind: "comment" | "cell";
  /** The KPI's key (a comment) or the cell's address (`Scorecard!Z1`). */
  readonly what: string;
  /** As it will be written: a number, a boolean, text made safe, or the user's own formula. */
  readonly text: CellOut;
  /** When it was moved, as shown (`2027-03-01 09:30`). */
  readonly since: string;
}

export const KEPT_KIND_LABELS: Readonly<Record<KeptNote["kind"], { readonly en: string; readonly zh: string }>> = {
  comment: { en: "Comment of a removed KPI", zh: "已移除 KPI 的备注" },
  cell: { en: "Cell typed on this sheet", zh: "在此表中输入的单元格" },
};

const normalise = (name: string): string => name.trim().replace(/\s+/g, " ");

/**
 * The key of each KPI: its name (spaces tidied), and ` (2)`, ` (3)` … for a name that repeats
 * (case-insensitively, in table order).
 * @param names the names as written, in table order
 * @returns one key per KPI
 * @example kpiKeys(["Revenue", "Cost", "revenue "]) // ["Revenue", "Cost", "revenue (2)"]
 */
export function kpiKeys(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((raw) => {
    const name = normalise(raw);
    const n = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v === "");

/**
 * A cell a user typed, as it should be written again: numbers and booleans as they are, text made
 * safe (so it stays text), a formula the user typed kept as that formula.
 * @param value the cell's value
 * @param formula the cell's formula (its value again for a constant)
 * @returns the cell, or undefined for a blank cell
 * @example userCell("=A1*2", "=A1*2") // "'=A1*2": text that looks like a formula stays text
 * @example userCell(4, "=A1*2") // "=A1*2": the user's formula
 */
export function userCell(value: unknown, formula: unknown): CellOut | undefined {
  if (typeof formula === "string" && formula.startsWith("=") && String(value) !== formula) return formula;
  if (isBlank(value)) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  return typeof value === "string" ? safeText(value) : undefined;
}

/** The old scorecard's comments by key (lower case), and the notes its Kept notes block held. */
export interface OldNotes {
  /** By key in lower case: the key as written and the comment. */
  readonly comments: ReadonlyMap<string, { readonly key: string; readonly cell: CellOut }>;
  readonly kept: readonly KeptNote[];
}

export const NO_OLD_NOTES: OldNotes = { comments: new Map(), kept: [] };

/**
 * Reads the old KPI table's Key and Comment columns and the old Kept notes block.
 * @param keys the Key column's values
 * @param comments the Comment column's values and formulas
 * @param kept the Kept notes block's data rows (values and formulas), Kind / What / Text / Since
 * @returns the notes
 */
export function readOldNotes(
  keys: readonly (readonly unknown[])[],
  comments: { readonly values: readonly (readonly unknown[])[]; readonly formulas: readonly (readonly unknown[])[] },
  kept: { readonly values: readonly (readonly unknown[])[]; readonly formulas: readonly (readonly unknown[])[] },
): OldNotes {
  const byKey = new Map<string, { key: string; cell: CellOut }>();
  keys.forEach((row, i) => {
    const key = row[0];
    const cell = userCell(comments.values[i]?.[0], comments.formulas[i]?.[0]);
    if (typeof key === "string" && key !== "" && cell !== undefined && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), { key, cell });
  });
  const notes: KeptNote[] = [];
  kept.values.forEach((row, i) => {
    const text = userCell(row[2], kept.formulas[i]?.[2]);
    const what = row[1];
    if (text === undefined || typeof what !== "string" || what === "") return;
    const kind = Object.values(KEPT_KIND_LABELS.comment).includes(String(row[0])) ? "comment" : "cell";
    notes.push({ kind, what, text, since: typeof row[3] === "string" ? row[3] : typeof row[3] === "number" ? String(row[3]) : "" });
  });
  return { comments: byKey, kept: notes };
}

/** What a refresh does with the comments. */
export interface CommentPlan {
  /** One cell per KPI, in table order ("" for none). */
  readonly comments: readonly CellOut[];
  readonly kept: readonly KeptNote[];
  /** Comments moved to Kept notes now (their KPI is gone). */
  readonly moved: number;
  /** Kept comments given back to their KPI (it returned). */
  readonly restored: number;
}

/**
 * Puts each old comment on its KPI's row, moves the others to Kept notes, and brings kept comments
 * back to KPIs that returned.
 * @param keys the new KPIs' keys, in table order
 * @param old the old scorecard's notes
 * @param since the refresh time, for comments moved now
 * @returns the plan
 * @example planComments(["Cost"], { comments: new Map([["revenue", { key: "Revenue", cell: "'up" }]]), kept: [] }, "2027-03-01").kept[0]?.what // "Revenue"
 */
export function planComments(keys: readonly string[], old: OldNotes, since: string): CommentPlan {
  const wanted = new Map(keys.map((k, i) => [k.toLowerCase(), i]));
  const comments: CellOut[] = keys.map(() => "");
  let restored = 0;
  let moved = 0;
  const kept: KeptNote[] = [];
  for (const [lower, { cell }] of old.comments) {
    const i = wanted.get(lower);
    if (i !== undefined) comments[i] = cell;
  }
  for (const note of old.kept) {
    const i = note.kind === "comment" ? wanted.get(note.what.toLowerCase()) : undefined;
    if (i !== undefined && comments[i] === "") {
      comments[i] = note.text;
      restored++;
    } else kept.push(note);
  }
  for (const [lower, { key, cell }] of old.comments) {
    if (wanted.has(lower)) continue;
    kept.push({ kind: "comment", what: key, text: cell, since });
    moved++;
  }
  return { comments, kept, moved, restored };
}

/**
 * The Kept notes block's rows (header first).
 * @param kept the notes
 * @param lang the language
 * @returns the rows
 */
export function keptRows(kept: readonly KeptNote[], lang: Lang): CellOut[][] {
  const header = lang === "zh" ? ["类别", "指标或单元格", "内容", "移入时间"] : ["Kind", "KPI or cell", "Text", "Since"];
  return [header.map((h) => safeText(h)), ...kept.map((n) => [safeText(KEPT_KIND_LABELS[n.kind][lang]), safeText(n.what), n.text, safeText(n.since)])];
}
