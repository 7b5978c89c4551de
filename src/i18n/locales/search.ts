import type { FeatureLocale } from './feature';

/** UI strings of the search feature, under the "search." key prefix. Same keys in both languages. */
export const search = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
