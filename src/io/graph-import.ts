/**
 * One mapping from "a graph another tool wrote" (nodes and edges with loose attributes) to our
 * dataset, shared by the GEXF, GraphML, Cytoscape.js and Kumu readers.
 *
 * - A file we wrote carries everything (see fields.ts) and reads back to the same dataset.
 * - Anything else: labels by language (label_en / label@ar / a plain label whose script says
 *   which language it is), the other language filled from the one given (a warning each), kind
 *   from `kind` or `type` when it names one of ours (default "organization", original value kept
 *   in attributes), relation types created from the edge type or label (family "other"),
 *   positions, and every other attribute kept in `attributes`. Relations need evidence: edges
 *   without it cite one synthetic source, "Imported from <file>", with status "reported" and
 *   the edge's own label as the quote.
 */
import { parseJsonText } from '../model/parse-json';
import type { PathSegment } from '../model/problems';
import { finishImport, importProblem } from './finish';
import { EMBED_KEY, FALLBACK_KEY, LANG_TAGGED, type AttributeValue } from './fields';
import { IdAllocator, sanitizeId, slugify } from './ids';
import { splitList } from './csv-core';
import { scriptOf, shorten } from './text';
import type { ImportFormat, ImportProblem, ImportResult, SourceLocation } from './types';
import { emptyRecord } from '../model/records';
import {
  CATEGORY_NAMES,
  clampSize,
  clampWidth,
  colorFromChannels,
  decideKinds,
  parseColor,
  parseNumber,
  parseShape,
  widthsFromWeights,
  type NodeCategory,
} from './import-kinds';

export interface ForeignNode {
  /** The node's id in the file. */
  key: string;
  attrs: Record<string, unknown>;
  position?: { x: number; y: number };
  at: SourceLocation;
  /** The id is really a label (Kumu): make a readable slug of it, silently. */
  idFromLabel?: boolean;
}

export interface ForeignEdge {
  key?: string;
  source: string;
  target: string;
  directed: boolean;
  attrs: Record<string, unknown>;
  at: SourceLocation;
}

export interface ForeignGraph {
  format: ImportFormat;
  file: string;
  /** Graph-level attributes: title, description, and our embedded JSON under EMBED_KEY. */
  meta: Record<string, unknown>;
  nodes: ForeignNode[];
  edges: ForeignEdge[];
  /** Problems the reader already found (duplicate ids…). */
  problems: ImportProblem[];
}

type Loose = Record<string, unknown>;

interface Embedded {
  $schema?: unknown;
  id?: unknown;
  title?: unknown;
  description?: unknown;
  revisions?: unknown;
  sources: Loose[];
  entityKinds?: Loose[];
  relationTypes: Loose[];
  claims: Loose[];
  stories: Loose[];
}

/** Attributes graph tools use for drawing; in a file we wrote they are ours, not data. */
const VIZ_KEYS = ['color', 'size', 'z', 'shape', 'thickness', 'r', 'g', 'b'];
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function asText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function asInteger(value: unknown): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** Any JSON-ish value as one of the attribute types; objects and lists as JSON text. */
function toAttribute(value: unknown): AttributeValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** JSON text or an already parsed value (Cytoscape keeps JSON natively). */
function parseEmbeddedJson(value: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof value !== 'string') return value === undefined ? { ok: false } : { ok: true, value };
  const parsed = parseJsonText(value);
  return parsed.ok ? parsed : { ok: false };
}

/** An element's attributes, consumed as the mapping reads them; what is left is kept. */
class Bag {
  private readonly map: Map<string, unknown>;
  constructor(attrs: Record<string, unknown>) {
    this.map = new Map(Object.entries(attrs));
  }
  peek(name: string): unknown {
    return this.map.get(name);
  }
  take(name: string): unknown {
    const value = this.map.get(name);
    this.map.delete(name);
    return value;
  }
  put(name: string, value: unknown) {
    this.map.set(name, value);
  }
  /** The first attribute whose name matches `base` in `lang` (label_en, label@en, Label (EN)…). */
  takeTagged(bases: readonly string[], lang: 'ar' | 'en'): unknown {
    for (const [name, value] of this.map) {
      const m = LANG_TAGGED.exec(name);
      if (m && bases.includes((m[1] as string).toLowerCase()) && m[2]?.toLowerCase() === lang) {
        this.map.delete(name);
        return value;
      }
    }
    return undefined;
  }
  /** First of these names (any letter case) holding text. */
  findText(names: readonly string[]): [string, string] | undefined {
    for (const wanted of names) {
      for (const [name, value] of this.map) {
        const text = asText(value);
        if (name.toLowerCase() === wanted && text !== undefined) return [name, text];
      }
    }
    return undefined;
  }
  entries(): [string, unknown][] {
    return [...this.map];
  }
}

