/**
 * Ids for new elements. They are stable names people read in files and links, so they are
 * made from the English label ("Hamas" → "hamas"), else the Arabic one transliterated, and
 * only as a last resort numbered ("entity-7").
 */
import type { Dataset } from '../schema';

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
export const MAX_ID_LENGTH = 200;
/** Generated ids stay short enough to read; a suffix such as "-12" may follow. */
const MAX_SLUG_LENGTH = 60;

export function isValidId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** Lower-case ASCII words joined by "-": "Türkiye's army" → "turkiye-s-army". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

// A reader's transliteration, not a scholarly one: enough for an id to say what it names.
const ARABIC_LETTERS = new Map(
  [
    'ا:a أ:a إ:i آ:a ٱ:a ب:b ت:t ث:th ج:j ح:h خ:kh د:d ذ:dh ر:r ز:z س:s ش:sh ص:s ض:d ط:t',
    'ظ:z ع: غ:gh ف:f ق:q ك:k ل:l م:m ن:n ه:h و:w ي:y ى:a ة:a ء: ؤ:u ئ:i پ:p چ:ch ژ:zh گ:g',
    'ک:k ی:y ٠:0 ١:1 ٢:2 ٣:3 ٤:4 ٥:5 ٦:6 ٧:7 ٨:8 ٩:9',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

export function transliterate(arabic: string): string {
  return [...arabic].map((c) => ARABIC_LETTERS.get(c) ?? c).join('');
}

/** A slug of the first text that gives one: English first, then Arabic transliterated. */
export function slugOf(...texts: readonly (string | undefined)[]): string {
  for (const text of texts) {
    if (!text) continue;
    const slug = slugify(text) || slugify(transliterate(text));
    if (slug) return slug;
  }
  return '';
}

/** `base`, or `base-2`, `base-3`…, the first not taken; `fallback-N` when base is empty. */
export function uniqueId(base: string, taken: (id: string) => boolean, fallback: string): string {
  if (base && !taken(base)) return base;
  const stem = base || fallback;
  for (let n = base ? 2 : 1; ; n++) {
    const candidate = `${stem}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Entities, relations and claims share one id space: a story's focus may name any of them. */
export function elementIds(data: Dataset): Set<string> {
  const ids = new Set<string>();
  for (const list of [data.entities, data.relations, data.claims]) {
    for (const item of list) ids.add(item.id);
  }
  return ids;
}
