import { describe, it, expect } from 'vitest';
import {
  applyFilters,
  EMPTY_FILTERS,
  filterCounts,
  filtersFromParams,
  filtersToParams,
  isFilterActive,
  mendFilters,
  type FilterState,
} from '../../../src/model/filters';
import { buildIndex, rel, seedLike } from './graph-fixture';

const index = seedLike();
const ALL_ENTITIES = [...index.entities.keys()].sort();
const ALL_EDGES = index.edges.map((e) => e.id).sort();
const CLAIM_EDGES = ['benefit:c1:azerbaijan', 'benefit:c1:israel', 'claim:c1', 'concerns:c1:iran'];

const f = (patch: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTERS, ...patch });
const visible = (patch: Partial<FilterState>, focus?: string | null) => {
  const v = applyFilters(index, f(patch), focus);
  return { entities: [...v.entities].sort(), edges: [...v.edges].sort() };
};

describe('isFilterActive', () => {
  it('is false for EMPTY_FILTERS and true for any change', () => {
    expect(isFilterActive(EMPTY_FILTERS)).toBe(false);
    const changes: Partial<FilterState>[] = [
      { kinds: ['country'] },
      { kinds: [] },
      { families: ['proxy'] },
      { relationTypes: ['backs'] },
      { status: 'reported' },
      { status: 'claimed' },
      { claimant: 'expert' },
      { sources: ['s1'] },
      { yearRange: [2000, 2020] },
      { hideUndated: true },
      { hops: 0 },
      { hops: 2 },
    ];
    for (const change of changes) expect(isFilterActive(f(change))).toBe(true);
  });
});