export function buildFromGraph(graph: ForeignGraph): ImportResult {
  const found: ImportProblem[] = [...graph.problems];
  const warn = (
    code: ImportProblem['code'],
    at: SourceLocation | undefined,
    params: Record<string, string | number>,
    path: PathSegment[] = [],
  ) => found.push(importProblem(code, at, params, 'warning', path));
  const fileAt: SourceLocation = { file: graph.file };
  const embedded = readEmbedded(graph, found);

  const elementIds = new IdAllocator();
  for (const claim of embedded?.claims ?? []) {
    if (typeof claim.id === 'string') elementIds.claim(claim.id);
  }
  const changed: string[] = [];

  // Entities.
  const nodeIds = new Map<string, string>();
  const nodeFirst = new Map<string, SourceLocation>();
  const entities: Loose[] = [];
  const entityAt: SourceLocation[] = [];
  const categories: NodeCategory[] = [];
  const parents: (string | undefined)[] = [];
  for (const node of graph.nodes) {
    const first = nodeFirst.get(node.key);
    if (first) {
      found.push(importProblem('duplicateId', node.at, { id: node.key, first: describeAt(first) }));
      continue;
    }
    nodeFirst.set(node.key, node.at);
    const base = node.idFromLabel
      ? slugify(node.key) || sanitizeId(node.key)
      : sanitizeId(node.key) || slugify(node.key);
    const id = elementIds.unique(base || 'node');
    if (id !== node.key && !node.idFromLabel) changed.push(`"${node.key}" → "${id}"`);
    nodeIds.set(node.key, id);
    const index = entities.length;
    entities.push(decodeEntity(node, id, index, embedded !== undefined, warn, categories, parents));
    entityAt.push(node.at);
  }
  resolveParents(entities, parents, nodeIds, entityAt, found);
  const entityKinds = assignKinds(entities, categories, embedded, (code, params) =>
    warn(code, fileAt, params),
  );

  // Relation types: ours first, then any the edges need.
  const types: Loose[] = [...(embedded?.relationTypes ?? [])];
  const typeIds = new IdAllocator();
  for (const type of types) if (typeof type.id === 'string') typeIds.claim(type.id);
  const created = new Map<string, string>();
  const typeFirstUse = new Map<number, SourceLocation>();
  const ownTypes = [...types];
  const typeFor = (text: string, directed: boolean, at: SourceLocation): string => {
    const folded = text.toLowerCase();
    // One of the dataset's own types, by id or by label, is used as it is.
    const own = ownTypes.find(
      (type) =>
        type.id === text ||
        [(type.label as Loose | undefined)?.en, (type.label as Loose | undefined)?.ar].some(
          (label) => typeof label === 'string' && label.toLowerCase() === folded,
        ),
    );
    if (own && typeof own.id === 'string') return own.id;
    // Otherwise one type per text and direction is made here.
    const key = `${folded}|${directed}`;
    const existing = created.get(key);
    if (existing) return existing;
    const slug = slugify(text) || 'related';
    const id = typeIds.has(slug)
      ? typeIds.unique(`${slug}-${directed ? 'directed' : 'undirected'}`)
      : typeIds.unique(slug);
    created.set(key, id);
    typeFirstUse.set(types.length, at);
    const label = { ar: text, en: text };
    types.push({
      id,
      family: 'other',
      directed,
      label,
      ...(directed
        ? {
            inverseLabel: {
              en: `${label.en} (reverse)`,
              ar: `${label.ar} (بالاتجاه المعاكس)`,
            },
          }
        : {}),
    });
    warn('relationTypeCreated', at, { id, label: shorten(text) }, [
      'relationTypes',
      types.length - 1,
    ]);
    return id;
  };
  const defaultType = (directed: boolean, at: SourceLocation): string => {
    const id = directed ? 'links-to' : 'linked-with';
    const key = `\u0000default|${directed}`;
    const existing = created.get(key);
    if (existing) return existing;
    const unique = typeIds.unique(id);
    created.set(key, unique);
    typeFirstUse.set(types.length, at);
    types.push(
      directed
        ? {
            id: unique,
            family: 'other',
            directed: true,
            label: { en: 'links to', ar: 'يرتبط بـ' },
            inverseLabel: { en: 'is linked from', ar: 'يرتبط به' },
          }
        : {
            id: unique,
            family: 'other',
            directed: false,
            label: { en: 'linked with', ar: 'مرتبط مع' },
          },
    );
    warn('relationTypeCreated', at, { id: unique, label: directed ? 'links to' : 'linked with' }, [
      'relationTypes',
      types.length - 1,
    ]);
    return unique;
  };

  // Relations.
  const sourceIds = new Set(
    (embedded?.sources ?? []).map((s) => s.id).filter((id) => typeof id === 'string'),
  );
  let importedSource = 'imported';
  for (let n = 2; sourceIds.has(importedSource); n++) importedSource = `imported-${n}`;
  let synthetic = 0;
  const relations: Loose[] = [];
  const relationAt: SourceLocation[] = [];
  graph.edges.forEach((edge, i) => {
    let base = edge.key !== undefined ? sanitizeId(edge.key) : '';
    if (base === '') base = `edge-${i + 1}`;
    else if (elementIds.has(base)) base = `edge-${base}`;
    const id = elementIds.unique(base);
    if (edge.key !== undefined && id !== edge.key) changed.push(`"${edge.key}" → "${id}"`);
    const index = relations.length;
    const path = (...rest: PathSegment[]): PathSegment[] => ['relations', index, ...rest];
    const source = nodeIds.get(edge.source);
    const target = nodeIds.get(edge.target);
    if (source === undefined) {
      found.push(
        importProblem('unknownEntity', edge.at, { id: edge.source }, 'error', path('source')),
      );
    }
    if (target === undefined) {
      found.push(
        importProblem('unknownEntity', edge.at, { id: edge.target }, 'error', path('target')),
      );
    }
    const relation = decodeRelation(edge, embedded !== undefined, typeFor, defaultType);
    if (!relation.evidence) {
      synthetic++;
      relation.evidence = [
        // No source in the file: said so ("No source given"), never passed off as reported.
        { source: importedSource, paragraph: 1, quote: relation.quote, status: 'unsourced' },
      ];
    }
    relations.push({
      id,
      type: relation.type,
      source: source ?? edge.source,
      target: target ?? edge.target,
      ...relation.fields,
      evidence: relation.evidence,
      ...(relation.attributes ? { attributes: relation.attributes } : {}),
    });
    relationAt.push(edge.at);
  });

  if (!embedded) widthsByWeight(relations);

  if (changed.length > 0) {
    warn('idChanged', fileAt, {
      count: changed.length,
      examples: changed.slice(0, 3).join(', ') + (changed.length > 3 ? ', …' : ''),
    });
  }

  const sources: Loose[] = [...(embedded?.sources ?? [])];
  if (synthetic > 0) {
    sources.push({
      id: importedSource,
      title: { en: `Imported from ${graph.file}`, ar: `مستورد من ${graph.file}` },
      language: 'und',
    });
    warn('evidenceImported', fileAt, { count: synthetic, source: importedSource });
  }

  const dataset: Loose = {
    ...(embedded?.$schema !== undefined ? { $schema: embedded.$schema } : {}),
    version: 1,
    id: embedded?.id ?? (slugify(baseName(graph.file)) || 'imported'),
    title: embedded?.title ?? bilingualTitle(graph, warn),
    ...(embedded
      ? embedded.description !== undefined
        ? { description: embedded.description }
        : {}
      : descriptionFrom(graph.meta.description)),
    ...(embedded?.revisions !== undefined ? { revisions: embedded.revisions } : {}),
    sources,
    ...(entityKinds ? { entityKinds } : {}),
    entities,
    relationTypes: types,
    relations,
    claims: embedded?.claims ?? [],
    stories: embedded?.stories ?? [],
  };

  const embeddedAt: SourceLocation = { file: graph.file, field: EMBED_KEY };
  return finishImport(graph.format, dataset, found, (path) => {
    const [section, index, ...rest] = path;
    if (section === 'entities' && typeof index === 'number') {
      const at = entityAt[index];
      return at && withField(at, rest);
    }
    if (section === 'relations' && typeof index === 'number') {
      const at = relationAt[index];
      return at && withField(at, rest);
    }
    if (section === 'relationTypes' && typeof index === 'number') {
      return typeFirstUse.get(index) ?? embeddedAt;
    }
    if (
      section === 'sources' ||
      section === 'claims' ||
      section === 'stories' ||
      section === 'revisions'
    ) {
      return embeddedAt;
    }
    return embedded ? embeddedAt : fileAt;
  });
}

