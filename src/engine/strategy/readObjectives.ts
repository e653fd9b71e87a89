import { EXCEL_ERRORS } from "../data/excelErrors";
import { OBJECTIVE_HEADERS, PRIORITY_WORDS, type ObjectiveColumn } from "../data/objectiveHeaders";
import { makeIssue } from "../messages/define";
import { MATCH_MESSAGES } from "../messages/match";
import type { Issue, Objective } from "../model";
import { headerKeysBilingual, normalizeHeader } from "../parse/normalize";
import { parseNumber } from "../parse/number";
import { parsePerspective } from "../parse/perspective";

/** What `readObjectives` returns (DOMAIN §4). */
export interface ObjectivesRead {
  readonly objectives: Objective[];
  /** 0-based header row, or -1 when the input was read as a plain list of names. */
  readonly headerRow: number;
  readonly issues: Issue[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Rows searched for the header (title and blank rows above it are common). */
const HEADER_SEARCH_ROWS = 30;
const ERRORS = new Set(EXCEL_ERRORS);
const HEADER_LOOKUP = new Map<string, ObjectiveColumn>();
for (const [column, words] of Object.entries(OBJECTIVE_HEADERS) as [ObjectiveColumn, readonly string[]][]) {
  for (const word of words) HEADER_LOOKUP.set(normalizeHeader(word), column);
}
const PRIORITY_LOOKUP = new Map([...PRIORITY_WORDS].map(([word, w]) => [normalizeHeader(word), w]));

/** A cell as trimmed text; blanks, booleans and Excel errors give "". */
function cellText(value: unknown): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value !== "string") return "";
  const text = value.trim();
  return ERRORS.has(text.toLowerCase()) ? "" : text;
}

function toRows(input: unknown): readonly unknown[][] {
  if (!Array.isArray(input)) return [];
  return input.map((row: unknown) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** The row (of the first 30) with an objective-name header and the most recognised headers; ties → the first. */
function findHeader(rows: readonly unknown[][]): { row: number; columns: Partial<Record<ObjectiveColumn, number>> } | undefined {
  let best: { row: number; columns: Partial<Record<ObjectiveColumn, number>>; roles: number } | undefined;
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const columns: Partial<Record<ObjectiveColumn, number>> = {};
    (rows[r] ?? []).forEach((cell, c) => {
      let role: ObjectiveColumn | undefined;
      for (const key of headerKeysBilingual(cellText(cell))) role ??= HEADER_LOOKUP.get(key);
      if (role !== undefined && columns[role] === undefined) columns[role] = c;
    });
    const roles = Object.keys(columns).length;
    if (columns.name !== undefined && (best === undefined || roles > best.roles)) best = { row: r, columns, roles };
  }
  return best;
}

function readWeight(value: unknown, name: string, where: { row: number; column: number }, issues: Issue[]): number {
  const parsed = parseNumber(value);
  if (parsed.ok && Number.isFinite(parsed.value) && parsed.value >= 0) return parsed.value;
  if (!parsed.ok && parsed.reason === "blank") return 1;
  const word = PRIORITY_LOOKUP.get(normalizeHeader(cellText(value)));
  if (word !== undefined) return word;
  issues.push(makeIssue(MATCH_MESSAGES, "OBJECTIVE_WEIGHT_INVALID", { name, value: String(value) }, where));
  return 1;
}

/**
 * Reads a strategy's objectives (DOMAIN §4) the tolerant way KPI tables are read (DOMAIN §1): the
 * header row is found, not assumed (objective name = 目标, 战略目标, Objective, Goal, Strategic
 * priority …; optional priority weight, perspective and description columns). Without such a
 * header, every non-blank cell of any shape is an objective name (a plain list). Blank weight → 1;
 * a weight may be a number or High/Medium/Low (高/中/低 → 3/2/1); other weights are reported and
 * read as 1. Duplicate names (compared after normalizeHeader) are merged into the first, reported.
 * @param input a 2-D block of cells, or a 1-D list of names (not modified)
 * @returns the objectives, the header row (-1 for a plain list) and issues
 * @example readObjectives([["战略目标", "权重"], ["提升营收", 2]]).objectives // [{ name: "提升营收", weight: 2, row: 1 }]
 * @example readObjectives(["Grow revenue", "Delight customers"]).headerRow // -1
 */
export function readObjectives(input: unknown[][] | readonly unknown[]): ObjectivesRead {
  const issues: Issue[] = [];
  const rows = toRows(input);
  const header = findHeader(rows);
  const found: Objective[] = [];
  const byKey = new Map<string, number>();

  const add = (objective: Objective, column: number) => {
    const key = normalizeHeader(objective.name);
    const at = byKey.get(key);
    const first = at === undefined ? undefined : found[at];
    if (at === undefined || first === undefined) {
      byKey.set(key, found.length);
      found.push(objective);
      return;
    }
    issues.push(makeIssue(MATCH_MESSAGES, "OBJECTIVE_DUPLICATE", { name: objective.name }, { row: objective.row ?? 0, column }));
    const merged: Mutable<Objective> = { ...first };
    if (merged.perspective === undefined && objective.perspective !== undefined) merged.perspective = objective.perspective;
    if (merged.description === undefined && objective.description !== undefined) merged.description = objective.description;
    found[at] = merged;
  };

  if (header === undefined) {
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const name = cellText(cell);
        if (name !== "") add({ name, weight: 1, row: r }, c);
      }),
    );
  } else {
    const { name: nameCol = 0, weight: weightCol, perspective: perspectiveCol, description: descriptionCol } = header.columns;
    for (let r = header.row + 1; r < rows.length; r++) {
      const row = rows[r] ?? [];
      const name = cellText(row[nameCol]);
      if (name === "") continue;
      const weight = weightCol === undefined ? 1 : readWeight(row[weightCol], name, { row: r, column: weightCol }, issues);
      const objective: Mutable<Objective> = { name, weight, row: r };
      const perspectiveText = perspectiveCol === undefined ? "" : cellText(row[perspectiveCol]);
      if (perspectiveText !== "") {
        const perspective = parsePerspective(perspectiveText);
        if (perspective !== undefined) objective.perspective = perspective;
        else issues.push(makeIssue(MATCH_MESSAGES, "OBJECTIVE_PERSPECTIVE_UNKNOWN", { name, value: perspectiveText }, { row: r, column: perspectiveCol ?? 0 }));
      }
      const description = descriptionCol === undefined ? "" : cellText(row[descriptionCol]);
      if (description !== "") objective.description = description;
      add(objective, nameCol);
    }
  }
  if (found.length === 0) issues.push(makeIssue(MATCH_MESSAGES, "OBJECTIVES_EMPTY"));
  return { objectives: found, headerRow: header?.row ?? -1, issues };
}
