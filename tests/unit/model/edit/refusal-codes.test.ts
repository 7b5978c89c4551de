/**
 * Every refusal code is one some command gives: the UI needs words for each, and a code no
 * command gives would be a message nobody can see (or a check that was lost).
 */
import { describe, expect, it } from 'vitest';
import * as edit from '../../../../src/model/edit';
import { REFUSAL_CODES, type RefusalCode, type Refused } from '../../../../src/model/edit';
import { claimed, fixture, reported } from './fixture';

const data = fixture();
const label = { ar: 'اسم', en: 'Name' };
const step = (focus: string[]) => ({ title: label, caption: label, focus });
const relation = {
  type: 'supplies',
  source: 'azerbaijan',
  target: 'force',
  evidence: [reported(1, 'قوة')],
};
const selection = {
  source: 'article',
  paragraph: 1,
  start: 0,
  end: 5,
  status: 'reported' as const,
};

const EXAMPLES: { readonly [C in RefusalCode]: () => { ok: true } | Refused } = {
  badId: () => edit.addEntity(data, { id: '-x', kind: 'place', label }),
  duplicateId: () => edit.addEntity(data, { id: 'baku', kind: 'place', label }),
  labelMissing: () => edit.addEntity(data, { kind: 'place', label: { ar: 'اسم', en: '' } }),
  textMissing: () => edit.setDatasetInfo(data, { title: { ar: '', en: 'x' } }),
  titleMissing: () => edit.addSource(data, { title: {}, language: 'en' }),
  required: () => edit.updateEntity(data, 'baku', { kind: undefined }),
  unknownKind: () => edit.addEntity(data, { kind: 'planet', label }),
  badSubkind: () => edit.addEntity(data, { kind: 'place', subkind: 'state', label }),
  unknownEntity: () => edit.deleteEntity(data, 'nobody'),
  unknownElement: () => edit.deleteRelation(data, 'nothing'),
  unknownSource: () => edit.deleteSource(data, 'nothing'),
  unknownRelationType: () => edit.addRelation(data, { ...relation, type: 'hates' }),
  unknownStory: () => edit.deleteStory(data, 'nothing'),
  unknownFocus: () => edit.captureStoryStep(data, { story: 'intro', step: step(['nobody']) }),
  unknownEvidence: () =>
    edit.detachEvidence(data, { target: { collection: 'relations', id: 'turan-force' }, index: 5 }),
  sameEntity: () => edit.mergeEntities(data, { keep: 'baku', drop: 'baku' }),
  notAnInterest: () =>
    edit.addClaim(data, { claimant: 'turan', interest: 'baku', evidence: relation.evidence }),
  claimantKind: () =>
    edit.addClaim(data, {
      claimant: 'baku',
      interest: 'israeli-interest',
      evidence: relation.evidence,
    }),
  kindInUse: () => edit.updateEntity(data, 'israeli-interest', { kind: 'place' }),
  groupCycle: () => edit.updateEntity(data, 'initiative', { parent: 'force' }),
  inverseLabelRequired: () =>
    edit.addRelationType(data, { family: 'proxy', directed: true, label }),
  badTimeRange: () => edit.addRelation(data, { ...relation, time: { from: 2, to: 1 } }),
  badPosition: () => edit.moveEntities(data, new Map([['baku', { x: Number.NaN, y: 0 }]])),
  evidenceRequired: () => edit.addRelation(data, { ...relation, evidence: [] }),
  lastEvidence: () =>
    edit.detachEvidence(data, { target: { collection: 'relations', id: 'turan-force' }, index: 0 }),
  duplicateEvidence: () =>
    edit.attachEvidence(data, {
      target: { collection: 'relations', id: 'turan-force' },
      evidence: claimed(3, 'مركز توران للأبحاث', 'political-source'),
    }),
  claimantRequired: () => edit.makeEvidence(data, { ...selection, status: 'claimed' }),
  paragraphOutOfRange: () => edit.makeEvidence(data, { ...selection, paragraph: 9 }),
  quoteNotInParagraph: () => edit.addRelation(data, { ...relation, evidence: [reported(1, 'x')] }),
  emptyQuote: () => edit.addRelation(data, { ...relation, evidence: [reported(1, ' ')] }),
  emptySelection: () => edit.makeEvidence(data, { ...selection, end: 0 }),
  badSelection: () => edit.makeEvidence(data, { ...selection, start: 6 }),
  selectionSpansParagraphs: () => edit.makeEvidence(data, { ...selection, endParagraph: 2 }),
  notHttpUrl: () => edit.addSource(data, { title: label, language: 'en', url: 'file:///etc' }),
  badDate: () => edit.addSource(data, { title: label, language: 'en', date: '2025-02-30' }),
  badLanguage: () => edit.addSource(data, { title: label, language: 'AR' }),
  paragraphInUse: () => edit.updateSource(data, 'article', { paragraphs: ['one'] }),
  sourceInUse: () => edit.deleteSource(data, 'notes'),
  typeInUse: () => edit.deleteRelationType(data, 'supplies'),
  kindHasEntities: () => {
    const added = edit.addEntityKind(data, { label, color: '#332288', shape: 'star' });
    return added.ok ? edit.deleteEntityKind(added.dataset, 'place') : added;
  },
  focusEmpty: () => edit.captureStoryStep(data, { story: 'intro', step: step([]) }),
  badIndex: () => edit.moveStoryStep(data, { story: 'intro', from: 0, to: 9 }),
  badColor: () => edit.addEntity(data, { kind: 'place', label, look: { color: 'red' } }),
  invalid: () => edit.addEntity(data, { kind: 'place', label, look: { size: 1 } }),
};

describe('refusal codes', () => {
  it('lists each code once', () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
  });

  it.each(REFUSAL_CODES)('%s is given by a command', (code) => {
    const result = EXAMPLES[code]();
    expect(result.ok ? 'accepted' : result.refusal.code).toBe(code);
  });
});
