/**
 * Kumu blueprint JSON: `{elements: [{label, type, description, tags, id?}], connections:
 * [{from, to, direction, type}]}` (docs.kumu.io, "blueprints"). Connections name their ends by
 * element id or, more often, by label. `direction` is directed (the default), undirected or
 * mutual; mutual becomes an undirected relation with the attribute direction = "mutual".
 * Kumu's newer export nests fields under `attributes`; both shapes are read. Reading only.
 */
import { parseJsonText } from '../model/parse-json';
import { failed, importProblem, withParseWarnings } from './finish';
import { buildFromGraph, type ForeignEdge, type ForeignNode } from './graph-import';
import { looksLikeKumu } from './kumu-shape';
import type { ImportProblem, ImportResult } from './types';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** An element's or connection's fields, with Kumu's `attributes` object flattened in. */
function flatten(item: Loose): Loose {
  const { attributes, ...rest } = item;
  return isObject(attributes) ? { ...attributes, ...rest } : rest;
}

export function importKumu(text: string, file: string): ImportResult {
  const parsed = parseJsonText(text);
  if (!parsed.ok)
    return failed(
      'kumu',
      parsed.problems.map((p) => ({ ...p, at: { file } })),
    );
  return withParseWarnings(importKumuValue(parsed.value, file), parsed.warnings, file);
}

export function importKumuValue(value: unknown, file: string): ImportResult {
  if (!looksLikeKumu(value))
    return failed('kumu', [importProblem('unknownFormat', { file }, { file })]);
  const root = value as Loose;
  const problems: ImportProblem[] = [];
  const nodes: ForeignNode[] = [];
  const byId = new Map<string, string>();
  const byLabel = new Map<string, string>();
  (root.elements as unknown[]).forEach((raw, i) => {
    const field = `elements[${i}]`;
    if (!isObject(raw)) {
      problems.push(importProblem('required', { file, field }, { field: 'label' }));
      return;
    }
    const { id, _id, ...attrs } = flatten(raw);
    const label = typeof attrs.label === 'string' ? attrs.label.trim() : undefined;
    const given =
      typeof id === 'string' || typeof id === 'number'
        ? String(id)
        : typeof _id === 'string'
          ? _id
          : undefined;
    const key = given ?? label;
    if (key === undefined || key === '') {
      problems.push(importProblem('required', { file, field }, { field: 'label' }));
      return;
    }
    if (given !== undefined) byId.set(given, key);
    if (label && !byLabel.has(label.toLowerCase())) byLabel.set(label.toLowerCase(), key);
    nodes.push({
      key,
      attrs,
      at: { file, node: key, field },
      ...(given === undefined ? { idFromLabel: true } : {}),
    });
  });
  const edges: ForeignEdge[] = [];
  const connections = Array.isArray(root.connections) ? root.connections : [];
  connections.forEach((raw, i) => {
    const field = `connections[${i}]`;
    if (!isObject(raw)) return;
    const { id, _id, from, to, direction, ...attrs } = flatten(raw);
    const end = (value: unknown, name: 'from' | 'to') => {
      const text =
        typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
      const key = byId.get(text) ?? byLabel.get(text.toLowerCase());
      if (key === undefined) {
        problems.push(
          importProblem('unknownEntity', { file, field: `${field}.${name}` }, { id: text || '—' }),
        );
      }
      return key;
    };
    const source = end(from, 'from');
    const target = end(to, 'to');
    if (source === undefined || target === undefined) return;
    const mode = typeof direction === 'string' ? direction.toLowerCase() : 'directed';
    if (mode === 'mutual') attrs.direction = 'mutual';
    const key =
      typeof id === 'string' || typeof id === 'number'
        ? String(id)
        : typeof _id === 'string'
          ? _id
          : undefined;
    edges.push({
      ...(key !== undefined ? { key } : {}),
      source,
      target,
      directed: mode !== 'undirected' && mode !== 'mutual',
      attrs,
      at: { file, edge: key ?? `#${i + 1}`, field },
    });
  });
  if (problems.length > 0) return failed('kumu', problems);
  return buildFromGraph({
    format: 'kumu',
    file,
    meta: { title: root.name ?? root.title, description: root.description },
    nodes,
    edges,
    problems: [],
  });
}
