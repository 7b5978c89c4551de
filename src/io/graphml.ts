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
import { FAMILY_LOOK } from '../theme/palette';
import { entityLookOf } from '../model/kinds';
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
import { failed, importProblem, withWarnings } from './finish';
import { buildFromGraph } from './graph-import';
import { fromGraphology, scanGraph } from './graphology-adapter';
import { shorten, utf8Length } from './text';
import type { ExportFile, ImportProblem, ImportResult } from './types';
import { escapeAttribute, escapeText, parseXml, rootName } from './xml';
import { exportSpec } from './formats';

const GRAPHML_MIME = exportSpec('graphml').writes.mime;

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
  const notes = normalizeTypes(xml.doc, file);
  normalizeDirections(xml.doc);
  flattenGroups(xml.doc);
  readYedGraphics(xml.doc);
  const scan = scanGraph(xml.doc, file);
  if (scan.problems.length > 0) return failed('graphml', scan.problems);
  let graph: Graph;
  try {
    graph = parse(Graph, xml.doc, { addMissingNodes: true });
  } catch {
    // What graphology throws ("spec.cast is not a function"…) means nothing to the reader.
    return failed('graphml', [importProblem('readFailed', { file }, { format: 'GraphML' })]);
  }
  return withWarnings(buildFromGraph(fromGraphology(graph, 'graphml', file, scan)), notes);
}

/** The types GraphML defines, which graphology-graphml has a caster for (lower case only). */
const GRAPHML_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

/** graph-tool's floating-point types, scalar and vector, written as C99 hex ("0x1.8p+1"). */
const FLOAT_TYPES = new Set([
  'float',
  'double',
  'long double',
  'vector_float',
  'vector_double',
  'vector_long double',
]);

/**
 * graphology-graphml casts values with a table of the six GraphML types and calls whatever it
 * finds there, so any other attr.type (graph-tool writes vector_float, vector_string, short,
 * python_object, long double…) crashed the reader ("spec.cast is not a function"). Those keys
 * are read as text here, with one warning per attribute. graph-tool also writes floating-point
 * values in C99 hex ("0x1.5c71d0cb8d943p+3"), which `+value` reads as NaN: they are rewritten
 * as decimals, exactly, first.
 */
function normalizeTypes(doc: Document, file: string): ImportProblem[] {
  const notes: ImportProblem[] = [];
  const reported = new Set<string>();
  const floatKeys = new Set<string>();
  for (const key of Array.from(doc.getElementsByTagName('key'))) {
    const raw = key.getAttribute('attr.type');
    if (raw === null) continue;
    const type = raw.trim().toLowerCase().replace(/\s+/g, ' ');
    const id = key.getAttribute('id');
    if (id !== null && FLOAT_TYPES.has(type)) floatKeys.add(id);
    if (GRAPHML_TYPES.has(type)) {
      if (type !== raw) key.setAttribute('attr.type', type);
      continue;
    }
    key.setAttribute('attr.type', 'string');
    const name = key.getAttribute('attr.name') ?? id ?? '';
    if (reported.has(`${name}\u0000${raw}`)) continue;
    reported.add(`${name}\u0000${raw}`);
    notes.push(
      importProblem(
        'attributeTypeAsText',
        { file, field: name },
        { key: shorten(name), type: shorten(raw) },
        'warning',
      ),
    );
  }
  if (floatKeys.size === 0) return notes;
  for (const data of Array.from(doc.getElementsByTagName('data'))) {
    const key = data.getAttribute('key');
    if (key === null || !floatKeys.has(key)) continue;
    const text = data.textContent ?? '';
    if (!HEX_FLOAT.test(text)) continue;
    data.textContent = text.replace(HEX_FLOAT_ALL, (token) => String(parseHexFloat(token)));
  }
  return notes;
}

const HEX_FLOAT_SOURCE = '[+-]?0x[0-9a-f]*(?:\\.[0-9a-f]*)?p[+-]?\\d+';
const HEX_FLOAT = new RegExp(HEX_FLOAT_SOURCE, 'i');
const HEX_FLOAT_ALL = new RegExp(HEX_FLOAT_SOURCE, 'gi');

/** "0x1.8p+1" → 3: the mantissa's hex digits, scaled by the power of two. */
export function parseHexFloat(token: string): number {
  const m = /^([+-])?0x([0-9a-f]*)(?:\.([0-9a-f]*))?p([+-]?\d+)$/i.exec(token.trim());
  if (!m) return Number.NaN;
  const whole = m[2] ?? '';
  const fraction = m[3] ?? '';
  const digits = `${whole}${fraction}` || '0';
  // Up to 13 hex digits after the point (52 bits) and one before: exact in a double.
  const mantissa = parseInt(digits, 16) / 16 ** fraction.length;
  const value = mantissa * 2 ** Number(m[4]);
  return m[1] === '-' ? -value : value;
}

const PARENT_KEY = 'relgraph-parent';

/**
 * Nested graphs (yEd groups and folders: a <node> holding a <graph>). graphology-graphml reads a
 * node's data with getElementsByTagName('data'), which also finds the data of every node nested
 * inside it, so a group took its last child's label and description. We found no upstream
 * issue on graphology for it; the same bug in another reader is hadim/pygraphml#32. The nested
 * nodes and edges move up next to their group here, so each node keeps only its own data, and
 * each nested node gets its group's id (as in the file) in the attribute `parent`, which the
 * graph mapping turns into the entity's group.
 */
