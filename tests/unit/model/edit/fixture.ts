/**
 * A small dataset shaped like the seed: an Arabic article and English notes, states, an
 * unnamed source who claims things, an interest, a group with a member, relations with
 * reported and claimed evidence, two claims and a story whose steps show them.
 */
import { expect } from 'vitest';
import { loadDatasetValue } from '../../../../src/model/load';
import type { Dataset, DatasetInput, Evidence } from '../../../../src/model/schema';
import {
  applyPatch,
  checkEdited,
  invertPatch,
  type EditResult,
  type Patch,
  type Refusal,
} from '../../../../src/model/edit';

export const ARTICLE = [
  'تتبلور مبادرة دولية لتشكيل قوة استقرار متعددة الجنسيات في غزة.',
  'وقال مصدر سياسي إن التنسيق بين القدس وباكو وثيق، وإن انضمام أذربيجان يخدم المصلحة الإسرائيلية.',
  'وأفاد مركز توران للأبحاث بأن باكو تدرس المشاركة.',
];
export const NOTES = ['Azerbaijan supplies oil to Israel.', 'The force would answer to a board.'];

export const reported = (paragraph: number, quote: string, source = 'article'): Evidence => ({
  source,
  paragraph,
  quote,
  status: 'reported',
});
export const claimed = (paragraph: number, quote: string, claimant: string): Evidence => ({
  source: 'article',
  paragraph,
  quote,
  status: 'claimed',
  claimant,
});

export const RAW: DatasetInput = {
  version: 1,
  id: 'fixture',
  title: { ar: 'قوة لغزة', en: 'A force for Gaza' },
  sources: [
    { id: 'article', title: { ar: 'مقال' }, language: 'ar', date: '2025-10', paragraphs: ARTICLE },
    { id: 'notes', title: { en: 'Notes' }, language: 'en', paragraphs: NOTES },
    { id: 'bare', title: { en: 'A source without its text' }, language: 'en' },
  ],
  entities: [
    {
      id: 'israel',
      kind: 'country',
      subkind: 'state',
      label: { ar: 'إسرائيل', en: 'Israel' },
      aliases: { ar: ['القدس'], en: ['Jerusalem'] },
      position: { x: 0, y: 0 },
    },
    {
      id: 'azerbaijan',
      kind: 'country',
      label: { ar: 'أذربيجان', en: 'Azerbaijan' },
      evidence: [claimed(2, 'انضمام أذربيجان', 'political-source')],
    },
    { id: 'baku', kind: 'place', subkind: 'city', label: { ar: 'باكو', en: 'Baku' } },
    {
      id: 'political-source',
      kind: 'person',
      subkind: 'unnamed-source',
      label: { ar: 'مصدر سياسي', en: 'A political source' },
    },
    { id: 'turan', kind: 'organization', label: { ar: 'مركز توران', en: 'Turan center' } },
    { id: 'initiative', kind: 'event', label: { ar: 'المبادرة', en: 'The initiative' } },
    {
      id: 'force',
      kind: 'organization',
      label: { ar: 'قوة الاستقرار', en: 'Stabilization force' },
      parent: 'initiative',
    },
    {
      id: 'israeli-interest',
      kind: 'interest',
      label: { ar: 'المصلحة الإسرائيلية', en: 'The Israeli interest' },
    },
  ],
  relationTypes: [
    {
      id: 'cooperates',
      family: 'cooperation',
      directed: false,
      label: { ar: 'يتعاون مع', en: 'cooperates with' },
    },
    {
      id: 'supplies',
      family: 'cooperation',
      directed: true,
      label: { ar: 'يزوّد', en: 'supplies' },
      inverseLabel: { ar: 'يتلقى من', en: 'is supplied by' },
    },
  ],
  relations: [
    {
      id: 'israel-azerbaijan',
      type: 'cooperates',
      source: 'israel',
      target: 'azerbaijan',
      evidence: [
        claimed(2, 'التنسيق بين القدس وباكو وثيق', 'political-source'),
        reported(1, 'Azerbaijan supplies oil to Israel.', 'notes'),
      ],
    },
    {
      id: 'azerbaijan-baku',
      type: 'cooperates',
      source: 'azerbaijan',
      target: 'baku',
      evidence: [reported(3, 'باكو تدرس المشاركة')],
    },
    {
      id: 'turan-force',
      type: 'supplies',
      source: 'turan',
      target: 'force',
      time: { from: 2024 },
      evidence: [claimed(3, 'مركز توران للأبحاث', 'political-source')],
    },
  ],
  claims: [
    {
      id: 'claim-interest',
      claimant: 'political-source',
      interest: 'israeli-interest',
      beneficiaries: ['israel'],
      concerns: ['azerbaijan', 'force'],
      evidence: [claimed(2, 'انضمام أذربيجان يخدم المصلحة الإسرائيلية', 'political-source')],
    },
    {
      id: 'claim-turan',
      claimant: 'turan',
      interest: 'israeli-interest',
      concerns: ['baku'],
      evidence: [reported(3, 'باكو تدرس المشاركة')],
    },
  ],
  stories: [
    {
      id: 'intro',
      title: { ar: 'البداية', en: 'The start' },
      source: 'article',
      steps: [
        {
          title: { ar: 'مبادرة', en: 'An initiative' },
          caption: { ar: 'قوة لغزة', en: 'A force for Gaza' },
          focus: ['initiative', 'force'],
        },
        {
          title: { ar: 'من يزوّد', en: 'Who supplies' },
          caption: { ar: 'توران', en: 'Turan' },
          focus: ['turan-force'],
          select: 'turan-force',
        },
        {
          title: { ar: 'المصلحة', en: 'The interest' },
          caption: { ar: 'مصدر', en: 'A source' },
          focus: ['claim-interest', 'israel-azerbaijan', 'azerbaijan'],
          select: 'israel-azerbaijan',
          paragraphs: [2],
        },
      ],
    },
  ],
};

/** The fixture as the loader gives it (keys in schema order), frozen to catch mutation. */
export function fixture(raw: DatasetInput = RAW): Dataset {
  const result = loadDatasetValue(structuredClone(raw));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return deepFreeze(structuredClone(result.index.data));
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * An edit that worked: the result passes every check the loader runs, reads as the loader
 * would store it, and its patch undoes to the input and redoes to the result byte for byte.
 */
export function expectEdit(
  before: Dataset,
  result: EditResult,
): { dataset: Dataset; patch: Patch } {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.refusal)}`);
  const { dataset, patch } = result;
  const check = checkEdited(dataset);
  expect(check.ok ? [] : check.problems).toEqual([]);
  const loaded = loadDatasetValue(structuredClone(dataset));
  if (loaded.ok) expect(JSON.stringify(loaded.index.data)).toBe(JSON.stringify(dataset));
  const undone = applyPatch(dataset, invertPatch(patch));
  expect(JSON.stringify(undone)).toBe(JSON.stringify(before));
  expect(JSON.stringify(applyPatch(before, patch))).toBe(JSON.stringify(dataset));
  return { dataset, patch };
}

/** A refusal, with the dataset left alone. */
export function expectRefusal(
  result: { ok: true } | { ok: false; refusal: Refusal },
  code: string,
  field?: string,
) {
  expect(result.ok).toBe(false);
  if (result.ok) return null;
  expect(result.refusal.code).toBe(code);
  if (field !== undefined) expect(result.refusal.field).toBe(field);
  return result.refusal;
}
