import type { FeatureLocale } from './feature';

/** UI strings of the table feature, under the "table." key prefix. Same keys in both languages. */
export const table = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
