import type { i18n as I18n } from 'i18next';
import { createI18nWith } from './instance';
import type { UiLang } from './langs';

type Strings = Record<string, unknown>;

/**
 * Each language's strings are a chunk of their own: a reader downloads the language they read
 * (the page's start script preloads it: scripts/poster/start.js), and the other one only when
 * they switch to it.
 */
const LOADERS: Record<UiLang, () => Promise<Strings>> = {
  en: () => import('./locales/strings-en').then((module) => module.strings),
  ar: () => import('./locales/strings-ar').then((module) => module.strings),
};

/** An i18next instance with the reader's language's strings, and only those. */
export async function createAppI18n(lang: UiLang): Promise<I18n> {
  const strings = await LOADERS[lang]();
  const i18n = createI18nWith(lang, { [lang]: { translation: strings } });
  loading.set(i18n, new Map([[lang, Promise.resolve()]]));
  return i18n;
}

/** Per instance, each language's strings once asked for (the editor adds bundles of its own). */
const loading = new WeakMap<I18n, Map<UiLang, Promise<void>>>();

/**
 * Makes sure `lang`'s strings are in the instance (fetching them the first time), then switches
 * to it. A switch asked for while another is loading still ends in the last language asked.
 */
export function switchLanguage(i18n: I18n, lang: UiLang, latest: () => UiLang): Promise<void> {
  let byLang = loading.get(i18n);
  if (!byLang) loading.set(i18n, (byLang = new Map()));
  let ready = byLang.get(lang);
  if (!ready) {
    ready = LOADERS[lang]().then((strings) => {
      i18n.addResourceBundle(lang, 'translation', strings, true, false);
    });
    // A failed download can be tried again on the next switch.
    ready.catch(() => byLang.delete(lang));
    byLang.set(lang, ready);
  }
  return ready.then(async () => {
    if (latest() === lang && i18n.language !== lang) await i18n.changeLanguage(lang);
  });
}
