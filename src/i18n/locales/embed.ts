import type { FeatureLocale } from './feature';
import { embed as embedAr } from './lang-ar/embed';
import { embed as embedEn } from './lang-en/embed';

/** UI strings of the embed feature, under the "embed." key prefix. Same keys in both languages. */
export const embed = { en: embedEn, ar: embedAr } satisfies FeatureLocale;
