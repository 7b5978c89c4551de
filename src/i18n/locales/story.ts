import type { FeatureLocale } from './feature';
import { story as storyAr } from './lang-ar/story';
import { story as storyEn } from './lang-en/story';

/** UI strings of the story feature, under the "story." key prefix. Same keys in both languages. */
export const story = { en: storyEn, ar: storyAr } satisfies FeatureLocale;
