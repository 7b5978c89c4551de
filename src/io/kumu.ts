/**
 * Kumu blueprint JSON: `{elements: [{label, type, description, tags, id?}], connections:
 * [{from, to, direction, type}]}` (docs.kumu.io, "blueprints"). Connections name their ends by
 * element id or, more often, by label. `direction` is directed (the default), undirected or
 * mutual; mutual becomes an undirected relation with the attribute direction = "mutual".
 * Kumu's newer export nests fields under `attributes`; both shapes are read. Reading only.
 * A connection may name an element that `elements` does not declare: Kumu creates it, and so
 * does this reader (label = the name, one warning). HTML in descriptions becomes plain text.
 * Kumu's "Start Date" / "End Date" on a connection become its years (kumuTime); on an element,
 * or when they are not dates, they stay attributes and one warning counts them.
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
  const untimed = { count: 0 };
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
    // Entities have no time here: their dates stay attributes, counted for the warning.
    if (dateKeys(attrs).start || dateKeys(attrs).end) untimed.count++;
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
    if (!kumuTime(attrs)) untimed.count++;
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
  if (untimed.count > 0) {
    notes.push(importProblem('timeNotCarried', { file }, { count: untimed.count }, 'warning'));
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

const START_KEYS = ['start date', 'start', 'start_date', 'startdate'];
const END_KEYS = ['end date', 'end', 'end_date', 'enddate'];

/** The fields that hold Kumu's start and end dates, whatever their case. */
function dateKeys(fields: Loose): { start?: string; end?: string } {
  const find = (names: string[]) =>
    Object.keys(fields).find((key) => names.includes(key.trim().toLowerCase()));
  const start = find(START_KEYS);
  const end = find(END_KEYS);
  return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}

/**
 * The year of a Kumu date: "2019", "2019-05", "2019-05-17", "2019-05-17T10:00", "5/17/2019";
 * undefined for anything else (a relation's time is in whole years).
 */
export function yearOfKumuDate(value: unknown): number | undefined {
  const text =
    typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  // A year alone (to four digits), or a four-digit year that starts a date: "1/2/3" is not one.
  const iso = /^(-?\d{1,4})$|^(-?\d{4})[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?:[T ][\d:.]+Z?)?$/.exec(text);
  const us = /^\d{1,2}[/.]\d{1,2}[/.](\d{4})$/.exec(text);
  const year = Number(iso?.[1] ?? iso?.[2] ?? us?.[1]);
  return (iso || us) && Number.isInteger(year) && year >= -5000 && year <= 3000 ? year : undefined;
}

/**
 * A connection's dates as its years (time_from / time_to, which the graph mapping reads); false
 * when it has dates that cannot be years, or end before start (they then stay attributes).
 */
function kumuTime(attrs: Loose): boolean {
  const keys = dateKeys(attrs);
  if (!keys.start && !keys.end) return true;
  const from = keys.start ? yearOfKumuDate(attrs[keys.start]) : undefined;
  const to = keys.end ? yearOfKumuDate(attrs[keys.end]) : undefined;
  const blank = (key?: string) => key !== undefined && String(attrs[key] ?? '').trim() === '';
  if (
    (keys.start && from === undefined && !blank(keys.start)) ||
    (keys.end && to === undefined && !blank(keys.end))
  )
    return false;
  if (from !== undefined && to !== undefined && from > to) return false;
  if (keys.start) delete attrs[keys.start];
  if (keys.end) delete attrs[keys.end];
  if (from !== undefined) attrs.time_from = from;
  if (to !== undefined) attrs.time_to = to;
  return true;
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
