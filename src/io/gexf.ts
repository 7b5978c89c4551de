/**
 * GEXF (Gephi) through graphology-gexf's browser entry. Reading needs a DOMParser: the
 * browser's, or in Node the one installNodeDom() provides. Writing is plain text.
 *
 * Our GEXF: nodes carry label (English), label_en, label_ar, kind, subkind, description_*,
 * aliases_* ("|"-separated), evidence (JSON) and their attributes as typed columns; viz
 * position (y up, as Gephi draws it), colour and size per kind; edges carry the relation
 * type (id in `type`, English label in `label`), direction, time, evidence (JSON) and a colour
 * per family; <meta><relgraph> holds sources, relation types, claims and stories as JSON.
 */
import Graph from 'graphology';
import { parse, write } from 'graphology-gexf/browser';
import { MAX_DATASET_BYTES } from '../model/parse-json';
import type { Dataset } from '../model/schema';
import { FAMILY_LOOK } from '../theme/palette';
import { entityLookOf } from '../model/kinds';
import {
  EMBED_KEY,
  embeddedData,
  entityFields,
  flipY,
  planColumns,
  relationFields,
  xmlSafe,
  xmlSafeJson,
} from './fields';
import { failed, importProblem, withWarnings } from './finish';
import { buildFromGraph } from './graph-import';
import { fromGraphology, scanGraph } from './graphology-adapter';
import { utf8Length } from './text';
import type { ExportFile, ImportResult } from './types';
import { parseXml, rootName } from './xml';
import { exportSpec } from './formats';

const GEXF_MIME = exportSpec('gexf').writes.mime;

type Attrs = Record<string, unknown>;

export function importGexf(text: string, file: string): ImportResult {
  const size = utf8Length(text);
  if (size > MAX_DATASET_BYTES) {
    return failed('gexf', [importProblem('tooLarge', { file }, megabytes(size))]);
  }
  const xml = parseXml(text, file);
  if (!xml.ok) return failed('gexf', xml.problems);
  if (rootName(xml.doc) !== 'gexf') {
    return failed('gexf', [importProblem('unknownFormat', { file }, { file })]);
  }
  flattenHierarchy(xml.doc);
  keyByTitle(xml.doc);
  const untimed = readSpells(xml.doc);
  const scan = scanGraph(xml.doc, file);
  if (scan.problems.length > 0) return failed('gexf', scan.problems);
  let graph: Graph;
  try {
    graph = parse(Graph, xml.doc, { allowUndeclaredAttributes: true, addMissingNodes: true });
  } catch {
    // What graphology throws means nothing to the reader; the message says what to do.
    return failed('gexf', [importProblem('readFailed', { file }, { format: 'GEXF' })]);
  }
  const result = buildFromGraph(fromGraphology(graph, 'gexf', file, scan));
  return withWarnings(
    result,
    untimed > 0 ? [importProblem('timeNotCarried', { file }, { count: untimed }, 'warning')] : [],
  );
}

function elementsNamed(parent: Document | Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagName('*')).filter(
    (el) => (el.localName ?? el.nodeName) === name,
  );
}

/**
 * GEXF hierarchies: a <node> holding <nodes> (and maybe <edges>), or a flat node with
 * `pid="group"`. graphology-gexf reads a node's attvalues and viz with getElementsByTagName, so
 * a group took its last member's values (its kind, its colour), and it drops pid: groups were
 * lost. The same reader bug as graphology-graphml's nested <data> (see graphml.ts,
 * flattenGroups); no upstream issue found for the GEXF reader. Here members move up next to their
 * group, each with the attvalue `parent`, which the graph mapping turns into the entity's group;
 * a `pid` becomes the same attvalue.
 */
function flattenHierarchy(doc: Document) {
  const isNode = (el: Node | null): el is Element =>
    el !== null && el.nodeType === 1 && ((el as Element).localName ?? el.nodeName) === 'node';
  // Document order: an outer group moves its members up before the groups inside it are read.
  const nested = elementsNamed(doc, 'nodes').filter((list) => isNode(list.parentNode));
  const topEdges = elementsNamed(doc, 'edges').find((list) => !isNode(list.parentNode));
  for (const list of nested) {
    const group = list.parentNode as Element;
    const container = group.parentNode;
    const groupId = group.getAttribute('id');
    if (!container) continue;
    let after: Node | null = group.nextSibling;
    for (const child of Array.from(list.childNodes)) {
      if (!isNode(child)) continue;
      if (groupId !== null) addAttvalue(doc, child, 'parent', groupId);
      container.insertBefore(child, after);
      after = child.nextSibling;
    }
    group.removeChild(list);
  }
  for (const edges of elementsNamed(doc, 'edges').filter((list) => isNode(list.parentNode))) {
    const owner = edges.parentNode as Element;
    for (const edge of Array.from(edges.childNodes)) {
      if (edge.nodeType === 1 && topEdges) topEdges.appendChild(edge);
    }
    owner.removeChild(edges);
  }
  for (const node of elementsNamed(doc, 'node')) {
    const pid = node.getAttribute('pid');
    if (pid !== null && pid.trim() !== '') addAttvalue(doc, node, 'parent', pid.trim());
    node.removeAttribute('pid');
  }
}

