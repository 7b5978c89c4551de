/** Arabic strings of the search feature (the parity test checks the keys match). */
export const search = {
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
};
