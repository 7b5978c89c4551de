import type { FeatureLocale } from './feature';

/** UI strings of the search feature, under the "search." key prefix. Same keys in both languages. */
export const search = {
  en: {
    label: 'Search entities',
    placeholder: 'Search in Arabic or English',
    results: 'Matching entities',
    count_one: '{{count}} match',
    count_other: '{{count}} matches',
    noMatch: 'No match for “{{query}}”',
    alsoCalled: 'Also called',
    closeTo: 'Closest spelling',
    connect: 'Find how it is connected',
    hint: 'Up and down arrows move through the matches. Enter shows the entity on the graph; Shift+Enter finds how it is connected to another entity.',
  },
  ar: {
    label: 'البحث في الكيانات',
    placeholder: 'ابحث بالعربية أو الإنجليزية',
    results: 'الكيانات المطابقة',
    count_zero: 'لا نتائج',
    count_one: 'نتيجة واحدة',
    count_two: 'نتيجتان',
    count_few: '{{count}} نتائج',
    count_many: '{{count}} نتيجة',
    count_other: '{{count}} نتيجة',
    noMatch: 'لا نتائج لـ«{{query}}»',
    alsoCalled: 'يُسمّى أيضًا',
    closeTo: 'أقرب كتابة',
    connect: 'ابحث كيف يرتبط بغيره',
    hint: 'تنقّل بين النتائج بسهمَي الأعلى والأسفل. يعرض Enter الكيان على الشبكة، ويبحث Shift+Enter عن صلته بكيان آخر.',
  },
} satisfies FeatureLocale;
