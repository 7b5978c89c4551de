/** The shape test for Cytoscape.js JSON, apart so format detection stays light. */
type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const hasData = (list: unknown[]) => list.some((e) => isObject(e) && isObject(e.data));

/**
 * True when a parsed JSON value has the shape of Cytoscape elements: `{elements: {nodes,
 * edges}}`, `{elements: [...]}`, a bare array of elements, or `{nodes: [...], edges: [...]}`
 * without the `elements` wrapper (what cy.json().elements and several exporters write), each
 * element carrying `data`.
 */
export function looksLikeCytoscape(value: unknown): boolean {
  const elements = Array.isArray(value) ? value : isObject(value) ? value.elements : undefined;
  if (Array.isArray(elements)) return elements.length === 0 || hasData(elements);
  if (isObject(elements)) return Array.isArray(elements.nodes) || Array.isArray(elements.edges);
  return topLevelElements(value) !== undefined;
}

/** `{nodes: [...], edges: [...]}` at the top, with `data` on its elements; else undefined. */
export function topLevelElements(value: unknown): Loose | undefined {
  if (!isObject(value) || 'elements' in value) return undefined;
  const nodes = Array.isArray(value.nodes) ? value.nodes : undefined;
  const edges = Array.isArray(value.edges) ? value.edges : undefined;
  if (!nodes && !edges) return undefined;
  return hasData([...(nodes ?? []), ...(edges ?? [])]) ? value : undefined;
}
