/**
 * From a graphology graph (what the GEXF and GraphML parsers give) to the shared foreign-graph
 * shape, and the checks graphology would otherwise throw on or silently merge.
 */
import type Graph from 'graphology';
import { flipY } from './fields';
import { importProblem } from './finish';
import type { ForeignEdge, ForeignGraph, ForeignNode } from './graph-import';
import type { ImportProblem } from './types';

type Attrs = Record<string, unknown>;

export interface Scan {
  declared: Set<string>;
  edgeIds: Set<string>;
  problems: ImportProblem[];
}

/**
 * graphology 0.26 keeps each node's neighbours in plain `{}` objects, so a node whose id is
 * `constructor`, `toString` or `valueOf` looks already linked to everything ("an edge linking
 * "a" to "constructor" already exists") and its edges are lost or refused. No upstream issue
 * covers it (graphology#531 is the nearest: dynamic key lookups in its data classes). Every id
 * goes into graphology with this prefix, which no Object.prototype member has, and comes out
 * without it (fromGraphology).
 */
const KEY_PREFIX = 'id:';
const unprefix = (key: string) => (key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key);

function prefixAttribute(element: Element, name: string) {
  const value = element.getAttribute(name);
  if (value !== null && value !== '') element.setAttribute(name, KEY_PREFIX + value);
}

/**
 * What graphology would throw on or silently merge: duplicate node and edge ids. Also prefixes
 * every id in the document (KEY_PREFIX), so parse the document only after this.
 */
export function scanGraph(doc: Document, file: string): Scan {
  const declared = new Set<string>();
  const edgeIds = new Set<string>();
  const problems: ImportProblem[] = [];
  const nodes = doc.getElementsByTagName('node');
  for (let i = 0; i < nodes.length; i++) {
    const id = nodes[i]?.getAttribute('id');
    if (id === null || id === undefined) {
      problems.push(importProblem('required', { file, field: `node #${i + 1}` }, { field: 'id' }));
    } else if (declared.has(id)) {
      problems.push(
        importProblem('duplicateId', { file, node: id }, { id, first: `node "${id}"` }),
      );
    } else declared.add(id);
    if (nodes[i]) prefixAttribute(nodes[i] as Element, 'id');
  }
  const edges = doc.getElementsByTagName('edge');
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (!edge) continue;
    const id = edge.getAttribute('id');
    for (const name of ['source', 'target', 'id']) prefixAttribute(edge, name);
    if (id === null || id === '') continue;
    if (edgeIds.has(id)) {
      problems.push(
        importProblem('duplicateId', { file, edge: id }, { id, first: `edge "${id}"` }),
      );
    } else edgeIds.add(id);
  }
  return { declared, edgeIds, problems };
}

/** graphology → the shared foreign-graph shape; x/y become a position, with y flipped. */
export function fromGraphology(graph: Graph, format: 'gexf' | 'graphml', file: string, scan: Scan) {
  const nodes: ForeignNode[] = [];
  graph.forEachNode((prefixed, attributes) => {
    const key = unprefix(prefixed);
    // Nodes graphology added for edges pointing nowhere are not the file's: the edge is reported.
    if (!scan.declared.has(key)) return;
    const { x, y, ...attrs } = attributes as Attrs;
    const node: ForeignNode = { key, attrs, at: { file, node: key } };
    if (
      typeof x === 'number' &&
      typeof y === 'number' &&
      Number.isFinite(x) &&
      Number.isFinite(y)
    ) {
      node.position = { x, y: flipY(y) };
    } else {
      if (x !== undefined) attrs.x = x;
      if (y !== undefined) attrs.y = y;
    }
    nodes.push(node);
  });
  const edges: ForeignEdge[] = [];
  graph.forEachEdge((prefixed, attributes, source, target, _s, _t, undirected) => {
    const key = unprefix(prefixed);
    const own = scan.edgeIds.has(key);
    edges.push({
      ...(own ? { key } : {}),
      source: unprefix(source),
      target: unprefix(target),
      directed: !undirected,
      attrs: { ...(attributes as Attrs) },
      at: { file, edge: own ? key : `#${edges.length + 1}` },
    });
  });
  const meta = graph.getAttributes() as Attrs;
  const graphShape: ForeignGraph = { format, file, meta, nodes, edges, problems: [] };
  return graphShape;
}