describe('applyFilters', () => {
  it('shows everything without filters', () => {
    expect(visible({})).toEqual({ entities: ALL_ENTITIES, edges: ALL_EDGES });
  });

  it('kinds: entities of the kinds, and edges whose both ends are visible', () => {
    expect(visible({ kinds: ['country'] })).toEqual({
      entities: ['azerbaijan', 'iran', 'israel'],
      edges: ['r1', 'r9'],
    });
    expect(visible({ kinds: [] })).toEqual({ entities: [], edges: [] });
    // Without interests, no claim edge has both ends.
    const noInterest = visible({ kinds: ['country', 'organization', 'person', 'place'] });
    expect(noInterest.edges).toEqual(['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9']);
  });

  it('families: edges of the families; entities with no line left are hidden', () => {
    expect(visible({ families: ['proxy'] })).toEqual({
      entities: ['hamas', 'hezbollah', 'huseynyun', 'iran'],
      edges: ['r2', 'r3', 'r4'],
    });
    expect(visible({ families: ['claim'] }).edges).toEqual(CLAIM_EDGES);
  });

  it('relation types: relations of the types; claim edges unaffected', () => {
    expect(visible({ relationTypes: ['backs'] }).edges).toEqual([...CLAIM_EDGES, 'r2', 'r3', 'r4']);
    expect(visible({ relationTypes: [] }).edges).toEqual(CLAIM_EDGES);
  });

  it("status: 'reported' keeps reported relations, 'claimed' the rest; they partition", () => {
    const reported = visible({ status: 'reported' }).edges;
    const claimed = visible({ status: 'claimed' }).edges;
    expect(reported).toEqual(['r1', 'r2', 'r3', 'r5', 'r6', 'r7']);
    expect(claimed).toEqual([...CLAIM_EDGES, 'r4', 'r8', 'r9']);
    expect([...reported, ...claimed].sort()).toEqual(ALL_EDGES);
    // "Only what the source reports" leaves no claimed interest floating without its lines.
    expect(visible({ status: 'reported' }).entities).toEqual([
      'azerbaijan',
      'hamas',
      'hezbollah',
      'iran',
      'israel',
      'socar',
    ]);
  });

  it('claimant: only what the entity asserts, the entities it touches, and the claimant', () => {
    expect(visible({ claimant: 'political-source' })).toEqual({
      entities: ['azerbaijan', 'huseynyun', 'iran', 'israel', 'political-source', 'stability'],
      edges: [...CLAIM_EDGES, 'r4'],
    });
    // The expert asserts two relations but is an endpoint of neither: it stays, as the subject.
    expect(visible({ claimant: 'expert' })).toEqual({
      entities: ['azerbaijan', 'expert', 'force', 'iran'],
      edges: ['r8', 'r9'],
    });
    expect(visible({ claimant: 'gaza' })).toEqual({ entities: ['gaza'], edges: [] });
  });

  it('claimant combines with kinds: hidden endpoints drop their edges', () => {
    expect(visible({ claimant: 'expert', kinds: ['country'] })).toEqual({
      entities: ['azerbaijan', 'iran'],
      edges: ['r9'],
    });
  });

  it('sources: edges with evidence from one of the sources', () => {
    expect(visible({ sources: ['s2'] })).toEqual({
      entities: ['azerbaijan', 'force', 'iran', 'israel', 'socar'],
      edges: ['r7', 'r8', 'r9'],
    });
    expect(visible({ sources: ['s1', 's2'] }).edges).toEqual(ALL_EDGES);
    expect(visible({ sources: [] }).edges).toEqual([]);
  });

  it('years: dated edges overlapping the range stay; open ends are open; undated stay', () => {
    const undated = [...CLAIM_EDGES, 'r3', 'r4', 'r8', 'r9'];
    // r1 1992–, r2 2000–2023 overlap; r5 2006 overlaps; r6 2023–2024 and r7 2024– do not.
    expect(visible({ yearRange: [2005, 2022] }).edges).toEqual(
      [...undated, 'r1', 'r2', 'r5'].sort(),
    );
    expect(visible({ yearRange: [2024, 2024] }).edges).toEqual(
      [...undated, 'r1', 'r6', 'r7'].sort(),
    );
    expect(visible({ yearRange: [2023, 2023] }).edges).toEqual(
      [...undated, 'r1', 'r2', 'r6'].sort(),
    );
    expect(visible({ yearRange: [1900, 1950] }).edges).toEqual(undated);
    expect(visible({ yearRange: [1900, 1950] }).entities).toEqual(
      ALL_ENTITIES.filter((id) => !['expert', 'gaza', 'hamas', 'socar'].includes(id)),
    );
  });

  it('hideUndated: hides edges without years, with or without a range', () => {
    expect(visible({ hideUndated: true }).edges).toEqual(['r1', 'r2', 'r5', 'r6', 'r7']);
    expect(visible({ hideUndated: true, yearRange: [2005, 2022] }).edges).toEqual([
      'r1',
      'r2',
      'r5',
    ]);
  });

  it('combines edge filters with AND', () => {
    expect(visible({ status: 'claimed', sources: ['s2'], families: ['hostility'] }).edges).toEqual([
      'r9',
    ]);
  });

  describe('hops', () => {
    it('keeps what is within that many visible edges of the focus', () => {
      expect(visible({ hops: 1 }, 'huseynyun')).toEqual({
        entities: ['huseynyun', 'iran'],
        edges: ['r4'],
      });
      expect(visible({ hops: 0 }, 'huseynyun')).toEqual({ entities: ['huseynyun'], edges: [] });
    });

    it('includes the visible edges between entities within reach', () => {
      expect(visible({ hops: 2 }, 'huseynyun')).toEqual({
        entities: ['azerbaijan', 'hamas', 'hezbollah', 'huseynyun', 'iran', 'stability'],
        edges: ['benefit:c1:azerbaijan', 'concerns:c1:iran', 'r2', 'r3', 'r4', 'r9'],
      });
    });

    it('walks only visible edges', () => {
      expect(visible({ hops: 2, status: 'reported' }, 'huseynyun')).toEqual({
        entities: ['huseynyun'],
        edges: [],
      });
      expect(visible({ hops: 1, status: 'reported' }, 'israel')).toEqual({
        entities: ['azerbaijan', 'hamas', 'hezbollah', 'israel', 'socar'],
        edges: ['r1', 'r5', 'r6', 'r7'],
      });
    });

    it('is ignored without a focus or with an unknown one', () => {
      expect(visible({ hops: 1 })).toEqual(visible({}));
      expect(visible({ hops: 1 }, null)).toEqual(visible({}));
      expect(visible({ hops: 1 }, 'nobody')).toEqual(visible({}));
    });

    it('leaves nothing when the focus itself is hidden', () => {
      expect(visible({ hops: 1, kinds: ['person'] }, 'iran')).toEqual({
        entities: [],
        edges: [],
      });
      // A focus no line of the claimant's reaches stays alone, as the subject of the filter.
      expect(visible({ hops: 1, claimant: 'expert' }, 'gaza')).toEqual({
        entities: ['gaza'],
        edges: [],
      });
    });
  });
});

