/**
 * Text similarity of a KPI and an objective over concept ids (DOMAIN §4): the mean of the two
 * containments, (shared/|K| + shared/|O|) / 2. Unlike Jaccard or Dice, a KPI with a long description
 * still relates clearly to a short objective it fully contains ("Grow revenue" in a KPI with 9
 * concepts: (1/9 + 1/1) / 2 ≈ 0.56), while one shared word among several on both sides stays weak.
 */

/**
 * Similarity from counts (the hot path: `strengths` counts shared concepts with an inverted index).
 * @param shared number of concepts in both
 * @param kpiConcepts number of distinct concepts of the KPI text
 * @param objectiveConcepts number of distinct concepts of the objective text
 * @returns a score in [0, 1]; 0 when either side is empty
 * @example similarityOfCounts(1, 2, 2) // 0.5
 */
export function similarityOfCounts(shared: number, kpiConcepts: number, objectiveConcepts: number): number {
  if (!(shared > 0) || !(kpiConcepts > 0) || !(objectiveConcepts > 0)) return 0;
  return Math.min(1, (shared / kpiConcepts + shared / objectiveConcepts) / 2);
}

/**
 * Similarity of two concept lists (as `tokenize` returns them).
 * @param kpi concept ids of the KPI text
 * @param objective concept ids of the objective text
 * @returns a score in [0, 1]
 * @example similarity(["customer", "satisfaction"], ["customer", "experience"]) // 0.5
 */
export function similarity(kpi: readonly string[], objective: readonly string[]): number {
  const a = new Set(kpi);
  const b = new Set(objective);
  let shared = 0;
  for (const concept of a) if (b.has(concept)) shared++;
  return similarityOfCounts(shared, a.size, b.size);
}
