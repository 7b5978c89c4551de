/** Filters in words (the empty state, PNG headers): the attribute filters name their column. */
import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../../../src/features/filters/describe';
import { activeFilterCount } from '../../../../src/features/filters/filter-logic';
import { createI18n } from '../../../../src/i18n';
import { EMPTY_FILTERS } from '../../../../src/model/filters';
import { seedLike } from '../../model/graph-fixture';

describe('attribute filters in words', () => {
  const index = seedLike();
  const filters = {
    ...EMPTY_FILTERS,
    attribute: { name: 'party', values: ['Blue', 'Green'] },
    range: { name: 'votes', min: 10, max: 30 },
  };

  it('says the values and the range, in English and in Arabic', () => {
    const en = createI18n('en');
    expect(describeFilters(en.t, index, 'en', filters, null)).toEqual([
      'party: Blue, Green',
      'votes: 10 to 30',
    ]);
    const ar = createI18n('ar');
    expect(describeFilters(ar.t, index, 'ar', filters, null)).toContain('votes: من 10 إلى 30');
    expect(activeFilterCount(filters)).toBe(2);
  });
});
