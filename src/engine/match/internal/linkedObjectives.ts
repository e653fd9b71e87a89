import type { PreparedObjectives } from "../prepareObjectives";
import { linkCloseness, linkKey } from "./linkKey";

/**
 * Indexes of the objectives a KPI's objective cell names: the closest matches only (an exact name
 * beats an abbreviation, which beats a typo), so "Grow revenue" does not also link "Grow revenues".
 * Results are cached per cell text in `prepared.linkCache`.
 */
export function linkedObjectives(link: string | undefined, prepared: PreparedObjectives): readonly number[] {
  if (typeof link !== "string" || link.trim() === "") return [];
  const cached = prepared.linkCache.get(link);
  if (cached) return cached;
  const key = linkKey(link);
  let best = 3;
  let found: number[] = [];
  prepared.keys.forEach((objective, j) => {
    const closeness = linkCloseness(key, objective);
    if (closeness < best) {
      best = closeness;
      found = [j];
    } else if (closeness === best && closeness < 3) {
      found.push(j);
    }
  });
  prepared.linkCache.set(link, found);
  return found;
}