function withField(at: SourceLocation, rest: readonly PathSegment[]): SourceLocation {
  const field = fieldName(rest);
  return field ? { ...at, field } : at;
}

/** ["label", "ar"] → "label_ar"; ["evidence", 0, "quote"] → "evidence"; ["attributes", k] → k. */
function fieldName(rest: readonly PathSegment[]): string | undefined {
  const [first, second] = rest;
  if (typeof first !== 'string') return undefined;
  if (first === 'attributes' && typeof second === 'string') return second;
  if (first === 'position') return typeof second === 'string' ? second : 'x';
  if (first === 'time' && typeof second === 'string') return `time_${second}`;
  if (
    (first === 'label' || first === 'description' || first === 'aliases') &&
    typeof second === 'string'
  ) {
    return `${first}_${second}`;
  }
  return first;
}

function describeAt(at: SourceLocation): string {
  if (at.field) return at.field;
  return at.node !== undefined ? `node "${at.node}"` : at.file;
}

function baseName(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function bilingualTitle(
  graph: ForeignGraph,
  warn: (
    code: ImportProblem['code'],
    at: SourceLocation | undefined,
    params: Record<string, string | number>,
    path?: PathSegment[],
  ) => void,
): { ar: string; en: string } {
  const text = asText(graph.meta.title) ?? asText(graph.meta.name) ?? baseName(graph.file);
  const lang = scriptOf(text);
  const other = lang === 'ar' ? 'en' : 'ar';
  warn('labelFallback', { file: graph.file }, { lang: other, from: lang, value: shorten(text) }, [
    'title',
    other,
  ]);
  return { ar: text, en: text };
}

function descriptionFrom(value: unknown): { description?: Record<string, string> } {
  const text = asText(value);
  return text === undefined ? {} : { description: { [scriptOf(text)]: text } };
}

function readEmbedded(graph: ForeignGraph, found: ImportProblem[]): Embedded | undefined {
  const raw = graph.meta[EMBED_KEY];
  if (raw === undefined) return undefined;
  const ignore = (detail: string) => {
    found.push(
      importProblem(
        'embeddedDataIgnored',
        { file: graph.file, field: EMBED_KEY },
        { detail },
        'warning',
      ),
    );
    return undefined;
  };
  const parsed = parseEmbeddedJson(raw);
  if (!parsed.ok) return ignore('not valid JSON');
  const value = parsed.value as Loose | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return ignore('not an object');
  if (value.relgraph !== 1) return ignore(`unknown version ${String(value.relgraph)}`);
  const list = (key: string): Loose[] | undefined => {
    const items = value[key];
    if (items === undefined) return [];
    if (!Array.isArray(items)) return undefined;
    return items.map((item) => (item !== null && typeof item === 'object' ? (item as Loose) : {}));
  };
  const sources = list('sources');
  const relationTypes = list('relationTypes');
  const claims = list('claims');
  const stories = list('stories');
  if (!sources || !relationTypes || !claims || !stories) return ignore('a section is not a list');
  const entityKinds = value.entityKinds === undefined ? undefined : list('entityKinds');
  if (value.entityKinds !== undefined && !entityKinds) return ignore('a section is not a list');
  return {
    $schema: value.$schema,
    id: value.id,
    title: value.title,
    description: value.description,
    revisions: value.revisions,
    sources,
    ...(entityKinds ? { entityKinds } : {}),
    relationTypes,
    claims,
    stories,
  };
}

type Warn = (
  code: ImportProblem['code'],
  at: SourceLocation | undefined,
  params: Record<string, string | number>,
  path?: PathSegment[],
) => void;

function decodeEntity(
  node: ForeignNode,
  id: string,
  index: number,
  ours: boolean,
  warn: Warn,
  categories: NodeCategory[],
  parents: (string | undefined)[],
): Loose {
  const bag = new Bag(node.attrs);
  const path = (...rest: PathSegment[]): PathSegment[] => ['entities', index, ...rest];

  // Labels.
  let en = asText(bag.takeTagged(['label', 'name'], 'en'));
  let ar = asText(bag.takeTagged(['label', 'name'], 'ar'));
  const plainName =
    asText(bag.peek('label')) !== undefined
      ? 'label'
      : en === undefined && ar === undefined
        ? (bag.findText(['name', 'title'])?.[0] ?? undefined)
        : undefined;
  if (plainName) {
    const plain = asText(bag.take(plainName)) as string;
    const lang = scriptOf(plain);
    if (lang === 'ar' && ar === undefined) ar = plain;
    else if (lang === 'en' && en === undefined) en = plain;
    else if (en === undefined) en = plain;
    else if (ar === undefined) ar = plain;
    else if (plain !== en && plain !== ar) bag.put(plainName, plain);
  }
  if (en === undefined && ar === undefined) {
    en = ar = node.key;
    warn('labelMissing', node.at, { id: node.key }, path('label'));
  } else if (en === undefined) {
    en = ar as string;
    warn(
      'labelFallback',
      node.at,
      { lang: 'en', from: 'ar', value: shorten(en) },
      path('label', 'en'),
    );
  } else if (ar === undefined) {
    ar = en;
    warn(
      'labelFallback',
      node.at,
      { lang: 'ar', from: 'en', value: shorten(ar) },
      path('label', 'ar'),
    );
  }

  // Kind: decided for the whole file once every node is read (import-kinds.ts). The category
  // stays in the bag (so in the attributes) until then, in case it is not one.
  if (ours) {
    const kind = asText(bag.take('kind'));
    const subkind = asText(bag.take('subkind'));
    categories.push({
      attribute: 'kind',
      ...(kind !== undefined ? { text: kind } : {}),
      ...(subkind !== undefined ? { subkind } : {}),
    });
  } else {
    const found = bag.findText(CATEGORY_NAMES);
    const subkindValue = bag.peek('subkind');
    const subkind = typeof subkindValue === 'string' ? subkindValue.trim() : undefined;
    categories.push({
      ...(found ? { attribute: found[0], text: found[1] } : {}),
      ...(subkind ? { subkind } : {}),
    });
  }
  const look = ours ? readOwnLook(bag) : readFileLook(bag, 'node');
  // The group it is in (Cytoscape `parent`, a yEd group): resolved once every node has its id.
  const parent = asText(bag.peek('parent'));
  if (parent !== undefined) bag.take('parent');
  parents.push(parent);

  const description = readDescription(bag);
  const aliases = emptyRecord<string[]>();
  for (const lang of ['en', 'ar'] as const) {
    const value = bag.takeTagged(['aliases', 'alias'], lang);
    const list = Array.isArray(value)
      ? value.map(asText).filter((v): v is string => v !== undefined)
      : typeof value === 'string'
        ? splitList(value)
        : [];
    if (list.length > 0) aliases[lang] = list;
  }
  const evidence = readEvidence(bag);
  const attributes = readAttributes(bag, ours, node.at, warn, path('attributes'));

  return {
    id,
    kind: '', // assignKinds
    label: { ar, en },
    ...(Object.keys(aliases).length > 0 ? { aliases } : {}),
    ...(description ? { description } : {}),
    ...(node.position ? { position: node.position } : {}),
    ...(evidence ? { evidence } : {}),
    ...(attributes ? { attributes } : {}),
    ...(look ? { look } : {}),
  };
}

interface DecodedRelation {
  type: string;
  fields: Loose;
  evidence?: unknown[];
  quote: string;
  attributes?: Record<string, AttributeValue>;
}

const TYPE_NAMES = ['relation', 'relationship', 'label', 'kind', 'interaction'];

function decodeRelation(
  edge: ForeignEdge,
  ours: boolean,
  typeFor: (text: string, directed: boolean, at: SourceLocation) => string,
  defaultType: (directed: boolean, at: SourceLocation) => string,
): DecodedRelation {
  const bag = new Bag(edge.attrs);
  const label = bag.findText(['label'])?.[1];
  bag.take('directed');
  let type: string;
  let quote = label;
  const typeEntry = bag.findText(['type']);
  const typeText = typeEntry?.[1];
  if (typeEntry && typeText !== undefined) {
    bag.take(typeEntry[0]);
    type = typeFor(typeText, edge.directed, edge.at);
    quote ??= typeText;
    // The label we write is the type's English label: it says nothing more.
    if (ours) bag.take('label');
  } else {
    const found = bag.findText(TYPE_NAMES);
    if (found) {
      bag.take(found[0]);
      type = typeFor(found[1], edge.directed, edge.at);
      quote ??= found[1];
    } else type = defaultType(edge.directed, edge.at);
  }
  const fields: Loose = {};
  const from = asInteger(bag.peek('time_from'));
  const to = asInteger(bag.peek('time_to'));
  if (from !== undefined) bag.take('time_from');
  if (to !== undefined) bag.take('time_to');
  if (from !== undefined || to !== undefined) {
    fields.time = { ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}) };
  }
  const description = readDescription(bag);
  if (description) fields.description = description;
  const evidence = readEvidence(bag);
  const look = ours ? readOwnLook(bag) : readFileLook(bag, 'edge');
  if (look) fields.look = look;
  const attributes = readAttributes(bag, ours, edge.at, () => undefined, []);
  return {
    type,
    fields,
    ...(evidence ? { evidence } : {}),
    quote: quote ?? '(imported edge)',
    ...(attributes ? { attributes } : {}),
  };
}

