import type { Issue } from "../model";

/**
 * Why no attainment could be computed (DOMAIN §2). A custom function maps these to Excel errors:
 * `no-actual` / `no-target` → `#N/A`; `no-band` → `#VALUE!`; `zero-divisor` (a zero divisor that no
 * DOMAIN rule covers) → `#DIV/0!`; `not-finite` (an input or the result is NaN or ±Infinity) → `#NUM!`.
 */
export type AttainmentFailure = "no-actual" | "no-target" | "no-band" | "zero-divisor" | "not-finite";

/**
 * The outcome of an attainment calculation. `value` is always a finite number; 1 = exactly on target.
 * `kind` is `pass-fail` when the value can only be 0 or 1 (a zero target without a baseline).
 * `issues` holds warnings and hints even when `ok` is true; it is a shared frozen empty array when there
 * are none, so never push into it.
 */
export type AttainmentResult =
  | { readonly ok: true; readonly value: number; readonly kind: "ratio" | "pass-fail"; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly reason: AttainmentFailure; readonly issues: readonly Issue[] };
