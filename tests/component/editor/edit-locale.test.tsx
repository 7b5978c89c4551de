/**
 * The editor's words: the same keys in Arabic and English, and a message in both for every
 * refusal the model can give, filled with the params that refusal carries (nothing left as
 * "{{…}}"), with ids shown as names when the dataset knows them.
 */
import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../src/features/editor/forms';
import { addEditorLocales } from '../../../src/features/editor/setup';
import { createI18n as createBareI18n, type UiLang } from '../../../src/i18n';
import { edit } from '../../../src/i18n/locales/edit';
import { REFUSAL_CODES, type RefusalCode } from '../../../src/model/edit';
import { seedIndex } from '../render';

/** i18n with the editor's strings, as the editor adds them when it loads. */
function createI18n(lang: UiLang) {
  const i18n = createBareI18n(lang);
  addEditorLocales(i18n);
  return i18n;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

function keys(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const path = `${prefix}${key.replace(PLURAL, '')}`;
    if (child && typeof child === 'object') keys(child, `${path}.`).forEach((k) => out.add(k));
    else out.add(path);
  }
  return out;
}

/** The params each refusal is given by the model (src/model/edit/*.ts). */
const PARAMS: Record<RefusalCode, Record<string, string | number>[]> = {
  badId: [{ id: 'not an id' }, { path: 'entities[3].id' }],
  duplicateId: [{ id: 'iran' }],
  labelMissing: [{ lang: 'ar' }, { lang: 'en' }],
  textMissing: [{ lang: 'ar' }, { lang: 'en' }],
  titleMissing: [{}],
  required: [{}],
  unknownKind: [{ kind: 'planet' }],
  badSubkind: [{ subkind: 'city', kind: 'person' }],
  unknownEntity: [{ id: 'nobody' }],
  unknownElement: [{ id: 'gone' }],
  unknownSource: [{ id: 'gone' }],
  unknownRelationType: [{ id: 'gone' }],
  unknownStory: [{ id: 'gone' }],
  unknownFocus: [{ id: 'gone' }],
  unknownEvidence: [{ id: 'iran', index: 3 }],
  sameEntity: [{ id: 'iran' }],
  notAnInterest: [{ id: 'iran', kind: 'country' }],
  claimantKind: [{ id: 'gaza', kind: 'place' }],
  kindInUse: [
    { id: 'iran', kind: 'place', count: 2, as: 'claimant' },
    { id: 'interest-deterrence', kind: 'event', count: 1, as: 'interest' },
  ],
  groupCycle: [{ id: 'iran', parent: 'hamas' }],
  inverseLabelRequired: [{ id: 'supplies' }],
  badTimeRange: [{ from: 2024, to: 2020 }],
  badPosition: [{}],
  evidenceRequired: [{}],
  lastEvidence: [{ id: 'azerbaijan-faces-huseynyun' }],
  duplicateEvidence: [{ id: 'azerbaijan-faces-huseynyun' }],
  claimantRequired: [{}, { index: 0 }],
  paragraphOutOfRange: [0, 1, 2, 3, 11, 100].map((count) => ({ paragraph: 12, count })),
  quoteNotInParagraph: [{ paragraph: 2, source: 'article' }],
  emptyQuote: [{}],
  emptySelection: [{}],
  badSelection: [{ start: 5, end: 2 }],
  selectionSpansParagraphs: [{ from: 2, to: 3 }],
  notHttpUrl: [{ value: 'ftp://x' }, { path: 'sources[0].url' }],
  badDate: [{ value: '2026-02-30' }, { path: 'sources[0].date' }],
  badLanguage: [{ value: 'Arabic' }, { path: 'sources[0].language' }],
  paragraphInUse: [0, 1, 2, 3, 11, 100].map((count) => ({ paragraph: 9, count })),
  sourceInUse: [1, 2, 3, 11, 100].map((count) => ({ id: 'article', count })),
  typeInUse: [1, 2, 3, 11, 100].map((count) => ({ id: 'faces-proxy', count })),
  kindHasEntities: [1, 2, 3, 11, 100].map((count) => ({ id: 'ministry', count })),
  focusEmpty: [{}],
  badIndex: [{ index: 9 }],
  badColor: [{ path: 'entityKinds[0].color' }],
  invalid: [{ path: 'family' }],
};

