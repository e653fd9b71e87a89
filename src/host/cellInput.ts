/**
 * What a value written through `Range.values` / `Range.formulas` (or typed by a user) becomes.
 * Excel treats such input like typing: "=…" becomes a formula; the Range.values reference says a
 * string starting with "+", "-" or "=" is interpreted as a formula; numeric text becomes a number;
 * "TRUE"/"FALSE" become booleans; error literals become errors; a leading apostrophe or the text
 * number format "@" keeps the text as it is.
 * Unsure: how Excel treats "@…" through the API (typing it shows a formula prompt); we pick the
 * stricter reading and make it a formula, so text that must stay text has to be protected.
 * A "+"/"-"/"@" string that does not parse as a formula (e.g. "-") stays text, as typing it does;
 * an "=" string that does not parse is rejected (InvalidArgument).
 */

/** The content a cell is set to. */
export type CellInput =
  | { kind: "formula"; formula: string; fallbackText?: string }
  | { kind: "value"; value: string | number | boolean }
  | { kind: "error"; literal: string }
  | { kind: "empty" }
  | { kind: "unchanged" };

/** Error literals Excel accepts as typed values. */
export const ERROR_LITERALS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"] as const;

const numeric = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const percent = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const thousands = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;

function parseNumberText(text: string): number | undefined {
  const t = text.trim();
  if (numeric.test(t)) return Number(t);
  if (thousands.test(t)) return Number(t.replace(/,/g, ""));
  if (percent.test(t)) return Number(t.slice(0, -1)) / 100;
  return undefined;
}

/**
 * Interprets one written cell value.
 * @param raw - the value from the 2-D array (null leaves the cell unchanged, "" clears it)
 * @param numberFormat - the cell's number format at the time of writing ("@" keeps text)
 * @returns what the cell becomes, or a string describing why the value is not accepted
 */
export function interpretInput(raw: unknown, numberFormat: string): CellInput | string {
  if (raw === null || raw === undefined) return { kind: "unchanged" };
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? { kind: "value", value: raw } : "Numbers must be finite.";
  }
  if (typeof raw === "boolean") return { kind: "value", value: raw };
  if (typeof raw !== "string") return `Unsupported cell value of type ${typeof raw}.`;
  if (raw === "") return { kind: "empty" };
  if (numberFormat === "@") return { kind: "value", value: raw };
  if (raw.startsWith("'")) return { kind: "value", value: raw.slice(1) };
  if (raw.startsWith("=") && raw.length > 1) return { kind: "formula", formula: raw };
  const asNumber = parseNumberText(raw);
  if (asNumber !== undefined) return { kind: "value", value: asNumber };
  if (raw.startsWith("+") || raw.startsWith("-")) return { kind: "formula", formula: `=${raw}`, fallbackText: raw };
  if (raw.startsWith("@") && raw.length > 1) return { kind: "formula", formula: `=${raw.slice(1)}`, fallbackText: raw };
  const upper = raw.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "value", value: upper === "TRUE" };
  if ((ERROR_LITERALS as readonly string[]).includes(upper)) return { kind: "error", literal: upper };
  return { kind: "value", value: raw };
}
