import type { FeatureLocale } from './feature';
import { revisions as revisionsAr } from './lang-ar/revisions';
import { revisions as revisionsEn } from './lang-en/revisions';

/**
 * UI strings of the revisions feature (corrections of a published dataset, and links made for
 * an older version of it), under the "revisions." key prefix. Same keys in both languages.
 */
export const revisions = { en: revisionsEn, ar: revisionsAr } satisfies FeatureLocale;
