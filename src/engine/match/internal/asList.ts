/** The argument when it is an array, else an empty list (the engine never throws on bad input). */
export function asList<T>(value: readonly T[]): readonly T[] {
  return Array.isArray(value) ? (value as readonly T[]) : [];
}

/** Text of an optional string field, "" when it is not a string. */
export function textOf(value: unknown): string {
  return typeof value === "string" ? value : "";
}
