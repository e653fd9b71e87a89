/** Chart colours for status codes, from the one status-colour table the cell fills use. */
import { STATUS_COLOURS } from "./formats";

/** Office's grey accent, for a code the table does not know. */
const UNKNOWN = "#A5A5A5";

/**
 * The chart colour of each status code, in order (On track green, At risk amber, Off track red,
 * No data grey).
 * @param codes status codes, as written in the status-count rows
 * @returns one colour per code
 * @example statusChartColours(["On track", "Off track"]) // ["#63BE7B", "#F8696B"]
 */
export function statusChartColours(codes: readonly string[]): string[] {
  return codes.map((code) => STATUS_COLOURS[code]?.chart ?? UNKNOWN);
}
