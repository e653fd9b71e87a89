/**
 * A table keyed by text that users type (words, units, period names). It is a `Map`, never a plain
 * object: `{ ... }["constructor"]` finds `Object.prototype.constructor`, so an objective named
 * "Hire a constructor" or a deadline "by constructor" would read a function as data.
 * @param entries the table as an object literal (easy to write and review)
 * @returns the same entries as a read-only `Map`
 * @example wordTable({ k: 3, 万: 4 }).get("constructor") // undefined
 */
export function wordTable<V>(entries: Readonly<Record<string, V>>): ReadonlyMap<string, V> {
  return new Map(Object.entries(entries));
}