/** The look we wrote ourselves: the `look` JSON column (fields.ts). */
function readOwnLook(bag: Bag): Loose | undefined {
  const raw = bag.peek('look');
  if (raw === undefined) return undefined;
  const parsed = parseEmbeddedJson(raw);
  if (!parsed.ok || parsed.value === null || typeof parsed.value !== 'object') return undefined;
  bag.take('look');
  return parsed.value as Loose;
}

/** The colour, size and shape (or line width) another tool drew the element with. */
function readFileLook(bag: Bag, element: 'node' | 'edge'): Loose | undefined {
  const look: Loose = {};
  const color = parseColor(bag.peek('color'));
  if (color) {
    bag.take('color');
    look.color = color;
  } else {
    const channels = colorFromChannels(bag.peek('r'), bag.peek('g'), bag.peek('b'));
    if (channels) {
      for (const c of ['r', 'g', 'b']) bag.take(c);
      look.color = channels;
    }
  }
  if (element === 'node') {
    const size = parseNumber(bag.peek('size'));
    if (size !== undefined && size > 0) {
      bag.take('size');
      look.size = clampSize(size);
    }
    const shape = parseShape(bag.peek('shape'));
    if (shape) {
      bag.take('shape');
      look.shape = shape;
    }
  } else {
    const width = parseNumber(bag.peek('thickness'));
    if (width !== undefined && width > 0) {
      bag.take('thickness');
      look.width = clampWidth(width);
    }
  }
  return Object.keys(look).length > 0 ? look : undefined;
}