describe('filterCounts', () => {
  const counts = filterCounts(index, EMPTY_FILTERS, null);

  it('counts entities by kind and edges by family and type', () => {
    expect(Object.fromEntries(counts.kinds)).toEqual({
      country: 3,
      organization: 5,
      person: 2,
      interest: 1,
      place: 1,
      asset: 0,
      event: 0,
    });
    expect(counts.families).toEqual({
      cooperation: 2,
      hostility: 3,
      proxy: 3,
      membership: 1,
      claim: 4,
      other: 0,
    });
    expect(Object.fromEntries(counts.relationTypes)).toEqual({
      cooperates: 1,
      hostile: 3,
      backs: 3,
      supplies: 1,
      member: 1,
    });
  });

  it('counts edges by status, claimant, source, years', () => {
    expect(counts.status).toEqual({ reported: 6, claimed: 6, disputed: 1, unsourced: 0 });
    expect(Object.fromEntries(counts.claimants)).toEqual({ 'political-source': 5, expert: 2 });
    expect(Object.fromEntries(counts.sources)).toEqual({ s1: 10, s2: 3 });
    expect(counts.years).toEqual({ min: 1992, max: 2024 });
    expect(counts.undated).toBe(8);
  });

  it('covers the whole dataset whatever the filters, and says how much is visible', () => {
    const narrowed = filterCounts(index, f({ status: 'reported', kinds: ['country'] }), null);
    expect({ ...narrowed, visible: undefined }).toEqual({ ...counts, visible: undefined });
    expect(counts.visible).toEqual({ entities: 12, edges: 13, totalEntities: 12, totalEdges: 13 });
    expect(narrowed.visible).toEqual({
      entities: 2,
      edges: 1,
      totalEntities: 12,
      totalEdges: 13,
    });
    expect(filterCounts(index, f({ hops: 1 }), 'huseynyun').visible.entities).toBe(2);
  });

  it('has no years for an undated dataset', () => {
    const undated = buildIndex({
      types: [{ id: 'link', family: 'cooperation', directed: false }],
      entities: [
        { id: 'a', kind: 'country' },
        { id: 'b', kind: 'country' },
      ],
      relations: [rel('ab', 'link', 'a', 'b')],
    });
    expect(filterCounts(undated, EMPTY_FILTERS).years).toBeNull();
    expect(filterCounts(undated, EMPTY_FILTERS).undated).toBe(1);
  });
});

describe('URL parameters', () => {
  const full: FilterState = {
    kinds: ['country', 'person'],
    families: ['proxy', 'claim'],
    relationTypes: ['backs', 'hostile'],
    status: 'reported',
    claimant: 'expert',
    sources: ['s1', 's2'],
    yearRange: [2020, 2025],
    hideUndated: true,
    hops: 1,
    attribute: { name: 'Party, 2024', values: ['Blue, dark', 'Green'] },
    range: { name: 'Betweenness centrality', min: -0.5, max: 12 },
  };

  it('writes nothing for the empty state', () => {
    expect(filtersToParams(EMPTY_FILTERS)).toEqual({});
  });

  it('writes the URL contract', () => {
    expect(filtersToParams(full)).toEqual({
      kinds: 'country,person',
      families: 'proxy,claim',
      types: 'backs,hostile',
      status: 'reported',
      claimant: 'expert',
      sources: 's1,s2',
      years: '2020-2025',
      undated: 'hide',
      hops: '1',
      attr: 'Party, 2024',
      attrvalues: '["Blue, dark","Green"]',
      range: 'Betweenness centrality',
      rangemin: '-0.5',
      rangemax: '12',
    });
    expect(filtersToParams(f({ hops: 0, kinds: [] }))).toEqual({ hops: '0', kinds: '' });
  });

  it('writes lists in a canonical order without duplicates', () => {
    const params = filtersToParams(
      f({ kinds: ['person', 'country', 'person'], sources: ['s2', 's1', 's2'] }),
    );
    expect(params).toEqual({ kinds: 'country,person', sources: 's1,s2' });
  });

  it('round-trips through URLSearchParams and plain records', () => {
    const params = filtersToParams(full);
    expect(filtersFromParams(new URLSearchParams(params))).toEqual({ filters: full, ignored: [] });
    expect(filtersFromParams(params, index)).toEqual({ filters: full, ignored: [] });
    const search = new URLSearchParams(params).toString();
    expect(filtersFromParams(new URLSearchParams(search)).filters).toEqual(full);
    const none = f({ kinds: [], hops: 0 });
    expect(filtersFromParams(filtersToParams(none)).filters).toEqual(none);
    expect(filtersFromParams({})).toEqual({ filters: EMPTY_FILTERS, ignored: [] });
  });

  it('reads negative, reversed and single years', () => {
    expect(filtersFromParams({ years: '-500-200' }).filters.yearRange).toEqual([-500, 200]);
    expect(filtersFromParams({ years: '2025-2020' }).filters.yearRange).toEqual([2020, 2025]);
    expect(filtersFromParams({ years: '2024' }).filters.yearRange).toEqual([2024, 2024]);
    expect(filtersFromParams({ undated: 'show' }).filters.hideUndated).toBe(false);
  });

  it('drops unknown values and lists them', () => {
    const { filters, ignored } = filtersFromParams(
      new URLSearchParams(
        'kinds=country,robot&families=magic&status=maybe&years=soon&undated=perhaps&hops=3' +
          '&types=ok,bad%20id&lang=ar&focus=iran',
      ),
    );
    expect(filters).toEqual(f({ kinds: ['country'], relationTypes: ['ok'] }));
    expect(ignored).toEqual([
      'kinds=robot',
      'families=magic',
      'types=bad id',
      'status=maybe',
      'years=soon',
      'undated=perhaps',
      'hops=3',
    ]);
  });

  it('with an index, drops ids it does not know', () => {
    const { filters, ignored } = filtersFromParams(
      { types: 'backs,nope', claimant: 'nobody', sources: 's9,s1' },
      index,
    );
    expect(filters).toEqual(f({ relationTypes: ['backs'], sources: ['s1'] }));
    expect(ignored).toEqual(['types=nope', 'sources=s9', 'claimant=nobody']);
    expect(filtersFromParams({ claimant: 'nobody' }).filters.claimant).toBe('nobody');
  });

  it('ignores empty hops and reads an empty list as "none selected"', () => {
    expect(filtersFromParams({ hops: '' })).toEqual({ filters: EMPTY_FILTERS, ignored: ['hops='] });
    expect(filtersFromParams({ families: '' }).filters.families).toEqual([]);
  });
});

