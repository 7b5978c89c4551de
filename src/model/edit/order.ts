/**
 * Key order. JSON.stringify writes keys in insertion order, and the loader (zod) writes them
 * in schema order: an edit that adds a key puts it where the schema has it, so an edited file
 * reads like a loaded one and undoing a removal puts the key back where it was.
 */

/**
 * `value` with `changes` applied: a key set to undefined is removed, a key already there keeps
 * its place, and a new key goes before the first existing key that the schema lists after it.
 */
export function withFields<T extends object>(
  value: T,
  changes: ReadonlyMap<string, unknown>,
  order: readonly string[],
): T {
  const rank = (key: string) => {
    const at = order.indexOf(key);
    return at === -1 ? order.length : at;
  };
  const keys = Object.keys(value).filter(
    (key) => changes.get(key) !== undefined || !changes.has(key),
  );
  for (const [key, next] of changes) {
    if (next === undefined || keys.includes(key)) continue;
    const before = keys.findIndex((existing) => rank(existing) > rank(key));
    keys.splice(before === -1 ? keys.length : before, 0, key);
  }
  const source = value as Record<string, unknown>;
  // Object.fromEntries, not assignment: a key named "__proto__" stays an own key.
  return Object.fromEntries(
    keys.map((key) => [key, changes.has(key) ? changes.get(key) : source[key]]),
  ) as T;
}

/**
 * The changes an update asks for: its own keys only (of `allowed`, when given), undefined
 * meaning "remove". A key outside `allowed` (an id, say) is ignored, never written.
 */
export function changesOf(changes: object, allowed?: readonly string[]): Map<string, unknown> {
  const entries = Object.entries(changes);
  return new Map(allowed ? entries.filter(([key]) => allowed.includes(key)) : entries);
}

/** An object without its undefined values, keys in the order written (build it in schema order). */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
