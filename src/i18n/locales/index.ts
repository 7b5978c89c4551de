import { strings as stringsAr } from './strings-ar';
import { strings as stringsEn } from './strings-en';

/**
 * Both languages at once, for the CLI and the tests. The app loads one language at a time
 * (src/i18n/load.ts), so this module must stay out of its start-up bundle.
 */
export function translations(lang: 'en' | 'ar'): Record<string, unknown> {
  return { ...(lang === 'en' ? stringsEn : stringsAr) };
}