describe('attribute filter', () => {
  const parties = buildIndex({
    types: [{ id: 'link', family: 'cooperation', directed: false }],
    entities: [
      { id: 'a', kind: 'person', attributes: { party: 'Blue' } },
      { id: 'b', kind: 'person', attributes: { party: 'Green' } },
      { id: 'c', kind: 'person', attributes: { party: 7 } },
      { id: 'd', kind: 'person' },
    ],
    relations: [rel('ab', 'link', 'a', 'b'), rel('ac', 'link', 'a', 'c')],
  });

  it('keeps the entities whose attribute has a chosen value (numbers as text), and their lines', () => {
    const visible = applyFilters(
      parties,
      f({ attribute: { name: 'party', values: ['Blue', '7'] } }),
    );
    expect([...visible.entities].sort()).toEqual(['a', 'c']);
    expect([...visible.edges]).toEqual(['ac']);
    expect(isFilterActive(f({ attribute: { name: 'party', values: [] } }))).toBe(true);
  });

  it('ignores an attribute link whose values are not a JSON list of text', () => {
    const { filters, ignored } = filtersFromParams({ attr: 'party', attrvalues: 'Blue,Green' });
    expect(filters.attribute).toBeNull();
    expect(ignored).toEqual(['attr=party']);
  });
});

describe('numeric range filter', () => {
  const sized = buildIndex({
    types: [{ id: 'link', family: 'cooperation', directed: false }],
    entities: [
      { id: 'a', kind: 'person', attributes: { degree: 1 } },
      { id: 'b', kind: 'person', attributes: { degree: 5 } },
      { id: 'c', kind: 'person', attributes: { degree: 9.5 } },
      { id: 'd', kind: 'person', attributes: { degree: '5' } },
      { id: 'e', kind: 'person' },
    ],
    relations: [rel('ab', 'link', 'a', 'b'), rel('bc', 'link', 'b', 'c')],
  });

  it('keeps entities whose number lies in the range, ends included; text and missing values go', () => {
    const visible = applyFilters(sized, f({ range: { name: 'degree', min: 5, max: 9.5 } }));
    expect([...visible.entities].sort()).toEqual(['b', 'c']);
    expect([...visible.edges]).toEqual(['bc']);
    expect(isFilterActive(f({ range: { name: 'degree', min: 0, max: 0 } }))).toBe(true);
  });

  it('ignores a range link without two numbers in order', () => {
    const links: Record<string, string>[] = [
      { range: 'degree', rangemin: '5' },
      { range: 'degree', rangemin: 'x', rangemax: '3' },
      { range: 'degree', rangemin: '9', rangemax: '3' },
      { range: '', rangemin: '1', rangemax: '3' },
    ];
    for (const params of links) {
      const { filters, ignored } = filtersFromParams(params);
      expect(filters.range).toBeNull();
      expect(ignored).toEqual([`range=${params.range}`]);
    }
  });
});

