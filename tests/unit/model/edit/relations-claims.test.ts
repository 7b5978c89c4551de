import { describe, expect, it } from 'vitest';
import {
  addClaim,
  addRelation,
  addRelationType,
  deleteClaim,
  deleteRelation,
  deleteRelationType,
  updateClaim,
  updateRelation,
  updateRelationType,
} from '../../../../src/model/edit';
import { claimed, expectEdit, expectRefusal, fixture, reported } from './fixture';

const label = { ar: 'يدعم', en: 'backs' };
const inverseLabel = { ar: 'مدعوم من', en: 'is backed by' };

describe('relation types', () => {
  it('adds, updates and deletes a type', () => {
    const data = fixture();
    const added = expectEdit(
      data,
      addRelationType(data, { family: 'proxy', directed: true, label, inverseLabel }),
    );
    expect(added.dataset.relationTypes.at(-1)).toEqual({
      id: 'backs',
      family: 'proxy',
      directed: true,
      label,
      inverseLabel,
    });
    const undirected = expectEdit(
      data,
      updateRelationType(data, 'supplies', { directed: false, inverseLabel: undefined }),
    );
    expect(undirected.dataset.relationTypes[1]).toEqual({
      id: 'supplies',
      family: 'cooperation',
      directed: false,
      label: { ar: 'يزوّد', en: 'supplies' },
    });
    const withType = added.dataset;
    expectEdit(withType, deleteRelationType(withType, 'backs'));
  });

  it('refuses a directed type without an inverse label, a type in use, and unknown ids', () => {
    const data = fixture();
    expectRefusal(
      addRelationType(data, { family: 'proxy', directed: true, label }),
      'inverseLabelRequired',
      'inverseLabel',
    );
    expectRefusal(
      addRelationType(data, { family: 'proxy', directed: false, label: { ar: '', en: 'x' } }),
      'labelMissing',
      'label',
    );
    expectRefusal(
      addRelationType(data, {
        family: 'proxy',
        directed: true,
        label,
        inverseLabel: { ar: 'x', en: ' ' },
      }),
      'labelMissing',
      'inverseLabel',
    );
    expectRefusal(
      addRelationType(data, { id: 'supplies', family: 'proxy', directed: false, label }),
      'duplicateId',
      'id',
    );
    expectRefusal(
      updateRelationType(data, 'supplies', { inverseLabel: undefined }),
      'inverseLabelRequired',
    );
    expectRefusal(updateRelationType(data, 'nothing', { label }), 'unknownRelationType', 'id');
    const inUse = expectRefusal(deleteRelationType(data, 'cooperates'), 'typeInUse');
    expect(inUse?.params.count).toBe(2);
    expectRefusal(deleteRelationType(data, 'nothing'), 'unknownRelationType');
  });
});

describe('relations', () => {
  const evidence = [reported(1, 'قوة استقرار')];

  it('adds a relation with an id from its ends, and trims its evidence', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      addRelation(data, {
        type: 'supplies',
        source: 'azerbaijan',
        target: 'force',
        time: {},
        evidence: [{ ...reported(1, ' قوة استقرار  '), translation: { en: ' a force ', ar: '' } }],
      }),
    );
    expect(dataset.relations.at(-1)).toEqual({
      id: 'azerbaijan-supplies-force',
      type: 'supplies',
      source: 'azerbaijan',
      target: 'force',
      evidence: [
        {
          source: 'article',
          paragraph: 1,
          quote: 'قوة استقرار',
          translation: { en: 'a force' },
          status: 'reported',
        },
      ],
    });
  });

  it('refuses unknown ends and types, a self-relation, no evidence and bad evidence', () => {
    const data = fixture();
    const base = { type: 'supplies', source: 'azerbaijan', target: 'force', evidence };
    expectRefusal(addRelation(data, { ...base, type: 'hates' }), 'unknownRelationType', 'type');
    expectRefusal(addRelation(data, { ...base, source: 'nobody' }), 'unknownEntity', 'source');
    expectRefusal(addRelation(data, { ...base, target: 'nobody' }), 'unknownEntity', 'target');
    expectRefusal(addRelation(data, { ...base, target: 'azerbaijan' }), 'sameEntity', 'target');
    expectRefusal(addRelation(data, { ...base, evidence: [] }), 'evidenceRequired', 'evidence');
    expectRefusal(
      addRelation(data, { ...base, time: { from: 2025, to: 2020 } }),
      'badTimeRange',
      'time',
    );
    expectRefusal(addRelation(data, { ...base, id: 'israel' }), 'duplicateId', 'id');
    const quote = expectRefusal(
      addRelation(data, { ...base, evidence: [evidence[0]!, reported(1, 'not there')] }),
      'quoteNotInParagraph',
      'quote',
    );
    expect(quote?.params).toMatchObject({ index: 1, paragraph: 1, source: 'article' });
    expectRefusal(
      addRelation(data, { ...base, evidence: [reported(9, 'x')] }),
      'paragraphOutOfRange',
      'paragraph',
    );
    expectRefusal(
      addRelation(data, { ...base, evidence: [reported(1, 'x', 'gone')] }),
      'unknownSource',
      'source',
    );
    expectRefusal(
      addRelation(data, { ...base, evidence: [reported(1, '  ')] }),
      'emptyQuote',
      'quote',
    );
    expectRefusal(
      addRelation(data, { ...base, evidence: [{ ...reported(1, 'قوة'), status: 'claimed' }] }),
      'claimantRequired',
      'claimant',
    );
    expectRefusal(
      addRelation(data, { ...base, evidence: [claimed(1, 'قوة', 'nobody')] }),
      'unknownEntity',
      'claimant',
    );
    expectRefusal(
      addRelation(data, { ...base, evidence: [claimed(1, 'قوة', 'baku')] }),
      'claimantKind',
      'claimant',
    );
    // A source without its text takes any paragraph and any quote.
    expectEdit(data, addRelation(data, { ...base, evidence: [reported(40, 'anything', 'bare')] }));
  });

  it('updates a relation, keeping evidence it already had', () => {
    const data = fixture();
    const relation = data.relations[0]!;
    const { dataset } = expectEdit(
      data,
      updateRelation(data, relation.id, {
        type: 'supplies',
        description: { en: 'Oil' },
        evidence: [...relation.evidence].reverse(),
      }),
    );
    expect(dataset.relations[0]?.evidence[0]?.source).toBe('notes');
    expectRefusal(updateRelation(data, relation.id, { evidence: [] }), 'evidenceRequired');
    expectRefusal(updateRelation(data, relation.id, { target: 'israel' }), 'sameEntity');
    expectRefusal(updateRelation(data, relation.id, { source: undefined }), 'required', 'source');
    expectRefusal(updateRelation(data, 'nothing', {}), 'unknownElement', 'id');
  });

  it('deletes a relation and the story focus on it', () => {
    const data = fixture();
    const { dataset } = expectEdit(data, deleteRelation(data, 'israel-azerbaijan'));
    const step = dataset.stories[0]?.steps[2];
    expect(step?.focus).toEqual(['claim-interest', 'azerbaijan']);
    expect(step && Object.keys(step)).toEqual(['title', 'caption', 'focus', 'paragraphs']);
    expectRefusal(deleteRelation(data, 'nothing'), 'unknownElement');
  });
});

