import type { FeatureLocale } from './feature';

/** UI strings of the story feature, under the "story." key prefix. Same keys in both languages. */
export const story = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
