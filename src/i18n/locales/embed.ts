import type { FeatureLocale } from './feature';

/** UI strings of the embed feature, under the "embed." key prefix. Same keys in both languages. */
export const embed = {
  en: {},
  ar: {},
} satisfies FeatureLocale;
