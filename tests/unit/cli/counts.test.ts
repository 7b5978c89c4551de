/**
 * The counts line the validate and import CLIs print (load.cliOk): each count takes its own
 * plural form, in English (one/other) and in Arabic (all six CLDR forms).
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../src/i18n';

const all = (n: number) => ({ entities: n, relations: n, claims: n, sources: n, stories: n });

describe('load.cliOk', () => {
  it('says "1 source", "2 sources" in English', () => {
    const i18n = createI18n('en');
    expect(i18n.t('load.cliOk', all(1))).toBe('1 entity, 1 relation, 1 claim, 1 source, 1 story');
    expect(i18n.t('load.cliOk', all(0))).toBe(
      '0 entities, 0 relations, 0 claims, 0 sources, 0 stories',
    );
    expect(
      i18n.t('load.cliOk', { entities: 50, relations: 38, claims: 14, sources: 1, stories: 2 }),
    ).toBe('50 entities, 38 relations, 14 claims, 1 source, 2 stories');
  });

  it('picks the CLDR Arabic form for 0, 1, 2, 3, 11 and 100', () => {
    const i18n = createI18n('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => i18n.t('load.cliOk', all(n)))).toEqual([
      'لا كيانات، لا علاقات، لا ادعاءات، لا مصادر، لا قصص',
      'كيان واحد، علاقة واحدة، ادعاء واحد، مصدر واحد، قصة واحدة',
      'كيانان، علاقتان، ادعاءان، مصدران، قصتان',
      '3 كيانات، 3 علاقات، 3 ادعاءات، 3 مصادر، 3 قصص',
      '11 كيانًا، 11 علاقة، 11 ادعاءً، 11 مصدرًا، 11 قصة',
      '100 كيان، 100 علاقة، 100 ادعاء، 100 مصدر، 100 قصة',
    ]);
  });

  it('leaves no placeholder or nesting syntax behind', () => {
    for (const lang of ['en', 'ar'] as const) {
      const line = createI18n(lang).t('load.cliOk', all(7));
      expect(line).not.toMatch(/\{\{|\$t\(|cliEntities/);
    }
  });
});
