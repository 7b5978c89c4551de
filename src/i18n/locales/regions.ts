import type { FeatureLocale } from './feature';
import { regions as regionsAr } from './lang-ar/regions';
import { regions as regionsEn } from './lang-en/regions';

/**
 * What a region of the page says when it fails on its own (src/ui/RegionBoundary.tsx), under
 * the "regions." key prefix. Same keys in both languages.
 */
export const regions = { en: regionsEn, ar: regionsAr } satisfies FeatureLocale;

export type RegionName = keyof typeof regions.en.names;
