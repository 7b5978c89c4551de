/**
 * Entity search over labels and aliases in both languages, whatever the UI language. Names and
 * the query are folded with normalizeForSearch, so spelling variants match both ways.
 */
import type { GraphIndex } from './graph-index';
import { normalizeForSearch } from './normalize';
import type { Entity, EntityKind, Lang } from './schema';

export interface SearchHit {
  id: string;
  entity: Entity;
  /** The name that matched, as written in the dataset. */
  matched: string;
  field: 'label' | 'alias';
  lang: Lang;
  /** Higher is better: MATCH_SCORES[rank], plus 1 for a label. */
  score: number;
}

export interface SearchOptions {
  /** At most this many hits (default: all). */
  limit?: number;
  /** Only entities of these kinds (default: all). */
  kinds?: readonly EntityKind[];
}

/** How a name matches, best first; 'words' = every query word starts a word of the name. */
export type MatchRank = 'exact' | 'prefix' | 'wordPrefix' | 'substring' | 'words';

export const MATCH_SCORES: Readonly<Record<MatchRank, number>> = {
  exact: 100,
  prefix: 80,
  wordPrefix: 60,
  substring: 40,
  words: 20,
};

interface SearchName {
  raw: string;
  norm: string;
  /** Word starts: the words, and for Arabic words with the article (ال, وال, بال…) the rest. */
  words: string[];
  field: 'label' | 'alias';
  lang: Lang;
}

interface SearchRow {
  id: string;
  entity: Entity;
  /** Normalized English label: the tie-break. */
  sortKey: string;
  names: SearchName[];
}

interface SearchTable {
  rows: SearchRow[];
  byId: Map<string, SearchRow>;
}

const tables = new WeakMap<GraphIndex, SearchTable>();

/** The search table of an index, built on first use and kept as long as the index lives. */
function searchTable(index: GraphIndex): SearchTable {
  let table = tables.get(index);
  if (!table) {
    const rows = [...index.entities.values()].map(row);
    table = { rows, byId: new Map(rows.map((r) => [r.id, r])) };
    tables.set(index, table);
  }
  return table;
}

const ARTICLE = /^(?:[وفبكل]?ال|لل)(?=..)/;

function name(raw: string, field: 'label' | 'alias', lang: Lang): SearchName {
  const norm = normalizeForSearch(raw);
  const words = norm.split(' ').filter((w) => w.length > 0);
  const bare = words.map((w) => w.replace(ARTICLE, '')).filter((w, i) => w !== words[i]);
  return { raw, norm, words: [...words, ...bare], field, lang };
}

function row(entity: Entity): SearchRow {
  const names: SearchName[] = [
    name(entity.label.en, 'label', 'en'),
    name(entity.label.ar, 'label', 'ar'),
    ...(entity.aliases?.en ?? []).map((a) => name(a, 'alias', 'en')),
    ...(entity.aliases?.ar ?? []).map((a) => name(a, 'alias', 'ar')),
  ].filter((n) => n.norm.length > 0);
  return { id: entity.id, entity, sortKey: normalizeForSearch(entity.label.en), names };
}

function rankName(n: SearchName, query: string, queryWords: readonly string[]): MatchRank | null {
  if (n.norm === query) return 'exact';
  if (n.norm.startsWith(query)) return 'prefix';
  if (n.words.some((w) => w.startsWith(query))) return 'wordPrefix';
  if (n.norm.includes(query)) return 'substring';
  if (queryWords.length > 1 && queryWords.every((q) => n.words.some((w) => w.startsWith(q)))) {
    return 'words';
  }
  return null;
}

function bestName(
  r: SearchRow,
  query: string,
  queryWords: readonly string[],
): { name: SearchName; score: number } | null {
  let best: { name: SearchName; score: number } | null = null;
  for (const n of r.names) {
    const rank = rankName(n, query, queryWords);
    if (rank === null) continue;
    // Labels before aliases at equal rank; among equals the first listed name wins.
    const score = MATCH_SCORES[rank] + (n.field === 'label' ? 1 : 0);
    if (!best || score > best.score) best = { name: n, score };
  }
  return best;
}

/**
 * Entities whose label or alias (Arabic or English) matches the query, best first: exact >
 * prefix of the name > prefix of a word > substring > every query word starts a word; labels
 * before aliases at equal rank; then by English label, then id. One hit per entity, for its best
 * name. An empty or blank query finds nothing.
 */
export function searchEntities(
  index: GraphIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const q = normalizeForSearch(query);
  if (q.length === 0) return [];
  const limit = options.limit ?? Infinity;
  if (limit <= 0) return [];
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const queryWords = q.split(' ');

  const found: { hit: SearchHit; sortKey: string }[] = [];
  for (const r of searchTable(index).rows) {
    if (kinds && !kinds.has(r.entity.kind)) continue;
    const best = bestName(r, q, queryWords);
    if (!best) continue;
    found.push({
      sortKey: r.sortKey,
      hit: {
        id: r.id,
        entity: r.entity,
        matched: best.name.raw,
        field: best.name.field,
        lang: best.name.lang,
        score: best.score,
      },
    });
  }
  found.sort(
    (a, b) =>
      b.hit.score - a.hit.score ||
      compare(a.sortKey, b.sortKey) ||
      compare(a.hit.entity.label.en, b.hit.entity.label.en) ||
      compare(a.hit.id, b.hit.id),
  );
  return found.slice(0, limit).map((f) => f.hit);
}

/** Whether the entity has a name matching the query; a blank query matches every entity. */
export function entityMatches(index: GraphIndex, id: string, query: string): boolean {
  const q = normalizeForSearch(query);
  const r = searchTable(index).byId.get(id);
  if (!r) return false;
  if (q.length === 0) return true;
  return bestName(r, q, q.split(' ')) !== null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
