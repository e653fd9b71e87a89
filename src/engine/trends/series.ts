/**
 * A KPI's history as the trend functions read it (DOMAIN §5): oldest first, one entry per period.
 * `null` / `undefined` (and any non-finite number such as `NaN`) is a blank period: it is skipped,
 * but it keeps its place, so the periods around it stay the right distance apart.
 */
export type Series = readonly (number | null | undefined)[];
