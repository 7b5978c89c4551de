/**
 * Entity search over labels and aliases in both languages, whatever the UI language, and over
 * the text values of the file's own attributes (a party, a country code: below labels and
 * aliases at equal rank, never approximate). Names and
 * the query are folded with normalizeForSearch, so spelling variants match both ways; each word
 * is also compared without the Arabic article and with the plural ending folded (searchKey), on
 * both sides. Below every other rank, a name matches approximately ('fuzzy') when each query
 * word is within a few edits of one of its words (fuzzy.ts, a bounded edit distance written
 * here rather than a fuzzy-search library: see there why): Hizbullah finds Hezbollah, مليشيا
 * finds ميليشيا, ازربيجان finds أذربيجان.
 */
import { editDistance, letterMask, masksAllow, maxEdits, maxPrefixEdits } from './fuzzy';
import type { GraphIndex } from './graph-index';
import { looseKey, normalizeForSearch, searchKey, stripArticle } from './normalize';
import type { Entity, Lang } from './schema';

export interface SearchHit {
  id: string;
  entity: Entity;
  /** The name that matched, as written in the dataset. */
  matched: string;
  field: SearchField;
  /** For an attribute hit: the attribute whose value matched. */
  attribute?: string;
  lang: Lang;
  /**
   * Higher is better: MATCH_SCORES[rank], plus 1 for a label. A fuzzy hit scores from
   * MATCH_SCORES.fuzzy to FUZZY_MAX_SCORE, below any other hit (see fuzzyScore).
   */
  score: number;
  /** How the name matched. */
  rank: MatchRank;
  /** Whether the match is approximate (rank 'fuzzy'): the UI may say "did you mean". */
  fuzzy: boolean;
}

export interface SearchOptions {
  /** At most this many hits (default: all). */
  limit?: number;
  /** Only entities of these kinds (default: all). */
  kinds?: readonly string[];
}

/**
 * How a name matches, best first; 'words' = every query word starts a word of the name;
 * 'fuzzy' = every query word is within a few edits of a word of the name (or of its start).
 */
export type MatchRank = 'exact' | 'prefix' | 'wordPrefix' | 'substring' | 'words' | 'fuzzy';

export const MATCH_SCORES: Readonly<Record<MatchRank, number>> = {
  exact: 100,
  prefix: 80,
  wordPrefix: 60,
  substring: 40,
  words: 20,
  /** The lowest fuzzy score; a fuzzy hit scores up to FUZZY_MAX_SCORE (see fuzzyScore). */
  fuzzy: 4,
};

/** Edits beyond this many no longer lower a fuzzy hit's score. */
const MAX_PENALISED_EDITS = 3;

/**
 * A fuzzy hit's score: fewer edits first (4 points each), then a query covering the whole name
 * over one matching some of its words (2 points: "isreal" finds Israel before "Israeli-made
 * systems"), then a label over an alias (1 point).
 */
function fuzzyScore(edits: number, wholeName: boolean, label: boolean): number {
  return (
    MATCH_SCORES.fuzzy +
    4 * (MAX_PENALISED_EDITS - Math.min(edits, MAX_PENALISED_EDITS)) +
    (wholeName ? 2 : 0) +
    (label ? 1 : 0)
  );
}

/** The highest score of a fuzzy hit (no edit but confusable letters, whole name, label). */
export const FUZZY_MAX_SCORE = fuzzyScore(0, true, true);

interface SearchName {
  raw: string;
  norm: string;
  /** The name, each word as its search key (article off, plural ending folded); null if norm. */
  key: string | null;
  /** Distinct word starts: the words, without the Arabic article (ال, وال, بال…), their keys. */
  starts: string[];
  /** How many words the name has. */
  wordCount: number;
  /** The distinct keys with confusable letters folded, and their letter masks: fuzzy matching. */
  loose: string[];
  masks: number[];
  field: SearchField;
  attribute?: string;
  lang: Lang;
}

export type SearchField = 'label' | 'alias' | 'attribute';

/** Text attributes searched per entity, and their longest value: ids and notes are not names. */
const SEARCHED_ATTRIBUTES = 12;
const SEARCHED_VALUE_LENGTH = 120;
/** Within a rank: label, then alias, then attribute value. */
const FIELD_BONUS: Readonly<Record<SearchField, number>> = { label: 1, alias: 0, attribute: -1 };

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

