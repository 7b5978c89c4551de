/** The shape test for Cytoscape.js JSON, apart so format detection stays light. */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** True when a parsed JSON value has the shape of Cytoscape elements. */
export function looksLikeCytoscape(value: unknown): boolean {
  const elements = Array.isArray(value) ? value : isObject(value) ? value.elements : undefined;
  if (Array.isArray(elements)) {
    return elements.length === 0 || elements.some((e) => isObject(e) && isObject(e.data));
  }
  return isObject(elements) && (Array.isArray(elements.nodes) || Array.isArray(elements.edges));
}
