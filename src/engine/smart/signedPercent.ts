/**
 * Formats a fraction as a signed percentage with one decimal, for SMART messages.
 * @param x a fraction (0.125 = 12.5%)
 * @returns e.g. "+12.5%", "-55.6%", "0%"
 * @example signedPercent(0.125) // "+12.5%"
 */
export function signedPercent(x: number): string {
  const p = Math.round(x * 1000) / 10;
  return `${p > 0 ? "+" : ""}${p === 0 ? 0 : p}%`;
}