/**
 * Every entity's kind, once the whole file is read: ours as written, another tool's by
 * import-kinds.ts. Returns the kinds to declare, if any.
 */
function assignKinds(
  entities: Loose[],
  categories: readonly NodeCategory[],
  embedded: Embedded | undefined,
  warn: (code: ImportProblem['code'], params: Record<string, string | number>) => void,
): unknown[] | undefined {
  if (embedded) {
    entities.forEach((entity, i) => {
      const category = categories[i];
      entity.kind = category?.text ?? 'organization';
      if (category?.subkind !== undefined) entity.subkind = category.subkind;
    });
    return embedded.entityKinds;
  }
  const decision = decideKinds(categories);
  entities.forEach((entity, i) => {
    const chosen = decision.nodes[i];
    const category = categories[i];
    if (!chosen) return;
    entity.kind = chosen.kind;
    if (chosen.subkind !== undefined) entity.subkind = chosen.subkind;
    const attributes = entity.attributes as Record<string, unknown> | undefined;
    if (attributes && chosen.consumed) {
      if (category?.attribute !== undefined) delete attributes[category.attribute];
      if (chosen.subkind !== undefined && attributes.subkind === chosen.subkind) {
        delete attributes.subkind;
      }
      if (Object.keys(attributes).length === 0) delete entity.attributes;
    }
  });
  for (const warning of decision.warnings) warn(warning.code, warning.params);
  return decision.entityKinds;
}

