/**
 * Internal: what every row reader needs to know about the table, computed once.
 */
import type { Cadence, ColumnMap, Direction, Issue, Perspective } from "../../model";
import type { DeadlineOptions, ParsedDeadline } from "../../parse/deadline";

/** Table-wide facts for reading rows. */
export interface ReadContext {
  readonly headers: readonly string[];
  readonly columns: ColumnMap;
  readonly historyLabels: readonly string[];
  /** One label per `Kpi.periodTargets` entry (DOMAIN §5); empty when the table has no per-period targets. */
  readonly periodTargetLabels: readonly string[];
  /** Extra columns and the key each is kept under in `Kpi.extra`. */
  readonly extras: readonly { column: number; key: string }[];
  readonly formats: readonly unknown[][] | undefined;
  /** Columns whose header says %. */
  readonly percentHeader: ReadonlySet<number>;
  /** Percent-header columns that hold percent points (some plain number above 1.5). */
  readonly pointsColumns: ReadonlySet<number>;
  /** Unit written in the target/actual header ("目标（万元）" → "万元"), used when there is no unit column. */
  readonly headerUnit?: string;
  readonly deadlineOptions: DeadlineOptions;
  readonly issues: Issue[];
  /** Per-call caches of parsed text (the same perspective, direction or deadline text repeats down a column). */
  readonly memo: ReadMemo;
  /** Cells inside a merged area (not its first cell), as "row:column"; see ReadOptions.merged. */
  readonly mergedCells: ReadonlySet<string>;
}

/** Caches by cell text. */
export interface ReadMemo {
  readonly perspective: Map<string, Perspective | undefined>;
  readonly direction: Map<string, Direction | undefined>;
  readonly cadence: Map<string, Cadence | undefined>;
  readonly deadline: Map<string, ParsedDeadline>;
}

/**
 * Looks a text up in a cache, parsing it on a miss.
 * @param map the cache
 * @param key the cell text
 * @param parse the parser
 * @returns the cached or freshly parsed value
 * @example memo(new Map(), "财务", parsePerspective) // "financial"
 */
export function memo<T>(map: Map<string, T>, key: string, parse: (text: string) => T): T {
  if (map.has(key)) return map.get(key) as T;
  const value = parse(key);
  if (map.size < 10_000) map.set(key, value);
  return value;
}