/** A query, folded once per search. */
interface Query {
  norm: string;
  /** As SearchName.key. */
  key: string | null;
  /** Each word, as typed and (if different) as its search key. */
  forms: string[][];
  /** Each word's search key with confusable letters folded, and its letter mask. */
  loose: string[];
  masks: number[];
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

function name(raw: string, field: SearchField, lang: Lang, attribute?: string): SearchName {
  const norm = normalizeForSearch(raw);
  const words = norm.split(' ').filter((w) => w.length > 0);
  const keys = words.map(searchKey);
  const key = keys.join(' ');
  const loose = [...new Set(keys.map(looseKey))];
  return {
    raw,
    norm,
    key: key === norm ? null : key,
    starts: [...new Set([...words, ...words.map(stripArticle), ...keys])],
    wordCount: words.length,
    loose,
    masks: loose.map(letterMask),
    field,
    ...(attribute !== undefined ? { attribute } : {}),
    lang,
  };
}

function attributeNames(entity: Entity): SearchName[] {
  const out: SearchName[] = [];
  for (const [key, value] of Object.entries(entity.attributes ?? {})) {
    if (out.length >= SEARCHED_ATTRIBUTES) break;
    if (typeof value !== 'string') continue;
    const text = value.trim();
    if (text.length < 2 || text.length > SEARCHED_VALUE_LENGTH) continue;
    out.push(name(text, 'attribute', /[\u0600-\u06FF]/.test(text) ? 'ar' : 'en', key));
  }
  return out;
}

function row(entity: Entity): SearchRow {
  const names: SearchName[] = [
    name(entity.label.en, 'label', 'en'),
    name(entity.label.ar, 'label', 'ar'),
    ...(entity.aliases?.en ?? []).map((a) => name(a, 'alias', 'en')),
    ...(entity.aliases?.ar ?? []).map((a) => name(a, 'alias', 'ar')),
    ...attributeNames(entity),
  ].filter((n) => n.norm.length > 0);
  return { id: entity.id, entity, sortKey: normalizeForSearch(entity.label.en), names };
}

function prepare(norm: string): Query {
  const words = norm.split(' ');
  const keys = words.map(searchKey);
  const key = keys.join(' ');
  const loose = keys.map(looseKey);
  return {
    norm,
    key: key === norm ? null : key,
    forms: words.map((w, i) => (keys[i] === w ? [w] : [w, keys[i]!])),
    loose,
    masks: loose.map(letterMask),
  };
}

/** Whether a query word (as typed or as its key) starts a word of the name (or its key). */
function startsWord(n: SearchName, forms: readonly string[]): boolean {
  for (const start of n.starts) {
    for (const form of forms) if (start.startsWith(form)) return true;
  }
  return false;
}

/** The rank of an exact (not fuzzy) match, or null. */
function rankName(n: SearchName, q: Query): MatchRank | null {
  const keyed = n.key !== null || q.key !== null;
  const nKey = n.key ?? n.norm;
  const qKey = q.key ?? q.norm;
  if (n.norm === q.norm || (keyed && nKey === qKey)) return 'exact';
  if (n.norm.startsWith(q.norm) || (keyed && nKey.startsWith(qKey))) return 'prefix';
  const words = q.forms.length;
  if (words === 1 && startsWord(n, q.forms[0]!)) return 'wordPrefix';
  if (n.norm.includes(q.norm) || (keyed && nKey.includes(qKey))) return 'substring';
  if (words > 1 && q.forms.every((forms) => startsWord(n, forms))) return 'words';
  return null;
}

/**
 * The edits a fuzzy match of the name needs, or null: every query word starts a word of the
 * name, or is within maxEdits of one of its words, or (the last word, still being typed) within
 * maxPrefixEdits of the start of one. Confusable letters (looseKey) cost nothing.
 */
function fuzzyEdits(n: SearchName, q: Query): number | null {
  let total = 0;
  const last = q.forms.length - 1;
  for (let i = 0; i <= last; i++) {
    // A one-word query starts no word of the name: rankName would have said wordPrefix.
    if (last > 0 && startsWord(n, q.forms[i]!)) continue;
    const word = q.loose[i]!;
    const mask = q.masks[i]!;
    const bound = maxEdits(word.length);
    const prefixBound = i === last ? maxPrefixEdits(word.length) : -1;
    const widest = Math.max(bound, prefixBound);
    let best = widest + 1;
    for (let j = 0; j < n.loose.length && best > 0; j++) {
      const other = n.loose[j]!;
      if (!masksAllow(mask, n.masks[j]!, widest)) continue;
      if (prefixBound >= 0 && other.startsWith(word)) {
        best = 0;
        break;
      }
      // Against a longer word, the distance to its closest start is at most the distance to
      // the whole word, and the bound is the same: one pass.
      const asPrefix = prefixBound > 0 && other.length > word.length;
      // A long query word against a short name word: the shorter one sets the bound.
      const limit = asPrefix ? prefixBound : Math.min(bound, maxEdits(other.length));
      const d = editDistance(word, other, Math.min(limit, best - 1), asPrefix);
      if (d < best && d <= limit) best = d;
    }
    if (best > widest) return null;
    total += best;
  }
  return total;
}

interface Best {
  name: SearchName;
  score: number;
  rank: MatchRank;
}

function bestName(r: SearchRow, q: Query, fuzzy: boolean): Best | null {
  let best: Best | null = null;
  for (const n of r.names) {
    const rank = rankName(n, q);
    if (rank === null) continue;
    // Labels before aliases before attributes at equal rank; among equals the first wins.
    const score = MATCH_SCORES[rank] + FIELD_BONUS[n.field];
    if (!best || score > best.score) best = { name: n, score, rank };
  }
  if (best || !fuzzy) return best;
  for (const n of r.names) {
    // A value close to the query is not a name misspelt: "Blue" must not find "Blau".
    if (n.field === 'attribute') continue;
    const edits = fuzzyEdits(n, q);
    if (edits === null) continue;
    const score = fuzzyScore(edits, n.wordCount === q.forms.length, n.field === 'label');
    if (!best || score > best.score) best = { name: n, score, rank: 'fuzzy' };
  }
  return best;
}

/**
 * Entities whose label or alias (Arabic or English) matches the query, best first: exact >
 * prefix of the name > prefix of a word > substring > every query word starts a word > fuzzy
 * (every query word within a few edits of a word); labels before aliases at equal rank, fewer
 * edits first among fuzzy hits; then by English label, then id. One hit per entity, for its
 * best name. An empty or blank query finds nothing.
 */
export function searchEntities(
  index: GraphIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const norm = normalizeForSearch(query);
  if (norm.length === 0) return [];
  const limit = options.limit ?? Infinity;
  if (limit <= 0) return [];
  const kinds = options.kinds ? new Set(options.kinds) : null;
  const q = prepare(norm);

  const found: { hit: SearchHit; sortKey: string }[] = [];
  for (const r of searchTable(index).rows) {
    if (kinds && !kinds.has(r.entity.kind)) continue;
    const best = bestName(r, q, true);
    if (!best) continue;
    found.push({
      sortKey: r.sortKey,
      hit: {
        id: r.id,
        entity: r.entity,
        matched: best.name.raw,
        field: best.name.field,
        ...(best.name.attribute !== undefined ? { attribute: best.name.attribute } : {}),
        lang: best.name.lang,
        score: best.score,
        rank: best.rank,
        fuzzy: best.rank === 'fuzzy',
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

export interface MatchOptions {
  /** Count approximate (fuzzy) matches too (default: no). */
  fuzzy?: boolean;
}

/**
 * Whether the entity has a name matching the query; a blank query matches every entity.
 * Article and plural endings are ignored as in searchEntities, but approximate matches count
 * only with `fuzzy: true`: a filter shows its rows unranked and unmarked, where "iraq" keeping
 * Iran's rows would read as a wrong answer rather than as a suggestion.
 */
export function entityMatches(
  index: GraphIndex,
  id: string,
  query: string,
  options: MatchOptions = {},
): boolean {
  const norm = normalizeForSearch(query);
  const r = searchTable(index).byId.get(id);
  if (!r) return false;
  if (norm.length === 0) return true;
  return bestName(r, prepare(norm), options.fuzzy ?? false) !== null;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
