/**
 * The app starts with one language's strings (src/i18n/load.ts) and fetches the other on the
 * first switch: what is shown must always be one language, the one asked for last.
 */
import { describe, expect, it } from 'vitest';
import { translations } from '../../../src/i18n/locales';
import { createAppI18n, switchLanguage } from '../../../src/i18n/load';

describe('one language at a time', () => {
  it('starts with the reader’s language only', async () => {
    const i18n = await createAppI18n('ar');
    expect(i18n.language).toBe('ar');
    expect(i18n.t('app.name')).toBe((translations('ar').app as { name: string }).name);
    expect(i18n.hasResourceBundle('ar', 'translation')).toBe(true);
    expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
  });

  it('fetches the other language on the first switch, then shows it', async () => {
    const i18n = await createAppI18n('ar');
    await switchLanguage(i18n, 'en', () => 'en');
    expect(i18n.language).toBe('en');
    expect(i18n.t('filters.show')).toBe('Show filters');
    await switchLanguage(i18n, 'ar', () => 'ar');
    expect(i18n.t('filters.show')).toBe((translations('ar').filters as { show: string }).show);
  });

  it('a quick back-and-forth ends in the language asked for last', async () => {
    const i18n = await createAppI18n('en');
    let wanted: 'ar' | 'en' = 'ar';
    const first = switchLanguage(i18n, 'ar', () => wanted);
    wanted = 'en';
    const second = switchLanguage(i18n, 'en', () => wanted);
    await Promise.all([first, second]);
    expect(i18n.language).toBe('en');
  });

  it('strings the editor added for a language do not count as that language loaded', async () => {
    const i18n = await createAppI18n('en');
    i18n.addResourceBundle('ar', 'translation', { edit: { only: 'x' } }, true);
    await switchLanguage(i18n, 'ar', () => 'ar');
    expect(i18n.t('app.name')).toBe((translations('ar').app as { name: string }).name);
    expect(i18n.t('edit.only')).toBe('x');
  });
});
