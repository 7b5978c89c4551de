/**
 * Kumu blueprint JSON: `{elements: [{label, type, description, tags, id?}], connections:
 * [{from, to, direction, type}]}` (docs.kumu.io, "blueprints"). Connections name their ends by
 * element id or, more often, by label. `direction` is directed (the default), undirected or
 * mutual; mutual becomes an undirected relation with the attribute direction = "mutual".
 * Kumu's newer export nests fields under `attributes`; both shapes are read. Reading only.
 * A connection may name an element that `elements` does not declare: Kumu creates it, and so
 * does this reader (label = the name, one warning). HTML in descriptions becomes plain text.
 */
import { parseJsonText } from '../model/parse-json';
import { failed, importProblem, withParseWarnings, withWarnings } from './finish';
import { buildFromGraph, type ForeignEdge, type ForeignNode } from './graph-import';
import { looksLikeKumu } from './kumu-shape';
import { htmlToText, looksLikeHtml, shorten } from './text';
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
  const converted = { count: 0 };
  const nodes: ForeignNode[] = [];
  const byId = new Map<string, string>();
  const byLabel = new Map<string, string>();
  (root.elements as unknown[]).forEach((raw, i) => {
    const field = `elements[${i}]`;
    if (!isObject(raw)) {
      problems.push(importProblem('required', { file, field }, { field: 'label' }));
      return;
    }
    const { id, _id, ...attrs } = plainDescription(flatten(raw), converted);
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
  const created: string[] = [];
  const connections = Array.isArray(root.connections) ? root.connections : [];
  connections.forEach((raw, i) => {
    const field = `connections[${i}]`;
    if (!isObject(raw)) return;
    const { id, _id, from, to, direction, ...attrs } = plainDescription(flatten(raw), converted);
    const end = (value: unknown, name: 'from' | 'to') => {
      const text =
        typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
      let key = byId.get(text) ?? byLabel.get(text.toLowerCase());
      if (key === undefined && text !== '') {
        // Kumu creates an element for a name no element has; so do we, and say so once.
        key = text;
        byLabel.set(text.toLowerCase(), key);
        created.push(text);
        nodes.push({
          key,
          attrs: { label: text },
          at: { file, node: key, field: `${field}.${name}` },
          idFromLabel: true,
        });
      }
      if (key === undefined) {
        problems.push(
          importProblem('unknownEntity', { file, field: `${field}.${name}` }, { id: '—' }),
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
  const notes: ImportProblem[] = [];
  if (created.length > 0) {
    const names = created.slice(0, 5).map((name) => `"${shorten(name, 30)}"`);
    notes.push(
      importProblem(
        'kumuElementsCreated',
        { file, field: 'connections' },
        { count: created.length, names: names.join(', ') + (created.length > 5 ? ', …' : '') },
        'warning',
      ),
    );
  }
  if (converted.count > 0) {
    notes.push(importProblem('htmlConverted', { file }, { count: converted.count }, 'warning'));
  }
  return withWarnings(
    buildFromGraph({
      format: 'kumu',
      file,
      meta: { title: root.name ?? root.title, description: root.description },
      nodes,
      edges,
      problems: [],
    }),
    notes,
  );
}

/**
 * Kumu descriptions may hold HTML (`<p>Works at <b>Acme</b></p>`): it becomes plain text here,
 * so it is never rendered as HTML, and it is counted for one warning.
 */
function plainDescription(fields: Loose, converted: { count: number }): Loose {
  const { description } = fields;
  if (typeof description !== 'string' || !looksLikeHtml(description)) return fields;
  converted.count++;
  return { ...fields, description: htmlToText(description) };
}
