import { ar } from './ar';
import { embed } from './embed';
import { en } from './en';
import type { FeatureLocale } from './feature';
import { filters } from './filters';
import { io } from './io';
import { paths } from './paths';
import { regions } from './regions';
import { revisions } from './revisions';
import { search } from './search';
import { story } from './story';
import { table } from './table';

/** Each feature's strings live in their own file, under their own key prefix. */
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

export function translations(lang: 'en' | 'ar'): Record<string, unknown> {
  const base: Record<string, unknown> = { ...(lang === 'en' ? en : ar) };
  for (const [name, locale] of Object.entries(FEATURE_LOCALES)) base[name] = locale[lang];
  return base;
}
