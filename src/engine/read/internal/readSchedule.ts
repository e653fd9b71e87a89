/**
 * Internal: the direction, deadline and frequency of a KPI row (DOMAIN §1 "Direction", "Deadlines").
 * Direction comes from its column; else from a band or comparator in the target cell; else inferred from
 * the name (reported DIRECTION_INFERRED); else higher is assumed (reported DIRECTION_ASSUMED).
 */
import type { Direction, Kpi } from "../../model";
import { makeIssue } from "../../messages/define";
import { READ_MESSAGES } from "../../messages/read";
import { parseCadence } from "../../parse/cadence";
import { parseDeadline } from "../../parse/deadline";
import { inferDirectionFromName, parseDirection } from "../../parse/direction";
import { cellText } from "../../parse/internal/cellText";
import { memo, type ReadContext } from "./context";
import { cellAt, cellIssue } from "./readCells";
import type { Mutable } from "./readRow";
import { isBlank } from "./rowKind";

/**
 * Sets `direction` and `directionSource`.
 * @param stated a direction stated in the target cell (band or comparator), if any
 * @param ctx table facts
 * @param row the row
 * @param r row index
 * @param k KPI index
 * @param kpi the KPI, changed in place
 * @returns nothing
 * @example readDirection(ctx, row, 4, 0, kpi, undefined) // kpi.direction = "lower", directionSource = "inferred" for "Churn rate"
 */
export function readDirection(ctx: ReadContext, row: readonly unknown[], r: number, k: number, kpi: Mutable<Kpi>, stated: Direction | undefined): void {
  const c = ctx.columns.direction;
  const cell = cellAt(row, c);
  if (c !== undefined && !isBlank(cell)) {
    const d = memo(ctx.memo.direction, cellText(cell), parseDirection);
    if (d !== undefined) {
      kpi.direction = d;
      kpi.directionSource = "column";
      return;
    }
    ctx.issues.push(cellIssue(ctx, "DIRECTION_UNREADABLE", r, c, k, cellText(cell)));
  }
  if (stated !== undefined) {
    kpi.direction = stated;
    kpi.directionSource = "column";
    return;
  }
  const inferred = inferDirectionFromName(kpi.name);
  if (inferred !== undefined) {
    kpi.direction = inferred;
    kpi.directionSource = "inferred";
    ctx.issues.push(makeIssue(READ_MESSAGES, "DIRECTION_INFERRED", { name: kpi.name }, { row: r, kpi: k }));
    return;
  }
  kpi.direction = "higher";
  kpi.directionSource = "assumed";
  ctx.issues.push(makeIssue(READ_MESSAGES, "DIRECTION_ASSUMED", { name: kpi.name }, { row: r, kpi: k }));
}

/**
 * Sets `deadline` (or `deadlineText` when it does not parse) and `frequency`.
 * @param ctx table facts
 * @param row the row
 * @param r row index
 * @param k KPI index
 * @param kpi the KPI, changed in place
 * @returns nothing
 * @example readDeadlineAndFrequency(ctx, row, 4, 0, kpi) // kpi.deadline for "Q3 2027", kpi.frequency for "每月"
 */
export function readDeadlineAndFrequency(ctx: ReadContext, row: readonly unknown[], r: number, k: number, kpi: Mutable<Kpi>): void {
  const d = ctx.columns.deadline;
  if (d !== undefined) {
    const raw = row[d];
    const parsed = typeof raw === "string" ? memo(ctx.memo.deadline, raw, (t) => parseDeadline(t, ctx.deadlineOptions)) : parseDeadline(raw, ctx.deadlineOptions);
    if (parsed.ok) kpi.deadline = parsed.deadline;
    else if (parsed.reason !== "blank") {
      kpi.deadlineText = parsed.text.trim();
      ctx.issues.push(cellIssue(ctx, parsed.reason === "vague" ? "DEADLINE_VAGUE" : "DEADLINE_UNREADABLE", r, d, k, parsed.text));
    }
  }
  const f = ctx.columns.frequency;
  const cell = cellAt(row, f);
  if (f !== undefined && !isBlank(cell)) {
    const cadence = memo(ctx.memo.cadence, cellText(cell), parseCadence);
    if (cadence !== undefined) kpi.frequency = cadence;
    else ctx.issues.push(cellIssue(ctx, "FREQUENCY_UNREADABLE", r, f, k, cellText(cell)));
  }
}
