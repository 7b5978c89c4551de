import type { UiLang } from '../../i18n';

/**
 * "2 December 2026" / "2 ديسمبر 2026": a revision's YYYY-MM-DD date, in the UI language with
 * Latin digits (as every number in the app), read as a calendar day (UTC), never shifted by the
 * reader's time zone.
 */
export function formatRevisionDate(date: string, lang: UiLang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  if (Number.isNaN(at.getTime())) return date;
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(at);
}
