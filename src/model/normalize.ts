/**
 * Text folding for search. The dataset spelling and the query go through the same function, so
 * a match is tolerant both ways: 'اذربيجان' finds 'أذربيجان' and 'أذربيجان' finds 'اذربيجان';
 * 'hezbollah' finds 'Hézbollah' and the other way round. Search also compares each word as its
 * searchKey (no article, one plural ending) and, when matching approximately, its looseKey.
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
  // Letters for sounds Arabic lacks (Persian, Azerbaijani, transliterated names); Arabic
  // keyboards lack them too, so readers type the nearest letter: پزشکیان as بزشكيان.
  '\u067E': '\u0628', // پ (pe) → ب
  '\u0686': '\u062C', // چ (che) → ج
  '\u0698': '\u0632', // ژ (zhe) → ز
  '\u06A4': '\u0641', // ڤ (ve) → ف
  '\u06AF': '\u0643', // گ (gaf) → ك
};
const ARABIC_LETTER = new RegExp(`[${Object.keys(ARABIC_LETTERS).join('')}]`, 'g');

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

/**
 * The definite article and the particles written onto it: ال, وال, فال, بال, كال, and لل (ل + ال).
 * Only when at least two letters are left: الى and الا keep theirs.
 */
const ARTICLE = /^(?:[وفبكل]?ال|لل)(?=..)/;

/** الله and its prefixed forms: a name of its own, not ال + له. */
const ALLAH = /^(?:[وفبكت]?ال|[وف]?ل)له$/;

/** A normalized word without the Arabic definite article (the word itself if it has none). */
export function stripArticle(word: string): string {
  return ALLAH.test(word) ? word : word.replace(ARTICLE, '');
}

/** Nisba plurals: حسينيون / حسينيين → حسيني; the stem, ي included, at least four letters. */
const NISBA_PLURAL = /^([\u0621-\u064A]{3,}\u064A)(?:\u0648\u0646|\u064A\u0646)$/;

/** Other sound masculine plurals: مستوطنين → مستوطنون; the stem at least four letters. */
const GENITIVE_PLURAL = /^([\u0621-\u064A]{4,})\u064A\u0646$/;

/**
 * The sound masculine plural's two case endings, ون (nominative) and ين (accusative/genitive),
 * made one. A nisba plural (-يون/-يين) becomes its singular, so حسينيين, حسينيون and حسيني agree;
 * any other -ين becomes -ون rather than being cut, so a name that merely ends in ين is only ever
 * equated with the same stem in ون (هاريسون stays apart from هاريس, فلسطين from فلسط…). Stems
 * shorter than four letters are left alone: حسين, ياسين, البحرين.
 */
export function foldPluralEnding(word: string): string {
  const nisba = NISBA_PLURAL.exec(word);
  if (nisba) return nisba[1]!;
  return word.replace(GENITIVE_PLURAL, '$1\u0648\u0646');
}

/**
 * The form a normalized word is matched in: article off, plural ending folded. Query words and
 * name words both go through it, so الحسينيون finds حسينيون and حسينيين finds الحسينيون.
 */
export function searchKey(word: string): string {
  return foldPluralEnding(stripArticle(word));
}

/**
 * Letters many Arabic speakers pronounce, and so often write, alike: the interdentals as the
 * sibilants of the urban dialects (ذ → ز: ازربيجان for أذربيجان; ث → س), and ظ / ض, one sound in
 * much of the Gulf and Iraq. They are distinct letters of distinct words (ذكي / زكي, ثمن / سمن),
 * so they are not folded by normalizeForSearch, which every exact match goes through; only the
 * approximate (fuzzy) matching compares words in this looser form, where such a confusion costs
 * nothing and ranks below every exact match.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  '\u0630': '\u0632', // ذ → ز
  '\u062B': '\u0633', // ث → س
  '\u0638': '\u0636', // ظ → ض
};
const CONFUSABLE_LETTER = /[\u0630\u062B\u0638]/g;

/** A search key with confusable Arabic letters folded, for approximate matching only. */
export function looseKey(key: string): string {
  return key.replace(CONFUSABLE_LETTER, (c) => CONFUSABLE[c] ?? c);
}
