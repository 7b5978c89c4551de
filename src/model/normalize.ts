/**
 * Text folding for search. The dataset spelling and the query go through the same function, so
 * a match is tolerant both ways: 'اذربيجان' finds 'أذربيجان' and 'أذربيجان' finds 'اذربيجان';
 * 'hezbollah' finds 'Hézbollah' and the other way round.
 */

/** Bidi controls (LRM, RLM, LRE…RLO, LRI…PDI) and zero-width characters (ZWSP, ZWNJ, ZWJ, BOM). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Tashkeel/harakat, superscript alef, Quranic annotation marks, and tatweel. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Letter variants folded to one base letter. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0672': '\u0627', // ٲ → ا
  '\u0673': '\u0627', // ٳ → ا
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06A9': '\u0643', // ک (Persian kaf) → ك
  '\u06CC': '\u064A', // ی (Persian yeh) → ي
};
const ARABIC_LETTER = /[\u0622\u0623\u0624\u0625\u0626\u0629\u0649\u0671-\u0673\u06A9\u06CC]/g;

/** Arabic-Indic ٠-٩ and Extended Arabic-Indic ۰-۹ digits. */
const ARABIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Apostrophes and quotation marks: removed, so "Arutz 7", Arutz 7 and O’Brien/OBrien agree. */
const QUOTES =
  /['"`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u2032\u2033\u02BB\u02BC\u00AB\u00BB]/g;

/** Hyphens, dashes, underscores and dots: word separators. */
const SEPARATORS = /[-_.\u2010-\u2015\u2212\u00B7]/g;

/** Latin letters NFKD does not decompose. */
const LATIN_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
};
const LATIN_LETTER = /[ßıłøđæœ]/g;

const COMBINING_MARK = /\p{M}/gu;

/**
 * Arabic folding: presentation forms to letters (NFKC), marks and tatweel out, letter variants
 * and digits to one form each.
 */
export function normalizeArabic(s: string): string {
  return s
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ARABIC_MARKS, '')
    .replace(ARABIC_LETTER, (c) => ARABIC_LETTERS[c] ?? c)
    .replace(ARABIC_DIGIT, (c) => {
      const code = c.charCodeAt(0);
      return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
    });
}

/**
 * Latin folding: lowercase, accents out (NFKD then combining marks removed), quotes removed,
 * hyphens/underscores/dots to spaces, whitespace collapsed and trimmed.
 */
export function normalizeLatin(s: string): string {
  return s
    .replace(INVISIBLE, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_MARK, '')
    .replace(LATIN_LETTER, (c) => LATIN_LETTERS[c] ?? c)
    .replace(QUOTES, '')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Both foldings; the form every name and every query is compared in. */
export function normalizeForSearch(s: string): string {
  return normalizeLatin(normalizeArabic(s));
}
