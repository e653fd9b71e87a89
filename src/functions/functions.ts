/**
 * Attainment of a KPI: 1 means exactly on target (placeholder until the formula library lands).
 * @customfunction
 * @param actual Actual value.
 * @param target Target value.
 * @returns Attainment ratio.
 */
export function attainment(actual: number, target: number): number {
  return actual / target;
}
