// Small assertion helpers for the e2e scripts (no test framework: they run under plain Node).

/** Throws unless `ok`. */
export function assert(ok, message) {
  if (!ok) throw new Error(message);
}

/** Throws unless |actual − expected| ≤ tolerance. */
export function near(actual, expected, message, tolerance = 1e-6) {
  assert(typeof actual === "number" && Math.abs(actual - expected) <= tolerance, `${message}: expected ${expected}, got ${JSON.stringify(actual)}`);
}

/** Throws unless actual === expected. */
export function equal(actual, expected, message) {
  assert(actual === expected, `${message}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