describe('groups under filters', () => {
  it('keeps a group shown while one of its members is, however the filters treat the group', async () => {
    const { loadDatasetValue } = await import('../../../src/model/load');
    const result = loadDatasetValue({
      version: 1,
      id: 'groups',
      title: { ar: 'مجموعات', en: 'Groups' },
      sources: [{ id: 's', title: { en: 'S' }, language: 'en' }],
      entities: [
        { id: 'eu', kind: 'organization', label: { ar: 'أ', en: 'EU' } },
        { id: 'fr', kind: 'country', label: { ar: 'ف', en: 'FR' }, parent: 'eu' },
        { id: 'de', kind: 'country', label: { ar: 'د', en: 'DE' }, parent: 'eu' },
      ],
      relationTypes: [
        { id: 'link', family: 'cooperation', directed: false, label: { ar: 'ر', en: 'link' } },
      ],
      relations: [
        {
          id: 'r',
          type: 'link',
          source: 'fr',
          target: 'de',
          evidence: [{ source: 's', paragraph: 1, quote: 'q', status: 'reported' }],
        },
      ],
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    // Only countries: the organization that groups them stays, drawn around them.
    const visible = applyFilters(result.index, f({ kinds: ['country'] }));
    expect([...visible.entities].sort()).toEqual(['de', 'eu', 'fr']);
    // Only reported lines: the group has none of its own, and still stays.
    expect(applyFilters(result.index, f({ status: 'reported' })).entities.has('eu')).toBe(true);
  });
});

describe('mendFilters', () => {
  const data = index.data;
  const withTypes = (ids: string[]) => ({
    ...data,
    relationTypes: ids.map((id) => ({
      id,
      family: 'other' as const,
      directed: false,
      label: { ar: id, en: id },
    })),
  });

  it('is the same state when the edit touched nothing a filter names', () => {
    const filters = f({ relationTypes: ['backs'], sources: ['s1'], claimant: 'expert' });
    expect(mendFilters(filters, data, { ...data })).toBe(filters);
    expect(mendFilters(EMPTY_FILTERS, data, withTypes(['x']))).toBe(EMPTY_FILTERS);
  });

  it('lets go of what the edit removed and shows what it added', () => {
    const before = withTypes(['a', 'b', 'c']);
    const filters = f({ relationTypes: ['a', 'b'] });
    expect(mendFilters(filters, before, withTypes(['a', 'c', 'new'])).relationTypes).toEqual([
      'a',
      'new',
    ]);
    // The reader unchecked "c"; an edit that keeps it leaves it unchecked.
    expect(mendFilters(filters, before, withTypes(['a', 'b', 'c'])).relationTypes).toEqual([
      'a',
      'b',
    ]);
  });

  it('is no filter once the edit removed everything it named, but keeps a reader’s empty list', () => {
    const before = withTypes(['a', 'b']);
    expect(mendFilters(f({ relationTypes: ['a'] }), before, withTypes(['b'])).relationTypes).toBe(
      null,
    );
    expect(mendFilters(f({ relationTypes: [] }), before, withTypes(['a'])).relationTypes).toEqual(
      [],
    );
  });

  it('follows declared kinds and sources, and drops a claimant that is gone', () => {
    const k1 = {
      id: 'k1',
      label: { ar: 'ك١', en: 'K1' },
      shape: 'ellipse' as const,
      color: '#000000',
    };
    const kinds = { ...data, entityKinds: [k1] };
    const more = { ...kinds, entityKinds: [k1, { ...k1, id: 'k2' }] };
    expect(mendFilters(f({ kinds: ['k1'] }), kinds, more).kinds).toEqual(['k1', 'k2']);
    const [first] = data.sources;
    if (!first) throw new Error('the fixture has no source');
    const sources = { ...data, sources: [...data.sources, { ...first, id: 'extra' }] };
    expect(mendFilters(f({ sources: [first.id] }), data, sources).sources).toEqual([
      first.id,
      'extra',
    ]);
    const claimant = data.entities[0]?.id ?? '';
    const without = { ...data, entities: data.entities.slice(1) };
    expect(mendFilters(f({ claimant }), data, without).claimant).toBeNull();
    expect(
      mendFilters(f({ claimant }), data, { ...data, entities: [...data.entities] }).claimant,
    ).toBe(claimant);
  });
});
