import type { FeatureLocale } from './feature';
import { paths as pathsAr } from './lang-ar/paths';
import { paths as pathsEn } from './lang-en/paths';

/** UI strings of the paths feature, under the "paths." key prefix. Same keys in both languages. */
export const paths = { en: pathsEn, ar: pathsAr } satisfies FeatureLocale;
