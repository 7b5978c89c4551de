/**
 * A plain object to use as a map from data (ids, attribute names, URL keys): no prototype, so
 * keys such as "constructor", "toString" or "__proto__" are just keys. Read it with
 * Object.hasOwn. Prefer a Map when nothing needs a plain object (JSON, React style props).
 * eslint (no-restricted-syntax) refuses `const x: Record<…> = {}` for this reason.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
