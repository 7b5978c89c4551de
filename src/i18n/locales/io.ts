import type { FeatureLocale } from './feature';

/** UI strings of the io feature, under the "io." key prefix. Same keys in both languages. */
export const io = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
