/**
 * A plain object to use as a map from data (ids, attribute names, URL keys): no prototype, so
 * keys such as "constructor", "toString" or "__proto__" are just keys. Read it with
 * Object.hasOwn. Libraries that call obj.hasOwnProperty (React's style prop, cytoscape's
 * data()) need an ordinary object: build those with Object.fromEntries. Prefer a Map anywhere
 * else. eslint (no-restricted-syntax) refuses `const x: Record<…> = {}` for this reason.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
