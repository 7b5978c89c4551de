import type { FeatureLocale } from './feature';

/**
 * UI strings of the revisions feature (corrections of a published dataset, and links made for
 * an older version of it), under the "revisions." key prefix. Same keys in both languages.
 */
export const revisions = {
  en: {
    updatedOn: 'Updated on {{date}}',
    updatedOnHint: 'See what changed, and why',
    dialogTitle: 'What changed in this dataset',
    close: 'Close',
    summary_one:
      'Corrected or updated once since it was first published. This is version {{version}}.',
    summary_other:
      'Corrected or updated {{count}} times since it was first published. This is version {{version}}.',
    version: 'Version {{version}}',
    sinceLink: 'Newer than your link',
    oldLink:
      'This link was made for an earlier version of this dataset (version {{version}}); it has been updated since.',
    seeChanges: 'See what changed',
    dismiss: 'Dismiss this notice',
    missingTitle: 'Not in this dataset',
    missingRemoved:
      '“{{id}}” is no longer in this dataset. It may have been removed when the dataset was corrected or updated.',
    missingUnknown:
      '“{{id}}” is not in this dataset. The link may be mistyped, or made for another dataset.',
    shareVersion:
      'Version {{version}} of this dataset. The link and the code say so: if the data is corrected later, whoever opens them is told.',
    shareVersionUpdated:
      'Version {{version}} of this dataset, updated on {{date}}. The link and the code say so: if the data is corrected again, whoever opens them is told.',
  },
  ar: {
    updatedOn: 'حُدّث في {{date}}',
    updatedOnHint: 'اطّلع على ما تغيّر ولماذا',
    dialogTitle: 'ما الذي تغيّر في مجموعة البيانات هذه',
    close: 'إغلاق',
    summary_zero: 'لم تُصحَّح ولم تُحدَّث منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    summary_one: 'صُحّحت أو حُدّثت مرة واحدة منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    summary_two: 'صُحّحت أو حُدّثت مرتين منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    summary_few: 'صُحّحت أو حُدّثت {{count}} مرات منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    summary_many: 'صُحّحت أو حُدّثت {{count}} مرةً منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    summary_other: 'صُحّحت أو حُدّثت {{count}} مرة منذ نشرها أول مرة. هذا هو الإصدار {{version}}.',
    version: 'الإصدار {{version}}',
    sinceLink: 'أحدث من رابطك',
    oldLink:
      'أُنشئ هذا الرابط لإصدار سابق من مجموعة البيانات هذه (الإصدار {{version}})، وقد حُدّثت منذ ذلك الحين.',
    seeChanges: 'اطّلع على ما تغيّر',
    dismiss: 'إخفاء هذا التنبيه',
    missingTitle: 'ليس في مجموعة البيانات هذه',
    missingRemoved: '«{{id}}» لم يعد في مجموعة البيانات هذه، وربما حُذف حين صُحّحت أو حُدّثت.',
    missingUnknown:
      '«{{id}}» ليس في مجموعة البيانات هذه. ربما في الرابط خطأ، أو أنه أُنشئ لمجموعة بيانات أخرى.',
    shareVersion:
      'الإصدار {{version}} من مجموعة البيانات هذه. يذكر الرابط والشيفرة ذلك، فإن صُحّحت البيانات لاحقًا عرف ذلك كل من يفتحهما.',
    shareVersionUpdated:
      'الإصدار {{version}} من مجموعة البيانات هذه، وقد حُدّثت في {{date}}. يذكر الرابط والشيفرة ذلك، فإن صُحّحت البيانات مرة أخرى عرف ذلك كل من يفتحهما.',
  },
} satisfies FeatureLocale;
