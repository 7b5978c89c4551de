import type { FeatureLocale } from './feature';
import { embed } from './embed';
import { filters } from './filters';
import { io } from './io';
import { paths } from './paths';
import { regions } from './regions';
import { revisions } from './revisions';
import { search } from './search';
import { story } from './story';
import { table } from './table';
import { strings as stringsAr } from './strings-ar';
import { strings as stringsEn } from './strings-en';

/** Each feature's strings live in their own files, under their own key prefix. */
export const FEATURE_LOCALES: Record<string, FeatureLocale> = {
  search,
  filters,
  paths,
  table,
  story,
  embed,
  io,
  regions,
  revisions,
};

/**
 * Both languages at once, for the CLI and the tests. The app loads one language at a time
 * (src/i18n/load.ts), so this module must stay out of its start-up bundle.
 */
export function translations(lang: 'en' | 'ar'): Record<string, unknown> {
  return { ...(lang === 'en' ? stringsEn : stringsAr) };
}