/**
 * graphology-gexf keys an attribute by its title only when its id is a number
 * (`title: !isNaN(+id) ? title : id`), so what Gephi 0.8 and 0.9 write, `<attribute
 * id="modularity_class" title="Modularity Class">` or `id="category" title="Type"`, came out
 * keyed "modularity_class" and "category", and a "Type" column never became a kind. Upstream:
 * graphology#201 (the id/for/title conundrum, closed) and graphology#515 (attribute titles,
 * open). Every declared attribute gets a numeric id here (and its values follow), so the
 * title, or the id when there is none, is the key. Two attributes with one title keep their ids.
 */
function keyByTitle(doc: Document) {
  for (const block of elementsNamed(doc, 'attributes')) {
    const scope = block.getAttribute('class');
    if (scope !== 'node' && scope !== 'edge') continue;
    const renamed = new Map<string, string>();
    const titles = new Set<string>();
    elementsNamed(block, 'attribute').forEach((attribute, i) => {
      const id = attribute.getAttribute('id') ?? attribute.getAttribute('for');
      if (id === null || !Number.isNaN(Number(id))) return;
      const title = attribute.getAttribute('title')?.trim() || id;
      if (titles.has(title)) return;
      titles.add(title);
      // Numeric, and far from the small numbers files use as ids themselves.
      const numeric = String(900000 + i);
      attribute.setAttribute('id', numeric);
      attribute.removeAttribute('for');
      attribute.setAttribute('title', title);
      renamed.set(id, numeric);
    });
    if (renamed.size === 0) continue;
    for (const element of elementsNamed(doc, scope)) {
      for (const value of elementsNamed(element, 'attvalue')) {
        for (const name of ['for', 'id']) {
          const ref = value.getAttribute(name);
          const to = ref === null ? undefined : renamed.get(ref);
          if (to !== undefined) value.setAttribute(name, to);
        }
      }
    }
  }
}

/**
 * GEXF time (mode="dynamic"): `start`/`end` (or `timestamp`) on a node or edge, or its
 * <spells>. A relation has a time in whole years, so an edge's earliest start and latest end
 * become time_from/time_to when they are years (a date's year, or a whole number of a plausible
 * year). Anything else (nodes: entities have no time) is kept as the attributes start and end
 * and counted for one warning.
 */
function readSpells(doc: Document): number {
  const graph = elementsNamed(doc, 'graph')[0];
  const format = (graph?.getAttribute('timeformat') ?? 'double').toLowerCase();
  let untimed = 0;
  for (const scope of ['node', 'edge'] as const) {
    for (const element of elementsNamed(doc, scope)) {
      const periods = [element, ...elementsNamed(element, 'spell')].filter(
        (el) =>
          (el === element || el.parentNode?.parentNode === element) &&
          ['start', 'end', 'timestamp', 'startopen', 'endopen'].some((a) => el.hasAttribute(a)),
      );
      if (periods.length === 0) continue;
      const starts: string[] = [];
      const ends: string[] = [];
      for (const period of periods) {
        const start =
          period.getAttribute('start') ??
          period.getAttribute('startopen') ??
          period.getAttribute('timestamp');
        const end =
          period.getAttribute('end') ??
          period.getAttribute('endopen') ??
          period.getAttribute('timestamp');
        if (start) starts.push(start.trim());
        if (end) ends.push(end.trim());
      }
      const first = earliest(starts, format);
      const last = latest(ends, format);
      const from = first === undefined ? undefined : yearOf(first, format);
      const to = last === undefined ? undefined : yearOf(last, format);
      const years =
        scope === 'edge' &&
        (first === undefined || from !== undefined) &&
        (last === undefined || to !== undefined) &&
        (from === undefined || to === undefined || from <= to);
      if (years) {
        if (from !== undefined) addAttvalue(doc, element, 'time_from', String(from));
        if (to !== undefined) addAttvalue(doc, element, 'time_to', String(to));
      } else {
        untimed++;
        if (first !== undefined) addAttvalue(doc, element, 'start', first);
        if (last !== undefined) addAttvalue(doc, element, 'end', last);
      }
      for (const name of ['start', 'end', 'timestamp', 'startopen', 'endopen']) {
        element.removeAttribute(name);
      }
    }
  }
  return untimed;
}

const isDate = (format: string) => format === 'date' || format === 'datetime';

