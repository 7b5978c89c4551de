/**
 * GraphML through graphology-graphml's browser entry (reading; it has no writer, so writing is
 * ours, in the style Gephi uses: label, x, y, r, g, b and size as plain <data> keys).
 *
 * Our GraphML carries the same fields as our GEXF (see gexf.ts); graph-level <data
 * key="relgraph"> holds sources, relation types, claims and stories as JSON.
 */
import Graph from 'graphology';
import { parse } from 'graphology-graphml/browser';
import { MAX_DATASET_BYTES } from '../model/parse-json';
import type { Dataset } from '../model/schema';
import { FAMILY_LOOK, KIND_LOOK } from '../theme/palette';
import {
  EMBED_KEY,
  embeddedData,
  entityFields,
  flipY,
  hexToRgb,
  planColumns,
  relationFields,
  xmlSafe,
  xmlSafeJson,
} from './fields';
import { failed, importProblem } from './finish';
import { buildFromGraph } from './graph-import';
import { fromGraphology, scanGraph } from './graphology-adapter';
import { utf8Length } from './text';
import type { ExportFile, ImportResult } from './types';
import { escapeAttribute, escapeText, parseXml, rootName } from './xml';

export const GRAPHML_MIME = 'application/graphml+xml';

export function importGraphml(text: string, file: string): ImportResult {
  const size = utf8Length(text);
  if (size > MAX_DATASET_BYTES) {
    return failed('graphml', [
      importProblem(
        'tooLarge',
        { file },
        {
          size: (size / 1024 / 1024).toFixed(1),
          max: (MAX_DATASET_BYTES / 1024 / 1024).toFixed(1),
        },
      ),
    ]);
  }
  const xml = parseXml(text, file);
  if (!xml.ok) return failed('graphml', xml.problems);
  if (rootName(xml.doc) !== 'graphml') {
    return failed('graphml', [importProblem('unknownFormat', { file }, { file })]);
  }
  if (xml.doc.getElementsByTagName('graph').length === 0) {
    return failed('graphml', [
      importProblem('graphInvalid', { file }, { detail: 'no <graph> element' }),
    ]);
  }
  normalizeKeys(xml.doc);
  normalizeDirections(xml.doc);
  readYedGraphics(xml.doc);
  const scan = scanGraph(xml.doc, file);
  if (scan.problems.length > 0) return failed('graphml', scan.problems);
  let graph: Graph;
  try {
    graph = parse(Graph, xml.doc, { addMissingNodes: true });
  } catch (error) {
    return failed('graphml', [
      importProblem(
        'graphInvalid',
        { file },
        { detail: error instanceof Error ? error.message : String(error) },
      ),
    ]);
  }
  return buildFromGraph(fromGraphology(graph, 'graphml', file, scan));
}

/**
 * graphology-graphml reads an edge as directed only from directed="true" or the default, so
 * directed="false" in a directed graph came out directed. Every edge says what it is here,
 * against an undirected default, before it parses.
 */
function normalizeDirections(doc: Document) {
  for (const graph of Array.from(doc.getElementsByTagName('graph'))) {
    const byDefault = graph.getAttribute('edgedefault') === 'directed';
    graph.setAttribute('edgedefault', 'undirected');
    for (const child of Array.from(graph.childNodes)) {
      // Element nodes only (nodeType 1), and only this graph's own edges.
      if (child.nodeType !== 1 || (child as Element).localName !== 'edge') continue;
      const element = child as Element;
      const said = element.getAttribute('directed');
      const directed = said === null ? byDefault : said === 'true';
      if (directed) element.setAttribute('directed', 'true');
      else element.removeAttribute('directed');
    }
  }
}

/**
 * Keys graphology-graphml would trip on: for="all" (it only knows graph, node and edge) and
 * keys without attr.name (yEd's graphics), which it would file under "null".
 */
function normalizeKeys(doc: Document) {
  const keys = Array.from(doc.getElementsByTagName('key'));
  for (const key of keys) {
    const scope = key.getAttribute('for') ?? 'node';
    if (!['graph', 'node', 'edge', 'all'].includes(scope)) {
      // for="graphml", "port"… : nothing graphology reads (yEd keeps its resources there).
      key.parentNode?.removeChild(key);
      continue;
    }
    if (!key.getAttribute('attr.name'))
      key.setAttribute('attr.name', key.getAttribute('id') ?? 'key');
    if (key.getAttribute('for') === 'all') {
      key.setAttribute('for', 'node');
      for (const target of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as Element;
        copy.setAttribute('for', target);
        key.parentNode?.insertBefore(copy, key);
      }
    }
  }
}

const YED_LABEL = 'relgraph-yed-label';

/**
 * yEd keeps labels and positions inside its own graphics elements (y:ShapeNode…), under keys
 * marked yfiles.type. Their label becomes the node's label and their geometry its position;
 * the rest of the graphics (shapes, fonts) is not kept.
 */
