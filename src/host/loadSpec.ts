/**
 * Parses the argument of `load()`: a comma-separated string ("values, format/fill/color"), an
 * array of such strings, `{ select, expand }`, or an option object (`{ values: true, format: {…} }`).
 */
import { hostError } from "./errors";

/** What to load on one object: scalar names (or all of them) and loads on navigation properties. */
export interface LoadSpec {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadSpec>;
}

/** An empty spec. */
export function emptySpec(): LoadSpec {
  return { all: false, scalars: new Set(), nav: new Map() };
}

function addPath(spec: LoadSpec, path: string): void {
  const parts = path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  if (parts.length === 0) return;
  let node = spec;
  for (let i = 0; i < parts.length - 1; i++) {
    const name = parts[i] ?? "";
    let next = node.nav.get(name);
    if (!next) {
      next = emptySpec();
      node.nav.set(name, next);
    }
    node = next;
  }
  node.scalars.add(parts[parts.length - 1] ?? "");
}

function addList(spec: LoadSpec, list: unknown): void {
  const items = Array.isArray(list) ? (list as unknown[]) : [list];
  for (const item of items) {
    if (typeof item !== "string") throw hostError("InvalidArgument", "load() expects property names.");
    item.split(",").forEach((p) => addPath(spec, p));
  }
}

function addOptionObject(spec: LoadSpec, option: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(option)) {
    if (key === "$all") {
      if (value === true) spec.all = true;
    } else if (value === true) {
      spec.scalars.add(key);
    } else if (value !== null && typeof value === "object") {
      const child = spec.nav.get(key) ?? emptySpec();
      addOptionObject(child, value as Record<string, unknown>);
      spec.nav.set(key, child);
    } else if (value !== false && value !== undefined) {
      throw hostError("InvalidArgument", `load() option "${key}" must be true, false or an object.`);
    }
  }
}

/**
 * Builds a load spec from any accepted `load()` argument.
 * @param arg - the argument given to load(); undefined loads every scalar property
 * @returns the spec; throws InvalidArgument for an argument of the wrong shape
 */
export function parseLoadArgument(arg: unknown): LoadSpec {
  const spec = emptySpec();
  if (arg === undefined || arg === null) {
    spec.all = true;
    return spec;
  }
  if (typeof arg === "string" || Array.isArray(arg)) {
    addList(spec, arg);
    return spec;
  }
  if (typeof arg === "object") {
    const record = arg as Record<string, unknown>;
    if ("select" in record || "expand" in record) {
      if (record.select !== undefined) addList(spec, record.select);
      if (record.expand !== undefined) {
        const expand = emptySpec();
        addList(expand, record.expand);
        for (const name of expand.scalars) spec.nav.set(name, { all: true, scalars: new Set(), nav: new Map() });
        for (const [name, sub] of expand.nav) spec.nav.set(name, sub);
      }
      return spec;
    }
    addOptionObject(spec, record);
    return spec;
  }
  throw hostError("InvalidArgument", "load() expects a string, an array or an object.");
}