describe('claims', () => {
  const evidence = [reported(2, 'انضمام أذربيجان يخدم المصلحة الإسرائيلية')];
  const base = { claimant: 'turan', interest: 'israeli-interest', evidence };

  it('adds a claim with lists without repeats, empty lists left out', () => {
    const data = fixture();
    const { dataset } = expectEdit(
      data,
      addClaim(data, { ...base, beneficiaries: ['israel', 'israel'], concerns: [] }),
    );
    expect(dataset.claims.at(-1)).toEqual({
      id: 'claim-turan-israeli-interest',
      claimant: 'turan',
      interest: 'israeli-interest',
      beneficiaries: ['israel'],
      evidence,
    });
  });

  it('refuses an interest that is not one, and unknown or unfit parties', () => {
    const data = fixture();
    expectRefusal(addClaim(data, { ...base, interest: 'israel' }), 'notAnInterest', 'interest');
    expectRefusal(addClaim(data, { ...base, interest: 'nobody' }), 'unknownEntity', 'interest');
    expectRefusal(addClaim(data, { ...base, claimant: 'nobody' }), 'unknownEntity', 'claimant');
    expectRefusal(addClaim(data, { ...base, claimant: 'baku' }), 'claimantKind', 'claimant');
    expectRefusal(
      addClaim(data, { ...base, beneficiaries: ['nobody'] }),
      'unknownEntity',
      'beneficiaries',
    );
    expectRefusal(addClaim(data, { ...base, concerns: ['nobody'] }), 'unknownEntity', 'concerns');
    expectRefusal(addClaim(data, { ...base, evidence: [] }), 'evidenceRequired', 'evidence');
  });

  it('updates and deletes a claim', () => {
    const data = fixture();
    const updated = expectEdit(
      data,
      updateClaim(data, 'claim-turan', {
        claimant: 'israel',
        concerns: undefined,
        statement: { ar: 'ادعاء' },
      }),
    );
    expect(updated.dataset.claims[1]).toEqual({
      id: 'claim-turan',
      claimant: 'israel',
      interest: 'israeli-interest',
      statement: { ar: 'ادعاء' },
      evidence: [reported(3, 'باكو تدرس المشاركة')],
    });
    expectRefusal(updateClaim(data, 'claim-turan', { interest: 'baku' }), 'notAnInterest');
    expectRefusal(
      updateClaim(data, 'claim-turan', { claimant: undefined }),
      'required',
      'claimant',
    );
    expectRefusal(updateClaim(data, 'claim-turan', { evidence: [] }), 'evidenceRequired');
    expectRefusal(updateClaim(data, 'nothing', {}), 'unknownElement');
    const deleted = expectEdit(data, deleteClaim(data, 'claim-interest'));
    expect(deleted.dataset.stories[0]?.steps[2]?.focus).toEqual([
      'israel-azerbaijan',
      'azerbaijan',
    ]);
    expectRefusal(deleteClaim(data, 'nothing'), 'unknownElement');
  });
});
