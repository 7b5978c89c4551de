import type { FeatureLocale } from './feature';
import { filters as filtersAr } from './lang-ar/filters';
import { filters as filtersEn } from './lang-en/filters';

/** UI strings of the filters feature, under the "filters." key prefix. Same keys in both languages. */
export const filters = { en: filtersEn, ar: filtersAr } satisfies FeatureLocale;