function flattenGroups(doc: Document) {
  const nested = Array.from(doc.getElementsByTagName('graph')).filter(
    (graph) => graph.parentNode !== null && localName(graph.parentNode as Element) === 'node',
  );
  if (nested.length === 0) return;
  declareKey(doc, PARENT_KEY, 'parent', 'string');
  // Document order: an outer group moves up before the groups inside it.
  for (const graph of nested) {
    const group = graph.parentNode as Element;
    const container = group.parentNode;
    const parentId = group.getAttribute('id');
    if (!container) continue;
    let after: Node | null = group.nextSibling;
    for (const child of Array.from(graph.childNodes)) {
      if (child.nodeType !== 1) continue;
      const name = localName(child as Element);
      if (name !== 'node' && name !== 'edge') continue;
      if (name === 'node' && parentId !== null) {
        addData(doc, child as Element, PARENT_KEY, parentId);
      }
      container.insertBefore(child, after);
      after = child.nextSibling;
    }
    group.removeChild(graph);
  }
}

function localName(element: Element): string {
  return element.localName ?? element.nodeName;
}

/** A node key of our own, declared first in the document. */
function declareKey(
  doc: Document,
  id: string,
  name: string,
  type: string,
  scope: 'node' | 'edge' = 'node',
) {
  const key = doc.createElementNS(doc.documentElement?.namespaceURI ?? null, 'key');
  key.setAttribute('id', id);
  key.setAttribute('for', scope);
  key.setAttribute('attr.name', name);
  key.setAttribute('attr.type', type);
  doc.documentElement?.insertBefore(key, doc.documentElement.firstChild);
}

function addData(doc: Document, owner: Element, key: string, value: string) {
  const el = doc.createElementNS(doc.documentElement?.namespaceURI ?? null, 'data');
  el.setAttribute('key', key);
  el.appendChild(doc.createTextNode(value));
  owner.appendChild(el);
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
 * yEd keeps labels, positions and looks inside its own graphics elements (y:ShapeNode,
 * y:PolyLineEdge…), under keys marked yfiles.type. A node's label becomes its label, the centre
 * of its geometry its position, its fill, shape and size its look; an edge's line colour and
 * width its look. The rest (fonts, label placement, bends) is not kept.
 */
function readYedGraphics(doc: Document) {
  const keys = Array.from(doc.getElementsByTagName('key'));
  const graphics = new Set(
    keys.filter((key) => key.getAttribute('yfiles.type')).map((key) => key.getAttribute('id')),
  );
  if (graphics.size === 0) return;
  for (const key of keys)
    if (graphics.has(key.getAttribute('id'))) key.parentNode?.removeChild(key);
  declareKey(doc, YED_LABEL, 'label', 'string');
  declareKey(doc, `${YED_LABEL}-x`, 'x', 'double');
  declareKey(doc, `${YED_LABEL}-y`, 'y', 'double');
  declareKey(doc, `${YED_LABEL}-color`, 'color', 'string');
  declareKey(doc, `${YED_LABEL}-edge-color`, 'color', 'string', 'edge');
  declareKey(doc, `${YED_LABEL}-size`, 'size', 'double');
  declareKey(doc, `${YED_LABEL}-shape`, 'shape', 'string');
  declareKey(doc, `${YED_LABEL}-width`, 'thickness', 'double', 'edge');
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
    const ownerName = owner ? (owner.localName ?? owner.nodeName) : '';
    if (!owner || (ownerName !== 'node' && ownerName !== 'edge')) continue;
    const add = (key: string, value: string) => addData(doc, owner, key, value);
    if (ownerName === 'edge') {
      const line = byName('LineStyle');
      const color = line?.getAttribute('color');
      const width = Number(line?.getAttribute('width'));
      if (color) add(`${YED_LABEL}-edge-color`, color);
      if (Number.isFinite(width) && width > 0) add(`${YED_LABEL}-width`, String(width));
      continue;
    }
    if (label) add(YED_LABEL, label);
    const x = Number(geometry?.getAttribute('x'));
    const y = Number(geometry?.getAttribute('y'));
    const w = Number(geometry?.getAttribute('width'));
    const h = Number(geometry?.getAttribute('height'));
    const sized = Number.isFinite(w) && Number.isFinite(h) && w > 0 && h > 0;
    if (geometry && Number.isFinite(x) && Number.isFinite(y)) {
      // yEd's x, y are the top-left corner; ours the centre. yEd's y already points down:
      // negate it so the Gephi flip on reading cancels out.
      add(`${YED_LABEL}-x`, String(sized ? x + w / 2 : x));
      add(`${YED_LABEL}-y`, String(flipY(sized ? y + h / 2 : y)));
    }
    // A group's size is its members'; an ordinary node's is its box, as one square of the same area.
    const isGroup = (owner as Element).getAttribute('yfiles.foldertype') !== null;
    if (sized && !isGroup) add(`${YED_LABEL}-size`, String(Math.round(Math.sqrt(w * h) * 10) / 10));
    const fill = byName('Fill');
    const fillColor =
      fill?.getAttribute('transparent') === 'true' ? null : fill?.getAttribute('color');
    if (fillColor) add(`${YED_LABEL}-color`, fillColor);
    const shape = byName('Shape')?.getAttribute('type');
    if (shape && !isGroup) add(`${YED_LABEL}-shape`, shape);
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
    const look = entityLookOf(data, entity);
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
    const [r, g, b] = hexToRgb(relation.look?.color ?? FAMILY_LOOK[type?.family ?? 'other'].color);
    const fields: Record<string, Value> = {
      ...relationFields(relation, type, 'xml', edgePlan),
      r,
      g,
      b,
      ...(relation.look?.width !== undefined ? { thickness: relation.look.width } : {}),
    };
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
