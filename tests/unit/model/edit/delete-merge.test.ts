import { describe, expect, it } from 'vitest';
import { deleteEntity, dependentsOf, mergeEntities } from '../../../../src/model/edit';
import { expectEdit, expectRefusal, fixture } from './fixture';

describe('deleteEntity', () => {
  it('removes a plain entity and nothing else', () => {
    const data = fixture();
    const { dataset, patch } = expectEdit(data, deleteEntity(data, 'initiative'));
    expect(dataset.entities.find((e) => e.id === 'initiative')).toBeUndefined();
    // Its member stays, ungrouped; the story step that showed both still shows the member.
    expect(dataset.entities.find((e) => e.id === 'force')?.parent).toBeUndefined();
    expect(Object.keys(dataset.entities.find((e) => e.id === 'force') ?? {})).not.toContain(
      'parent',
    );
    expect(dataset.stories[0]?.steps[0]?.focus).toEqual(['force']);
    expect(patch.map((c) => (c.kind === 'item' ? `${c.collection}:${c.id}` : c.field))).toEqual([
      'entities:force',
      'entities:initiative',
      'stories:intro',
    ]);
  });

  it('cascades: ends, claims, quotes it claims, and the steps left with nothing', () => {
    const data = fixture();
    const { dataset } = expectEdit(data, deleteEntity(data, 'political-source'));
    // Relations: the one whose only quote it claimed goes, the other loses that quote.
    expect(dataset.relations.map((r) => r.id)).toEqual(['israel-azerbaijan', 'azerbaijan-baku']);
    expect(dataset.relations[0]?.evidence.map((e) => e.source)).toEqual(['notes']);
    // Claims: the one it made goes.
    expect(dataset.claims.map((c) => c.id)).toEqual(['claim-turan']);
    // Entities: Azerbaijan's only quote was its claim, so the evidence key goes.
    expect(Object.keys(dataset.entities.find((e) => e.id === 'azerbaijan') ?? {})).not.toContain(
      'evidence',
    );
    // Story: the step that showed only turan-force goes; the last one keeps what is left.
    const steps = dataset.stories[0]?.steps ?? [];
    expect(steps.map((s) => s.focus)).toEqual([
      ['initiative', 'force'],
      ['israel-azerbaijan', 'azerbaijan'],
    ]);
    expect(steps[1]?.select).toBe('israel-azerbaijan');
  });

  it('drops the entity from beneficiaries and concerns, and the key with the last one', () => {
    const data = fixture();
    const { dataset } = expectEdit(data, deleteEntity(data, 'baku'));
    const claim = dataset.claims.find((c) => c.id === 'claim-turan');
    expect(claim && Object.keys(claim)).toEqual(['id', 'claimant', 'interest', 'evidence']);
    const israel = expectEdit(data, deleteEntity(data, 'israel')).dataset;
    expect(israel.claims[0]?.beneficiaries).toBeUndefined();
    expect(israel.claims[0]?.concerns).toEqual(['azerbaijan', 'force']);
  });

  it('removes a story whose every step is gone, and a selection that is gone', () => {
    const data = fixture();
    const step = (focus: string[], select?: string) => ({
      title: { ar: 'خطوة', en: 'Step' },
      caption: { ar: 'نص', en: 'Text' },
      focus,
      ...(select ? { select } : {}),
    });
    const raw = structuredClone(data) as typeof data;
    raw.stories.push({
      id: 'only-turan',
      title: { ar: 'توران', en: 'Turan' },
      steps: [step(['turan'])],
    });
    raw.stories.push({
      id: 'selected',
      title: { ar: 'تحديد', en: 'Selected' },
      steps: [step(['israel'], 'turan')],
    });
    const withStories = fixture(raw);
    const { dataset } = expectEdit(withStories, deleteEntity(withStories, 'turan'));
    expect(dataset.stories.map((s) => s.id)).toEqual(['intro', 'selected']);
    expect(dataset.stories[1]?.steps[0]).toEqual(step(['israel']));
  });

  it('lists what depends on an entity before it is deleted', () => {
    const data = fixture();
    expect(dependentsOf(data, 'political-source')).toEqual({
      relations: ['turan-force'],
      claims: ['claim-interest'],
      mentions: [],
      evidence: [
        { collection: 'relations', id: 'israel-azerbaijan', index: 0 },
        { collection: 'relations', id: 'turan-force', index: 0 },
        { collection: 'entities', id: 'azerbaijan', index: 0 },
      ],
      storySteps: [
        { story: 'intro', step: 1, removed: true },
        { story: 'intro', step: 2, removed: false },
      ],
      children: [],
    });
    expect(dependentsOf(data, 'azerbaijan')).toMatchObject({
      relations: ['israel-azerbaijan', 'azerbaijan-baku'],
      claims: [],
      mentions: ['claim-interest'],
      children: [],
    });
    expect(dependentsOf(data, 'initiative').children).toEqual(['force']);
  });

  it('refuses an unknown id', () => {
    expectRefusal(deleteEntity(fixture(), 'nobody'), 'unknownEntity', 'id');
  });
});

