import type { FeatureLocale } from './feature';
import { search as searchAr } from './lang-ar/search';
import { search as searchEn } from './lang-en/search';

/** UI strings of the search feature, under the "search." key prefix. Same keys in both languages. */
export const search = { en: searchEn, ar: searchAr } satisfies FeatureLocale;
