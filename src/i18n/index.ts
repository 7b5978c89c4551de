import type { i18n as I18n } from 'i18next';
import { translations } from './locales';
import { createI18nWith } from './instance';
import type { UiLang } from './langs';

export { directionOf, isUiLang, UI_LANGS, type UiLang } from './langs';
export { createI18nWith } from './instance';

/**
 * A fresh i18next instance with both languages at once, for the CLI and the tests. The app
 * starts with one (src/i18n/load.ts: createAppI18n).
 */
export function createI18n(lang: UiLang = 'en'): I18n {
  return createI18nWith(lang, {
    en: { translation: translations('en') },
    ar: { translation: translations('ar') },
  });
}
