/**
 * What comes back from the document is untrusted (another version of the add-in, a hand edit, a
 * truncated save): keep only fields of the right shape, drop the rest, never throw.
 */
import type { HeaderRole, Lang, Objective, Perspective } from "../../engine";
import type { ColumnOverrides, StoredState, TableRef } from "../port";

type Json = Record<string, unknown>;

const ROLES: readonly HeaderRole[] = [
  "name", "description", "perspective", "objective", "parent", "owner", "department", "unit", "baseline", "target",
  "actual", "weight", "direction", "deadline", "frequency", "green", "amber",
];
const PERSPECTIVES: readonly Perspective[] = ["financial", "customer", "process", "learning"];
const isObject = (v: unknown): v is Json => v !== null && typeof v === "object" && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

function tableRef(v: unknown): TableRef | undefined {
  if (!isObject(v)) return undefined;
  const { kind, name, sheet, address } = v;
  if ((kind !== "table" && kind !== "range" && kind !== "name") || typeof name !== "string" || typeof sheet !== "string" || typeof address !== "string") return undefined;
  return { kind, name, sheet, address };
}

function columns(v: unknown): ColumnOverrides | undefined {
  if (!isObject(v)) return undefined;
  const out: Partial<Record<HeaderRole, number>> & { history?: number[] } = {};
  for (const role of ROLES) if (isIndex(v[role])) out[role] = v[role];
  if (Array.isArray(v.history)) out.history = v.history.filter(isIndex);
  return out;
}

function objective(v: unknown): Objective | undefined {
  if (!isObject(v) || typeof v.name !== "string" || v.name.trim() === "") return undefined;
  const weight = typeof v.weight === "number" && Number.isFinite(v.weight) && v.weight >= 0 ? v.weight : 1;
  const perspective = PERSPECTIVES.find((p) => p === v.perspective);
  return {
    name: v.name,
    weight,
    ...(perspective ? { perspective } : {}),
    ...(typeof v.description === "string" ? { description: v.description } : {}),
  };
}

function settings(v: unknown): StoredState["settings"] {
  if (!isObject(v)) return undefined;
  const out: Json = {};
  for (const [key, value] of Object.entries(v)) {
    if (typeof value === "number" ? Number.isFinite(value) : typeof value === "string" || isObject(value)) out[key] = value;
  }
  return out;
}

/** The Company roll-up's teams: each with a table, a name and (optionally) a non-negative weight. */
function company(v: unknown): StoredState["company"] {
  if (!Array.isArray(v)) return undefined;
  const out: NonNullable<StoredState["company"]>[number][] = [];
  for (const item of v) {
    if (!isObject(item)) continue;
    const table = tableRef(item.table);
    if (!table || typeof item.name !== "string") continue;
    const weight = typeof item.weight === "number" && Number.isFinite(item.weight) && item.weight >= 0 ? item.weight : undefined;
    out.push({ table, name: item.name, ...(weight === undefined ? {} : { weight }) });
  }
  return out;
}

/**
 * Keeps the well-formed parts of a stored state.
 * @param value what was parsed from the document (any value)
 * @returns a StoredState with only valid fields (`{}` for anything else)
 * @example sanitizeState({ language: "zh", kpiTable: 3 }) // { language: "zh" }
 */
export function sanitizeState(value: unknown): StoredState {
  if (!isObject(value)) return {};
  const kpiTable = tableRef(value.kpiTable);
  const strategyTable = tableRef(value.strategyTable);
  const cols = columns(value.columns);
  const objectives = Array.isArray(value.objectives) ? value.objectives.map(objective).filter((o): o is Objective => o !== undefined) : undefined;
  const s = settings(value.settings);
  const language: Lang | undefined = value.language === "en" || value.language === "zh" ? value.language : undefined;
  const teams = company(value.company);
  return {
    ...(kpiTable ? { kpiTable } : {}),
    ...(strategyTable ? { strategyTable } : {}),
    ...(cols ? { columns: cols } : {}),
    ...(objectives ? { objectives } : {}),
    ...(s ? { settings: s } : {}),
    ...(language ? { language } : {}),
    ...(teams ? { company: teams } : {}),
  };
}