describe('the edit locale', () => {
  it('has the same keys in Arabic and English', () => {
    const en = keys(edit.en);
    const ar = keys(edit.ar);
    expect([...en].filter((k) => !ar.has(k))).toEqual([]);
    expect([...ar].filter((k) => !en.has(k))).toEqual([]);
  });

  it('gives Arabic all six plural forms wherever English has plurals', () => {
    const refusals = edit.ar.refusals as Record<string, string>;
    for (const key of Object.keys(edit.en.refusals)) {
      if (!key.endsWith('_other')) continue;
      const base = key.slice(0, -'_other'.length);
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
        expect(refusals[`${base}_${form}`], `${base}_${form}`).toBeTruthy();
      }
    }
  });

  it('covers exactly the model’s refusal codes', () => {
    const codes = new Set(
      [...keys(edit.en.refusals)].map((k) => k.replace(/_(interest|claimant)$/, '')),
    );
    expect([...codes].sort()).toEqual([...REFUSAL_CODES].sort());
  });

  it.each(['en', 'ar'] as const)('words every refusal in %s, with its params', (lang) => {
    const i18n = createI18n(lang);
    const dataset = seedIndex().data;
    for (const code of REFUSAL_CODES) {
      for (const params of PARAMS[code]) {
        for (const context of [{}, { dataset, lang }]) {
          const message = refusalMessage(i18n.t, { code, params }, context);
          expect(message, code).not.toBe('');
          expect(message, code).not.toContain(`refusals.${code}`);
          expect(message, `${code} ${JSON.stringify(params)}`).not.toMatch(/\{\{|\}\}/);
        }
      }
    }
  });

  it('names what the dataset knows by name, and languages and kinds in the reader’s words', () => {
    const dataset = seedIndex().data;
    const en = createI18n('en');
    const ar = createI18n('ar');
    const same = { code: 'sameEntity' as const, params: { id: 'iran' } };
    expect(refusalMessage(en.t, same, { dataset, lang: 'en' })).toBe(
      'Both are “Iran”. Choose two different entities.',
    );
    expect(refusalMessage(ar.t, same, { dataset, lang: 'ar' })).toBe(
      'الطرفان كلاهما «إيران». اختر كيانين مختلفين.',
    );
    const missing = { code: 'labelMissing' as const, params: { lang: 'ar' } };
    expect(refusalMessage(en.t, missing)).toContain('in Arabic as well');
    expect(refusalMessage(ar.t, missing)).toContain('بالعربية أيضًا');
    const kind = { code: 'claimantKind' as const, params: { id: 'gaza', kind: 'place' } };
    expect(refusalMessage(ar.t, kind, { dataset, lang: 'ar' })).toContain('«غزة» من نوع «مكان»');
    const claimant = {
      code: 'kindInUse' as const,
      params: { id: 'iran', kind: 'place', count: 2, as: 'claimant' },
    };
    expect(refusalMessage(en.t, claimant, { dataset, lang: 'en' })).toContain(
      'makes claims or is quoted as a claimant (2 in all), and Place cannot make claims',
    );
    const few = { code: 'typeInUse' as const, params: { id: 'faces-proxy', count: 3 } };
    expect(refusalMessage(ar.t, few, { dataset, lang: 'ar' })).toMatch(/^هناك 3 علاقات من نوع «/);
  });

  it('quotes what was written when the refusal is about how it is written', () => {
    const en = createI18n('en');
    const ar = createI18n('ar');
    const url = { code: 'notHttpUrl' as const, params: { value: 'ftp://x' } };
    expect(refusalMessage(en.t, url)).toBe(
      `“\u2068ftp://x\u2069”: ${en.t('edit.refusals.notHttpUrl')}`,
    );
    expect(refusalMessage(ar.t, url)).toBe(
      `«\u2068ftp://x\u2069»: ${ar.t('edit.refusals.notHttpUrl')}`,
    );
    const long = { code: 'badId' as const, params: { id: 'x', value: `a b${'c'.repeat(100)}` } };
    expect(refusalMessage(en.t, long)).toContain(`a b${'c'.repeat(56)}…\u2069”`);
    // Nothing written, nothing quoted; other refusals never quote.
    expect(refusalMessage(en.t, { code: 'badColor', params: { path: 'look.color' } })).toBe(
      en.t('edit.refusals.badColor'),
    );
    const duplicate = { code: 'duplicateId' as const, params: { id: 'iran', value: 'iran' } };
    expect(refusalMessage(en.t, duplicate)).not.toMatch(/^“/);
  });
});
