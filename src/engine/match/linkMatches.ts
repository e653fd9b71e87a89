import { linkCloseness, linkKey } from "./internal/linkKey";

/**
 * Whether a KPI's objective cell names this objective (DOMAIN §4: an explicit link is strength 9),
 * allowing small wording differences: case, spaces, punctuation and full-width forms; function
 * words ("the", "of", "的"); well-known abbreviations ("CX"); capital initials ("CE" for "Customer
 * Experience"); shortened words ("Grow Rev." for "Grow revenue"); and small typos (none up to 4
 * characters, one up to 11, two from 12, counted on the compact text).
 * @param linkText the KPI's objective cell as written
 * @param objectiveName the objective's name
 * @returns true when the link names the objective
 * @example linkMatches("Grow Rev.", "Grow revenue") // true
 * @example linkMatches("CX", "Customer Experience") // true
 * @example linkMatches("提升客户满意度", "提升 客户满意度") // true
 * @example linkMatches("Reduce cost", "Grow revenue") // false
 */
export function linkMatches(linkText: string, objectiveName: string): boolean {
  if (typeof linkText !== "string" || typeof objectiveName !== "string") return false;
  return linkCloseness(linkKey(linkText), linkKey(objectiveName)) < 3;
}