function readYedGraphics(doc: Document) {
  const keys = Array.from(doc.getElementsByTagName('key'));
  const graphics = new Set(
    keys.filter((key) => key.getAttribute('yfiles.type')).map((key) => key.getAttribute('id')),
  );
  if (graphics.size === 0) return;
  for (const key of keys)
    if (graphics.has(key.getAttribute('id'))) key.parentNode?.removeChild(key);
  const declare = (id: string, name: string, type: string) => {
    const key = doc.createElementNS(doc.documentElement?.namespaceURI ?? null, 'key');
    key.setAttribute('id', id);
    key.setAttribute('for', 'node');
    key.setAttribute('attr.name', name);
    key.setAttribute('attr.type', type);
    doc.documentElement?.insertBefore(key, doc.documentElement.firstChild);
  };
  declare(YED_LABEL, 'label', 'string');
  declare(`${YED_LABEL}-x`, 'x', 'double');
  declare(`${YED_LABEL}-y`, 'y', 'double');
  for (const data of Array.from(doc.getElementsByTagName('data'))) {
    if (!graphics.has(data.getAttribute('key'))) continue;
    const owner = data.parentNode as Element | null;
    const byName = (name: string) =>
      Array.from(data.getElementsByTagName('*')).find((el) =>
        (el.localName ?? el.nodeName).endsWith(name),
      );
    const label = byName('NodeLabel')?.textContent?.trim();
    const geometry = byName('Geometry');
    owner?.removeChild(data);
    if (!owner || (owner.localName ?? owner.nodeName) !== 'node') continue;
    const add = (key: string, value: string) => {
      const el = doc.createElementNS(doc.documentElement?.namespaceURI ?? null, 'data');
      el.setAttribute('key', key);
      el.appendChild(doc.createTextNode(value));
      owner.appendChild(el);
    };
    if (label) add(YED_LABEL, label);
    const x = Number(geometry?.getAttribute('x'));
    const y = Number(geometry?.getAttribute('y'));
    if (geometry && Number.isFinite(x) && Number.isFinite(y)) {
      // yEd's y already points down; negate it so the Gephi flip on reading cancels out.
      add(`${YED_LABEL}-x`, String(x));
      add(`${YED_LABEL}-y`, String(flipY(y)));
    }
  }
}

type Value = unknown;
interface Key {
  id: string;
  for: 'graph' | 'node' | 'edge';
  name: string;
  type: 'string' | 'double' | 'int' | 'boolean';
}

function keyType(value: Value): Key['type'] {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

export function exportGraphml(data: Dataset): ExportFile {
  const keys: Key[] = [];
  const keyIds = new Map<string, Key>();
  const keyFor = (scope: Key['for'], name: string, value: Value, type?: Key['type']): Key => {
    const lookup = `${scope}\u0000${name}`;
    const existing = keyIds.get(lookup);
    if (existing) return existing;
    const key: Key = { id: `d${keys.length}`, for: scope, name, type: type ?? keyType(value) };
    keys.push(key);
    keyIds.set(lookup, key);
    return key;
  };
  const dataLine = (key: Key, value: Value) =>
    `<data key="${key.id}">${escapeText(typeof value === 'string' ? xmlSafe(value) : String(value))}</data>`;
  const lines = (scope: 'node' | 'edge', fields: Record<string, Value>) =>
    Object.entries(fields)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(
        ([name, value]) =>
          `      ${dataLine(keyFor(scope, name, value, INT_FIELDS.has(name) ? 'int' : undefined), value)}`,
      );

  const graphData = [
    `    ${dataLine(keyFor('graph', 'title', ''), xmlSafe(data.title.en))}`,
    `    ${dataLine(keyFor('graph', EMBED_KEY, ''), xmlSafeJson(embeddedData(data)))}`,
  ];
  const nodePlan = planColumns(data.entities.map((e) => e.attributes));
  const nodes = data.entities.map((entity) => {
    const look = KIND_LOOK[entity.kind];
    const [r, g, b] = hexToRgb(look.color);
    const fields: Record<string, Value> = {
      ...entityFields(entity, 'xml', nodePlan),
      ...(entity.position ? { x: entity.position.x, y: flipY(entity.position.y) } : {}),
      r,
      g,
      b,
      size: look.size,
    };
    return [
      `    <node id="${escapeAttribute(entity.id)}">`,
      ...lines('node', fields),
      '    </node>',
    ].join('\n');
  });
  const types = new Map(data.relationTypes.map((t) => [t.id, t]));
  const edgePlan = planColumns(data.relations.map((r) => r.attributes));
  const isDirected = (relation: Dataset['relations'][number]) =>
    types.get(relation.type)?.directed !== false;
  // The graph's default is what most edges are; only the others say so per edge. A graph that
  // is all directed (or all undirected) then carries no per-edge attribute at all, which is what
  // networkx and other strict readers need (networkx refuses any mixed graph).
  const directedCount = data.relations.filter(isDirected).length;
  const edgeDefault =
    directedCount * 2 >= data.relations.length && directedCount > 0 ? 'directed' : 'undirected';
  const edges = data.relations.map((relation) => {
    const type = types.get(relation.type);
    const [r, g, b] = hexToRgb(FAMILY_LOOK[type?.family ?? 'other'].color);
    const fields = { ...relationFields(relation, type, 'xml', edgePlan), r, g, b };
    const own = isDirected(relation) ? 'directed' : 'undirected';
    const directed = own === edgeDefault ? '' : ` directed="${own === 'directed'}"`;
    return [
      `    <edge id="${escapeAttribute(relation.id)}" source="${escapeAttribute(relation.source)}" target="${escapeAttribute(relation.target)}"${directed}>`,
      ...lines('edge', fields),
      '    </edge>',
    ].join('\n');
  });
  const keyLines = keys.map(
    (key) =>
      `  <key id="${key.id}" for="${key.for}" attr.name="${escapeAttribute(xmlSafe(key.name))}" attr.type="${key.type}"/>`,
  );
  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keyLines,
    `  <graph id="${escapeAttribute(data.id)}" edgedefault="${edgeDefault}">`,
    ...graphData,
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
  return { filename: `${data.id}.graphml`, mime: GRAPHML_MIME, content };
}

const INT_FIELDS = new Set(['time_from', 'time_to', 'r', 'g', 'b']);
