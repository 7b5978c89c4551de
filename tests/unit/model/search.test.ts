import { describe, it, expect } from 'vitest';
import { fromDataset } from '../../../src/model/load';
import type { GraphIndex } from '../../../src/model/graph-index';
import { dataset, type DatasetInput, type EntityKind } from '../../../src/model/schema';
import { entityMatches, searchEntities } from '../../../src/model/search';

type Aliases = { ar?: string[]; en?: string[] };
const ent = (id: string, kind: EntityKind, en: string, ar: string, aliases?: Aliases) => ({
  id,
  kind,
  label: { en, ar },
  ...(aliases ? { aliases } : {}),
});

function build(entities: DatasetInput['entities']): GraphIndex {
  const result = fromDataset(
    dataset.parse({
      version: 1,
      id: 'search-fixture',
      title: { ar: 'بحث', en: 'Search' },
      sources: [],
      entities,
      relationTypes: [],
      relations: [],
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.index;
}

const index = build([
  ent('azerbaijan', 'country', 'Azerbaijan', 'أذربيجان', { en: ['Baku'], ar: ['باكو'] }),
  ent('azeri-caucasus', 'place', 'Azerbaijani Caucasus', 'القوقاز الأذربيجاني'),
  ent('south-caucasus', 'place', 'South Caucasus', 'جنوب القوقاز'),
  ent('hezbollah', 'organization', 'Hezbollah', 'حزب الله'),
  ent('huseynyun', 'organization', 'Huseynyun', 'حسينيون', {
    en: ['Hezbollah of the Caucasus', 'Husseiniyoun'],
    ar: ['حزب الله القوقاز'],
  }),
  ent('bakuriani', 'place', 'Bakuriani', 'باكورياني'),
  ent('turan', 'organization', 'Turan Research Center', 'مركز توران للأبحاث'),
  ent('besa', 'organization', 'Begin-Sadat Center', 'مركز بيغن-السادات'),
  ent('gaza', 'place', 'Gaza', 'غزة'),
  ent('twin-b', 'person', 'Twin', 'توأم ب'),
  ent('twin-a', 'person', 'Twin', 'توأم أ'),
]);

const ids = (query: string, options?: Parameters<typeof searchEntities>[2]) =>
  searchEntities(index, query, options).map((h) => h.id);

describe('searchEntities', () => {
  it('returns nothing for an empty or blank query', () => {
    expect(searchEntities(index, '')).toEqual([]);
    expect(searchEntities(index, '   ')).toEqual([]);
    expect(searchEntities(index, '\u200F\u0640')).toEqual([]);
  });

  it('finds Arabic names with or without hamza, in either direction', () => {
    expect(ids('اذربيجان')[0]).toBe('azerbaijan');
    expect(ids('أذربيجان')[0]).toBe('azerbaijan');
    expect(ids('أَذْرَبِيجَان')[0]).toBe('azerbaijan');
    expect(ids('غزه')).toEqual(['gaza']);
  });

  it('searches both languages whatever the script of the query', () => {
    expect(ids('azerbaijan')[0]).toBe('azerbaijan');
    expect(ids('حسينيون')).toEqual(['huseynyun']);
  });

  it('finds aliases and reports which name matched', () => {
    expect(searchEntities(index, 'باكو')[0]).toMatchObject({
      id: 'azerbaijan',
      matched: 'باكو',
      field: 'alias',
      lang: 'ar',
    });
    expect(searchEntities(index, 'hezbollah of the caucasus')[0]).toMatchObject({
      id: 'huseynyun',
      matched: 'Hezbollah of the Caucasus',
      field: 'alias',
      lang: 'en',
    });
    expect(searchEntities(index, 'Azerbaijan')[0]).toMatchObject({
      id: 'azerbaijan',
      matched: 'Azerbaijan',
      field: 'label',
      lang: 'en',
    });
  });

  it('ranks exact > prefix of the name > prefix of a word > substring', () => {
    // Exact label "Azerbaijan" before the label prefix "Azerbaijani Caucasus".
    expect(ids('azerbaijan')).toEqual(['azerbaijan', 'azeri-caucasus']);
    expect(ids('hezbollah')).toEqual(['hezbollah', 'huseynyun']);
    const scores = searchEntities(index, 'caucasus').map((h) => [h.id, h.score]);
    // Two word prefixes (label beats alias), no substring-only match.
    expect(scores).toEqual([
      ['azeri-caucasus', 61],
      ['south-caucasus', 61],
      ['huseynyun', 60],
    ]);
    expect(ids('aucasus')).toEqual(['azeri-caucasus', 'south-caucasus', 'huseynyun']);
    expect(searchEntities(index, 'aucasus').every((h) => h.score < 60)).toBe(true);
    expect(ids('baijan')).toEqual(['azerbaijan', 'azeri-caucasus']);
  });

  it('puts a name prefix above a word prefix', () => {
    // "Turan Research Center": "tur" starts the name, "research" only starts a word.
    expect(ids('tur')).toEqual(['turan']);
    expect(searchEntities(index, 'tur')[0]?.score).toBe(81);
    expect(searchEntities(index, 'research')[0]?.score).toBe(61);
  });

  it('ranks labels before aliases at equal rank', () => {
    // "Bakuriani" (label prefix) before Azerbaijan's alias "Baku" (alias prefix), although
    // "Azerbaijan" sorts first.
    expect(ids('bak')).toEqual(['bakuriani', 'azerbaijan']);
    expect(ids('باك')).toEqual(['bakuriani', 'azerbaijan']);
  });

  it('breaks ties by English label, then id', () => {
    expect(ids('center')).toEqual(['besa', 'turan']);
    expect(ids('twin')).toEqual(['twin-a', 'twin-b']);
    expect(ids('توأم')).toEqual(['twin-a', 'twin-b']);
  });

  it('treats the Arabic article as a word boundary', () => {
    expect(ids('قوقاز')).toEqual(['azeri-caucasus', 'south-caucasus', 'huseynyun']);
    expect(searchEntities(index, 'قوقاز')[0]?.score).toBe(61);
  });

  it('matches every word of a multi-word query as word prefixes', () => {
    expect(ids('hezbollah caucasus')).toEqual(['huseynyun']);
    expect(ids('sadat begin')).toEqual(['besa']);
  });

  it('folds accents, case and punctuation', () => {
    expect(ids('HÉZBOLLAH')[0]).toBe('hezbollah');
    expect(ids('begin sadat')).toEqual(['besa']);
    expect(ids('begin-sadat')).toEqual(['besa']);
  });

  it('returns one hit per entity, for its best name', () => {
    const hits = searchEntities(index, 'hu');
    expect(hits.map((h) => h.id)).toEqual(['huseynyun']);
    expect(hits[0]?.field).toBe('label');
  });

  it('honours kinds and limit', () => {
    expect(ids('caucasus', { kinds: ['organization'] })).toEqual(['huseynyun']);
    expect(ids('caucasus', { limit: 2 })).toEqual(['azeri-caucasus', 'south-caucasus']);
    expect(ids('caucasus', { limit: 0 })).toEqual([]);
    expect(ids('caucasus', { kinds: [] })).toEqual([]);
  });

  it('gives the same answer on repeated calls (cached table) and per index', () => {
    const first = searchEntities(index, 'caucasus');
    expect(searchEntities(index, 'caucasus')).toEqual(first);
    const other = build([ent('caucasus', 'place', 'Caucasus', 'القوقاز')]);
    expect(searchEntities(other, 'caucasus').map((h) => h.id)).toEqual(['caucasus']);
    expect(searchEntities(index, 'caucasus')).toEqual(first);
  });
});

describe('entityMatches', () => {
  it('says whether an entity has a matching name', () => {
    expect(entityMatches(index, 'azerbaijan', 'باكو')).toBe(true);
    expect(entityMatches(index, 'azerbaijan', 'baku')).toBe(true);
    expect(entityMatches(index, 'azerbaijan', 'gaza')).toBe(false);
    expect(entityMatches(index, 'huseynyun', 'حزب الله القوقاز')).toBe(true);
  });

  it('matches everything on a blank query and nothing for an unknown id', () => {
    expect(entityMatches(index, 'gaza', '  ')).toBe(true);
    expect(entityMatches(index, 'nobody', '')).toBe(false);
    expect(entityMatches(index, 'nobody', 'gaza')).toBe(false);
  });
});
