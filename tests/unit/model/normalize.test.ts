import { describe, it, expect } from 'vitest';
import {
  foldPluralEnding,
  looseKey,
  normalizeArabic,
  normalizeForSearch,
  normalizeLatin,
  searchKey,
  stripArticle,
} from '../../../src/model/normalize';

/** A query finds a dataset spelling when its folded form occurs in the folded name. */
const finds = (query: string, name: string) =>
  normalizeForSearch(name).includes(normalizeForSearch(query));

describe('normalizeArabic: letter variants fold both ways', () => {
  // [variant, plain spelling, what it checks]
  const variants: [string, string, string][] = [
    ['أذربيجان', 'اذربيجان', 'أ (hamza above) → ا'],
    ['إيران', 'ايران', 'إ (hamza below) → ا'],
    ['آسيا', 'اسيا', 'آ (madda) → ا'],
    ['ٱلقوقاز', 'القوقاز', 'ٱ (wasla) → ا'],
    ['ٲلف', 'الف', 'ٲ (wavy hamza above) → ا'],
    ['ٳلف', 'الف', 'ٳ (wavy hamza below) → ا'],
    ['موسى', 'موسي', 'ى (alef maksura) → ي'],
    ['غزة', 'غزه', 'ة (ta marbuta) → ه'],
    ['مؤسسة', 'موسسه', 'ؤ → و'],
    ['رئيس', 'رييس', 'ئ → ي'],
    ['کرمان', 'كرمان', 'ک (Persian kaf) → ك'],
    ['ایران', 'ايران', 'ی (Persian yeh) → ي'],
    ['پزشکیان', 'بزشكيان', 'پ (pe) → ب'],
    ['چچن', 'ججن', 'چ (che) → ج'],
    ['ژنرال', 'زنرال', 'ژ (zhe) → ز'],
    ['ڤولفو', 'فولفو', 'ڤ (ve) → ف'],
    ['گرجستان', 'كرجستان', 'گ (gaf) → ك'],
    ['حِزْبُ اللّٰهِ', 'حزب الله', 'tashkeel, shadda and superscript alef removed'],
    ['قُرْآنٌ', 'قران', 'tanwin removed, madda folded'],
    ['الرَّحْمَٰنِۖ', 'الرحمن', 'Quranic annotation marks removed'],
    ['حـــزب', 'حزب', 'tatweel removed'],
    ['\u200Fإيران\u200E', 'ايران', 'RLM/LRM removed'],
    ['\u202Bغزة\u202C', 'غزه', 'RLE/PDF removed'],
    ['\u2067باكو\u2069', 'باكو', 'RLI/PDI removed'],
    ['حزب\u200Cالله', 'حزبالله', 'zero-width non-joiner removed'],
    ['\uFEFFباكو\u200B', 'باكو', 'BOM and zero-width space removed'],
    ['\uFE87\uFEF3\uFEAE\uFE8E\uFEE5', 'ايران', 'presentation forms to letters'],
  ];

  it.each(variants)('%s ~ %s (%s)', (variant, plain) => {
    expect(normalizeForSearch(variant)).toBe(normalizeForSearch(plain));
    expect(normalizeArabic(variant)).toBe(normalizeArabic(plain));
  });

  it.each(variants)('query %s finds dataset %s and the other way round', (variant, plain) => {
    expect(finds(variant, `في ${plain} اليوم`)).toBe(true);
    expect(finds(plain, `في ${variant} اليوم`)).toBe(true);
  });

  it('keeps hamza on the line and unrelated letters', () => {
    expect(normalizeArabic('ماء')).toBe('ماء');
    expect(normalizeArabic('حماس')).toBe('حماس');
  });

  it('folds the seed spellings: أذربيجان / اذربيجان / أذربيجانُ', () => {
    const forms = ['أذربيجان', 'اذربيجان', 'أَذْرَبِيجَانُ', 'أذربيـجان'];
    expect(new Set(forms.map(normalizeForSearch)).size).toBe(1);
  });
});

describe('digits', () => {
  it.each([
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['عام ٢٠٢٤', 'عام 2024'],
    ['۲۰۲۵', '2025'],
  ])('%s → %s', (input, output) => {
    expect(normalizeArabic(input)).toBe(output);
    expect(finds(output, input)).toBe(true);
    expect(finds(input, output)).toBe(true);
  });
});

