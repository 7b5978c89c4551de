/**
 * Cytoscape.js JSON: `{elements: {nodes, edges}}`, `{elements: [...]}`, a bare array of
 * elements or `{nodes, edges}` without the wrapper, each `{group?, data: {id, source?, target?,
 * …}, position?, classes?}`. This is what cy.json() writes (and its `elements` alone), what
 * Cytoscape desktop exports as .cyjs, and what networkx's cytoscape_data() produces.
 *
 * Our export keeps every field in `data` natively (lists stay lists, evidence stays objects),
 * the position in `position`, and sources, relation types, claims and stories in the
 * graph-level `data.relgraph`.
 */
import { parseJsonText } from '../model/parse-json';
import type { Dataset } from '../model/schema';
import { EMBED_KEY, embeddedData, entityFields, relationFields } from './fields';
import { failed, importProblem, withParseWarnings } from './finish';
import { looksLikeCytoscape, topLevelElements } from './cytoscape-shape';
import { buildFromGraph, type ForeignEdge, type ForeignNode } from './graph-import';
import type { ExportFile, ImportProblem, ImportResult } from './types';
import { exportSpec } from './formats';

export { looksLikeCytoscape };

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function importCytoscape(text: string, file: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok) {
    return failed(
      'cytoscape',
      parsed.problems.map((p) => ({ ...p, at: { file } })),
    );
  }
  return withParseWarnings(importCytoscapeValue(parsed.value, file), parsed.warnings, file);
}

export function importCytoscapeValue(value: unknown, file: string): ImportResult {
  if (!looksLikeCytoscape(value)) {
    return failed('cytoscape', [importProblem('unknownFormat', { file }, { file })]);
  }
  const root = isObject(value) ? value : {};
  const top = topLevelElements(value);
  const raw = Array.isArray(value) ? value : (top ?? root.elements);
  const prefix = top ? '' : 'elements.';
  const list: { element: unknown; field: string; group?: string }[] = Array.isArray(raw)
    ? raw.map((element, i) => ({ element, field: `elements[${i}]` }))
    : [
        ...(((raw as Loose).nodes as unknown[] | undefined) ?? []).map((element, i) => ({
          element,
          field: `${prefix}nodes[${i}]`,
          group: 'nodes',
        })),
        ...(((raw as Loose).edges as unknown[] | undefined) ?? []).map((element, i) => ({
          element,
          field: `${prefix}edges[${i}]`,
          group: 'edges',
        })),
      ];
  const defaultDirected = typeof root.directed === 'boolean' ? root.directed : true;
  const problems: ImportProblem[] = [];
  const nodes: ForeignNode[] = [];
  const edges: ForeignEdge[] = [];
  for (const { element, field, group } of list) {
    if (!isObject(element) || !isObject(element.data)) {
      problems.push(importProblem('required', { file, field }, { field: 'data' }));
      continue;
    }
    const { id, source, target, ...data } = element.data;
    const isEdge =
      (element.group ?? group) === 'edges' || (source !== undefined && target !== undefined);
    const attrs: Loose = { ...data };
    if (
      element.classes !== undefined &&
      element.classes !== '' &&
      !(Array.isArray(element.classes) && element.classes.length === 0)
    ) {
      attrs.classes = Array.isArray(element.classes) ? element.classes.join(' ') : element.classes;
    }
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
    if (isEdge) {
      if (source === undefined || target === undefined) {
        problems.push(
          importProblem(
            'required',
            { file, field },
            { field: source === undefined ? 'source' : 'target' },
          ),
        );
        continue;
      }
      const directed = typeof data.directed === 'boolean' ? data.directed : defaultDirected;
      edges.push({
        ...(key !== undefined ? { key } : {}),
        source: String(source),
        target: String(target),
        directed,
        attrs,
        at: { file, edge: key ?? `#${edges.length + 1}`, field },
      });
    } else {
      if (key === undefined) {
        problems.push(importProblem('required', { file, field: `${field}.data` }, { field: 'id' }));
        continue;
      }
      const node: ForeignNode = { key, attrs, at: { file, node: key } };
      const position = element.position;
      if (
        isObject(position) &&
        typeof position.x === 'number' &&
        typeof position.y === 'number' &&
        Number.isFinite(position.x) &&
        Number.isFinite(position.y)
      ) {
        node.position = { x: position.x, y: position.y };
      }
      nodes.push(node);
    }
  }
  if (problems.length > 0) return failed('cytoscape', problems);
  const data = isObject(root.data) ? root.data : {};
  return buildFromGraph({
    format: 'cytoscape',
    file,
    meta: {
      title: data.name ?? data.title ?? data.shared_name,
      description: data.description,
      [EMBED_KEY]: data[EMBED_KEY],
    },
    nodes,
    edges,
    problems: [],
  });
}

const CYTOSCAPE_MIME = exportSpec('cytoscape').writes.mime;

export function exportCytoscape(data: Dataset): ExportFile {
  const types = new Map(data.relationTypes.map((t) => [t.id, t]));
  const value = {
    format_version: '1.0',
    generated_by: 'relgraph',
    target_cytoscapejs_version: '~3',
    data: { name: data.title.en, [EMBED_KEY]: embeddedData(data) },
    elements: {
      nodes: data.entities.map((entity) => ({
        data: { id: entity.id, ...entityFields(entity, 'native', 'native') },
        ...(entity.position ? { position: { x: entity.position.x, y: entity.position.y } } : {}),
      })),
      edges: data.relations.map((relation) => {
        const type = types.get(relation.type);
        return {
          data: {
            id: relation.id,
            source: relation.source,
            target: relation.target,
            directed: type?.directed !== false,
            ...relationFields(relation, type, 'native', 'native'),
          },
        };
      }),
    },
  };
  return {
    filename: `${data.id}.cyjs`,
    mime: CYTOSCAPE_MIME,
    content: `${JSON.stringify(value, null, 2)}\n`,
  };
}
