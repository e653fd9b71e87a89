/**
 * Text that names a property every plain object inherits. A table keyed by user text that is a plain
 * object literal answers `TABLE["constructor"]` with `Object.prototype.constructor` (a function), so
 * these must be looked up with `Map`, `Object.hasOwn` or a null-prototype object. The variants carry
 * the key the way users type words: another case, inside a phrase, with a prefix or a unit.
 */
export const PROTOTYPE_KEYS: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), "__proto__", "prototype"];

/** Each key alone and inside the phrases text parsers look for (deadlines, directions, numbers, headers). */
export const PROTOTYPE_TEXTS: readonly string[] = PROTOTYPE_KEYS.flatMap((key) => [
  key,
  key.toUpperCase(),
  ` ${key} `,
  `by ${key}`,
  `end of ${key}`,
  `${key} 2027`,
  `Q3 ${key}`,
  `12 ${key}`,
  `${key}%`,
  `${key} rate`,
  `Hire a ${key}`,
  `${key}率`,
  `提升${key}`,
]);
