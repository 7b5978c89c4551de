/**
 * How our entities and relations become the flat node and edge attributes of graph formats
 * (GEXF, GraphML, Cytoscape.js), and the names both directions agree on.
 *
 * Every node carries readable columns other tools show and edit (label_en, label_ar, kind,
 * description_en…), its own extra attributes as typed columns where a column can hold them
 * exactly, and a JSON fallback column for the rest. What a flat table cannot hold (sources,
 * relation types, claims, stories, revisions) travels as one JSON document at graph level. So a
 * file we wrote reads back to the same dataset.
 */
import { problem, type PathSegment, type Problem } from '../model/problems';
import type { Dataset, Entity, Relation, RelationType } from '../model/schema';
import { joinList } from './csv-core';

/** Graph-level key (GEXF <meta>, GraphML graph <data>, Cytoscape `data`) holding the JSON. */
export const EMBED_KEY = 'relgraph';
/** Per element: attributes that no typed column can hold exactly (null, "", mixed types…). */
export const FALLBACK_KEY = 'relgraph_attributes';

export type AttributeValue = string | number | boolean | null;
export type Attributes = Record<string, AttributeValue>;

/** Everything a flat graph cannot carry, stored at graph level. */
export interface EmbeddedData {
  relgraph: 1;
  $schema?: string;
  id: string;
  title: Dataset['title'];
  description?: Dataset['description'];
  revisions?: Dataset['revisions'];
  sources: Dataset['sources'];
  entityKinds?: Dataset['entityKinds'];
  relationTypes: Dataset['relationTypes'];
  claims: Dataset['claims'];
  stories: Dataset['stories'];
}

export function embeddedData(data: Dataset): EmbeddedData {
  return {
    relgraph: 1,
    ...(data.$schema !== undefined ? { $schema: data.$schema } : {}),
    id: data.id,
    title: data.title,
    ...(data.description !== undefined ? { description: data.description } : {}),
    ...(data.revisions !== undefined ? { revisions: data.revisions } : {}),
    sources: data.sources,
    ...(data.entityKinds !== undefined ? { entityKinds: data.entityKinds } : {}),
    relationTypes: data.relationTypes,
    claims: data.claims,
    stories: data.stories,
  };
}

/**
 * Names the importers read with a meaning of their own (labels, kind, position, colour…), so an
 * extra attribute with such a name travels in the fallback column instead.
 */
const RESERVED = new Set([
  'id',
  'label',
  'label_en',
  'label_ar',
  'name',
  'title',
  'kind',
  'subkind',
  'type',
  'interaction',
  'description',
  'description_en',
  'description_ar',
  'aliases',
  'aliases_en',
  'aliases_ar',
  'evidence',
  'look',
  'directed',
  'time_from',
  'time_to',
  'source',
  'target',
  'parent',
  'position',
  'classes',
  'x',
  'y',
  'z',
  'color',
  'size',
  'shape',
  'thickness',
  'r',
  'g',
  'b',
  '__proto__',
  'constructor',
  'prototype',
]);

/** label@ar, name_en, "Description (AR)"… : language-tagged names the importers also read. */
export const LANG_TAGGED = /^(label|name|title|description|aliases?)[\s@_.:()-]*(ar|en)\)?$/i;

/** XML 1.0 cannot hold these characters at all, not even as references. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, 'g');

export function isXmlSafe(text: string): boolean {
  return !XML_INVALID.test(text);
}

/**
 * Where an XML export (GEXF, GraphML) will write U+FFFD for characters XML 1.0 cannot hold
 * (control characters, lone surrogates): one warning per text, at most `limit`. Our importer
 * restores them from the copy embedded as JSON; other tools will show �.
 */
export function xmlLosses(data: unknown, format: string, limit = 100): Problem[] {
  const out: Problem[] = [];
  const stack: { value: unknown; path: PathSegment[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { value, path } = stack.pop() as { value: unknown; path: PathSegment[] };
    if (typeof value === 'string') {
      const count = value.match(XML_INVALID_ALL)?.length ?? 0;
      if (count > 0) out.push(problem('xmlReplaced', path, { count, format }, 'warning'));
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], path: [...path, i] });
    } else if (value && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, item] = entries[i] as [string, unknown];
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return out;
}

/** What an export could not carry as it is: only the XML formats lose characters. */
export function exportWarnings(data: unknown, format: string): Problem[] {
  return format === 'gexf' || format === 'graphml' ? xmlLosses(data, format.toUpperCase()) : [];
}

/** Text for an XML attribute or element: characters XML cannot hold become U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(XML_INVALID_ALL, '\uFFFD');
}

/** JSON that XML can hold: JSON escapes control characters itself, but not U+FFFE/U+FFFF. */
export function xmlSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

export function isReservedName(name: string): boolean {
  return (
    RESERVED.has(name) ||
    RESERVED.has(name.toLowerCase()) ||
    LANG_TAGGED.test(name) ||
    name.startsWith(EMBED_KEY) ||
    name === '' ||
    name !== name.trim()
  );
}

export type ColumnType = 'string' | 'number' | 'boolean';

