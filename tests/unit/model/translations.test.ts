import { describe, expect, it } from 'vitest';
import { untranslatedTexts } from '../../../src/model/translations';
import type { Dataset } from '../../../src/model/schema';

const base: Dataset = {
  version: 1,
  id: 'd',
  title: { ar: 'ع', en: 'T' },
  entities: [
    { id: 'a', kind: 'person', label: { ar: 'أ', en: 'A' }, description: { en: 'Only English' } },
    { id: 'b', kind: 'person', label: { ar: 'ب', en: 'B' }, description: { ar: 'ب', en: 'B' } },
    { id: 'c', kind: 'person', label: { ar: 'ج', en: 'C' }, description: { ar: 'عربي', en: '  ' } },
  ],
  relationTypes: [],
  relations: [],
  sources: [{ id: 's', title: { ar: 'مقال' }, language: 'ar' }],
} as unknown as Dataset;

describe('untranslatedTexts', () => {
  it('lists optional texts written in one language only, with the one they have', () => {
    expect(untranslatedTexts(base)).toEqual([
      { collection: 'entities', id: 'a', field: 'description', has: 'en' },
      { collection: 'entities', id: 'c', field: 'description', has: 'ar' },
      { collection: 'sources', id: 's', field: 'title', has: 'ar' },
    ]);
  });

  it('lists nothing when both languages are there or neither is', () => {
    const both = structuredClone(base);
    both.entities = [base.entities[1]!];
    both.sources = [{ id: 's', title: { ar: 'مقال', en: 'Article' }, language: 'ar' }];
    expect(untranslatedTexts(both)).toEqual([]);
  });
});
