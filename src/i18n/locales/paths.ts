import type { FeatureLocale } from './feature';

/** UI strings of the paths feature, under the "paths." key prefix. Same keys in both languages. */
export const paths = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
