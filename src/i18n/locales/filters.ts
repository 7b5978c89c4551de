import type { FeatureLocale } from './feature';

/** UI strings of the filters feature, under the "filters." key prefix. Same keys in both languages. */
export const filters = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
