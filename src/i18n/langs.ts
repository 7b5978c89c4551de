/** The interface's languages. No strings here: importing this costs the start-up bundle nothing. */
export const UI_LANGS = ['en', 'ar'] as const;
export type UiLang = (typeof UI_LANGS)[number];

export function isUiLang(value: unknown): value is UiLang {
  return value === 'en' || value === 'ar';
}

export function directionOf(lang: UiLang): 'rtl' | 'ltr' {
  return lang === 'ar' ? 'rtl' : 'ltr';
}
