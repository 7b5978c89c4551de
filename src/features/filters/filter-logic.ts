/**
 * Pure helpers behind the filter panel: how a click on a checkbox or a slider becomes the next
 * FilterState value. Lists use null for "everything", so a list that again covers every option
 * shown goes back to null (and the URL stays short).
 */
import type { GraphIndex } from '../../model/graph-index';
import { EMPTY_FILTERS, edgePredicate, isDated, type FilterState } from '../../model/filters';

/** How many filters differ from the defaults (the number on the "Filters" button). */
export function activeFilterCount(f: FilterState): number {
  return [
    f.kinds !== null,
    f.families !== null,
    f.relationTypes !== null,
    f.status !== 'all',
    f.claimant !== null,
    f.sources !== null,
    f.yearRange !== null,
    f.hideUndated,
    f.hops !== null,
    f.attribute !== null,
    f.range !== null,
  ].filter(Boolean).length;
}

/** Whether an option is on: a null list means every option is. */
export function isOn<T>(current: readonly T[] | null, value: T): boolean {
  return current === null || current.includes(value);
}

/**
 * The list after switching `value` on or off. `options` are the choices offered; when every one
 * of them ends up on, the result is null (no filter).
 */
export function toggleInList<T>(
  current: readonly T[] | null,
  options: readonly T[],
  value: T,
  on: boolean,
): T[] | null {
  const base = current ?? options;
  const next = on
    ? base.includes(value)
      ? [...base]
      : [...base, value]
    : base.filter((v) => v !== value);
  return options.every((v) => next.includes(v)) ? null : next;
}

export interface YearBounds {
  min: number;
  max: number;
}

/** The range shown by the sliders: the filter's, kept inside the dataset's years. */
export function shownRange(
  range: readonly [number, number] | null,
  bounds: YearBounds,
): [number, number] {
  const clamp = (y: number) => Math.min(bounds.max, Math.max(bounds.min, y));
  if (!range) return [bounds.min, bounds.max];
  return [clamp(range[0]), clamp(range[1])];
}

/**
 * The year range after moving one slider. The other end follows when they would cross; the full
 * span of the dataset is no filter (null).
 */
export function nextYearRange(
  range: readonly [number, number] | null,
  bounds: YearBounds,
  end: 'from' | 'to',
  value: number,
): [number, number] | null {
  let [from, to] = shownRange(range, bounds);
  const year = Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
  if (end === 'from') {
    from = year;
    if (to < from) to = from;
  } else {
    to = year;
    if (from > to) from = to;
  }
  return from <= bounds.min && to >= bounds.max ? null : [from, to];
}

/** Dated edges whose years overlap the range (what the time filter keeps of them). */
export function datedInRange(index: GraphIndex, range: readonly [number, number]): number {
  const passes = edgePredicate(index, { ...EMPTY_FILTERS, yearRange: [range[0], range[1]] });
  let n = 0;
  for (const e of index.edges) if (isDated(e) && passes(e)) n += 1;
  return n;
}