describe('normalizeLatin', () => {
  it.each([
    ['Hézbollah', 'hezbollah'],
    ['HEZBOLLAH', 'hezbollah'],
    ['Hüseynyun', 'huseynyun'],
    ['Begin-Sadat Center', 'begin sadat center'],
    ['Begin–Sadat', 'begin sadat'],
    ['turan_research.center', 'turan research center'],
    ['"Arutz 7"', 'arutz 7'],
    ['“Arutz 7”', 'arutz 7'],
    ['O’Brien', 'obrien'],
    ["O'Brien", 'obrien'],
    ['O`Brien', 'obrien'],
    ['Zeʼev Khanin', 'zeev khanin'],
    ['  many   spaces\there ', 'many spaces here'],
    ['Straße', 'strasse'],
    ['İlham', 'ilham'],
    ['Ａｒｕｔｚ　７', 'arutz 7'],
    ['Ze\u200Eev', 'zeev'],
  ])('%s → %s', (input, output) => {
    expect(normalizeLatin(input)).toBe(output);
    expect(normalizeForSearch(input)).toBe(output);
  });

  it('is tolerant both ways: accented query finds plain name and vice versa', () => {
    expect(finds('Hézbollah', 'Hezbollah of the Caucasus')).toBe(true);
    expect(finds('hezbollah', 'Hézbollah')).toBe(true);
    expect(finds('zeev', 'Ze’ev Khanin')).toBe(true);
    expect(finds('Ze’ev', 'Zeev Khanin')).toBe(true);
  });
});

describe('normalizeForSearch', () => {
  it('applies both foldings to mixed text', () => {
    expect(normalizeForSearch('Arutz-7 / قناة ٧')).toBe('arutz 7 / قناه 7');
  });

  it('is idempotent', () => {
    for (const s of ['أذربيجان', 'Hézbollah of the Caucasus', 'حِزْبُ اللّٰهِ ٢٠٢٤', 'Ze’ev']) {
      const once = normalizeForSearch(s);
      expect(normalizeForSearch(once)).toBe(once);
    }
  });

  it('turns blank input into the empty string', () => {
    expect(normalizeForSearch('   \u200F ')).toBe('');
    expect(normalizeForSearch('')).toBe('');
  });
});

describe('stripArticle', () => {
  it.each([
    ['الحسينيون', 'حسينيون'],
    ['والقوقاز', 'قوقاز'],
    ['فالقوقاز', 'قوقاز'],
    ['بالقوقاز', 'قوقاز'],
    ['كالقوقاز', 'قوقاز'],
    ['للطاقه', 'طاقه'],
    ['حسينيون', 'حسينيون'],
    ['hezbollah', 'hezbollah'],
  ])('%s → %s', (word, bare) => {
    expect(stripArticle(word)).toBe(bare);
  });

  it('keeps الله and its prefixed forms, and words too short to carry the article', () => {
    for (const word of ['الله', 'لله', 'والله', 'بالله', 'فالله', 'الي', 'الا']) {
      expect(stripArticle(word)).toBe(word);
    }
  });
});

describe('foldPluralEnding', () => {
  it('makes a nisba plural its singular, in both case endings', () => {
    expect(foldPluralEnding('حسينيون')).toBe('حسيني');
    expect(foldPluralEnding('حسينيين')).toBe('حسيني');
    expect(foldPluralEnding('فلسطينيين')).toBe('فلسطيني');
    expect(foldPluralEnding('حوثيون')).toBe('حوثي');
  });

  it('turns any other -ين into -ون rather than cutting it', () => {
    expect(foldPluralEnding('مستوطنين')).toBe('مستوطنون');
    expect(foldPluralEnding('مستوطنون')).toBe('مستوطنون');
    // A name that merely ends in ين is only equated with the same stem in ون.
    expect(foldPluralEnding('فلسطين')).toBe('فلسطون');
    expect(foldPluralEnding('هاريسون')).toBe('هاريسون');
  });

  it('leaves stems shorter than four letters, and Latin words, alone', () => {
    for (const word of ['حسين', 'ياسين', 'زيتون', 'بحرين', 'ليون', 'مليون', 'huseyniyin']) {
      expect(foldPluralEnding(word)).toBe(word);
    }
  });
});

describe('searchKey', () => {
  it('takes the article off, then folds the plural ending', () => {
    expect(searchKey('الحسينيون')).toBe('حسيني');
    expect(searchKey('والمستوطنين')).toBe('مستوطنون');
    expect(searchKey('البحرين')).toBe('بحرين');
    expect(searchKey('الله')).toBe('الله');
  });

  it('gives the spellings of the issue one key', () => {
    const forms = ['حسينيون', 'حسينيين', 'الحسينيون', 'الحسينيين', 'حسيني'];
    expect(new Set(forms.map((f) => searchKey(normalizeForSearch(f)))).size).toBe(1);
  });
});

describe('looseKey', () => {
  it('folds ذ → ز, ث → س and ظ → ض, for approximate matching only', () => {
    expect(looseKey('اذربيجان')).toBe('ازربيجان');
    expect(looseKey('ثمن')).toBe('سمن');
    expect(looseKey('ظابط')).toBe('ضابط');
    expect(looseKey('hezbollah')).toBe('hezbollah');
  });

  it('is not part of normalizeForSearch: ذ and ز stay distinct letters there', () => {
    expect(normalizeForSearch('ازربيجان')).not.toBe(normalizeForSearch('أذربيجان'));
    expect(normalizeForSearch('ذهب')).toBe('ذهب');
  });
});
