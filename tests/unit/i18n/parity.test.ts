import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';
import { translations as bundled } from '../../../src/i18n/locales';
import { edit } from '../../../src/i18n/locales/edit';
import { editor } from '../../../src/i18n/locales/editor';

/** The bundled strings and those loaded with the editor. */
function translations(lang: 'en' | 'ar'): Record<string, unknown> {
  return { ...bundled(lang), edit: edit[lang], editor: editor[lang] };
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every key path, with plural forms folded into their base key. */
function keys(value: unknown, prefix = ''): Set<string> {
  const out = new Set<string>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      const path = prefix ? `${prefix}.${key.replace(PLURAL, '')}` : key.replace(PLURAL, '');
      if (child && typeof child === 'object') keys(child, path).forEach((k) => out.add(k));
      else out.add(path);
    }
  }
  return out;
}

describe('Arabic and English resources', () => {
  it('have the same keys', () => {
    const en = keys(translations('en'));
    const ar = keys(translations('ar'));
    expect([...en].filter((k) => !ar.has(k))).toEqual([]);
    expect([...ar].filter((k) => !en.has(k))).toEqual([]);
  });

  it('give Arabic all six plural forms wherever English has plurals', () => {
    const flat = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k))
        : [prefix];
    const arKeys = new Set(flat(translations('ar')));
    const bases = flat(translations('en'))
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    for (const base of bases) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
        expect(arKeys, `${base}_${form}`).toContain(`${base}_${form}`);
      }
    }
  });

  it('pick the CLDR Arabic plural form for 0, 1, 2, 3, 11 and 100', () => {
    const i18n = createI18n('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => i18n.t('load.warnings', { count }));
    expect(forms).toEqual([
      'لا تحذيرات',
      'تحذير واحد',
      'تحذيران',
      '3 تحذيرات',
      '11 تحذيرًا',
      '100 تحذير',
    ]);
  });
});
