import type { Bilingual } from "../../engine";
import { WRITE_FEATURES, type WriteFeature } from "./apiFeatures";

/** Which optional features this Excel supports, and what a missing one costs. */
export interface Features {
  readonly has: (feature: WriteFeature) => boolean;
  /** Missing required features (the write is refused). */
  readonly missing: readonly WriteFeature[];
  /** Notes for optional features that will be skipped. */
  readonly notes: readonly Bilingual[];
}

/**
 * Asks `isSetSupported` once per feature (STYLE.md "Office.js habits": gate optional APIs).
 * @param isSetSupported `Office.context.requirements.isSetSupported` or a test double
 * @returns the supported features, the missing required ones and notes for skipped ones
 * @example detectFeatures(() => true).missing // []
 */
export function detectFeatures(isSetSupported: (set: string, version: string) => boolean): Features {
  const supported = new Map<WriteFeature, boolean>();
  const missing: WriteFeature[] = [];
  const notes: Bilingual[] = [];
  for (const [feature, spec] of Object.entries(WRITE_FEATURES) as [WriteFeature, (typeof WRITE_FEATURES)[WriteFeature]][]) {
    let ok = false;
    try {
      ok = isSetSupported(spec.set, spec.version) === true;
    } catch {
      ok = false;
    }
    supported.set(feature, ok);
    if (!ok && spec.required) missing.push(feature);
    else if (!ok && spec.skipped.en !== "") notes.push(spec.skipped);
  }
  return { has: (feature) => supported.get(feature) === true, missing, notes };
}
