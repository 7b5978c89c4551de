/** Ids: checking, deriving readable ones from labels, and keeping them unique. */

/** The schema's id rule (src/model/schema.ts), repeated here to test before validating. */
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const MAX_ID = 200;

export function isValidId(value: string): boolean {
  return value.length <= MAX_ID && ID_PATTERN.test(value);
}

/** A plain Latin spelling of Arabic letters, enough for a readable id ("باكو" → "bakw"). */
const ARABIC_LATIN: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ء: '',
  ؤ: 'w',
  ئ: 'y',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ى: 'a',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ک: 'k',
  ی: 'y',
};

/**
 * Latin letters that Unicode does not decompose into a base letter and an accent (NFKD leaves
 * "Đ" as it is), so stripping accents alone would drop them: "Đà Nẵng" must give "Da-Nang".
 */
const LATIN_LETTERS: Record<string, string> = {
  Đ: 'D',
  đ: 'd',
  Ð: 'D',
  ð: 'd',
  Ħ: 'H',
  ħ: 'h',
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Æ: 'AE',
  æ: 'ae',
  ß: 'ss',
  Þ: 'Th',
  þ: 'th',
  ı: 'i',
  Ŋ: 'N',
  ŋ: 'n',
  Ŧ: 'T',
  ŧ: 't',
};

function transliterate(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else out += ARABIC_LATIN[char] ?? LATIN_LETTERS[char] ?? char;
  }
  return out;
}

/**
 * A lower-case slug made of [a-z0-9-]: "Joseph Epstein" → "joseph-epstein", "Ze'ev Khanin" →
 * "zeev-khanin", "أذربيجان" → "adhrbyjan". Empty when nothing usable is left.
 */
export function slugify(text: string): string {
  return transliterate(text.normalize('NFKD'))
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/['’`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** An id other tools wrote, made valid with as few changes as possible (empty if hopeless). */
export function sanitizeId(raw: string): string {
  const trimmed = raw.trim();
  if (isValidId(trimmed)) return trimmed;
  return transliterate(trimmed.normalize('NFKD'))
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, MAX_ID);
}

/** Hands out ids that are unique within one namespace: "x", then "x-2", "x-3"… */
export class IdAllocator {
  private readonly used = new Set<string>();

  has(id: string): boolean {
    return this.used.has(id);
  }

  /** Marks an id as taken; false if it already was. */
  claim(id: string): boolean {
    if (this.used.has(id)) return false;
    this.used.add(id);
    return true;
  }

  /** `base` if free, else the first free `base-N`; the result is claimed. */
  unique(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base.slice(0, MAX_ID - 8)}-${n}`;
    this.used.add(id);
    return id;
  }
}
