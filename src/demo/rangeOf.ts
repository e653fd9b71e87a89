/** A rectangle of a sheet, 0-based and inclusive. */
export interface SheetRange {
  readonly sheet: string;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

const cell = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Parses an address as the host writes it (`'Strategy Match'!B5:B9`, `Scorecard!$H$4`, `=Sheet1!A1`).
 * @param address the address
 * @param defaultSheet sheet of an address without one
 * @returns the range, or undefined when it does not parse
 * @example rangeOf("'A b'!B2:C3") // { sheet: "A b", r0: 1, c0: 1, r1: 2, c1: 2 }
 */
export function rangeOf(address: string, defaultSheet = ""): SheetRange | undefined {
  const text = address.replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  const rawSheet = bang >= 0 ? text.slice(0, bang) : defaultSheet;
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const [from, to = from] = text.slice(bang + 1).split(":");
  const a = cell.exec(from ?? "");
  const b = cell.exec(to ?? "");
  if (!a?.[1] || !a[2] || !b?.[1] || !b[2]) return undefined;
  const [ra, rb, ca, cb] = [Number(a[2]) - 1, Number(b[2]) - 1, column(a[1]), column(b[1])];
  return { sheet, r0: Math.min(ra, rb), r1: Math.max(ra, rb), c0: Math.min(ca, cb), c1: Math.max(ca, cb) };
}
