import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  datedInRange,
  isOn,
  nextYearRange,
  shownRange,
  toggleInList,
} from '../../../../src/features/filters/filter-logic';
import { EMPTY_FILTERS } from '../../../../src/model/filters';
import { seedLike } from '../../model/graph-fixture';

const OPTIONS = ['a', 'b', 'c'] as const;

describe('activeFilterCount', () => {
  it('counts each filter that differs from the defaults', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, kinds: [] })).toBe(1);
    expect(
      activeFilterCount({
        ...EMPTY_FILTERS,
        status: 'reported',
        hideUndated: true,
        yearRange: [2020, 2021],
        hops: 0,
      }),
    ).toBe(4);
  });
});

describe('toggleInList', () => {
  it('starts from "all on" when there is no filter', () => {
    expect(isOn(null, 'a')).toBe(true);
    expect(toggleInList(null, OPTIONS, 'b', false)).toEqual(['a', 'c']);
  });

  it('goes back to null once every option is on again', () => {
    expect(toggleInList(['a', 'c'], OPTIONS, 'b', true)).toBeNull();
    expect(toggleInList(['a'], OPTIONS, 'b', true)).toEqual(['a', 'b']);
  });

  it('can switch everything off (an empty list shows nothing)', () => {
    expect(toggleInList(['a'], OPTIONS, 'a', false)).toEqual([]);
  });

  it('does not duplicate a value already on', () => {
    expect(toggleInList(['a'], OPTIONS, 'a', true)).toEqual(['a']);
  });

  it('keeps values outside the options (from a link) until everything shown is on', () => {
    expect(toggleInList(['x', 'a'], OPTIONS, 'b', true)).toEqual(['x', 'a', 'b']);
    expect(toggleInList(['x', 'a', 'b'], OPTIONS, 'c', true)).toBeNull();
  });
});

describe('year range', () => {
  const bounds = { min: 2020, max: 2025 };

  it('shows the whole span without a filter, and clamps a range from a link', () => {
    expect(shownRange(null, bounds)).toEqual([2020, 2025]);
    expect(shownRange([1990, 2030], bounds)).toEqual([2020, 2025]);
    expect(shownRange([2021, 2022], bounds)).toEqual([2021, 2022]);
  });

  it('moves one end; the other follows rather than cross', () => {
    expect(nextYearRange(null, bounds, 'from', 2025)).toEqual([2025, 2025]);
    expect(nextYearRange([2022, 2023], bounds, 'from', 2024)).toEqual([2024, 2024]);
    expect(nextYearRange([2022, 2023], bounds, 'to', 2021)).toEqual([2021, 2021]);
    expect(nextYearRange([2022, 2023], bounds, 'to', 2024)).toEqual([2022, 2024]);
  });

  it('the whole span again is no filter', () => {
    expect(nextYearRange([2020, 2024], bounds, 'to', 2025)).toBeNull();
    expect(nextYearRange([2021, 2025], bounds, 'from', 2019)).toBeNull();
  });

  it('counts the dated lines a range keeps', () => {
    const index = seedLike();
    // r1 1992–, r2 2000–2023, r5 2006, r6 2023–2024, r7 2024–.
    expect(datedInRange(index, [2006, 2006])).toBe(3);
    expect(datedInRange(index, [2024, 2030])).toBe(3);
    expect(datedInRange(index, [1900, 1950])).toBe(0);
  });
});
