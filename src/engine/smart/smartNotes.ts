/**
 * Notes reported beside the five SMART criteria (DOMAIN §3): no owner (Doran's original "A" was
 * Assignable), and no data source or frequency.
 */
import { SMART_MESSAGES } from "../messages/smart";
import type { Cadence } from "../model";
import { smartMessage } from "./criterion";
import type { SmartNote } from "./smartTypes";
import { DATA_SOURCE_MATCHER } from "./vocabulary";

const blank = (s: unknown) => typeof s !== "string" || s.trim() === "";

/**
 * The notes outside the five criteria.
 * @param owner the owner cell
 * @param dataSource the data-source cell
 * @param frequency the reporting frequency
 * @param text the goal's name and description (a source named there, such as "from the CRM", counts)
 * @returns NO_OWNER and/or NO_DATA_SOURCE_OR_FREQUENCY, in that order
 * @example smartNotes(undefined, undefined, "monthly", "Revenue").map((n) => n.code) // ["NO_OWNER"]
 */
export function smartNotes(owner: string | undefined, dataSource: string | undefined, frequency: Cadence | undefined, text: string): SmartNote[] {
  const notes: SmartNote[] = [];
  if (blank(owner)) notes.push({ code: "NO_OWNER", message: smartMessage(SMART_MESSAGES.NO_OWNER) });
  if (blank(dataSource) && frequency === undefined && !DATA_SOURCE_MATCHER.test(text)) {
    notes.push({ code: "NO_DATA_SOURCE_OR_FREQUENCY", message: smartMessage(SMART_MESSAGES.NO_DATA_SOURCE_OR_FREQUENCY) });
  }
  return notes;
}
