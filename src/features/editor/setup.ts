import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { edit } from '../../i18n/locales/edit';
import { editor } from '../../i18n/locales/editor';
import { editEngine } from '../../state/edit-engine';
import { provideEditEngine } from '../../state/slices/edit';

const added = new WeakSet<I18n>();

/**
 * The editor's strings (forms, refusals, panes) arrive with the editor's code, not in the
 * start-up bundle every reader downloads.
 */
export function addEditorLocales(i18n: I18n): void {
  if (added.has(i18n)) return;
  added.add(i18n);
  for (const lang of ['en', 'ar'] as const) {
    i18n.addResourceBundle(lang, 'translation', { edit: edit[lang], editor: editor[lang] }, true);
  }
}

/**
 * Call first in the editor's root component: its strings, before any is looked up, and the
 * store's edit engine, before any edit.
 */
export function useEditorSetup(): void {
  const { i18n } = useTranslation();
  addEditorLocales(i18n);
  provideEditEngine(editEngine);
}
