import type { FeatureLocale } from './feature';
import { io as ioAr } from './lang-ar/io';
import { io as ioEn } from './lang-en/io';

/** UI strings of the io feature, under the "io." key prefix. Same keys in both languages. */
export const io = { en: ioEn, ar: ioAr } satisfies FeatureLocale;
