import { describe, expect, it } from 'vitest';
import { copiedIn, untranslatedTexts } from '../../../src/model/translations';
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

describe('copiedIn', () => {
  it('says which language the same words on both sides are in', () => {
    expect(copiedIn({ ar: 'Valjean', en: 'Valjean' })).toBe('en');
    expect(copiedIn({ ar: 'ערוץ 7', en: 'ערוץ 7' })).toBe('en');
    expect(copiedIn({ ar: 'حماس', en: 'حماس' })).toBe('ar');
    expect(copiedIn({ ar: ' حماس', en: 'حماس ' })).toBe('ar');
  });

  it('is null for two different texts, mixed scripts, names without letters, and gaps', () => {
    expect(copiedIn({ ar: 'حماس', en: 'Hamas' })).toBeNull();
    expect(copiedIn({ ar: 'قناة Channel 7', en: 'قناة Channel 7' })).toBeNull();
    expect(copiedIn({ ar: '7', en: '7' })).toBeNull();
    expect(copiedIn({ ar: '', en: '' })).toBeNull();
    expect(copiedIn({ en: 'Valjean' })).toBeNull();
    expect(copiedIn(undefined)).toBeNull();
  });
});

describe('untranslatedTexts, required texts', () => {
  it('lists names with the same words on both sides, as an importer fills them', () => {
    const imported = structuredClone(base);
    imported.title = { ar: 'miserables', en: 'miserables' };
    imported.entities = [
      { id: 'v', kind: 'person', label: { ar: 'Valjean', en: 'Valjean' } },
      { id: 'h', kind: 'org', label: { ar: 'حماس', en: 'حماس' } },
      { id: 'b', kind: 'person', label: { ar: 'ب', en: 'B' } },
    ];
    imported.relationTypes = [
      {
        id: 'knows',
        family: 'other',
        directed: true,
        label: { ar: 'knows', en: 'knows' },
        inverseLabel: { ar: 'يعرفه', en: 'is known by' },
      },
    ];
    imported.sources = [];
    expect(untranslatedTexts(imported)).toEqual([
      { collection: 'dataset', id: 'd', field: 'title', has: 'en', copied: true },
      { collection: 'entities', id: 'v', field: 'label', has: 'en', copied: true },
      { collection: 'entities', id: 'h', field: 'label', has: 'ar', copied: true },
      { collection: 'relationTypes', id: 'knows', field: 'label', has: 'en', copied: true },
    ]);
  });

  it('lists none of the seed dataset’s names', async () => {
    const { readFileSync } = await import('node:fs');
    const seed = JSON.parse(readFileSync('data/azerbaijan-gaza.json', 'utf8')) as Dataset;
    expect(untranslatedTexts(seed).filter((item) => item.copied)).toEqual([]);
  });
});
