import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { isUiLang, UI_LANGS, type UiLang } from './langs';

const LANG_NAMES: Record<UiLang, Record<string, string>> = {
  en: { ar: 'Arabic', en: 'English' },
  // Arabic templates write "بال{{lang, langName}}" (in Arabic / in English).
  ar: { ar: 'عربية', en: 'إنجليزية' },
};

/** An i18next instance over the strings given (no network loading), with our formatters. */
export function createI18nWith(lang: UiLang, resources: Resource): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGS],
    resources,
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  instance.services.formatter?.add('langName', (value: unknown, lng: string | undefined) => {
    const names = LANG_NAMES[isUiLang(lng) ? lng : 'en'];
    return names[String(value)] ?? String(value);
  });
  instance.services.formatter?.add('kindName', (value: unknown) =>
    instance.t(`kinds.${String(value)}`, { defaultValue: String(value) }),
  );
  // Which column was read as what (src/io, csvEdgeList): the value is JSON [[column, role], …],
  // each role named in the reader's language; any other value is shown as it is.
  instance.services.formatter?.add('columnRoles', (value: unknown, lng: string | undefined) => {
    let pairs: unknown;
    try {
      pairs = JSON.parse(String(value));
    } catch {
      return String(value);
    }
    if (!Array.isArray(pairs)) return String(value);
    const options = { lng, interpolation: { escapeValue: false } };
    return pairs
      .filter((pair): pair is [string, string] => Array.isArray(pair) && pair.length === 2)
      .map(([column, role]) =>
        instance.t('problems.columnRoles.item', {
          ...options,
          column,
          role: instance.t(`problems.columnRoles.${role}`, { ...options, defaultValue: role }),
        }),
      )
      .join(instance.t('problems.where.separator', options));
  });
  return instance;
}
