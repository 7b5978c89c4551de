import { describe, it, expect } from 'vitest';
import { normalizeArabic, normalizeForSearch, normalizeLatin } from '../../../src/model/normalize';

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