describe('mergeEntities', () => {
  it('moves every reference from drop to keep, then deletes drop', () => {
    const data = fixture();
    const { dataset } = expectEdit(data, mergeEntities(data, { keep: 'azerbaijan', drop: 'baku' }));
    expect(dataset.entities.find((e) => e.id === 'baku')).toBeUndefined();
    const azerbaijan = dataset.entities.find((e) => e.id === 'azerbaijan');
    expect(azerbaijan?.aliases).toEqual({ ar: ['باكو'], en: ['Baku'] });
    // azerbaijan → baku became azerbaijan → azerbaijan: it goes.
    expect(dataset.relations.map((r) => r.id)).toEqual(['israel-azerbaijan', 'turan-force']);
    expect(dataset.claims.find((c) => c.id === 'claim-turan')?.concerns).toEqual(['azerbaijan']);
  });

  it('merges claimants, lists without repeats, groups, evidence and story focus', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      mergeEntities(data, { keep: 'turan', drop: 'political-source' }),
    );
    const claim = dataset.claims.find((c) => c.id === 'claim-interest');
    expect(claim?.claimant).toBe('turan');
    expect(claim?.evidence[0]?.claimant).toBe('turan');
    expect(dataset.relations[0]?.evidence[0]?.claimant).toBe('turan');
    expect(dataset.entities.find((e) => e.id === 'azerbaijan')?.evidence?.[0]?.claimant).toBe(
      'turan',
    );
    expect(dataset.entities.find((e) => e.id === 'turan')?.aliases).toEqual({
      ar: ['مصدر سياسي'],
      en: ['A political source'],
    });

    const lists = expectEdit(
      data,
      mergeEntities(data, { keep: 'azerbaijan', drop: 'force' }),
    ).dataset;
    expect(lists.claims[0]?.concerns).toEqual(['azerbaijan']);
    expect(lists.entities.find((e) => e.id === 'azerbaijan')?.parent).toBeUndefined();
    expect(lists.stories[0]?.steps[0]?.focus).toEqual(['initiative', 'azerbaijan']);
  });

  it("keeps the evidence of both, and takes drop's place when keep was inside it", () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      mergeEntities(data, { keep: 'force', drop: 'initiative' }),
    );
    const force = dataset.entities.find((e) => e.id === 'force');
    expect(force && Object.keys(force)).not.toContain('parent');
    expect(dataset.stories[0]?.steps[0]?.focus).toEqual(['force']);

    const evidence = expectEdit(data, mergeEntities(data, { keep: 'israel', drop: 'azerbaijan' }));
    const israel = evidence.dataset.entities.find((e) => e.id === 'israel');
    expect(israel?.evidence).toEqual([
      {
        source: 'article',
        paragraph: 2,
        quote: 'انضمام أذربيجان',
        status: 'claimed',
        claimant: 'political-source',
      },
    ]);
    expect(israel?.aliases).toEqual({ ar: ['القدس', 'أذربيجان'], en: ['Jerusalem', 'Azerbaijan'] });
    expect(evidence.dataset.relations.map((r) => [r.source, r.target])).toEqual([
      ['israel', 'baku'],
      ['turan', 'force'],
    ]);
  });

  it('refuses merging an entity with itself, unknown ids, and kinds that cannot stand in', () => {
    const data = fixture();
    expectRefusal(mergeEntities(data, { keep: 'israel', drop: 'israel' }), 'sameEntity', 'drop');
    expectRefusal(mergeEntities(data, { keep: 'nobody', drop: 'israel' }), 'unknownEntity', 'keep');
    expectRefusal(mergeEntities(data, { keep: 'israel', drop: 'nobody' }), 'unknownEntity', 'drop');
    expectRefusal(
      mergeEntities(data, { keep: 'baku', drop: 'political-source' }),
      'claimantKind',
      'keep',
    );
    expectRefusal(
      mergeEntities(data, { keep: 'israel', drop: 'israeli-interest' }),
      'notAnInterest',
      'keep',
    );
  });
});
