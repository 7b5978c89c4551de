import { describe, it, expect } from 'vitest';
import { fromDataset } from '../../../src/model/load';
import type { GraphIndex } from '../../../src/model/graph-index';
import { dataset, type DatasetInput, type EntityKind } from '../../../src/model/schema';
import {
  editDistance,
  letterMask,
  masksAllow,
  maxEdits,
  maxPrefixEdits,
} from '../../../src/model/fuzzy';
import {
  entityMatches,
  FUZZY_MAX_SCORE,
  MATCH_SCORES,
  searchEntities,
} from '../../../src/model/search';

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

  it('ignores the Arabic article in names: a word boundary, and not part of the name', () => {
    // "القوقاز الأذربيجاني" starts with قوقاز once the article is off: a name prefix.
    expect(ids('قوقاز')).toEqual(['azeri-caucasus', 'south-caucasus', 'huseynyun']);
    expect(searchEntities(index, 'قوقاز').map((h) => h.score)).toEqual([81, 61, 60]);
  });

  it('ignores the Arabic article in the query too, with or without a particle', () => {
    for (const query of ['الحسينيون', 'والحسينيون', 'بالحسينيون', 'للحسينيون']) {
      expect(searchEntities(index, query)[0]).toMatchObject({
        id: 'huseynyun',
        rank: 'exact',
        fuzzy: false,
      });
    }
    expect(ids('القوقاز')).toEqual(['azeri-caucasus', 'south-caucasus', 'huseynyun']);
    expect(ids('والقوقاز')).toEqual(['azeri-caucasus', 'south-caucasus', 'huseynyun']);
    // الله is a word of its own, not ال + له.
    expect(ids('الله')).toEqual(['hezbollah', 'huseynyun']);
  });

  it('takes both case endings of the sound masculine plural as one word', () => {
    for (const query of ['حسينيين', 'الحسينيين', 'حسينيون', 'حسيني']) {
      expect(searchEntities(index, query)[0]).toMatchObject({ id: 'huseynyun', fuzzy: false });
    }
    expect(searchEntities(index, 'حسينيين')[0]?.rank).toBe('exact');
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

  it('marks exact hits as not fuzzy, with their rank', () => {
    expect(searchEntities(index, 'azerbaijan')[0]).toMatchObject({ rank: 'exact', fuzzy: false });
    expect(searchEntities(index, 'tur')[0]).toMatchObject({ rank: 'prefix', fuzzy: false });
    expect(searchEntities(index, 'research')[0]).toMatchObject({ rank: 'wordPrefix' });
    expect(searchEntities(index, 'aucasus')[0]).toMatchObject({ rank: 'substring' });
    expect(searchEntities(index, 'sadat begin')[0]).toMatchObject({ rank: 'words' });
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

  it('ignores article and plural endings, but counts fuzzy matches only when asked', () => {
    expect(entityMatches(index, 'huseynyun', 'الحسينيين')).toBe(true);
    expect(entityMatches(index, 'azeri-caucasus', 'والقوقاز')).toBe(true);
    expect(entityMatches(index, 'hezbollah', 'hizbullah')).toBe(false);
    expect(entityMatches(index, 'hezbollah', 'hizbullah', { fuzzy: true })).toBe(true);
    expect(entityMatches(index, 'gaza', 'hizbullah', { fuzzy: true })).toBe(false);
  });

  it('matches everything on a blank query and nothing for an unknown id', () => {
    expect(entityMatches(index, 'gaza', '  ')).toBe(true);
    expect(entityMatches(index, 'nobody', '')).toBe(false);
    expect(entityMatches(index, 'nobody', 'gaza')).toBe(false);
  });
});

describe('fuzzy search', () => {
  const fuzzyIndex = build([
    ent('hezbollah', 'organization', 'Hezbollah', 'حزب الله'),
    ent('huseynyun', 'organization', 'Huseynyun militia', 'ميليشيا حسينيون', {
      en: ['Huseynyun', 'Hezbollah of the Caucasus', 'Husseiniyoun', 'Huseyniyoun'],
      ar: ['حسينيون', 'حزب الله القوقاز'],
    }),
    ent('azerbaijan', 'country', 'Azerbaijan', 'أذربيجان', { en: ['Baku'], ar: ['باكو'] }),
    ent('azeri-territory', 'place', 'Territory Azerbaijan had lost', 'أراض فقدتها أذربيجان'),
    ent('iran', 'country', 'Iran', 'إيران'),
    ent('israel', 'country', 'Israel', 'إسرائيل'),
    ent('israeli-systems', 'asset', 'Advanced Israeli-made systems', 'أنظمة إسرائيلية'),
    ent('hamas', 'organization', 'Hamas', 'حماس'),
    ent('gas-field', 'place', 'Gas field', 'حقل غاز'),
    ent('gaza', 'place', 'Gaza', 'غزة'),
    ent('zeev', 'person', 'Zeev Khanin', 'زئيف خانين'),
  ]);
  const search = (query: string) => searchEntities(fuzzyIndex, query);
  const found = (query: string) => search(query).map((h) => h.id);

  it('finds Latin transliterations within two edits, and marks them approximate', () => {
    for (const query of ['Hizbullah', 'Hizballah', 'hezbolah', 'HIZBOLLAH']) {
      expect(search(query)[0]).toMatchObject({
        id: 'hezbollah',
        matched: 'Hezbollah',
        rank: 'fuzzy',
        fuzzy: true,
      });
    }
    expect(found('Hizbullah')).toEqual(['hezbollah', 'huseynyun']);
    expect(search('Huseyniyyun')[0]).toMatchObject({ id: 'huseynyun', matched: 'Huseyniyoun' });
  });

  it('finds Arabic spellings within a few edits: a letter more or less', () => {
    expect(search('مليشيا')[0]).toMatchObject({
      id: 'huseynyun',
      matched: 'ميليشيا حسينيون',
      fuzzy: true,
    });
    expect(found('مليشيا حسينيين')).toEqual(['huseynyun']);
    expect(found('مليشيا الحسينيين')).toEqual(['huseynyun']);
    expect(found('حماز')).toEqual(['hamas']);
  });

  it('takes ذ typed as ز (and ث as س, ظ as ض) at no edit, still as a fuzzy hit', () => {
    const hits = search('ازربيجان');
    expect(hits.map((h) => h.id)).toEqual(['azerbaijan', 'azeri-territory']);
    expect(hits[0]).toMatchObject({ matched: 'أذربيجان', rank: 'fuzzy', score: FUZZY_MAX_SCORE });
    // Even a short word, where no edit is allowed.
    expect(found('زئيف')).toEqual(['zeev']);
    expect(found('ذئيف')).toEqual(['zeev']);
    expect(search('ذئيف')[0]?.fuzzy).toBe(true);
  });

  it('ranks every fuzzy hit below every other hit', () => {
    expect(FUZZY_MAX_SCORE).toBeLessThan(MATCH_SCORES.words);
    for (const query of ['israel', 'isreal', 'iran', 'iraq', 'gaz', 'hezbollah', 'hamas']) {
      const hits = search(query);
      const firstFuzzy = hits.findIndex((h) => h.fuzzy);
      if (firstFuzzy < 0) continue;
      expect(hits.slice(firstFuzzy).every((h) => h.fuzzy)).toBe(true);
      expect(hits.slice(firstFuzzy).every((h) => h.score <= FUZZY_MAX_SCORE)).toBe(true);
      expect(hits.slice(0, firstFuzzy).every((h) => h.score >= MATCH_SCORES.words)).toBe(true);
    }
    // "hamas" finds Hamas exactly; nothing within one edit of it is a better answer.
    expect(search('hamas')[0]).toMatchObject({ id: 'hamas', rank: 'exact' });
  });

  it('puts fewer edits first, then a query covering the whole name, then labels', () => {
    // "isreal" is one transposition from Israel and from the start of "Israeli".
    expect(found('isreal')).toEqual(['israel', 'israeli-systems']);
    expect(search('isreal').map((h) => h.score)).toEqual([15, 13]);
    expect(found('azerbaijn')).toEqual(['azerbaijan', 'azeri-territory']);
  });

  it('does not confuse Iran and Israel, and Iran is only a suggestion for "iraq"', () => {
    expect(found('iran')).toEqual(['iran']);
    expect(found('israel')).toEqual(['israel', 'israeli-systems']);
    expect(found('ايران')).toEqual(['iran']);
    expect(search('iraq')).toMatchObject([{ id: 'iran', fuzzy: true }]);
  });

  it('allows no edit up to 3 letters, one up to 5, two from 6', () => {
    expect(found('gas')).toEqual(['gas-field']);
    expect(found('gaz')).toEqual(['gaza']); // a prefix, not "gas" within one edit
    expect(found('gzaa')).toEqual(['gaza']); // a transposition: one edit
    expect(found('hmaas')).toEqual(['hamas']);
    expect(found('hmaax')).toEqual([]); // two edits in five letters
    expect(found('hizbullah')).toContain('hezbollah'); // two edits in nine letters
    expect(found('hizbullih')).toEqual([]); // three
  });

  it('matches the start of a longer word while the last word is being typed', () => {
    expect(found('hizbul')).toEqual(['hezbollah', 'huseynyun']);
    expect(found('مليش')).toEqual([]); // under five letters, a start must match exactly
    expect(found('ازرب')).toEqual(['azerbaijan', 'azeri-territory']); // ز for ذ costs nothing
    // An earlier, finished word must match a whole word (or start one exactly).
    expect(found('hizbul caucasus')).toEqual([]);
    expect(found('hizbullah cauc')).toEqual(['huseynyun']);
  });

  it('needs every word of a multi-word query to match', () => {
    expect(found('hizbullah caucasus')).toEqual(['huseynyun']);
    expect(found('hizbullah xyzzyq')).toEqual([]);
    expect(found('zeev khanim')).toEqual(['zeev']);
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('hezbollah', 'hezbollah', 2)).toBe(0);
    expect(editDistance('hizbullah', 'hezbollah', 2)).toBe(2);
    expect(editDistance('hezbolah', 'hezbollah', 2)).toBe(1);
    expect(editDistance('hmaas', 'hamas', 2)).toBe(1);
    expect(editDistance('مليشيا', 'ميليشيا', 2)).toBe(1);
    expect(editDistance('', 'abc', 3)).toBe(3);
  });

  it('returns bound + 1 once the distance exceeds the bound, lengths first', () => {
    expect(editDistance('iran', 'israel', 1)).toBe(2);
    expect(editDistance('hizbullih', 'hezbollah', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 0)).toBe(1);
  });

  it('measures to the closest prefix in prefix mode', () => {
    expect(editDistance('hizbul', 'hezbollah', 2, true)).toBe(2);
    expect(editDistance('hezb', 'hezbollah', 0, true)).toBe(0);
    expect(editDistance('iran', 'israel', 1, true)).toBe(2);
    expect(editDistance('hezbollahs', 'hez', 2, true)).toBe(3);
  });

  it('has length-dependent bounds', () => {
    expect([1, 3, 4, 5, 6, 12].map(maxEdits)).toEqual([0, 0, 1, 1, 2, 2]);
    expect([3, 4, 5, 6].map(maxPrefixEdits)).toEqual([0, 0, 1, 2]);
  });

  it('prefilters by letter masks without losing a match', () => {
    expect(masksAllow(letterMask('hizbullah'), letterMask('hezbollah'), 2)).toBe(true);
    expect(masksAllow(letterMask('xyzq'), letterMask('hamas'), 1)).toBe(false);
    expect(masksAllow(letterMask('abc'), letterMask('abc'), 0)).toBe(true);
    expect(masksAllow(letterMask('ميليشيا'), letterMask('مليشيا'), 1)).toBe(true);
    // Words of two scripts never match, whatever their letters' bits.
    expect(masksAllow(letterMask('مليشيا'), letterMask('militia'), 2)).toBe(false);
    expect(masksAllow(letterMask('socar'), letterMask('سوكار'), 2)).toBe(false);
  });
});

describe("search in the file's own attributes", () => {
  const index = build([
    { ...ent('a', 'person', 'Anne', 'آن'), attributes: { party: 'Blue Alliance', votes: 12 } },
    { ...ent('b', 'person', 'Blue Ridge', 'بلو'), attributes: { party: 'Green' } },
    { ...ent('c', 'person', 'Carl', 'كارل'), attributes: { region: 'الجنوب', code: 'x' } },
  ]);

  it('finds an entity by a text value, says which attribute, and ranks it below a name', () => {
    const hits = searchEntities(index, 'blue');
    expect(hits.map((h) => h.id)).toEqual(['b', 'a']);
    expect(hits[0]).toMatchObject({ field: 'label', rank: 'prefix' });
    expect(hits[1]).toMatchObject({
      field: 'attribute',
      attribute: 'party',
      matched: 'Blue Alliance',
      rank: 'prefix',
      fuzzy: false,
    });
    expect(searchEntities(index, 'الجنوب')[0]).toMatchObject({ id: 'c', lang: 'ar' });
  });

  it('never matches a value approximately, a number, or a one-letter code', () => {
    expect(searchEntities(index, 'Blau Aliance').map((h) => h.id)).toEqual([]);
    expect(searchEntities(index, '12')).toEqual([]);
    expect(searchEntities(index, 'x')).toEqual([]);
  });
});