/**
 * Each entity's group, by the group's id in the file; a group that is not a node of the file is
 * reported and the entity kept without it, a cycle broken at the entity that closes it.
 */
function resolveParents(
  entities: Loose[],
  parents: readonly (string | undefined)[],
  nodeIds: ReadonlyMap<string, string>,
  entityAt: readonly SourceLocation[],
  found: ImportProblem[],
): void {
  const parentOf = new Map<string, string>();
  entities.forEach((entity, i) => {
    const key = parents[i];
    if (key === undefined) return;
    const parent = nodeIds.get(key);
    const at = entityAt[i];
    if (parent === undefined) {
      found.push(
        importProblem('groupNotFound', at, { id: key }, 'warning', ['entities', i, 'parent']),
      );
      return;
    }
    // Following the parents from the new parent must not come back to this entity.
    for (let p: string | undefined = parent; p !== undefined; p = parentOf.get(p)) {
      if (p === entity.id) {
        found.push(
          importProblem('groupNotFound', at, { id: key }, 'warning', ['entities', i, 'parent']),
        );
        return;
      }
    }
    parentOf.set(entity.id as string, parent);
    entity.parent = parent;
  });
}

/** Weights drive line widths, when the file gives no width of its own and the weights differ. */
function widthsByWeight(relations: Loose[]): void {
  const weights = relations.map((relation) =>
    parseNumber((relation.attributes as Loose | undefined)?.weight),
  );
  const widths = widthsFromWeights(weights);
  if (!widths) return;
  relations.forEach((relation, i) => {
    const width = widths[i];
    const look = (relation.look as Loose | undefined) ?? {};
    if (width === undefined || look.width !== undefined) return;
    relation.look = { ...look, width };
  });
}

