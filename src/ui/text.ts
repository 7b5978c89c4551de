import type { UiLang } from '../i18n';

type Texts = Partial<Record<UiLang, string>> | undefined;

/** Writing direction of a BCP 47 language tag. */
export function dirOf(lang: string): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur|ps|sd|ug|yi|ckb|dv)\b/.test(lang) ? 'rtl' : 'ltr';
}

/**
 * Text in the reader's language, else in the other one, with the language it is actually in:
 * a fallback must carry its own `lang`/`dir`, or Arabic inside English (or the reverse) is
 * ordered and voiced by the wrong rules.
 */
export function pickText(texts: Texts, lang: UiLang): { text: string; lang: UiLang } | null {
  const other: UiLang = lang === 'ar' ? 'en' : 'ar';
  const own = texts?.[lang];
  if (own) return { text: own, lang };
  const fallback = texts?.[other];
  return fallback ? { text: fallback, lang: other } : null;
}

/** `lang` and `dir` attributes for text in `lang`. */
export function langProps(lang: string): { lang: string; dir: 'rtl' | 'ltr' } {
  return { lang, dir: dirOf(lang) };
}
