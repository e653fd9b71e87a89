/**
 * Resolving Parent cells to KPIs (DOMAIN §2 "Cascades: a KPI whose Parent cell names another KPI is its
 * child"). Names match after NFKC (full-width forms), lower case and white space are folded; when no
 * whole name matches, the Chinese or the Latin half of a bilingual name does ("销售额" or "Revenue" for
 * "销售额 Revenue"). A Parent cell that names no KPI, more than one, or leads round in a circle is
 * reported and the KPI is treated as top-level. Never throws, never loops: O(n) over the table.
 */
import type { Issue } from "../model";
import { makeIssue } from "../messages/define";
import { CASCADE_MESSAGES } from "../messages/cascade";

/** What a KPI contributes to the links: its name, its Parent cell, and its row (0-based) for messages. */
export interface ParentLinkInput {
  readonly name: string;
  readonly parent?: string | null;
  readonly row?: number;
}

/** The parent–child links of a table. */
export interface ParentLinks {
  /** Per KPI: the index of its parent, or `undefined` for a top-level KPI. The links form a forest. */
  readonly parent: readonly (number | undefined)[];
  /** Per KPI: its children's indexes, in table order. */
  readonly children: readonly (readonly number[])[];
  readonly issues: readonly Issue[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const SPACE = /\s+/gu;

/** The whole-name key: NFKC, lower case, no white space. */
function keyOf(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(SPACE, "");
}

/** The Chinese and the Latin half of a bilingual name, when it has both. */
function halves(text: string): string[] {
  const folded = text.normalize("NFKC");
  const chinese = keyOf((folded.match(CJK_RUN) ?? []).join(""));
  const latin = keyOf(folded.replace(CJK_RUN, " ")).replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, "");
  return chinese !== "" && latin !== "" ? [chinese, latin] : [];
}

function add(index: Map<string, number[]>, key: string, i: number): void {
  if (key === "") return;
  const list = index.get(key);
  if (list === undefined) index.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

/** `"Region A" (row 4)` and `“Region A”（第 4 行）`. */
const labelEn = (kpi: ParentLinkInput | undefined): string => `"${kpi?.name ?? ""}" (row ${(kpi?.row ?? 0) + 1})`;
const labelZh = (kpi: ParentLinkInput | undefined): string => `“${kpi?.name ?? ""}”（第 ${(kpi?.row ?? 0) + 1} 行）`;

/**
 * Links every KPI to the KPI its Parent cell names.
 * @param kpis name, Parent cell and row of each KPI, in table order
 * @returns each KPI's parent index and children, and issues PARENT_NOT_FOUND, PARENT_AMBIGUOUS, PARENT_CYCLE
 * @example parentLinks([{ name: "Revenue" }, { name: "Region A", parent: "revenue" }]).parent // [undefined, 0]
 */
export function parentLinks(kpis: readonly ParentLinkInput[]): ParentLinks {
  const list: readonly ParentLinkInput[] = Array.isArray(kpis) ? kpis : [];
  const hasParent = (kpi: ParentLinkInput | undefined) => typeof kpi?.parent === "string" && kpi.parent.trim() !== "";
  if (!list.some(hasParent)) return { parent: list.map(() => undefined), children: list.map(() => []), issues: [] };
  const whole = new Map<string, number[]>();
  const half = new Map<string, number[]>();
  for (let i = 0; i < list.length; i++) {
    const name = typeof list[i]?.name === "string" ? list[i]?.name ?? "" : "";
    add(whole, keyOf(name), i);
    for (const key of [keyOf(name), ...halves(name)]) add(half, key, i);
  }
  const issues: Issue[] = [];
  const parent: (number | undefined)[] = list.map(() => undefined);
  for (let i = 0; i < list.length; i++) {
    const kpi = list[i];
    const text = typeof kpi?.parent === "string" ? kpi.parent.trim() : "";
    if (text === "") continue;
    const where = { kpi: i, ...(typeof kpi?.row === "number" ? { row: kpi.row } : {}) };
    const params = { name: kpi?.name ?? "", row: (kpi?.row ?? 0) + 1, parent: text };
    const key = keyOf(text);
    let found = whole.get(key) ?? [];
    if (found.length === 0) {
      const seen = new Set<number>();
      for (const k of [key, ...halves(text)]) for (const j of half.get(k) ?? []) seen.add(j);
      found = [...seen].sort((a, b) => a - b);
    }
    const others = found.filter((j) => j !== i);
    if (others.length === 1) parent[i] = others[0];
    else if (others.length > 1) {
      const candidatesEn = others.map((j) => labelEn(list[j])).join(", ");
      const candidatesZh = others.map((j) => labelZh(list[j])).join("、");
      issues.push(makeIssue(CASCADE_MESSAGES, "PARENT_AMBIGUOUS", { ...params, candidatesEn, candidatesZh }, where));
    } else if (found.length === 1) parent[i] = i; // names itself: a circle of one, reported below
    else issues.push(makeIssue(CASCADE_MESSAGES, "PARENT_NOT_FOUND", params, where));
  }
  breakCycles(list, parent, issues);
  const children: number[][] = list.map(() => []);
  for (let i = 0; i < list.length; i++) {
    const p = parent[i];
    if (p !== undefined) children[p]?.push(i);
  }
  return { parent, children, issues };
}

/** Finds every circle of parent links (A → B → A, A → A), reports it once and unlinks its members. */
function breakCycles(list: readonly ParentLinkInput[], parent: (number | undefined)[], issues: Issue[]): void {
  const state = new Uint8Array(parent.length); // 0 unvisited, 1 on the current walk, 2 done
  for (let start = 0; start < parent.length; start++) {
    if (state[start] !== 0) continue;
    const path: number[] = [];
    let j: number | undefined = start;
    while (j !== undefined && state[j] === 0) {
      state[j] = 1;
      path.push(j);
      j = parent[j];
    }
    if (j !== undefined && state[j] === 1) {
      const cycle = path.slice(path.indexOf(j));
      const first = cycle[0] as number;
      const round = [...cycle, first].map((k) => list[k]);
      const row = list[first]?.row;
      const params = { cycleEn: round.map(labelEn).join(" → "), cycleZh: round.map(labelZh).join("→") };
      issues.push(makeIssue(CASCADE_MESSAGES, "PARENT_CYCLE", params, { kpi: first, ...(typeof row === "number" ? { row } : {}) }));
      for (const k of cycle) parent[k] = undefined;
    }
    for (const k of path) state[k] = 2;
  }
}