function readDescription(bag: Bag): Record<string, string> | undefined {
  const out = emptyRecord<string>();
  const en = asText(bag.takeTagged(['description'], 'en'));
  const ar = asText(bag.takeTagged(['description'], 'ar'));
  if (en !== undefined) out.en = en;
  if (ar !== undefined) out.ar = ar;
  const plain = asText(bag.peek('description'));
  if (plain !== undefined) {
    const lang = scriptOf(plain);
    if (out[lang] === undefined) {
      out[lang] = plain;
      bag.take('description');
    }
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readEvidence(bag: Bag): unknown[] | undefined {
  const raw = bag.peek('evidence');
  if (raw === undefined) return undefined;
  const parsed = parseEmbeddedJson(raw);
  if (
    parsed.ok &&
    Array.isArray(parsed.value) &&
    parsed.value.length > 0 &&
    parsed.value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))
  ) {
    bag.take('evidence');
    return parsed.value;
  }
  return undefined;
}

function readAttributes(
  bag: Bag,
  ours: boolean,
  at: SourceLocation,
  warn: Warn,
  path: PathSegment[],
): Record<string, AttributeValue> | undefined {
  if (ours) for (const key of VIZ_KEYS) bag.take(key);
  else if (bag.peek('z') === 0) bag.take('z');
  const fallbackRaw = bag.peek(FALLBACK_KEY);
  let fallback: [string, unknown][] = [];
  if (fallbackRaw !== undefined) {
    const parsed = parseEmbeddedJson(fallbackRaw);
    if (
      parsed.ok &&
      parsed.value !== null &&
      typeof parsed.value === 'object' &&
      !Array.isArray(parsed.value)
    ) {
      bag.take(FALLBACK_KEY);
      fallback = Object.entries(parsed.value as Loose);
    }
  }
  const out: [string, AttributeValue][] = [];
  for (const [name, value] of [...bag.entries(), ...fallback]) {
    if (FORBIDDEN.has(name)) {
      warn('forbiddenKey', at, { key: name }, [...path, name]);
      continue;
    }
    const converted = toAttribute(value);
    if (converted !== undefined) out.push([name, converted]);
  }
  return out.length > 0 ? Object.fromEntries(out) : undefined;
}