function sortKey(value: string, format: string): number {
  if (isDate(format)) return Date.parse(value.length === 4 ? `${value}-01-01` : value);
  return Number(value);
}

function earliest(values: string[], format: string): string | undefined {
  return [...values].sort((a, b) => sortKey(a, format) - sortKey(b, format))[0];
}

function latest(values: string[], format: string): string | undefined {
  return [...values].sort((a, b) => sortKey(b, format) - sortKey(a, format))[0];
}

/** 2009 from "2009-01-01" (a date format) or from "2009" / "2009.0" (integer or double). */
function yearOf(value: string, format: string): number | undefined {
  if (isDate(format)) {
    const m = /^(-?\d{4})(?:-\d{2}(?:-\d{2})?)?(?:T.*)?$/.exec(value);
    return m ? Number(m[1]) : undefined;
  }
  const n = Number(value);
  return Number.isInteger(n) && n >= 1000 && n <= 2999 ? n : undefined;
}

/** An attvalue added to a node or edge, unless the file already gives that attribute. */
function addAttvalue(doc: Document, element: Element, name: string, value: string) {
  const existing = elementsNamed(element, 'attvalue').some(
    (v) => (v.getAttribute('for') ?? v.getAttribute('id')) === name,
  );
  if (existing) return;
  const ns = doc.documentElement?.namespaceURI ?? null;
  let list = Array.from(element.childNodes).find(
    (child): child is Element =>
      child.nodeType === 1 && (child as Element).localName === 'attvalues',
  );
  if (!list) {
    list = doc.createElementNS(ns, 'attvalues');
    element.appendChild(list);
  }
  const item = doc.createElementNS(ns, 'attvalue');
  item.setAttribute('for', name);
  item.setAttribute('value', value);
  list.appendChild(item);
}

function megabytes(size: number) {
  return {
    size: (size / 1024 / 1024).toFixed(1),
    max: (MAX_DATASET_BYTES / 1024 / 1024).toFixed(1),
  };
}

export function exportGexf(data: Dataset): ExportFile {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const meta: Attrs = { creator: 'relgraph', title: xmlSafe(data.title.en) };
  if (data.description?.en) meta.description = xmlSafe(data.description.en);
  meta[EMBED_KEY] = xmlSafeJson(embeddedData(data));
  graph.replaceAttributes(meta);
  const nodePlan = planColumns(data.entities.map((e) => e.attributes));
  for (const entity of data.entities) {
    const look = entityLookOf(data, entity);
    graph.addNode(entity.id, {
      fields: entityFields(entity, 'xml', nodePlan),
      viz: {
        color: look.color,
        size: look.size,
        ...(entity.position ? { x: entity.position.x, y: flipY(entity.position.y) } : {}),
      },
    });
  }
  const types = new Map(data.relationTypes.map((t) => [t.id, t]));
  const edgePlan = planColumns(data.relations.map((r) => r.attributes));
  for (const relation of data.relations) {
    const type = types.get(relation.type);
    const attributes = {
      fields: relationFields(relation, type, 'xml', edgePlan),
      viz: {
        color: relation.look?.color ?? FAMILY_LOOK[type?.family ?? 'other'].color,
        ...(relation.look?.width !== undefined ? { thickness: relation.look.width } : {}),
      },
    };
    if (type?.directed === false) {
      graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    } else graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  const content = write(graph, {
    // 1.2draft: what every reader reads by default (Debian's networkx 2.8 reads 1.1 and 1.2,
    // not 1.3; Gephi reads all), and its colours are r/g/b attributes, not 1.3's hex.
    version: '1.2',
    formatNode: (_key, attributes) => {
      const { label, ...fields } = attributes.fields as Attrs;
      return { label: label as string, attributes: fields, viz: attributes.viz as Attrs };
    },
    formatEdge: (_key, attributes) => {
      const { label, ...fields } = attributes.fields as Attrs;
      const viz = attributes.viz as Attrs;
      // A numeric weight goes where Gephi looks for it; reading gives it back the same way.
      const { weight } = fields;
      if (typeof weight !== 'number') return { label: label as string, attributes: fields, viz };
      delete fields.weight;
      return { label: label as string, attributes: fields, viz, weight };
    },
  });
  return { filename: `${data.id}.gexf`, mime: GEXF_MIME, content: fixVizNamespace(content) };
}

/**
 * graphology-gexf 0.13 writes 1.2draft files with the viz namespace "http:///www.gexf.net/
 * 1.1draft/viz" (three slashes, and the older draft), so readers that match namespaces, such as
 * networkx, find no colour, size or position. The namespace of the version written replaces it.
 */
function fixVizNamespace(content: string): string {
  return content.replace(
    'xmlns:viz="http:///www.gexf.net/1.1draft/viz"',
    'xmlns:viz="http://www.gexf.net/1.2draft/viz"',
  );
}
