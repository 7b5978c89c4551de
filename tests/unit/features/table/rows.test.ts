import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  claimRows,
  ENTITY_SORTS,
  entityRows,
  matchClaimRows,
  matchEntityRows,
  matchRelationRows,
  RELATION_SORTS,
  relationRows,
  sortRows,
  type RowText,
} from '../../../../src/features/table/rows';
import { applyFilters, EMPTY_FILTERS } from '../../../../src/model/filters';
import { loadDatasetText } from '../../../../src/model/load';

const SEED = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../data/azerbaijan-gaza.json',
);
const loaded = loadDatasetText(readFileSync(SEED, 'utf8'));
if (!loaded.ok) throw new Error('the seed does not load');
const index = loaded.index;

const text = (lang: 'en' | 'ar'): RowText => ({ lang, kind: (k) => k, subkind: (s) => s });

describe('rows under the filters', () => {
  it('null visible means every entity, relation and claim', () => {
    expect(entityRows(index, null, text('en'))).toHaveLength(index.entities.size);
    expect(relationRows(index, null, 'en')).toHaveLength(index.relations.size);
    expect(claimRows(index, null, 'en')).toHaveLength(index.claims.size);
  });

  it('keeps only what the filters show', () => {
    const visible = applyFilters(index, { ...EMPTY_FILTERS, status: 'reported' });
    expect(claimRows(index, visible, 'en')).toEqual([]);
    const relations = relationRows(index, visible, 'en');
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.every((r) => r.status === 'reported')).toBe(true);
  });

  it('counts the relations of each entity among those shown', () => {
    const all = entityRows(index, null, text('en'));
    const israel = all.find((r) => r.id === 'israel');
    const expected = (index.edgesOf.get('israel') ?? []).filter((e) => e.kind === 'relation');
    expect(israel?.relations).toBe(expected.length);
    const visible = applyFilters(index, { ...EMPTY_FILTERS, families: ['hostility'] });
    const hostile = entityRows(index, visible, text('en')).find((r) => r.id === 'israel');
    expect(hostile?.relations).toBe(expected.filter((e) => e.family === 'hostility').length);
  });

  it('names rows in the reader language, the other name alongside', () => {
    const row = entityRows(index, null, text('ar')).find((r) => r.id === 'israel');
    expect(row?.name).toBe('إسرائيل');
    expect(row?.otherName).toBe('Israel');
  });
});

describe('name filter', () => {
  const entities = entityRows(index, null, text('en'));
  it('folds Arabic spelling variants and matches either language', () => {
    expect(matchEntityRows(index, entities, 'اذربيجان').map((r) => r.id)).toContain('azerbaijan');
    expect(matchEntityRows(index, entities, 'AZERBAIJAN').map((r) => r.id)).toContain('azerbaijan');
    expect(matchEntityRows(index, entities, '  ')).toHaveLength(entities.length);
  });

  it('relations match by either end or the relation label; claims by who is involved', () => {
    const relations = relationRows(index, null, 'en');
    const iran = matchRelationRows(index, relations, 'Iran');
    expect(iran.length).toBeGreaterThan(0);
    expect(iran.every((r) => r.relation.source === 'iran' || r.relation.target === 'iran')).toBe(
      true,
    );
    expect(matchRelationRows(index, relations, 'backs').map((r) => r.id)).toContain(
      'iran-backs-hamas',
    );
    const claims = claimRows(index, null, 'en');
    expect(
      matchClaimRows(index, claims, 'Epstein')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['claim-benefit-to-israel', 'claim-shared-interests-confronting-iran']);
  });
});

describe('sortRows', () => {
  it('sorts text in the reader collation, both ways, stable on ties', () => {
    const rows = entityRows(index, null, text('en'));
    const asc = sortRows(rows, ENTITY_SORTS.name, 'ascending', 'en').map((r) => r.name);
    expect(asc).toEqual(
      [...asc].sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare),
    );
    const desc = sortRows(rows, ENTITY_SORTS.name, 'descending', 'en').map((r) => r.name);
    expect(desc).toEqual([...asc].reverse());
  });

  it('sorts numbers by value and puts empty values last either way', () => {
    const rows = relationRows(index, null, 'en');
    for (const dir of ['ascending', 'descending'] as const) {
      const years = sortRows(rows, RELATION_SORTS.years, dir, 'en').map((r) => r.from);
      const dated = years.filter((y): y is number => y !== null);
      expect(years.slice(0, dated.length)).toEqual(dated);
      expect(years.slice(dated.length).every((y) => y === null)).toBe(true);
      expect(dated).toEqual([...dated].sort((a, b) => (dir === 'ascending' ? a - b : b - a)));
    }
  });
});
