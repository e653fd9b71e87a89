/**
 * English vague words (DOMAIN §3 "S" and "M"): verbs and adjectives that say a goal should be better
 * without naming how much of what. A statement made only of these is not Specific, and they are not a
 * Measurable target ("high", "significant"). Matched by whole word, case-insensitive, with common
 * inflections (improve → improves, improved, improving; nouns such as "improvement" are listed as adjectives). To extend: add a base form.
 */
export const VAGUE_VERBS_EN: readonly string[] = [
  "improve", "enhance", "optimise", "optimize", "strengthen", "boost", "promote", "foster", "advance",
  "develop", "support", "drive", "ensure", "strive", "focus", "upgrade", "refine", "streamline", "empower",
  "leverage", "maximise", "maximize", "minimise", "minimize", "better",
];

export const VAGUE_ADJECTIVES_EN: readonly string[] = [
  "better", "best", "good", "great", "excellent", "outstanding", "significant", "significantly", "substantial",
  "substantially", "considerable", "considerably", "high", "higher", "strong", "stronger", "world-class",
  "best-in-class", "effective", "effectively", "efficient", "efficiently", "appropriate", "reasonable",
  "more", "much", "as much as possible", "continuous", "continuously", "dramatically", "greatly",
  "healthy", "robust", "satisfactory", "acceptable", "optimal", "improvement", "improvements", "enhancement",
  "optimisation", "optimization", "excellence", "smarter", "harder", "leader", "leadership position", "world leader",
];