/**
 * Typed columns for extra attributes in XML formats: a name gets a column of the type of its
 * first usable value. Values of another type, null and "" stay in the fallback column.
 */
export function planColumns(all: readonly (Attributes | undefined)[]): Map<string, ColumnType> {
  const plan = new Map<string, ColumnType>();
  for (const attributes of all) {
    if (!attributes) continue;
    for (const [name, value] of Object.entries(attributes)) {
      if (plan.has(name) || isReservedName(name) || !isXmlSafe(name)) continue;
      const type = columnTypeOf(value);
      if (type) plan.set(name, type);
    }
  }
  return plan;
}

function columnTypeOf(value: AttributeValue): ColumnType | undefined {
  if (typeof value === 'string') return value !== '' && isXmlSafe(value) ? 'string' : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : undefined;
  if (typeof value === 'boolean') return 'boolean';
  return undefined;
}

export interface SplitAttributes {
  columns: Attributes;
  fallback?: Attributes;
}

/** Splits one element's attributes between the typed columns and the fallback. */
export function splitAttributes(
  attributes: Attributes | undefined,
  plan: Map<string, ColumnType> | 'native',
): SplitAttributes {
  const columns: Attributes = {};
  const fallback: [string, AttributeValue][] = [];
  for (const [name, value] of Object.entries(attributes ?? {})) {
    const fits =
      plan === 'native'
        ? !isReservedName(name)
        : plan.get(name) !== undefined && plan.get(name) === columnTypeOf(value);
    if (fits) Object.defineProperty(columns, name, { value, enumerable: true, writable: true });
    else fallback.push([name, value]);
  }
  return fallback.length ? { columns, fallback: Object.fromEntries(fallback) } : { columns };
}

export type Mode = 'xml' | 'native';

const text = (value: string, mode: Mode) => (mode === 'xml' ? xmlSafe(value) : value);
const json = (value: unknown, mode: Mode) => (mode === 'xml' ? xmlSafeJson(value) : value);

/** An entity as node attributes (position and colours are the caller's, per format). */
export function entityFields(
  entity: Entity,
  mode: Mode,
  plan: Map<string, ColumnType> | 'native',
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    label: text(entity.label.en, mode),
    label_en: text(entity.label.en, mode),
    label_ar: text(entity.label.ar, mode),
    kind: entity.kind,
  };
  if (entity.subkind !== undefined) out.subkind = entity.subkind;
  // Cytoscape draws `parent` as a compound node; the other formats carry it as a column.
  if (entity.parent !== undefined) out.parent = entity.parent;
  if (entity.description?.en !== undefined) out.description_en = text(entity.description.en, mode);
  if (entity.description?.ar !== undefined) out.description_ar = text(entity.description.ar, mode);
  for (const lang of ['en', 'ar'] as const) {
    const list = entity.aliases?.[lang];
    if (list?.length) {
      out[`aliases_${lang}`] = mode === 'native' ? list : text(joinList(list), mode);
    }
  }
  if (entity.evidence?.length) out.evidence = json(entity.evidence, mode);
  // Drawn as viz/colour columns by each format; this column brings it back exactly.
  if (entity.look) out.look = json(entity.look, mode);
  addAttributes(out, entity.attributes, mode, plan);
  return out;
}

/** A relation as edge attributes; `label` is its type's English label, for other tools. */
export function relationFields(
  relation: Relation,
  type: RelationType | undefined,
  mode: Mode,
  plan: Map<string, ColumnType> | 'native',
): Record<string, unknown> {
  const out: Record<string, unknown> = {
    label: text(type?.label.en ?? relation.type, mode),
    type: relation.type,
  };
  if (relation.time?.from !== undefined) out.time_from = relation.time.from;
  if (relation.time?.to !== undefined) out.time_to = relation.time.to;
  if (relation.description?.en !== undefined) {
    out.description_en = text(relation.description.en, mode);
  }
  if (relation.description?.ar !== undefined) {
    out.description_ar = text(relation.description.ar, mode);
  }
  out.evidence = json(relation.evidence, mode);
  if (relation.look) out.look = json(relation.look, mode);
  addAttributes(out, relation.attributes, mode, plan);
  return out;
}

function addAttributes(
  out: Record<string, unknown>,
  attributes: Attributes | undefined,
  mode: Mode,
  plan: Map<string, ColumnType> | 'native',
) {
  const { columns, fallback } = splitAttributes(attributes, plan);
  for (const [name, value] of Object.entries(columns)) {
    Object.defineProperty(out, name, { value, enumerable: true, writable: true });
  }
  if (fallback) out[FALLBACK_KEY] = json(fallback, mode);
}

/** `#RRGGBB` → [r, g, b]. */
export function hexToRgb(hex: string): [number, number, number] {
  const value = parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/**
 * Gephi (and so GEXF and Gephi's GraphML) puts y upwards; the screen, Cytoscape and our
 * datasets put it downwards. Files are flipped on the way in and out, so a Gephi layout shows
 * the same way up here (0 stays 0, never -0).
 */
export function flipY(y: number): number {
  return y === 0 ? 0 : -y;
}
