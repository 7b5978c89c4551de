/** The shape test for Kumu blueprints, apart so format detection stays light. */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** `elements` (without Cytoscape's `data`) and, usually, `connections`. */
export function looksLikeKumu(value: unknown): boolean {
  if (!isObject(value) || !Array.isArray(value.elements)) return false;
  if (Array.isArray(value.connections)) return true;
  return value.elements.some(
    (e) => isObject(e) && !isObject(e.data) && (e.label !== undefined || isObject(e.attributes)),
  );
}
