import { directionOf, type UiLang } from './langs';

/** `<html lang dir>` follow the UI language; canvas labels carry their own isolates. */
export function applyDocumentLanguage(doc: Document, lang: UiLang): void {
  doc.documentElement.lang = lang;
  doc.documentElement.dir = directionOf(lang);
}
