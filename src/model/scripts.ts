/**
 * Which writing systems a text uses, of the two the app has faces for (src/styles/fonts.css:
 * Noto Sans Arabic for Arabic script, Noto Sans for Latin). Other scripts (Hebrew, Cyrillic…)
 * fall back to the system's fonts and need no face of ours.
 */
import type { Dataset, Lang } from './schema';

export type FaceScript = 'arabic' | 'latin';

const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

export function hasArabic(text: string): boolean {
  return ARABIC.test(text);
}

export function hasLatin(text: string): boolean {
  return LATIN.test(text);
}

/** The scripts among `texts` that need one of our faces, stopping once both are found. */
export function faceScripts(texts: Iterable<string>): Set<FaceScript> {
  const found = new Set<FaceScript>();
  for (const text of texts) {
    if (!found.has('arabic') && ARABIC.test(text)) found.add('arabic');
    if (!found.has('latin') && LATIN.test(text)) found.add('latin');
    if (found.size === 2) break;
  }
  return found;
}

/** The script of the interface's own words in a language. */
export function uiScript(lang: Lang): FaceScript {
  return lang === 'ar' ? 'arabic' : 'latin';
}

/** The texts the graph draws in `lang`: entity names and relation types (the lines' labels). */
export function* drawnLabels(
  data: Pick<Dataset, 'entities' | 'relationTypes'>,
  lang: Lang,
): Generator<string> {
  for (const entity of data.entities) yield entity.label[lang];
  for (const type of data.relationTypes) yield type.label[lang];
}

/** The faces a page in `lang` needs before it draws `data`: its words' script and its labels'. */
export function scriptsToDraw(
  data: Pick<Dataset, 'entities' | 'relationTypes'>,
  lang: Lang,
): Set<FaceScript> {
  const scripts = faceScripts(drawnLabels(data, lang));
  scripts.add(uiScript(lang));
  return scripts;
}
