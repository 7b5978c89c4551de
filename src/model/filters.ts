/**
 * What the graph shows: a serialisable filter state (it round-trips through the URL and story
 * steps) and pure functions computing the visible entities and edges.
 */
import type { GraphEdge, GraphIndex } from './graph-index';
import { neighbourhood } from './neighbours';
import { kindMap, kindsOf } from './kinds';
import {
  RELATION_FAMILIES,
  type Dataset,
  type EvidenceStatus,
  type RelationFamily,
} from './schema';
import { emptyRecord } from './records';

export const STATUS_FILTERS = ['all', 'reported', 'claimed'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const HOPS = [0, 1, 2] as const;
export type Hops = (typeof HOPS)[number];

export interface FilterState {
  /** Entity kind ids shown (the dataset's kinds); null = all. */
  kinds: string[] | null;
  /** Edge families shown, 'claim' for claim edges; null = all. */
  families: RelationFamily[] | null;
  /** Relation type ids shown; null = all. Claim edges are unaffected. */
  relationTypes: string[] | null;
  /** 'reported': reported relations only; 'claimed': everything else (claimed, disputed, claims). */
  status: StatusFilter;
  /** Only edges this entity asserts. */
  claimant: string | null;
  /** Only edges with evidence from one of these sources; null = all. */
  sources: string[] | null;
  /** Only dated edges whose years overlap this range (inclusive); undated ones stay. */
  yearRange: [number, number] | null;
  /** Hide edges without years (claim edges have none). */
  hideUndated: boolean;
  /** Only this many hops around the focus (ignored without a focus); null = everything. */
  hops: Hops | null;
  /**
   * Only entities whose attribute (a column of the file: Gephi's modularity class, a party…)
   * has one of these values, as text; null = all.
   */
  attribute: { name: string; values: string[] } | null;
  /** Only entities whose numeric attribute lies in [min, max] (inclusive); null = all. */
  range: { name: string; min: number; max: number } | null;
}

export const EMPTY_FILTERS: Readonly<FilterState> = Object.freeze({
  kinds: null,
  families: null,
  relationTypes: null,
  status: 'all',
  claimant: null,
  sources: null,
  yearRange: null,
  hideUndated: false,
  hops: null,
  attribute: null,
  range: null,
});

/** Any filter that hides or restricts edges (everything but kinds and hops). */
export function hasEdgeFilter(f: FilterState): boolean {
  return (
    f.families !== null ||
    f.relationTypes !== null ||
    f.status !== 'all' ||
    f.claimant !== null ||
    f.sources !== null ||
    f.yearRange !== null ||
    f.hideUndated
  );
}

/**
 * The entities a filter is about: the claimant chosen, and the focus of a hops filter. They stay
 * in sight even when no line of theirs passes.
 */
export function filterSubjects(f: FilterState, focus?: string | null): string[] {
  const subjects: string[] = [];
  if (f.claimant !== null) subjects.push(f.claimant);
  if (f.hops !== null && focus != null) subjects.push(focus);
  return subjects;
}

/** Whether the state differs from EMPTY_FILTERS (hops counts even before there is a focus). */
export function isFilterActive(f: FilterState): boolean {
  return (
    f.kinds !== null ||
    f.attribute !== null ||
    f.range !== null ||
    f.hops !== null ||
    hasEdgeFilter(f)
  );
}

/**
 * The filters after an edit turned `before` into `after`. A list of kinds, relation types or
 * sources names what it shows: what the edit removed leaves the list (a list left naming
 * nothing is no filter), and what the edit added joins it, so a relation of a new type is not
 * hidden the moment it is made. A claimant the edit removed is no filter. The same state
 * when nothing changes.
 */
export function mendFilters(f: FilterState, before: Dataset, after: Dataset): FilterState {
  const mended = { ...f };
  let changed = false;
  const mend = (list: string[], was: Iterable<string>, now: Iterable<string>) => {
    const old = new Set(was);
    const current = new Set(now);
    const kept = list.filter((id) => current.has(id));
    const added = [...current].filter((id) => !old.has(id) && !kept.includes(id));
    if (kept.length === list.length && added.length === 0) return list;
    changed = true;
    // Emptied by the edit (not by the reader): it no longer filters anything.
    return kept.length === 0 && list.length > 0 ? null : [...kept, ...added];
  };
  const ids = (items: readonly { id: string }[] | undefined) => (items ?? []).map((i) => i.id);
  if (f.kinds && before.entityKinds !== after.entityKinds) {
    mended.kinds = mend(f.kinds, kindMap(before).keys(), kindMap(after).keys());
  }
  if (f.relationTypes && before.relationTypes !== after.relationTypes) {
    mended.relationTypes = mend(
      f.relationTypes,
      ids(before.relationTypes),
      ids(after.relationTypes),
    );
  }
  if (f.sources && before.sources !== after.sources) {
    mended.sources = mend(f.sources, ids(before.sources), ids(after.sources));
  }
  if (
    f.claimant !== null &&
    before.entities !== after.entities &&
    !after.entities.some((entity) => entity.id === f.claimant)
  ) {
    mended.claimant = null;
    changed = true;
  }
  return changed ? mended : f;
}

/** A reported relation: the one thing status 'reported' keeps (claim edges never are). */
export function isReportedEdge(e: GraphEdge): boolean {
  return e.kind === 'relation' && e.status === 'reported';
}

/** Whether an edge has years: a time with at least one end. */
export function isDated(e: GraphEdge): boolean {
  return e.time !== undefined && (e.time.from !== undefined || e.time.to !== undefined);
}

/** The edge filters of a state, ignoring endpoints, kinds and hops. */
export function edgePredicate(index: GraphIndex, f: FilterState): (e: GraphEdge) => boolean {
  const families = f.families ? new Set(f.families) : null;
  const types = f.relationTypes ? new Set(f.relationTypes) : null;
  const sources = f.sources ? new Set(f.sources) : null;
  return (e) => {
    // Families: the edge's family is selected ('claim' for the edges of a claim).
    if (families && !families.has(e.family)) return false;
    // Relation types: relations of a selected type; claim edges have no type and pass.
    if (types && e.kind === 'relation' && !types.has(index.relations.get(e.refId)?.type ?? '')) {
      return false;
    }
    // Status: 'reported' keeps reported relations, 'claimed' keeps all the rest.
    if (f.status === 'reported' && !isReportedEdge(e)) return false;
    // "Claimed" is someone's word: a line with no source given is neither reported nor claimed.
    if (f.status === 'claimed' && (isReportedEdge(e) || e.status === 'unsourced')) return false;
    // Claimant: the entity is among those asserting the edge (a claim's claimant included).
    if (f.claimant !== null && !e.claimants.includes(f.claimant)) return false;
    // Sources: some evidence of the edge cites a selected source.
    if (sources && !e.sources.some((s) => sources.has(s))) return false;
    // Undated edges stay, whatever the year range, unless hideUndated.
    if (!isDated(e)) return !f.hideUndated;
    // Years: the edge's span overlaps the range; an open end reaches forever that way.
    if (f.yearRange) {
      const [min, max] = f.yearRange;
      const from = e.time?.from ?? -Infinity;
      const to = e.time?.to ?? Infinity;
      if (from > max || to < min) return false;
    }
    return true;
  };
}

export interface Visible {
  entities: Set<string>;
  edges: Set<string>;
}

/**
 * The entities and edges shown under the filters, around `focus` when hops is set.
 */
export function applyFilters(index: GraphIndex, f: FilterState, focus?: string | null): Visible {
  const kinds = f.kinds ? new Set(f.kinds) : null;
  const passes = edgePredicate(index, f);

  // Entities: visible when their kind is selected and their attribute has a chosen value.
  const attribute = f.attribute;
  const values = attribute ? new Set(attribute.values) : null;
  const range = f.range;
  let entities = new Set<string>();
  for (const entity of index.entities.values()) {
    if (kinds && !kinds.has(entity.kind)) continue;
    if (attribute && values) {
      const value = entity.attributes?.[attribute.name];
      if (value === undefined || value === null || !values.has(String(value))) continue;
    }
    if (range) {
      const value = entity.attributes?.[range.name];
      if (typeof value !== 'number' || value < range.min || value > range.max) continue;
    }
    entities.add(entity.id);
  }

  // Edges: visible when they pass every edge filter and both endpoints are visible.
  let edges = new Set<string>();
  for (const e of index.edges) {
    if (entities.has(e.source) && entities.has(e.target) && passes(e)) edges.add(e.id);
  }

  // One rule for every filter that narrows the lines: an entity with no line left is hidden
  // (it has nothing left to show), unless it is what the filter is about (the claimant chosen).
  // Without such a filter (no filter, or kinds only) every entity of a shown kind stays.
  if (hasEdgeFilter(f)) {
    const kept = new Set<string>();
    for (const id of edges) {
      const e = index.edgeById.get(id);
      if (e) kept.add(e.source).add(e.target);
    }
    for (const id of filterSubjects(f, focus)) if (entities.has(id)) kept.add(id);
    entities = kept;
  }

  // Hops: the visible entities within that many visible edges of the focus, and the visible
  // edges between them; without a focus (or with an id the index does not know) hops is ignored;
  // a focus hidden by the other filters leaves nothing.
  if (f.hops !== null && focus != null && index.entities.has(focus)) {
    if (!entities.has(focus)) return { entities: new Set(), edges: new Set() };
    const around = neighbourhood(index, [focus], f.hops, {
      edgeFilter: (e) => edges.has(e.id),
      induced: true,
    });
    entities = around.entities;
    edges = around.edges;
  }
  return { entities: withGroups(index, entities), edges };
}

/**
 * The groups of the entities shown stay shown (a hidden cytoscape parent hides its members):
 * a group is drawn around what is left of it.
 */
function withGroups(index: GraphIndex, entities: Set<string>): Set<string> {
  for (const id of [...entities]) {
    const seen = new Set<string>();
    for (
      let parent = index.entities.get(id)?.parent;
      parent !== undefined && !seen.has(parent);
      parent = index.entities.get(parent)?.parent
    ) {
      seen.add(parent);
      entities.add(parent);
    }
  }
  return entities;
}

export interface FilterCounts {
  /** Entities of each kind, for the dataset's kinds in their order. */
  kinds: ReadonlyMap<string, number>;
  /** Edges of each family. */
  families: Record<RelationFamily, number>;
  /** Relations of each type id. (Maps, not objects: ids such as "constructor" are legal.) */
  relationTypes: ReadonlyMap<string, number>;
  /**
   * Edges by status: reported = reported relations (what 'reported' keeps), disputed = disputed
   * edges, claimed = the other edges (claimed relations, and claim edges not disputed); the
   * 'claimed' option covers claimed + disputed.
   */
  status: Record<EvidenceStatus, number>;
  /** Edges each entity asserts. */
  claimants: ReadonlyMap<string, number>;
  /** Edges citing each source. */
  sources: ReadonlyMap<string, number>;
  /** Earliest and latest year of the dated edges; null when none is dated. */
  years: { min: number; max: number } | null;
  /** Edges without years. */
  undated: number;
  /** How much of the dataset the given filters show. */
  visible: { entities: number; edges: number; totalEntities: number; totalEdges: number };
}

/**
 * How many elements each filter option covers, over the whole dataset (not narrowed by the
 * current filters), plus how much the current filters show.
 */
export function filterCounts(
  index: GraphIndex,
  f: FilterState = EMPTY_FILTERS,
  focus?: string | null,
): FilterCounts {
  const kinds = new Map(kindsOf(index.data).map((kind) => [kind.id, 0]));
  for (const entity of index.entities.values()) {
    kinds.set(entity.kind, (kinds.get(entity.kind) ?? 0) + 1);
  }

  const families = zeros(RELATION_FAMILIES);
  const status: Record<EvidenceStatus, number> = {
    reported: 0,
    claimed: 0,
    disputed: 0,
    unsourced: 0,
  };
  const types = new Map<string, number>();
  const claimants = new Map<string, number>();
  const sources = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  let undated = 0;
  for (const e of index.edges) {
    families[e.family] += 1;
    if (e.status === 'disputed') status.disputed += 1;
    else if (e.status === 'unsourced') status.unsourced += 1;
    else if (isReportedEdge(e)) status.reported += 1;
    else status.claimed += 1;
    if (e.kind === 'relation') {
      const type = index.relations.get(e.refId)?.type;
      if (type !== undefined) increment(types, type);
    }
    for (const id of e.claimants) increment(claimants, id);
    for (const id of e.sources) increment(sources, id);
    if (isDated(e)) {
      for (const y of [e.time?.from, e.time?.to]) {
        if (y === undefined) continue;
        min = Math.min(min, y);
        max = Math.max(max, y);
      }
    } else undated += 1;
  }

  const shown = applyFilters(index, f, focus);
  return {
    kinds,
    families,
    relationTypes: types,
    status,
    claimants,
    sources,
    years: min <= max ? { min, max } : null,
    undated,
    visible: {
      entities: shown.entities.size,
      edges: shown.edges.size,
      totalEntities: index.entities.size,
      totalEdges: index.edges.length,
    },
  };
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

// ---------------------------------------------------------------------------------------------
// URL contract: kinds=country,person  families=proxy,claim  types=funds,arms  status=reported
// claimant=<id>  sources=a,b  years=2020-2025  undated=hide  hops=1
// attr=<attribute name>&attrvalues=["Blue","Green"] (a JSON list: values may hold commas).
// range=<numeric attribute name>&rangemin=1.5&rangemax=20 (inclusive).
// Absent = no filter; an empty list (kinds=) selects nothing. Other keys belong to the rest of
// the app and are left alone.

export const FILTER_PARAM_KEYS = [
  'kinds',
  'families',
  'types',
  'status',
  'claimant',
  'sources',
  'years',
  'undated',
  'hops',
  'attr',
  'attrvalues',
  'range',
  'rangemin',
  'rangemax',
] as const;

/** The URL parameters of a state; defaults are left out, lists in a canonical order. */
export function filtersToParams(f: FilterState): Record<string, string> {
  const out = emptyRecord<string>();
  if (f.kinds) out.kinds = sortedUnique(f.kinds).join(',');
  if (f.families) out.families = RELATION_FAMILIES.filter((k) => f.families?.includes(k)).join(',');
  if (f.relationTypes) out.types = sortedUnique(f.relationTypes).join(',');
  if (f.status !== 'all') out.status = f.status;
  if (f.claimant !== null) out.claimant = f.claimant;
  if (f.sources) out.sources = sortedUnique(f.sources).join(',');
  if (f.yearRange) out.years = `${f.yearRange[0]}-${f.yearRange[1]}`;
  if (f.hideUndated) out.undated = 'hide';
  if (f.hops !== null) out.hops = String(f.hops);
  if (f.attribute) {
    out.attr = f.attribute.name;
    out.attrvalues = JSON.stringify(sortedUnique(f.attribute.values));
  }
  if (f.range) {
    out.range = f.range.name;
    out.rangemin = String(f.range.min);
    out.rangemax = String(f.range.max);
  }
  return out;
}

export interface ParsedFilters {
  filters: FilterState;
  /** What was dropped, as key=value, so the UI can say what it ignored. */
  ignored: string[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/**
 * A state from URL parameters (or a story step's filters). Unknown values are dropped and listed
 * in `ignored`; a list left with no known value is no filter. With an index, ids (types,
 * claimant, sources) must exist in it; without, they must look like ids.
 */
export function filtersFromParams(
  params: URLSearchParams | Readonly<Record<string, string>>,
  index?: GraphIndex,
): ParsedFilters {
  const get = (key: string): string | null =>
    params instanceof URLSearchParams
      ? params.get(key)
      : Object.hasOwn(params, key)
        ? (params[key] ?? null)
        : null;
  const ignored: string[] = [];
  const filters: FilterState = { ...EMPTY_FILTERS };

  const list = <T extends string>(key: string, known: (v: string) => v is T): T[] | null => {
    const raw = get(key);
    if (raw === null) return null;
    const values = raw
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    if (values.length === 0) return [];
    const kept: T[] = [];
    for (const v of values) {
      if (!known(v)) ignored.push(`${key}=${v}`);
      else if (!kept.includes(v)) kept.push(v);
    }
    return kept.length > 0 ? kept : null;
  };
  const isId =
    (exists?: (id: string) => boolean) =>
    (v: string): v is string =>
      ID.test(v) && (exists ? exists(v) : true);

  // Without a dataset, the built-in kinds.
  const kinds = kindMap(index?.data ?? {});
  filters.kinds = list('kinds', (v): v is string => kinds.has(v));
  filters.families = list('families', (v): v is RelationFamily => includes(RELATION_FAMILIES, v));
  filters.relationTypes = list('types', isId(index && ((id) => index.relationTypes.has(id))));
  filters.sources = list('sources', isId(index && ((id) => index.sources.has(id))));

  const status = get('status');
  if (status !== null) {
    if (includes(STATUS_FILTERS, status)) filters.status = status;
    else ignored.push(`status=${status}`);
  }

  const claimant = get('claimant');
  if (claimant !== null) {
    if (isId(index && ((id) => index.entities.has(id)))(claimant)) filters.claimant = claimant;
    else ignored.push(`claimant=${claimant}`);
  }

  const years = get('years');
  if (years !== null) {
    const m = /^\s*(-?\d{1,4})(?:\s*-\s*(-?\d{1,4}))?\s*$/.exec(years);
    if (m) {
      const a = Number(m[1]);
      const b = m[2] === undefined ? a : Number(m[2]);
      filters.yearRange = a <= b ? [a, b] : [b, a];
    } else ignored.push(`years=${years}`);
  }

  const undated = get('undated');
  if (undated !== null) {
    if (undated === 'hide' || undated === 'show') filters.hideUndated = undated === 'hide';
    else ignored.push(`undated=${undated}`);
  }

  const hops = get('hops');
  if (hops !== null) {
    const n = Number(hops);
    if (hops.trim() !== '' && includes(HOPS, n)) filters.hops = n;
    else ignored.push(`hops=${hops}`);
  }

  const attr = get('attr');
  if (attr !== null) {
    const values = parseValueList(get('attrvalues'));
    if (attr.trim() !== '' && values) filters.attribute = { name: attr, values };
    else ignored.push(`attr=${attr}`);
  }

  const range = get('range');
  if (range !== null) {
    const min = finiteNumber(get('rangemin'));
    const max = finiteNumber(get('rangemax'));
    if (range.trim() !== '' && min !== null && max !== null && min <= max) {
      filters.range = { name: range, min, max };
    } else ignored.push(`range=${range}`);
  }

  return { filters, ignored };
}

/** "1.5" → 1.5; empty, not a number, or infinite → null. */
function finiteNumber(text: string | null): number | null {
  if (text === null || text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/** `["Blue","Green"]` → the list; anything else (not JSON, not a list of text) → null. */
function parseValueList(text: string | null): string[] | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

function includes<T>(values: readonly T[], v: unknown): v is T {
  return (values as readonly unknown[]).includes(v);
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
