import type { FeatureLocale } from './feature';
import { table as tableAr } from './lang-ar/table';
import { table as tableEn } from './lang-en/table';

/** UI strings of the table feature, under the "table." key prefix. Same keys in both languages. */
export const table = { en: tableEn, ar: tableAr } satisfies FeatureLocale;
